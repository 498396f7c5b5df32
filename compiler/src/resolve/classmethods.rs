//! Inherited `@classmethod`s: a classmethod's `cls` is the class it is called through, but
//! natrix binds `cls` when it resolves the method (to the class defining it). So before
//! resolving, each module-level class that inherits a classmethod from a base (through its
//! method resolution order) and does not define it gets its own copy, in which `cls` is that
//! class:
//! `Square.make(3)` and `square.kind()` then run with `cls` as `Square`, as in Python.
//!
//! (`super().make(…)` of a base's classmethod was made a call of a copy of its own by
//! `super_classmethods.rs`.)
//! A classmethod whose body uses `super` or assigns `cls.attr` is not copied (the copy's
//! `super` would start from another class, and assigning through a subclass gives it an
//! attribute of its own, which natrix does not model); calls of it through a subclass stay
//! errors. Nor is one the program only ever reads through other classes (`Shape.unit()`,
//! never `Rect.unit()`, `r.unit()` or `cls.unit()`): its copy would be compiled for nothing,
//! and could not be when the subclass's `__init__` takes other arguments (`cls("unit")`).

use rustpython_ast::Visitor;
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// Copies inherited classmethods into the module's classes (see the module docs).
pub(super) fn expand(mut module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mros = class_mros(&module);
    let classes = class_names(&module);
    let mut reads = AttrReads::default();
    for s in &module {
        reads.visit_stmt(s.clone());
    }
    // Whether method `m` may be read through class `c` (or its subclasses, or a value).
    let wanted = |m: &str, c: &str| {
        reads.through_value.contains(m)
            || reads.through_name.get(m).is_some_and(|names| {
                names
                    .iter()
                    .any(|n| !classes.contains(n) || derives(&mros, n, c))
            })
    };
    // Each class's own methods' names and its own classmethods that copy, as written.
    let mut own_names: HashMap<String, Vec<String>> = HashMap::new();
    let mut own_copyable: HashMap<String, Vec<ast::StmtFunctionDef>> = HashMap::new();
    for stmt in &mut module {
        let ast::Stmt::ClassDef(c) = stmt else {
            continue;
        };
        let own: Vec<String> = method_names(&c.body).collect();
        let mine: Vec<ast::StmtFunctionDef> = c
            .body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) if copyable(f) => Some(f.clone()),
                _ => None,
            })
            .collect();
        // A method is inherited from the first class of the order that defines it.
        let mut defined: HashSet<String> = own.iter().cloned().collect();
        let mut copies = vec![];
        for k in mros.get(c.name.as_str()).map_or(&[][..], |m| &m[1..]) {
            for f in own_copyable.get(k).into_iter().flatten() {
                if !defined.contains(f.name.as_str()) && wanted(f.name.as_str(), c.name.as_str()) {
                    copies.push(ast::Stmt::FunctionDef(f.clone()));
                }
            }
            defined.extend(own_names.get(k).into_iter().flatten().cloned());
        }
        c.body.extend(copies);
        own_names.insert(c.name.to_string(), own);
        own_copyable.insert(c.name.to_string(), mine);
    }
    module
}

/// Each module-level class's method resolution order by name: itself, then its bases that are
/// module-level classes in CPython's C3 linearization (itself alone when there is none, which
/// resolution reports).
pub(super) fn class_mros(module: &[ast::Stmt]) -> HashMap<String, Vec<String>> {
    let mut mros: HashMap<String, Vec<String>> = HashMap::new();
    for s in module {
        let ast::Stmt::ClassDef(c) = s else {
            continue;
        };
        let mro = mro_by_name(c, &mros);
        mros.insert(c.name.to_string(), mro);
    }
    mros
}

/// Class `c`'s method resolution order by name, from the orders of the classes before it
/// (`mros`): itself, then its bases among them, C3-linearized (itself alone when there is no
/// consistent order).
pub(super) fn mro_by_name(
    c: &ast::StmtClassDef,
    mros: &HashMap<String, Vec<String>>,
) -> Vec<String> {
    let base_mros: Vec<Vec<&str>> = c
        .bases
        .iter()
        .filter_map(|b| match b {
            ast::Expr::Name(n) => mros.get(n.id.as_str()),
            _ => None,
        })
        .map(|m| m.iter().map(String::as_str).collect())
        .collect();
    crate::hir::c3_linearization(c.name.as_str(), &base_mros).map_or_else(
        || vec![c.name.to_string()],
        |m| m.into_iter().map(str::to_string).collect(),
    )
}

/// The names of the module-level classes.
pub(super) fn class_names(module: &[ast::Stmt]) -> HashSet<String> {
    module
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) => Some(c.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Whether class `k` is `c` or derives from it (`mros`: each class's method resolution order).
fn derives(mros: &HashMap<String, Vec<String>>, k: &str, c: &str) -> bool {
    k == c || mros.get(k).is_some_and(|m| m.iter().any(|b| b == c))
}

/// The attribute names the program reads, by what they are read from: a name (a class's, or
/// a variable's: `Rect.unit`, `r.unit`), or another expression (`self.shapes[0].unit`).
#[derive(Default)]
struct AttrReads {
    through_name: HashMap<String, HashSet<String>>,
    through_value: HashSet<String>,
}

impl Visitor for AttrReads {
    visit_skipped_parts!();

    fn visit_expr_attribute(&mut self, node: ast::ExprAttribute) {
        match node.value.as_ref() {
            ast::Expr::Name(n) => {
                self.through_name
                    .entry(node.attr.to_string())
                    .or_default()
                    .insert(n.id.to_string());
            }
            _ => {
                self.through_value.insert(node.attr.to_string());
            }
        }
        self.generic_visit_expr_attribute(node);
    }
}

/// A classmethod whose copy in a subclass means the same.
fn copyable(f: &ast::StmtFunctionDef) -> bool {
    let classmethod = matches!(f.decorator_list.as_slice(),
        [ast::Expr::Name(n)] if n.id.as_str() == "classmethod");
    let Some(cls) = f.args.args.first().map(|a| a.def.arg.to_string()) else {
        return false;
    };
    classmethod
        && !f.body.iter().any(|s| {
            let names = super::loopvars::mentioned(s);
            names.contains("super")
        })
        && !assigns_attr_of(&f.body, &cls)
}

/// Whether `body` assigns an attribute of the name `obj` (`cls.count += 1`), at any depth.
fn assigns_attr_of(body: &[ast::Stmt], obj: &str) -> bool {
    let target = |t: &ast::Expr| {
        matches!(t, ast::Expr::Attribute(a)
            if matches!(a.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == obj))
    };
    body.iter().any(|s| match s {
        ast::Stmt::Assign(a) => a.targets.iter().any(target),
        ast::Stmt::AugAssign(a) => target(&a.target),
        ast::Stmt::AnnAssign(a) => target(&a.target),
        ast::Stmt::If(i) => assigns_attr_of(&i.body, obj) || assigns_attr_of(&i.orelse, obj),
        ast::Stmt::For(f) => assigns_attr_of(&f.body, obj) || assigns_attr_of(&f.orelse, obj),
        ast::Stmt::While(w) => assigns_attr_of(&w.body, obj) || assigns_attr_of(&w.orelse, obj),
        ast::Stmt::With(w) => assigns_attr_of(&w.body, obj),
        ast::Stmt::Try(t) => {
            assigns_attr_of(&t.body, obj)
                || assigns_attr_of(&t.orelse, obj)
                || assigns_attr_of(&t.finalbody, obj)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    assigns_attr_of(&h.body, obj)
                })
        }
        _ => false,
    })
}

/// The names of the functions a class body defines.
pub(super) fn method_names(body: &[ast::Stmt]) -> impl Iterator<Item = String> + '_ {
    body.iter().filter_map(|s| match s {
        ast::Stmt::FunctionDef(f) => Some(f.name.to_string()),
        _ => None,
    })
}
