//! Keyword arguments of `dict()` and `dict.update()`, as the displays they build:
//! `dict(red=1, green=2)` is `{"red": 1, "green": 2}`, `dict(pairs, extra=1)` is
//! `{**dict(pairs), "extra": 1}` and `d.update(other, retries=3)` is
//! `d.update({**dict(other), "retries": 3})`, each evaluated in CPython's order (the mapping or
//! pairs first, then the keyword values; a keyword replaces the mapping's entry).
//!
//! Not `dict(a=1, **more)`: CPython raises TypeError for a key both give, which a display
//! would not.

use super::*;

impl Resolver<'_> {
    /// `dict(…)` of named keywords, with no positional argument or one: the display it
    /// builds. `None` for other calls.
    pub(super) fn dict_with_keywords(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        if c.keywords.is_empty() || c.keywords.iter().any(|k| k.arg.is_none()) {
            return None;
        }
        match c.args.len() {
            // (Values evaluated in order, as CPython's keyword arguments are.)
            0 => {
                let mut entries = vec![];
                for k in &c.keywords {
                    let name = k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
                    let key = self.expr_node(scope, self.span(k.range), ExprKind::Str(name));
                    let value = self.expr(&k.value, scope, sigs);
                    entries.push((key, value));
                }
                Some(self.expr_node(scope, span, ExprKind::Dict(entries)))
            }
            1 => {
                let mut first = c.clone();
                first.keywords.clear();
                let mut keys = vec![None];
                let mut values = vec![ast::Expr::Call(first)];
                for k in &c.keywords {
                    keys.push(k.arg.as_ref().map(|a| {
                        ast::Expr::Constant(ast::ExprConstant {
                            range: k.range,
                            value: ast::Constant::Str(a.to_string()),
                            kind: None,
                        })
                    }));
                    values.push(k.value.clone());
                }
                let display = ast::Expr::Dict(ast::ExprDict {
                    range: c.range,
                    keys,
                    values,
                });
                Some(self.expr(&display, scope, sigs))
            }
            _ => None,
        }
    }

    /// `d.update(other, k=v)` (when no class has an `update` of its own, and `dict` is the
    /// builtin): `d.update(dict(other, k=v))`. `None` for other calls.
    pub(super) fn update_with_keywords(
        &mut self,
        c: &ast::ExprCall,
        attr: &ast::ExprAttribute,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let any_update = self.classes.iter().any(|k| k.method("update").is_some());
        if attr.attr.as_str() != "update"
            || c.args.len() != 1
            || c.keywords.is_empty()
            || c.keywords.iter().any(|k| k.arg.is_none())
            || any_update
            || self.is_user_name("dict", scope)
        {
            return None;
        }
        let merged = ast::Expr::Call(ast::ExprCall {
            range: c.range,
            func: Box::new(super::closures::param_load("dict", c.range)),
            args: c.args.clone(),
            keywords: c.keywords.clone(),
        });
        let mut call = c.clone();
        call.args = vec![merged];
        call.keywords.clear();
        Some(self.expr(&ast::Expr::Call(call), scope, sigs))
    }
}
