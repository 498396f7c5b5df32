//! Instance attributes: inline loads and stores of the attribute slots.
//!
//! An instance is laid out like a tuple (`runtime/src/instance.rs`): after the
//! `TUPLE_HEADER_SIZE`-byte header come `INSTANCE_FIRST_SLOT + n` 8-byte item slots, then one
//! kind byte per item. The class's slot count `n` is static, so both addresses are constants.

use super::*;
use inkwell::module::Linkage;
use natrix_abi::{INSTANCE_FIRST_SLOT, INSTANCE_TABLE_ITEM, TUPLE_HEADER_SIZE, TUPLE_LEN_OFFSET};

impl<'ctx> Cg<'ctx, '_> {
    /// The constant `natrix_abi::ClassTable` of class `c` (emitted once per module).
    pub(super) fn class_table(&self, c: crate::hir::ClassId) -> PointerValue<'ctx> {
        let name = format!("natrix.class_table.{}", c.0);
        if let Some(g) = self.module.get_global(&name) {
            return g.as_pointer_value();
        }
        let i64t = self.ctx.i64_type();
        let t = &self.prog.class_tables[c.0 as usize];
        let fnword = |s: Option<crate::infer::SpecId>| match s {
            Some(s) => self.funcs[s.0 as usize]
                .as_global_value()
                .as_pointer_value()
                .const_to_int(i64t),
            None => i64t.const_zero(),
        };
        // The tables of the classes after it in its method resolution order, then 0.
        let mut after: Vec<_> = t
            .mro
            .iter()
            .map(|b| self.class_table(*b).const_to_int(i64t))
            .collect();
        after.push(i64t.const_zero());
        let mro_t = i64t.array_type(after.len() as u32);
        let mro = self.module.add_global(mro_t, None, &format!("{name}.mro"));
        mro.set_linkage(inkwell::module::Linkage::Private);
        mro.set_constant(true);
        mro.set_initializer(&i64t.const_array(&after));
        let mro = mro.as_pointer_value().const_to_int(i64t);
        // The tables of the classes the other operand of its `eq`, and `lt`/`gt`, derives
        // from, 0 for itself.
        let operand = |k: crate::hir::ClassId| match k == c {
            true => i64t.const_zero(),
            false => self.class_table(k).const_to_int(i64t),
        };
        let (eq_operand, order_operand) = (operand(t.eq_operand), operand(t.order_operand));
        let exc_kind = t.exc_kind.map_or(0, |k| k as u64 + 1);
        let class_name = self.class_names[c.0 as usize].as_pointer_value();
        let release = match self.release_fns[c.0 as usize] {
            Some(f) => f.as_global_value().as_pointer_value().const_to_int(i64t),
            None => i64t.const_zero(),
        };
        let words = [
            fnword(t.repr),
            fnword(t.str),
            fnword(t.eq),
            fnword(t.hash),
            fnword(t.lt),
            fnword(t.gt),
            i64t.const_int(u64::from(t.unhashable), false),
            i64t.const_int(exc_kind, false),
            mro,
            class_name.const_to_int(i64t),
            release,
            fnword(t.eq_dyn),
            fnword(t.lt_dyn),
            fnword(t.gt_dyn),
            i64t.const_int(u64::from(t.atomic), false),
            self.attr_names(c).const_to_int(i64t),
            eq_operand,
            order_operand,
        ];
        let arr_t = i64t.array_type(words.len() as u32);
        let g = self.module.add_global(arr_t, None, &name);
        g.set_linkage(inkwell::module::Linkage::Private);
        g.set_constant(true);
        g.set_initializer(&i64t.const_array(&words));
        g.as_pointer_value()
    }

    /// The constant names of class `c`'s attribute slots (`natrix_abi::ClassTable::attrs`):
    /// each followed by a NUL byte, the list by an empty name.
    fn attr_names(&self, c: crate::hir::ClassId) -> PointerValue<'ctx> {
        let mut text = vec![];
        for n in &self.prog.class_tables[c.0 as usize].attr_names {
            text.extend_from_slice(n.as_bytes());
            text.push(0);
        }
        text.push(0);
        let bytes = self.ctx.const_string(&text, false);
        let g = self.module.add_global(
            bytes.get_type(),
            None,
            &format!("natrix.class_attrs.{}", c.0),
        );
        g.set_linkage(Linkage::Private);
        g.set_constant(true);
        g.set_initializer(&bytes);
        g.as_pointer_value()
    }

    /// For each class whose attributes may hold a reference, `natrix.release.C(obj)`: releases
    /// each attribute by its static type, skipping an unset one (`-1`), inline; the runtime
    /// frees the instance after it (`runtime/src/instance.rs`). A generic walk would test
    /// each item's kind byte: binary_trees' nodes and richards' packets are freed by the
    /// million.
    pub(super) fn build_release_fns(&mut self) -> R<()> {
        let i64t = self.ctx.i64_type();
        let fn_t = self.ctx.void_type().fn_type(&[self.ptr_t().into()], false);
        for c in 0..self.prog.class_tables.len() {
            let t = &self.prog.class_tables[c];
            let slots: Vec<(usize, MTy)> = t
                .slots
                .iter()
                .copied()
                .enumerate()
                .filter(|(_, ty)| ty.is_refcounted())
                .collect();
            if t.tracking == mir::Tracking::Plain || slots.is_empty() {
                self.release_fns.push(None);
                continue;
            }
            let f = self.module.add_function(
                &format!("natrix.release.{c}.{}", t.name),
                fn_t,
                Some(Linkage::Internal),
            );
            self.func = Some(f);
            let entry = self.ctx.append_basic_block(f, "entry");
            self.b.position_at_end(entry);
            let obj = f
                .get_nth_param(0)
                .expect("one parameter")
                .into_pointer_value();
            for (k, ty) in slots {
                let off = TUPLE_HEADER_SIZE as i64 + 8 * (INSTANCE_FIRST_SLOT + k as i64);
                let at = unsafe {
                    // SAFETY (of the generated code): every instance of the class has the slot.
                    self.b.build_in_bounds_gep(
                        self.ctx.i8_type(),
                        obj,
                        &[self.i64c(off)],
                        "slot",
                    )?
                };
                let bits = self.load_mem(i64t, at, "bits", Mem::Slot)?.into_int_value();
                let unset = self.i64c(natrix_abi::ATTR_UNSET);
                let set = self
                    .b
                    .build_int_compare(IntPredicate::NE, bits, unset, "is_set")?;
                let (release, next) = (
                    self.ctx.append_basic_block(f, "release"),
                    self.ctx.append_basic_block(f, "next"),
                );
                self.b.build_conditional_branch(set, release, next)?;
                self.b.position_at_end(release);
                let v: BasicValueEnum = if ty.is_pointer() {
                    self.b.build_int_to_ptr(bits, self.ptr_t(), "attr")?.into()
                } else {
                    bits.into()
                };
                self.decref_value(v)?;
                self.b.build_unconditional_branch(next)?;
                self.b.position_at_end(next);
            }
            self.b.build_return(None)?;
            self.release_fns.push(Some(f));
        }
        self.func = None;
        Ok(())
    }

    /// The address of class `c`'s table, as an int.
    pub(super) fn class_table_addr(&self, c: crate::hir::ClassId) -> R<IntValue<'ctx>> {
        let table = self.class_table(c);
        Ok(self
            .b
            .build_ptr_to_int(table, self.ctx.i64_type(), "class_table")?)
    }

    /// `instance_new[c, n]`: a new instance of class `c` with `n` unset attribute slots,
    /// allocated as the class's tracking says.
    pub(super) fn instance_new(
        &mut self,
        c: crate::hir::ClassId,
        n: u32,
    ) -> R<BasicValueEnum<'ctx>> {
        let table = self.class_table_addr(c)?;
        // The slot count is a raw machine integer (the attribute code relies on it).
        let slots = n;
        let n = self.i64c(slots as i64);
        let new = match self.prog.class_tables[c.0 as usize].tracking {
            mir::Tracking::Tracked => "nx_instance_new",
            mir::Tracking::Acyclic => "nx_instance_new_acyclic",
            mir::Tracking::Plain => "nx_instance_new_plain",
        };
        let obj = self.call_rt_v(new, &[n.into(), table.into()])?;
        // Every slot starts unset, written here rather than in the runtime: the constructor
        // that follows stores its attributes over these, and LLVM drops the stores it can see
        // are overwritten (and the release of the "old" value they hold).
        let f = self.func.expect("in a function");
        let (init, done) = (
            self.ctx.append_basic_block(f, "slots_init"),
            self.ctx.append_basic_block(f, "slots_done"),
        );
        let p = obj.into_pointer_value();
        let is_null = self.b.build_is_null(p, "null")?;
        self.b.build_conditional_branch(is_null, done, init)?;
        self.b.position_at_end(init);
        let unset = self.i64c(natrix_abi::ATTR_UNSET);
        let none = self.i8c(natrix_abi::ElemKind::None as u64);
        for k in 0..slots {
            let (slot_p, kind_p) = self.attr_addrs(p, k, slots)?;
            self.store_mem(slot_p, unset, Mem::Slot)?;
            self.store_mem(kind_p, none, Mem::Kind)?;
        }
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(obj)
    }

    /// Whether instance `obj` is of class `c` exactly: item `INSTANCE_TABLE_ITEM` is the
    /// address of its class's table.
    pub(super) fn class_is(
        &mut self,
        obj: BasicValueEnum<'ctx>,
        c: crate::hir::ClassId,
    ) -> R<BasicValueEnum<'ctx>> {
        let i64t = self.ctx.i64_type();
        let at = unsafe {
            // SAFETY (of the generated code): the item exists in every instance.
            self.b.build_in_bounds_gep(
                self.ctx.i8_type(),
                obj.into_pointer_value(),
                &[self.i64c(TUPLE_HEADER_SIZE as i64 + 8 * INSTANCE_TABLE_ITEM)],
                "class_slot",
            )?
        };
        let table = self
            .load_mem(i64t, at, "class_table", Mem::Slot)?
            .into_int_value();
        let want = self.b.build_ptr_to_int(self.class_table(c), i64t, "want")?;
        let same = self
            .b
            .build_int_compare(IntPredicate::EQ, table, want, "class_is")?;
        self.bool_result(same)
    }

    /// The addresses of item `k`'s 8-byte value and kind byte in a tuple-like object of `n`
    /// items.
    fn item_addrs(
        &self,
        obj: PointerValue<'ctx>,
        k: u32,
        n: u32,
    ) -> R<(PointerValue<'ctx>, PointerValue<'ctx>)> {
        let i8t = self.ctx.i8_type();
        let at = |off: u64, name: &str| {
            // SAFETY (of the generated code): the offset is inside the object (n items).
            unsafe {
                self.b
                    .build_in_bounds_gep(i8t, obj, &[self.i64c(off as i64)], name)
            }
        };
        Ok((
            at(TUPLE_HEADER_SIZE + 8 * k as u64, "item")?,
            at(TUPLE_HEADER_SIZE + 8 * n as u64 + k as u64, "item_kind")?,
        ))
    }

    /// Initialises item `k` (not yet written, or `None`) of a new tuple-like object of `n`
    /// items with `v` of type `ty`, taking a reference.
    pub(super) fn init_item(
        &mut self,
        obj: PointerValue<'ctx>,
        k: u32,
        n: u32,
        v: BasicValueEnum<'ctx>,
        ty: MTy,
    ) -> R<()> {
        let bits = self.to_bits(v, ty)?;
        let kind = self.item_kind(v, ty)?;
        let kind8 = self
            .b
            .build_int_truncate(kind, self.ctx.i8_type(), "kind8")?;
        let (slot_p, kind_p) = self.item_addrs(obj, k, n)?;
        if ty.is_refcounted() {
            self.incref_value(v)?;
        }
        self.store_mem(slot_p, bits, Mem::Slot)?;
        self.store_mem(kind_p, kind8, Mem::Kind)?;
        Ok(())
    }

    /// A new tuple-like object (a tuple, a function value, a generator's frame) of the
    /// items of tuple type `tt`, holding `v`.
    pub(super) fn tuple_new(
        &mut self,
        op: Op,
        tt: mir::TupleTy,
        v: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let items = self.prog.tuple_items[tt.0 as usize].clone();
        // Items that cannot refer to a container or instance: no cycle can pass
        // through the tuple.
        let acyclic = items.iter().all(|t| t.holds_no_object());
        // A tuple's items are all written below: the runtime leaves them unwritten.
        // (Functions and generators keep what the runtime writes in their others.)
        let new = match op {
            Op::FuncNew(_) => "nx_func_new",
            Op::GenNew(_) => "nx_gen_new",
            _ if acyclic => "nx_tuple_alloc_scalar",
            _ => "nx_tuple_alloc",
        };
        debug_assert!(
            !matches!(op, Op::TupleNew(_)) || v.len() == items.len(),
            "a new tuple is given every item"
        );
        let t = self.call_rt_v(new, &[self.i64c(items.len() as i64).into()])?;
        // A failed allocation returns null: skip the initialisation (the error check
        // after this operation propagates).
        let f = self.func.expect("in a function");
        let (init, done) = (
            self.ctx.append_basic_block(f, "tuple_init"),
            self.ctx.append_basic_block(f, "tuple_done"),
        );
        let is_null = self.b.build_is_null(t.into_pointer_value(), "null")?;
        self.b.build_conditional_branch(is_null, done, init)?;
        self.b.position_at_end(init);
        // Store each value's bits and kind inline, taking a reference.
        let n = items.len() as u32;
        for (k, (val, ty)) in v.iter().zip(items).enumerate() {
            self.init_item(t.into_pointer_value(), k as u32, n, *val, ty)?;
        }
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(t)
    }

    /// Item `k` (of static type `ty`) of a tuple-like object of `n` items, as a new reference.
    pub(super) fn get_item(
        &mut self,
        obj: PointerValue<'ctx>,
        k: u32,
        n: u32,
        ty: MTy,
    ) -> R<BasicValueEnum<'ctx>> {
        let (slot_p, _) = self.item_addrs(obj, k, n)?;
        let bits = self
            .load_mem(self.ctx.i64_type(), slot_p, "bits", Mem::Slot)?
            .into_int_value();
        let v = self.from_bits(bits, ty)?;
        if ty.is_refcounted() && !self.borrow_read {
            self.incref_value(v)?;
        }
        Ok(v)
    }

    /// Item `i` (a machine int) of a tuple-like object, as a new reference of type `ty`.
    pub(super) fn get_item_at(
        &mut self,
        obj: PointerValue<'ctx>,
        i: IntValue<'ctx>,
        ty: MTy,
    ) -> R<BasicValueEnum<'ctx>> {
        let i64t = self.ctx.i64_type();
        let off = self.b.build_int_mul(i, self.i64c(8), "off")?;
        let off = self
            .b
            .build_int_add(off, self.i64c(TUPLE_HEADER_SIZE as i64), "off")?;
        // SAFETY (of the generated code): the loop keeps `i` below the tuple's length.
        let slot_p = unsafe {
            self.b
                .build_in_bounds_gep(self.ctx.i8_type(), obj, &[off], "item")?
        };
        let bits = self
            .load_mem(i64t, slot_p, "bits", Mem::Slot)?
            .into_int_value();
        let v = self.from_bits(bits, ty)?;
        if ty.is_refcounted() && !self.borrow_read {
            self.incref_value(v)?;
        }
        Ok(v)
    }

    /// The addresses of item `slot`'s 8-byte value and its kind byte.
    fn attr_addrs(
        &self,
        obj: PointerValue<'ctx>,
        slot: u32,
        n: u32,
    ) -> R<(PointerValue<'ctx>, PointerValue<'ctx>)> {
        let items = INSTANCE_FIRST_SLOT as u64 + n as u64;
        let item = INSTANCE_FIRST_SLOT as u64 + slot as u64;
        let i8t = self.ctx.i8_type();
        let at = |off: u64, name: &str| {
            // SAFETY (of the generated code): the offset is inside the instance (n slots).
            unsafe {
                self.b
                    .build_in_bounds_gep(i8t, obj, &[self.i64c(off as i64)], name)
            }
        };
        Ok((
            at(TUPLE_HEADER_SIZE + 8 * item, "slot")?,
            at(TUPLE_HEADER_SIZE + 8 * items + item, "kind")?,
        ))
    }

    /// `obj.attr`: when the kind byte says the slot holds a value of the static type, load it
    /// (taking a reference); otherwise (never assigned) the runtime raises AttributeError.
    pub(super) fn get_attr(
        &mut self,
        v: &[BasicValueEnum<'ctx>],
        slot: u32,
        ty: MTy,
        n: u32,
    ) -> R<BasicValueEnum<'ctx>> {
        let slow_call = |cg: &mut Self| -> R<BasicValueEnum<'ctx>> {
            let bits = cg
                .call_rt_v(
                    "nx_instance_get",
                    &[v[0], cg.i64c(slot as i64).into(), v[1]],
                )?
                .into_int_value();
            cg.from_bits(bits, ty)
        };
        if ty == MTy::None {
            // A `None` attribute and an unset one share the kind byte: ask the runtime.
            return slow_call(self);
        }
        let obj = v[0].into_pointer_value();
        let (slot_p, kind_p) = self.attr_addrs(obj, slot, n)?;
        let f = self.func.expect("in a function");
        let (fast, slow, done) = (
            self.ctx.append_basic_block(f, "attr_set"),
            self.ctx.append_basic_block(f, "attr_unset"),
            self.ctx.append_basic_block(f, "attr_done"),
        );
        let kind = self
            .load_mem(self.ctx.i8_type(), kind_p, "kind", Mem::Kind)?
            .into_int_value();
        let want = self.i8c(mir::elem_kind(ty) as u64);
        let bits = self
            .load_mem(self.ctx.i64_type(), slot_p, "bits", Mem::Slot)?
            .into_int_value();
        let is_set = if matches!(ty, MTy::OptInstance(_)) || ty.is_optional_value() {
            // An object, or `None` (a `None` item, bits 0): anything but the unset marker.
            let none = self.i8c(natrix_abi::ElemKind::None as u64);
            let eq = IntPredicate::EQ;
            let is_none = self.b.build_int_compare(eq, kind, none, "is_none")?;
            let marker =
                self.b
                    .build_int_compare(eq, bits, self.i64c(natrix_abi::ATTR_UNSET), "marker")?;
            let unset = self.b.build_and(is_none, marker, "unset")?;
            self.b.build_not(unset, "is_set")?
        } else {
            self.b
                .build_int_compare(IntPredicate::EQ, kind, want, "is_set")?
        };
        self.b.build_conditional_branch(is_set, fast, slow)?;
        self.b.position_at_end(fast);
        let fast_v = self.from_bits(bits, ty)?;
        if ty.is_refcounted() {
            self.incref_value(fast_v)?;
        }
        let fast_end = self.b.get_insert_block().expect("a block");
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(slow);
        let slow_v = slow_call(self)?;
        let slow_end = self.b.get_insert_block().expect("a block");
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        let phi = self.b.build_phi(self.llty(ty), "attr")?;
        phi.add_incoming(&[(&fast_v, fast_end), (&slow_v, slow_end)]);
        // Only the runtime's path (an unset attribute: AttributeError) can fail: the error
        // check that follows tests it there (as for `guarded`).
        self.guards_in_op.set(self.guards_in_op.get() + 1);
        self.guard.set(Some(super::Guard {
            slow_end,
            slow_value: slow_v,
            join: done,
            always_raises: false,
        }));
        Ok(phi.as_basic_value())
    }

    /// Whether attribute `slot` holds a value (anything but the unset marker), as a bool.
    pub(super) fn attr_is_set(
        &self,
        obj: BasicValueEnum<'ctx>,
        slot: u32,
        n: u32,
    ) -> R<BasicValueEnum<'ctx>> {
        let (slot_p, kind_p) = self.attr_addrs(obj.into_pointer_value(), slot, n)?;
        let kind = self
            .load_mem(self.ctx.i8_type(), kind_p, "kind", Mem::Kind)?
            .into_int_value();
        let bits = self
            .load_mem(self.ctx.i64_type(), slot_p, "bits", Mem::Slot)?
            .into_int_value();
        let eq = IntPredicate::EQ;
        let none = self.i8c(natrix_abi::ElemKind::None as u64);
        let is_none = self.b.build_int_compare(eq, kind, none, "is_none")?;
        let marker =
            self.b
                .build_int_compare(eq, bits, self.i64c(natrix_abi::ATTR_UNSET), "marker")?;
        let unset = self.b.build_and(is_none, marker, "unset")?;
        let set = self.b.build_not(unset, "set")?;
        self.bool_result(set)
    }

    /// The `ElemKind` code of an item holding `v` of type `ty`: static, except for an
    /// `Optional[C]`, stored as a `None` item when it is None.
    pub(super) fn item_kind(&self, v: BasicValueEnum<'ctx>, ty: MTy) -> R<IntValue<'ctx>> {
        let kind = self.i64c(mir::elem_kind(ty) as i64);
        // An optional number's `None` is a `None` item (its bits: the `None` word).
        if matches!(ty, MTy::OptInt | MTy::OptFloat | MTy::OptBool) {
            let is_none = self.is_none(v)?;
            let none = self.i64c(natrix_abi::ElemKind::None as i64);
            return Ok(self
                .b
                .build_select(is_none, none, kind, "kind")?
                .into_int_value());
        }
        // A null pointer (`None`, or a local never assigned) is a `None` item.
        if ty.is_pointer() {
            let null = self.b.build_is_null(v.into_pointer_value(), "is_none")?;
            let none = self.i64c(natrix_abi::ElemKind::None as i64);
            return Ok(self
                .b
                .build_select(null, none, kind, "kind")?
                .into_int_value());
        }
        Ok(kind)
    }

    /// `obj.attr = value`, inline: take a reference to the new value, store its bits and kind,
    /// then release the old value when the slot held one (it holds the attribute's static kind,
    /// or is unset / None, which hold no reference). With `init` (`Op::SetAttrInit`) the slot
    /// already holds a value of this kind: no kind byte is stored or tested.
    pub(super) fn set_attr(
        &mut self,
        v: &[BasicValueEnum<'ctx>],
        slot: u32,
        ty: MTy,
        n: u32,
        init: bool,
    ) -> R<()> {
        let (slot_p, kind_p) = self.attr_addrs(v[0].into_pointer_value(), slot, n)?;
        self.store_slot(slot_p, kind_p, v[1], ty, init)
    }

    /// `ItemSet`: item `k` of a tuple-like object (a generator's frame) set to `v[1]` of type
    /// `ty`, inline as [`Self::set_attr`] (the item holds values of that type, or None).
    pub(super) fn set_item(&mut self, v: &[BasicValueEnum<'ctx>], k: u32, ty: MTy) -> R<()> {
        let obj = v[0].into_pointer_value();
        let i8t = self.ctx.i8_type();
        let at = |this: &Self, off: IntValue<'ctx>, name: &str| {
            // SAFETY (of the generated code): the compiler laid out the frame with item `k`.
            unsafe { this.b.build_in_bounds_gep(i8t, obj, &[off], name) }
        };
        let len_p = at(self, self.i64c(TUPLE_LEN_OFFSET as i64), "len_p")?;
        let len = self
            .load_mem(self.ctx.i64_type(), len_p, "len", Mem::TupleLen)?
            .into_int_value();
        let slot_p = at(
            self,
            self.i64c((TUPLE_HEADER_SIZE + 8 * k as u64) as i64),
            "item",
        )?;
        let kinds = self.b.build_int_mul(len, self.i64c(8), "kinds")?;
        let off = self.b.build_int_add(
            kinds,
            self.i64c((TUPLE_HEADER_SIZE + k as u64) as i64),
            "kind_off",
        )?;
        let kind_p = at(self, off, "item_kind")?;
        self.store_slot(slot_p, kind_p, v[1], ty, false)
    }

    /// Stores `value` of type `ty` into an item slot and its kind byte (`init`: the slot
    /// already holds a value of this kind, no kind is stored or tested), taking a reference and
    /// releasing the old value when the slot held one.
    fn store_slot(
        &mut self,
        slot_p: PointerValue<'ctx>,
        kind_p: PointerValue<'ctx>,
        value: BasicValueEnum<'ctx>,
        ty: MTy,
        init: bool,
    ) -> R<()> {
        let bits = self.to_bits(value, ty)?;
        let kind = self.item_kind(value, ty)?;
        let kind8 = self
            .b
            .build_int_truncate(kind, self.ctx.i8_type(), "kind8")?;
        if !ty.is_refcounted() {
            self.store_mem(slot_p, bits, Mem::Slot)?;
            if !init {
                self.store_mem(kind_p, kind8, Mem::Kind)?;
            }
            return Ok(());
        }
        if init {
            self.incref_value(value)?;
            let old_bits = self
                .load_mem(self.ctx.i64_type(), slot_p, "old_bits", Mem::Slot)?
                .into_int_value();
            self.store_mem(slot_p, bits, Mem::Slot)?;
            let old = self.from_bits(old_bits, ty)?;
            self.decref_value(old)?;
            return Ok(());
        }
        self.incref_value(value)?;
        let i64t = self.ctx.i64_type();
        let old_bits = self
            .load_mem(i64t, slot_p, "old_bits", Mem::Slot)?
            .into_int_value();
        let old_kind = self
            .load_mem(self.ctx.i8_type(), kind_p, "old_kind", Mem::Kind)?
            .into_int_value();
        self.store_mem(slot_p, bits, Mem::Slot)?;
        self.store_mem(kind_p, kind8, Mem::Kind)?;
        let f = self.func.expect("in a function");
        let (release, done) = (
            self.ctx.append_basic_block(f, "attr_release"),
            self.ctx.append_basic_block(f, "attr_stored"),
        );
        let held = self.i8c(mir::elem_kind(ty) as u64);
        let had_ref = self
            .b
            .build_int_compare(IntPredicate::EQ, old_kind, held, "had_ref")?;
        self.b.build_conditional_branch(had_ref, release, done)?;
        self.b.position_at_end(release);
        let old = self.from_bits(old_bits, ty)?;
        self.decref_value(old)?;
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// An attribute every instance has from construction on: its slot, with no check.
    pub(super) fn get_attr_init(
        &self,
        obj: BasicValueEnum<'ctx>,
        slot: u32,
        ty: MTy,
        n: u32,
    ) -> R<BasicValueEnum<'ctx>> {
        let (slot_p, _) = self.attr_addrs(obj.into_pointer_value(), slot, n)?;
        let bits = self
            .load_mem(self.ctx.i64_type(), slot_p, "bits", Mem::Slot)?
            .into_int_value();
        let value = self.from_bits(bits, ty)?;
        if ty.is_refcounted() && !self.borrow_read {
            self.incref_value(value)?;
        }
        Ok(value)
    }
}
