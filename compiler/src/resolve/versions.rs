//! Module-level names assigned again at the top level start a new variable there.
//!
//! A script reuses names: `x = 1.5` … `x = 10; print(bin(x))`. A module-level variable is one
//! global with one static type, so without this the two values would make `x` a value of
//! run-time type. A top-level statement runs once, after everything before it and before
//! everything after it, so each top-level `x = …` can start a variable of its own (renamed to a
//! hidden name, `x$v1`: a `$` cannot occur in Python source) that the statements up to the next
//! one use (a top-level `with cm as x:` starts one too, for its body and what follows);
//! assignments nested in loops and branches assign the current one. Names that code
//! running at another time may read are left alone: those a function or class mentions, those
//! in a `lambda` or a generator expression (which run later), and those `del`eted.

use super::loopvars::mentioned;
use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// The name a variable has in the source (`x` of `x$v1`), for diagnostics.
pub(super) fn source_name(name: &str) -> &str {
    name.split('$').next().unwrap_or(name)
}

pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut shared: HashSet<String> = HashSet::new();
    let mut count: HashMap<String, usize> = HashMap::new();
    for s in &module {
        match s {
            ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => shared.extend(def_refs(s)),
            ast::Stmt::AsyncFunctionDef(_)
            | ast::Stmt::Import(_)
            | ast::Stmt::ImportFrom(_)
            | ast::Stmt::Global(_) => shared.extend(mentioned(s)),
            _ => {
                let mut later = Later::default();
                later.visit_stmt(s.clone());
                shared.extend(later.names);
            }
        }
        if let Some(name) = assigned(s) {
            *count.entry(name.to_string()).or_default() += 1;
        }
    }
    let split: HashSet<String> = count
        .into_iter()
        .filter(|(n, c)| *c >= 2 && !shared.contains(n))
        .map(|(n, _)| n)
        .collect();
    if split.is_empty() {
        return module;
    }
    let mut version: HashMap<String, usize> = HashMap::new();
    let current = |version: &HashMap<String, usize>| -> HashMap<String, String> {
        version
            .iter()
            .map(|(n, v)| (n.clone(), format!("{n}$v{v}")))
            .collect()
    };
    let mut out = Vec::with_capacity(module.len());
    for s in module {
        let name = assigned(&s)
            .filter(|n| split.contains(*n))
            .map(str::to_string);
        // `with cm as n:` reads `cm` with the versions before it; the target and the body
        // see the new one.
        if let (Some(n), ast::Stmt::With(w)) = (&name, &s) {
            let context = rename_expr(w.items[0].context_expr.clone(), current(&version));
            let v = version.entry(n.clone()).or_insert(0);
            *v += 1;
            let ast::Stmt::With(mut w) = rename(s, current(&version)) else {
                unreachable!("a with statement")
            };
            w.items[0].context_expr = context;
            out.push(ast::Stmt::With(w));
            continue;
        }
        // The value reads the versions before the statement; the target is the new one.
        let s = rename(s, current(&version));
        match name {
            Some(n) => {
                let v = version.entry(n.clone()).or_insert(0);
                *v += 1;
                let fresh = format!("{n}$v{v}");
                out.push(retarget(s, &fresh));
            }
            None => out.push(s),
        }
    }
    out
}

/// The name a top-level `name = value` (or `name: T = value`, `with cm as name:`) assigns.
fn assigned(s: &ast::Stmt) -> Option<&str> {
    match s {
        ast::Stmt::Assign(a) => match a.targets.as_slice() {
            [ast::Expr::Name(n)] => Some(n.id.as_str()),
            _ => None,
        },
        ast::Stmt::AnnAssign(a) if a.value.is_some() => match a.target.as_ref() {
            ast::Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        },
        // `with cm as name:` (one item): the name is assigned before the body runs.
        ast::Stmt::With(w) if w.items.len() == 1 => match w.items[0].optional_vars.as_deref() {
            Some(ast::Expr::Name(n)) => Some(n.id.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn rename_expr(e: ast::Expr, names: HashMap<String, String>) -> ast::Expr {
    if names.is_empty() {
        return e;
    }
    match crate::modules::Renamer::of(names).fold_expr(e) {
        Ok(e) => e,
        Err(never) => match never {},
    }
}

fn rename(s: ast::Stmt, names: HashMap<String, String>) -> ast::Stmt {
    if names.is_empty() {
        return s;
    }
    match crate::modules::Renamer::of(names).fold_stmt(s) {
        Ok(s) => s,
        Err(never) => match never {},
    }
}

/// `name = value` with the target renamed to `fresh`.
fn retarget(s: ast::Stmt, fresh: &str) -> ast::Stmt {
    let name = |n: &ast::ExprName| {
        ast::Expr::Name(ast::ExprName {
            range: n.range,
            id: fresh.into(),
            ctx: n.ctx.clone(),
        })
    };
    match s {
        ast::Stmt::Assign(mut a) => {
            if let [ast::Expr::Name(n)] = a.targets.as_slice() {
                a.targets = vec![name(n)];
            }
            ast::Stmt::Assign(a)
        }
        ast::Stmt::AnnAssign(mut a) => {
            if let ast::Expr::Name(n) = a.target.as_ref() {
                a.target = Box::new(name(n));
            }
            ast::Stmt::AnnAssign(a)
        }
        other => other,
    }
}

/// The module-level names a `def` or `class` refers to: its own name, those of its decorators,
/// defaults and bases, and the names its body (nested functions and methods included) does not
/// bind itself, as the renamer resolves scopes (a name a function assigns is its own unless
/// declared `global`). A parameter or local that shares a module-level name's spelling does
/// not keep that name from being split.
fn def_refs(s: &ast::Stmt) -> HashSet<String> {
    const MARK: &str = "$module$";
    let marked = mentioned(s)
        .into_iter()
        .map(|n| (n.clone(), format!("{MARK}{n}")))
        .collect();
    let mut names = Names::default();
    names.visit_stmt(rename(s.clone(), marked));
    let mut refs: HashSet<String> = names
        .0
        .into_iter()
        .filter_map(|n| n.strip_prefix(MARK).map(str::to_string))
        .collect();
    match s {
        ast::Stmt::FunctionDef(f) => refs.insert(f.name.to_string()),
        ast::Stmt::ClassDef(c) => refs.insert(c.name.to_string()),
        _ => false,
    };
    refs
}

/// Names read by code that may run later than its statement: in a `lambda` or a generator
/// expression, or `del`eted.
#[derive(Default)]
struct Later {
    names: HashSet<String>,
}

impl Visitor for Later {
    fn visit_expr(&mut self, e: ast::Expr) {
        match &e {
            ast::Expr::Lambda(_) | ast::Expr::GeneratorExp(_) => {
                let mut all = Names::default();
                all.visit_expr(e);
                self.names.extend(all.0);
            }
            _ => self.generic_visit_expr(e),
        }
    }

    fn visit_stmt(&mut self, s: ast::Stmt) {
        if let ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) = &s {
            self.names.extend(def_refs(&s));
            return;
        }
        if let ast::Stmt::Delete(_) = &s {
            self.names.extend(mentioned(&s));
            return;
        }
        self.generic_visit_stmt(s)
    }
}

#[derive(Default)]
struct Names(HashSet<String>);

impl Visitor for Names {
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.0.insert(node.id.to_string());
    }
}
