//! Which expressions CPython's AST optimizer folds into constants (`12 - -3`, `2 ** 4`,
//! `"x" * 3`): a set display of three or more of them is built from a folded frozenset, in
//! that frozenset's order.

use super::*;

/// Whether an expression is a constant after CPython's AST optimizer folds it: numbers,
/// strings, None, bools, tuples of them, and unary and binary operators on them (`12 - -3`)
/// whose folding succeeds (no division by zero, results within the optimizer's size limits).
pub(super) fn is_constant(e: &Expr) -> bool {
    folded(e).is_some()
}

/// The value of an int expression CPython folds into a constant (`10**9 + 7`, `-(1 << 20)`),
/// when it is a small int.
pub(super) fn int_value(e: &Expr) -> Option<i64> {
    match folded(e)? {
        Folded::Int(Some(v)) if v.unsigned_abs() < 1 << 62 => Some(v as i64),
        _ => None,
    }
}

/// A folded constant, as far as [`is_constant`] needs to know it: an int's value when it is
/// small enough to matter for the size limits, else just its kind.
#[derive(Clone, Copy, PartialEq)]
enum Folded {
    Int(Option<i128>),
    Float,
    Str(usize),
    Other,
}

fn folded(e: &Expr) -> Option<Folded> {
    use crate::hir::{BinOp, UnaryOp};
    Some(match &e.kind {
        ExprKind::Int(v) => Folded::Int(Some(*v as i128)),
        ExprKind::Bool(b) => Folded::Int(Some(*b as i128)),
        ExprKind::BigInt(_) => Folded::Int(None),
        ExprKind::Float(_) => Folded::Float,
        ExprKind::Str(s) => Folded::Str(s.chars().count()),
        ExprKind::None => Folded::Other,
        ExprKind::Tuple(items) => {
            for i in items {
                folded(i)?;
            }
            Folded::Other
        }
        ExprKind::Unary(op, x) => match (op, folded(x)?) {
            (UnaryOp::Not, _) => Folded::Int(None),
            (UnaryOp::Neg, Folded::Int(v)) => Folded::Int(v.map(|v| -v)),
            (UnaryOp::Invert, Folded::Int(v)) => Folded::Int(v.map(|v| !v)),
            (UnaryOp::Pos, Folded::Int(v)) => Folded::Int(v),
            (UnaryOp::Neg | UnaryOp::Pos, Folded::Float) => Folded::Float,
            _ => return None,
        },
        ExprKind::Binary(op, a, b) => {
            let (x, y) = (folded(a)?, folded(b)?);
            // An int's value, when known and small.
            let small = |v: Option<i128>| v.filter(|v| v.unsigned_abs() < 1 << 62);
            match (op, x, y) {
                (
                    BinOp::Add | BinOp::Sub | BinOp::Mul,
                    Folded::Float,
                    Folded::Int(_) | Folded::Float,
                )
                | (BinOp::Add | BinOp::Sub | BinOp::Mul, Folded::Int(_), Folded::Float) => {
                    Folded::Float
                }
                (BinOp::Add, Folded::Int(p), Folded::Int(q)) => {
                    Folded::Int(small(p).zip(small(q)).map(|(p, q)| p + q))
                }
                (BinOp::Sub, Folded::Int(p), Folded::Int(q)) => {
                    Folded::Int(small(p).zip(small(q)).map(|(p, q)| p - q))
                }
                // The optimizer folds products of at most 128 bits.
                (BinOp::Mul, Folded::Int(p), Folded::Int(q)) => {
                    let (p, q) = (small(p)?, small(q)?);
                    Folded::Int(Some(p * q))
                }
                (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, Folded::Int(p), Folded::Int(q)) => {
                    Folded::Int(small(p).zip(small(q)).map(|(p, q)| match op {
                        BinOp::BitAnd => p & q,
                        BinOp::BitOr => p | q,
                        _ => p ^ q,
                    }))
                }
                (BinOp::FloorDiv | BinOp::Mod, Folded::Int(p), Folded::Int(Some(q))) if q != 0 => {
                    Folded::Int(small(p).map(|p| {
                        let d = p / q - ((p % q != 0 && (p < 0) != (q < 0)) as i128);
                        if *op == BinOp::FloorDiv {
                            d
                        } else {
                            p - q * d
                        }
                    }))
                }
                // Powers and left shifts of at most 128 bits.
                (BinOp::Pow, Folded::Int(Some(p)), Folded::Int(Some(q))) => {
                    let bits = 128 - p.unsigned_abs().leading_zeros() as i128;
                    if q < 0 {
                        Folded::Float
                    } else if q == 0 || p == 0 || bits * q <= 128 {
                        Folded::Int(small(Some(p)).and_then(|p| p.checked_pow(q.min(200) as u32)))
                    } else {
                        return None;
                    }
                }
                (BinOp::LShift, Folded::Int(Some(p)), Folded::Int(Some(q))) if q >= 0 => {
                    let bits = 128 - p.unsigned_abs().leading_zeros() as i128;
                    if bits + q > 128 {
                        return None;
                    }
                    Folded::Int(small(Some(p)).and_then(|p| p.checked_shl(q as u32)))
                }
                (BinOp::RShift, Folded::Int(p), Folded::Int(Some(q))) if q >= 0 => {
                    Folded::Int(small(p).map(|p| p >> q.min(127)))
                }
                (BinOp::Add, Folded::Str(m), Folded::Str(n)) => Folded::Str(m + n),
                // Repetition folds up to 4096 characters.
                (BinOp::Mul, Folded::Str(m), Folded::Int(Some(k)))
                | (BinOp::Mul, Folded::Int(Some(k)), Folded::Str(m))
                    if (m as i128) * k.max(0) <= 4096 =>
                {
                    Folded::Str(m * k.max(0) as usize)
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}
