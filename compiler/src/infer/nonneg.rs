//! Whether an int expression is never negative, from its form alone: `int ** int` is an int
//! only for an exponent that is not negative (a float otherwise), so an exponent this cannot
//! vouch for makes the power a dynamic value.
//!
//! A variable is non-negative when every value stored into it is (a `range` counter from a
//! non-negative start by a positive step, the variable of a `for` over a list or tuple
//! display of non-negative items; `i = i + 1` assumes `i` while it looks at `i`'s
//! stores, which is sound because the operations it accepts keep non-negative values
//! non-negative). Parameters, cells and anything else are not known. A wrong "yes" would not
//! give a wrong answer: the int power raises ValueError on a negative exponent at run time.

use super::*;
use crate::hir::{visit_stores, Store};

/// The sign of the exponent of an `int ** int`, which decides the result's type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Exponent {
    /// A negative literal: a float.
    Negative,
    /// Never negative: an int.
    NonNegative,
    /// Either: a dynamic value (an int or a float, as the value decides).
    Unknown,
}

impl Infer<'_> {
    /// The sign of `e`, the right operand of a `**` in specialization `id`.
    pub(super) fn exponent(&self, id: SpecId, e: &Expr) -> Exponent {
        match e.kind {
            ExprKind::Int(i) if i < 0 => Exponent::Negative,
            ExprKind::BigInt(ref s) if s.starts_with('-') => Exponent::Negative,
            _ if NonNeg::new(self.prog, self.t.spec(id).func).expr(e) => Exponent::NonNegative,
            _ => Exponent::Unknown,
        }
    }
}

pub(super) struct NonNeg<'a> {
    prog: &'a Program,
    func: &'a Function,
    /// The variables being looked at (assumed non-negative inside their own stores), with
    /// the function whose variable each is.
    assuming: Vec<(*const Function, Place)>,
}

impl<'a> NonNeg<'a> {
    pub(super) fn new(prog: &'a Program, func: FuncId) -> Self {
        NonNeg {
            prog,
            func: prog.func(func),
            assuming: vec![],
        }
    }

    pub(super) fn expr(&mut self, e: &Expr) -> bool {
        use ExprKind as K;
        match &e.kind {
            K::Int(i) => *i >= 0,
            K::BigInt(s) => !s.starts_with('-'),
            K::Bool(_) => true,
            K::Load(p) => self.place(*p),
            K::Unary(UnaryOp::Pos, a) => self.expr(a),
            K::Binary(op, a, b) => match op {
                BinOp::Add
                | BinOp::Mul
                | BinOp::FloorDiv
                | BinOp::Pow
                | BinOp::LShift
                | BinOp::RShift
                | BinOp::BitOr
                | BinOp::BitXor => self.expr(a) && self.expr(b),
                // The sign of the divisor, for a non-zero one.
                BinOp::Mod => self.expr(b),
                BinOp::BitAnd => self.expr(a) || self.expr(b),
                _ => false,
            },
            K::IfExp(_, a, b) => self.expr(a) && self.expr(b),
            K::Builtin(Builtin::Len | Builtin::Abs | Builtin::Ord, _) => true,
            K::Builtin(Builtin::Min, xs) if xs.len() >= 2 => xs.iter().all(|x| self.expr(x)),
            K::Builtin(Builtin::Max, xs) if xs.len() >= 2 => xs.iter().any(|x| self.expr(x)),
            K::Block(_, v) => self.expr(v),
            _ => false,
        }
    }

    fn place(&mut self, p: Place) -> bool {
        if self.assuming.contains(&(self.func as *const _, p)) {
            return true;
        }
        // Each store with the function it is in (a global's may be in any).
        let mut stores: Vec<(&'a Function, Store<'a>)> = vec![];
        let funcs: Vec<&'a Function> = match p {
            Place::Local(l) => {
                let func = self.func;
                if func.params.iter().any(|q| q.local == l) || func.locals[l.0 as usize].cell {
                    return false;
                }
                vec![func]
            }
            Place::Global(_) => self.prog.funcs.iter().collect(),
        };
        for f in funcs {
            visit_stores(&f.body, &mut |q, s| {
                if q == p {
                    stores.push((f, s))
                }
            });
        }
        if stores.is_empty() {
            return false;
        }
        let outer = self.func;
        self.assuming.push((outer as *const _, p));
        let ok = stores.into_iter().all(|(f, s)| {
            self.func = f;
            match s {
                Store::Value(e) => self.expr(e),
                Store::Range { start, step } => {
                    self.expr(start) && matches!(step.kind, ExprKind::Int(i) if i > 0)
                }
                Store::Items(items) => items.iter().all(|x| self.expr(x)),
                Store::Other | Store::Del(_) => false,
            }
        });
        self.assuming.pop();
        self.func = outer;
        ok
    }
}
