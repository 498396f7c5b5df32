//! `collections.defaultdict`: a dict that fills a missing key with a fresh default value.
//!
//! `defaultdict(list)` becomes [`ExprKind::DefaultDict`]: a dict allocation site plus the
//! expression of one default value (`[]`, `0`, `""`, …), evaluated once when the dict is made.
//! The runtime keeps that value as the dict's prototype and, on a missing key, stores a fresh
//! copy of it (a new empty container, or the same immutable scalar); so only factories whose
//! every call gives an equal, independent value are accepted: the builtin types and a `lambda`
//! returning a constant or an empty display.

use super::*;

/// The name `collections` binds a factory to, for the dict's repr.
fn builtin_factory(name: &str) -> Option<&'static str> {
    Some(match name {
        "int" => "int",
        "float" => "float",
        "str" => "str",
        "bool" => "bool",
        "list" => "list",
        "dict" => "dict",
        "set" => "set",
        _ => return None,
    })
}

impl Resolver<'_> {
    /// `defaultdict(factory)` (or `collections.defaultdict(factory)`).
    pub(super) fn defaultdict_call(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let [factory] = c.args.as_slice() else {
            return self.unsupported(span, "`defaultdict()` without exactly one factory", scope);
        };
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments to `defaultdict()`", scope);
        }
        let fspan = self.span(factory.range());
        let (name, zero) = match factory {
            ast::Expr::Name(n) if !self.is_user_name(n.id.as_str(), scope) => {
                let Some(name) = builtin_factory(n.id.as_str()) else {
                    return self.unsupported(fspan, "this `defaultdict` factory", scope);
                };
                let kind = match name {
                    "int" => ExprKind::Int(0),
                    "float" => ExprKind::Float(0.0),
                    "str" => ExprKind::Str(String::new()),
                    "bool" => ExprKind::Bool(false),
                    "list" => ExprKind::List(vec![]),
                    "dict" => ExprKind::Dict(vec![]),
                    _ => ExprKind::Builtin(Builtin::Set, vec![]),
                };
                (name.to_string(), self.expr_node(scope, fspan, kind))
            }
            ast::Expr::Lambda(l) if l.args.args.is_empty() && l.args.vararg.is_none() => {
                let constant = match l.body.as_ref() {
                    ast::Expr::Constant(k) => !matches!(k.value, ast::Constant::Ellipsis),
                    ast::Expr::UnaryOp(u) => matches!(u.operand.as_ref(), ast::Expr::Constant(_)),
                    ast::Expr::List(x) => x.elts.is_empty(),
                    ast::Expr::Dict(x) => x.keys.is_empty(),
                    _ => false,
                };
                if !constant {
                    return self.unsupported(
                        fspan,
                        "a `defaultdict` factory that is not a builtin type or a `lambda` returning a constant",
                        scope,
                    );
                }
                let zero = self.expr(&l.body, scope, sigs);
                ("<lambda>".to_string(), zero)
            }
            _ => {
                return self.unsupported(
                    fspan,
                    "a `defaultdict` factory that is not a builtin type or a `lambda` returning a constant",
                    scope,
                )
            }
        };
        self.expr_node(
            scope,
            span,
            ExprKind::DefaultDict {
                factory: name,
                zero: Box::new(zero),
            },
        )
    }
}
