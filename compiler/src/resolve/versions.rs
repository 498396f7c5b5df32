//! Names assigned again at the top level of the module, or of a function, start a new
//! variable there.
//!
//! A script reuses names: `x = 1.5` … `x = 10; print(bin(x))`. A module-level variable is one
//! global with one static type, so without this the two values would make `x` a value of
//! run-time type. A top-level statement runs once, after everything before it and before
//! everything after it, so each top-level `x = …` can start a variable of its own (renamed to a
//! hidden name, `x$v1`: a `$` cannot occur in Python source) that the statements up to the next
//! one use (a top-level `with cm as x:` starts one too, for its body and what follows);
//! assignments nested in loops and branches assign the current one. Names that code
//! running at another time may read are left alone: those a function or class mentions, those
//! in a `lambda` or a generator expression (which run later), and those `del`eted. A
//! function's body is split the same way (`in_functions`), but for its parameters and the
//! names a nested function, `lambda` or generator expression reads, or that are declared
//! `global` or `nonlocal`; MIR lowering releases the variable a version replaces at its store
//! (`mir/build/stmts.rs`), as the module's are (`mir/passes/versions.rs`).

use super::loopvars::mentioned;
use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// The name a variable has in the source (`x` of `x$v1`), for diagnostics.
pub(super) fn source_name(name: &str) -> &str {
    name.split('$').next().unwrap_or(name)
}

pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let module: Vec<ast::Stmt> = module.into_iter().map(in_functions).collect();
    let mut shared: HashSet<String> = HashSet::new();
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
    }
    split(module, &shared, false)
}

/// `s` with the body of every function in it (methods and nested functions too) versioned
/// as the module is: a top-level statement of a function also runs once per call, after
/// everything before it. Names that code running at another time may read (nested functions,
/// lambdas, generator expressions), `del`eted ones, `global`/`nonlocal` ones and the
/// parameters (`rebind.rs` splits those) keep one variable.
fn in_functions(s: ast::Stmt) -> ast::Stmt {
    match s {
        ast::Stmt::FunctionDef(mut f) => {
            let body: Vec<ast::Stmt> = std::mem::take(&mut f.body)
                .into_iter()
                .map(in_functions)
                .collect();
            let mut shared: HashSet<String> = f
                .args
                .posonlyargs
                .iter()
                .chain(&f.args.args)
                .chain(&f.args.kwonlyargs)
                .map(|a| a.def.arg.to_string())
                .chain(f.args.vararg.iter().map(|a| a.arg.to_string()))
                .chain(f.args.kwarg.iter().map(|a| a.arg.to_string()))
                .collect();
            for s in &body {
                let mut later = Later::default();
                later.visit_stmt(s.clone());
                shared.extend(later.names);
            }
            f.body = split(body, &shared, true);
            ast::Stmt::FunctionDef(f)
        }
        ast::Stmt::ClassDef(mut c) => {
            c.body = std::mem::take(&mut c.body)
                .into_iter()
                .map(in_functions)
                .collect();
            ast::Stmt::ClassDef(c)
        }
        other => other,
    }
}

/// The statements of one body (the module's, or a function's) with each name that is
/// assigned at the top level again (or once, after code that binds it already), and is not
/// `shared`, given a variable of its own from each such assignment on. In a function
/// (`keep_first`), a first top-level assignment that nothing before binds the name keeps
/// the name itself: a read before it must stay a read of the (unbound) local.
fn split(body: Vec<ast::Stmt>, shared: &HashSet<String>, keep_first: bool) -> Vec<ast::Stmt> {
    let mut count: HashMap<String, usize> = HashMap::new();
    let mut bound: HashSet<String> = HashSet::new();
    let mut plain_first: HashSet<String> = HashSet::new();
    for s in &body {
        for name in assigned(s) {
            // A first top-level assignment after statements that bound the name already
            // (`for i in …: a = i` … `a = [1]`) starts a variable too.
            let before = bound.contains(name);
            if keep_first && !before && !count.contains_key(name) {
                plain_first.insert(name.to_string());
            }
            *count.entry(name.to_string()).or_default() += 1 + usize::from(before);
        }
        let mut b = Bound::default();
        b.visit_stmt(s.clone());
        bound.extend(b.0);
    }
    let split: HashSet<String> = count
        .into_iter()
        .filter(|(n, c)| *c >= 2 && !shared.contains(n))
        .map(|(n, _)| n)
        .collect();
    if split.is_empty() {
        return body;
    }
    let mut version: HashMap<String, usize> = HashMap::new();
    let current = |version: &HashMap<String, usize>| -> HashMap<String, String> {
        version
            .iter()
            .map(|(n, v)| (n.clone(), format!("{n}$v{v}")))
            .collect()
    };
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        let names: Vec<String> = assigned(&s)
            .into_iter()
            .filter(|n| split.contains(*n))
            .map(str::to_string)
            .collect();
        // `with cm as n:` reads `cm` with the versions before it; the target and the body
        // see the new one.
        if let ([n], ast::Stmt::With(w)) = (names.as_slice(), &s) {
            if plain_first.remove(n) {
                out.push(rename(s, current(&version)));
                continue;
            }
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
        // The value reads the versions before the statement; the targets are the new ones
        // (a function's first assignment of a name keeps the name itself).
        let before = current(&version);
        if names.is_empty() {
            out.push(rename(s, before));
            continue;
        }
        for n in &names {
            if !plain_first.remove(n) {
                *version.entry(n.clone()).or_insert(0) += 1;
            }
        }
        let after = current(&version);
        out.push(retarget(s, before, after));
    }
    out
}

/// The names a statement binds in its own scope (assignment and loop targets, `with … as`,
/// imports, definitions), not those bound inside nested functions and classes.
#[derive(Default)]
struct Bound(HashSet<String>);

impl Visitor for Bound {
    visit_skipped_parts!();

    fn visit_expr_name(&mut self, node: ast::ExprName) {
        if matches!(node.ctx, ast::ExprContext::Store) {
            self.0.insert(node.id.to_string());
        }
    }

    fn visit_expr(&mut self, e: ast::Expr) {
        match e {
            // (Their targets are their own.)
            ast::Expr::Lambda(_)
            | ast::Expr::ListComp(_)
            | ast::Expr::SetComp(_)
            | ast::Expr::DictComp(_)
            | ast::Expr::GeneratorExp(_) => {}
            other => self.generic_visit_expr(other),
        }
    }

    fn visit_stmt(&mut self, s: ast::Stmt) {
        match s {
            ast::Stmt::FunctionDef(f) => {
                self.0.insert(f.name.to_string());
            }
            ast::Stmt::ClassDef(c) => {
                self.0.insert(c.name.to_string());
            }
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => {
                self.0.extend(mentioned(&s));
            }
            other => self.generic_visit_stmt(other),
        }
    }
}

/// The names a top-level `name = value` (or `a, (b, *c) = value`, `a = b = value`,
/// `name: T = value`, `with cm as name:`) assigns.
fn assigned(s: &ast::Stmt) -> Vec<&str> {
    fn names<'a>(t: &'a ast::Expr, out: &mut Vec<&'a str>) {
        match t {
            ast::Expr::Name(n) => {
                if !out.contains(&n.id.as_str()) {
                    out.push(n.id.as_str());
                }
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|e| names(e, out))
            }
            ast::Expr::Starred(st) => names(&st.value, out),
            _ => {}
        }
    }
    let mut out = vec![];
    match s {
        ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| names(t, &mut out)),
        ast::Stmt::AnnAssign(a) if a.value.is_some() => {
            if let ast::Expr::Name(n) = a.target.as_ref() {
                out.push(n.id.as_str());
            }
        }
        // `with cm as name:` (one item): the name is assigned before the body runs.
        ast::Stmt::With(w) if w.items.len() == 1 => {
            if let Some(ast::Expr::Name(n)) = w.items[0].optional_vars.as_deref() {
                out.push(n.id.as_str());
            }
        }
        _ => {}
    }
    out
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

/// An assignment with its value reading the variables `before` names and its targets those
/// `after` names (the targets' subscripts and attributes are read after the names before
/// them are assigned: `i, d[i] = …` reads the new `i`).
fn retarget(
    s: ast::Stmt,
    before: HashMap<String, String>,
    after: HashMap<String, String>,
) -> ast::Stmt {
    match s {
        ast::Stmt::Assign(mut a) => {
            a.value = Box::new(rename_expr(*a.value, before));
            a.targets = a
                .targets
                .into_iter()
                .map(|t| rename_expr(t, after.clone()))
                .collect();
            ast::Stmt::Assign(a)
        }
        ast::Stmt::AnnAssign(mut a) => {
            a.value = a.value.map(|v| Box::new(rename_expr(*v, before)));
            a.target = Box::new(rename_expr(*a.target, after));
            ast::Stmt::AnnAssign(a)
        }
        other => rename(other, before),
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
    // A name a nested function declares `nonlocal` is the enclosing function's variable,
    // which it may assign.
    let mut nonlocals = Nonlocals::default();
    nonlocals.visit_stmt(s.clone());
    refs.extend(nonlocals.0);
    refs
}

/// The names declared `nonlocal` anywhere in a statement.
#[derive(Default)]
struct Nonlocals(HashSet<String>);

impl Visitor for Nonlocals {
    visit_skipped_parts!();

    fn visit_stmt_nonlocal(&mut self, node: ast::StmtNonlocal) {
        self.0.extend(node.names.iter().map(|n| n.to_string()));
    }
}

/// Names read by code that may run later than its statement: in a `lambda` or a generator
/// expression, or `del`eted, or declared `global` or `nonlocal`.
#[derive(Default)]
struct Later {
    names: HashSet<String>,
}

impl Visitor for Later {
    visit_skipped_parts!();

    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        super::closures::walk_comprehension(self, c);
    }

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
        if let ast::Stmt::Delete(_) | ast::Stmt::Global(_) | ast::Stmt::Nonlocal(_) = &s {
            self.names.extend(mentioned(&s));
            return;
        }
        self.generic_visit_stmt(s)
    }
}

#[derive(Default)]
struct Names(HashSet<String>);

impl Visitor for Names {
    visit_skipped_parts!();

    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.0.insert(node.id.to_string());
    }

    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        super::closures::walk_comprehension(self, c);
    }
}
