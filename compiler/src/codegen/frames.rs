//! Frames: the call depth that RecursionError is decided on (passed to each callee, counted
//! up by a body that loops instead of calling itself) and the traceback entries such a loop
//! stands for; which blocks a body can reach at all.

use super::*;

impl<'ctx> Cg<'ctx, '_> {
    /// The depth passed to a callee: one more than this frame's.
    pub(super) fn call_depth(&self) -> R<IntValue<'ctx>> {
        Ok(match self.reenter {
            Some((_, slot, _)) => {
                let d = self.load_depth(slot)?;
                self.b.build_int_add(d, self.i64c(1), "callee_depth")?
            }
            None => self.callee_depth.expect("inside a function"),
        })
    }

    fn load_depth(&self, slot: PointerValue<'ctx>) -> R<IntValue<'ctx>> {
        Ok(self
            .b
            .build_load(self.ctx.i64_type(), slot, "depth")?
            .into_int_value())
    }

    /// Whether a frame at `depth` is past `sys.getrecursionlimit()` (weighted unlikely).
    pub(super) fn past_limit(&self, depth: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let lim = match self.fixed_limit {
            Some(n) => self.i64c(n),
            None => self
                .b
                .build_load(self.ctx.i64_type(), self.limit.as_pointer_value(), "limit")?
                .into_int_value(),
        };
        let over = self
            .b
            .build_int_compare(IntPredicate::SGT, depth, lim, "over")?;
        self.expect_false(over)
    }

    /// `Op::Reenter`: one frame deeper, or RecursionError (the `None` result's error value)
    /// past the limit, as a call's entry would raise it.
    pub(super) fn reenter(&self) -> R<BasicValueEnum<'ctx>> {
        let (_, slot, _) = self.reenter.expect("reenter only in an accumulating body");
        let depth = self.load_depth(slot)?;
        let deeper = self.b.build_int_add(depth, self.i64c(1), "deeper")?;
        let over = self.past_limit(deeper)?;
        let f = self.func.expect("in a function");
        let (deep, ok) = (
            self.ctx.append_basic_block(f, "too_deep"),
            self.ctx.append_basic_block(f, "reentered"),
        );
        self.b.build_conditional_branch(over, deep, ok)?;
        self.b.position_at_end(deep);
        self.call_rt("nx_raise_recursion", &[])?;
        self.b.build_unconditional_branch(ok)?;
        self.b.position_at_end(ok);
        let kept = self.b.build_select(over, depth, deeper, "depth")?;
        self.b.build_store(slot, kept)?;
        // The check after it tests the result, not the pending-exception flag.
        self.last_check.set(Check::I8Two);
        Ok(self
            .b
            .build_select(over, self.i8c(2), self.i8c(0), "reentered")?)
    }

    /// In an accumulating body, the traceback entries of the frames its loop-backs stand for
    /// (after the entry of the frame itself): all at the line of the call they replace.
    pub(super) fn push_reentered_frames(&self) -> R<()> {
        let Some((entry, slot, line)) = self.reenter else {
            return Ok(());
        };
        let depth = self.load_depth(slot)?;
        let n = self.b.build_int_sub(depth, entry, "loopbacks")?;
        let name = self.name_cstr.unwrap_or(self.ptr_t().const_null());
        let file = self.file_cstr.unwrap_or(self.ptr_t().const_null());
        self.call_rt(
            "nx_traceback_repeat",
            &[
                name.into(),
                file.into(),
                self.i64c(line as i64).into(),
                n.into(),
            ],
        )?;
        Ok(())
    }
}

/// The blocks control can reach from the entry.
pub(super) fn reachable_blocks(body: &mir::Body) -> Vec<bool> {
    let mut seen = vec![false; body.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if std::mem::replace(&mut seen[b], true) {
            continue;
        }
        let mut term = body.blocks[b].term.clone();
        term.map_targets(|t| {
            work.push(t.0 as usize);
            t
        });
    }
    seen
}

/// The recursion limit of a program that never calls `sys.setrecursionlimit`: the runtime's
/// start-up value, which it then keeps.
pub(super) fn fixed_recursion_limit(prog: &crate::mir::Program) -> Option<i64> {
    use crate::mir::{InstKind, Op, Rvalue};
    let sets = prog
        .bodies
        .iter()
        .flat_map(|b| &b.blocks)
        .flat_map(|b| &b.insts)
        .any(|i| {
            matches!(&i.kind, InstKind::Assign { rv: Rvalue::Op(Op::Runtime(f), _), .. }
            if f.name == "nx_set_recursion_limit")
        });
    (!sets).then_some(natrix_abi::DEFAULT_RECURSION_LIMIT)
}
