//! `@functools.cached_property`: before resolution, the method becomes a property that
//! computes its value once per instance, keeps it in a hidden attribute, and returns that
//! after; assigning the name replaces the kept value, as assigning CPython's instance
//! dictionary entry does:
//!
//! ```python
//! @cached_property                    def _natrix_compute_area(self): …   # the method
//! def area(self): …            →      @property
//!                                     def area(self):
//!                                         if not hasattr(self, "_natrix_cached_area"):
//!                                             self._natrix_cached_area = self._natrix_compute_area()
//!                                         return self._natrix_cached_area
//!                                     @area.setter
//!                                     def area(self, value): self._natrix_cached_area = value
//! ```
//!
//! `del obj.area` forgets the kept value (the next read computes it again): it deletes the
//! hidden attribute, anywhere in the module.
//!
//! `functools.cached_property` (`stdlib/functools.py`) exists so the import links; after
//! linking the decorator is the name `functools.cached_property`.

use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

const DECORATOR: &str = "functools.cached_property";

/// The module with each class's cached properties expanded.
pub(super) fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut names = HashSet::new();
    let module: Vec<ast::Stmt> = module
        .into_iter()
        .map(|stmt| match stmt {
            ast::Stmt::ClassDef(mut c) => {
                let body = std::mem::take(&mut c.body);
                c.body = body
                    .into_iter()
                    .flat_map(|s| member(s, &mut names))
                    .collect();
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect();
    if names.is_empty() {
        return module;
    }
    let mut forget = Forget(names);
    module
        .into_iter()
        .map(|s| match forget.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect()
}

/// Rewrites `del obj.name` of a cached property's name to delete its kept value.
struct Forget(HashSet<String>);

impl Fold<ast::text_size::TextRange> for Forget {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, s: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match s {
            ast::Stmt::Delete(mut d) => {
                for t in d.targets.iter_mut() {
                    if let ast::Expr::Attribute(a) = t {
                        if self.0.contains(a.attr.as_str()) {
                            a.attr = ast::Identifier::new(format!("_natrix_cached_{}", a.attr));
                        }
                    }
                }
                Ok(ast::Stmt::Delete(d))
            }
            s => rustpython_ast::fold::fold_stmt(self, s),
        }
    }
}

/// A class body's statement, or what a cached property becomes (its name noted in `names`).
fn member(s: ast::Stmt, names: &mut HashSet<String>) -> Vec<ast::Stmt> {
    let ast::Stmt::FunctionDef(mut f) = s else {
        return vec![s];
    };
    let is_cached = |d: &ast::Expr| matches!(d, ast::Expr::Name(n) if n.id.as_str() == DECORATOR);
    let Some(i) = f.decorator_list.iter().position(is_cached) else {
        return vec![ast::Stmt::FunctionDef(f)];
    };
    let at = f.decorator_list.remove(i).range();
    let name = f.name.to_string();
    names.insert(name.clone());
    f.name = ast::Identifier::new(format!("_natrix_compute_{name}"));
    let kept = format!("_natrix_cached_{name}");
    let src = format!(
        "@property\n\
         def {name}(self):\n\
         \x20   if not hasattr(self, {kept:?}):\n\
         \x20       self.{kept} = self._natrix_compute_{name}()\n\
         \x20   return self.{kept}\n\
         @{name}.setter\n\
         def {name}(self, value):\n\
         \x20   self.{kept} = value\n"
    );
    let mut out = vec![ast::Stmt::FunctionDef(f)];
    out.extend(
        super::dataclasses::place_generated(&src, "<cached_property>", at, HashMap::new())
            .expect("the generated property parses"),
    );
    out
}
