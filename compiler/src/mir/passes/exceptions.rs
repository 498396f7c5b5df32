//! Exception edges: after every instruction whose right-hand side can raise, split the block and
//! branch on the error signal to a block that records the line's traceback entry and either
//! goes to the enclosing `try`'s dispatch block or propagates the exception to the caller. A
//! generator's resume body, as an exception leaves it, turns a `StopIteration` into a
//! `RuntimeError` (PEP 479) and lets go of the locals its frame kept.

use crate::mir::*;

pub fn run(body: &mut Body) {
    let mut b = 0;
    while b < body.blocks.len() {
        let split_at = body.blocks[b].insts.iter().position(|i| match &i.kind {
            InstKind::Assign { rv, .. } => rv.can_raise(),
            _ => false,
        });
        if let Some(i) = split_at {
            let rest: Vec<Inst> = body.blocks[b].insts.split_off(i + 1);
            let inst = &body.blocks[b].insts[i];
            let line = inst.line;
            let InstKind::Assign { dst, handler, .. } = inst.kind else {
                unreachable!()
            };
            let old_term = std::mem::replace(&mut body.blocks[b].term, Terminator::Unreachable);
            let ok = body.new_block();
            body.block(ok).insts = rest;
            body.block(ok).term = old_term;
            let err = body.new_block();
            // Caught by an enclosing `try` of this function, or passed to the caller.
            body.block(err).term = match handler {
                Some(h) => Terminator::Caught { line, handler: h },
                None => Terminator::Propagate {
                    line,
                    cleanup: None,
                },
            };
            body.blocks[b].term = Terminator::CheckError {
                value: dst,
                ok,
                err,
            };
        }
        b += 1;
    }
    if body.resume {
        let hook = natrix_abi::runtime_fn("nx_gen_leaving").expect("in the ABI table");
        let dst = Local(body.locals.len() as u32);
        body.locals.push(LocalDecl {
            ty: MTy::None,
            name: "%pep479".into(),
            owned: false,
            borrowed: false,
            small: false,
        });
        let frame = Operand::Local(body.params[0]);
        for block in &mut body.blocks {
            if let Terminator::Propagate { line, .. } = block.term {
                block.insts.push(Inst {
                    kind: InstKind::Assign {
                        dst,
                        rv: Rvalue::Op(Op::Runtime(hook), vec![frame.clone()]),
                        release_old: false,
                        handler: None,
                    },
                    line,
                });
            }
        }
    }
}
