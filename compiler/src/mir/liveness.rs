//! Liveness: which locals a block may read before writing them, on some path from its entry
//! (used by if-conversion, and by generators to keep in their frame only what a `yield`'s
//! continuation reads).

use crate::mir::*;

/// The locals live on entry to each block (a backward dataflow; what an exception handler
/// reads counts as live on entry to every block with an edge to it, whatever the block
/// writes, which only over-approximates). Reference counting of a
/// speculated local is not a use: its value is a small int, which counting ignores, so an
/// arm's result that nothing reads needs no select.
pub fn live_in(body: &Body) -> Vec<Vec<bool>> {
    let n = body.locals.len();
    let spec = |l: &Local| body.speculated.get(l.0 as usize).copied().unwrap_or(false);
    // Per block: the locals read before written, and those written.
    let mut gen = vec![vec![false; n]; body.blocks.len()];
    let mut kill = vec![vec![false; n]; body.blocks.len()];
    let mut succ: Vec<Vec<usize>> = vec![vec![]; body.blocks.len()];
    let mut handlers: Vec<Vec<usize>> = vec![vec![]; body.blocks.len()];
    for (b, block) in body.blocks.iter().enumerate() {
        let (g, k) = (&mut gen[b], &mut kill[b]);
        let read = |o: &Operand, k: &Vec<bool>, g: &mut Vec<bool>| {
            if let Operand::Local(l) = o {
                if !k[l.0 as usize] {
                    g[l.0 as usize] = true;
                }
            }
        };
        for inst in &block.insts {
            match &inst.kind {
                InstKind::Assign {
                    dst, rv, handler, ..
                } => {
                    match rv {
                        Rvalue::Use(o) => read(o, k, g),
                        Rvalue::Op(_, args) | Rvalue::Call(_, args) => {
                            args.iter().for_each(|o| read(o, k, g))
                        }
                        Rvalue::LoadGlobal(_) => {}
                    }
                    if let Some(h) = handler {
                        handlers[b].push(h.0 as usize);
                    }
                    k[dst.0 as usize] = true;
                }
                InstKind::StoreGlobal { value, .. } => read(value, k, g),
                InstKind::Incref(l) | InstKind::Decref(l) if !spec(l) => {
                    read(&Operand::Local(*l), k, g)
                }
                InstKind::Incref(_) | InstKind::Decref(_) => {}
            }
        }
        match &block.term {
            Terminator::Branch(o, ..) | Terminator::Return(o) => read(o, k, g),
            Terminator::CheckError { value, .. } => read(&Operand::Local(*value), k, g),
            _ => {}
        }
        let mut t = block.term.clone();
        t.map_targets(|x| {
            succ[b].push(x.0 as usize);
            x
        });
    }
    let mut live = gen.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..body.blocks.len()).rev() {
            for &s in &succ[b] {
                for l in 0..n {
                    if live[s][l] && !kill[b][l] && !live[b][l] {
                        live[b][l] = true;
                        changed = true;
                    }
                }
            }
            for &h in &handlers[b] {
                for l in 0..n {
                    if live[h][l] && !live[b][l] {
                        live[b][l] = true;
                        changed = true;
                    }
                }
            }
        }
    }
    live
}
