//! `@functools.total_ordering` on a class: before resolution, the rich comparisons the class
//! body does not define are generated from the one it does, as CPython's decorator sets them
//! (its root is `__lt__` if defined, else `__le__`, else `__gt__`, else `__ge__`; `a > b` from
//! `__lt__` is `not a < b and a != b`, and so on), written as Python and parsed, then placed
//! at the decorator. `functools.total_ordering` (`stdlib/functools.py`) exists so the import
//! links; after linking the decorator is the name `functools.total_ordering`.
//!
//! Unlike CPython's, the generated methods do not pass on a `NotImplemented` that the root
//! returns, and only the class body's own methods count as defined (not a base's).

use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

/// The decorator's name after linking.
const DECORATOR: &str = "functools.total_ordering";

/// For each root, the methods it gives: name and body (of `self` and `other`, with `r` the
/// root's result).
const DERIVED: &[(&str, &[(&str, &str)])] = &[
    (
        "__lt__",
        &[
            ("__gt__", "not r and self != other"),
            ("__le__", "r or self == other"),
            ("__ge__", "not r"),
        ],
    ),
    (
        "__le__",
        &[
            ("__ge__", "not r or self == other"),
            ("__lt__", "r and self != other"),
            ("__gt__", "not r"),
        ],
    ),
    (
        "__gt__",
        &[
            ("__lt__", "not r and self != other"),
            ("__ge__", "r or self == other"),
            ("__le__", "not r"),
        ],
    ),
    (
        "__ge__",
        &[
            ("__le__", "not r or self == other"),
            ("__gt__", "r and self != other"),
            ("__lt__", "not r"),
        ],
    ),
];

/// The module with each `@total_ordering` class given its missing comparisons.
pub fn expand(module: &[ast::Stmt]) -> Vec<ast::Stmt> {
    module
        .iter()
        .map(|stmt| match stmt {
            ast::Stmt::ClassDef(c) => match c.decorator_list.iter().position(is_total_ordering) {
                Some(i) => {
                    let mut c = c.clone();
                    let at = c.decorator_list.remove(i).range();
                    c.body.extend(methods(&c, at));
                    ast::Stmt::ClassDef(c)
                }
                None => stmt.clone(),
            },
            _ => stmt.clone(),
        })
        .collect()
}

fn is_total_ordering(d: &ast::Expr) -> bool {
    matches!(d, ast::Expr::Name(n) if n.id.as_str() == DECORATOR)
}

/// The comparisons `c` lacks, from its root (none without one: CPython raises ValueError
/// when the class is made, and an unknown method's use is reported where it is called).
fn methods(c: &ast::StmtClassDef, at: ast::text_size::TextRange) -> Vec<ast::Stmt> {
    let defined = |name: &str| {
        c.body
            .iter()
            .any(|s| matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == name))
    };
    let Some((root, derived)) = DERIVED.iter().find(|(root, _)| defined(root)) else {
        return vec![];
    };
    let mut src = String::new();
    for (name, body) in derived.iter().filter(|(name, _)| !defined(name)) {
        src.push_str(&format!(
            "def {name}(self, other):\n    r = self.{root}(other)\n    return {body}\n"
        ));
    }
    super::dataclasses::place_generated(&src, "<total_ordering>", at, HashMap::new())
        .expect("the generated comparisons parse")
}
