//! Import guards: a module-level `try:` of imports whose handlers catch only `ImportError` (or
//! `ModuleNotFoundError`), the way programs fall back when an optional module is missing.
//! Which modules exist is known when compiling, so the guard is decided then: when every module
//! it imports is one natrix provides, the `try` body runs (then its `else` and `finally`);
//! otherwise the imports before the first missing module run, then the handler (as CPython
//! does where that module is not installed), then the `finally`.
//!
//! The main guard, `if __name__ == "__main__":`, is decided too: the program is always the
//! main module, so its body runs (its `else` never), as statements of the module itself —
//! the functions and classes it defines are the module's, as in CPython.

use rustpython_parser::ast;

/// The program's top-level statements with its import guards and main guard decided.
pub fn decide(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut out = vec![];
    for stmt in stmts {
        match stmt {
            ast::Stmt::Try(t) if is_guard(&t) => out.extend(expand(t)),
            ast::Stmt::If(i) => match main_guard(&i.test) {
                Some(true) => out.extend(decide(i.body)),
                Some(false) => out.extend(decide(i.orelse)),
                None => out.push(ast::Stmt::If(i)),
            },
            other => out.push(other),
        }
    }
    out
}

/// Whether `test` is `__name__ == "__main__"` (true) or `__name__ != "__main__"` (false);
/// `None` for any other test.
fn main_guard(test: &ast::Expr) -> Option<bool> {
    let ast::Expr::Compare(c) = test else {
        return None;
    };
    let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else {
        return None;
    };
    let is_name = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &ast::Expr| {
        matches!(e, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. })
            if s == "__main__")
    };
    if !((is_name(&c.left) && is_main(right)) || (is_main(&c.left) && is_name(right))) {
        return None;
    }
    match op {
        ast::CmpOp::Eq => Some(true),
        ast::CmpOp::NotEq => Some(false),
        _ => None,
    }
}

/// Whether `t` catches only import failures (without binding the exception) around a body
/// that begins with an import.
fn is_guard(t: &ast::StmtTry) -> bool {
    let starts_with_import = matches!(
        t.body.first(),
        Some(ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_))
    );
    starts_with_import
        && !t.handlers.is_empty()
        && t.handlers.iter().all(|h| {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            h.name.is_none() && h.type_.as_deref().is_some_and(catches_import_error)
        })
}

fn catches_import_error(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(n) => matches!(n.id.as_str(), "ImportError" | "ModuleNotFoundError"),
        ast::Expr::Tuple(t) => !t.elts.is_empty() && t.elts.iter().all(catches_import_error),
        _ => false,
    }
}

/// Whether an import statement names a module natrix does not provide.
fn missing(stmt: &ast::Stmt) -> bool {
    let provided = |m: &str| super::AVAILABLE.contains(&m.split('.').next().unwrap_or(m));
    match stmt {
        ast::Stmt::Import(i) => i.names.iter().any(|a| !provided(a.name.as_str())),
        ast::Stmt::ImportFrom(i) => {
            let relative = i.level.is_some_and(|l| l.to_u32() > 0);
            relative || !i.module.as_ref().is_some_and(|m| provided(m.as_str()))
        }
        _ => false,
    }
}

fn expand(t: ast::StmtTry) -> Vec<ast::Stmt> {
    let mut out = vec![];
    match t.body.iter().position(missing) {
        None => {
            out.extend(t.body);
            out.extend(t.orelse);
        }
        Some(k) => {
            out.extend(t.body.into_iter().take(k));
            if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.into_iter().next() {
                out.extend(h.body);
            }
        }
    }
    out.extend(t.finalbody);
    out
}
