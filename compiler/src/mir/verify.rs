//! The MIR verifier: structural invariants checked after every pass.
//!
//! It panics on a violation: a broken invariant is a compiler bug, and the driver reports a
//! panic as an internal error naming the body.

use super::*;

pub fn verify_program(prog: &Program) {
    for body in &prog.bodies {
        verify(body, prog);
    }
}

pub fn verify(body: &Body, prog: &Program) {
    let n_blocks = body.blocks.len() as u32;
    let n_locals = body.locals.len() as u32;
    let check_block = |b: BlockId| {
        assert!(
            b.0 < n_blocks,
            "{}: jump to missing block bb{}",
            body.name,
            b.0
        )
    };
    let check_op = |o: &Operand| {
        if let Operand::Local(l) = o {
            assert!(l.0 < n_locals, "{}: missing local _{}", body.name, l.0);
        }
        if let Operand::Str(s) = o {
            assert!(
                (*s as usize) < prog.strings.len(),
                "{}: missing string {}",
                body.name,
                s
            );
        }
    };
    for (i, block) in body.blocks.iter().enumerate() {
        for inst in &block.insts {
            match &inst.kind {
                InstKind::Assign { dst, rv, .. } => {
                    assert!(
                        dst.0 < n_locals,
                        "{}: bb{i} assigns missing local",
                        body.name
                    );
                    match rv {
                        Rvalue::Use(o) => {
                            check_op(o);
                            // A dynamic value is an object pointer: numbers must be boxed
                            // first (`mir/build/dynamic.rs`).
                            if body.ty(*dst) == MTy::Dyn {
                                let ok = match o {
                                    Operand::Local(l) => {
                                        let t = body.ty(*l);
                                        t == MTy::Dyn || t.is_pointer()
                                    }
                                    Operand::None | Operand::Str(_) => true,
                                    _ => false,
                                };
                                assert!(
                                    ok,
                                    "{}: bb{i} moves an unboxed {o:?} into a dynamic value",
                                    body.name
                                );
                            }
                        }
                        Rvalue::Op(_, args) | Rvalue::Call(_, args) => {
                            args.iter().for_each(check_op)
                        }
                        Rvalue::LoadGlobal(g) => assert!((g.0 as usize) < prog.globals.len()),
                    }
                    if let Rvalue::Call(s, args) = rv {
                        let callee = &prog.bodies[s.0 as usize];
                        assert_eq!(
                            callee.params.len(),
                            args.len(),
                            "{}: call of {} with wrong arity",
                            body.name,
                            callee.name
                        );
                    }
                }
                InstKind::StoreGlobal { value, .. } => check_op(value),
                InstKind::Incref(l) | InstKind::Decref(l) => {
                    assert!(
                        body.ty(*l).is_refcounted(),
                        "{}: refcount op on non-heap local _{}",
                        body.name,
                        l.0
                    )
                }
            }
        }
        match &block.term {
            Terminator::Goto(b) | Terminator::Caught { handler: b, .. } => check_block(*b),
            Terminator::Branch(c, a, b) => {
                check_op(c);
                check_block(*a);
                check_block(*b);
            }
            Terminator::CheckError { ok, err, .. } => {
                check_block(*ok);
                check_block(*err);
            }
            Terminator::Return(v) => check_op(v),
            Terminator::Propagate { cleanup, .. } => {
                if let Some(c) = cleanup {
                    check_block(*c);
                }
            }
            Terminator::Leave | Terminator::Unreachable => {}
        }
    }
}
