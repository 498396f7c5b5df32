//! Codegen of reference counting: the module's incref/decref helpers for object pointers and
//! tagged ints (big ints are objects; small ints and the error word are not).

use super::*;

impl<'ctx> Cg<'ctx, '_> {
    /// Adds a reference to an object (pointer, may be null) or an int (tagged word), through
    /// the module's small helper functions (always inlined).
    pub(super) fn incref_value(&self, v: BasicValueEnum<'ctx>) -> R<()> {
        let f = match v {
            BasicValueEnum::PointerValue(_) => self.rc_helper(0),
            BasicValueEnum::IntValue(_) => self.rc_helper(1),
            _ => return Ok(()),
        };
        if let Some(f) = f {
            self.b.build_call(f, &[v.into()], "")?;
        }
        Ok(())
    }

    /// Releases a reference held by an object pointer (may be null) or an int (tagged word).
    pub(super) fn decref_value(&self, v: BasicValueEnum<'ctx>) -> R<()> {
        let f = match v {
            BasicValueEnum::PointerValue(_) => self.rc_helper(2),
            BasicValueEnum::IntValue(_) => self.rc_helper(3),
            _ => return Ok(()),
        };
        if let Some(f) = f {
            self.b.build_call(f, &[v.into()], "")?;
        }
        Ok(())
    }

    /// Refcount helper `k` (see [`Self::build_rc_helpers`]): its called copy in a body
    /// compiled without optimizations, where inlining it at every reference would only make
    /// code for LLVM to go through.
    fn rc_helper(&self, k: usize) -> Option<FunctionValue<'ctx>> {
        self.rc_helpers[if self.cold { k + 4 } else { k }]
    }

    /// Builds the four refcount helpers: incref/decref of a pointer and of a tagged int,
    /// always inlined, and a copy of each that is not.
    pub(super) fn build_rc_helpers(&mut self) -> R<()> {
        let void = self.ctx.void_type();
        let kinds: [(BasicTypeEnum<'ctx>, bool, &str); 4] = [
            (self.ptr_t().into(), true, "natrix.incref_obj"),
            (self.ctx.i64_type().into(), true, "natrix.incref_int"),
            (self.ptr_t().into(), false, "natrix.decref_obj"),
            (self.ctx.i64_type().into(), false, "natrix.decref_int"),
        ];
        for (k, (ty, inc, name)) in kinds.into_iter().chain(kinds).enumerate() {
            let called = k >= 4;
            let f = self.module.add_function(
                &format!("{name}{}", if called { ".called" } else { "" }),
                void.fn_type(&[ty.into()], false),
                Some(Linkage::Internal),
            );
            // Always inlined: a few instructions on the small-int or live-object path, which
            // LLVM's own choice left as calls in large functions (a generator's resume
            // function, storing and releasing every local at each `yield`).
            self.add_fn_attribute(f, if called { "noinline" } else { "alwaysinline" });
            self.func = Some(f);
            let entry = self.ctx.append_basic_block(f, "entry");
            self.b.position_at_end(entry);
            let v = f.get_nth_param(0).expect("one parameter");
            if inc {
                self.emit_incref_value(v)?;
            } else {
                self.emit_decref_value(v)?;
            }
            self.b.build_return(None)?;
            self.rc_helpers[k] = Some(f);
        }
        self.func = None;
        Ok(())
    }

    /// Adds a reference to a str (pointer, may be null) or an int (tagged word), inline.
    pub(super) fn emit_incref_value(&self, v: BasicValueEnum<'ctx>) -> R<()> {
        match v {
            BasicValueEnum::PointerValue(p) => self.incref(p),
            BasicValueEnum::IntValue(i) => {
                let p = self.big_int_ptr(i, "inc_big")?;
                match p {
                    Some((obj, done)) => {
                        self.incref_nonnull(obj)?;
                        self.b.build_unconditional_branch(done)?;
                        self.b.position_at_end(done);
                        Ok(())
                    }
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// Releases a reference held by a str (pointer, may be null) or an int (tagged word), inline.
    pub(super) fn emit_decref_value(&self, v: BasicValueEnum<'ctx>) -> R<()> {
        match v {
            BasicValueEnum::PointerValue(p) => self.decref(p),
            BasicValueEnum::IntValue(i) => match self.big_int_ptr(i, "dec_big")? {
                Some((obj, done)) => {
                    self.decref_nonnull(obj, done)?;
                    self.b.position_at_end(done);
                    Ok(())
                }
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Branches on whether a tagged int is a big-int pointer (tag bit set, not the error word);
    /// leaves the builder in the "big" block and returns the object pointer and the join block.
    pub(super) fn big_int_ptr(
        &self,
        v: IntValue<'ctx>,
        name: &str,
    ) -> R<Option<(PointerValue<'ctx>, inkwell::basic_block::BasicBlock<'ctx>)>> {
        let f = self.func.expect("in a function");
        let (big, done) = (
            self.ctx.append_basic_block(f, name),
            self.ctx.append_basic_block(f, "big_done"),
        );
        let tag = self.b.build_and(v, self.i64c(1), "tag")?;
        let tagged = self
            .b
            .build_int_compare(IntPredicate::NE, tag, self.i64c(0), "tagged")?;
        let not_err = self.b.build_int_compare(
            IntPredicate::NE,
            v,
            self.i64c(natrix_abi::INT_ERROR),
            "noterr",
        )?;
        let is_big = self.b.build_and(tagged, not_err, "isbig")?;
        let is_big = self.expect_false(is_big)?;
        self.b.build_conditional_branch(is_big, big, done)?;
        self.b.position_at_end(big);
        let addr = self.b.build_int_sub(v, self.i64c(1), "addr")?;
        let obj = self.b.build_int_to_ptr(addr, self.ptr_t(), "obj")?;
        Ok(Some((obj, done)))
    }

    pub(super) fn incref_nonnull(&self, v: PointerValue<'ctx>) -> R<()> {
        let i64t = self.ctx.i64_type();
        let rc = self
            .load_mem(i64t, v, "rc", Mem::RefCount)?
            .into_int_value();
        let rc1 = self.b.build_int_add(rc, self.i64c(1), "rc1")?;
        self.store_mem(v, rc1, Mem::RefCount)?;
        Ok(())
    }

    /// Decrements a non-null object's count, frees it at zero, then branches to `done`.
    pub(super) fn decref_nonnull(
        &self,
        v: PointerValue<'ctx>,
        done: inkwell::basic_block::BasicBlock<'ctx>,
    ) -> R<()> {
        let f = self.func.expect("in a function");
        let free = self.ctx.append_basic_block(f, "free");
        let i64t = self.ctx.i64_type();
        let rc = self
            .load_mem(i64t, v, "rc", Mem::RefCount)?
            .into_int_value();
        let rc1 = self.b.build_int_sub(rc, self.i64c(1), "rc1")?;
        self.store_mem(v, rc1, Mem::RefCount)?;
        let zero = self
            .b
            .build_int_compare(IntPredicate::EQ, rc1, self.i64c(0), "dead")?;
        self.b.build_conditional_branch(zero, free, done)?;
        self.b.position_at_end(free);
        self.call_rt("nx_dealloc", &[v.into()])?;
        self.b.build_unconditional_branch(done)?;
        Ok(())
    }

    pub(super) fn incref(&self, v: PointerValue<'ctx>) -> R<()> {
        let f = self.func.expect("in a function");
        let (inc, done) = (
            self.ctx.append_basic_block(f, "inc"),
            self.ctx.append_basic_block(f, "inc_done"),
        );
        let is_null = self.b.build_is_null(v, "isnull")?;
        self.b.build_conditional_branch(is_null, done, inc)?;
        self.b.position_at_end(inc);
        let i64t = self.ctx.i64_type();
        let rc = self
            .load_mem(i64t, v, "rc", Mem::RefCount)?
            .into_int_value();
        let rc1 = self.b.build_int_add(rc, self.i64c(1), "rc1")?;
        self.store_mem(v, rc1, Mem::RefCount)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    pub(super) fn decref(&self, v: PointerValue<'ctx>) -> R<()> {
        let f = self.func.expect("in a function");
        let (dec, free, done) = (
            self.ctx.append_basic_block(f, "dec"),
            self.ctx.append_basic_block(f, "free"),
            self.ctx.append_basic_block(f, "dec_done"),
        );
        let is_null = self.b.build_is_null(v, "isnull")?;
        self.b.build_conditional_branch(is_null, done, dec)?;
        self.b.position_at_end(dec);
        let i64t = self.ctx.i64_type();
        let rc = self
            .load_mem(i64t, v, "rc", Mem::RefCount)?
            .into_int_value();
        let rc1 = self.b.build_int_sub(rc, self.i64c(1), "rc1")?;
        self.store_mem(v, rc1, Mem::RefCount)?;
        let zero = self
            .b
            .build_int_compare(IntPredicate::EQ, rc1, self.i64c(0), "dead")?;
        self.b.build_conditional_branch(zero, free, done)?;
        self.b.position_at_end(free);
        self.call_rt("nx_dealloc", &[v.into()])?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }
}
