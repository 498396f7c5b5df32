//! MIR lowering of statements (loops and `try` are in `control.rs`).

use super::*;

impl Builder<'_> {
    pub(super) fn stmt(&mut self, s: &hir::Stmt) {
        let mut walrus = vec![];
        for e in own_exprs(s) {
            super::walrus_targets(e, &mut walrus);
        }
        let outer = std::mem::replace(&mut self.walrus, walrus);
        self.stmt_inner(s);
        self.walrus = outer;
    }

    fn stmt_inner(&mut self, s: &hir::Stmt) {
        self.line = self.map.line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            // A variable that never holds a value (the item of a loop over an always-empty
            // list, a name read before any assignment) copied elsewhere: if the copy runs, the
            // read raises.
            StmtKind::Assign(_, e)
                if matches!(e.kind, ExprKind::Load(_))
                    && self.typed.spec(self.spec).exprs[e.id.0 as usize] == TypeTable::NEVER =>
            {
                if let ExprKind::Load(Place::Local(l)) = e.kind {
                    self.unbound_read(Local(l.0));
                }
            }
            StmtKind::Assign(Place::Global(g), e) if self.appends_to_own_global_str(*g, e) => {
                // `s += t` of a str global (a module-level loop): its value is taken out (an
                // immortal "" stands in, so nothing else holds a reference), grown in place,
                // and stored back. The value is read before `t`, as CPython reads it: when
                // evaluating `t` rebinds the global (`s += f()` where `f` assigns `s`), the
                // old value is what `t` is appended to.
                let ExprKind::Binary(_, _, rhs) = &e.kind else {
                    unreachable!("checked by appends_to_own_global_str")
                };
                let before = self.temp(MTy::Str);
                self.assign(before, Rvalue::LoadGlobal(*g));
                let t = self.expr(rhs);
                let cur = self.temp(MTy::Str);
                self.assign(cur, Rvalue::LoadGlobal(*g));
                let same = self.op(
                    Op::PtrEq,
                    vec![Operand::Local(before), Operand::Local(cur)],
                    MTy::Bool,
                );
                let (grow, rebound, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(same, grow, rebound);
                self.cur = grow;
                // (Only `cur` may refer to it then, so the runtime grows it in place.)
                let empty = self.strings.intern("");
                self.assign(before, Rvalue::Use(empty.clone()));
                self.store(Place::Global(*g), empty);
                let f = natrix_abi::runtime_fn("nx_str_iadd").expect("in the ABI table");
                self.assign(
                    cur,
                    Rvalue::Op(Op::Runtime(f), vec![Operand::Local(cur), t.clone()]),
                );
                self.store(Place::Global(*g), Operand::Local(cur));
                self.goto(end);
                self.cur = rebound;
                let joined = self.rt("nx_str_concat", vec![Operand::Local(before), t], MTy::Str);
                self.store(Place::Global(*g), joined);
                self.goto(end);
                self.cur = end;
            }
            StmtKind::Assign(Place::Local(l), e) if self.appends_to_own_str(*l, e) => {
                // `s += t` / `s = s + t` of a str variable: the runtime may grow `s` in place
                // when nothing else refers to it, so building a string piece by piece takes
                // linear time, as in CPython. The operation takes over the variable's
                // reference (the refcount pass releases nothing for it).
                let ExprKind::Binary(_, _, rhs) = &e.kind else {
                    unreachable!("checked by appends_to_own_str")
                };
                let t = self.expr(rhs);
                let f = natrix_abi::runtime_fn("nx_str_iadd").expect("in the ABI table");
                let dst = Local(l.0);
                self.assign(
                    dst,
                    Rvalue::Op(Op::Runtime(f), vec![Operand::Local(dst), t]),
                );
            }
            StmtKind::Assign(place, e) => {
                let v = self.expr(e);
                let to = self.place_ty(*place);
                let from = self.ty(e);
                let v = self.coerce(v, from, to);
                self.store(*place, v);
                if let Place::Local(l) = place {
                    if let Some(prev) = self.previous_version(Local(l.0)) {
                        // Nothing reads the variable this one replaces (`resolve/versions.rs`):
                        // its value is released here, as CPython's rebinding does.
                        self.assign(prev, Rvalue::Op(Op::Unbind, vec![]));
                    }
                }
            }
            StmtKind::SetAttr {
                obj, name, value, ..
            } if self.typed.spec(self.spec).exprs[obj.id.0 as usize] == TypeTable::NONE => {
                self.expr(value);
                self.expr(obj);
                self.none_attr_error(name);
                self.terminate(Terminator::Unreachable);
            }
            StmtKind::SetAttr {
                obj,
                name,
                value,
                raw,
            } => {
                let vt = self.ty(value);
                let v = self.expr(value);
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                if ot == MTy::Dyn {
                    self.dyn_setattr(o, name, (v, vt));
                    return;
                }
                if ot == MTy::Func {
                    // An attribute of a function object (`wrapper.calls = 0`).
                    let v = self.to_dyn(v, vt);
                    let n = self.strings.intern(name);
                    self.rt("nx_func_setattr", vec![o, n, v], MTy::None);
                    return;
                }
                if let (MTy::Instance(c) | MTy::OptInstance(c), false) = (ot, raw) {
                    // A frozen dataclass's (or named tuple's) `__setattr__` raises, as does an
                    // attribute outside `__slots__`: decided by the instance's class, tested
                    // when the classes it may be differ.
                    let (refusing, every) = self.prog.refusing_classes(c, name);
                    for k in &refusing {
                        let Some((kind, msg)) = self.prog.refused_store(*k, name) else {
                            continue;
                        };
                        let (raise, next) = (self.body.new_block(), self.body.new_block());
                        if every && refusing.len() == 1 {
                            self.goto(raise);
                        } else {
                            let is = self.op(Op::ClassIs(*k), vec![o.clone()], MTy::Bool);
                            self.body.block(self.cur).term = Terminator::Branch(is, raise, next);
                        }
                        self.cur = raise;
                        let text = self.strings.intern(&msg);
                        self.op(Op::RaiseStr(kind), vec![text], MTy::None);
                        self.terminate(Terminator::Unreachable);
                        self.cur = next;
                    }
                    if every {
                        return;
                    }
                }
                if let Some(setter) = self
                    .typed
                    .spec(self.spec)
                    .setter_calls
                    .get(&value.id)
                    .copied()
                {
                    // A property setter (of the instance's class when subclasses override
                    // it).
                    let key = crate::infer::stmt_dunder_key(value.id);
                    let rt = self.ret_ty(setter);
                    self.dunder_call(key, setter, vec![o, v], rt, false);
                    return;
                }
                if let MTy::Instance(c) | MTy::OptInstance(c) = self.ty(obj) {
                    if self.prog.lookup_setter(c, name).is_none() && self.prog.is_property(c, name)
                    {
                        let class = &self.prog.class(c).name;
                        let msg = format!("property '{name}' of '{class}' object has no setter");
                        let text = self.strings.intern(&msg);
                        self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
                        self.terminate(Terminator::Unreachable);
                        self.cur = self.body.new_block();
                        return;
                    }
                    if let Some((slot, ft, n)) = self.field(c, name) {
                        // An exception's `args` holds tuples of any shape.
                        let ft = match vt {
                            MTy::Tuple(_) if name == "args" && self.prog.exc_kind(c).is_some() => {
                                vt
                            }
                            _ => ft,
                        };
                        let v = self.coerce(v, vt, ft);
                        self.op(Op::SetAttr(slot, ft, n), vec![o, v], MTy::None);
                    }
                }
            }
            StmtKind::If(c, a, b)
                if self.typed.spec(self.spec).static_conds.contains_key(&c.id) =>
            {
                // Decided by static types: evaluate the condition (for its effects), then run
                // only the live branch.
                let live = self.typed.spec(self.spec).static_conds[&c.id];
                self.cond(c);
                self.block(if live { a } else { b });
            }
            StmtKind::If(c, a, b) => {
                let cond = self.cond(c);
                let (then_b, else_b, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(cond, then_b, else_b);
                self.cur = then_b;
                self.block(a);
                self.goto(end);
                self.cur = else_b;
                self.block(b);
                self.goto(end);
            }
            StmtKind::While { cond, body, orelse } => {
                let (head, body_b, else_b, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.goto(head);
                let c = self.cond(cond);
                self.body.block(self.cur).term = Terminator::Branch(c, body_b, else_b);
                self.cur = body_b;
                self.loops.push((head, end, self.finally_stack.len()));
                self.block(body);
                self.loops.pop();
                self.goto(head);
                self.cur = else_b;
                self.block(orelse);
                self.goto(end);
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => self.for_range(*var, start, stop, step, body, orelse),
            StmtKind::ForIter {
                var,
                iter,
                body,
                orelse,
            } => self.for_iter(*var, iter, body, orelse),
            StmtKind::ForZip {
                vars,
                iters,
                body,
                orelse,
                strict,
            } => self.for_zip(vars, iters, body, orelse, *strict),
            StmtKind::SetItem { obj, index, value } => {
                if self.dict_add_int(obj, index, value) {
                    return;
                }
                let v = self.expr(value);
                let vt = self.ty(value);
                let o = self.expr(obj);
                let ot = self.ty(obj);
                if self.stmt_error(value.id).is_some() {
                    // `word[0] = "J"`: the operands, then CPython's TypeError.
                    self.expr(index);
                    self.raise_stmt_error(value.id);
                    return;
                }
                if let (MTy::List(_), MTy::Instance(c)) = (ot, self.ty(index)) {
                    if self.prog.is_slice_class(c) {
                        // `xs[s] = ys` of a slice object.
                        let s = self.expr(index);
                        let mut args = vec![o];
                        args.extend(self.object_bounds(&s, c));
                        args.push(self.slice_source(v, vt));
                        self.op(Op::ListSetSlice, args, MTy::None);
                        return;
                    }
                }
                if let Some(f) = self
                    .typed
                    .spec(self.spec)
                    .setter_calls
                    .get(&value.id)
                    .copied()
                {
                    // `obj[i] = v`: the class's `__setitem__`.
                    let i = self.expr(index);
                    let rt = self.ret_ty(f);
                    self.dunder_call(
                        crate::infer::stmt_dunder_key(value.id),
                        f,
                        vec![o, i, v],
                        rt,
                        false,
                    );
                    return;
                }
                if ot == MTy::Dyn {
                    let kt = self.ty(index);
                    let kv = self.expr(index);
                    let kv = self.to_dyn(kv, kt);
                    let v = self.to_dyn(v, vt);
                    let key = crate::infer::stmt_dunder_key(value.id);
                    if self.typed.spec(self.spec).virtual_calls.contains_key(&key) {
                        // An instance with `__setitem__` held in the value calls it.
                        let (o2, k2, v2) = (o.clone(), kv.clone(), v.clone());
                        let mut runtime = move |b: &mut Self| {
                            let args = vec![o2.clone(), k2.clone(), v2.clone()];
                            (b.rt("nx_dyn_setitem", args, MTy::None), MTy::None)
                        };
                        let args = [kv, v];
                        self.dyn_dunder(key, o, ("__setitem__", &args), MTy::None, &mut runtime);
                        return;
                    }
                    self.rt("nx_dyn_setitem", vec![o, kv, v], MTy::None);
                    return;
                }
                if let MTy::Dict(_) = ot {
                    let (k, vty) = self.strings.dict_kv(ot);
                    let kt = self.ty(index);
                    let kv = self.expr(index);
                    let kv = self.coerce(kv, kt, k);
                    let v = self.coerce(v, vt, vty);
                    self.slots(
                        "nx_dict_set",
                        vec![o, kv, v],
                        &[None, Some(k), Some(vty)],
                        None,
                        MTy::None,
                    );
                    return;
                }
                let i = self.index_expr(index, ot);
                let elem = self.strings.list_elem(ot);
                let v = self.coerce(v, vt, elem);
                self.op(Op::ListSet(elem, Index::Any), vec![o, i, v], MTy::None);
            }
            StmtKind::SetSlice { target, value }
                if self
                    .typed
                    .spec(self.spec)
                    .setter_calls
                    .contains_key(&value.id) =>
            {
                // `obj[a:b] = v`: the class's `__setitem__`, given a `slice`.
                let v = self.expr(value);
                let f = self.typed.spec(self.spec).setter_calls[&value.id];
                self.instance_slice_stmt(target, Some(v), value.id, f);
            }
            StmtKind::DelSlice(target)
                if self
                    .typed
                    .spec(self.spec)
                    .setter_calls
                    .contains_key(&target.id) =>
            {
                // `del obj[a:b]`: the class's `__delitem__`, given a `slice`.
                let f = self.typed.spec(self.spec).setter_calls[&target.id];
                self.instance_slice_stmt(target, None, target.id, f);
            }
            // A range's or a dict view's items: CPython's TypeError once the operands are
            // evaluated.
            StmtKind::SetSlice { target, value } if self.stmt_error(value.id).is_some() => {
                self.expr(value);
                self.slice_operands(target);
                self.raise_stmt_error(value.id);
            }
            StmtKind::DelSlice(target) if self.stmt_error(target.id).is_some() => {
                self.slice_operands(target);
                self.raise_stmt_error(target.id);
            }
            StmtKind::DelItem { obj, index } if self.stmt_error(index.id).is_some() => {
                self.expr(obj);
                self.expr(index);
                self.raise_stmt_error(index.id);
            }
            StmtKind::SetSlice { target, value } if self.slice_from_slice(target, value) => {
                // `xs[a:b] = ys[c:d:e]`: no list is made for `ys[c:d:e]`. The source is
                // evaluated first, as in CPython; the target's parts after it have no effects,
                // so evaluating them before the source's slice raises is not observable.
                let mut args = self.slice_operands(value);
                let mut target_args = self.slice_operands(target);
                target_args.append(&mut args);
                self.op(Op::ListSetSliceFrom, target_args, MTy::None);
            }
            StmtKind::SetSlice { target, value } => {
                let (v, vt) = self.iterable_arg(value);
                let mut args = self.slice_operands(target);
                // (Of a list held in a dynamic value: its items dynamic, the value's too.)
                let dynamic = self.dyn_slice_target(target, &mut args, true);
                let v = match dynamic {
                    true => {
                        let v = self.to_dyn(v, vt);
                        self.slice_source(v, MTy::Dyn)
                    }
                    false => self.slice_source(v, vt),
                };
                args.push(v);
                self.op(Op::ListSetSlice, args, MTy::None);
            }
            StmtKind::DelSlice(target) => {
                let mut args = self.slice_operands(target);
                self.dyn_slice_target(target, &mut args, false);
                self.op(Op::ListDelSlice, args, MTy::None);
            }
            StmtKind::DelName(Place::Local(l)) => {
                // Of a variable with no value: UnboundLocalError, as a read.
                let l = Local(l.0);
                self.assign(l, Rvalue::Op(Op::BoundCheck, vec![Operand::Local(l)]));
                self.assign(l, Rvalue::Op(Op::Unbind, vec![]));
            }
            StmtKind::Unbind(Place::Local(l)) => {
                // (Not of a generator's variables, a cell or a parameter: `del` of those does
                // not compile yet, and they keep their value.)
                let f = self.prog.func(self.typed.spec(self.spec).func);
                let i = l.0 as usize;
                if !f.is_generator && i >= f.params.len() && i >= f.captures && !f.locals[i].cell {
                    self.assign(Local(l.0), Rvalue::Op(Op::Unbind, vec![]));
                }
            }
            StmtKind::Unbind(Place::Global(g)) => self.unbind_global(GlobalId(g.0)),
            StmtKind::DelName(Place::Global(g)) => {
                // Of a name with no value: NameError, as a read (the unbound pass tests it where
                // it may have none); the value is released at once.
                let g = GlobalId(g.0);
                let ty = self.global_tys[g.0 as usize];
                let t = self.temp(ty);
                self.assign(t, Rvalue::LoadGlobal(g));
                if ty.is_refcounted() {
                    self.assign(t, Rvalue::Op(Op::NoneOf(ty), vec![]));
                }
                self.unbind_global(g);
            }
            StmtKind::DelItem { obj, index }
                if self
                    .typed
                    .spec(self.spec)
                    .setter_calls
                    .contains_key(&index.id) =>
            {
                // `del obj[k]`: the class's `__delitem__`.
                let o = self.expr(obj);
                let k = self.expr(index);
                let f = self.typed.spec(self.spec).setter_calls[&index.id];
                let rt = self.ret_ty(f);
                self.dunder_call(
                    crate::infer::stmt_dunder_key(index.id),
                    f,
                    vec![o, k],
                    rt,
                    false,
                );
            }
            StmtKind::DelAttr { obj, name } => {
                let (o, t) = (self.expr(obj), self.ty(obj));
                let o = self.non_none(o, t, name);
                let (MTy::Instance(c) | MTy::OptInstance(c)) = t else {
                    return;
                };
                let text = self.strings.intern(name);
                match self.field(c, name) {
                    Some((slot, _, _)) => {
                        let slot = Operand::Int(slot as i64);
                        self.rt("nx_instance_del", vec![o, slot, text], MTy::None);
                    }
                    // An attribute no code ever assigns.
                    None => {
                        let class = &self.prog.class(c).name;
                        let msg =
                            format!("'{}' object has no attribute '{name}'", hir::py_name(class));
                        let text = self.strings.intern(&msg);
                        self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
                        self.terminate(Terminator::Unreachable);
                    }
                }
            }
            StmtKind::DelItem { obj, index } => {
                let ot = self.ty(obj);
                let o = self.expr(obj);
                if let (MTy::List(_), MTy::Instance(c)) = (ot, self.ty(index)) {
                    if self.prog.is_slice_class(c) {
                        // `del xs[s]` of a slice object.
                        let s = self.expr(index);
                        let mut args = vec![o];
                        args.extend(self.object_bounds(&s, c));
                        self.op(Op::ListDelSlice, args, MTy::None);
                        return;
                    }
                }
                if ot == MTy::Dyn {
                    let kt = self.ty(index);
                    let kv = self.expr(index);
                    let kv = self.to_dyn(kv, kt);
                    self.rt("nx_dyn_delitem", vec![o, kv], MTy::None);
                    return;
                }
                if let MTy::Dict(_) = ot {
                    let (k, _) = self.strings.dict_kv(ot);
                    let kt = self.ty(index);
                    let kv = self.expr(index);
                    let kv = self.coerce(kv, kt, k);
                    self.slots(
                        "nx_dict_del",
                        vec![o, kv],
                        &[None, Some(k)],
                        None,
                        MTy::None,
                    );
                } else {
                    let i = self.index_expr(index, ot);
                    self.rt("nx_list_del_item", vec![o, i], MTy::None);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Raise(r, cause) => self.raise_stmt(r, cause.as_ref()),
            StmtKind::Break => {
                let (_, brk, depth) = *self.loops.last().expect("resolve checked loop depth");
                self.run_finally(depth);
                self.terminate(Terminator::Goto(brk));
            }
            StmtKind::Continue => {
                let (cont, _, depth) = *self.loops.last().expect("resolve checked loop depth");
                self.run_finally(depth);
                self.terminate(Terminator::Goto(cont));
            }
            StmtKind::Yield(e) => self.yield_stmt(e),
            // A generator's `return` finishes it (its state already says so).
            StmtKind::Return(e) if self.in_generator() => {
                if let Some(e) = e {
                    let v = self.expr(e);
                    let from = self.ty(e);
                    self.generator_result(v, from);
                }
                self.run_finally(0);
                let ret = self.body.ret;
                self.terminate(Terminator::Return(default_value(ret)));
            }
            StmtKind::Return(e) => {
                let mut v = match e {
                    Some(e) => {
                        let v = self.expr(e);
                        let from = self.ty(e);
                        self.coerce(v, from, self.body.ret)
                    }
                    None => Operand::None,
                };
                if !self.finally_stack.is_empty() {
                    // The value is computed before `finally` runs, which must not change it.
                    if let Operand::Local(_) = v {
                        let t = self.temp(self.body.ret);
                        self.assign(t, Rvalue::Use(v));
                        v = Operand::Local(t);
                    }
                    self.run_finally(0);
                }
                self.terminate(Terminator::Return(v));
            }
        }
    }
    /// Whether `e`, assigned to global `g`, is `g + t` of strs.
    fn appends_to_own_global_str(&mut self, g: hir::GlobalId, e: &Expr) -> bool {
        let ExprKind::Binary(BinOp::Add, lhs, rhs) = &e.kind else {
            return false;
        };
        matches!(lhs.kind, ExprKind::Load(Place::Global(x)) if x == g)
            && self.global_tys[g.0 as usize] == MTy::Str
            && self.ty(lhs) == MTy::Str
            && self.ty(rhs) == MTy::Str
            && self.ty(e) == MTy::Str
    }

    /// Whether `e`, assigned to local `l`, is `l + t` of strs (`l` an ordinary variable, not
    /// a cell a nested function shares).
    fn appends_to_own_str(&mut self, l: hir::LocalId, e: &Expr) -> bool {
        let ExprKind::Binary(BinOp::Add, lhs, rhs) = &e.kind else {
            return false;
        };
        matches!(lhs.kind, ExprKind::Load(Place::Local(x)) if x == l)
            && !self.walrus.contains(&Local(l.0))
            && !self.is_cell(l)
            && self.body.ty(Local(l.0)) == MTy::Str
            && self.ty(lhs) == MTy::Str
            && self.ty(rhs) == MTy::Str
            && self.ty(e) == MTy::Str
    }

    /// Global `g` has no value any more: its value (if any) released, reads raise NameError.
    fn unbind_global(&mut self, g: GlobalId) {
        let ty = self.global_tys[g.0 as usize];
        let empty = match ty {
            MTy::Int => Operand::Int(0),
            MTy::Float => Operand::Float(0.0),
            MTy::Bool => Operand::Bool(false),
            MTy::None => Operand::None,
            _ => {
                let e = self.temp(ty);
                self.assign(e, Rvalue::Op(Op::NoneOf(ty), vec![]));
                Operand::Local(e)
            }
        };
        self.emit(InstKind::StoreGlobal {
            global: g,
            value: empty,
            release_old: ty.is_refcounted(),
            unbind: true,
        });
    }
}

/// The blocks of statements a statement contains (bodies, `else` and `finally` blocks,
/// handlers).
pub(super) fn sub_blocks(s: &hir::Stmt) -> Vec<&[hir::Stmt]> {
    match &s.kind {
        StmtKind::If(_, a, b) => vec![a, b],
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForIter { body, orelse, .. }
        | StmtKind::ForZip { body, orelse, .. } => vec![body, orelse],
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut v: Vec<&[hir::Stmt]> = vec![body, orelse, finalbody];
            v.extend(handlers.iter().map(|h| h.body.as_slice()));
            v
        }
        _ => vec![],
    }
}

/// The expressions a statement evaluates itself (not those of the statements it contains).
pub(super) fn own_exprs(s: &hir::Stmt) -> Vec<&Expr> {
    match &s.kind {
        StmtKind::Expr(e)
        | StmtKind::Assign(_, e)
        | StmtKind::If(e, ..)
        | StmtKind::While { cond: e, .. }
        | StmtKind::ForIter { iter: e, .. }
        | StmtKind::DelSlice(e)
        | StmtKind::Yield(e)
        | StmtKind::Return(Some(e)) => vec![e],
        StmtKind::ForRange {
            start, stop, step, ..
        } => vec![start, stop, step],
        StmtKind::ForZip { iters, .. } => iters.iter().collect(),
        StmtKind::SetItem { obj, index, value } => vec![obj, index, value],
        StmtKind::SetAttr { obj, value, .. } => vec![obj, value],
        StmtKind::SetSlice { target, value } => vec![target, value],
        StmtKind::DelItem { obj, index } => vec![obj, index],
        StmtKind::DelAttr { obj, .. } => vec![obj],
        StmtKind::Raise(r, cause) => {
            let mut v: Vec<&Expr> = match r {
                hir::Raise::New(_, Some(e)) | hir::Raise::Value(e) => vec![e],
                _ => vec![],
            };
            if let Some(hir::Cause::Value(c)) = cause {
                v.push(c);
            }
            v
        }
        // (The classes held in values that clauses catch, read as they are tried.)
        StmtKind::Try { handlers, .. } => handlers.iter().flat_map(|h| &h.values).collect(),
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Return(None)
        | StmtKind::DelName(_)
        | StmtKind::Unbind(_) => vec![],
    }
}

impl Builder<'_> {
    /// The variable that local `l` replaces when it is a version of a reused name (`x$v2`
    /// replaces `x$v1`, `x$v1` replaces `x`; `resolve/versions.rs`).
    fn previous_version(&self, l: Local) -> Option<Local> {
        let name = &self.body.locals[l.0 as usize].name;
        let (base, k) = name.rsplit_once("$v")?;
        let k: usize = k.parse().ok()?;
        let prev = match k {
            0 => return None,
            1 => base.to_string(),
            k => format!("{base}$v{}", k - 1),
        };
        let i = self.body.locals.iter().position(|d| d.name == prev)?;
        Some(Local(i as u32))
    }
}

impl Builder<'_> {
    /// The error a statement keyed by `id` (its value, index or target) always raises
    /// (`infer::Infer::item_assign_error`).
    pub(super) fn stmt_error(&self, id: hir::ExprId) -> Option<(ExcKind, String)> {
        let key = crate::infer::stmt_dunder_key(id);
        self.typed.spec(self.spec).type_errors.get(&key).cloned()
    }

    /// Raises [`Self::stmt_error`]'s error; the rest of the block is unreachable.
    pub(super) fn raise_stmt_error(&mut self, id: hir::ExprId) {
        let Some((kind, msg)) = self.stmt_error(id) else {
            return;
        };
        let text = self.strings.intern(&msg);
        self.op(Op::RaiseStr(kind), vec![text], MTy::None);
        self.terminate(Terminator::Unreachable);
    }
}
