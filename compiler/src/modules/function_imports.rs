//! Imports inside functions: `def main(): import sys` binds `sys` in the function when it
//! runs. The modules natrix provides do nothing when imported but define their names, so
//! such an import is moved to the program's top level, where every import is handled: the
//! function then reads the module-level name, which is the same module.
//!
//! An import is moved only where that changes no name's meaning: the function binds the name
//! nowhere else (no assignment, parameter, `global`), the program's top level binds it to
//! nothing else, and no other moved import binds it differently; and only from the function's
//! own statements (also inside `if`, loops and `with`; not inside `try`, where an `ImportError`
//! handler may be waiting). The others stay, and remain a located error.

use super::class_aliases::Bindings;
use rustpython_parser::ast;
use std::collections::HashMap;

/// The program's top-level statements with the imports of its functions moved in front.
pub fn hoist(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    // What each name bound at the top level is: an import's identity, or "" for anything else.
    let mut top: HashMap<String, String> = HashMap::new();
    for s in &stmts {
        match s {
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => {
                for (name, what) in bound_by(s) {
                    top.insert(name, what);
                }
            }
            ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {
                let mut b = Bindings::default();
                b.add(&top_level_part(s));
                for name in b.names() {
                    top.entry(name).or_default();
                }
            }
            other => {
                let mut b = Bindings::default();
                b.add(other);
                for name in b.names() {
                    top.entry(name).or_default();
                }
            }
        }
    }
    let mut mover = Mover { top, moved: vec![] };
    let stmts: Vec<ast::Stmt> = stmts.into_iter().map(|s| mover.top_stmt(s)).collect();
    if mover.moved.is_empty() {
        return stmts;
    }
    let mut out = mover.moved;
    out.extend(stmts);
    out
}

/// The names a statement's `def`/`class` binds at the top level, without its body (which has
/// its own scope): the definition with an empty body.
fn top_level_part(s: &ast::Stmt) -> ast::Stmt {
    let mut s = s.clone();
    match &mut s {
        ast::Stmt::FunctionDef(f) => f.body.clear(),
        ast::Stmt::ClassDef(c) => c.body.clear(),
        _ => {}
    }
    s
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

struct Mover {
    top: HashMap<String, String>,
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

    /// A function's body without the imports that move; its nested functions' too.
    fn function_body(&mut self, body: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
        let mut own = Bindings::default();
        for s in &body {
            own.add(s);
        }
        self.block(body, &own)
    }

    fn block(&mut self, stmts: Vec<ast::Stmt>, own: &Bindings) -> Vec<ast::Stmt> {
        let was_empty = stmts.is_empty();
        let mut out = vec![];
        for s in stmts {
            match s {
                ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) if self.movable(&s, own) => {
                    // Already imported so at the top level (or moved there): nothing to add.
                    let names = bound_by(&s);
                    if names.iter().any(|(name, _)| !self.top.contains_key(name)) {
                        for (name, what) in names {
                            self.top.insert(name, what);
                        }
                        self.moved.push(s);
                    }
                }
                ast::Stmt::If(mut i) => {
                    i.body = self.block(i.body, own);
                    i.orelse = self.block(i.orelse, own);
                    out.push(ast::Stmt::If(i));
                }
                ast::Stmt::For(mut f) => {
                    f.body = self.block(f.body, own);
                    f.orelse = self.block(f.orelse, own);
                    out.push(ast::Stmt::For(f));
                }
                ast::Stmt::While(mut w) => {
                    w.body = self.block(w.body, own);
                    w.orelse = self.block(w.orelse, own);
                    out.push(ast::Stmt::While(w));
                }
                ast::Stmt::With(mut w) => {
                    w.body = self.block(w.body, own);
                    out.push(ast::Stmt::With(w));
                }
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => out.push(self.top_stmt(s)),
                other => out.push(other),
            }
        }
        if out.is_empty() && !was_empty {
            // A body that was only imports still needs a statement (an absent `else` stays
            // absent).
            out.push(ast::Stmt::Pass(ast::StmtPass {
                range: Default::default(),
            }));
        }
        out
    }

    fn movable(&self, s: &ast::Stmt, own: &Bindings) -> bool {
        // A relative import or `*` stays (the names it binds are not known here).
        if let ast::Stmt::ImportFrom(i) = s {
            if i.level.is_some_and(|l| l.to_u32() > 0) || i.names.iter().any(|a| &a.name == "*") {
                return false;
            }
        }
        let names = bound_by(s);
        names.iter().all(|(name, what)| {
            // This import is the function's one binding of the name (counted once per
            // import of it).
            let imports_here = own.count(name);
            imports_here == 1 && self.top.get(name).map_or(true, |w| w == what)
        })
    }
}
