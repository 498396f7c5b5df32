//! `@name.deleter` on a property's method: before resolution, the method becomes a plain one
//! of its own name, and `del obj.name` anywhere in the module (of a name some class's
//! property has a deleter for) calls it:
//!
//! ```python
//! @x.deleter                        def _natrix_delete_x(self):
//! def x(self):               →          del self._x
//!     del self._x
//!
//! del point.x                 →     point._natrix_delete_x()
//! ```
//!
//! A `del` of several targets becomes one statement per target, in order.

use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashSet;

/// The module with each property deleter made a method and the `del`s that reach it calls.
pub(super) fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut names = HashSet::new();
    let module: Vec<ast::Stmt> = module
        .into_iter()
        .map(|stmt| match stmt {
            ast::Stmt::ClassDef(mut c) => {
                for s in c.body.iter_mut() {
                    if let ast::Stmt::FunctionDef(f) = s {
                        if is_deleter(f) {
                            names.insert(f.name.to_string());
                            f.decorator_list.clear();
                            f.name = ast::Identifier::new(method(f.name.as_str()));
                        }
                    }
                }
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect();
    if names.is_empty() {
        return module;
    }
    let mut calls = Calls(names);
    module
        .into_iter()
        .map(|s| calls.fold_stmt(s).unwrap_or_else(|e| match e {}))
        .collect()
}

/// The method a deleter of property `name` becomes.
fn method(name: &str) -> String {
    format!("_natrix_delete_{name}")
}

/// `@name.deleter` on a method `name`.
fn is_deleter(f: &ast::StmtFunctionDef) -> bool {
    matches!(f.decorator_list.as_slice(), [ast::Expr::Attribute(a)]
        if a.attr.as_str() == "deleter"
            && matches!(a.value.as_ref(), ast::Expr::Name(p) if p.id.as_str() == f.name.as_str()))
}

/// Rewrites the `del obj.name` of the names with deleters.
struct Calls(HashSet<String>);

impl Calls {
    /// The call deleting `target`, when it is an attribute with a deleter.
    fn call(&self, target: &ast::Expr) -> Option<ast::Stmt> {
        let ast::Expr::Attribute(a) = target else {
            return None;
        };
        if !self.0.contains(a.attr.as_str()) {
            return None;
        }
        let r = a.range;
        let func = ast::Expr::Attribute(ast::ExprAttribute {
            value: a.value.clone(),
            attr: ast::Identifier::new(method(a.attr.as_str())),
            ctx: ast::ExprContext::Load,
            range: r,
        });
        let call = ast::Expr::Call(ast::ExprCall {
            func: Box::new(func),
            args: vec![],
            keywords: vec![],
            range: r,
        });
        Some(ast::Stmt::Expr(ast::StmtExpr {
            value: Box::new(call),
            range: r,
        }))
    }
}

impl Fold<ast::text_size::TextRange> for Calls {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, s: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match s {
            ast::Stmt::Delete(d) if d.targets.iter().any(|t| self.call(t).is_some()) => {
                let r = d.range();
                let mut stmts: Vec<ast::Stmt> = (d.targets.iter())
                    .map(|t| {
                        self.call(t).unwrap_or_else(|| {
                            ast::Stmt::Delete(ast::StmtDelete {
                                targets: vec![t.clone()],
                                range: r,
                            })
                        })
                    })
                    .collect();
                if stmts.len() == 1 {
                    return Ok(stmts.remove(0));
                }
                // (Several statements where one was: a block that always runs.)
                Ok(ast::Stmt::If(ast::StmtIf {
                    test: Box::new(ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Bool(true),
                        kind: None,
                        range: r,
                    })),
                    body: stmts,
                    orelse: vec![],
                    range: r,
                }))
            }
            s => rustpython_ast::fold::fold_stmt(self, s),
        }
    }
}
