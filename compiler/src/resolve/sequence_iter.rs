//! The old sequence protocol: CPython iterates an object whose class has `__getitem__` but
//! no `__iter__` by `obj[0]`, `obj[1]`, … until `IndexError`. Before resolution each such
//! class gets that iteration as its `__iter__`, a generator written as Python, so `for`,
//! `list()`, unpacking and the rest treat it like any iterable class:
//!
//! ```text
//! def __iter__(self):
//!     i = 0
//!     while True:
//!         try:
//!             item = self[i]
//!         except IndexError:
//!             return
//!         yield item
//!         i += 1
//! ```
//!
//! Only classes whose whole hierarchy (bases and subclasses in the program) defines no
//! `__iter__` get one, on the first class of its line that defines `__getitem__` (its
//! subclasses inherit it).
//!
//! Likewise `x in obj` of an iterable class without `__contains__` iterates until an item
//! equals `x` (CPython's fallback): the first class of its line with an `__iter__` (its own
//! or the one above) gets that loop as its `__contains__`, when no class of its hierarchy
//! defines one. (CPython also accepts `item is x`; natrix compares with `==` only.)

use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

const ITER: &str = "def __iter__(self):
    i = 0
    while True:
        try:
            item = self[i]
        except IndexError:
            return
        yield item
        i += 1
";

const CONTAINS: &str = "def __contains__(self, value):
    for item in self:
        if item == value:
            return True
    return False
";

/// The module with the old-protocol classes given their `__iter__`, and iterable classes
/// their `__contains__`.
pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    // Each class's first base (by name) and the dunders it defines.
    let mut base: HashMap<String, String> = HashMap::new();
    let mut defines: HashMap<String, Dunders> = HashMap::new();
    for s in &module {
        let ast::Stmt::ClassDef(c) = s else {
            continue;
        };
        let has = |name: &str| {
            c.body
                .iter()
                .any(|s| matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == name))
        };
        let d = Dunders {
            getitem: has("__getitem__"),
            iter: has("__iter__"),
            contains: has("__contains__"),
        };
        defines.insert(c.name.to_string(), d);
        if let Some(ast::Expr::Name(b)) = c.bases.first() {
            base.insert(c.name.to_string(), b.id.to_string());
        }
    }
    // The program classes above `c`, nearest first.
    let ancestors = |c: &str| {
        let mut out: Vec<String> = vec![];
        let mut at = base.get(c);
        while let Some(b) = at.filter(|b| defines.contains_key(*b) && !out.contains(b)) {
            out.push(b.clone());
            at = base.get(b);
        }
        out
    };
    let root = |c: &str| ancestors(c).pop().unwrap_or_else(|| c.to_string());
    // The hierarchies (by root) where some class defines `__iter__`, `__contains__`.
    let roots_with = |f: fn(&Dunders) -> bool| -> HashSet<String> {
        defines
            .iter()
            .filter(|(_, d)| f(d))
            .map(|(c, _)| root(c))
            .collect()
    };
    let iterable = roots_with(|d| d.iter);
    let contains = roots_with(|d| d.contains);
    // The first class of its line to define `__getitem__` (a subclass's override is
    // reached through `self[i]`) in a hierarchy without `__iter__`.
    let sequence = |c: &str| {
        defines[c].getitem
            && !ancestors(c).iter().any(|a| defines[a].getitem)
            && !iterable.contains(&root(c))
    };
    // The first class of its line with an `__iter__`, in a hierarchy without `__contains__`.
    let searchable = |c: &str| {
        let own = defines[c].iter || sequence(c);
        let above = ancestors(c).iter().any(|a| defines[a].iter || sequence(a));
        own && !above && !contains.contains(&root(c))
    };
    module
        .into_iter()
        .map(|s| match s {
            ast::Stmt::ClassDef(mut c) if defines.contains_key(c.name.as_str()) => {
                let mut src = String::new();
                if sequence(c.name.as_str()) {
                    src.push_str(ITER);
                }
                if searchable(c.name.as_str()) {
                    src.push_str(CONTAINS);
                }
                if !src.is_empty() {
                    let generated = super::dataclasses::place_generated(
                        &src,
                        "<sequence>",
                        c.range,
                        HashMap::new(),
                    )
                    .expect("the generated methods parse");
                    c.body.extend(generated);
                }
                ast::Stmt::ClassDef(c)
            }
            other => other,
        })
        .collect()
}

/// The container dunders a class body defines.
struct Dunders {
    getitem: bool,
    iter: bool,
    contains: bool,
}
