//! `collections.abc` is the library's module `_collections_abc` (CPython's name for it): its
//! imports, and the expressions that reach it through `collections`, are rewritten to name it.
//!
//! ```python
//! from collections.abc import Iterable  →  from _collections_abc import Iterable
//! import collections.abc as cabc        →  import _collections_abc as cabc
//! import collections.abc                →  import _collections_abc, collections
//! import collections                    →  import _collections_abc, collections
//! collections.abc.Mapping               →  _collections_abc.Mapping
//! ```
//!
//! Its names are the abstract base classes, which `isinstance` tests
//! (`resolve/type_tests.rs`); as annotations they are read by nobody.

use super::COLLECTIONS_ABC;
use rustpython_ast::Fold;
use rustpython_parser::ast;

const DOTTED: &str = "collections.abc";

/// `stmts` with their imports of `collections.abc`, and the expressions `collections.abc`
/// (where `collections` is imported as itself), rewritten.
pub fn rewrite(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut modules = vec![];
    let stmts: Vec<ast::Stmt> = stmts
        .into_iter()
        .map(|s| rewrite_import(s, &mut modules))
        .collect();
    if modules.is_empty() {
        return stmts;
    }
    let mut fold = Attributes { modules };
    stmts
        .into_iter()
        .map(|s| fold.fold_stmt(s).unwrap_or_else(|e| match e {}))
        .collect()
}

fn rewrite_import(s: ast::Stmt, modules: &mut Vec<String>) -> ast::Stmt {
    match s {
        ast::Stmt::Import(mut i) => {
            let mut names = vec![];
            for mut a in i.names.drain(..) {
                match (a.name.as_str(), &a.asname) {
                    (DOTTED, Some(_)) => a.name = ast::Identifier::new(COLLECTIONS_ABC),
                    // It binds `collections`, through which the module is reached (as it
                    // is after a plain `import collections`, where something imported it).
                    (DOTTED, None) => a.name = ast::Identifier::new("collections"),
                    _ => {}
                }
                if a.name.as_str() == "collections" {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    modules.push(bound);
                    names.push(ast::Alias {
                        range: a.range,
                        name: ast::Identifier::new(COLLECTIONS_ABC),
                        asname: None,
                    });
                }
                names.push(a);
            }
            i.names = names;
            ast::Stmt::Import(i)
        }
        ast::Stmt::ImportFrom(mut i)
            if i.module.as_ref().is_some_and(|m| m.as_str() == DOTTED)
                && i.level.map_or(true, |l| l.to_u32() == 0) =>
        {
            i.module = Some(ast::Identifier::new(COLLECTIONS_ABC));
            ast::Stmt::ImportFrom(i)
        }
        s => s,
    }
}

/// Rewrites `collections.abc` (for each name `collections` is bound to) as the module.
struct Attributes {
    modules: Vec<String>,
}

impl Fold<ast::text_size::TextRange> for Attributes {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match node {
            ast::Expr::Attribute(a)
                if a.attr.as_str() == "abc"
                    && matches!(a.value.as_ref(), ast::Expr::Name(n)
                        if self.modules.iter().any(|m| m == n.id.as_str())) =>
            {
                Ok(ast::Expr::Name(ast::ExprName {
                    range: a.range,
                    id: ast::Identifier::new(COLLECTIONS_ABC),
                    ctx: a.ctx,
                }))
            }
            e => rustpython_ast::fold::fold_expr(self, e),
        }
    }
}
