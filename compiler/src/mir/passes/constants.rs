//! Constants: a module-level name bound once to a number or bool (`N = 30`, `MOD = 10**9 + 7`,
//! `PUSH, POP = range(2)`) and never rebound is read as that constant.
//!
//! Every read then costs nothing, and later passes know the value: the ranges pass bounds
//! `x % MOD`, LLVM turns a chain of `op == PUSH` tests into a jump table. A read that may come
//! before the store already has its NameError test (the unbound pass ran first), so it sees
//! the constant only when the name has it.

use crate::mir::*;

pub fn run(prog: &mut Program) {
    let n = prog.globals.len();
    let mut stores = vec![0u32; n];
    let mut value: Vec<Option<Operand>> = vec![None; n];
    let main = prog.main.0 as usize;
    // Constants stored through a temporary of the module's code (`N = 30` is `t = 30; store`).
    let defs = single_constants(&prog.bodies[main]);
    for (b, body) in prog.bodies.iter().enumerate() {
        for inst in body.blocks.iter().flat_map(|bl| &bl.insts) {
            let InstKind::StoreGlobal {
                global, value: v, ..
            } = &inst.kind
            else {
                continue;
            };
            let g = global.0 as usize;
            stores[g] += 1;
            let c = match v {
                _ if b != main => None,
                Operand::Local(l) => defs[l.0 as usize].clone(),
                other => Some(other.clone()),
            };
            // Only the program's names: the flags of the unbound pass start false and are
            // stored once too.
            let (name, ty) = &prog.globals[g];
            value[g] = c.filter(|c| fits(c, *ty) && super::unbound::identifier(name));
        }
    }
    for body in &mut prog.bodies {
        for inst in body.blocks.iter_mut().flat_map(|bl| &mut bl.insts) {
            if let InstKind::Assign { rv, .. } = &mut inst.kind {
                if let Rvalue::LoadGlobal(g) = rv {
                    let g = g.0 as usize;
                    if stores[g] == 1 {
                        if let Some(c) = &value[g] {
                            *rv = Rvalue::Use(c.clone());
                        }
                    }
                }
            }
        }
        inline_constant_temps(body);
    }
}

/// A temporary assigned only a constant (the read of a constant name) is that constant in
/// every operand that reads it, so codegen sees `op == 2` rather than a variable.
fn inline_constant_temps(body: &mut Body) {
    let mut consts = single_constants(body);
    for (c, decl) in consts.iter_mut().zip(&body.locals) {
        if !decl.name.starts_with('%') {
            *c = None;
        }
    }
    if consts.iter().all(|c| c.is_none()) {
        return;
    }
    let replace = |o: &mut Operand| {
        if let Operand::Local(l) = *o {
            if let Some(c) = &consts[l.0 as usize] {
                *o = c.clone();
            }
        }
    };
    for block in &mut body.blocks {
        for inst in &mut block.insts {
            match &mut inst.kind {
                InstKind::Assign { rv, .. } => match rv {
                    Rvalue::Use(o) => replace(o),
                    Rvalue::Op(_, args) | Rvalue::Call(_, args) => {
                        args.iter_mut().for_each(replace)
                    }
                    Rvalue::LoadGlobal(_) => {}
                },
                InstKind::StoreGlobal { value, .. } => replace(value),
                InstKind::Incref(_) | InstKind::Decref(_) => {}
            }
        }
        match &mut block.term {
            Terminator::Branch(o, ..) | Terminator::Return(o) => replace(o),
            _ => {}
        }
    }
}

/// A number or bool constant of the global's own type.
fn fits(c: &Operand, ty: MTy) -> bool {
    matches!(
        (c, ty),
        (Operand::Int(_), MTy::Int)
            | (Operand::Float(_), MTy::Float)
            | (Operand::Bool(_), MTy::Bool)
    )
}

/// The constant each local holds when its only assignment copies a constant.
fn single_constants(body: &Body) -> Vec<Option<Operand>> {
    let mut defs = vec![0u32; body.locals.len()];
    let mut value: Vec<Option<Operand>> = vec![None; body.locals.len()];
    for inst in body.blocks.iter().flat_map(|bl| &bl.insts) {
        if let InstKind::Assign { dst, rv, .. } = &inst.kind {
            // (The release of a temporary once its statement is done comes after every read.)
            if rv.holds_nothing() {
                continue;
            }
            let d = dst.0 as usize;
            defs[d] += 1;
            value[d] = match rv {
                Rvalue::Use(c @ (Operand::Int(_) | Operand::Float(_) | Operand::Bool(_))) => {
                    Some(c.clone())
                }
                _ => None,
            };
        }
    }
    for (v, d) in value.iter_mut().zip(&defs) {
        if *d != 1 {
            *v = None;
        }
    }
    value
}
