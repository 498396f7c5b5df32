//! Class-body assignments that bind several names, rewritten as one assignment per name
//! before the class is read (`class_defs.rs` sees only `NAME = value`):
//!
//! - `A = B = value`: `A = value`, then `B = A` (the value is evaluated once; the targets are
//!   bound left to right, as in CPython).
//! - `RED, GREEN, BLUE = range(3)` (constant arguments) and `X, Y = 1, 2` (a tuple or list
//!   display whose items read none of the targets): `RED = 0`, `GREEN = 1`, … The number of
//!   values is known, so a mismatch stays the refused unpacking it was, and evaluating the
//!   items in turn reads nothing the earlier bindings change.
//! - `__hash__ = object.__hash__`: a `__hash__` method hashing the object's address, as
//!   CPython's does.
//! - `describe = lambda self: …`: the method `def describe(self): return …` (a function in a
//!   class body is a method, whichever way it was written).
//! - `price = 0.0` (or `price: float = 0.0`) before a `def price` (a property, usually): the
//!   def rebinds the name, so the value, of no effect when evaluated, is dropped (the
//!   annotation stays: a dataclass field without a default).

use super::decorators::load;
use super::memoize::int;
use rustpython_parser::ast::{self, Ranged};

/// The module with the multi-name assignments of its class bodies split into single ones.
pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    module
        .into_iter()
        .map(|stmt| match stmt {
            ast::Stmt::ClassDef(mut c) => {
                c.body = rebound_by_defs(c.body.into_iter().flat_map(split).collect());
                ast::Stmt::ClassDef(c)
            }
            other => other,
        })
        .collect()
}

/// `body` without the values that a later `def` of the same name rebinds before the class
/// exists, when evaluating them has no effect (a constant or a display of constants).
fn rebound_by_defs(body: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let defined_after = |i: usize, name: &str| {
        body[i + 1..].iter().any(|s| match s {
            ast::Stmt::FunctionDef(f) => f.name.as_str() == name,
            ast::Stmt::AsyncFunctionDef(f) => f.name.as_str() == name,
            _ => false,
        })
    };
    let rebound: Vec<bool> = (body.iter().enumerate())
        .map(|(i, s)| match s {
            ast::Stmt::Assign(a) => match a.targets.as_slice() {
                [ast::Expr::Name(n)] => pure(&a.value) && defined_after(i, n.id.as_str()),
                _ => false,
            },
            ast::Stmt::AnnAssign(a) => match (a.target.as_ref(), &a.value) {
                (ast::Expr::Name(n), Some(v)) => pure(v) && defined_after(i, n.id.as_str()),
                _ => false,
            },
            _ => false,
        })
        .collect();
    body.into_iter()
        .zip(rebound)
        .filter_map(|(s, rebound)| match (s, rebound) {
            (s, false) => Some(s),
            (ast::Stmt::AnnAssign(mut a), true) => {
                a.value = None;
                Some(ast::Stmt::AnnAssign(a))
            }
            (_, true) => None,
        })
        .collect()
}

/// Whether evaluating `e` has no effect (and cannot fail).
fn pure(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(u) => matches!(u.operand.as_ref(), ast::Expr::Constant(_)),
        ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. }) => elts.iter().all(pure),
        _ => false,
    }
}

/// One class-body statement as the single-name assignments it makes (itself when it is not a
/// multi-name assignment natrix splits).
fn split(stmt: ast::Stmt) -> Vec<ast::Stmt> {
    let ast::Stmt::Assign(a) = &stmt else {
        return vec![stmt];
    };
    let range = a.range;
    if let ([ast::Expr::Name(t)], ast::Expr::Lambda(l)) = (a.targets.as_slice(), a.value.as_ref()) {
        let body = ast::Stmt::Return(ast::StmtReturn {
            range: l.body.range(),
            value: Some(l.body.clone()),
        });
        return vec![ast::Stmt::FunctionDef(ast::StmtFunctionDef {
            range,
            name: t.id.clone(),
            args: l.args.clone(),
            body: vec![body],
            decorator_list: vec![],
            returns: None,
            type_comment: None,
            type_params: vec![],
        })];
    }
    // `__hash__ = object.__hash__`: identity hashing kept beside an `__eq__` (the default one
    // hashes the object's address too).
    if let ([ast::Expr::Name(t)], ast::Expr::Attribute(v)) =
        (a.targets.as_slice(), a.value.as_ref())
    {
        if t.id.as_str() == "__hash__"
            && v.attr.as_str() == "__hash__"
            && matches!(v.value.as_ref(), ast::Expr::Name(o) if o.id.as_str() == "object")
        {
            let src = "def __hash__(self):\n    return id(self) >> 4\n";
            return super::dataclasses::place_generated(
                src,
                "<class body>",
                range,
                Default::default(),
            )
            .expect("the identity hash parses");
        }
    }
    if a.targets.len() > 1 {
        let Some(names) = a.targets.iter().map(name_of).collect::<Option<Vec<_>>>() else {
            return vec![stmt];
        };
        let mut out = vec![assign(names[0], (*a.value).clone(), range)];
        for pair in names.windows(2) {
            out.push(assign(pair[1], load(pair[0], range), range));
        }
        return out;
    }
    let (ast::Expr::Tuple(ast::ExprTuple { elts, .. })
    | ast::Expr::List(ast::ExprList { elts, .. })) = &a.targets[0]
    else {
        return vec![stmt];
    };
    let Some(names) = elts.iter().map(name_of).collect::<Option<Vec<_>>>() else {
        return vec![stmt];
    };
    let Some(values) = unpacked_values(&a.value, &names) else {
        return vec![stmt];
    };
    if values.len() != names.len() {
        return vec![stmt];
    }
    names
        .into_iter()
        .zip(values)
        .map(|(n, v)| assign(n, v, range))
        .collect()
}

/// The values `value` unpacks into, each evaluated on its own: the items of a display that
/// mention none of `targets`, or the ints of `range()` with constant arguments.
fn unpacked_values(value: &ast::Expr, targets: &[&str]) -> Option<Vec<ast::Expr>> {
    match value {
        ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. }) => {
            let reads_target = elts.iter().any(|e| {
                matches!(e, ast::Expr::Starred(_))
                    || super::loopvars::mentioned(&expr_stmt(e))
                        .iter()
                        .any(|n| targets.contains(&n.as_str()))
            });
            (!reads_target).then(|| elts.clone())
        }
        ast::Expr::Call(c) if c.keywords.is_empty() && is_name(&c.func, "range") => {
            let args: Vec<i64> = c.args.iter().map(int_constant).collect::<Option<_>>()?;
            let (start, stop, step) = match args.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] if *step != 0 => (*start, *stop, *step),
                _ => return None,
            };
            // (Only as many as a class body could name: a long range is not expanded.)
            let mut out = vec![];
            let mut v = start;
            while (step > 0 && v < stop) || (step < 0 && v > stop) {
                if out.len() > targets.len() {
                    return None;
                }
                out.push(int(v, c.range));
                v = v.checked_add(step)?;
            }
            Some(out)
        }
        _ => None,
    }
}

fn name_of(e: &ast::Expr) -> Option<&str> {
    match e {
        ast::Expr::Name(n) => Some(n.id.as_str()),
        _ => None,
    }
}

fn is_name(e: &ast::Expr, name: &str) -> bool {
    name_of(e) == Some(name)
}

/// A (possibly negated) int literal that fits in 62 bits.
fn int_constant(e: &ast::Expr) -> Option<i64> {
    match e {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Int(v),
            ..
        }) => v
            .to_string()
            .parse::<i64>()
            .ok()
            .filter(|v| v.unsigned_abs() < 1 << 61),
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => int_constant(&u.operand).map(|v| -v),
        _ => None,
    }
}

fn expr_stmt(e: &ast::Expr) -> ast::Stmt {
    ast::Stmt::Expr(ast::StmtExpr {
        range: e.range(),
        value: Box::new(e.clone()),
    })
}

/// `name = value`, at `range`.
pub(super) fn assign(name: &str, value: ast::Expr, range: ast::text_size::TextRange) -> ast::Stmt {
    ast::Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![ast::Expr::Name(ast::ExprName {
            range,
            id: ast::Identifier::new(name),
            ctx: ast::ExprContext::Store,
        })],
        value: Box::new(value),
        type_comment: None,
    })
}
