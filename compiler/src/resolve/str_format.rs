//! Resolve: `"template".format(args)` of a literal template (or a module constant bound once
//! to one), expanded into `format()` calls joined like an f-string; a sequence unpacked last
//! fills the fields after the other arguments.

use super::calls::hoist;
use super::*;

/// The arguments a literal template's fields name, and how they have been numbered so far.
struct Fields {
    positional: Vec<LocalId>,
    keywords: Vec<(String, LocalId)>,
    auto: usize,
    used_auto: bool,
    used_manual: bool,
}

impl Resolver<'_> {
    /// `"literal {} {name:>5}".format(args)`: the arguments are evaluated once, in order, into
    /// hidden temporaries; the fields become `format()` calls joined like an f-string.
    pub(super) fn str_format(
        &mut self,
        text: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        // `*xs` once, last among the positional arguments: its items fill the fields after them.
        let star = match c.args.split_last() {
            Some((ast::Expr::Starred(s), pre))
                if !pre.iter().any(|a| matches!(a, ast::Expr::Starred(_))) =>
            {
                Some(s)
            }
            _ => None,
        };
        let plain = &c.args[..c.args.len() - star.is_some() as usize];
        let mapping = match c.keywords.iter().filter(|k| k.arg.is_none()).count() {
            0 => None,
            1 => c.keywords.iter().find(|k| k.arg.is_none()),
            _ => return self.unsupported(span, "several `**` in a str.format() call", scope),
        };
        if plain.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return self.unsupported(span, "several `*` in a str.format() call", scope);
        }
        let mut prelude = vec![];
        let mut temp = |this: &mut Self, e: &ast::Expr, scope: &mut Scope| {
            let value = this.expr(e, scope, sigs);
            hoist(value, "$fmt", scope, &mut prelude)
        };
        let mut positional: Vec<LocalId> = plain.iter().map(|a| temp(self, a, scope)).collect();
        let seq = star.map(|s| temp(self, &s.value, scope));
        let mut keywords: Vec<(String, LocalId)> = c
            .keywords
            .iter()
            .filter(|k| k.arg.is_some())
            .map(|k| {
                (
                    k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                    temp(self, &k.value, scope),
                )
            })
            .collect();
        if let Some(m) = mapping {
            // `**d`: each field the template names and no keyword gives is `d[name]`
            // (CPython's KeyError when it is missing).
            let d = temp(self, &m.value, scope);
            for name in template_names(text) {
                if keywords.iter().any(|(k, _)| *k == name) {
                    continue;
                }
                let sp = self.span(m.range);
                let dict = self.expr_node(scope, sp, ExprKind::Load(Place::Local(d)));
                let key = self.expr_node(scope, sp, ExprKind::Str(name.clone()));
                let item =
                    self.expr_node(scope, sp, ExprKind::Index(Box::new(dict), Box::new(key)));
                keywords.push((name, hoist(item, "$fmt", scope, &mut prelude)));
            }
        }
        if let Some(seq) = seq {
            self.format_star_items(text, seq, &mut positional, span, scope, &mut prelude);
        }
        let mut fields = Fields {
            positional,
            keywords,
            auto: 0,
            used_auto: false,
            used_manual: false,
        };
        let (parts, error) = self.template_parts(text, &mut fields, 2, span, scope);
        let joined = self.concat(parts, span, scope);
        let Some((kind, msg)) = error else {
            return self.with_prelude(prelude, joined.kind, span, scope);
        };
        // A malformed template, or a field with no argument: the fields before it are
        // formatted (and may raise first), then CPython's error.
        hoist(joined, "$fmt", scope, &mut prelude);
        let msg = self.expr_node(scope, span, ExprKind::Str(msg));
        prelude.push(Stmt {
            span,
            kind: StmtKind::Raise(Raise::New(kind, Some(msg)), None),
        });
        let empty = self.expr_node(scope, span, ExprKind::Str(String::new()));
        self.with_prelude(prelude, empty.kind, span, scope)
    }

    /// The pieces of a literal template (text, and a `format()` call per field; a spec with
    /// fields of its own is built from them), with the error CPython raises for a malformed
    /// one or a field with no argument (after the pieces before that place). `depth` counts the levels of fields within
    /// specs left.
    fn template_parts(
        &mut self,
        text: &str,
        fields: &mut Fields,
        depth: u32,
        span: Span,
        scope: &mut Scope,
    ) -> (Vec<Expr>, Option<(natrix_abi::ExcKind, String)>) {
        use natrix_abi::template::{self as t, parse, Part};
        use natrix_abi::ExcKind;
        if depth == 0 {
            let e = (ExcKind::ValueError, natrix_abi::template::TOO_DEEP.into());
            return (vec![], Some(e));
        }
        let (parsed, error) = parse(text);
        let mut parts: Vec<Expr> = vec![];
        let mut error = error.map(|m| (ExcKind::ValueError, m.to_string()));
        for part in parsed {
            let (name, conv, spec, nested) = match part {
                Part::Literal(lit) => {
                    parts.push(self.expr_node(scope, span, ExprKind::Str(lit)));
                    continue;
                }
                Part::Field {
                    name,
                    conversion,
                    spec,
                    nested,
                } => (name, conversion, spec, nested),
            };
            let switch = |msg: &str| Some((ExcKind::ValueError, msg.to_string()));
            // `{0[1]}`, `{p.x}`: the argument, then its items and attributes.
            let (name, steps) = match natrix_abi::template::split_field(name) {
                Ok(split) => split,
                Err(msg) => {
                    error = Some((ExcKind::ValueError, msg.to_string()));
                    break;
                }
            };
            let local = if name.is_empty() {
                if fields.used_manual {
                    error = switch(t::AUTO_AFTER_MANUAL);
                    break;
                }
                fields.used_auto = true;
                fields.auto += 1;
                fields.positional.get(fields.auto - 1).copied()
            } else if let Ok(k) = name.parse::<usize>() {
                if fields.used_auto {
                    error = switch(t::MANUAL_AFTER_AUTO);
                    break;
                }
                fields.used_manual = true;
                fields.positional.get(k).copied()
            } else {
                fields
                    .keywords
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, l)| *l)
            };
            let Some(local) = local else {
                // CPython's IndexError for a position past the arguments, KeyError for a name.
                error = Some(match name.parse::<usize>() {
                    Ok(k) => (ExcKind::IndexError, t::missing_index(k)),
                    Err(_) if name.is_empty() => {
                        (ExcKind::IndexError, t::missing_index(fields.auto - 1))
                    }
                    Err(_) => (ExcKind::KeyError, name.to_string()),
                });
                break;
            };
            let mut value = self.expr_node(scope, span, ExprKind::Load(Place::Local(local)));
            for step in steps {
                use natrix_abi::template::Access;
                let key = match step {
                    Access::Attr(a) => {
                        value = self.expr_node(
                            scope,
                            span,
                            ExprKind::GetAttr(Box::new(value), a.to_string()),
                        );
                        continue;
                    }
                    Access::Index(k) => ExprKind::Int(k as i64),
                    Access::Key(k) => ExprKind::Str(k.to_string()),
                };
                let key = self.expr_node(scope, span, key);
                let kind = ExprKind::Index(Box::new(value), Box::new(key));
                value = self.expr_node(scope, span, kind);
            }
            let convert = match conv {
                None => None,
                Some('r') => Some(Builtin::Repr),
                Some('s') => Some(Builtin::Str),
                Some('a') => Some(Builtin::Ascii),
                Some(c) => {
                    error = Some((ExcKind::ValueError, t::unknown_conversion(c)));
                    break;
                }
            };
            if convert == Some(Builtin::Ascii) {
                // (`Ascii` escapes a repr.)
                value = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Repr, vec![value]));
            }
            if let Some(b) = convert {
                value = self.expr_node(scope, span, ExprKind::Builtin(b, vec![value]));
            }
            let mut args = vec![value];
            if nested {
                let (inner, inner_error) =
                    self.template_parts(spec, fields, depth - 1, span, scope);
                if inner_error.is_some() {
                    parts.extend(inner);
                    error = inner_error;
                    break;
                }
                args.push(self.concat(inner, span, scope));
            } else if !spec.is_empty() {
                args.push(self.expr_node(scope, span, ExprKind::Str(spec.to_string())));
            }
            parts.push(self.expr_node(scope, span, ExprKind::Builtin(Builtin::Format, args)));
        }
        (parts, error)
    }

    /// The items of `"…".format(a, *xs)` that its fields use, each in a hidden variable after
    /// the arguments before them, once `len(xs)` is checked: CPython's `IndexError`
    /// ("Replacement index 2 out of range for positional args tuple", for the first field in
    /// the string past the end); extra items are ignored, as CPython does.
    fn format_star_items(
        &mut self,
        text: &str,
        seq: LocalId,
        positional: &mut Vec<LocalId>,
        span: Span,
        scope: &mut Scope,
        prelude: &mut Vec<Stmt>,
    ) {
        let fields = positional_fields(text);
        let before = positional.len();
        let needed = fields.iter().map(|f| f + 1).max().unwrap_or(0);
        if needed <= before {
            return;
        }
        let load = |this: &mut Self, scope: &mut Scope| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(seq)))
        };
        // How many positional arguments there are, then the message for the first field past
        // them.
        let xs = load(self, scope);
        let len = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![xs]));
        let base = self.expr_node(scope, span, ExprKind::Int(before as i64));
        let given = ExprKind::Binary(BinOp::Add, Box::new(len), Box::new(base));
        let given = self.expr_node(scope, span, given);
        let n = hoist(given, "$n", scope, prelude);
        let mut msg = self.expr_node(scope, span, ExprKind::Str(String::new()));
        for f in fields.iter().rev() {
            let text = natrix_abi::template::missing_index(*f);
            let text = self.expr_node(scope, span, ExprKind::Str(text));
            let nv = self.expr_node(scope, span, ExprKind::Load(Place::Local(n)));
            let fv = self.expr_node(scope, span, ExprKind::Int(*f as i64));
            let past = self.expr_node(
                scope,
                span,
                ExprKind::Compare(Box::new(fv), vec![(CmpOp::Ge, nv)]),
            );
            msg = self.expr_node(
                scope,
                span,
                ExprKind::IfExp(Box::new(past), Box::new(text), Box::new(msg)),
            );
        }
        let nv = self.expr_node(scope, span, ExprKind::Load(Place::Local(n)));
        let want = self.expr_node(scope, span, ExprKind::Int(needed as i64));
        let short = self.expr_node(
            scope,
            span,
            ExprKind::Compare(Box::new(nv), vec![(CmpOp::Lt, want)]),
        );
        let raise = Stmt {
            span,
            kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::IndexError, Some(msg)), None),
        };
        prelude.push(Stmt {
            span,
            kind: StmtKind::If(short, vec![raise], vec![]),
        });
        for i in 0..needed - before {
            let xs = load(self, scope);
            let iv = self.expr_node(scope, span, ExprKind::Int(i as i64));
            let item = self.expr_node(scope, span, ExprKind::Index(Box::new(xs), Box::new(iv)));
            positional.push(hoist(item, "$fmt", scope, prelude));
        }
    }
}

/// The positional argument each field of a `str.format` string names, in the order they
/// appear (`{}` counting up, `{2}` by number, also in specs); named fields are left out.
fn positional_fields(text: &str) -> Vec<usize> {
    fn walk(text: &str, auto: &mut usize, out: &mut Vec<usize>) {
        for part in natrix_abi::template::parse(text).0 {
            let natrix_abi::template::Part::Field {
                name, spec, nested, ..
            } = part
            else {
                continue;
            };
            let head = natrix_abi::template::split_field(name).map_or(name, |(h, _)| h);
            if head.is_empty() {
                out.push(*auto);
                *auto += 1;
            } else if let Ok(k) = head.parse::<usize>() {
                out.push(k);
            }
            if nested {
                walk(spec, auto, out);
            }
        }
    }
    let mut out = vec![];
    walk(text, &mut 0, &mut out);
    out
}

/// The names of the fields of format template `text` that name a keyword (`{name}`,
/// `{name.attr}`, `{name[0]}`, and those nested in format specs), each once, in order.
fn template_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{' && chars.get(i + 1) == Some(&'{') {
            i += 2;
            continue;
        }
        if chars[i] == '{' {
            let name: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .collect();
            if name.chars().next().is_some_and(|c| !c.is_ascii_digit()) && !out.contains(&name) {
                out.push(name);
            }
        }
        i += 1;
    }
    out
}
