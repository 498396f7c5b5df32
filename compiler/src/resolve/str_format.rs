//! Resolve: `"template".format(args)` of a literal template (or a module constant bound once
//! to one), expanded into `format()` calls joined like an f-string; a sequence unpacked last
//! fills the fields after the other arguments.

use super::calls::hoist;
use super::*;

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
        if plain.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.unsupported(span, "`**` or several `*` in a str.format() call", scope);
        }
        let mut prelude = vec![];
        let mut temp = |this: &mut Self, e: &ast::Expr, scope: &mut Scope| {
            let value = this.expr(e, scope, sigs);
            hoist(value, "$fmt", scope, &mut prelude)
        };
        let mut positional: Vec<LocalId> = plain.iter().map(|a| temp(self, a, scope)).collect();
        let seq = star.map(|s| temp(self, &s.value, scope));
        let keywords: Vec<(String, LocalId)> = c
            .keywords
            .iter()
            .map(|k| {
                (
                    k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                    temp(self, &k.value, scope),
                )
            })
            .collect();
        if let Some(seq) = seq {
            self.format_star_items(text, seq, &mut positional, span, scope, &mut prelude);
        }
        // Parse the literal into text and fields.
        let mut parts: Vec<Expr> = vec![];
        let mut lit = String::new();
        let mut auto = 0usize;
        let (mut used_auto, mut used_manual) = (false, false);
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        let fail =
            |this: &mut Self, scope: &mut Scope, what: &str| this.unsupported(span, what, scope);
        while i < chars.len() {
            let ch = chars[i];
            if ch == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return fail(self, scope, "a str.format() string with a single '}'");
            }
            if ch != '{' {
                lit.push(ch);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                lit.push('{');
                i += 2;
                continue;
            }
            let Some(end) = chars[i + 1..].iter().position(|c| *c == '}') else {
                return fail(self, scope, "a str.format() string with an unclosed '{'");
            };
            let field: String = chars[i + 1..i + 1 + end].iter().collect();
            i += end + 2;
            if field.contains('{') {
                return fail(self, scope, "nested fields in a str.format() spec");
            }
            let (head, spec) = match field.find(':') {
                Some(k) => (&field[..k], Some(&field[k + 1..])),
                None => (field.as_str(), None),
            };
            let (name, conv) = match head.find('!') {
                Some(k) => (&head[..k], Some(&head[k + 1..])),
                None => (head, None),
            };
            let local = if name.is_empty() {
                used_auto = true;
                auto += 1;
                positional.get(auto - 1).copied()
            } else if let Ok(k) = name.parse::<usize>() {
                used_manual = true;
                positional.get(k).copied()
            } else {
                keywords.iter().find(|(n, _)| n == name).map(|(_, l)| *l)
            };
            if used_auto && used_manual {
                return fail(
                    self,
                    scope,
                    "mixing automatic and manual field numbering in str.format()",
                );
            }
            let Some(local) = local else {
                return fail(
                    self,
                    scope,
                    &format!("a str.format() field `{{{name}}}` with no matching argument"),
                );
            };
            if !lit.is_empty() {
                parts.push(self.expr_node(scope, span, ExprKind::Str(std::mem::take(&mut lit))));
            }
            let mut value = self.expr_node(scope, span, ExprKind::Load(Place::Local(local)));
            match conv {
                None => {}
                Some("r") => {
                    value =
                        self.expr_node(scope, span, ExprKind::Builtin(Builtin::Repr, vec![value]))
                }
                Some("s") => {
                    value =
                        self.expr_node(scope, span, ExprKind::Builtin(Builtin::Str, vec![value]))
                }
                Some(_) => {
                    return fail(
                        self,
                        scope,
                        "a str.format() conversion other than !r and !s",
                    )
                }
            }
            let mut args = vec![value];
            if let Some(spec) = spec.filter(|s| !s.is_empty()) {
                args.push(self.expr_node(scope, span, ExprKind::Str(spec.to_string())));
            }
            parts.push(self.expr_node(scope, span, ExprKind::Builtin(Builtin::Format, args)));
        }
        if !lit.is_empty() {
            parts.push(self.expr_node(scope, span, ExprKind::Str(lit)));
        }
        let joined = self.concat(parts, span, scope);
        self.with_prelude(prelude, joined.kind, span, scope)
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
            let text = format!("Replacement index {f} out of range for positional args tuple");
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
/// appear (`{}` counting up, `{2}` by number); named fields are left out.
fn positional_fields(text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let (mut out, mut auto, mut i) = (vec![], 0, 0);
    while i < chars.len() {
        if (chars[i] == '{' || chars[i] == '}') && chars.get(i + 1) == Some(&chars[i]) {
            i += 2;
            continue;
        }
        if chars[i] != '{' {
            i += 1;
            continue;
        }
        let Some(end) = chars[i + 1..].iter().position(|c| *c == '}') else {
            break;
        };
        let field: String = chars[i + 1..i + 1 + end].iter().collect();
        let name = field.split([':', '!']).next().unwrap_or_default();
        if name.is_empty() {
            out.push(auto);
            auto += 1;
        } else if let Ok(k) = name.parse::<usize>() {
            out.push(k);
        }
        i += end + 2;
    }
    out
}
