//! Local variables that only ever hold one of a few str literals (`side = "left" if key <
//! node.key else "right"`, `for side in ("left", "right"):`): the attribute names
//! `getattr(obj, side)` may read and `setattr(obj, side, value)` may write, so that only
//! those attributes take part (`attr_calls.rs`).

use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// The local variables of a function body (`params` are its parameters, which hold what
/// callers pass) whose every binding is one of a few str literals, with those literals.
pub(super) fn literal_strs(body: &[ast::Stmt], params: &[String]) -> HashMap<String, Vec<String>> {
    let mut seen: HashMap<String, Option<Vec<String>>> = HashMap::new();
    for p in params {
        seen.insert(p.clone(), None);
    }
    scan(body, &mut seen);
    seen.into_iter()
        .filter_map(|(n, v)| Some((n, v?)))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// The str literals expression `e` may be (a literal, or a conditional expression of them);
/// `None` for anything else.
pub(super) fn literals_of(e: &ast::Expr) -> Option<Vec<String>> {
    match e {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(s),
            ..
        }) => Some(vec![s.to_string()]),
        ast::Expr::IfExp(i) => {
            let mut out = literals_of(&i.body)?;
            for s in literals_of(&i.orelse)? {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            Some(out)
        }
        _ => None,
    }
}

fn bind(seen: &mut HashMap<String, Option<Vec<String>>>, name: &str, values: Option<Vec<String>>) {
    let entry = seen.entry(name.to_string()).or_insert_with(|| Some(vec![]));
    match (entry.as_mut(), values) {
        (Some(all), Some(vs)) => {
            for v in vs {
                if !all.contains(&v) {
                    all.push(v);
                }
            }
        }
        _ => *entry = None,
    }
}

/// Every name `t` binds, as holding something other than a str literal.
fn unknown_target(t: &ast::Expr, seen: &mut HashMap<String, Option<Vec<String>>>) {
    match t {
        ast::Expr::Name(n) => bind(seen, n.id.as_str(), None),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| unknown_target(e, seen)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| unknown_target(e, seen)),
        ast::Expr::Starred(s) => unknown_target(&s.value, seen),
        _ => {}
    }
}

fn scan(body: &[ast::Stmt], seen: &mut HashMap<String, Option<Vec<String>>>) {
    for s in body {
        // `(name := value)` anywhere in the statement: not followed.
        let mut walrus = super::assigned::WalrusTargets(vec![]);
        rustpython_ast::Visitor::visit_stmt(&mut walrus, s.clone());
        for n in walrus.0 {
            bind(seen, n.id.as_str(), None);
        }
        match s {
            ast::Stmt::Assign(a) => {
                for t in &a.targets {
                    match t {
                        ast::Expr::Name(n) => bind(seen, n.id.as_str(), literals_of(&a.value)),
                        t => unknown_target(t, seen),
                    }
                }
            }
            ast::Stmt::AnnAssign(a) => match (a.target.as_ref(), &a.value) {
                (ast::Expr::Name(n), Some(v)) => bind(seen, n.id.as_str(), literals_of(v)),
                (t, _) => unknown_target(t, seen),
            },
            ast::Stmt::AugAssign(a) => unknown_target(&a.target, seen),
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| unknown_target(t, seen)),
            ast::Stmt::For(f) => {
                let items = match f.iter.as_ref() {
                    ast::Expr::Tuple(ast::ExprTuple { elts, .. })
                    | ast::Expr::List(ast::ExprList { elts, .. }) => {
                        elts.iter().map(literals_of).collect::<Option<Vec<_>>>()
                    }
                    _ => None,
                };
                match f.target.as_ref() {
                    ast::Expr::Name(n) => bind(seen, n.id.as_str(), items.map(|v| v.concat())),
                    t => unknown_target(t, seen),
                }
                scan(&f.body, seen);
                scan(&f.orelse, seen);
            }
            ast::Stmt::While(w) => {
                scan(&w.body, seen);
                scan(&w.orelse, seen);
            }
            ast::Stmt::If(i) => {
                scan(&i.body, seen);
                scan(&i.orelse, seen);
            }
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        unknown_target(v, seen);
                    }
                }
                scan(&w.body, seen);
            }
            ast::Stmt::Try(t) => {
                scan(&t.body, seen);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        bind(seen, n.as_str(), None);
                    }
                    scan(&h.body, seen);
                }
                scan(&t.orelse, seen);
                scan(&t.finalbody, seen);
            }
            ast::Stmt::FunctionDef(f) => {
                bind(seen, f.name.as_str(), None);
                // A nested function may rebind the function's variables (`nonlocal side`).
                let mut inner = HashSet::new();
                nonlocals(&f.body, &mut inner);
                for n in inner {
                    bind(seen, &n, None);
                }
            }
            ast::Stmt::ClassDef(c) => bind(seen, c.name.as_str(), None),
            ast::Stmt::Import(ast::StmtImport { names, .. })
            | ast::Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                for a in names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    let first = bound.as_str().split('.').next().unwrap_or_default();
                    bind(seen, first, None);
                }
            }
            ast::Stmt::Global(g) => g.names.iter().for_each(|n| bind(seen, n.as_str(), None)),
            ast::Stmt::Nonlocal(g) => g.names.iter().for_each(|n| bind(seen, n.as_str(), None)),
            _ => {}
        }
    }
}

/// The names `nonlocal` declares anywhere in `body` (nested functions included).
fn nonlocals(body: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in body {
        match s {
            ast::Stmt::Nonlocal(n) => {
                for name in &n.names {
                    out.insert(name.to_string());
                }
            }
            ast::Stmt::FunctionDef(f) => nonlocals(&f.body, out),
            ast::Stmt::ClassDef(c) => nonlocals(&c.body, out),
            ast::Stmt::If(i) => {
                nonlocals(&i.body, out);
                nonlocals(&i.orelse, out);
            }
            ast::Stmt::For(f) => {
                nonlocals(&f.body, out);
                nonlocals(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                nonlocals(&w.body, out);
                nonlocals(&w.orelse, out);
            }
            ast::Stmt::With(w) => nonlocals(&w.body, out),
            ast::Stmt::Try(t) => {
                nonlocals(&t.body, out);
                nonlocals(&t.orelse, out);
                nonlocals(&t.finalbody, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    nonlocals(&h.body, out);
                }
            }
            _ => {}
        }
    }
}
