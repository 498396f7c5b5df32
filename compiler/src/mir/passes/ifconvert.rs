//! If-conversion: a branch between two short arms of small-int arithmetic becomes
//! straight-line code that computes both arms and selects one.
//!
//! In a body's fast version (`speculate.rs`) an arm like `n = 3 * n + 1` ends each operation
//! with an overflow check that leaves for the exact version. LLVM cannot turn a branch whose
//! arm has such an exit into a conditional move, so `if n % 2 == 0: n //= 2 else: n = 3 * n + 1`
//! stays a branch, mispredicted whenever the parity is random — most of the cost of exact ints
//! on such a loop. This pass defers the checks instead:
//!
//! ```text
//!   C: ...; if c then A else B        C: ...; <A's operations into fresh locals, wrapping>
//!                                            <B's operations into fresh locals, wrapping>
//!                                            ok = neither arm overflowed
//!                                            if ok then K else R
//!                                     K: x = select(c, x_A, x_B) for each x an arm writes
//!                                        goto J
//!                                     R: if c then A else B      (the arms, untouched)
//! ```
//!
//! where J is the block both arms reach. Nothing is written before the check, so when an arm
//! overflowed, R runs the branch as before and the taken arm's own check redoes the operation
//! exactly; the discarded arm's values never matter. (The test covers both arms, so `c` stays
//! out of it: LLVM would split `c and overflowed` back into a branch on `c`. The discarded arm
//! overflowing sends a step through R needlessly, as rarely as the taken one does.) The check
//! is one well-predicted branch.
//!
//! An arm qualifies when it is at most [`MAX_ARM`] instructions, each an int or bool
//! assignment with no reference counting and no exception edge: copies, constants, small-int
//! operations (made wrapping: proven small only where the arm runs), comparisons, bool logic,
//! speculative `+ - * neg` (their checks become `IntOverflows` flags or a range test), and
//! `//`/`%` by a positive constant (which cannot fail or trap). A
//! branch is converted only when an arm has a check to defer: without one, LLVM forms the
//! select itself.

use crate::hir::CmpOp;
use crate::mir::*;
use natrix_abi::{SMALL_INT_MAX, SMALL_INT_MIN};

/// The most instructions an arm may have: both arms run every time.
const MAX_ARM: usize = 8;

/// One arm: its instructions in order, and how many of its blocks end in a deferred check.
struct Arm {
    insts: Vec<Inst>,
    checks: usize,
}

/// The blocks control passes through from `start` while they stay convertible, ending with
/// the first one that is not (or a repeat); at most `MAX_ARM + 4` of them.
fn chain(body: &Body, start: BlockId) -> Vec<BlockId> {
    let mut out = vec![start];
    let mut b = start;
    while out.len() < MAX_ARM + 4 {
        let block = &body.blocks[b.0 as usize];
        if !block.insts.iter().all(|i| hoistable(body, i)) {
            break;
        }
        let next = match block.term {
            Terminator::Goto(t) => t,
            Terminator::CheckError { value, ok, .. } if checked_spec(block, value) => ok,
            _ => break,
        };
        if out.contains(&next) {
            break;
        }
        out.push(next);
        b = next;
    }
    out
}

/// Whether the block's check follows a speculative operation writing `value` (a check the
/// conversion can defer).
fn checked_spec(block: &Block, value: Local) -> bool {
    matches!(block.insts.last().map(|i| &i.kind),
        Some(InstKind::Assign { dst, rv: Rvalue::Op(op, _), .. }) if *dst == value && op.is_spec_int())
}

/// A positive constant divisor.
fn positive(o: &Operand) -> bool {
    matches!(o, Operand::Int(c) if *c > 0)
}

/// Whether an instruction can run when its arm is not taken: a word-sized pure assignment
/// that cannot trap.
fn hoistable(body: &Body, inst: &Inst) -> bool {
    let InstKind::Assign {
        dst,
        rv,
        release_old: false,
        handler: None,
    } = &inst.kind
    else {
        return false;
    };
    if !matches!(body.ty(*dst), MTy::Int | MTy::Bool) || Some(*dst) == body.guard {
        return false;
    }
    match rv {
        Rvalue::Use(o) => !matches!(o, Operand::Str(_) | Operand::None | Operand::Float(_)),
        Rvalue::Op(op, args) => match op {
            Op::SpecIntAdd | Op::SpecIntSub | Op::SpecIntMul | Op::SpecIntNeg => true,
            Op::SpecIntFloorDiv | Op::SpecIntMod | Op::SmallIntFloorDiv | Op::SmallIntMod => {
                positive(&args[1])
            }
            Op::SmallIntAdd
            | Op::SmallIntSub
            | Op::SmallIntMul
            | Op::SmallIntNeg
            | Op::SmallIntCmp(_)
            | Op::BoolNot
            | Op::BoolAnd
            | Op::BoolOr
            | Op::BoolXor
            | Op::BoolToInt => true,
            _ => false,
        },
        _ => false,
    }
}

/// The arms of the branch `if c then a else b` and the block where they meet, when both
/// qualify.
fn arms(body: &Body, a: BlockId, b: BlockId) -> Option<(Arm, Arm, BlockId)> {
    let (ca, cb) = (chain(body, a), chain(body, b));
    let join = *ca.iter().find(|x| cb.contains(x))?;
    let arm = |c: &[BlockId]| -> Option<Arm> {
        let blocks = &c[..c
            .iter()
            .position(|x| *x == join)
            .expect("join on the chain")];
        let mut arm = Arm {
            insts: vec![],
            checks: 0,
        };
        for b in blocks {
            let block = &body.blocks[b.0 as usize];
            // A block of the chain before the join is convertible only if the chain went on
            // from it (it did: the join comes later), so its instructions all qualify.
            arm.insts.extend(block.insts.iter().cloned());
            if matches!(block.term, Terminator::CheckError { .. }) {
                arm.checks += 1;
            }
        }
        (arm.insts.len() <= MAX_ARM).then_some(arm)
    };
    Some((arm(&ca)?, arm(&cb)?, join))
}

/// A value an arm computes as `a * x + b` from a local `x` by operations with constants,
/// and the values of `x` for which no step overflows: `lo..=hi`. One range test of `x`
/// replaces a test per step (`3 * n + 1` is one compare, not two).
#[derive(Clone, Copy)]
struct Affine {
    x: Local,
    a: i128,
    b: i128,
    lo: i128,
    hi: i128,
}

impl Affine {
    fn of(x: Local) -> Affine {
        Affine {
            x,
            a: 1,
            b: 0,
            lo: SMALL_INT_MIN as i128,
            hi: SMALL_INT_MAX as i128,
        }
    }

    /// `a' * x + b'`, which must also stay small: the range narrows. None when the
    /// coefficients leave i128 (then the step keeps its own overflow test).
    fn then(self, a: i128, b: i128) -> Option<Affine> {
        let (min, max) = (SMALL_INT_MIN as i128, SMALL_INT_MAX as i128);
        if b.abs() > 1 << 100 || a.abs() > 1 << 100 {
            return None;
        }
        // min <= a*x + b <= max
        let (lo, hi) = if a > 0 {
            (ceil_div(min - b, a), floor_div(max - b, a))
        } else if a < 0 {
            (ceil_div(max - b, a), floor_div(min - b, a))
        } else if (min..=max).contains(&b) {
            (self.lo, self.hi)
        } else {
            (1, 0)
        };
        Some(Affine {
            x: self.x,
            a,
            b,
            lo: self.lo.max(lo),
            hi: self.hi.min(hi),
        })
    }

    /// The affine form after `k` with operands `l` (this form) and the constant `c`.
    fn step(self, k: IntArith, c: Option<(i128, bool)>) -> Option<Affine> {
        let (a, b) = (self.a, self.b);
        match (k, c) {
            (IntArith::Neg, None) => self.then(-a, -b),
            (IntArith::Add, Some((c, _))) => self.then(a, b.checked_add(c)?),
            (IntArith::Sub, Some((c, false))) => self.then(a, b.checked_sub(c)?),
            (IntArith::Sub, Some((c, true))) => self.then(-a, c.checked_sub(b)?),
            (IntArith::Mul, Some((c, _))) => self.then(a.checked_mul(c)?, b.checked_mul(c)?),
            _ => None,
        }
    }
}

/// `n / d` rounded toward negative infinity.
fn floor_div(n: i128, d: i128) -> i128 {
    let (q, r) = (n / d, n % d);
    if r != 0 && ((r < 0) != (d < 0)) {
        q - 1
    } else {
        q
    }
}

/// `n / d` rounded toward positive infinity.
fn ceil_div(n: i128, d: i128) -> i128 {
    -floor_div(-n, d)
}

struct Converter<'a> {
    body: &'a mut Body,
    /// [`live_in`](crate::mir::liveness::live_in) of the body's original blocks, computed at the first conversion. A
    /// conversion never makes a local live where it was not: the hoisted code reads what the
    /// arms read, and a select reads a local only when it is live at the join already.
    live: Option<Vec<Vec<bool>>>,
}

impl Converter<'_> {
    fn temp(&mut self, ty: MTy, name: &str) -> Local {
        self.body.new_local(ty, name)
    }

    /// `failed or f`, appended to `out` (no instruction when either is `False`).
    fn or(&mut self, failed: Operand, f: Operand, line: u32, out: &mut Vec<Inst>) -> Operand {
        if failed == Operand::Bool(false) {
            return f;
        }
        if f == Operand::Bool(false) {
            return failed;
        }
        let any = self.temp(MTy::Bool, "%overflow");
        out.push(Inst::assign(
            any,
            Rvalue::Op(Op::BoolOr, vec![failed, f]),
            line,
        ));
        Operand::Local(any)
    }

    /// Appends the arm's operations, writing fresh locals, to `out`; returns what each local
    /// the arm writes ends up in, and the bool that says whether any operation overflowed.
    fn hoist(&mut self, arm: &Arm, out: &mut Vec<Inst>) -> (Vec<(Local, Local)>, Operand) {
        let mut renamed: Vec<(Local, Local)> = vec![];
        let mut failed = Operand::Bool(false);
        // The affine forms of the fresh locals, and the narrowest range each `x` must be in.
        let mut affine: Vec<(Local, Affine)> = vec![];
        let mut ranges: Vec<(Local, i128, i128, u32)> = vec![];
        for inst in &arm.insts {
            let InstKind::Assign { dst, rv, .. } = &inst.kind else {
                unreachable!("hoistable instructions are assignments")
            };
            let line = inst.line;
            let mut rv = rv.clone();
            let rename = |o: &mut Operand| {
                if let Operand::Local(l) = o {
                    if let Some((_, t)) = renamed.iter().rev().find(|(v, _)| v == l) {
                        *l = *t;
                    }
                }
            };
            match &mut rv {
                Rvalue::Use(o) => rename(o),
                Rvalue::Op(_, args) => args.iter_mut().for_each(rename),
                _ => unreachable!("hoistable instructions are uses and operations"),
            }
            let ty = self.body.ty(*dst);
            let t = self.temp(ty, "%arm");
            if let Rvalue::Op(op, args) = &mut rv {
                let wrapped = match op {
                    Op::SpecIntAdd => Some(IntArith::Add),
                    Op::SpecIntSub => Some(IntArith::Sub),
                    Op::SpecIntMul => Some(IntArith::Mul),
                    Op::SpecIntNeg => Some(IntArith::Neg),
                    Op::SpecIntFloorDiv => {
                        *op = Op::SmallIntFloorDiv;
                        None
                    }
                    Op::SpecIntMod => {
                        *op = Op::SmallIntMod;
                        None
                    }
                    // Proven not to overflow where the arm runs, but it now runs also where it
                    // would not: wrapping (an `nsw` overflow would be poison, which could reach
                    // the overflow test's branch).
                    Op::SmallIntAdd => {
                        *op = Op::IntWrapping(IntArith::Add);
                        None
                    }
                    Op::SmallIntSub => {
                        *op = Op::IntWrapping(IntArith::Sub);
                        None
                    }
                    Op::SmallIntMul => {
                        *op = Op::IntWrapping(IntArith::Mul);
                        None
                    }
                    Op::SmallIntNeg => {
                        *op = Op::IntWrapping(IntArith::Neg);
                        None
                    }
                    _ => None,
                };
                if let Some(k) = wrapped {
                    let form = match (k, args.as_slice()) {
                        (IntArith::Neg, [Operand::Local(l)]) => Some((*l, None)),
                        (_, [Operand::Local(l), Operand::Int(c)]) => {
                            Some((*l, Some((*c as i128, false))))
                        }
                        (_, [Operand::Int(c), Operand::Local(l)]) => {
                            Some((*l, Some((*c as i128, true))))
                        }
                        _ => None,
                    }
                    .and_then(|(l, c)| {
                        let from = affine
                            .iter()
                            .find(|(t, _)| *t == l)
                            .map_or(Affine::of(l), |(_, f)| *f);
                        from.step(k, c)
                    });
                    match form {
                        Some(f) => {
                            affine.push((t, f));
                            match ranges.iter_mut().find(|r| r.0 == f.x) {
                                Some(r) => {
                                    r.1 = r.1.max(f.lo);
                                    r.2 = r.2.min(f.hi);
                                }
                                None => ranges.push((f.x, f.lo, f.hi, line)),
                            }
                        }
                        None => {
                            let of = self.temp(MTy::Bool, "%overflow");
                            out.push(Inst::assign(
                                of,
                                Rvalue::Op(Op::IntOverflows(k), args.clone()),
                                line,
                            ));
                            failed = self.or(failed, Operand::Local(of), line, out);
                        }
                    }
                    *op = Op::IntWrapping(k);
                }
            }
            out.push(Inst::assign(t, rv, line));
            renamed.push((*dst, t));
        }
        // One range test per `x` for its affine steps.
        for (x, lo, hi, line) in ranges {
            let (min, max) = (SMALL_INT_MIN as i128, SMALL_INT_MAX as i128);
            if lo > hi {
                failed = Operand::Bool(true);
                continue;
            }
            for (cmp, bound, needed) in [(CmpOp::Lt, lo, lo > min), (CmpOp::Gt, hi, hi < max)] {
                if needed {
                    let f = self.temp(MTy::Bool, "%overflow");
                    out.push(Inst::assign(
                        f,
                        Rvalue::Op(
                            Op::SmallIntCmp(cmp),
                            vec![Operand::Local(x), Operand::Int(bound as i64)],
                        ),
                        line,
                    ));
                    failed = self.or(failed, Operand::Local(f), line, out);
                }
            }
        }
        // The last fresh local of each local the arm writes.
        let mut last: Vec<(Local, Local)> = vec![];
        for (v, t) in renamed {
            match last.iter_mut().find(|(w, _)| *w == v) {
                Some(e) => e.1 = t,
                None => last.push((v, t)),
            }
        }
        (last, failed)
    }

    /// Converts the branch that ends block `c`, when it qualifies.
    fn convert(&mut self, c: usize) -> bool {
        let Some(guard) = self.body.guard else {
            return false;
        };
        let Terminator::Branch(Operand::Local(cond), a, b) = self.body.blocks[c].term else {
            return false;
        };
        if cond == guard || a == b {
            return false;
        }
        let Some((arm_a, arm_b, join)) = arms(self.body, a, b) else {
            return false;
        };
        if arm_a.checks + arm_b.checks == 0 {
            return false;
        }
        let line = self.body.blocks[c]
            .insts
            .last()
            .or(arm_a.insts.first())
            .or(arm_b.insts.first())
            .map_or(self.body.line, |i| i.line);
        let mut out = vec![];
        let (writes_a, failed_a) = self.hoist(&arm_a, &mut out);
        let (writes_b, failed_b) = self.hoist(&arm_b, &mut out);
        // Either arm overflowed: redo the branch (also when only the discarded arm did, which
        // is as rare, and keeps `c` out of the test: LLVM would split `c and overflowed`
        // into a branch on `c` again).
        let failed = self.or(failed_a, failed_b, line, &mut out);
        // The guard flag, whose branches codegen weights toward the fast way.
        out.push(Inst::assign(
            guard,
            Rvalue::Op(Op::BoolNot, vec![failed]),
            line,
        ));
        let mut vars: Vec<Local> = writes_a.iter().chain(&writes_b).map(|(v, _)| *v).collect();
        vars.sort_by_key(|l| l.0);
        vars.dedup();
        // What nothing reads after the join keeps its old value (`3 * n` on the way to
        // `n = 3 * n + 1`).
        let body = &*self.body;
        let live = self
            .live
            .get_or_insert_with(|| crate::mir::liveness::live_in(body));
        vars.retain(|v| live[join.0 as usize][v.0 as usize]);
        let pick = |w: &[(Local, Local)], v: Local| {
            Operand::Local(w.iter().find(|(x, _)| *x == v).map_or(v, |(_, t)| *t))
        };
        let selects = vars
            .iter()
            .map(|&v| {
                Inst::assign(
                    v,
                    Rvalue::Op(
                        Op::Select,
                        vec![Operand::Local(cond), pick(&writes_a, v), pick(&writes_b, v)],
                    ),
                    line,
                )
            })
            .collect();
        let keep = self.body.blocks.len() as u32;
        self.body.blocks.push(Block {
            insts: selects,
            term: Terminator::Goto(join),
        });
        let redo = self.body.blocks.len() as u32;
        self.body.blocks.push(Block {
            insts: vec![],
            term: Terminator::Branch(Operand::Local(cond), a, b),
        });
        let block = &mut self.body.blocks[c];
        block.insts.extend(out);
        block.term = Terminator::Branch(Operand::Local(guard), BlockId(keep), BlockId(redo));
        true
    }
}

/// Converts the qualifying branches of one body; how many.
pub fn run(body: &mut Body) -> usize {
    let n = body.blocks.len();
    let mut conv = Converter { body, live: None };
    (0..n).filter(|&c| conv.convert(c)).count()
}
