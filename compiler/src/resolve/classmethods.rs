//! Inherited `@classmethod`s: a classmethod's `cls` is the class it is called through, but
//! natrix binds `cls` when it resolves the method (to the class defining it). So before
//! resolving, each module-level class that inherits a classmethod from its base (one base,
//! named) and does not define it gets its own copy, in which `cls` is that class:
//! `Square.make(3)` and `square.kind()` then run with `cls` as `Square`, as in Python.
//!
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
    let bases = class_bases(&module);
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
                    .any(|n| !classes.contains(n) || derives(&bases, n, c))
            })
    };
    // Each class's classmethods, its own and those copied from its bases, in source order.
    let mut inherited: HashMap<String, Vec<ast::StmtFunctionDef>> = HashMap::new();
    for stmt in &mut module {
        let ast::Stmt::ClassDef(c) = stmt else {
            continue;
        };
        let own: Vec<String> = method_names(&c.body).collect();
        let base = match c.bases.as_slice() {
            [ast::Expr::Name(b)] => Some(b.id.to_string()),
            _ => None,
        };
        if let Some(from_base) = base.and_then(|b| inherited.get(&b)) {
            let copies: Vec<ast::Stmt> = from_base
                .iter()
                .filter(|f| !own.iter().any(|n| n == f.name.as_str()))
                .filter(|f| wanted(f.name.as_str(), c.name.as_str()))
                .map(|f| ast::Stmt::FunctionDef(f.clone()))
                .collect();
            c.body.extend(copies);
        }
        let mine: Vec<ast::StmtFunctionDef> = c
            .body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) if copyable(f) => Some(f.clone()),
                _ => None,
            })
            .collect();
        inherited.insert(c.name.to_string(), mine);
    }
    module
}

/// Each module-level class with one named base, with that base's name.
pub(super) fn class_bases(module: &[ast::Stmt]) -> HashMap<String, String> {
    module
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) => match c.bases.as_slice() {
                [ast::Expr::Name(b)] => Some((c.name.to_string(), b.id.to_string())),
                _ => None,
            },
            _ => None,
        })
        .collect()
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

/// Whether class `k` is `c` or derives from it (`bases`: each class's one named base).
fn derives(bases: &HashMap<String, String>, k: &str, c: &str) -> bool {
    let mut k = k;
    loop {
        if k == c {
            return true;
        }
        match bases.get(k) {
            Some(b) => k = b,
            None => return false,
        }
    }
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
