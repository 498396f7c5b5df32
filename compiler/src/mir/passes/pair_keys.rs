//! Pair keys: a tuple of two ints made only to be looked up — `grid[(x, y)]`,
//! `(x, y) in seen`, `counts[key] = counts.get(key, 0) + 1` after `key = (x + dx, y + dy)`,
//! `grid[(x, y)] = ch`, `seen.add((x, y))` — is not made. The lookup takes the two items
//! instead (`runtime/src/pair_key.rs`: the tuple's own hash and `==`, so it finds the same
//! entries) and makes the tuple only when the key has to be stored (a new entry, a KeyError's
//! message).
//!
//! A local qualifies when its one definition (besides the release once its statement is done)
//! makes a tuple of two ints, and every read of it is the key of one of those lookups, reached
//! only from the definition with neither item's local assigned in between (`key = (i, j)`,
//! `if key in memo: return memo[key]`, …, `memo[key] = r`): nothing else ever sees the tuple,
//! so whether it was made cannot show. Generators' resume functions, whose locals also live
//! in their frame, are left alone.

use crate::mir::*;

/// The lookups with a pair form, which takes the key's two items where the lookup takes the
/// key (its operand 1).
const PAIRED: &[(&str, &str)] = &[
    ("nx_dict_set", "nx_dict_set_pair"),
    ("nx_dict_get", "nx_dict_get_pair"),
    ("nx_dict_get_default", "nx_dict_get_default_pair"),
    ("nx_dict_contains", "nx_dict_contains_pair"),
    ("nx_dict_add_int_get", "nx_dict_add_int_get_pair"),
    ("nx_dict_add_int", "nx_dict_add_int_pair"),
    ("nx_set_contains", "nx_set_contains_pair"),
    ("nx_set_add", "nx_set_add_pair"),
];

/// The pair form of a lookup, if `op` is one.
fn paired(op: &Op) -> Option<&'static natrix_abi::RuntimeFn> {
    let (Op::Runtime(f) | Op::Slots { f, .. }) = op else {
        return None;
    };
    if let Op::Slots { args, .. } = op {
        // (Operand 3 moves to 4, where no conversion can be given.)
        if args[3].is_some() {
            return None;
        }
    }
    let (_, pair) = PAIRED.iter().find(|(name, _)| *name == f.name)?;
    natrix_abi::runtime_fn(pair)
}

pub fn run(body: &mut Body, tuple_items: &[Vec<MTy>]) {
    if body.resume {
        return;
    }
    let n = body.locals.len();
    let mut ok: Vec<bool> = body
        .locals
        .iter()
        .map(|d| {
            matches!(d.ty, MTy::Tuple(TupleTy(t))
                if tuple_items[t as usize] == [MTy::Int, MTy::Int])
        })
        .collect();
    for p in &body.params {
        ok[p.0 as usize] = false;
    }
    // The one definition of each candidate, and whether every read is a lookup's key.
    let mut def: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut uses: Vec<Vec<(usize, usize)>> = vec![vec![]; n];
    for (b, block) in body.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            match &inst.kind {
                InstKind::Assign { dst, rv, .. } => {
                    let d = dst.0 as usize;
                    if ok[d] && !rv.holds_nothing() {
                        let makes = matches!(rv, Rvalue::Op(Op::TupleNew(_), a) if a.len() == 2);
                        ok[d] = makes && def[d].is_none();
                        def[d] = Some((b, i));
                    }
                    let key_of = match rv {
                        Rvalue::Op(op, _) if paired(op).is_some() => Some(1),
                        _ => None,
                    };
                    for (k, o) in rv.operands().iter().enumerate() {
                        if let Operand::Local(l) = o {
                            if Some(k) == key_of {
                                uses[l.0 as usize].push((b, i));
                            } else {
                                ok[l.0 as usize] = false;
                            }
                        }
                    }
                }
                InstKind::StoreGlobal {
                    value: Operand::Local(l),
                    ..
                }
                | InstKind::Incref(l)
                | InstKind::Decref(l) => ok[l.0 as usize] = false,
                InstKind::StoreGlobal { .. } => {}
            }
        }
        match &block.term {
            Terminator::Branch(Operand::Local(l), ..) | Terminator::Return(Operand::Local(l)) => {
                ok[l.0 as usize] = false
            }
            Terminator::CheckError { value, .. } => ok[value.0 as usize] = false,
            _ => {}
        }
    }
    let mut preds: Vec<Vec<usize>> = vec![vec![]; body.blocks.len()];
    for (b, block) in body.blocks.iter().enumerate() {
        for t in super::block_targets(block) {
            preds[t].push(b);
        }
    }
    for t in 0..n {
        let Some((b, i)) = def[t] else {
            continue;
        };
        if !ok[t] || uses[t].is_empty() {
            continue;
        }
        let InstKind::Assign {
            rv: Rvalue::Op(_, items),
            ..
        } = &body.blocks[b].insts[i].kind
        else {
            continue;
        };
        let items = items.clone();
        if !uses[t]
            .iter()
            .all(|&u| items_kept(body, &preds, (b, i), u, &items))
        {
            continue;
        }
        for &(ub, ui) in &uses[t] {
            let InstKind::Assign {
                rv: Rvalue::Op(op, args),
                ..
            } = &mut body.blocks[ub].insts[ui].kind
            else {
                continue;
            };
            let Some(f) = paired(op) else { continue };
            *op = match *op {
                Op::Slots {
                    args: conv, ret, ..
                } => Op::Slots {
                    f,
                    args: [conv[0], None, None, conv[2]],
                    ret,
                },
                _ => Op::Runtime(f),
            };
            args.splice(1..2, items.iter().cloned());
        }
        // The tuple is no longer made: its local stays unassigned (null).
        body.blocks[b].insts[i].kind = InstKind::Assign {
            dst: Local(t as u32),
            rv: Rvalue::Op(Op::NoneOf(body.locals[t].ty), vec![]),
            release_old: false,
            handler: None,
        };
    }
}

/// Whether every path to the use at `(ub, ui)` comes from the tuple's definition at `(b, i)`
/// with none of its items' locals assigned since: then the items still hold what the tuple
/// would. (A backward walk from the use, which must stop at the definition on every path.)
fn items_kept(
    body: &Body,
    preds: &[Vec<usize>],
    (b, i): (usize, usize),
    (ub, ui): (usize, usize),
    items: &[Operand],
) -> bool {
    let assigns_item = |inst: &Inst| {
        matches!(&inst.kind, InstKind::Assign { dst, .. }
            if items.contains(&Operand::Local(*dst)))
    };
    let insts = |blk: usize| &body.blocks[blk].insts;
    if ub == b && ui > i {
        return !insts(b)[i + 1..ui].iter().any(assigns_item);
    }
    // The use's block up to the use, then whole blocks backwards to the definition's block,
    // whose part after the definition ends the walk.
    // (A use in the entry block, before the definition, is reached without it.)
    if ub == 0 || insts(ub)[..ui].iter().any(assigns_item) {
        return false;
    }
    let mut seen = vec![false; body.blocks.len()];
    let mut work: Vec<usize> = preds[ub].clone();
    while let Some(p) = work.pop() {
        if std::mem::replace(&mut seen[p], true) {
            continue;
        }
        if p == b {
            if insts(b)[i + 1..].iter().any(assigns_item) {
                return false;
            }
            continue;
        }
        // Reaching the entry means some path skips the definition.
        if p == 0 || insts(p).iter().any(assigns_item) {
            return false;
        }
        work.extend(preds[p].iter().copied());
    }
    true
}
