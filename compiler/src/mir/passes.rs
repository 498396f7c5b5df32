//! The MIR passes, in their fixed order. Each pass is one module; [`run`] applies them all and
//! verifies the body after each one.

pub mod accumulate;
pub mod borrow;
pub mod bounds;
pub mod constants;
pub mod copyprop;
pub mod exceptions;
pub mod hoist;
pub mod ifconvert;
pub mod pair_keys;
pub mod ranges;
pub mod recursion;
pub mod refcount;
pub mod speculate;
pub mod unbound;
pub mod versions;

use super::Program;

/// The names of the passes, in order, for `--emit mir --after PASS`.
pub const PASSES: &[&str] = &[
    "build",
    "unbound",
    "constants",
    "hoist",
    "accumulate",
    "copyprop",
    "pair_keys",
    "bounds",
    "ranges",
    "exceptions",
    "borrow",
    "refcount",
    "speculate",
    "ifconvert",
    "recursion",
];

/// Measurement modes, which compile something that is not Python to show what a guarantee
/// costs (`benchmarks/exactness`): all off for every real build.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unchecked {
    /// Every int a wrapping machine word: no overflow checks, no big ints.
    pub ints: bool,
    /// No error checks after fallible operations: an exception goes unnoticed.
    pub errors: bool,
}

/// Runs the passes up to and including `last` (all of them when `None`).
pub fn run(prog: &mut Program, last: Option<&str>, unchecked: Unchecked) {
    if last == Some("build") {
        return;
    }
    unbound::run(prog);
    super::verify::verify_program(prog);
    if last == Some("unbound") {
        return;
    }
    constants::run(prog);
    super::verify::verify_program(prog);
    if last == Some("constants") {
        return;
    }
    prog.bodies.iter_mut().for_each(hoist::run);
    super::verify::verify_program(prog);
    if last == Some("hoist") {
        return;
    }
    let main = prog.main;
    for body in &mut prog.bodies {
        accumulate::run(body, main);
    }
    super::verify::verify_program(prog);
    if last == Some("accumulate") {
        return;
    }
    prog.bodies.iter_mut().for_each(copyprop::run);
    super::verify::verify_program(prog);
    if last == Some("copyprop") {
        return;
    }
    for body in &mut prog.bodies {
        pair_keys::run(body, &prog.tuple_items);
    }
    super::verify::verify_program(prog);
    if last == Some("pair_keys") {
        return;
    }
    if !unchecked.ints {
        bounds::run(prog);
        super::verify::verify_program(prog);
    }
    if last == Some("bounds") {
        return;
    }
    ranges::run(prog, unchecked.ints);
    super::verify::verify_program(prog);
    if last == Some("ranges") {
        return;
    }
    for body in &mut prog.bodies {
        exceptions::run(body);
    }
    super::verify::verify_program(prog);
    if last == Some("exceptions") {
        return;
    }
    let mut stats = super::Stats::default();
    for body in &mut prog.bodies {
        borrow::run(body, &mut stats);
    }
    super::verify::verify_program(prog);
    if last == Some("borrow") {
        prog.stats = stats;
        return;
    }
    for body in &mut prog.bodies {
        refcount::run(body, &mut stats);
    }
    prog.stats = stats;
    versions::run(prog);
    super::verify::verify_program(prog);
    if last == Some("refcount") {
        return;
    }
    if unchecked.ints {
        // Every int a machine word already: nothing to speculate on.
        if unchecked.errors {
            prog.bodies.iter_mut().for_each(unchecked_errors);
        }
        recursion::run(prog);
        return;
    }
    for body in &mut prog.bodies {
        speculate::run(body);
    }
    super::verify::verify_program(prog);
    if last == Some("speculate") {
        return;
    }
    for body in &mut prog.bodies {
        ifconvert::run(body);
        if unchecked.errors {
            unchecked_errors(body);
        }
    }
    super::verify::verify_program(prog);
    if last == Some("ifconvert") {
        return;
    }
    recursion::run(prog);
    super::verify::verify_program(prog);
}

/// The measurement mode without error checks: every `CheckError` goes on as if nothing
/// raised, except those after a speculative operation (leaving the fast version on overflow
/// is part of exact ints, not an error check).
fn unchecked_errors(body: &mut super::Body) {
    use super::{InstKind, Rvalue, Terminator};
    for block in &mut body.blocks {
        let Terminator::CheckError { ok, .. } = block.term else {
            continue;
        };
        let spec = matches!(block.insts.last().map(|i| &i.kind),
            Some(InstKind::Assign { rv: Rvalue::Op(op, _), .. }) if op.is_spec_int());
        if !spec {
            block.term = Terminator::Goto(ok);
        }
    }
}

/// The blocks block `b` may go to: its terminator's targets, and the `try` dispatch blocks its
/// instructions' exceptions go to (before the exceptions pass makes those edges explicit).
pub(crate) fn block_targets(block: &super::Block) -> Vec<usize> {
    let mut out = vec![];
    let mut t = block.term.clone();
    t.map_targets(|b| {
        out.push(b.0 as usize);
        b
    });
    for inst in &block.insts {
        if let super::InstKind::Assign {
            handler: Some(h), ..
        } = inst.kind
        {
            out.push(h.0 as usize);
        }
    }
    out
}

/// A depth-first walk of a control-flow graph from block 0, `succ[b]` being block `b`'s
/// successors: the edges that go back to a block on the path from the entry (a loop's back
/// edges, in code built from structured statements), the blocks in postorder, and which blocks
/// it reached.
pub(crate) struct DepthFirst {
    pub back: Vec<(usize, usize)>,
    pub postorder: Vec<usize>,
    pub seen: Vec<bool>,
}

pub(crate) fn depth_first(succ: &[Vec<usize>]) -> DepthFirst {
    let n = succ.len();
    let (mut on_path, mut seen) = (vec![false; n], vec![false; n]);
    let mut back = vec![];
    let mut postorder = Vec::with_capacity(n);
    // (block, index of its next successor to explore)
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    seen[0] = true;
    on_path[0] = true;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        if *next < succ[b].len() {
            let t = succ[b][*next];
            *next += 1;
            if on_path[t] {
                back.push((b, t));
            } else if !seen[t] {
                seen[t] = true;
                on_path[t] = true;
                stack.push((t, 0));
            }
        } else {
            on_path[b] = false;
            postorder.push(b);
            stack.pop();
        }
    }
    DepthFirst {
        back,
        postorder,
        seen,
    }
}
