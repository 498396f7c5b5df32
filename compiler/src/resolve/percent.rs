//! `"literal %s %5.2f" % values`: printf-style formatting with a literal template.
//!
//! Where the operand's shape is plain from the source, each conversion becomes a `format()`
//! call with the equivalent spec (the values evaluated once, in order), so no template is
//! parsed at run time. Everything else — an operand that may be a tuple of the values
//! (`"%s-%s" % pair`), a dict in a variable, a template whose conversions do not match its
//! values — applies the template at run time (`nx_str_percent_*`), which raises CPython's
//! errors.

use super::calls::hoist;
use super::*;

/// One piece of a parsed `%` template.
enum Piece {
    Lit(String),
    /// `%[(key)][flags][width][.precision]type`.
    Conv {
        key: Option<String>,
        flags: String,
        width: String,
        /// `.N`, or empty.
        precision: String,
        ty: char,
    },
}

/// The pieces of a template, or `None` when it is malformed (the run-time formatter then
/// raises CPython's `ValueError`).
fn parse(text: &str) -> Option<Vec<Piece>> {
    let chars: Vec<char> = text.chars().collect();
    let (mut pieces, mut lit, mut i) = (vec![], String::new(), 0usize);
    while i < chars.len() {
        if chars[i] != '%' {
            lit.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut key = None;
        if chars.get(i) == Some(&'(') {
            let close = (i..chars.len()).find(|k| chars[*k] == ')')?;
            key = Some(chars[i + 1..close].iter().collect::<String>());
            i = close + 1;
        }
        let take = |i: &mut usize, ok: &dyn Fn(char) -> bool| {
            let mut s = String::new();
            while let Some(c) = chars.get(*i).filter(|c| ok(**c)) {
                s.push(*c);
                *i += 1;
            }
            s
        };
        let flags = take(&mut i, &|c| "-+ 0#".contains(c));
        let width = take(&mut i, &|c| c.is_ascii_digit());
        let mut precision = String::new();
        if chars.get(i) == Some(&'.') {
            i += 1;
            let digits = take(&mut i, &|c| c.is_ascii_digit());
            precision = format!(".{}", if digits.is_empty() { "0" } else { &digits });
        }
        let ty = *chars.get(i)?;
        i += 1;
        if !"srcdixXofFeEgG".contains(ty) {
            return None;
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        pieces.push(Piece::Conv {
            key,
            flags,
            width,
            precision,
            ty,
        });
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Some(pieces)
}

/// Where the values of an expansion come from.
enum Source<'a> {
    /// One hoisted value per positional conversion.
    Values(Vec<&'a ast::Expr>),
    /// A dict display with str keys: each key names its value.
    Display(&'a ast::ExprDict),
    /// One value: a mapping indexed by each conversion's key, or the single value.
    One(&'a ast::Expr),
}

impl Resolver<'_> {
    pub(super) fn percent_format(
        &mut self,
        text: &str,
        right: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let at_run_time = |this: &mut Self, scope: &mut Scope| {
            let template = this.expr_node(scope, span, ExprKind::Str(text.to_string()));
            let v = this.expr(right, scope, sigs);
            let kind = ExprKind::Binary(BinOp::Mod, Box::new(template), Box::new(v));
            this.expr_node(scope, span, kind)
        };
        let Some(pieces) = parse(text) else {
            return at_run_time(self, scope);
        };
        // An int conversion's precision (a minimum number of digits, `%.3d`) has no format()
        // spec: such templates are formatted at run time.
        let int_precision = pieces.iter().any(|p| {
            matches!(p, Piece::Conv { ty: 'd' | 'i' | 'u' | 'x' | 'X' | 'o', precision, .. }
                if !precision.is_empty())
        });
        if int_precision {
            return at_run_time(self, scope);
        }
        let keys: Vec<Option<&String>> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Conv { key, .. } => Some(key.as_ref()),
                Piece::Lit(_) => None,
            })
            .collect();
        let all_keyed = !keys.is_empty() && keys.iter().all(|k| k.is_some());
        let none_keyed = keys.iter().all(|k| k.is_none());
        let source = match right {
            ast::Expr::Tuple(t) if none_keyed && t.elts.len() == keys.len() => {
                Source::Values(t.elts.iter().collect())
            }
            ast::Expr::Dict(d)
                if all_keyed
                    && keys.iter().flatten().all(|k| {
                        d.keys.iter().any(|dk| {
                            matches!(dk, Some(ast::Expr::Constant(c))
                                if matches!(&c.value, ast::Constant::Str(s) if s == *k))
                        })
                    }) =>
            {
                Source::Display(d)
            }
            ast::Expr::Tuple(_) | ast::Expr::Dict(_) => return at_run_time(self, scope),
            one if all_keyed || keys.len() == 1 => Source::One(one),
            _ => return at_run_time(self, scope),
        };
        // The values, evaluated once, in order.
        let mut prelude = vec![];
        let mut temps = vec![];
        let mut by_key: HashMap<String, LocalId> = HashMap::new();
        match &source {
            Source::Values(values) => {
                for v in values {
                    let value = self.expr(v, scope, sigs);
                    temps.push(hoist(value, "$pct", scope, &mut prelude));
                }
            }
            Source::Display(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let value = self.expr(v, scope, sigs);
                    let tmp = hoist(value, "$pct", scope, &mut prelude);
                    if let Some(ast::Expr::Constant(c)) = k {
                        if let ast::Constant::Str(name) = &c.value {
                            by_key.insert(name.clone(), tmp);
                        }
                    }
                }
            }
            Source::One(v) => {
                let value = self.expr(v, scope, sigs);
                temps.push(hoist(value, "$pct", scope, &mut prelude));
            }
        }
        let mut parts = vec![];
        let mut next = 0;
        for piece in &pieces {
            let Piece::Conv {
                key,
                flags,
                width,
                precision,
                ty,
            } = piece
            else {
                if let Piece::Lit(s) = piece {
                    parts.push(self.expr_node(scope, span, ExprKind::Str(s.clone())));
                }
                continue;
            };
            let mut value = match (key, &source) {
                (Some(k), Source::Display(_)) => {
                    self.expr_node(scope, span, ExprKind::Load(Place::Local(by_key[k])))
                }
                (Some(k), _) => {
                    let d = self.expr_node(scope, span, ExprKind::Load(Place::Local(temps[0])));
                    let k = self.expr_node(scope, span, ExprKind::Str(k.clone()));
                    self.expr_node(scope, span, ExprKind::Index(Box::new(d), Box::new(k)))
                }
                (None, _) => {
                    next += 1;
                    self.expr_node(scope, span, ExprKind::Load(Place::Local(temps[next - 1])))
                }
            };
            let spec = self.percent_spec(&mut value, flags, width, precision, *ty, span, scope);
            let spec = self.expr_node(scope, span, ExprKind::Str(spec));
            parts.push(self.expr_node(
                scope,
                span,
                ExprKind::Builtin(Builtin::Format, vec![value, spec]),
            ));
        }
        let mut joined = self.concat(parts, span, scope);
        if let (Source::One(_), false) = (&source, all_keyed) {
            // `… if isinstance(v, tuple) else <the expansion>`, decided by v's type: a tuple
            // holds the values.
            let v = self.expr_node(scope, span, ExprKind::Load(Place::Local(temps[0])));
            let tuple = vec![TypeRef::Builtin("tuple")];
            let test = self.expr_node(scope, span, ExprKind::IsInstance(Box::new(v), tuple));
            let template = self.expr_node(scope, span, ExprKind::Str(text.to_string()));
            let v = self.expr_node(scope, span, ExprKind::Load(Place::Local(temps[0])));
            let kind = ExprKind::Binary(BinOp::Mod, Box::new(template), Box::new(v));
            let at_run_time = self.expr_node(scope, span, kind);
            let kind = ExprKind::IfExp(Box::new(test), Box::new(at_run_time), Box::new(joined));
            joined = self.expr_node(scope, span, kind);
        }
        self.with_prelude(prelude, joined.kind, span, scope)
    }

    /// The `format()` spec of one conversion, converting `value` first where the conversion
    /// needs it (`%c` of an int, `%s`/`%r`, `%d` of a float).
    #[allow(clippy::too_many_arguments)]
    fn percent_spec(
        &mut self,
        value: &mut Expr,
        flags: &str,
        width: &str,
        precision: &str,
        ty: char,
        span: Span,
        scope: &mut Scope,
    ) -> String {
        let align = if flags.contains('-') { "<" } else { ">" };
        let zero = if flags.contains('0') && !flags.contains('-') {
            "0"
        } else {
            ""
        };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let mut wrap = |this: &mut Self, b: Builtin| {
            let v = std::mem::replace(value, this.expr_node(scope, span, ExprKind::None));
            let mut args = vec![v];
            if matches!(
                b,
                Builtin::PercentInt | Builtin::PercentReal | Builtin::PercentChar
            ) {
                // The conversion's letter, for the TypeError's message.
                args.push(this.expr_node(scope, span, ExprKind::Str(ty.to_string())));
            }
            *value = this.expr_node(scope, span, ExprKind::Builtin(b, args));
        };
        let fill = if zero.is_empty() { align } else { "" };
        match ty {
            // `%c` of an int: that character.
            'c' => {
                wrap(self, Builtin::PercentChar);
                format!("{align}{width}")
            }
            's' | 'r' => {
                wrap(
                    self,
                    if ty == 's' {
                        Builtin::Str
                    } else {
                        Builtin::Repr
                    },
                );
                format!("{align}{width}{precision}")
            }
            'd' | 'i' | 'x' | 'X' | 'o' => {
                wrap(self, Builtin::PercentInt);
                let t = if ty == 'i' { 'd' } else { ty };
                format!("{fill}{sign}{alt}{zero}{width}{t}")
            }
            _ => {
                wrap(self, Builtin::PercentReal);
                let precision = if precision.is_empty() && ty != 'g' && ty != 'G' {
                    ".6"
                } else {
                    precision
                };
                format!("{fill}{sign}{alt}{zero}{width}{precision}{ty}")
            }
        }
    }
}
