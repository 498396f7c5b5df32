//! Hoist: a tuple of constants built inside a loop is built once, on entry to the function.
//!
//! `for dx in (-1, 0, 1):` inside a loop made a new tuple on every iteration of the outer loop,
//! where CPython takes the tuple from the code object's constants. A tuple is immutable, so
//! making it earlier cannot be seen: the display's temporary (assigned nowhere else) gets its
//! value in the entry block instead, nested constant tuples (`((0, 1), (1, 0))`) included,
//! inner ones first. Only compiler temporaries move, never a variable of the program, whose
//! reads may have to raise UnboundLocalError before its assignment. Generators' resume
//! functions, whose entry runs at every resumption, are left alone.

use super::bounds::loop_blocks;
use crate::mir::*;

fn constant(op: &Operand, hoisted: &[bool]) -> bool {
    match op {
        Operand::Local(l) => hoisted[l.0 as usize],
        _ => true,
    }
}

pub fn run(body: &mut Body) {
    if body.resume || body.blocks.is_empty() {
        return;
    }
    // The entry must not be a loop's target, or the moved instructions would run again.
    if body
        .blocks
        .iter()
        .any(|b| super::block_targets(b).contains(&0))
    {
        return;
    }
    let mut defs = vec![0u32; body.locals.len()];
    for inst in body.blocks.iter().flat_map(|b| &b.insts) {
        if let InstKind::Assign { dst, rv, .. } = &inst.kind {
            // (The release of a statement's temporaries once it is done is not a definition.)
            if !rv.holds_nothing() {
                defs[dst.0 as usize] += 1;
            }
        }
    }
    let in_loop = loop_blocks(body);
    let mut hoisted = vec![false; body.locals.len()];
    let mut moved = vec![];
    for (b, block) in body.blocks.iter_mut().enumerate() {
        if !in_loop[b] {
            continue;
        }
        let mut kept = Vec::with_capacity(block.insts.len());
        for mut inst in std::mem::take(&mut block.insts) {
            let movable = match &inst.kind {
                InstKind::Assign {
                    dst,
                    rv: Rvalue::Op(Op::TupleNew(_), args),
                    ..
                } => {
                    defs[dst.0 as usize] == 1
                        && body.locals[dst.0 as usize].name.starts_with('%')
                        && args.iter().all(|a| constant(a, &hoisted))
                }
                _ => false,
            };
            if let (true, InstKind::Assign { dst, handler, .. }) = (movable, &mut inst.kind) {
                hoisted[dst.0 as usize] = true;
                // Only MemoryError can come from it; at the entry no `try` is around yet.
                *handler = None;
                moved.push(inst);
            } else {
                kept.push(inst);
            }
        }
        block.insts = kept;
    }
    if !moved.is_empty() {
        let entry = &mut body.blocks[0].insts;
        moved.append(entry);
        *entry = moved;
    }
}
