//! Borrowed reads: a local that only ever holds items read out of containers (`xs[i]`, `t[0]`,
//! `obj.attr`) and is used only while nothing can release a reference borrows the item from
//! its container instead of taking a reference of its own: no increment at the read, no
//! release when it is overwritten or the function leaves.
//!
//! That is sound when, from each read to each use of the local, no instruction can free the
//! item: the container keeps its reference as long as nobody stores into a container (any
//! container: the one read from may be reachable from anywhere) and nobody releases a value
//! that may own other objects (which could free the container). So the pass computes, forward
//! over the control-flow graph, which locals are *clean* — every path from their last read got
//! here through instructions that do neither — and keeps as borrowed the locals used only where
//! they are clean. A use inside an instruction that releases is allowed only where the
//! instruction takes its own reference to the value before it releases anything: a copy
//! (`x = item`), a return, the value stored by `xs[i] = item`, `xs.append(item)` or
//! `obj.attr = item`. A call, or an operation that may run user code (comparing instances,
//! printing one), releases.
//!
//! Deciding one local borrowed makes its reads release nothing, which can keep another clean,
//! and keeping one owned makes its reads release the old value: the pass starts with every
//! candidate borrowed and drops the ones whose uses fail until none does.
//!
//! Runs before the refcount pass, which leaves borrowed locals unowned. A generator's resume
//! body is left alone (its locals outlive a `yield`, while any code runs).

use crate::mir::*;

pub fn run(body: &mut Body, stats: &mut Stats) {
    if body.resume {
        return;
    }
    let n = body.locals.len();
    let mut cand: Vec<bool> = (0..n)
        .map(|i| {
            let d = &body.locals[i];
            d.ty.is_refcounted()
                && !d.small
                && !matches!(d.ty, MTy::Cell | MTy::Func | MTy::Gen)
                && !body.params.contains(&Local(i as u32))
        })
        .collect();
    // Only borrowing reads (and the `None` placeholders that free temporaries) assign them.
    let mut assigned = vec![false; n];
    for block in &body.blocks {
        for inst in &block.insts {
            match &inst.kind {
                InstKind::Assign { dst, rv, .. } => {
                    let d = dst.0 as usize;
                    assigned[d] = true;
                    let ok = rv.holds_nothing()
                        || matches!(rv, Rvalue::Op(op, _) if is_borrowing_read(*op));
                    if !ok {
                        cand[d] = false;
                    }
                }
                InstKind::Decref(l) | InstKind::Incref(l) => cand[l.0 as usize] = false,
                InstKind::StoreGlobal { .. } => {}
            }
        }
    }
    for (c, a) in cand.iter_mut().zip(&assigned) {
        *c &= *a;
    }
    let preds = predecessors(body);
    loop {
        let failed = check(body, &cand, &preds);
        if failed.is_empty() {
            break;
        }
        for l in failed {
            cand[l] = false;
        }
    }
    for (i, c) in cand.iter().enumerate() {
        if *c {
            body.locals[i].borrowed = true;
            stats.borrowed_locals += 1;
        }
    }
}

/// The reads whose result can be borrowed from the container read.
fn is_borrowing_read(op: Op) -> bool {
    matches!(
        op,
        Op::ListGet(..) | Op::TupleGet(..) | Op::TupleItem(_) | Op::GetAttrInit(..)
    )
}

/// What an operation may do to the references others hold.
#[derive(PartialEq)]
enum Effect {
    /// Reads and computes; may allocate, never releases or stores.
    Pure,
    /// Stores a value (operand `.0`), taking its reference before it releases what it
    /// replaces.
    Stores(usize),
    /// May release anything (a call, a mutation, user code).
    Releases,
}

fn effect(op: Op) -> Effect {
    use Op::*;
    match op {
        ListSet(..) => Effect::Stores(2),
        ListAppend(_) => Effect::Stores(1),
        SetAttr(_, ty, _) | SetAttrInit(_, ty, _) if !ty.is_refcounted() => Effect::Pure,
        SetAttr(..) | SetAttrInit(..) => Effect::Stores(1),
        Print(ty) | Format(ty) => {
            if ty.is_leaf() {
                Effect::Pure
            } else {
                Effect::Releases
            }
        }
        IntAdd | IntSub | IntMul | IntFloorDiv | IntMod | IntPow | IntTrueDiv | IntShl | IntShr
        | IntAnd | IntOr | IntXor | IntNeg | IntInvert | IntAbs | IntCmp(_) | IntToFloat
        | SmallIntAdd | SmallIntSub | SmallIntMul | SmallIntNeg | SmallIntCmp(_)
        | SmallIntFloorDiv | SmallIntMod | SmallIntToFloat | SpecIntAdd | SpecIntSub
        | SpecIntMul | SpecIntNeg | SpecIntFloorDiv | SpecIntMod | IntWrapping(_)
        | IntOverflows(_) | Select | IntIsSmall | IntToStr | IntHash | IntRound | FloatAdd
        | FloatSub | FloatMul | FloatDiv | FloatFloorDiv | FloatMod | FloatPow | FloatNeg
        | FloatAbs | FloatSqrt | FloatCmp(_) | IntFloatCmp(_) | FloatToInt | FloatRound
        | FloatRoundN | FloatToStr | FloatHash | BoolToInt | BoolToStr | BoolNot | BoolAnd
        | BoolOr | BoolXor | StrConcat | StrConcatN | StrRepeat | StrCmp(_) | StrLen | StrToInt
        | StrToFloat | StrHash | StrRepr | ListGet(..) | ListLen | TupleNew(_) | TupleGet(..)
        | TupleItem(_) | GetAttr(..) | GetAttrInit(..) | AttrIsSet(..) | PtrEq | NoneOf(_)
        | IsNull | ClassIs(_) | InstanceNew(..) | ListNew(_) | DictNew(_) | SetNew(_)
        | StrSlice | TupleSlice => Effect::Pure,
        _ => Effect::Releases,
    }
}

fn predecessors(body: &Body) -> Vec<Vec<usize>> {
    let mut preds = vec![vec![]; body.blocks.len()];
    for (b, block) in body.blocks.iter().enumerate() {
        for t in super::block_targets(block) {
            preds[t].push(b);
        }
    }
    preds
}

/// The candidates used where they are not clean, given that the candidates are borrowed.
fn check(body: &Body, cand: &[bool], preds: &[Vec<usize>]) -> Vec<usize> {
    let n = body.locals.len();
    let nb = body.blocks.len();
    // The clean set at each block's entry: the meet (intersection) over its predecessors,
    // none at the function's entry; `None` until a predecessor has been seen.
    let mut entry: Vec<Option<Vec<bool>>> = vec![None; nb];
    entry[0] = Some(vec![false; n]);
    let mut exit: Vec<Option<Vec<bool>>> = vec![None; nb];
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..nb {
            let state = if b == 0 {
                vec![false; n]
            } else {
                let mut acc: Option<Vec<bool>> = None;
                for p in &preds[b] {
                    if let Some(e) = &exit[*p] {
                        acc = Some(match acc {
                            None => e.clone(),
                            Some(a) => a.iter().zip(e).map(|(x, y)| *x && *y).collect(),
                        });
                    }
                }
                match acc {
                    Some(a) => a,
                    None => continue,
                }
            };
            let mut s = state.clone();
            for inst in &body.blocks[b].insts {
                transfer(body, cand, inst, &mut s, &mut |_, _| {});
            }
            if entry[b].as_ref() != Some(&state) || exit[b].as_ref() != Some(&s) {
                entry[b] = Some(state);
                exit[b] = Some(s);
                changed = true;
            }
        }
    }
    let mut failed = vec![false; n];
    for b in 0..nb {
        let Some(mut s) = entry[b].clone() else {
            continue;
        };
        for inst in &body.blocks[b].insts {
            transfer(body, cand, inst, &mut s, &mut |l, ok| {
                if !ok {
                    failed[l] = true;
                }
            });
        }
        // A returned local gets its reference before anything is released; the other
        // terminators test bools.
        if let Terminator::Return(Operand::Local(l)) = body.blocks[b].term {
            let l = l.0 as usize;
            if cand[l] && !s[l] {
                failed[l] = true;
            }
        }
    }
    (0..n).filter(|l| cand[*l] && failed[*l]).collect()
}

/// Applies one instruction to the clean set `s`, reporting each use of a candidate with
/// whether it is allowed there.
fn transfer(
    body: &Body,
    cand: &[bool],
    inst: &Inst,
    s: &mut [bool],
    used: &mut dyn FnMut(usize, bool),
) {
    let releases_dst = |dst: Local| {
        let d = &body.locals[dst.0 as usize];
        d.ty.is_refcounted() && !d.small && !cand[dst.0 as usize] && !d.ty.is_leaf()
    };
    match &inst.kind {
        InstKind::Assign { dst, rv, .. } => {
            let (ops, eff): (&[Operand], Effect) = match rv {
                // A copy takes its reference before the old value is released.
                Rvalue::Use(o) => (std::slice::from_ref(o), Effect::Stores(0)),
                Rvalue::LoadGlobal(_) => (&[], Effect::Pure),
                Rvalue::Call(_, args) => (args, Effect::Releases),
                Rvalue::Op(op, args) => (args, effect(*op)),
            };
            for (k, o) in ops.iter().enumerate() {
                if let Operand::Local(l) = o {
                    let l = l.0 as usize;
                    if cand[l] {
                        let ok = s[l]
                            && match eff {
                                Effect::Pure => true,
                                Effect::Stores(v) => v == k,
                                Effect::Releases => false,
                            };
                        used(l, ok);
                    }
                }
            }
            if eff != Effect::Pure || releases_dst(*dst) {
                s.iter_mut().for_each(|c| *c = false);
            }
            let d = dst.0 as usize;
            if cand[d] {
                s[d] = matches!(rv, Rvalue::Op(op, _) if is_borrowing_read(*op));
            }
        }
        InstKind::StoreGlobal { value, .. } => {
            // The global takes its reference first, then releases its old value.
            if let Operand::Local(l) = value {
                let l = l.0 as usize;
                if cand[l] {
                    used(l, s[l]);
                }
            }
            s.iter_mut().for_each(|c| *c = false);
        }
        InstKind::Incref(_) => {}
        InstKind::Decref(l) => {
            if !body.locals[l.0 as usize].ty.is_leaf() {
                s.iter_mut().for_each(|c| *c = false);
            }
        }
    }
}
