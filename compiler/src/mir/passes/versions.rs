//! Versions: a module-level name assigned again at the top level is a new variable from there
//! on (`resolve/versions.rs` renames them `x$v1`, `x$v2`, …), so nothing reads the previous
//! one after that assignment. It is released there, rather than when the program ends: ten
//! top-level `d = [0] * 10**7` hold one list at a time, as in CPython, not ten.
//!
//! Only versions holding a pointer are released early; an int version may be a constant that
//! `constants.rs` folded, and holds at most a big int.

use crate::mir::*;
use std::collections::HashMap;

pub fn run(prog: &mut Program) {
    let index: HashMap<&str, usize> = prog
        .globals
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), i))
        .collect();
    // For each version after the first, the version it replaces.
    let replaces: Vec<Option<(GlobalId, MTy)>> = prog
        .globals
        .iter()
        .map(|(name, _)| {
            let (base, k) = name.rsplit_once("$v")?;
            let k: usize = k.parse().ok()?;
            let prev = *index.get(format!("{base}$v{}", k.checked_sub(1)?).as_str())?;
            let ty = prog.globals[prev].1;
            ty.is_pointer().then_some((GlobalId(prev as u32), ty))
        })
        .collect();
    if replaces.iter().all(Option::is_none) {
        return;
    }
    let body = &mut prog.bodies[prog.main.0 as usize];
    for b in 0..body.blocks.len() {
        let insts = std::mem::take(&mut body.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        for inst in insts {
            let released = match inst.kind {
                InstKind::StoreGlobal { global, .. } => replaces[global.0 as usize],
                _ => None,
            };
            let line = inst.line;
            out.push(inst);
            if let Some((prev, ty)) = released {
                // A local never assigned: empty (null).
                let empty = body.new_local(ty, &format!("%{}", body.locals.len()));
                out.push(Inst {
                    kind: InstKind::StoreGlobal {
                        global: prev,
                        value: Operand::Local(empty),
                        release_old: true,
                        unbind: false,
                    },
                    line,
                });
            }
        }
        body.blocks[b].insts = out;
    }
}
