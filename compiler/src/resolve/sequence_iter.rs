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
//! `reversed(obj)` of a class with `__len__` and `__getitem__` but no `__reversed__` reads
//! `obj[len(obj) - 1]` down to `obj[0]` (CPython's fallback, even beside an `__iter__`): the
//! first class of its line with both gets that as its `__reversed__`, when no class of its
//! hierarchy defines one.
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

const REVERSED: &str = "def __reversed__(self):
    i = len(self) - 1
    while i >= 0:
        yield self[i]
        i -= 1
";

const CONTAINS: &str = "def __contains__(self, value):
    for item in self:
        if item == value:
            return True
    return False
";

/// The module with the old-protocol classes given their `__iter__`, indexable ones their
/// `__reversed__`, and iterable classes their `__contains__`; and, by class name, the
/// methods so given (CPython's fallbacks, which are no attributes: `hasattr(obj,
/// "__iter__")` stays false).
pub fn expand(module: Vec<ast::Stmt>) -> (Vec<ast::Stmt>, HashMap<String, Vec<String>>) {
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
            len: has("__len__"),
            reversed: has("__reversed__"),
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
    let reversible = roots_with(|d| d.reversed);
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
    // The first class of its line with `__len__` and `__getitem__` (its own or above), in a
    // hierarchy without `__reversed__`.
    let indexable = |c: &str| {
        let line: Vec<String> = std::iter::once(c.to_string()).chain(ancestors(c)).collect();
        line.iter().any(|a| defines[a].len) && line.iter().any(|a| defines[a].getitem)
    };
    let sized = |c: &str| {
        indexable(c) && !ancestors(c).iter().any(|a| indexable(a)) && !reversible.contains(&root(c))
    };
    let mut fallbacks: HashMap<String, Vec<String>> = HashMap::new();
    let module = module
        .into_iter()
        .map(|s| match s {
            ast::Stmt::ClassDef(mut c) if defines.contains_key(c.name.as_str()) => {
                let mut src = String::new();
                let mut given = vec![];
                for (gives, method, name) in [
                    (sequence(c.name.as_str()), ITER, "__iter__"),
                    (searchable(c.name.as_str()), CONTAINS, "__contains__"),
                    (sized(c.name.as_str()), REVERSED, "__reversed__"),
                ] {
                    if gives {
                        src.push_str(method);
                        given.push(name.to_string());
                    }
                }
                if !given.is_empty() {
                    fallbacks.insert(c.name.to_string(), given);
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
        .collect();
    (module, fallbacks)
}

/// The container dunders a class body defines.
struct Dunders {
    getitem: bool,
    iter: bool,
    contains: bool,
    len: bool,
    reversed: bool,
}
