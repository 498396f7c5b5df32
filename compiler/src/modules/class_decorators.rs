//! Class decorators that hand the class back: `@register` (or `@register("box")`) on a
//! top-level class, where `register` is one of the program's top-level functions that records
//! the class somewhere and returns it unchanged — the registry pattern. CPython binds the name
//! to what the decorator returns; when that is always the class itself, the definition means
//! the class followed by the call, so the decorator becomes a statement after the class:
//!
//! ```python
//! @register("box")          class Box: ...
//! class Box: ...       →    register("box")(Box)
//! ```
//!
//! Likewise a classmethod or staticmethod of an earlier top-level class (`@Plugin.register`),
//! its class parameter the one after `cls`.
//!
//! A decorator "returns its class" when every `return` of the function (or, for a factory
//! like `register("box")`, of the one nested function the factory returns) returns its first
//! parameter, which the body never assigns, and the body ends in such a `return`. Any other
//! class decorator stays, and resolve reports it.

use rustpython_parser::ast;
use std::collections::HashMap;

/// The program's top-level statements with the class decorators that return their class
/// moved after their classes.
pub fn apply(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let funcs: HashMap<String, ast::StmtFunctionDef> = stmts
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(f) if f.decorator_list.is_empty() => {
                Some((f.name.to_string(), f.clone()))
            }
            _ => None,
        })
        .collect();
    let mut out = Vec::with_capacity(stmts.len());
    // The class and static methods of the classes so far, by class and name.
    let mut methods: HashMap<(String, String), ast::StmtFunctionDef> = HashMap::new();
    for s in stmts {
        let ast::Stmt::ClassDef(mut c) = s else {
            out.push(s);
            continue;
        };
        let decorated = c.decorator_list.is_empty()
            || !c
                .decorator_list
                .iter()
                .all(|d| returns_class(d, &funcs) || method_returns_class(d, &methods));
        for item in &c.body {
            if let ast::Stmt::FunctionDef(f) = item {
                methods.insert((c.name.to_string(), f.name.to_string()), f.clone());
            }
        }
        if decorated {
            out.push(ast::Stmt::ClassDef(c));
            continue;
        }
        // Applied bottom-up, as CPython applies them.
        let decorators = std::mem::take(&mut c.decorator_list);
        let (name, range) = (c.name.to_string(), c.range);
        out.push(ast::Stmt::ClassDef(c));
        for d in decorators.into_iter().rev() {
            let class = ast::Expr::Name(ast::ExprName {
                range,
                id: ast::Identifier::new(name.clone()),
                ctx: ast::ExprContext::Load,
            });
            let call = ast::Expr::Call(ast::ExprCall {
                range,
                func: Box::new(d),
                args: vec![class],
                keywords: vec![],
            });
            out.push(ast::Stmt::Expr(ast::StmtExpr {
                range,
                value: Box::new(call),
            }));
        }
    }
    out
}

/// Whether decorator `d` names one of `funcs` that returns its class (`@register`), or calls
/// one that returns such a function (`@register("box")`).
fn returns_class(d: &ast::Expr, funcs: &HashMap<String, ast::StmtFunctionDef>) -> bool {
    match d {
        ast::Expr::Name(n) => funcs
            .get(n.id.as_str())
            .is_some_and(|f| returns_first_param(&f.args, &f.body)),
        ast::Expr::Call(c) => match c.func.as_ref() {
            ast::Expr::Name(n) => funcs.get(n.id.as_str()).is_some_and(factory),
            _ => false,
        },
        _ => false,
    }
}

/// Whether decorator `d` is `Class.method` of a classmethod (or staticmethod) of one of
/// `methods` that returns its class argument (the parameter after `cls`).
fn method_returns_class(
    d: &ast::Expr,
    methods: &HashMap<(String, String), ast::StmtFunctionDef>,
) -> bool {
    let ast::Expr::Attribute(a) = d else {
        return false;
    };
    let ast::Expr::Name(class) = a.value.as_ref() else {
        return false;
    };
    let Some(f) = methods.get(&(class.id.to_string(), a.attr.to_string())) else {
        return false;
    };
    let kind = |name: &str| {
        f.decorator_list
            .iter()
            .any(|d| matches!(d, ast::Expr::Name(n) if n.id.as_str() == name))
    };
    let mut args = (*f.args).clone();
    if kind("classmethod") {
        if args.posonlyargs.is_empty() {
            if args.args.is_empty() {
                return false;
            }
            args.args.remove(0);
        } else {
            args.posonlyargs.remove(0);
        }
    } else if !kind("staticmethod") {
        return false;
    }
    f.decorator_list.len() == 1 && returns_first_param(&args, &f.body)
}

/// Whether factory `f` ends in `return inner`, `inner` a function defined in its body (and
/// bound nowhere else there) that returns its class; no other `return` in `f`.
fn factory(f: &ast::StmtFunctionDef) -> bool {
    let Some(ast::Stmt::Return(ast::StmtReturn {
        value: Some(value), ..
    })) = f.body.last()
    else {
        return false;
    };
    let ast::Expr::Name(inner) = value.as_ref() else {
        return false;
    };
    let defs: Vec<&ast::StmtFunctionDef> = f
        .body
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::FunctionDef(d) if d.name.as_str() == inner.id.as_str() => Some(d),
            _ => None,
        })
        .collect();
    let mut returns = 0;
    count_returns(&f.body, &mut returns);
    matches!(defs.as_slice(), [d] if d.decorator_list.is_empty() && returns_first_param(&d.args, &d.body))
        && returns == 1
        && !assigns(&f.body[..f.body.len() - 1], inner.id.as_str(), true)
}

/// Whether a function of `args` and `body` returns its first parameter wherever it returns,
/// ends in such a `return`, and never assigns the parameter.
fn returns_first_param(args: &ast::Arguments, body: &[ast::Stmt]) -> bool {
    let Some(first) = args.posonlyargs.iter().chain(&args.args).next() else {
        return false;
    };
    let param = first.def.arg.as_str();
    let returns_param = |s: &ast::Stmt| {
        matches!(s, ast::Stmt::Return(ast::StmtReturn { value: Some(v), .. })
            if matches!(v.as_ref(), ast::Expr::Name(n) if n.id.as_str() == param))
    };
    body.last().is_some_and(returns_param)
        && all_returns(body, &returns_param)
        && !assigns(body, param, false)
}

/// Whether every `return` in `body` (outside nested functions and classes) satisfies `ok`.
fn all_returns(body: &[ast::Stmt], ok: &dyn Fn(&ast::Stmt) -> bool) -> bool {
    body.iter().all(|s| match s {
        ast::Stmt::Return(_) => ok(s),
        ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => true,
        s => nested_bodies(s).iter().all(|b| all_returns(b, ok)),
    })
}

/// The number of `return`s in `body` (outside nested functions and classes), added to `n`.
fn count_returns(body: &[ast::Stmt], n: &mut usize) {
    for s in body {
        match s {
            ast::Stmt::Return(_) => *n += 1,
            ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
            s => nested_bodies(s).iter().for_each(|b| count_returns(b, n)),
        }
    }
}

/// Whether `body` binds `name` (an assignment, a loop or `with` target, an import, a
/// `global`/`nonlocal` declaration, a nested `def` or `class` of that name unless
/// `defs_allowed`), outside nested functions.
fn assigns(body: &[ast::Stmt], name: &str, defs_allowed: bool) -> bool {
    let mut names = vec![];
    for s in body {
        match s {
            ast::Stmt::FunctionDef(d) => {
                if !defs_allowed && d.name.as_str() == name {
                    return true;
                }
            }
            ast::Stmt::ClassDef(d) if d.name.as_str() == name => return true,
            ast::Stmt::Global(g) if g.names.iter().any(|n| n.as_str() == name) => return true,
            ast::Stmt::Nonlocal(g) if g.names.iter().any(|n| n.as_str() == name) => return true,
            s => {
                crate::resolve::collect_assigned(std::slice::from_ref(s), &mut names);
            }
        }
    }
    names.iter().any(|(n, _)| n == name)
}

/// The statement lists directly inside `s` (the arms of an `if`, a loop's body and `else`, a
/// `try`'s parts, a `with`'s body, a `match`'s cases).
fn nested_bodies(s: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    match s {
        ast::Stmt::If(x) => vec![&x.body, &x.orelse],
        ast::Stmt::For(x) => vec![&x.body, &x.orelse],
        ast::Stmt::While(x) => vec![&x.body, &x.orelse],
        ast::Stmt::With(x) => vec![&x.body],
        ast::Stmt::Try(x) => {
            let mut v: Vec<&[ast::Stmt]> = vec![&x.body, &x.orelse, &x.finalbody];
            for h in &x.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body);
            }
            v
        }
        ast::Stmt::Match(m) => m.cases.iter().map(|c| c.body.as_slice()).collect(),
        _ => vec![],
    }
}
