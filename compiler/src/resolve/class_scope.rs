//! Names in a class body. Statements of a class body see the class attributes assigned before
//! them by bare name (`HALF = WIDTH // 2`, `def draw(self, width=WIDTH)`), and the plain
//! methods defined before them (`OPS = {"+": add}`); methods, lambdas and
//! comprehensions (past their first iterable) do not, as in CPython. Resolve evaluates the body
//! at module level, so such a name is rewritten to the attribute read `Class.WIDTH` first.

use super::*;
use rustpython_ast::Fold;

/// Rewrites, in `e`, the reads of the names `attrs` (attributes of class `class` assigned so
/// far) that the class body's scope sees into reads of the class attribute.
pub(super) fn class_scope_expr(e: &ast::Expr, class: &str, attrs: &[String]) -> ast::Expr {
    if attrs.is_empty() {
        return e.clone();
    }
    let mut f = ClassScope { class, attrs };
    let Ok(e) = f.fold_expr(e.clone());
    e
}

struct ClassScope<'a> {
    class: &'a str,
    attrs: &'a [String],
}

impl Fold<ast::text_size::TextRange> for ClassScope<'_> {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match node {
            ast::Expr::Name(n)
                if matches!(n.ctx, ast::ExprContext::Load)
                    && self.attrs.iter().any(|a| a == n.id.as_str()) =>
            {
                let class = ast::Expr::Name(ast::ExprName {
                    range: n.range,
                    id: ast::Identifier::new(self.class),
                    ctx: ast::ExprContext::Load,
                });
                Ok(ast::Expr::Attribute(ast::ExprAttribute {
                    range: n.range,
                    value: Box::new(class),
                    attr: n.id,
                    ctx: ast::ExprContext::Load,
                }))
            }
            // A function scope of its own.
            ast::Expr::Lambda(_) => Ok(node),
            // Its own scope too, but the first iterable is evaluated in the class body.
            ast::Expr::ListComp(mut c) => {
                self.first_iter(&mut c.generators)?;
                Ok(ast::Expr::ListComp(c))
            }
            ast::Expr::SetComp(mut c) => {
                self.first_iter(&mut c.generators)?;
                Ok(ast::Expr::SetComp(c))
            }
            ast::Expr::DictComp(mut c) => {
                self.first_iter(&mut c.generators)?;
                Ok(ast::Expr::DictComp(c))
            }
            ast::Expr::GeneratorExp(mut c) => {
                self.first_iter(&mut c.generators)?;
                Ok(ast::Expr::GeneratorExp(c))
            }
            other => rustpython_ast::fold::fold_expr(self, other),
        }
    }
}

impl ClassScope<'_> {
    fn first_iter(
        &mut self,
        gens: &mut [ast::Comprehension],
    ) -> Result<(), std::convert::Infallible> {
        if let Some(g) = gens.first_mut() {
            let iter = std::mem::replace(&mut g.iter, placeholder());
            g.iter = self.fold_expr(iter)?;
        }
        Ok(())
    }
}

fn placeholder() -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant {
        range: Default::default(),
        value: ast::Constant::None,
        kind: None,
    })
}
