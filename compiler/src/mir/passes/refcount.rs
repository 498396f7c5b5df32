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
                        if needs_rc(&body.locals[l.0 as usize]) {
                            let l = *l;
                            *release_old = true;
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
                for l in owned.iter().filter(|l| Some(**l) != moved) {
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
    // Every exit by exception shares one block that releases the frame's references: linear
    // in the number of raising sites, where releasing at each site would be quadratic.
    let propagates: Vec<usize> = (0..body.blocks.len())
        .filter(|b| {
            matches!(
                body.blocks[*b].term,
                Terminator::Propagate { cleanup: None, .. }
            )
        })
        .collect();
    if !owned.is_empty() && !propagates.is_empty() {
        let cleanup = body.new_block();
        let insts = owned
            .iter()
            .map(|l| Inst {
                kind: InstKind::Decref(*l),
                line: body.line,
            })
            .collect();
        stats.decrefs += owned.len();
        body.block(cleanup).insts = insts;
        body.block(cleanup).term = Terminator::Leave;
        for b in propagates {
            if let Terminator::Propagate { cleanup: c, .. } = &mut body.blocks[b].term {
                *c = Some(cleanup);
            }
        }
    }
}

/// Whether values of this local may hold a reference.
fn needs_rc(decl: &LocalDecl) -> bool {
    decl.ty.is_refcounted() && !decl.small
}
