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
//! An `lru_cache` with an int `maxsize` also moves a hit to the end of the dict and, after a
//! store, drops the first (least recently used) entry when the dict grew past `maxsize`.
//! `f.cache_info()` and `f.cache_clear()` of a module-level function become calls on its dict
//! (and on a `$stats.f` list of the hits and misses, counted only when the program asks).
//!
//! The dict sits where the `def` is (a module global, or a local of the enclosing function that
//! the nested function captures; a method's next to its class, its key starting with `self`),
//! so no wrapper function is needed: recursive calls go through the cache, and nested memoized
//! functions work like any closure. Names starting with `$` cannot
//! occur in Python source, so they never meet the program's own. The standard library's
//! `functools.cache` and `functools.lru_cache` (`stdlib/functools.py`) exist so the imports
//! link; after linking their uses are the names `functools.cache` and `functools.lru_cache`.

use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// The module with every memoized function rewritten, and the calls of `f.cache_info()` and
/// `f.cache_clear()` of a module-level one made on its memo dict.
pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let inspected = inspected_functions(&module);
    let mut out = vec![];
    let mut caches: HashMap<String, Cached> = HashMap::new();
    for s in module {
        match s {
            ast::Stmt::FunctionDef(mut f) if f.decorator_list.iter().any(is_memoize) => {
                let i = f.decorator_list.iter().position(is_memoize).expect("found");
                if f.args.vararg.is_some() || f.args.kwarg.is_some() {
                    out.extend(block(vec![ast::Stmt::FunctionDef(f)]));
                    continue;
                }
                f.body = block(std::mem::take(&mut f.body));
                let decorator = f.decorator_list.remove(i);
                let cache = format!("$cache.{}", f.name);
                // The hit and miss counts, when the program asks for them.
                let stats = inspected
                    .contains(f.name.as_str())
                    .then(|| format!("$stats.{}", f.name));
                caches.insert(
                    f.name.to_string(),
                    Cached {
                        cache: cache.clone(),
                        stats: stats.clone(),
                        maxsize: maxsize(&decorator),
                    },
                );
                let r = f.range;
                if let Some(stats) = &stats {
                    let zeros = ast::Expr::List(ast::ExprList {
                        elts: vec![int(0, r), int(0, r)],
                        ctx: ast::ExprContext::Load,
                        range: r,
                    });
                    out.push(assign(name(stats, r, ast::ExprContext::Store), zeros, r));
                }
                let (dict, def) = memoize(f, cache, stats.as_deref(), &decorator);
                out.push(dict);
                out.push(ast::Stmt::FunctionDef(def));
            }
            other => out.extend(block(vec![other])),
        }
    }
    if caches.is_empty() {
        return out;
    }
    let mut calls = CacheCalls(caches);
    out.into_iter()
        .map(|s| match calls.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect()
}

/// A module-level memoized function's memo dict, hit/miss counts and `maxsize`.
struct Cached {
    cache: String,
    stats: Option<String>,
    maxsize: ast::Expr,
}

/// The module-level functions whose `cache_info()` the program calls.
fn inspected_functions(module: &[ast::Stmt]) -> HashSet<String> {
    #[derive(Default)]
    struct Calls(HashSet<String>);
    impl Visitor for Calls {
        visit_skipped_parts!();

        fn visit_expr_call(&mut self, c: ast::ExprCall) {
            if let ast::Expr::Attribute(a) = c.func.as_ref() {
                if let (ast::Expr::Name(f), "cache_info") = (a.value.as_ref(), a.attr.as_str()) {
                    self.0.insert(f.id.to_string());
                }
            }
            self.generic_visit_expr_call(c);
        }
        fn visit_comprehension(&mut self, c: ast::Comprehension) {
            super::closures::walk_comprehension(self, c);
        }
    }
    let mut v = Calls::default();
    for s in module {
        v.visit_stmt(s.clone());
    }
    v.0
}

/// The `maxsize` a decorator gives: None for `cache`, 128 for a bare `lru_cache`, else its
/// argument.
fn maxsize(d: &ast::Expr) -> ast::Expr {
    let r = d.range();
    match d {
        ast::Expr::Call(c) => c
            .args
            .first()
            .or_else(|| {
                c.keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "maxsize"))
                    .map(|k| &k.value)
            })
            .cloned()
            .unwrap_or_else(|| int(128, r)),
        ast::Expr::Name(n) if n.id.as_str() == "functools.lru_cache" => int(128, r),
        _ => ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::None,
            kind: None,
            range: r,
        }),
    }
}

/// The size an `lru_cache` keeps: its `maxsize` when that is an int literal (128 for a bare
/// `@lru_cache`); `None` for `@cache` and `maxsize=None`, which keep everything.
fn bound(d: &ast::Expr) -> Option<ast::Expr> {
    let m = maxsize(d);
    match &m {
        ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Int(_)) => Some(m),
        _ => None,
    }
}

/// Whether an `lru_cache` is `typed=True`.
fn typed(d: &ast::Expr) -> bool {
    let ast::Expr::Call(c) = d else {
        return false;
    };
    let literal = c.args.get(1).or_else(|| {
        (c.keywords.iter())
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "typed"))
            .map(|k| &k.value)
    });
    matches!(literal, Some(ast::Expr::Constant(k)) if matches!(k.value, ast::Constant::Bool(true)))
}

/// `f.cache_info()` → `functools._CacheInfo(hits, misses, maxsize, len(cache))`;
/// `f.cache_clear()` → `functools._cache_clear(cache, stats)` (or the dict's `clear()`).
struct CacheCalls(HashMap<String, Cached>);

impl Fold<ast::text_size::TextRange> for CacheCalls {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, e: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let ast::Expr::Call(c) = &e else {
            return ast::fold::fold_expr(self, e);
        };
        let ast::Expr::Attribute(a) = c.func.as_ref() else {
            return ast::fold::fold_expr(self, e);
        };
        let (ast::Expr::Name(f), true) = (a.value.as_ref(), c.args.is_empty()) else {
            return ast::fold::fold_expr(self, e);
        };
        let Some(info) = self.0.get(f.id.as_str()) else {
            return ast::fold::fold_expr(self, e);
        };
        let r = c.range;
        let load = |n: &str| name(n, r, ast::ExprContext::Load);
        let call = |func: ast::Expr, args: Vec<ast::Expr>| {
            ast::Expr::Call(ast::ExprCall {
                func: Box::new(func),
                args,
                keywords: vec![],
                range: r,
            })
        };
        let stat = |stats: &str, i: i64| {
            ast::Expr::Subscript(ast::ExprSubscript {
                value: Box::new(load(stats)),
                slice: Box::new(int(i, r)),
                ctx: ast::ExprContext::Load,
                range: r,
            })
        };
        Ok(match (a.attr.as_str(), &info.stats) {
            ("cache_info", Some(stats)) => call(
                load("functools._CacheInfo"),
                vec![
                    stat(stats, 0),
                    stat(stats, 1),
                    info.maxsize.clone(),
                    call(load("len"), vec![load(&info.cache)]),
                ],
            ),
            ("cache_clear", Some(stats)) => call(
                load("functools._cache_clear"),
                vec![load(&info.cache), load(stats)],
            ),
            ("cache_clear", None) => {
                let clear = ast::Expr::Attribute(ast::ExprAttribute {
                    value: Box::new(load(&info.cache)),
                    attr: ast::Identifier::new("clear"),
                    ctx: ast::ExprContext::Load,
                    range: r,
                });
                call(clear, vec![])
            }
            _ => return ast::fold::fold_expr(self, e),
        })
    }
}

pub(super) fn int(v: i64, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant {
        value: ast::Constant::Int(ast::bigint::BigInt::from(v)),
        kind: None,
        range,
    })
}

fn block(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut out = vec![];
    for s in stmts {
        match s {
            ast::Stmt::FunctionDef(mut f) => {
                f.body = block(std::mem::take(&mut f.body));
                match f.decorator_list.iter().position(is_memoize) {
                    Some(i) if f.args.vararg.is_none() && f.args.kwarg.is_none() => {
                        let decorator = f.decorator_list.remove(i);
                        let cache = format!("$cache.{}", f.name);
                        let (cache, def) = memoize(f, cache, None, &decorator);
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
                            // (Alone, or under `@staticmethod`: its key is its arguments.)
                            let static_over = matches!(f.decorator_list.as_slice(),
                                [ast::Expr::Name(s), _] if s.id.as_str() == "staticmethod");
                            let plain = (f.decorator_list.len() == 1 || static_over)
                                && f.args.vararg.is_none()
                                && f.args.kwarg.is_none();
                            if let (Some(i), true) = (at, plain) {
                                let decorator = f.decorator_list.remove(i);
                                let cache = format!("$cache.{}.{}", c.name, f.name);
                                let (cache, def) = memoize(f, cache, None, &decorator);
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
/// With `stats` (a module global `[hits, misses]`), each call counts itself there.
/// With a bound (an `lru_cache` of an int `maxsize`), a hit moves its entry to the end of the
/// memo dict and a miss past the size drops the first entry: CPython's least-recently-used
/// eviction. With `typed=True`, the key holds the arguments' types too (their names: `1`,
/// `1.0` and `True` are different calls).
fn memoize(
    mut f: ast::StmtFunctionDef,
    cache: String,
    stats: Option<&str>,
    decorator: &ast::Expr,
) -> (ast::Stmt, ast::StmtFunctionDef) {
    let bound = bound(decorator);
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
    let params = match typed(decorator) {
        false => params,
        true => {
            let type_name = |p: &ast::Expr| {
                ast::Expr::Attribute(ast::ExprAttribute {
                    value: Box::new(ast::Expr::Call(ast::ExprCall {
                        func: Box::new(name("type", r, ast::ExprContext::Load)),
                        args: vec![p.clone()],
                        keywords: vec![],
                        range: r,
                    })),
                    attr: ast::Identifier::new("__name__"),
                    ctx: ast::ExprContext::Load,
                    range: r,
                })
            };
            let types: Vec<ast::Expr> = params.iter().map(type_name).collect();
            params.into_iter().chain(types).collect()
        }
    };
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
    let mut evict = vec![];
    if let Some(n) = bound {
        let placeholders = |n: ast::Expr| {
            HashMap::from([
                ("CACHE".to_string(), name(&cache, r, ast::ExprContext::Load)),
                ("KEY".to_string(), name(key, r, ast::ExprContext::Load)),
                ("N".to_string(), n),
            ])
        };
        let hit = "RESULT = CACHE.pop(KEY)\nCACHE[KEY] = RESULT\nreturn RESULT\n";
        let hit = hit.replace("RESULT", "result_");
        let mut moved =
            super::dataclasses::place_generated(&hit, "<lru_cache>", r, placeholders(n.clone()))
                .expect("the hit parses");
        rename_result(&mut moved);
        if let ast::Stmt::If(h) = &mut body[1] {
            h.body = moved;
        }
        // (The first key by a loop over the dict, not `next(iter(CACHE))`, which would make
        // a generator at each eviction.)
        let drop_oldest = "if len(CACHE) > N:\n    for oldest_ in CACHE:\n        del CACHE[oldest_]\n        break\n";
        evict = super::dataclasses::place_generated(drop_oldest, "<lru_cache>", r, placeholders(n))
            .expect("the eviction parses");
        rename_result(&mut evict);
    }
    if let Some(stats) = stats {
        // `$stats[0] += 1` on a hit, `$stats[1] += 1` on a miss.
        let bump = |i: i64| {
            ast::Stmt::AugAssign(ast::StmtAugAssign {
                target: Box::new(ast::Expr::Subscript(ast::ExprSubscript {
                    value: Box::new(name(stats, r, ast::ExprContext::Load)),
                    slice: Box::new(int(i, r)),
                    ctx: ast::ExprContext::Store,
                    range: r,
                })),
                op: ast::Operator::Add,
                value: Box::new(int(1, r)),
                range: r,
            })
        };
        if let ast::Stmt::If(hit) = &mut body[1] {
            hit.body.insert(0, bump(0));
        }
        body.push(bump(1));
    }
    let mut rest = returns(std::mem::take(&mut f.body), &cache, key, &evict);
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
        body.extend(store_and_return(none, &cache, key, &evict, r));
    }
    f.body = body;
    (dict, f)
}

/// `$result = value; $cache[$key] = $result; return $result`.
/// The generated hit's `result_` made the hidden `$result` (a `$` cannot be parsed).
fn rename_result(stmts: &mut Vec<ast::Stmt>) {
    let names = HashMap::from([
        ("result_".to_string(), "$result".to_string()),
        ("oldest_".to_string(), "$oldest".to_string()),
    ]);
    let mut renamer = crate::modules::Renamer::of(names);
    *stmts = std::mem::take(stmts)
        .into_iter()
        .map(|s| match renamer.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect();
}

/// A bounded cache (`evict`) then drops its least recently used entry when it grew past its
/// size.
fn store_and_return(
    value: ast::Expr,
    cache: &str,
    key: &str,
    evict: &[ast::Stmt],
    r: ast::text_size::TextRange,
) -> Vec<ast::Stmt> {
    let mut out = vec![
        assign(name("$result", r, ast::ExprContext::Store), value, r),
        assign(
            subscript(cache, key, r, ast::ExprContext::Store),
            name("$result", r, ast::ExprContext::Load),
            r,
        ),
    ];
    out.extend(evict.iter().cloned());
    out.push(ast::Stmt::Return(ast::StmtReturn {
        value: Some(Box::new(name("$result", r, ast::ExprContext::Load))),
        range: r,
    }));
    out
}

/// The body with every `return` of this function (not of nested ones) storing its value first.
fn returns(stmts: Vec<ast::Stmt>, cache: &str, key: &str, evict: &[ast::Stmt]) -> Vec<ast::Stmt> {
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
                out.extend(store_and_return(value, cache, key, evict, r));
            }
            ast::Stmt::If(mut i) => {
                i.body = returns(i.body, cache, key, evict);
                i.orelse = returns(i.orelse, cache, key, evict);
                out.push(ast::Stmt::If(i));
            }
            ast::Stmt::For(mut l) => {
                l.body = returns(l.body, cache, key, evict);
                l.orelse = returns(l.orelse, cache, key, evict);
                out.push(ast::Stmt::For(l));
            }
            ast::Stmt::While(mut l) => {
                l.body = returns(l.body, cache, key, evict);
                l.orelse = returns(l.orelse, cache, key, evict);
                out.push(ast::Stmt::While(l));
            }
            ast::Stmt::With(mut w) => {
                w.body = returns(w.body, cache, key, evict);
                out.push(ast::Stmt::With(w));
            }
            ast::Stmt::Try(mut t) => {
                t.body = returns(t.body, cache, key, evict);
                t.handlers = t
                    .handlers
                    .into_iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(mut h) = h;
                        h.body = returns(h.body, cache, key, evict);
                        ast::ExceptHandler::ExceptHandler(h)
                    })
                    .collect();
                t.orelse = returns(t.orelse, cache, key, evict);
                t.finalbody = returns(t.finalbody, cache, key, evict);
                out.push(ast::Stmt::Try(t));
            }
            other => out.push(other),
        }
    }
    out
}
