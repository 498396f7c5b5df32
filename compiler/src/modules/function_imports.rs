//! Imports inside functions: `def main(): import sys` binds `sys` in the function when it
//! runs. The modules natrix provides do nothing when imported but define their names, so
//! such an import is moved to the program's top level, where every import is handled: the
//! function then reads the module-level name, which is the same module.
//!
//! Moving it makes the name global, so an import moves only where nothing can tell:
//! - the name is no builtin (`from math import pow` in a function leaves other functions'
//!   `pow` alone);
//! - every binding of the name anywhere in the program is an import of the same thing (no
//!   variable, parameter or enclosing function's local of that name, no other import of it);
//! - every read of it is inside a function that imports it directly in its body (or in a
//!   function nested in one), or the top level imports it too: no read that CPython would
//!   answer with `NameError` finds it;
//! - the import is a statement of the function's body itself (not under `if`, a loop, `with`
//!   or `try`), and nothing before it in the body mentions the name (no `UnboundLocalError`
//!   lost).
//!
//! The others stay, and remain a located error.

use super::class_aliases::Bindings;
use rustpython_ast::Fold;
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// Python's builtin names: a module-level binding of one would change what every other scope
/// means by it.
const BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
    "__name__",
    "__file__",
    "__doc__",
];

/// The program's top-level statements with the imports of its functions moved in front.
pub fn hoist(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut bindings = Bindings::default();
    let mut imports = Imports::default();
    for s in &stmts {
        bindings.add(s);
        let Ok(_) = imports.fold_stmt(s.clone());
    }
    let top: HashSet<String> = stmts
        .iter()
        .filter(|s| matches!(s, ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_)))
        .flat_map(|s| bound_by(s).into_iter().map(|(n, _)| n))
        .collect();
    // The names whose imports may move: no builtin, bound only by imports of one thing, read
    // only where an import of it is in scope.
    let movable: HashSet<String> = imports
        .what
        .iter()
        .filter(|(name, whats)| {
            !BUILTINS.contains(&name.as_str())
                && whats.len() == 1
                && bindings.count(name) == imports.count[name.as_str()]
                && (top.contains(name.as_str()) || reads_in_scope(&stmts, name))
        })
        .map(|(name, _)| name.clone())
        .collect();
    if movable.is_empty() {
        return stmts;
    }
    let mut mover = Mover {
        movable,
        top,
        moved: vec![],
    };
    let stmts: Vec<ast::Stmt> = stmts.into_iter().map(|s| mover.top_stmt(s)).collect();
    let mut out = mover.moved;
    out.extend(stmts);
    out
}

/// Each name an import binds, with what it binds it to (`import a.b` binds `a` to module `a`).
fn bound_by(s: &ast::Stmt) -> Vec<(String, String)> {
    match s {
        ast::Stmt::Import(i) => i
            .names
            .iter()
            .map(|a| match &a.asname {
                Some(n) => (n.to_string(), format!("import {}", a.name)),
                None => {
                    let root = a.name.as_str().split('.').next().unwrap_or_default();
                    (root.to_string(), format!("import {root}"))
                }
            })
            .collect(),
        ast::Stmt::ImportFrom(i) => {
            let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
            let level = i.level.map_or(0, |l| l.to_u32());
            i.names
                .iter()
                .map(|a| {
                    let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    (name, format!("from {level}{module} import {}", a.name))
                })
                .collect()
        }
        _ => vec![],
    }
}

/// Every import in the program: what each name is imported as, and how many imports bind it.
#[derive(Default)]
struct Imports {
    what: HashMap<String, HashSet<String>>,
    count: HashMap<String, usize>,
}

impl Fold<ast::text_size::TextRange> for Imports {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        for (name, what) in bound_by(&node) {
            self.what.entry(name.clone()).or_default().insert(what);
            *self.count.entry(name).or_default() += 1;
        }
        rustpython_ast::fold::fold_stmt(self, node)
    }
}

/// Whether a function body's own statements import `name`.
fn imports_directly(body: &[ast::Stmt], name: &str) -> bool {
    body.iter()
        .any(|s| bound_by(s).iter().any(|(n, _)| n == name))
}

/// Whether every read of `name` is inside a function that imports it directly (or nested in
/// one).
fn reads_in_scope(stmts: &[ast::Stmt], name: &str) -> bool {
    let mut scan = Reads {
        name,
        inside: false,
        stray: false,
    };
    for s in stmts {
        let Ok(_) = scan.fold_stmt(s.clone());
    }
    !scan.stray
}

/// Finds a read of one name outside every function that imports it.
struct Reads<'a> {
    name: &'a str,
    /// Inside a function that imports the name (or nested in one).
    inside: bool,
    stray: bool,
}

impl Fold<ast::text_size::TextRange> for Reads<'_> {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        let ast::Stmt::FunctionDef(mut f) = node else {
            return rustpython_ast::fold::fold_stmt(self, node);
        };
        // Decorators and defaults are read where the `def` is; the body where it runs.
        let body = std::mem::take(&mut f.body);
        let f = rustpython_ast::fold::fold_stmt_function_def(self, f)?;
        let outer = self.inside;
        self.inside |= imports_directly(&body, self.name);
        for s in body {
            self.fold_stmt(s)?;
        }
        self.inside = outer;
        Ok(ast::Stmt::FunctionDef(f))
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Name(n) = &node {
            if n.id.as_str() == self.name && !self.inside {
                self.stray = true;
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}

/// Whether `s` mentions `name` anywhere.
fn mentions(s: &ast::Stmt, name: &str) -> bool {
    let mut b = Bindings::default();
    b.add(s);
    let mut scan = Reads {
        name,
        inside: false,
        stray: false,
    };
    let Ok(_) = scan.fold_stmt(s.clone());
    scan.stray || b.count(name) > 0
}

struct Mover {
    movable: HashSet<String>,
    /// The names the top level imports (or imports moved there).
    top: HashSet<String>,
    moved: Vec<ast::Stmt>,
}

impl Mover {
    fn top_stmt(&mut self, s: ast::Stmt) -> ast::Stmt {
        match s {
            ast::Stmt::FunctionDef(mut f) => {
                f.body = self.function_body(std::mem::take(&mut f.body));
                ast::Stmt::FunctionDef(f)
            }
            ast::Stmt::ClassDef(mut c) => {
                c.body = c.body.into_iter().map(|s| self.top_stmt(s)).collect();
                ast::Stmt::ClassDef(c)
            }
            other => other,
        }
    }

    /// A function's body without the imports that move (its own statements only); the
    /// functions nested in it likewise.
    fn function_body(&mut self, body: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
        let mut out: Vec<ast::Stmt> = vec![];
        let mut removed = false;
        for s in body {
            let names = bound_by(&s);
            let movable = !names.is_empty()
                && names.iter().all(|(n, _)| {
                    self.movable.contains(n) && !out.iter().any(|before| mentions(before, n))
                })
                && !matches!(&s, ast::Stmt::ImportFrom(i) if i.level.is_some_and(|l| l.to_u32() > 0));
            if movable {
                removed = true;
                if names.iter().any(|(n, _)| !self.top.contains(n)) {
                    self.top.extend(names.into_iter().map(|(n, _)| n));
                    self.moved.push(s);
                }
                continue;
            }
            out.push(match s {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => self.top_stmt(s),
                other => other,
            });
        }
        if out.is_empty() && removed {
            // A body that was only imports still needs a statement.
            out.push(ast::Stmt::Pass(ast::StmtPass {
                range: Default::default(),
            }));
        }
        out
    }
}
