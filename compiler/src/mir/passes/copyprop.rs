//! Copy propagation: a local that is only ever a copy of another (`y = x`) and read only
//! right after, in the same block while `x` still holds that value, is replaced by `x`.
//!
//! The builder makes such copies for hidden helpers (the object of `b.x += v`, the item of
//! `for b1, b2 in pairs`) and for plain Python assignments (`b = item`). Each copy of a
//! reference would cost an increment and a release (the refcount pass runs after this one);
//! with the copy gone, reads use the original. Nothing observable changes: the two locals
//! hold the same value at every read.

use crate::mir::*;

pub fn run(body: &mut Body) {
    if body.resume {
        // A generator's locals also live in its frame across resumptions.
        return;
    }
    let n = body.locals.len();
    // Definitions of each local, and the blocks where it is read.
    let mut defs = vec![0u32; n];
    let mut read_in: Vec<Option<usize>> = vec![None; n];
    let mut read_elsewhere = vec![false; n];
    for (b, block) in body.blocks.iter().enumerate() {
        let mut note = |l: Local| {
            let i = l.0 as usize;
            match read_in[i] {
                None => read_in[i] = Some(b),
                Some(c) if c != b => read_elsewhere[i] = true,
                Some(_) => {}
            }
        };
        for inst in &block.insts {
            match &inst.kind {
                InstKind::Assign { dst, rv, .. } => {
                    // (The release of a temporary once its statement is done comes after
                    // every read.)
                    if !rv.holds_nothing() {
                        defs[dst.0 as usize] += 1;
                    }
                    rv.operands().iter().for_each(|o| {
                        if let Operand::Local(l) = o {
                            note(*l)
                        }
                    });
                }
                InstKind::StoreGlobal { value, .. } => {
                    if let Operand::Local(l) = value {
                        note(*l)
                    }
                }
                InstKind::Incref(l) | InstKind::Decref(l) => note(*l),
            }
        }
        match &block.term {
            Terminator::Branch(Operand::Local(l), ..) | Terminator::Return(Operand::Local(l)) => {
                note(*l)
            }
            Terminator::CheckError { value, .. } => note(*value),
            _ => {}
        }
    }
    for b in 0..body.blocks.len() {
        let mut i = 0;
        while i < body.blocks[b].insts.len() {
            if let Some((y, x)) = candidate(body, b, i, &defs, &read_in, &read_elsewhere) {
                if propagate(body, b, i, y, x) {
                    body.blocks[b].insts.remove(i);
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// Instruction `i` of block `b` as `y = x`, if `y` is a copy this pass may remove: its only
/// definition, of the same type, not a parameter, read in no block but this one.
fn candidate(
    body: &Body,
    b: usize,
    i: usize,
    defs: &[u32],
    read_in: &[Option<usize>],
    read_elsewhere: &[bool],
) -> Option<(Local, Local)> {
    let InstKind::Assign {
        dst: y,
        rv: Rvalue::Use(Operand::Local(x)),
        ..
    } = body.blocks[b].insts[i].kind
    else {
        return None;
    };
    let ok = y != x
        && defs[y.0 as usize] == 1
        && !read_elsewhere[y.0 as usize]
        && read_in[y.0 as usize].is_none_or(|r| r == b)
        && !body.params.contains(&y)
        && body.ty(y) == body.ty(x)
        && body.ty(y) != MTy::Cell;
    ok.then_some((y, x))
}

/// Rewrites the reads of `y` after instruction `i` of block `b` into reads of `x`, if `x` is
/// not assigned again before the last of them (and `y` is not read by the terminator, or `x`
/// survives to it). Returns whether it did.
fn propagate(body: &mut Body, b: usize, i: usize, y: Local, x: Local) -> bool {
    let block = &body.blocks[b];
    let reads_y = |inst: &Inst| match &inst.kind {
        InstKind::Assign { rv, .. } => rv.operands().contains(&Operand::Local(y)),
        InstKind::StoreGlobal { value, .. } => *value == Operand::Local(y),
        InstKind::Incref(l) | InstKind::Decref(l) => *l == y,
    };
    if block.insts[..i].iter().any(reads_y) {
        // Read before the copy: the value of an earlier pass through a loop.
        return false;
    }
    let term_reads_y = matches!(&block.term,
        Terminator::Branch(Operand::Local(l), ..) | Terminator::Return(Operand::Local(l)) if *l == y)
        || matches!(&block.term, Terminator::CheckError { value, .. } if *value == y);
    let last_read = block.insts[i + 1..]
        .iter()
        .rposition(reads_y)
        .map(|k| i + 1 + k);
    let end = if term_reads_y {
        block.insts.len()
    } else {
        match last_read {
            Some(k) => k,
            None => i,
        }
    };
    // `x` must keep its value from the copy to the last read; a read by the instruction that
    // reassigns `x` is fine (its operands are read first).
    let clobbered = block.insts[i + 1..end.max(i + 1)]
        .iter()
        .any(|inst| matches!(inst.kind, InstKind::Assign { dst, .. } if dst == x));
    if clobbered {
        return false;
    }
    let swap = |o: &mut Operand| {
        if *o == Operand::Local(y) {
            *o = Operand::Local(x);
        }
    };
    let block = &mut body.blocks[b];
    for inst in &mut block.insts[i + 1..] {
        match &mut inst.kind {
            InstKind::Assign { rv, .. } => match rv {
                Rvalue::Use(o) => swap(o),
                Rvalue::Op(_, args) | Rvalue::Call(_, args) => args.iter_mut().for_each(swap),
                Rvalue::LoadGlobal(_) => {}
            },
            InstKind::StoreGlobal { value, .. } => swap(value),
            InstKind::Incref(l) | InstKind::Decref(l) => {
                if *l == y {
                    *l = x
                }
            }
        }
    }
    match &mut block.term {
        Terminator::Branch(o, ..) | Terminator::Return(o) => swap(o),
        Terminator::CheckError { value, .. } if *value == y => *value = x,
        _ => {}
    }
    true
}
