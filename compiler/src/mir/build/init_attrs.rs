//! Attributes every instance has from construction on: their reads need no "was it ever set?"
//! check (and so cannot raise).
//!
//! An attribute slot of a class hierarchy is *initialised* when, for every class of it the
//! program instantiates, every specialization of the `__init__` that class runs assigns the
//! slot in its straight-line prefix: the instructions from the entry, through `Goto`s, up to
//! the first one that uses `self` other than as the object of an attribute store (or of a
//! `super().__init__(…)` call, whose own prefix counts). Until that point `self` has not escaped,
//! so no code can observe the instance half-built; after it, every slot assigned so far holds a
//! value (but for the attributes a `del obj.attr` unsets). Exception classes are left alone
//! (the runtime may make their instances).
//!
//! This runs on the freshly built bodies (before the exception and refcount passes) and turns
//! each qualifying `GetAttr` into `GetAttrInit`, and each `SetAttr` outside the constructors
//! whose slot qualifies and whose type has one kind byte (not optional, not dynamic) into
//! `SetAttrInit`, which leaves that byte as the constructor set it.

use super::*;
use crate::hir::FuncId;
use std::collections::{BTreeSet, HashSet};

pub(super) fn mark_initialised(prog: &hir::Program, typed: &Typed, bodies: &mut [Body]) {
    let mut memo: HashMap<SpecId, BTreeSet<u32>> = HashMap::new();
    let mut specs_of: HashMap<FuncId, Vec<SpecId>> = HashMap::new();
    for (i, s) in typed.specs.iter().enumerate() {
        specs_of.entry(s.func).or_default().push(SpecId(i as u32));
    }
    // Per root class: the slots every instance has once constructed (absent: none known).
    let mut initialised: HashMap<ClassId, BTreeSet<u32>> = HashMap::new();
    let mut excluded: HashSet<ClassId> = HashSet::new();
    for &k in &typed.instantiated {
        let root = prog.root(k);
        if prog.exc_kind(k).is_some() {
            excluded.insert(root);
            continue;
        }
        let set = match prog.lookup(k, "__init__") {
            None => BTreeSet::new(),
            Some(f) => {
                let mut all: Option<BTreeSet<u32>> = None;
                for &s in specs_of.get(&f).map(Vec::as_slice).unwrap_or(&[]) {
                    let one = init_prefix(prog, typed, bodies, s, &mut memo, 0);
                    all = Some(match all {
                        None => one,
                        Some(a) => a.intersection(&one).copied().collect(),
                    });
                }
                all.unwrap_or_default()
            }
        };
        let entry = initialised.entry(root).or_insert_with(|| set.clone());
        *entry = entry.intersection(&set).copied().collect();
    }
    for r in excluded {
        initialised.remove(&r);
    }
    // An attribute `del obj.attr` unsets is not set from construction on.
    for (root, name) in &typed.deleted_attrs {
        let slot = typed.fields[root.0 as usize]
            .iter()
            .position(|(n, _)| n == name);
        if let (Some(set), Some(slot)) = (initialised.get_mut(root), slot) {
            set.remove(&(slot as u32));
        }
    }
    if initialised.values().all(BTreeSet::is_empty) {
        return;
    }
    // The constructors, whose stores may be the ones that initialise a slot.
    let inits: HashSet<SpecId> = typed
        .specs
        .iter()
        .enumerate()
        .filter(|(_, s)| prog.func(s.func).name == "__init__")
        .map(|(i, _)| SpecId(i as u32))
        .collect();
    for body in bodies.iter_mut() {
        let tys: Vec<MTy> = body.locals.iter().map(|l| l.ty).collect();
        let constructor = inits.contains(&body.spec);
        for block in &mut body.blocks {
            for inst in &mut block.insts {
                let InstKind::Assign {
                    rv: Rvalue::Op(op, args),
                    ..
                } = &mut inst.kind
                else {
                    continue;
                };
                if let Op::SetAttr(slot, ty, n) = *op {
                    // Outside the constructors, a store to an initialised slot whose kind byte
                    // is always the same for its type finds that byte already set.
                    let fixed_kind = !ty.is_optional_value()
                        && !matches!(ty, MTy::Dyn | MTy::OptInstance(_) | MTy::None);
                    let Some(Operand::Local(l)) = args.first() else {
                        continue;
                    };
                    if let (false, true, MTy::Instance(c)) =
                        (constructor, fixed_kind, tys[l.0 as usize])
                    {
                        if initialised
                            .get(&prog.root(c))
                            .is_some_and(|s| s.contains(&slot))
                        {
                            *op = Op::SetAttrInit(slot, ty, n);
                        }
                    }
                    continue;
                }
                let Op::GetAttr(slot, ty, n) = *op else {
                    continue;
                };
                let Some(Operand::Local(l)) = args.first() else {
                    continue;
                };
                let (MTy::Instance(c) | MTy::OptInstance(c)) = tys[l.0 as usize] else {
                    continue;
                };
                if initialised
                    .get(&prog.root(c))
                    .is_some_and(|s| s.contains(&slot))
                {
                    *op = Op::GetAttrInit(slot, ty, n);
                    args.truncate(1);
                }
            }
        }
    }
}

/// The slots an `__init__` specialization assigns before `self` escapes (see the module doc).
fn init_prefix(
    prog: &hir::Program,
    typed: &Typed,
    bodies: &[Body],
    s: SpecId,
    memo: &mut HashMap<SpecId, BTreeSet<u32>>,
    depth: u32,
) -> BTreeSet<u32> {
    if let Some(done) = memo.get(&s) {
        return done.clone();
    }
    let mut set = BTreeSet::new();
    let body = &bodies[s.0 as usize];
    let Some(&me) = body.params.first() else {
        return set;
    };
    let mentions = |o: &Operand| *o == Operand::Local(me);
    let mut block = BlockId(0);
    let mut seen = HashSet::new();
    'scan: while seen.insert(block) {
        let b = &body.blocks[block.0 as usize];
        for inst in &b.insts {
            match &inst.kind {
                InstKind::Assign { dst, rv, .. } => {
                    if *dst == me {
                        break 'scan;
                    }
                    match rv {
                        Rvalue::Op(Op::SetAttr(slot, ..), args)
                            if args.first().is_some_and(mentions)
                                && !args[1..].iter().any(mentions) =>
                        {
                            set.insert(*slot);
                        }
                        Rvalue::Call(callee, args)
                            if depth < 8
                                && args.first().is_some_and(mentions)
                                && !args[1..].iter().any(mentions)
                                && is_init(prog, typed, *callee) =>
                        {
                            // `super().__init__(…)`: the base's prefix runs first.
                            let base = init_prefix(prog, typed, bodies, *callee, memo, depth + 1);
                            set.extend(base);
                        }
                        Rvalue::Op(_, args) | Rvalue::Call(_, args) => {
                            if args.iter().any(mentions) {
                                break 'scan;
                            }
                        }
                        Rvalue::Use(o) => {
                            if mentions(o) {
                                break 'scan;
                            }
                        }
                        Rvalue::LoadGlobal(_) => {}
                    }
                }
                InstKind::StoreGlobal { value, .. } => {
                    if mentions(value) {
                        break 'scan;
                    }
                }
                InstKind::Incref(_) | InstKind::Decref(_) => {}
            }
        }
        match b.term {
            Terminator::Goto(next) => block = next,
            _ => break,
        }
    }
    memo.insert(s, set.clone());
    set
}

fn is_init(prog: &hir::Program, typed: &Typed, s: SpecId) -> bool {
    let Some(spec) = typed.specs.get(s.0 as usize) else {
        return false;
    };
    prog.func(spec.func).name == "__init__" && prog.owner(spec.func).is_some()
}
