//! `@functools.cache` and `@functools.lru_cache(...)` on a function: before resolution, the
//! function is rewritten to keep its own memo dict, keyed by its arguments.
//!
//! ```text
//! @cache                        $cache.f = {}
//! def f(a, b):                  def f(a, b):
//!     …                             $key = (a, b)
//!     return x                      if $key in $cache.f:
//!                                       return $cache.f[$key]
//!                                   …
//!                                   $result = x
//!                                   $cache.f[$key] = $result
//!                                   return $result
//! ```
//!
//! The dict sits where the `def` is (a module global, or a local of the enclosing function that
//! the nested function captures; a method's next to its class, its key starting with `self`),
//! so no wrapper function is needed: recursive calls go through the cache, and nested memoized
//! functions work like any closure. Names starting with `$` cannot
//! occur in Python source, so they never meet the program's own. The standard library's
//! `functools.cache` and `functools.lru_cache` (`stdlib/functools.py`) exist so the imports
//! link; after linking their uses are the names `functools.cache` and `functools.lru_cache`.

use rustpython_parser::ast;

/// The module with every memoized function rewritten.
pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    block(module)
}

fn block(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut out = vec![];
    for s in stmts {
        match s {
            ast::Stmt::FunctionDef(mut f) => {
                f.body = block(std::mem::take(&mut f.body));
                match f.decorator_list.iter().position(is_memoize) {
                    Some(i) if f.args.vararg.is_none() && f.args.kwarg.is_none() => {
                        f.decorator_list.remove(i);
                        let cache = format!("$cache.{}", f.name);
                        let (cache, def) = memoize(f, cache);
                        out.push(cache);
                        out.push(ast::Stmt::FunctionDef(def));
                    }
                    _ => out.push(ast::Stmt::FunctionDef(f)),
                }
            }
            ast::Stmt::ClassDef(mut c) => {
                // A memoized method keeps its memo dict next to the class, keyed by `self`
                // and its arguments, as CPython's (which keeps each `self` alive with it).
                let mut caches = vec![];
                c.body = c
                    .body
                    .into_iter()
                    .map(|s| match s {
                        ast::Stmt::FunctionDef(mut f) => {
                            f.body = block(std::mem::take(&mut f.body));
                            let at = f.decorator_list.iter().position(is_memoize);
                            let plain = f.decorator_list.len() == 1
                                && f.args.vararg.is_none()
                                && f.args.kwarg.is_none();
                            if let (Some(i), true) = (at, plain) {
                                f.decorator_list.remove(i);
                                let cache = format!("$cache.{}.{}", c.name, f.name);
                                let (cache, def) = memoize(f, cache);
                                caches.push(cache);
                                return ast::Stmt::FunctionDef(def);
                            }
                            ast::Stmt::FunctionDef(f)
                        }
                        other => other,
                    })
                    .collect();
                out.extend(caches);
                out.push(ast::Stmt::ClassDef(c));
            }
            other => out.push(other),
        }
    }
    out
}

/// `@functools.cache`, `@functools.lru_cache`, `@functools.lru_cache(…)`.
fn is_memoize(d: &ast::Expr) -> bool {
    let name = |e: &ast::Expr| match e {
        ast::Expr::Name(n) => matches!(n.id.as_str(), "functools.cache" | "functools.lru_cache"),
        _ => false,
    };
    match d {
        ast::Expr::Call(c) => {
            matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "functools.lru_cache")
        }
        other => name(other),
    }
}

fn name(id: &str, range: ast::text_size::TextRange, ctx: ast::ExprContext) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        id: ast::Identifier::new(id),
        ctx,
        range,
    })
}

fn subscript(
    cache: &str,
    key: &str,
    r: ast::text_size::TextRange,
    ctx: ast::ExprContext,
) -> ast::Expr {
    ast::Expr::Subscript(ast::ExprSubscript {
        value: Box::new(name(cache, r, ast::ExprContext::Load)),
        slice: Box::new(name(key, r, ast::ExprContext::Load)),
        ctx,
        range: r,
    })
}

fn assign(target: ast::Expr, value: ast::Expr, r: ast::text_size::TextRange) -> ast::Stmt {
    ast::Stmt::Assign(ast::StmtAssign {
        targets: vec![target],
        value: Box::new(value),
        type_comment: None,
        range: r,
    })
}

/// The cache's definition and the rewritten function.
fn memoize(mut f: ast::StmtFunctionDef, cache: String) -> (ast::Stmt, ast::StmtFunctionDef) {
    let r = f.range;
    let key = "$key";
    let dict = assign(
        name(&cache, r, ast::ExprContext::Store),
        ast::Expr::Dict(ast::ExprDict {
            keys: vec![],
            values: vec![],
            range: r,
        }),
        r,
    );
    let params: Vec<ast::Expr> = f
        .args
        .posonlyargs
        .iter()
        .chain(&f.args.args)
        .chain(&f.args.kwonlyargs)
        .map(|a| name(a.def.arg.as_str(), r, ast::ExprContext::Load))
        .collect();
    let key_value = if params.len() == 1 {
        params[0].clone()
    } else {
        ast::Expr::Tuple(ast::ExprTuple {
            elts: params,
            ctx: ast::ExprContext::Load,
            range: r,
        })
    };
    let mut body = vec![
        assign(name(key, r, ast::ExprContext::Store), key_value, r),
        ast::Stmt::If(ast::StmtIf {
            test: Box::new(ast::Expr::Compare(ast::ExprCompare {
                left: Box::new(name(key, r, ast::ExprContext::Load)),
                ops: vec![ast::CmpOp::In],
                comparators: vec![name(&cache, r, ast::ExprContext::Load)],
                range: r,
            })),
            body: vec![ast::Stmt::Return(ast::StmtReturn {
                value: Some(Box::new(subscript(&cache, key, r, ast::ExprContext::Load))),
                range: r,
            })],
            orelse: vec![],
            range: r,
        }),
    ];
    let mut rest = returns(std::mem::take(&mut f.body), &cache, key);
    let falls_through = !rest
        .last()
        .is_some_and(|s| matches!(s, ast::Stmt::Return(_) | ast::Stmt::Raise(_)));
    body.append(&mut rest);
    if falls_through {
        let none = ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::None,
            kind: None,
            range: r,
        });
        body.extend(store_and_return(none, &cache, key, r));
    }
    f.body = body;
    (dict, f)
}

/// `$result = value; $cache[$key] = $result; return $result`.
fn store_and_return(
    value: ast::Expr,
    cache: &str,
    key: &str,
    r: ast::text_size::TextRange,
) -> Vec<ast::Stmt> {
    vec![
        assign(name("$result", r, ast::ExprContext::Store), value, r),
        assign(
            subscript(cache, key, r, ast::ExprContext::Store),
            name("$result", r, ast::ExprContext::Load),
            r,
        ),
        ast::Stmt::Return(ast::StmtReturn {
            value: Some(Box::new(name("$result", r, ast::ExprContext::Load))),
            range: r,
        }),
    ]
}

/// The body with every `return` of this function (not of nested ones) storing its value first.
fn returns(stmts: Vec<ast::Stmt>, cache: &str, key: &str) -> Vec<ast::Stmt> {
    let mut out = vec![];
    for s in stmts {
        match s {
            ast::Stmt::Return(ret) => {
                let r = ret.range;
                let value = match ret.value {
                    Some(v) => *v,
                    None => ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::None,
                        kind: None,
                        range: r,
                    }),
                };
                out.extend(store_and_return(value, cache, key, r));
            }
            ast::Stmt::If(mut i) => {
                i.body = returns(i.body, cache, key);
                i.orelse = returns(i.orelse, cache, key);
                out.push(ast::Stmt::If(i));
            }
            ast::Stmt::For(mut l) => {
                l.body = returns(l.body, cache, key);
                l.orelse = returns(l.orelse, cache, key);
                out.push(ast::Stmt::For(l));
            }
            ast::Stmt::While(mut l) => {
                l.body = returns(l.body, cache, key);
                l.orelse = returns(l.orelse, cache, key);
                out.push(ast::Stmt::While(l));
            }
            ast::Stmt::With(mut w) => {
                w.body = returns(w.body, cache, key);
                out.push(ast::Stmt::With(w));
            }
            ast::Stmt::Try(mut t) => {
                t.body = returns(t.body, cache, key);
                t.handlers = t
                    .handlers
                    .into_iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(mut h) = h;
                        h.body = returns(h.body, cache, key);
                        ast::ExceptHandler::ExceptHandler(h)
                    })
                    .collect();
                t.orelse = returns(t.orelse, cache, key);
                t.finalbody = returns(t.finalbody, cache, key);
                out.push(ast::Stmt::Try(t));
            }
            other => out.push(other),
        }
    }
    out
}
