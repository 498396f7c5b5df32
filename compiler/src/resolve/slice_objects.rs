//! Slice objects: in a program with a class that may be sliced (it defines `__getitem__`,
//! `__setitem__` or `__delitem__`, so the linker brings in `builtins.slice`), each slice
//! `obj[a:b:c]` also carries the object `builtins.slice(a, b, c)`, which an instance's dunder
//! receives in place of the bounds (inference and MIR pick one of the two by `obj`'s type).

use super::*;
use rustpython_ast::Visitor;

impl Resolver<'_> {
    /// The `slice(lower, upper, step)` object of slice `sl` (its absent parts None), when the
    /// program has the class and the bounds can be resolved twice (no lambda, walrus,
    /// `yield` or comprehension in them, which would be defined or run twice).
    pub(super) fn slice_object(
        &mut self,
        sl: &ast::ExprSlice,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Box<Expr>> {
        if !self.class_ids.contains_key(crate::modules::SLICE_CLASS) {
            return None;
        }
        let parts = [&sl.lower, &sl.upper, &sl.step];
        if parts
            .iter()
            .flat_map(|p| p.as_deref())
            .any(binds_or_defines)
        {
            return None;
        }
        let r = sl.range;
        let none = ast::Expr::Constant(ast::ExprConstant {
            range: r,
            value: ast::Constant::None,
            kind: None,
        });
        let args = parts
            .iter()
            .map(|p| p.as_deref().cloned().unwrap_or_else(|| none.clone()))
            .collect();
        let call = ast::Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(crate::modules::SLICE_CLASS),
                ctx: ast::ExprContext::Load,
            })),
            args,
            keywords: vec![],
        });
        Some(Box::new(self.expr(&call, scope, sigs)))
    }
}

/// Whether `e` holds a lambda, an assignment expression, a `yield` or a comprehension.
fn binds_or_defines(e: &ast::Expr) -> bool {
    #[derive(Default)]
    struct Found(bool);
    impl Visitor for Found {
        visit_skipped_parts!();

        fn visit_expr(&mut self, e: ast::Expr) {
            match e {
                ast::Expr::Lambda(_)
                | ast::Expr::NamedExpr(_)
                | ast::Expr::Yield(_)
                | ast::Expr::YieldFrom(_)
                | ast::Expr::Await(_)
                | ast::Expr::ListComp(_)
                | ast::Expr::SetComp(_)
                | ast::Expr::DictComp(_)
                | ast::Expr::GeneratorExp(_) => self.0 = true,
                e => self.generic_visit_expr(e),
            }
        }
    }
    let mut f = Found::default();
    f.visit_expr(e.clone());
    f.0
}
