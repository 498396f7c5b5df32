//! MIR lowering of loops (`for` over ranges and sequences).

use super::*;

impl Builder<'_> {
    pub(super) fn for_range(
        &mut self,
        var: Place,
        start: &Expr,
        stop: &Expr,
        step: &Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let s0 = self.int_expr(start);
        let s1 = self.int_expr(stop);
        let st = self.int_expr(step);
        let counter = self.temp(MTy::Int);
        let stop_l = self.temp(MTy::Int);
        let step_l = self.temp(MTy::Int);
        self.assign(counter, Rvalue::Use(s0));
        self.assign(stop_l, Rvalue::Use(s1));
        self.assign(step_l, Rvalue::Use(st.clone()));
        let (head, body_b, latch, else_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        match st {
            Operand::Int(k) if k != 0 => {}
            _ => {
                // A step known only at run time: check for zero, then pick the comparison.
                let zero = self.op(
                    Op::IntCmp(CmpOp::Eq),
                    vec![Operand::Local(step_l), Operand::Int(0)],
                    MTy::Bool,
                );
                let (bad, ok) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(zero, bad, ok);
                self.cur = bad;
                self.op(
                    Op::Raise(ExcKind::ValueError, "range() arg 3 must not be zero"),
                    vec![],
                    MTy::None,
                );
                self.terminate(Terminator::Unreachable);
                self.cur = ok;
                let up = self.op(
                    Op::IntCmp(CmpOp::Gt),
                    vec![Operand::Local(step_l), Operand::Int(0)],
                    MTy::Bool,
                );
                // The loop condition: up ? counter < stop : counter > stop.
                let c = self.temp(MTy::Bool);
                self.goto(head);
                let up2 = up.clone();
                let lt = self.op(
                    Op::IntCmp(CmpOp::Lt),
                    vec![Operand::Local(counter), Operand::Local(stop_l)],
                    MTy::Bool,
                );
                let gt = self.op(
                    Op::IntCmp(CmpOp::Gt),
                    vec![Operand::Local(counter), Operand::Local(stop_l)],
                    MTy::Bool,
                );
                let and1 = self.op(Op::BoolAnd, vec![up2.clone(), lt], MTy::Bool);
                let not_up = self.op(Op::BoolNot, vec![up2], MTy::Bool);
                let and2 = self.op(Op::BoolAnd, vec![not_up, gt], MTy::Bool);
                self.assign(c, Rvalue::Op(Op::BoolOr, vec![and1, and2]));
                self.body.block(self.cur).term =
                    Terminator::Branch(Operand::Local(c), body_b, else_b);
                return self.for_range_body(
                    var,
                    counter,
                    step_l,
                    (head, body_b, latch, else_b, end),
                    body,
                    orelse,
                );
            }
        }
        self.goto(head);
        let op = if matches!(st, Operand::Int(k) if k > 0) {
            CmpOp::Lt
        } else {
            CmpOp::Gt
        };
        let c = self.op(
            Op::IntCmp(op),
            vec![Operand::Local(counter), Operand::Local(stop_l)],
            MTy::Bool,
        );
        self.body.block(self.cur).term = Terminator::Branch(c, body_b, else_b);
        self.for_range_body(
            var,
            counter,
            step_l,
            (head, body_b, latch, else_b, end),
            body,
            orelse,
        );
    }

    pub(super) fn for_range_body(
        &mut self,
        var: Place,
        counter: Local,
        step: Local,
        (head, body_b, latch, else_b, end): (BlockId, BlockId, BlockId, BlockId, BlockId),
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        self.cur = body_b;
        self.store(var, Operand::Local(counter));
        self.loops.push((latch, end, self.finally_stack.len()));
        self.block(body);
        self.loops.pop();
        self.goto(latch);
        self.assign(
            counter,
            Rvalue::Op(
                Op::IntAdd,
                vec![Operand::Local(counter), Operand::Local(step)],
            ),
        );
        self.goto(head);
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
    }

    /// `for var in xs`: by index, re-reading the length on every iteration like CPython's list
    /// iterator.
    pub(super) fn for_iter(
        &mut self,
        var: Place,
        iter: &Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let t = self.typed.spec(self.spec).exprs[iter.id.0 as usize];
        if self.resume_of(t).is_some() {
            return self.for_generator(var, iter, body, orelse);
        }
        if let Some(&(it, next)) = self.typed.spec(self.spec).iter_protocol.get(&iter.id) {
            return self.for_protocol(var, iter, it, next, body, orelse);
        }
        let it_ty = self.ty(iter);
        let items = match it_ty {
            MTy::Tuple(_) => self.strings.tuple_items(it_ty),
            _ => vec![],
        };
        if let MTy::Tuple(_) = it_ty {
            if items.windows(2).all(|w| w[0] == w[1]) {
                return self.for_tuple(var, iter, body, orelse);
            }
        }
        let v = self.expr(iter);
        // Items of different types: over a list of them boxed as dynamic values.
        let (v, it_ty) = match it_ty {
            MTy::Tuple(_) => (v, MTy::Dyn),
            _ => (v, it_ty),
        };
        // A dict iterates its keys, a set its elements: over a list of them.
        let (v, it_ty) = match it_ty {
            MTy::Dyn => {
                let lt = self.strings.list_ty(MTy::Dyn);
                (self.rt("nx_dyn_iter_list", vec![v], lt), lt)
            }
            MTy::Dict(_) => {
                let (k, _) = self.strings.dict_kv(it_ty);
                let lt = self.strings.list_ty(k);
                (self.rt("nx_dict_keys", vec![v], lt), lt)
            }
            MTy::Set(_) => {
                let e = self.strings.list_elem(it_ty);
                let lt = self.strings.list_ty(e);
                (self.rt("nx_set_to_list", vec![v], lt), lt)
            }
            MTy::TupleOf(_) => self.tuple_as_list(v, it_ty),
            MTy::Bytes => {
                let lt = self.strings.list_ty(MTy::Int);
                (self.rt("nx_bytes_to_list", vec![v], lt), lt)
            }
            // A tuple of one item type: over a list of its items.
            MTy::Tuple(_) => {
                let e = self
                    .strings
                    .tuple_items(it_ty)
                    .first()
                    .copied()
                    .unwrap_or(MTy::None);
                let lt = self.strings.list_ty(e);
                let kind = Operand::Int(crate::mir::elem_kind(e) as i64);
                (self.rt("nx_tuple_to_list", vec![v, kind], lt), lt)
            }
            _ => (v, it_ty),
        };
        let it = self.temp(it_ty);
        self.assign(it, Rvalue::Use(v));
        let is_str = it_ty == MTy::Str;
        let elem = if is_str {
            MTy::Str
        } else {
            self.strings.list_elem(it_ty)
        };
        let i = self.temp(MTy::Int);
        self.assign(i, Rvalue::Use(Operand::Int(0)));
        let (head, body_b, else_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.goto(head);
        let len_op = if is_str { Op::StrLen } else { Op::ListLen };
        let n = self.op(len_op, vec![Operand::Local(it)], MTy::Int);
        let c = self.op(Op::IntCmp(CmpOp::Lt), vec![Operand::Local(i), n], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(c, body_b, else_b);
        self.cur = body_b;
        let x = if is_str {
            self.rt(
                "nx_str_getitem",
                vec![Operand::Local(it), Operand::Local(i)],
                MTy::Str,
            )
        } else {
            self.op(
                Op::ListGet(elem),
                vec![Operand::Local(it), Operand::Local(i)],
                elem,
            )
        };
        self.store(var, x);
        self.assign(
            i,
            Rvalue::Op(Op::IntAdd, vec![Operand::Local(i), Operand::Int(1)]),
        );
        self.loops.push((head, end, self.finally_stack.len()));
        self.block(body);
        self.loops.pop();
        self.goto(head);
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
    }

    /// `for x in t` over a tuple whose items share one type: a counted loop over its (static)
    /// length, reading each item in place.
    fn for_tuple(&mut self, var: Place, iter: &Expr, body: &[hir::Stmt], orelse: &[hir::Stmt]) {
        let tt = self.ty(iter);
        let items = self.strings.tuple_items(tt);
        let elem = items.first().copied().unwrap_or(MTy::None);
        let v = self.expr(iter);
        let t = self.temp(tt);
        self.assign(t, Rvalue::Use(v));
        let i = self.temp(MTy::Int);
        self.assign(i, Rvalue::Use(Operand::Int(0)));
        let (head, body_b, else_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.goto(head);
        let n = Operand::Int(items.len() as i64);
        let c = self.op(Op::IntCmp(CmpOp::Lt), vec![Operand::Local(i), n], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(c, body_b, else_b);
        self.cur = body_b;
        let x = self.op(
            Op::TupleItem(elem),
            vec![Operand::Local(t), Operand::Local(i)],
            elem,
        );
        self.store(var, x);
        self.assign(
            i,
            Rvalue::Op(Op::IntAdd, vec![Operand::Local(i), Operand::Int(1)]),
        );
        self.loops.push((head, end, self.finally_stack.len()));
        self.block(body);
        self.loops.pop();
        self.goto(head);
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
    }
}
