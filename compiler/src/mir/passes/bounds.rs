//! Bounds: loop versioning on a loop's bound, so that the ranges pass can prove products of
//! loop counters small.
//!
//! In `for i in range(n): for j in range(n): total += f(i, j)` nothing bounds `n` (a
//! parameter, a list's length), so `(i + j) * (i + j + 1)` in `f` might not fit in a small int
//! and keeps its overflow test, its slow path and its tag tests. This pass gives such a loop
//! nest a second copy, entered when the bounds of its counted loops are at most [`BOUND`]
//! (tested once, before the nest):
//!
//! ```text
//! guard: %bounded = n <= 2**30;  if %bounded then <copy of the nest> else <the nest>
//! ```
//!
//! The copy is the same MIR as the original; only what the ranges pass (which runs next) can
//! prove differs. On the copy's side of the guard `n <= 2**30`, so its counters lie within
//! `[0, 2**30)`, and a product of two of them (or of sums of two) is small. The calls in the
//! copy that pass ints to a small function doing such arithmetic call a *bounded clone* of it
//! (`f(int, int)#bounded`, made once per function, called only from copies), so that the
//! clone's parameters get the copy's ranges instead of the join with every other caller's.
//! A nest whose bound is larger runs the original, exactly as before.
//!
//! A nest is versioned when it may pay: its header is a counted loop (`i < n`, `i <= n`,
//! `n > i`, `n >= i`, `n` not assigned in the nest, or assigned only copies of one local that
//! is not); it multiplies two int variables, or passes an int to a function it can clone
//! that does;
//! it has at most [`MAX_INSTS`] instructions (the copy doubles them). Only the outermost such
//! loop of a nest is versioned, and the guard also tests the bounds of the counted loops inside
//! it. Generators' resume functions are left alone.

use crate::hir::CmpOp;
use crate::infer::SpecId;
use crate::mir::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The bound a versioned nest's loops are tested against: a product of two counters below it,
/// or of two sums of two, fits in a small int (below 2**62).
pub const BOUND: i64 = 1 << 30;

/// Nests larger than this stay as they are.
const MAX_INSTS: usize = 300;

/// Functions of at most this many instructions get a bounded clone.
const CLONE_INSTS: usize = 40;

/// A natural loop: its header and its blocks (the header included).
struct Loop {
    header: usize,
    blocks: BTreeSet<usize>,
}

/// The natural loops of the body, one per header (the union of its back edges' loops), each
/// entered through its header alone.
fn loops(body: &Body) -> Vec<Loop> {
    let n = body.blocks.len();
    let succ: Vec<Vec<usize>> = body.blocks.iter().map(super::block_targets).collect();
    let mut preds = vec![vec![]; n];
    for (b, ts) in succ.iter().enumerate() {
        for &t in ts {
            preds[t].push(b);
        }
    }
    let walk = super::depth_first(&succ);
    let (back, seen) = (walk.back, walk.seen);
    let mut out: Vec<Loop> = vec![];
    for (tail, header) in back {
        let mut blocks = BTreeSet::from([header]);
        let mut work = vec![tail];
        while let Some(b) = work.pop() {
            if blocks.insert(b) {
                work.extend(preds[b].iter().copied().filter(|&p| seen[p]));
            }
        }
        match out.iter_mut().find(|l| l.header == header) {
            Some(l) => l.blocks.extend(blocks),
            None => out.push(Loop { header, blocks }),
        }
    }
    out.retain(|l| {
        l.header != 0
            && l.blocks.iter().all(|&b| {
                b == l.header || preds[b].iter().all(|p| !seen[*p] || l.blocks.contains(p))
            })
    });
    out
}

/// Which blocks lie in some loop.
pub fn loop_blocks(body: &Body) -> Vec<bool> {
    let mut out = vec![false; body.blocks.len()];
    for l in loops(body) {
        for b in l.blocks {
            out[b] = true;
        }
    }
    out
}

/// The assignments of each local in a set of blocks.
fn assignments<'a>(body: &'a Body, blocks: &BTreeSet<usize>) -> HashMap<Local, Vec<&'a Rvalue>> {
    let mut out: HashMap<Local, Vec<&Rvalue>> = HashMap::new();
    for &b in blocks {
        for inst in &body.blocks[b].insts {
            if let InstKind::Assign { dst, rv, .. } = &inst.kind {
                out.entry(*dst).or_default().push(rv);
            }
        }
    }
    out
}

/// The local to test for a counted loop's bound: the local its header compares its counter with
/// (`counter < bound`, `counter <= bound`, either way round) when the nest does not assign it,
/// or the one local it is a copy of when the nest assigns it only such copies.
fn bound(body: &Body, l: &Loop, written: &HashMap<Local, Vec<&Rvalue>>) -> Option<Local> {
    let block = &body.blocks[l.header];
    let Terminator::Branch(Operand::Local(c), _, _) = block.term else {
        return None;
    };
    let InstKind::Assign {
        dst,
        rv: Rvalue::Op(Op::IntCmp(op), args),
        ..
    } = &block.insts.last()?.kind
    else {
        return None;
    };
    let [Operand::Local(a), Operand::Local(b)] = args.as_slice() else {
        return None;
    };
    let (counter, bound) = match op {
        CmpOp::Lt | CmpOp::Le => (*a, *b),
        CmpOp::Gt | CmpOp::Ge => (*b, *a),
        _ => return None,
    };
    if *dst != c || !written.contains_key(&counter) {
        return None;
    }
    match written.get(&bound) {
        None => Some(bound),
        Some(rvs) => {
            let mut sources = rvs.iter().map(|rv| match rv {
                Rvalue::Use(Operand::Local(s)) if !written.contains_key(s) => Some(*s),
                _ => None,
            });
            let first = sources.next()??;
            sources.all(|s| s == Some(first)).then_some(first)
        }
    }
}

/// Whether an instruction multiplies two int variables: what a bound on both lets
/// the ranges pass prove small, and what it proves without one only when a caller passes
/// constants (a product with a constant stays within reach of the counters' own bounds).
fn multiplies(inst: &Inst) -> bool {
    matches!(&inst.kind, InstKind::Assign { rv: Rvalue::Op(op, args), .. }
        if *op == Op::IntMul
            && args.iter().all(|a| matches!(a, Operand::Local(_))))
}

/// The call sites in `blocks` that may call a bounded clone: a call passing an int to a
/// function that can be cloned.
fn clone_sites(
    body: &Body,
    blocks: &BTreeSet<usize>,
    cloneable: &[bool],
) -> Vec<(usize, usize, SpecId)> {
    let mut out = vec![];
    for &b in blocks {
        for (k, inst) in body.blocks[b].insts.iter().enumerate() {
            if let InstKind::Assign {
                rv: Rvalue::Call(s, args),
                ..
            } = &inst.kind
            {
                let int_arg = args
                    .iter()
                    .any(|a| matches!(a, Operand::Local(l) if body.ty(*l) == MTy::Int));
                if int_arg && cloneable[s.0 as usize] {
                    out.push((b, k, *s));
                }
            }
        }
    }
    out
}

/// Functions worth a bounded clone: small, not recursive, not a generator's resume function,
/// doing int products.
fn cloneable(prog: &Program) -> Vec<bool> {
    prog.bodies
        .iter()
        .map(|body| {
            let insts = || body.blocks.iter().flat_map(|b| &b.insts);
            !body.resume
                && body.spec != prog.main
                && insts().count() <= CLONE_INSTS
                && insts().any(multiplies)
                && !insts().any(|i| {
                    matches!(&i.kind, InstKind::Assign { rv: Rvalue::Call(s, _), .. }
                        if *s == body.spec)
                })
        })
        .collect()
}

/// Copies the nest's blocks and sends every entry into it through the guards on `bounds`;
/// returns the copy's blocks.
fn version(body: &mut Body, nest: &Loop, bounds: &[Local]) -> BTreeSet<usize> {
    let base = body.blocks.len();
    let copy: BTreeMap<usize, usize> = nest
        .blocks
        .iter()
        .enumerate()
        .map(|(i, &b)| (b, base + i))
        .collect();
    let inside = |t: BlockId| BlockId(copy.get(&(t.0 as usize)).map_or(t.0, |&c| c as u32));
    for &b in &nest.blocks {
        let mut block = body.blocks[b].clone();
        block.term.map_targets(inside);
        for inst in &mut block.insts {
            if let InstKind::Assign {
                handler: Some(h), ..
            } = &mut inst.kind
            {
                *h = inside(*h);
            }
        }
        body.blocks.push(block);
    }
    // The guards, the last test first: each goes on to the next (the last to the copy), and
    // to the original nest when its bound is too large.
    let header = BlockId(nest.header as u32);
    let line = body.blocks[nest.header]
        .insts
        .last()
        .map_or(body.line, |i| i.line);
    let flag = body.new_local(MTy::Bool, "%bounded");
    let mut next = BlockId(copy[&nest.header] as u32);
    for &b in bounds.iter().rev() {
        let guard = body.new_block();
        body.blocks[guard.0 as usize] = Block {
            insts: vec![Inst::assign(
                flag,
                Rvalue::Op(
                    Op::IntCmp(CmpOp::Le),
                    vec![Operand::Local(b), Operand::Int(BOUND)],
                ),
                line,
            )],
            term: Terminator::Branch(Operand::Local(flag), next, header),
        };
        next = guard;
    }
    for b in 0..base {
        if !nest.blocks.contains(&b) {
            body.blocks[b]
                .term
                .map_targets(|t| if t == header { next } else { t });
        }
    }
    copy.values().copied().collect()
}

/// Versions one body's counted loop nests; the blocks of the copies.
fn run_body(body: &mut Body, cloneable: &[bool]) -> Vec<BTreeSet<usize>> {
    let mut all = loops(body);
    // Outermost first: a loop's blocks include those of the loops inside it.
    all.sort_by_key(|l| std::cmp::Reverse(l.blocks.len()));
    let mut chosen: Vec<(usize, Vec<Local>)> = vec![];
    let mut covered: BTreeSet<usize> = BTreeSet::new();
    for l in &all {
        if covered.contains(&l.header) {
            continue;
        }
        let size: usize = l.blocks.iter().map(|&b| body.blocks[b].insts.len()).sum();
        let pays = l
            .blocks
            .iter()
            .any(|&b| body.blocks[b].insts.iter().any(multiplies))
            || !clone_sites(body, &l.blocks, cloneable).is_empty();
        if size > MAX_INSTS || !pays {
            continue;
        }
        let written = assignments(body, &l.blocks);
        let Some(outer) = bound(body, l, &written) else {
            continue;
        };
        let mut bounds = vec![outer];
        for inner in &all {
            if inner.header != l.header && l.blocks.contains(&inner.header) {
                if let Some(b) = bound(body, inner, &written) {
                    if !bounds.contains(&b) {
                        bounds.push(b);
                    }
                }
            }
        }
        covered.extend(l.blocks.iter().copied());
        chosen.push((l.header, bounds));
    }
    let mut copies = vec![];
    for (header, bounds) in &chosen {
        if let Some(nest) = loops(body).into_iter().find(|l| l.header == *header) {
            copies.push(version(body, &nest, bounds));
        }
    }
    copies
}

/// Versions the counted loop nests of every body, and points the copies' calls at bounded
/// clones.
pub fn run(prog: &mut Program) {
    let cloneable = cloneable(prog);
    let mut clones: HashMap<SpecId, SpecId> = HashMap::new();
    for i in 0..prog.bodies.len() {
        if prog.bodies[i].resume {
            continue;
        }
        let copies = run_body(&mut prog.bodies[i], &cloneable);
        let sites: Vec<(usize, usize, SpecId)> = copies
            .iter()
            .flat_map(|blocks| clone_sites(&prog.bodies[i], blocks, &cloneable))
            .collect();
        for (b, k, callee) in sites {
            let clone = *clones.entry(callee).or_insert_with(|| {
                let id = SpecId(prog.bodies.len() as u32);
                let mut c = prog.bodies[callee.0 as usize].clone();
                c.spec = id;
                c.name = format!("{}#bounded", c.name);
                prog.bodies.push(c);
                id
            });
            if let InstKind::Assign {
                rv: Rvalue::Call(s, _),
                ..
            } = &mut prog.bodies[i].blocks[b].insts[k].kind
            {
                *s = clone;
            }
        }
    }
}
