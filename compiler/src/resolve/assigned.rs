//! The names a block of statements binds: by assignment, as loop or `with` variables, by the
//! walrus operator (also inside comprehensions), and by `global` declarations. The scopes of
//! functions and modules are made of them.

use rustpython_parser::ast;
use std::collections::HashSet;

/// Every name a block binds by assignment or as a loop variable (not inside nested defs).
pub(crate) fn collect_assigned(
    stmts: &[ast::Stmt],
    out: &mut Vec<(String, ast::text_size::TextRange)>,
) {
    fn target(t: &ast::Expr, out: &mut Vec<(String, ast::text_size::TextRange)>) {
        match t {
            ast::Expr::Name(n) => {
                if !out.iter().any(|(name, _)| name == n.id.as_str()) {
                    out.push((n.id.to_string(), n.range));
                }
            }
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::Starred(s) => target(&s.value, out),
            _ => {}
        }
    }
    for s in stmts {
        // `(name := value)` anywhere in the statement's expressions (comprehensions included,
        // which bind it in the enclosing scope; not inside nested functions).
        let mut walrus = WalrusTargets(vec![]);
        rustpython_ast::Visitor::visit_stmt(&mut walrus, s.clone());
        for n in walrus.0 {
            target(&ast::Expr::Name(n), out);
        }
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            // (`del x` makes `x` a local of the function, as an assignment does.)
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::For(f) => {
                target(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_assigned(&i.body, out);
                collect_assigned(&i.orelse, out);
            }
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        target(v, out);
                    }
                }
                collect_assigned(&w.body, out);
            }
            ast::Stmt::Try(t) => {
                collect_assigned(&t.body, out);
                // `except … as e` binds a variable of the clause only (see `try_stmt`).
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// The names of the functions defined by `def` inside the compound statements of `stmts`
/// (under `if`, in loops, `try` and `with`; not inside functions or classes).
pub(super) fn nested_defs(stmts: &[ast::Stmt]) -> Vec<(String, ast::text_size::TextRange)> {
    fn walk(stmts: &[ast::Stmt], top: bool, out: &mut Vec<(String, ast::text_size::TextRange)>) {
        for s in stmts {
            let blocks: Vec<&[ast::Stmt]> = match s {
                ast::Stmt::FunctionDef(f) if !top => {
                    out.push((f.name.to_string(), f.range));
                    vec![]
                }
                ast::Stmt::For(f) => vec![&f.body, &f.orelse],
                ast::Stmt::While(w) => vec![&w.body, &w.orelse],
                ast::Stmt::If(i) => vec![&i.body, &i.orelse],
                ast::Stmt::With(w) => vec![&w.body],
                ast::Stmt::Try(t) => {
                    let mut b: Vec<&[ast::Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        b.push(&h.body);
                    }
                    b
                }
                _ => vec![],
            };
            for b in blocks {
                walk(b, false, out);
            }
        }
    }
    let mut out = vec![];
    walk(stmts, true, &mut out);
    out
}

/// The targets of the walrus operators in a statement, outside nested functions.
pub(super) struct WalrusTargets(pub(super) Vec<ast::ExprName>);

impl rustpython_ast::Visitor for WalrusTargets {
    visit_skipped_parts!();

    fn visit_expr_named_expr(&mut self, n: ast::ExprNamedExpr) {
        if let ast::Expr::Name(t) = n.target.as_ref() {
            self.0.push(t.clone());
        }
        self.visit_expr(*n.value);
    }
    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        self.visit_expr(c.iter);
        for e in c.ifs {
            self.visit_expr(e);
        }
    }
    fn visit_stmt_function_def(&mut self, _: ast::StmtFunctionDef) {}
    fn visit_expr_lambda(&mut self, _: ast::ExprLambda) {}
    fn visit_stmt_class_def(&mut self, _: ast::StmtClassDef) {}
}

/// The names the walruses in generator expression `g` assign (in its element and conditions,
/// nested comprehensions included): as in CPython, they are variables of the enclosing
/// function (or module), which the generator's function declares `nonlocal` (`global`).
pub(crate) fn genexpr_walrus_targets(g: &ast::ExprGeneratorExp) -> Vec<String> {
    let mut walrus = WalrusTargets(vec![]);
    rustpython_ast::Visitor::visit_expr(&mut walrus, (*g.elt).clone());
    for c in &g.generators {
        for e in &c.ifs {
            rustpython_ast::Visitor::visit_expr(&mut walrus, e.clone());
        }
    }
    let mut names: Vec<String> = vec![];
    for n in walrus.0 {
        if !names.iter().any(|m| m == n.id.as_str()) {
            names.push(n.id.to_string());
        }
    }
    names
}

pub(crate) fn collect_global_decls(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in stmts {
        match s {
            ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            ast::Stmt::For(f) => {
                collect_global_decls(&f.body, out);
                collect_global_decls(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_global_decls(&w.body, out);
                collect_global_decls(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_global_decls(&i.body, out);
                collect_global_decls(&i.orelse, out);
            }
            ast::Stmt::Try(t) => {
                collect_global_decls(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_global_decls(&h.body, out);
                }
                collect_global_decls(&t.orelse, out);
                collect_global_decls(&t.finalbody, out);
            }
            _ => {}
        }
    }
}
