//! Codegen of the list operations on the hot path, inline: `len(xs)`, `xs[i]`, `xs[i] = v`,
//! `xs.append(v)` and `xs.pop()` use the list's length, capacity and element slots directly
//! (`natrix_abi::LIST_LEN_OFFSET`, `LIST_CAP_OFFSET`, `LIST_ITEMS_OFFSET`); an index that is
//! not a small int within bounds, a full list and an empty one take the runtime's path (which
//! grows the list, or raises CPython's IndexError).

use super::*;

impl<'ctx> Cg<'ctx, '_> {
    /// The address of a field of a list object.
    fn list_field(&self, list: PointerValue<'ctx>, offset: u64) -> R<PointerValue<'ctx>> {
        Ok(unsafe {
            self.b.build_gep(
                self.ctx.i8_type(),
                list,
                &[self.i64c(offset as i64)],
                "field",
            )?
        })
    }

    /// The list's length (a machine integer).
    fn list_len_raw(&self, list: PointerValue<'ctx>) -> R<IntValue<'ctx>> {
        let p = self.list_field(list, natrix_abi::LIST_LEN_OFFSET)?;
        Ok(self
            .load_mem(self.ctx.i64_type(), p, "len", Mem::ListLen)?
            .into_int_value())
    }

    /// The list's element slots.
    fn list_items(&self, list: PointerValue<'ctx>) -> R<PointerValue<'ctx>> {
        let p = self.list_field(list, natrix_abi::LIST_ITEMS_OFFSET)?;
        Ok(self
            .load_mem(self.ptr_t(), p, "items", Mem::ListItems)?
            .into_pointer_value())
    }

    /// `len(xs)` as a tagged int.
    pub(super) fn list_len(&self, list: BasicValueEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let n = self.list_len_raw(list.into_pointer_value())?;
        Ok(self.tag_len(n)?.into())
    }

    /// A length as a tagged int. A length is below 2**62: tagging it wraps neither way, which
    /// lets LLVM see that a loop's `i < len(xs)` decides the bounds check of `xs[i]`.
    fn tag_len(&self, n: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let tagged = self.b.build_left_shift(n, self.i64c(1), "len_tagged")?;
        if let Some(inst) = tagged.as_instruction() {
            inst.set_no_signed_wrap_flag(true)
                .and_then(|_| inst.set_no_unsigned_wrap_flag(true))
                .expect("a shift takes wrap flags");
        }
        Ok(tagged)
    }

    /// The address of slot `i` of a list whose tagged index `idx` is a small int within
    /// bounds, with the condition that says so. An index the ranges pass proved natural needs
    /// neither the tag test nor the count from the end.
    fn list_slot(
        &self,
        list: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
        index: Index,
    ) -> R<(IntValue<'ctx>, PointerValue<'ctx>)> {
        let i64t = self.ctx.i64_type();
        let len = self.list_len_raw(list)?;
        let (pos, ok) = if index == Index::Natural {
            // Compared tagged, as a loop's `i < len(xs)` compares them: LLVM then sees that
            // the loop's test decides this one.
            let pos = self.b.build_right_shift(idx, self.i64c(1), false, "i")?;
            let len2 = self.tag_len(len)?;
            let inside = self
                .b
                .build_int_compare(IntPredicate::ULT, idx, len2, "inside")?;
            (pos, inside)
        } else {
            let small = self.both_small(idx, idx)?;
            let i = self.b.build_right_shift(idx, self.i64c(1), true, "i")?;
            // A negative index counts from the end.
            let neg = self
                .b
                .build_int_compare(IntPredicate::SLT, i, self.i64c(0), "neg")?;
            let from_end = self.b.build_int_add(i, len, "from_end")?;
            let pos = self
                .b
                .build_select(neg, from_end, i, "pos")?
                .into_int_value();
            let inside = self
                .b
                .build_int_compare(IntPredicate::ULT, pos, len, "inside")?;
            (pos, self.b.build_and(small, inside, "ok")?)
        };
        let items = self.list_items(list)?;
        let slot = unsafe { self.b.build_gep(i64t, items, &[pos], "slot")? };
        Ok((ok, slot))
    }

    /// `xs[i]`: the element (a new reference), or the runtime's IndexError.
    pub(super) fn list_get(
        &mut self,
        v: &[BasicValueEnum<'ctx>],
        elem: MTy,
        index: Index,
    ) -> R<BasicValueEnum<'ctx>> {
        let (ok, slot) = self.list_slot(v[0].into_pointer_value(), v[1].into_int_value(), index)?;
        let ok = self.expect_true(ok)?;
        let i64t = self.ctx.i64_type();
        let bits = self.guarded_raising(
            ok,
            i64t.into(),
            |cg| {
                let bits = cg.load_mem(i64t, slot, "bits", Mem::ListSlot)?;
                if elem.is_refcounted() && !cg.borrow_read {
                    let value = cg.from_bits(bits.into_int_value(), elem)?;
                    cg.incref_value(value)?;
                }
                Ok(bits)
            },
            |cg| cg.call_rt_v("nx_list_get", v),
        )?;
        self.from_bits(bits.into_int_value(), elem)
    }

    /// `xs[i] = v`: takes a reference to the value and releases the one it replaces, or raises
    /// the runtime's IndexError. Only the runtime's path can fail (releasing the old value
    /// never leaves an exception pending: see `gen_dealloc`).
    pub(super) fn list_set(
        &mut self,
        v: &[BasicValueEnum<'ctx>],
        elem: MTy,
        index: Index,
    ) -> R<()> {
        let bits = self.to_bits(v[2], elem)?;
        let (ok, slot) = self.list_slot(v[0].into_pointer_value(), v[1].into_int_value(), index)?;
        let ok = self.expect_true(ok)?;
        let i8t = self.ctx.i8_type();
        self.guarded_raising(
            ok,
            i8t.into(),
            |cg| {
                let i64t = cg.ctx.i64_type();
                if elem.is_refcounted() {
                    cg.incref_value(v[2])?;
                    let old = cg
                        .load_mem(i64t, slot, "old", Mem::ListSlot)?
                        .into_int_value();
                    cg.store_mem(slot, bits, Mem::ListSlot)?;
                    let old = cg.from_bits(old, elem)?;
                    cg.decref_value(old)?;
                } else {
                    cg.store_mem(slot, bits, Mem::ListSlot)?;
                }
                Ok(cg.i8c(0).into())
            },
            |cg| {
                cg.call_rt("nx_list_set", &[v[0], v[1], bits.into()])?;
                Ok(cg.i8c(0).into())
            },
        )?;
        Ok(())
    }

    /// `xs.append(v)`: stored in place while the list has room (taking a reference), else the
    /// runtime grows it.
    pub(super) fn list_append(&mut self, v: &[BasicValueEnum<'ctx>], elem: MTy) -> R<()> {
        let list = v[0].into_pointer_value();
        let bits = self.to_bits(v[1], elem)?;
        let len = self.list_len_raw(list)?;
        let cap_p = self.list_field(list, natrix_abi::LIST_CAP_OFFSET)?;
        let cap = self
            .load_mem(self.ctx.i64_type(), cap_p, "cap", Mem::ListCap)?
            .into_int_value();
        let room = self
            .b
            .build_int_compare(IntPredicate::ULT, len, cap, "room")?;
        let room = self.expect_true(room)?;
        // Only the runtime's path (growing the list: MemoryError) can fail.
        let i8t = self.ctx.i8_type();
        self.guarded(
            room,
            i8t.into(),
            |cg| {
                if elem.is_refcounted() {
                    cg.incref_value(v[1])?;
                }
                let items = cg.list_items(list)?;
                let slot = unsafe { cg.b.build_gep(cg.ctx.i64_type(), items, &[len], "slot")? };
                cg.store_mem(slot, bits, Mem::ListSlot)?;
                let len1 = cg.b.build_int_add(len, cg.i64c(1), "len1")?;
                let len_p = cg.list_field(list, natrix_abi::LIST_LEN_OFFSET)?;
                cg.store_mem(len_p, len1, Mem::ListLen)?;
                Ok(cg.i8c(0).into())
            },
            |cg| {
                cg.call_rt("nx_list_append", &[v[0], bits.into()])?;
                Ok(cg.i8c(0).into())
            },
        )?;
        Ok(())
    }

    /// `xs.pop()`: the last element (the list's reference passes to the caller), or the
    /// runtime's IndexError for an empty list.
    pub(super) fn list_pop(
        &mut self,
        v: &[BasicValueEnum<'ctx>],
        elem: MTy,
    ) -> R<BasicValueEnum<'ctx>> {
        let list = v[0].into_pointer_value();
        let len = self.list_len_raw(list)?;
        let some = self
            .b
            .build_int_compare(IntPredicate::NE, len, self.i64c(0), "some")?;
        let some = self.expect_true(some)?;
        let i64t = self.ctx.i64_type();
        let bits = self.guarded_raising(
            some,
            i64t.into(),
            |cg| {
                let last = cg.b.build_int_sub(len, cg.i64c(1), "last")?;
                let len_p = cg.list_field(list, natrix_abi::LIST_LEN_OFFSET)?;
                cg.store_mem(len_p, last, Mem::ListLen)?;
                let items = cg.list_items(list)?;
                let slot = unsafe { cg.b.build_gep(i64t, items, &[last], "slot")? };
                cg.load_mem(i64t, slot, "bits", Mem::ListSlot)
            },
            |cg| cg.call_rt_v("nx_list_pop", v),
        )?;
        self.from_bits(bits.into_int_value(), elem)
    }
}
