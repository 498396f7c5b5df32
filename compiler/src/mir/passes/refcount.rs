//! Reference counting: every local that may hold a reference (a str, or an int that may be big)
//! owns one reference, released when it is overwritten and on every exit.
//!
//! - An operation's or call's heap result is a new reference, moved into its local.
//! - A copy (`x = y`) or a load from a global adds a reference.
//! - Storing into a global adds a reference and releases the global's old value.
//! - A local the borrow pass marked borrowed (`passes/borrow.rs`) owns nothing: it is treated
//!   like a borrowed parameter.
//! - Parameters are borrowed from the caller. A parameter the body never reassigns stays
//!   borrowed: it needs no increment on entry and no release on exit (counted in
//!   [`Stats::refcount_ops_elided`]). One that is reassigned is taken over with an increment.
//! - `s = nx_str_iadd(s, t)` (`s += t` of a str variable) hands the variable's reference to
//!   the runtime, which returns the result's: nothing is released for the overwrite.
//! - `return x` of an owned local moves its reference to the caller; of a borrowed one adds a
//!   reference. Every other owned local is released on return, and every owned local on the
//!   propagation of an exception.

use crate::mir::*;
use std::collections::HashMap;

pub fn run(body: &mut Body, stats: &mut Stats) {
    // Which locals are ever assigned (parameters that are not stay borrowed).
    let mut assigned = vec![false; body.locals.len()];
    for block in &body.blocks {
        for inst in &block.insts {
            if let InstKind::Assign { dst, .. } = inst.kind {
                assigned[dst.0 as usize] = true;
            }
        }
    }
    let mut entry_increfs = vec![];
    for (i, decl) in body.locals.iter_mut().enumerate() {
        if !decl.ty.is_refcounted() || decl.small || decl.borrowed {
            continue;
        }
        let is_param = body.params.contains(&Local(i as u32));
        if is_param && !assigned[i] {
            let exits = body
                .blocks
                .iter()
                .filter(|b| matches!(b.term, Terminator::Return(_) | Terminator::Propagate { .. }))
                .count();
            stats.refcount_ops_elided += 1 + exits;
            continue;
        }
        decl.owned = true;
        if is_param {
            entry_increfs.push(Local(i as u32));
        }
    }
    let owned: Vec<Local> = (0..body.locals.len() as u32)
        .map(Local)
        .filter(|l| body.locals[l.0 as usize].owned)
        .collect();
    let is_owned = |l: Local, body: &Body| body.locals[l.0 as usize].owned;
    let holding = may_hold(body, &owned, &entry_increfs);

    for b in 0..body.blocks.len() {
        let insts = std::mem::take(&mut body.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        if b == 0 {
            for l in &entry_increfs {
                out.push(Inst {
                    kind: InstKind::Incref(*l),
                    line: body.line,
                });
                stats.increfs += 1;
            }
        }
        for mut inst in insts {
            let line = inst.line;
            match &mut inst.kind {
                InstKind::Assign {
                    dst,
                    rv,
                    release_old,
                    ..
                } if is_owned(*dst, body) => {
                    // `s = nx_str_iadd(s, t)` takes over the variable's reference itself.
                    let consumes_dst = matches!(rv, Rvalue::Op(Op::Runtime(f), args)
                        if f.name == "nx_str_iadd" && args.first() == Some(&Operand::Local(*dst)));
                    *release_old = !consumes_dst;
                    let dst = *dst;
                    match rv {
                        // A copy: take the new reference before the old value is released, so
                        // that `x = x` is safe.
                        Rvalue::Use(Operand::Local(src)) => {
                            let src = *src;
                            out.push(Inst {
                                kind: InstKind::Incref(src),
                                line,
                            });
                            out.push(inst);
                            stats.increfs += 1;
                        }
                        // The global keeps its own reference, so the order does not matter.
                        Rvalue::LoadGlobal(_) => {
                            out.push(inst);
                            out.push(Inst {
                                kind: InstKind::Incref(dst),
                                line,
                            });
                            stats.increfs += 1;
                        }
                        _ => out.push(inst),
                    }
                    continue;
                }
                InstKind::StoreGlobal {
                    value, release_old, ..
                } => {
                    if let Operand::Local(l) = value {
                        // The global's old value may hold a reference even when the new one
                        // cannot (a big int replaced by a small one).
                        *release_old = body.locals[l.0 as usize].ty.is_refcounted();
                        if needs_rc(&body.locals[l.0 as usize]) {
                            let l = *l;
                            out.push(Inst {
                                kind: InstKind::Incref(l),
                                line,
                            });
                            stats.increfs += 1;
                        }
                    } else if matches!(value, Operand::Str(_) | Operand::Int(_)) {
                        *release_old = true;
                    }
                }
                _ => {}
            }
            out.push(inst);
        }
        let line = match &body.blocks[b].term {
            Terminator::Propagate { line, .. } => *line,
            _ => body.line,
        };
        match body.blocks[b].term.clone() {
            Terminator::Return(v) => {
                // Returning an owned local moves its reference to the caller; a borrowed one
                // gets a new reference.
                let mut moved = None;
                if let Operand::Local(l) = v {
                    if body.locals[l.0 as usize].owned {
                        moved = Some(l);
                        stats.refcount_ops_elided += 2;
                    } else if needs_rc(&body.locals[l.0 as usize]) {
                        out.push(Inst {
                            kind: InstKind::Incref(l),
                            line,
                        });
                        stats.increfs += 1;
                    }
                }
                let held = &holding[b];
                for (_, l) in owned
                    .iter()
                    .enumerate()
                    .filter(|(k, l)| held.get(*k) && Some(**l) != moved)
                {
                    out.push(Inst {
                        kind: InstKind::Decref(*l),
                        line,
                    });
                    stats.decrefs += 1;
                }
            }
            _ => {}
        }
        body.blocks[b].insts = out;
    }
    cleanups(body, &owned, &holding, stats);
}

/// Each exit by exception releases the references its frame may hold there. The program's
/// variables (which most exits hold) are released by one block that every exit shares: linear
/// in the number of raising sites, where releasing them at each site would be quadratic. A
/// compiler temporary is held only within its statement (the builder releases it when the
/// statement is done): each exit first releases the temporaries it may hold, through a chain
/// of blocks shared between exits holding the same ones (`[a, b, c]` releases `c` and goes on
/// to the block of `[a, b]`), then goes to the shared block. (One block releasing every temporary made a
/// long module body quadratic for LLVM: a value for each of them from each exit.)
fn cleanups(body: &mut Body, owned: &[Local], holding: &[Bits], stats: &mut Stats) {
    let propagates: Vec<usize> = (0..body.blocks.len())
        .filter(|b| {
            matches!(
                body.blocks[*b].term,
                Terminator::Propagate { cleanup: None, .. }
            )
        })
        .collect();
    if owned.is_empty() || propagates.is_empty() {
        return;
    }
    let temp: Vec<bool> = owned
        .iter()
        .map(|l| body.locals[l.0 as usize].name.starts_with('%'))
        .collect();
    let mut shared_held = Bits::new(owned.len());
    for &b in &propagates {
        shared_held.union(&holding[b]);
    }
    let shared = body.new_block();
    let insts: Vec<Inst> = owned
        .iter()
        .enumerate()
        .filter(|(k, _)| shared_held.get(*k) && !temp[*k])
        .map(|(_, l)| Inst {
            kind: InstKind::Decref(*l),
            line: body.line,
        })
        .collect();
    stats.decrefs += insts.len();
    body.block(shared).insts = insts;
    body.block(shared).term = Terminator::Leave;
    let mut chains: HashMap<(Local, BlockId), BlockId> = HashMap::new();
    for b in propagates {
        let temps: Vec<Local> = owned
            .iter()
            .enumerate()
            .filter(|(k, _)| holding[b].get(*k) && temp[*k])
            .map(|(_, l)| *l)
            .collect();
        let target = chain(body, &temps, shared, &mut chains, stats);
        if let Terminator::Propagate { cleanup: c, .. } = &mut body.blocks[b].term {
            *c = Some(target);
        }
    }
}

/// The block that releases `temps` (in decreasing order of local) and then goes to `shared`:
/// one block per temporary, each keyed by the temporary and the block it goes on to, so that
/// exits holding the same first temporaries share the rest of the chain.
fn chain(
    body: &mut Body,
    temps: &[Local],
    shared: BlockId,
    chains: &mut HashMap<(Local, BlockId), BlockId>,
    stats: &mut Stats,
) -> BlockId {
    let mut next = shared;
    for &l in temps {
        next = match chains.get(&(l, next)) {
            Some(&b) => b,
            None => {
                let block = body.new_block();
                body.block(block).insts = vec![Inst {
                    kind: InstKind::Decref(l),
                    line: body.line,
                }];
                body.block(block).term = Terminator::Goto(next);
                stats.decrefs += 1;
                chains.insert((l, next), block);
                block
            }
        };
    }
    next
}

/// A set of owned locals, by their index in the list of owned locals.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn get(&self, k: usize) -> bool {
        self.0[k / 64] >> (k % 64) & 1 == 1
    }
    fn set(&mut self, k: usize, on: bool) {
        if on {
            self.0[k / 64] |= 1 << (k % 64);
        } else {
            self.0[k / 64] &= !(1 << (k % 64));
        }
    }
    /// Adds `other`'s members; whether that added any.
    fn union(&mut self, other: &Bits) -> bool {
        let mut grew = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            grew |= *b & !*a != 0;
            *a |= b;
        }
        grew
    }
}

/// Which owned locals may hold a reference at the end of each block (a forward may-analysis).
/// A local holds none before its first assignment and after one that releases it
/// ([`Rvalue::holds_nothing`]); a parameter taken over holds one from the entry, and in a
/// generator's resume function (whose entry reloads the frame) every local may.
fn may_hold(body: &Body, owned: &[Local], taken: &[Local]) -> Vec<Bits> {
    let n = body.blocks.len();
    let mut index = vec![usize::MAX; body.locals.len()];
    for (k, l) in owned.iter().enumerate() {
        index[l.0 as usize] = k;
    }
    let mut entry = Bits::new(owned.len());
    for (k, l) in owned.iter().enumerate() {
        if body.resume || taken.contains(l) {
            entry.set(k, true);
        }
    }
    let mut ins = vec![Bits::new(owned.len()); n];
    let mut outs = vec![Bits::new(owned.len()); n];
    let mut reached = vec![false; n];
    if n > 0 {
        ins[0] = entry;
        reached[0] = true;
    }
    let mut work: Vec<usize> = (0..n).rev().collect();
    let mut queued = vec![true; n];
    while let Some(b) = work.pop() {
        queued[b] = false;
        if !reached[b] {
            continue;
        }
        let mut cur = ins[b].clone();
        let mut flow = |t: usize, state: &Bits, work: &mut Vec<usize>, queued: &mut [bool]| {
            let grew = ins[t].union(state);
            if !reached[t] || grew {
                reached[t] = true;
                if !queued[t] {
                    queued[t] = true;
                    work.push(t);
                }
            }
        };
        for inst in &body.blocks[b].insts {
            if let InstKind::Assign {
                dst, rv, handler, ..
            } = &inst.kind
            {
                let k = index[dst.0 as usize];
                if let Some(h) = handler {
                    // (Raising leaves `dst` as it was, or with a value: either may be.)
                    let mut raised = cur.clone();
                    if k != usize::MAX {
                        raised.set(k, true);
                    }
                    flow(h.0 as usize, &raised, &mut work, &mut queued);
                }
                if k != usize::MAX {
                    cur.set(k, !rv.holds_nothing());
                }
            }
        }
        let mut term = body.blocks[b].term.clone();
        term.map_targets(|t| {
            flow(t.0 as usize, &cur, &mut work, &mut queued);
            t
        });
        outs[b] = cur;
    }
    outs
}

/// Whether values of this local may hold a reference.
fn needs_rc(decl: &LocalDecl) -> bool {
    decl.ty.is_refcounted() && !decl.small
}
