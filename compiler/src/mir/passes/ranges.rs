//! Ranges: an interval analysis of int locals, whole-program, so that values proven small use
//! plain machine arithmetic.
//!
//! For each body, a forward dataflow computes an interval per int local at every block entry,
//! narrowed on the edges of branches on integer comparisons (`if n < 2` bounds `n` on both
//! sides). A parameter's interval is the join of the arguments at every call site, iterated over
//! all bodies to a fixpoint. Widening jumps to the small-int bounds before infinity, so a bounded
//! loop counter stays provably small.
//!
//! Then, where every operand and the result are proven within the small range, an int operation
//! becomes its `Small*` form (no tag test, no overflow check, cannot raise), and a local whose
//! every value is small is marked `small` (no reference counting).

use crate::hir::CmpOp;
use crate::mir::*;
use natrix_abi::{SMALL_INT_MAX, SMALL_INT_MIN};
use std::collections::{HashMap, HashSet};

const NEG_INF: i128 = i128::MIN;
const POS_INF: i128 = i128::MAX;
/// Updates of one interval before widening.
const WIDEN_AFTER: u32 = 3;

/// The largest step of a counter.
const COUNTER_STEP: i64 = 8;

/// The most items a str, list, tuple, dict or set can have.
const MAX_LEN: i128 = 1 << 57;

/// How far a counter is taken to go (see [`counters`]).
const COUNTER_BOUND: i128 = 1 << 61;

/// Int locals that only count: no parameter, and every assignment is a constant within ±2^60
/// or the local itself plus or minus a constant of at most [`COUNTER_STEP`]. Going from there
/// past ±2^61 takes 2^57 steps — over four years at one step per nanosecond, decades at the
/// speed of any real loop — so a counter is taken to stay within ±2^61: small, with room for
/// the arithmetic done on it (`steps += 1`, `d += 2` in a `while` loop that no range bounds).
///
/// In a generator's resume function a local's reload from its frame item (after a `yield`)
/// counts too when the constructor fills that item with a small constant or the unbound
/// marker (see [`inert_frame_items`]): every other value the item holds is one the local had.
fn counters(body: &Body, frames: &HashMap<TupleTy, Vec<bool>>) -> Vec<bool> {
    let mut ok: Vec<bool> = body.locals.iter().map(|l| l.ty == MTy::Int).collect();
    for p in &body.params {
        ok[p.0 as usize] = false;
    }
    let frame = body.resume.then(|| Operand::Local(body.params[0]));
    let small_const =
        |o: &Operand| matches!(o, Operand::Int(c) if (*c as i128).abs() <= COUNTER_BOUND / 2);
    for block in &body.blocks {
        for inst in &block.insts {
            let InstKind::Assign { dst, rv, .. } = &inst.kind else {
                continue;
            };
            let l = Operand::Local(*dst);
            let one = |o: &Operand| matches!(o, Operand::Int(c) if (1..=COUNTER_STEP).contains(c));
            let counts = match rv {
                Rvalue::Use(o) => small_const(o),
                Rvalue::Op(Op::NoneOf(_), _) => true,
                Rvalue::Op(Op::IntAdd | Op::SmallIntAdd, a) => {
                    (a[0] == l && one(&a[1])) || (one(&a[0]) && a[1] == l)
                }
                Rvalue::Op(Op::IntSub | Op::SmallIntSub, a) => a[0] == l && one(&a[1]),
                Rvalue::Op(Op::TupleGet(tt, k), a) => {
                    *k >= FRAME_HEADER
                        && frame.as_ref() == a.first()
                        && frames
                            .get(tt)
                            .and_then(|items| items.get(*k as usize))
                            .copied()
                            .unwrap_or(false)
                }
                _ => false,
            };
            if !counts {
                ok[dst.0 as usize] = false;
            }
        }
    }
    ok
}

/// A closed interval of integers; the bounds may be infinite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Range {
    lo: i128,
    hi: i128,
}

impl Range {
    const FULL: Range = Range {
        lo: NEG_INF,
        hi: POS_INF,
    };

    fn konst(v: i128) -> Range {
        Range { lo: v, hi: v }
    }

    fn is_small(self) -> bool {
        self.lo >= SMALL_INT_MIN as i128 && self.hi <= SMALL_INT_MAX as i128
    }

    fn join(self, o: Range) -> Range {
        Range {
            lo: self.lo.min(o.lo),
            hi: self.hi.max(o.hi),
        }
    }

    /// `self ∇ new`: bounds that grew jump to the small-int bound, then to infinity.
    fn widen(self, new: Range) -> Range {
        let lo = if new.lo >= self.lo {
            self.lo
        } else if new.lo >= SMALL_INT_MIN as i128 {
            SMALL_INT_MIN as i128
        } else {
            NEG_INF
        };
        let hi = if new.hi <= self.hi {
            self.hi
        } else if new.hi <= SMALL_INT_MAX as i128 {
            SMALL_INT_MAX as i128
        } else {
            POS_INF
        };
        Range { lo, hi }
    }
}

fn add(a: i128, b: i128) -> i128 {
    if a == NEG_INF || b == NEG_INF {
        NEG_INF
    } else if a == POS_INF || b == POS_INF {
        POS_INF
    } else {
        a.saturating_add(b)
    }
}

fn neg(a: i128) -> i128 {
    match a {
        NEG_INF => POS_INF,
        POS_INF => NEG_INF,
        v => -v,
    }
}

fn mul(a: i128, b: i128) -> i128 {
    if a == 0 || b == 0 {
        return 0;
    }
    let inf = a == NEG_INF || a == POS_INF || b == NEG_INF || b == POS_INF;
    if inf {
        return if (a < 0) == (b < 0) { POS_INF } else { NEG_INF };
    }
    a.checked_mul(b)
        .unwrap_or(if (a < 0) == (b < 0) { POS_INF } else { NEG_INF })
}

/// The interval of an operation's result, from its operands' intervals.
fn transfer(op: Op, args: &[Range]) -> Range {
    let a = args.first().copied().unwrap_or(Range::FULL);
    let b = args.get(1).copied().unwrap_or(Range::FULL);
    match op {
        // (An int temporary's release: 0.)
        Op::NoneOf(MTy::Int) => Range::konst(0),
        Op::IntAdd | Op::SmallIntAdd => Range {
            lo: add(a.lo, b.lo),
            hi: add(a.hi, b.hi),
        },
        Op::IntSub | Op::SmallIntSub => Range {
            lo: add(a.lo, neg(b.hi)),
            hi: add(a.hi, neg(b.lo)),
        },
        Op::IntNeg | Op::SmallIntNeg => Range {
            lo: neg(a.hi),
            hi: neg(a.lo),
        },
        Op::IntMul | Op::SmallIntMul => {
            let c = [
                mul(a.lo, b.lo),
                mul(a.lo, b.hi),
                mul(a.hi, b.lo),
                mul(a.hi, b.hi),
            ];
            Range {
                lo: *c.iter().min().unwrap_or(&NEG_INF),
                hi: *c.iter().max().unwrap_or(&POS_INF),
            }
        }
        Op::IntAbs => {
            if a.lo >= 0 {
                a
            } else if a.hi <= 0 {
                Range {
                    lo: neg(a.hi),
                    hi: neg(a.lo),
                }
            } else {
                Range {
                    lo: 0,
                    hi: neg(a.lo).max(a.hi),
                }
            }
        }
        // |floor(a / d)| <= |a| for d >= 1, on the same side of zero.
        Op::IntFloorDiv | Op::SmallIntFloorDiv if b.lo > 0 => Range {
            lo: a.lo.min(0),
            hi: a.hi.max(0),
        },
        Op::IntMod | Op::SmallIntMod if b.lo > 0 && b.hi != POS_INF => Range {
            lo: 0,
            hi: b.hi - 1,
        },
        Op::IntAnd if a.lo >= 0 || b.lo >= 0 => {
            let hi = if a.lo >= 0 && b.lo >= 0 {
                a.hi.min(b.hi)
            } else if a.lo >= 0 {
                a.hi
            } else {
                b.hi
            };
            Range { lo: 0, hi }
        }
        Op::IntShr if a.lo >= 0 && b.lo >= 0 => Range { lo: 0, hi: a.hi },
        Op::BoolToInt => Range { lo: 0, hi: 1 },
        // No object can hold more items than a 64-bit address space has bytes (2^57 with
        // five-level paging).
        Op::StrLen | Op::ListLen | Op::ListCount(_) | Op::ListIndex(_) => {
            Range { lo: 0, hi: MAX_LEN }
        }
        Op::IntHash | Op::FloatHash | Op::StrHash => Range {
            lo: -(1 << 61),
            hi: 1 << 61,
        },
        _ => Range::FULL,
    }
}

/// A list read or write whose index is proven a small int of at least 0 (a counter, a
/// child's position in a heap), marked so that codegen leaves only the test against the length.
fn natural_index_form(op: Op, args: &[Range]) -> Option<Op> {
    let natural = |r: Range| r.lo >= 0 && r.hi <= SMALL_INT_MAX as i128;
    match op {
        Op::ListGet(t, Index::Any) if natural(args[1]) => Some(Op::ListGet(t, Index::Natural)),
        Op::ListSet(t, Index::Any) if natural(args[1]) => Some(Op::ListSet(t, Index::Natural)),
        _ => None,
    }
}

/// The small form of an op, when `args` and `result` allow it.
fn small_form(op: Op, args: &[Range], result: Range) -> Option<Op> {
    if let Op::IntCmp(c @ (CmpOp::Eq | CmpOp::Ne)) = op {
        // Big ints are never equal to small ones (results demote whenever they fit), so
        // one small side makes equality a comparison of the words.
        if args.iter().any(|r| r.is_small()) {
            return Some(Op::SmallIntCmp(c));
        }
    }
    if !args.iter().all(|r| r.is_small()) {
        return None;
    }
    let b = args.get(1).copied().unwrap_or(Range::FULL);
    let result_small = result.is_small();
    Some(match op {
        Op::IntAdd if result_small => Op::SmallIntAdd,
        Op::IntSub if result_small => Op::SmallIntSub,
        Op::IntMul if result_small => Op::SmallIntMul,
        Op::IntNeg if result_small => Op::SmallIntNeg,
        Op::IntCmp(c) => Op::SmallIntCmp(c),
        Op::IntFloorDiv if b.lo > 0 => Op::SmallIntFloorDiv,
        Op::IntMod if b.lo > 0 => Op::SmallIntMod,
        Op::IntToFloat => Op::SmallIntToFloat,
        _ => return None,
    })
}

/// Per-local intervals at one program point; `None` for locals that are not ints.
type State = Vec<Option<Range>>;

struct Analysis<'a> {
    body: &'a Body,
    /// Which locals are counters ([`counters`]).
    counters: Vec<bool>,
    /// Each int local's interval, over every value it ever holds (the hull).
    hull: Vec<Option<Range>>,
    /// What the whole program knows: every global's and every body's return interval.
    facts: &'a Facts,
    /// Observed here: values stored into globals, and returned.
    stores: Vec<(usize, Range)>,
    returns: Option<Range>,
    /// The exception edges of the block [`Analysis::block`] last ran over: each `try`
    /// dispatch block a raising instruction may go to, with the state there.
    raised: Vec<(BlockId, State)>,
}

/// Whole-program intervals: the join of every value stored into each int global (all stores
/// are visible in MIR), and of every value each body returns.
struct Facts {
    globals: Vec<Option<Range>>,
    returns: Vec<Option<Range>>,
    /// Per generator frame type, which items every constructor fills inertly.
    frames: HashMap<TupleTy, Vec<bool>>,
}

/// For each generator frame type, whether each item starts, in every `GenNew` of it, as a
/// small constant or as the unbound marker (`NoneOf`): no value of its own that a counter
/// reloaded from it could take. (Frames of different generators may share a type: all count.)
fn inert_frame_items(prog: &Program) -> HashMap<TupleTy, Vec<bool>> {
    let mut frames: HashMap<TupleTy, Vec<bool>> = HashMap::new();
    for body in &prog.bodies {
        // Locals assigned once, the unbound marker.
        let mut assigned: HashMap<Local, bool> = HashMap::new();
        for inst in body.blocks.iter().flat_map(|b| &b.insts) {
            if let InstKind::Assign { dst, rv, .. } = &inst.kind {
                let marker = matches!(rv, Rvalue::Op(Op::NoneOf(_), _));
                assigned
                    .entry(*dst)
                    .and_modify(|m| *m = false)
                    .or_insert(marker);
            }
        }
        for inst in body.blocks.iter().flat_map(|b| &b.insts) {
            let InstKind::Assign {
                rv: Rvalue::Op(Op::GenNew(tt), args),
                ..
            } = &inst.kind
            else {
                continue;
            };
            let inert: Vec<bool> = args
                .iter()
                .map(|a| match a {
                    Operand::Int(c) => (*c as i128).abs() <= COUNTER_BOUND / 2,
                    Operand::Local(l) => assigned.get(l) == Some(&true) && !body.params.contains(l),
                    _ => false,
                })
                .collect();
            frames
                .entry(*tt)
                .and_modify(|f| {
                    for (x, y) in f.iter_mut().zip(&inert) {
                        *x &= *y;
                    }
                })
                .or_insert(inert);
        }
    }
    frames
}

impl Analysis<'_> {
    fn operand(&self, st: &State, o: &Operand) -> Range {
        match o {
            Operand::Int(v) => Range::konst(*v as i128),
            Operand::Local(l) => st[l.0 as usize].unwrap_or(Range::FULL),
            Operand::Bool(b) => Range::konst(*b as i128),
            _ => Range::FULL,
        }
    }

    /// The interval of `dst = rv`: the rvalue's, within the counter bound for a counter.
    fn assigned(&self, dst: Local, st: &State, rv: &Rvalue) -> Range {
        self.within_counter_bound(dst.0 as usize, self.rvalue(st, rv))
    }

    /// `r` for local `l`, cut to the counter bound when `l` is a counter.
    fn within_counter_bound(&self, l: usize, r: Range) -> Range {
        if !self.counters[l] {
            return r;
        }
        Range {
            lo: r.lo.max(-COUNTER_BOUND),
            hi: r.hi.min(COUNTER_BOUND),
        }
    }

    fn rvalue(&self, st: &State, rv: &Rvalue) -> Range {
        match rv {
            Rvalue::Use(o) => self.operand(st, o),
            Rvalue::Op(op, args) => {
                let rs: Vec<Range> = args.iter().map(|a| self.operand(st, a)).collect();
                transfer(*op, &rs)
            }
            Rvalue::Call(s, _) => self.facts.returns[s.0 as usize].unwrap_or(Range::FULL),
            Rvalue::LoadGlobal(g) => self.facts.globals[g.0 as usize].unwrap_or(Range::FULL),
        }
    }

    /// Runs the block's instructions over `st`; `calls` receives each call's argument ranges.
    fn block(
        &mut self,
        b: usize,
        st: &mut State,
        calls: &mut Vec<(crate::infer::SpecId, Vec<Range>)>,
    ) {
        self.raised.clear();
        for inst in &self.body.blocks[b].insts {
            if let InstKind::StoreGlobal { global, value, .. } = &inst.kind {
                let r = self.operand(st, value);
                self.stores.push((global.0 as usize, r));
            }
            if let InstKind::Assign {
                dst, rv, handler, ..
            } = &inst.kind
            {
                // An exception goes to the `try`'s dispatch block with the state before the
                // instruction (a raising instruction assigns nothing).
                if let (Some(h), true) = (handler, rv.can_raise()) {
                    self.raised.push((*h, st.clone()));
                }
                if let Rvalue::Call(spec, args) = rv {
                    calls.push((*spec, args.iter().map(|a| self.operand(st, a)).collect()));
                }
                if self.body.ty(*dst) == MTy::Int {
                    let r = self.assigned(*dst, st, rv);
                    st[dst.0 as usize] = Some(r);
                    let h = &mut self.hull[dst.0 as usize];
                    *h = Some(h.map_or(r, |old| old.join(r)));
                }
            }
        }
    }

    /// The comparison a branch tests, if it is `cond = int_cmp(x, y)` with `cond` assigned last
    /// in the block and `x`, `y` not reassigned after it.
    fn branch_compare(&self, b: usize, cond: Local) -> Option<(CmpOp, Operand, Operand)> {
        let insts = &self.body.blocks[b].insts;
        let pos = insts
            .iter()
            .rposition(|i| matches!(&i.kind, InstKind::Assign { dst, .. } if *dst == cond))?;
        let InstKind::Assign {
            rv: Rvalue::Op(Op::IntCmp(c) | Op::SmallIntCmp(c), args),
            ..
        } = &insts[pos].kind
        else {
            return None;
        };
        let later_assigns = |o: &Operand| matches!(o, Operand::Local(l) if insts[pos + 1..].iter().any(|i| matches!(&i.kind, InstKind::Assign { dst, .. } if dst == l)));
        if later_assigns(&args[0]) || later_assigns(&args[1]) {
            return None;
        }
        Some((*c, args[0].clone(), args[1].clone()))
    }
}

/// Narrows `x` knowing `x op y` holds.
fn refine(x: Range, op: CmpOp, y: Range) -> Range {
    let r = match op {
        CmpOp::Lt => Range {
            lo: x.lo,
            hi: x.hi.min(add(y.hi, -1)),
        },
        CmpOp::Le => Range {
            lo: x.lo,
            hi: x.hi.min(y.hi),
        },
        CmpOp::Gt => Range {
            lo: x.lo.max(add(y.lo, 1)),
            hi: x.hi,
        },
        CmpOp::Ge => Range {
            lo: x.lo.max(y.lo),
            hi: x.hi,
        },
        CmpOp::Eq => Range {
            lo: x.lo.max(y.lo),
            hi: x.hi.min(y.hi),
        },
        CmpOp::Ne => x,
    };
    // An empty interval means the edge is never taken; keep it non-empty (and sound) anyway.
    if r.lo > r.hi {
        x
    } else {
        r
    }
}

fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    }
}

/// The edges `(from, to)` that go back to a block on the depth-first path from the entry, and
/// the rank of each block in reverse postorder.
fn back_edges(body: &Body) -> (HashSet<(usize, usize)>, Vec<usize>) {
    // Exception edges too: a loop may come back through an `except` clause.
    let succ: Vec<Vec<usize>> = body.blocks.iter().map(super::block_targets).collect();
    let walk = super::depth_first(&succ);
    // Each block's place in reverse postorder (unreachable blocks last).
    let mut rank = vec![usize::MAX; body.blocks.len()];
    for (i, b) in walk.postorder.iter().rev().enumerate() {
        rank[*b] = i;
    }
    (walk.back.into_iter().collect(), rank)
}

/// The states on the edges out of block `b` (after its instructions ran over `st`).
fn successors(a: &Analysis, b: usize, st: &State) -> Vec<(BlockId, State)> {
    match &a.body.blocks[b].term {
        Terminator::Goto(t) | Terminator::Caught { handler: t, .. } => vec![(*t, st.clone())],
        Terminator::CheckError { ok, err, .. } => vec![(*ok, st.clone()), (*err, st.clone())],
        Terminator::Branch(Operand::Local(c), t, f) => {
            let (mut ts, mut fs) = (st.clone(), st.clone());
            if let Some((op, x, y)) = a.branch_compare(b, *c) {
                let (xr, yr) = (a.operand(st, &x), a.operand(st, &y));
                for (s, op) in [(&mut ts, op), (&mut fs, negate(op))] {
                    if let Operand::Local(l) = x {
                        if s[l.0 as usize].is_some() {
                            s[l.0 as usize] = Some(refine(xr, op, yr));
                        }
                    }
                    if let Operand::Local(l) = y {
                        if s[l.0 as usize].is_some() {
                            s[l.0 as usize] = Some(refine(yr, op.reversed(), xr));
                        }
                    }
                }
            }
            vec![(*t, ts), (*f, fs)]
        }
        Terminator::Branch(_, t, f) => vec![(*t, st.clone()), (*f, st.clone())],
        Terminator::Propagate {
            cleanup: Some(c), ..
        } => vec![(*c, st.clone())],
        Terminator::Return(_)
        | Terminator::Propagate { .. }
        | Terminator::Leave
        | Terminator::Unreachable => vec![],
    }
}

/// Analyses one body given its parameters' intervals; returns the analysis (block entry states
/// and local hulls) and the argument intervals of every call.
fn analyse<'a>(
    body: &'a Body,
    params: &[Option<Range>],
    facts: &'a Facts,
) -> (
    Analysis<'a>,
    Vec<Option<State>>,
    Vec<(crate::infer::SpecId, Vec<Range>)>,
) {
    let n = body.locals.len();
    let mut entry: State = body
        .locals
        .iter()
        .map(|l| (l.ty == MTy::Int).then_some(Range::konst(0)))
        .collect();
    let mut hull: Vec<Option<Range>> = entry.clone();
    for (i, p) in body.params.iter().enumerate() {
        if body.ty(*p) == MTy::Int {
            let r = params.get(i).copied().flatten().unwrap_or(Range::FULL);
            entry[p.0 as usize] = Some(r);
            hull[p.0 as usize] = Some(r);
        }
    }
    let mut a = Analysis {
        body,
        counters: counters(body, &facts.frames),
        hull,
        facts,
        stores: vec![],
        returns: None,
        raised: vec![],
    };
    let mut states: Vec<Option<State>> = vec![None; body.blocks.len()];
    let mut visits = vec![0u32; body.blocks.len()];
    // Widening happens only on back edges (every cycle has one): what flows into a loop from
    // outside, or along a branch that refined it (the body of `for i in range(n)` has `i < n`),
    // is joined exactly, so an inner loop does not widen the outer loop's counter.
    let (back, rank) = back_edges(body);
    states[0] = Some(entry.clone());
    // Blocks in reverse postorder: a join is visited once all its forward predecessors are
    // (a stack would revisit everything after each diamond: cubic time in a long function).
    let mut work: std::collections::BTreeSet<(usize, usize)> = [(rank[0], 0)].into();
    let mut calls = vec![];
    while let Some((_, b)) = work.pop_first() {
        let Some(mut st) = states[b].clone() else {
            continue;
        };
        a.block(b, &mut st, &mut calls);
        let raised = std::mem::take(&mut a.raised);
        for (t, out) in successors(&a, b, &st).into_iter().chain(raised) {
            let t = t.0 as usize;
            let new = match &states[t] {
                None => Some(out),
                Some(old) => {
                    visits[t] += 1;
                    let merged: State = (0..n)
                        .map(|i| match (old[i], out[i]) {
                            (Some(o), Some(x)) => {
                                let j = o.join(x);
                                let w = if visits[t] > WIDEN_AFTER && back.contains(&(b, t)) {
                                    o.widen(j)
                                } else {
                                    j
                                };
                                Some(a.within_counter_bound(i, w))
                            }
                            (o, _) => o,
                        })
                        .collect();
                    (&merged != old).then_some(merged)
                }
            };
            if let Some(s) = new {
                states[t] = Some(s);
                work.insert((rank[t], t));
            }
        }
    }
    // Narrowing: widening overshoots where loops nest (the inner loop's head widens the outer
    // counter too). Two decreasing rounds recompute each block's entry from its predecessors'
    // exits without widening, which keeps every state sound and takes back what the branches
    // refine (`i < n` of an outer `for i in range(n)`).
    for _ in 0..2 {
        let mut incoming: Vec<Option<State>> = vec![None; body.blocks.len()];
        incoming[0] = Some(entry.clone());
        for b in 0..body.blocks.len() {
            let Some(mut st) = states[b].clone() else {
                continue;
            };
            a.block(b, &mut st, &mut vec![]);
            let raised = std::mem::take(&mut a.raised);
            for (t, out) in successors(&a, b, &st).into_iter().chain(raised) {
                let slot = &mut incoming[t.0 as usize];
                *slot = Some(match slot.take() {
                    None => out,
                    Some(old) => (0..n)
                        .map(|i| match (old[i], out[i]) {
                            (Some(o), Some(x)) => Some(o.join(x)),
                            (o, _) => o,
                        })
                        .collect(),
                });
            }
        }
        for (b, s) in incoming.into_iter().enumerate() {
            if s.is_some() && states[b].is_some() {
                states[b] = s;
            }
        }
    }
    // The hull must cover the final states: recompute it from the stable block entries.
    let mut final_calls = vec![];
    a.hull = (0..n)
        .map(|i| states[0].as_ref().and_then(|s| s[i]))
        .collect();
    a.stores.clear();
    for b in 0..body.blocks.len() {
        if let Some(mut st) = states[b].clone() {
            a.block(b, &mut st, &mut final_calls);
            if let Terminator::Return(v) = &body.blocks[b].term {
                if body.ret == MTy::Int {
                    let r = a.operand(&st, v);
                    a.returns = Some(a.returns.map_or(r, |o| o.join(r)));
                }
            }
        }
    }
    let _ = calls;
    (a, states, final_calls)
}

/// The machine-word form of an int operation, for the unchecked measurement mode.
fn unchecked_form(op: Op) -> Option<Op> {
    Some(match op {
        Op::IntAdd => Op::SmallIntAdd,
        Op::IntSub => Op::SmallIntSub,
        Op::IntMul => Op::SmallIntMul,
        Op::IntNeg => Op::SmallIntNeg,
        Op::IntCmp(c) => Op::SmallIntCmp(c),
        Op::IntFloorDiv => Op::SmallIntFloorDiv,
        Op::IntMod => Op::SmallIntMod,
        Op::IntToFloat => Op::SmallIntToFloat,
        _ => return None,
    })
}

/// Proves ints small and rewrites their operations to machine arithmetic. With
/// `unchecked_ints` (measurement only: what do exact ints cost?) every int operation that has
/// a machine form takes it and every int local is treated as small, proven or not.
pub fn run(prog: &mut Program, unchecked_ints: bool) {
    if unchecked_ints {
        for body in &mut prog.bodies {
            for block in &mut body.blocks {
                for inst in &mut block.insts {
                    if let InstKind::Assign {
                        rv: Rvalue::Op(op, _),
                        ..
                    } = &mut inst.kind
                    {
                        if let Some(u) = unchecked_form(*op) {
                            *op = u;
                        }
                    }
                }
            }
            for l in &mut body.locals {
                l.small |= l.ty == MTy::Int;
            }
        }
        return;
    }
    let n = prog.bodies.len();
    let mut params: Vec<Vec<Option<Range>>> = prog
        .bodies
        .iter()
        .map(|b| vec![None; b.params.len()])
        .collect();
    let mut updates: Vec<Vec<u32>> = prog
        .bodies
        .iter()
        .map(|b| vec![0; b.params.len()])
        .collect();
    let called: Vec<bool> = {
        let mut c = vec![false; n];
        c[prog.main.0 as usize] = true;
        for body in &prog.bodies {
            for block in &body.blocks {
                for inst in &block.insts {
                    if let InstKind::Assign {
                        rv: Rvalue::Call(s, _),
                        ..
                    } = &inst.kind
                    {
                        c[s.0 as usize] = true;
                    }
                }
            }
        }
        c
    };
    // Globals start at 0 (their zero initializer) until stored.
    let mut facts = Facts {
        globals: prog
            .globals
            .iter()
            .map(|(_, t)| (*t == MTy::Int).then_some(Range::konst(0)))
            .collect(),
        returns: vec![None; n],
        frames: inert_frame_items(prog),
    };
    let mut global_updates = vec![0u32; prog.globals.len()];
    let mut return_updates = vec![0u32; n];
    // Grows `slot` to cover `r` (with widening after a few updates); whether it changed.
    fn grow(slot: &mut Option<Range>, r: Range, updates: &mut u32) -> bool {
        let new = match *slot {
            None => r,
            Some(old) => {
                let j = old.join(r);
                if j == old {
                    return false;
                }
                *updates += 1;
                if *updates > WIDEN_AFTER {
                    old.widen(j)
                } else {
                    j
                }
            }
        };
        let changed = *slot != Some(new);
        *slot = Some(new);
        changed
    }
    // Interprocedural fixpoint over parameters, globals and return values.
    for _round in 0..50 {
        let mut changed = false;
        for i in 0..n {
            let (a, _, calls) = analyse(&prog.bodies[i], &params[i], &facts);
            let (stores, returns) = (a.stores, a.returns);
            for (g, r) in stores {
                if facts.globals[g].is_some() {
                    changed |= grow(&mut facts.globals[g], r, &mut global_updates[g]);
                }
            }
            if let Some(r) = returns {
                changed |= grow(&mut facts.returns[i], r, &mut return_updates[i]);
            }
            for (callee, args) in calls {
                let c = callee.0 as usize;
                for (k, r) in args.into_iter().enumerate() {
                    let Some(slot) = params[c].get_mut(k) else {
                        continue;
                    };
                    let new = match *slot {
                        None => r,
                        Some(old) => {
                            let j = old.join(r);
                            if j == old {
                                continue;
                            }
                            updates[c][k] += 1;
                            if updates[c][k] > WIDEN_AFTER {
                                old.widen(j)
                            } else {
                                j
                            }
                        }
                    };
                    if *slot != Some(new) {
                        *slot = Some(new);
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
        if _round == 49 {
            // Not stable (cannot happen with widening, but never trust that): give up on
            // parameters, which is always sound.
            params = prog
                .bodies
                .iter()
                .map(|b| vec![Some(Range::FULL); b.params.len()])
                .collect();
            facts.globals = vec![Some(Range::FULL); prog.globals.len()];
            facts.returns = vec![Some(Range::FULL); n];
        }
    }
    for i in 0..n {
        if !called[i] {
            continue;
        }
        let (a, states, _) = analyse(&prog.bodies[i], &params[i], &facts);
        let hull = a.hull.clone();
        // Rewrite operations whose operands and result are proven small.
        let body = &prog.bodies[i];
        let mut rewrites = vec![];
        for (b, block) in body.blocks.iter().enumerate() {
            let Some(mut st) = states[b].clone() else {
                continue;
            };
            for (k, inst) in block.insts.iter().enumerate() {
                if let InstKind::Assign { dst, rv, .. } = &inst.kind {
                    if let Rvalue::Op(op, args) = rv {
                        let rs: Vec<Range> = args.iter().map(|x| a.operand(&st, x)).collect();
                        let result = transfer(*op, &rs);
                        if let Some(small) = small_form(*op, &rs, result) {
                            rewrites.push((b, k, small));
                        }
                        if let Some(natural) = natural_index_form(*op, &rs) {
                            rewrites.push((b, k, natural));
                        }
                    }
                    if body.ty(*dst) == MTy::Int {
                        st[dst.0 as usize] = Some(a.assigned(*dst, &st, rv));
                    }
                }
            }
        }
        let body = &mut prog.bodies[i];
        for (b, k, small) in rewrites {
            if let InstKind::Assign {
                rv: Rvalue::Op(op, _),
                ..
            } = &mut body.blocks[b].insts[k].kind
            {
                *op = small;
            }
        }
        for (l, h) in hull.iter().enumerate() {
            if let Some(h) = h {
                body.locals[l].small = h.is_small();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widening_stops_at_the_small_bounds_first() {
        let a = Range::konst(0);
        let w = a.widen(Range { lo: 0, hi: 5 });
        assert_eq!(
            w,
            Range {
                lo: 0,
                hi: SMALL_INT_MAX as i128
            }
        );
        let w2 = w.widen(Range {
            lo: 0,
            hi: SMALL_INT_MAX as i128 + 1,
        });
        assert_eq!(w2.hi, POS_INF);
    }

    #[test]
    fn refinement_on_comparisons() {
        let x = Range {
            lo: NEG_INF,
            hi: 30,
        };
        assert_eq!(
            refine(x, CmpOp::Ge, Range::konst(2)),
            Range { lo: 2, hi: 30 }
        );
        assert_eq!(
            refine(x, CmpOp::Lt, Range::konst(2)),
            Range { lo: NEG_INF, hi: 1 }
        );
    }

    #[test]
    fn transfer_is_sound_at_the_edges() {
        let big = Range {
            lo: 0,
            hi: SMALL_INT_MAX as i128,
        };
        let r = transfer(Op::IntAdd, &[big, Range::konst(1)]);
        assert!(!r.is_small());
        assert_eq!(small_form(Op::IntAdd, &[big, Range::konst(1)], r), None);
        let m = transfer(Op::IntMod, &[Range::FULL, Range::konst(10)]);
        assert_eq!(m, Range { lo: 0, hi: 9 });
        assert_eq!(
            transfer(Op::IntMul, &[Range::FULL, Range::konst(0)]),
            Range::konst(0)
        );
    }
}
