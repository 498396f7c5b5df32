//! Lowering of terminators: branches, returns, and the error checks after fallible
//! operations (on the slow path only, where a guarded operation has one), with the
//! branch-weight hints that keep error paths cold.

use super::*;

/// The slow path of a guarded operation (see `Cg::guard`).
#[derive(Clone, Copy)]
pub(super) struct Guard<'ctx> {
    pub(super) slow_end: inkwell::basic_block::BasicBlock<'ctx>,
    pub(super) slow_value: BasicValueEnum<'ctx>,
    pub(super) join: inkwell::basic_block::BasicBlock<'ctx>,
    /// The slow path always raises (an index past a list's end, a division by zero): it
    /// leaves for the error block without joining, so a loop around the operation has no
    /// call that comes back into it, and LLVM may keep what the loop reads in registers.
    pub(super) always_raises: bool,
}

impl<'ctx> Cg<'ctx, '_> {
    pub(super) fn term(&mut self, t: &Terminator) -> R<()> {
        let blocks = self.blocks.clone();
        let bb = |b: &BlockId| blocks[b.0 as usize];
        match t {
            Terminator::Goto(b) => {
                self.b.build_unconditional_branch(bb(b))?;
            }
            Terminator::Branch(cond, a, b) => {
                let v = self.operand(cond)?.into_int_value();
                let mut c = self
                    .b
                    .build_int_compare(IntPredicate::NE, v, self.i8c(0), "cond")?;
                if let (Some(g), Operand::Local(l)) = (self.guard_flag, cond) {
                    if g == *l {
                        // A speculation guard: the fast version is the likely way.
                        c = self.expect_true(c)?;
                    }
                }
                self.b.build_conditional_branch(c, bb(a), bb(b))?;
            }
            Terminator::Return(v) => {
                let v = if self.body_ret == MTy::None {
                    self.i8c(0).into()
                } else if let (t, Operand::None) = (self.body_ret, v) {
                    // `return` / `return None` / falling off the end of an `Optional[C]`
                    // function; a finished generator's "no value".
                    if t.is_pointer() || matches!(t, MTy::OptInt | MTy::OptFloat | MTy::OptBool) {
                        self.none_of(t)
                    } else {
                        self.operand(v)?
                    }
                } else {
                    self.operand(v)?
                };
                self.ret(v)?;
            }
            Terminator::CheckError { ok, err, .. } if self.guard.get().is_some() => {
                // Only the slow path can fail: test its result where it ends.
                let g = self.guard.take().expect("checked");
                let here = self.b.get_insert_block().expect("positioned");
                if let Some(t) = g.slow_end.get_terminator() {
                    t.erase_from_basic_block();
                }
                self.b.position_at_end(g.slow_end);
                let failed = match self.last_check.get() {
                    _ if g.always_raises => self.ctx.bool_type().const_all_ones(),
                    Check::IntTag => self.b.build_int_compare(
                        IntPredicate::EQ,
                        g.slow_value.into_int_value(),
                        self.i64c(natrix_abi::INT_ERROR),
                        "failed",
                    )?,
                    _ => self.pending_flag_set()?,
                };
                self.b.build_conditional_branch(failed, bb(err), g.join)?;
                self.b.position_at_end(here);
                self.b.build_unconditional_branch(bb(ok))?;
            }
            Terminator::CheckError { value, ok, err } => {
                let failed = match self.last_check.get() {
                    Check::IntTag => {
                        // A small int first (the likely case, one test of the tag bit), then
                        // the error word among the odd ones: a guard testing the same bit in
                        // `ok` (the speculate pass's) is then decided on the first edge, which
                        // LLVM threads straight to the fast version.
                        let v = self.load_local(*value)?.into_int_value();
                        let tag = self.b.build_and(v, self.i64c(1), "tag")?;
                        let small = self.b.build_int_compare(
                            IntPredicate::EQ,
                            tag,
                            self.i64c(0),
                            "small",
                        )?;
                        let small = self.expect_true(small)?;
                        let f = self.func.expect("in a function");
                        let odd = self.ctx.append_basic_block(f, "odd");
                        self.b.build_conditional_branch(small, bb(ok), odd)?;
                        self.b.position_at_end(odd);
                        self.b.build_int_compare(
                            IntPredicate::EQ,
                            v,
                            self.i64c(natrix_abi::INT_ERROR),
                            "failed",
                        )?
                    }
                    Check::I8Two => {
                        let v = self.load_local(*value)?.into_int_value();
                        self.b
                            .build_int_compare(IntPredicate::EQ, v, self.i8c(2), "failed")?
                    }
                    Check::Null => {
                        let v = self.load_local(*value)?.into_pointer_value();
                        self.b.build_is_null(v, "failed")?
                    }
                    Check::Flag => self.pending_flag_set()?,
                };
                let failed = self.expect_false(failed)?;
                self.b.build_conditional_branch(failed, bb(err), bb(ok))?;
            }
            Terminator::Propagate { line, cleanup } => {
                let name = self.name_cstr.unwrap_or(self.ptr_t().const_null());
                let file = self.file_cstr.unwrap_or(self.ptr_t().const_null());
                self.call_rt(
                    "nx_traceback_push",
                    &[name.into(), file.into(), self.i64c(*line as i64).into()],
                )?;
                self.push_reentered_frames()?;
                match cleanup {
                    Some(c) => {
                        self.b.build_unconditional_branch(bb(c))?;
                    }
                    None => self.ret(self.error_value(self.body_ret))?,
                }
            }
            Terminator::Leave => self.ret(self.error_value(self.body_ret))?,
            Terminator::Caught { line, handler } => {
                let name = self.name_cstr.unwrap_or(self.ptr_t().const_null());
                let file = self.file_cstr.unwrap_or(self.ptr_t().const_null());
                self.call_rt(
                    "nx_traceback_catch",
                    &[name.into(), file.into(), self.i64c(*line as i64).into()],
                )?;
                self.b.build_unconditional_branch(bb(handler))?;
            }
            Terminator::Unreachable => {
                // A safety net: reached only if inference was wrong (a call it proved never
                // returns did), which must stop loudly, not fall off the function.
                let name = self.name_cstr.unwrap_or(self.ptr_t().const_null());
                let file = self.file_cstr.unwrap_or(self.ptr_t().const_null());
                self.call_rt("nx_unreachable", &[name.into(), file.into()])?;
                self.b.build_unreachable()?;
            }
        }
        Ok(())
    }

    /// Whether an exception is pending (`nx_err_pending` is set).
    pub(super) fn pending_flag_set(&self) -> R<IntValue<'ctx>> {
        let v = self
            .b
            .build_load(
                self.ctx.i8_type(),
                self.err_flag.as_pointer_value(),
                "pending",
            )?
            .into_int_value();
        Ok(self
            .b
            .build_int_compare(IntPredicate::NE, v, self.i8c(0), "failed")?)
    }

    /// Marks a condition as unlikely (`llvm.expect`), for error checks.
    pub(super) fn expect_false(&self, c: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        self.expect(c, false)
    }

    pub(super) fn expect_true(&self, c: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        self.expect(c, true)
    }

    /// `c`, marked as almost always `likely` for the optimizer.
    pub(super) fn expect(&self, c: IntValue<'ctx>, likely: bool) -> R<IntValue<'ctx>> {
        let bool_t = self.ctx.bool_type();
        let Some(expect) = Intrinsic::find("llvm.expect")
            .and_then(|i| i.get_declaration(&self.module, &[bool_t.into()]))
        else {
            return Ok(c);
        };
        let want = bool_t.const_int(likely as u64, false);
        let v = self
            .b
            .build_call(expect, &[c.into(), want.into()], "expected")?;
        Ok(v.try_as_basic_value()
            .basic()
            .map(|v| v.into_int_value())
            .unwrap_or(c))
    }
}
