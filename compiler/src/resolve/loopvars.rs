//! Module-level loop variables used only by their own loop: each such `for` loop gets its own
//! variables, so a script may reuse a name for loops over different types
//! (`for a, b, w in edges: …` then `for w, n in counts: …`).
//!
//! A module-level variable is one global with one static type. When every top-level statement
//! that mentions a name is a `for` loop with that name among its targets (no other statement,
//! function or class mentions it), nothing can observe which variable each loop used, so each
//! loop gets its own, renamed to a hidden name (`w$3`: a `$` cannot occur in Python source).
//! Names used after their loop, or by any function, are left alone.

use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let names: Vec<HashSet<String>> = module.iter().map(mentioned).collect();
    let loop_targets: Vec<Vec<String>> = module
        .iter()
        .map(|s| {
            let mut out = vec![];
            if let ast::Stmt::For(f) = s {
                target_names(&f.target, &mut out);
            }
            out
        })
        .collect();
    module
        .into_iter()
        .enumerate()
        .map(|(i, stmt)| {
            let ast::Stmt::For(f) = &stmt else {
                return stmt;
            };
            let mut targets = vec![];
            target_names(&f.target, &mut targets);
            let own: HashMap<String, String> = targets
                .into_iter()
                .filter(|t| {
                    names
                        .iter()
                        .zip(&loop_targets)
                        .all(|(ns, ts)| !ns.contains(t) || ts.contains(t))
                })
                .map(|t| {
                    let hidden = format!("{t}${i}");
                    (t, hidden)
                })
                .collect();
            if own.is_empty() {
                return stmt;
            }
            // Scope-aware: a function nested in the loop keeps its own locals of that name.
            match crate::modules::Renamer::of(own).fold_stmt(stmt) {
                Ok(s) => s,
                Err(never) => match never {},
            }
        })
        .collect()
}

fn target_names(t: &ast::Expr, out: &mut Vec<String>) {
    match t {
        ast::Expr::Name(n) => out.push(n.id.to_string()),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        _ => {}
    }
}

/// Every name a statement mentions: variables, `global`/`nonlocal` declarations, and the names
/// it binds (functions, classes, imports, parameters, `except … as`).
pub(super) fn mentioned(s: &ast::Stmt) -> HashSet<String> {
    let mut m = Mentions(HashSet::new());
    m.visit_stmt(s.clone());
    m.0
}

struct Mentions(HashSet<String>);

impl Visitor for Mentions {
    visit_skipped_parts!();

    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.0.insert(node.id.to_string());
    }

    fn visit_stmt(&mut self, node: ast::Stmt) {
        match &node {
            ast::Stmt::Global(g) => self.0.extend(g.names.iter().map(|n| n.to_string())),
            ast::Stmt::Nonlocal(g) => self.0.extend(g.names.iter().map(|n| n.to_string())),
            ast::Stmt::FunctionDef(f) => {
                self.0.insert(f.name.to_string());
                for a in f
                    .args
                    .posonlyargs
                    .iter()
                    .chain(&f.args.args)
                    .chain(&f.args.kwonlyargs)
                {
                    self.0.insert(a.def.arg.to_string());
                }
            }
            ast::Stmt::ClassDef(c) => {
                self.0.insert(c.name.to_string());
            }
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    self.0
                        .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            ast::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.0
                        .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            _ => {}
        }
        self.generic_visit_stmt(node)
    }

    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        super::closures::walk_comprehension(self, c);
    }

    fn visit_excepthandler(&mut self, node: ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = &node;
        if let Some(n) = &h.name {
            self.0.insert(n.to_string());
        }
        self.generic_visit_excepthandler(node)
    }
}
