//! Recursion: one level of a small recursive function inlined into itself.
//!
//! LLVM does not inline a function into itself, so `fib(n - 1) + fib(n - 2)` pays a whole
//! call (six callee-saved registers pushed and popped, the depth test, the return) for every
//! node of the call tree, most of them leaves that only compare and return. This pass gives a
//! small body that calls itself a clone (`fib(int)#inner`, marked to be inlined everywhere):
//! the body's calls to itself go to the clone, and the clone's calls go back to the body. Once
//! LLVM inlines the clone, each call does two levels of the recursion, so there are about half
//! as many calls, and the leaves of the inner level cost a compare and a branch. gcc does the
//! same for C's recursive functions.
//!
//! The clone is a whole function of its own, not a rewrite of the body: it has its own depth
//! (one more than its caller's, tested against the recursion limit), and pushes its own
//! traceback entry on an error, so RecursionError and tracebacks are those of CPython.

use crate::infer::SpecId;
use crate::mir::*;

/// A body of more instructions than this is not cloned.
const MAX_INSTS: usize = 160;
/// Nor one whose clone, inlined at each of its calls to itself, would add more than this.
const MAX_GROWTH: usize = 320;

/// The number of calls `body` makes to itself.
fn self_calls(body: &Body) -> usize {
    body.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| {
            matches!(&i.kind, InstKind::Assign { rv: Rvalue::Call(s, _), .. } if *s == body.spec)
        })
        .count()
}

/// Whether `body` gets an inlined clone.
fn worth_it(prog: &Program, body: &Body) -> bool {
    if body.resume || body.inline || body.spec == prog.main {
        return false;
    }
    let calls = self_calls(body);
    let size: usize = body.blocks.iter().map(|b| b.insts.len()).sum();
    calls > 0 && size <= MAX_INSTS && size * calls <= MAX_GROWTH
}

/// Points the calls to `from` in `body` at `to`.
fn redirect(body: &mut Body, from: SpecId, to: SpecId) {
    for inst in body.blocks.iter_mut().flat_map(|b| &mut b.insts) {
        if let InstKind::Assign {
            rv: Rvalue::Call(s, _),
            ..
        } = &mut inst.kind
        {
            if *s == from {
                *s = to;
            }
        }
    }
}

pub fn run(prog: &mut Program) {
    for i in 0..prog.bodies.len() {
        if !worth_it(prog, &prog.bodies[i]) {
            continue;
        }
        let spec = prog.bodies[i].spec;
        let id = SpecId(prog.bodies.len() as u32);
        let mut clone = prog.bodies[i].clone();
        clone.spec = id;
        clone.name = format!("{}#inner", clone.name);
        clone.inline = true;
        redirect(&mut prog.bodies[i], spec, id);
        prog.bodies.push(clone);
    }
}
