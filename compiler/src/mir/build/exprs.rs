//! The lowering of one expression by its kind: [`Builder::expr_of_type`], the dispatch every
//! other expression lowering starts from (the kinds with more to them have modules of their
//! own: `binary`, `compare`, `containers`, `objects`, `builtins`, …).

use super::*;

impl Builder<'_> {
    /// `b`, or `not b` for a negated test (`is not`, `not in`).
    fn negated(&mut self, b: Operand, negated: bool) -> Operand {
        if negated {
            self.op(Op::BoolNot, vec![b], MTy::Bool)
        } else {
            b
        }
    }

    /// A variable's value `v` (stored as `stored`) read as `ty`: an exception (or None) that
    /// a class test proved to carry an instance of the program's exception class `ty` is that
    /// instance (`infer/narrow.rs`); anything else as it is.
    fn exc_as_instance(&mut self, v: Operand, stored: MTy, ty: MTy) -> Operand {
        let exc = stored == MTy::Exc
            || (matches!(stored, MTy::OptPtr(_)) && self.strings.opt_inner(stored) == MTy::Exc);
        if exc && matches!(ty, MTy::Instance(_)) {
            return self.rt("nx_exc_instance", vec![v], ty);
        }
        // (A dynamic value holds an exception as the exception object.)
        if let (MTy::Dyn, MTy::Instance(k)) = (stored, ty) {
            if self.prog.exc_kind(k).is_some() {
                return self.rt("nx_dyn_unwrap_exc", vec![v], ty);
            }
        }
        v
    }

    /// Lowers `e` (of machine type `ty`), whatever its inferred type.
    pub(super) fn expr_of_type(&mut self, e: &Expr, ty: MTy) -> Operand {
        if ty == MTy::Int && matches!(e.kind, ExprKind::Binary(..) | ExprKind::Unary(..)) {
            // Folded as CPython's compiler folds it.
            if let Some(v) = constants::int_value(e) {
                return Operand::Int(v);
            }
        }
        match &e.kind {
            ExprKind::Int(i) => Operand::Int(*i),
            // A big literal is parsed from its digits when evaluated (rare enough to not matter).
            ExprKind::BigInt(digits) => {
                let text = self.strings.intern(digits);
                self.op(Op::StrToInt, vec![text], MTy::Int)
            }
            ExprKind::Float(f) => Operand::Float(*f),
            ExprKind::Bool(b) => Operand::Bool(*b),
            ExprKind::None => Operand::None,
            ExprKind::Str(s) => self.strings.intern(s),
            ExprKind::Sent => {
                let frame = self.gen.as_ref().expect("`yield` only in generators").frame;
                let v = self.rt("nx_gen_take_sent", vec![Operand::Local(frame)], MTy::Dyn);
                let own = self.ty(e);
                let v = self.coerce(v, MTy::Dyn, own);
                self.coerce(v, own, ty)
            }
            ExprKind::Bytes(b) => {
                let text: String = b.iter().map(|x| *x as char).collect();
                let lit = self.strings.intern(&text);
                self.rt("nx_bytes_literal", vec![lit], MTy::Bytes)
            }
            ExprKind::Load(Place::Local(l)) if self.is_cell(*l) => self.cell_load(*l),
            ExprKind::Load(Place::Local(l))
                if self.typed.spec(self.spec).exprs[e.id.0 as usize] == TypeTable::NEVER =>
            {
                // A variable that never holds a value here: reading it raises.
                let l = Local(l.0);
                self.unbound_read(l);
                Operand::Local(l)
            }
            ExprKind::Load(Place::Local(l)) => {
                let l = Local(l.0);
                if crate::mir::passes::unbound::is_variable(&self.body, l) {
                    // Where the variable may be unassigned, the unbound pass turns this into
                    // the UnboundLocalError test; elsewhere it removes it.
                    self.assign(l, Rvalue::Op(Op::BoundCheck, vec![Operand::Local(l)]));
                }
                if self.walrus.contains(&l) {
                    let t = self.temp(self.body.ty(l));
                    self.assign(t, Rvalue::Use(Operand::Local(l)));
                    return Operand::Local(t);
                }
                let stored = self.body.ty(l);
                self.exc_as_instance(Operand::Local(l), stored, ty)
            }
            ExprKind::MakeClosure { .. } => self.make_closure(e),
            ExprKind::Is {
                left,
                right,
                negated,
            } => {
                let (at, bt) = (self.ty(left), self.ty(right));
                let a = self.expr(left);
                let b = self.expr(right);
                let same = match (at, bt) {
                    (MTy::Bool, MTy::Bool) => {
                        let a = self.op(Op::BoolToInt, vec![a], MTy::Int);
                        let b = self.op(Op::BoolToInt, vec![b], MTy::Int);
                        self.op(Op::IntCmp(CmpOp::Eq), vec![a, b], MTy::Bool)
                    }
                    // `x is True` of a dynamic value: the boxed bools are the two singletons.
                    (MTy::Dyn, MTy::Bool) => {
                        let b = self.coerce(b, MTy::Bool, MTy::Dyn);
                        self.op(Op::PtrEq, vec![a, b], MTy::Bool)
                    }
                    (MTy::Bool, MTy::Dyn) => {
                        let a = self.coerce(a, MTy::Bool, MTy::Dyn);
                        self.op(Op::PtrEq, vec![a, b], MTy::Bool)
                    }
                    // A bool and a value of another type: never the same object.
                    (MTy::Bool, _) | (_, MTy::Bool) => Operand::Bool(false),
                    // None, and None or a value that cannot be None (inference saw to it).
                    (MTy::None, MTy::None) => Operand::Bool(true),
                    // None and a value that may be None (`a.nxt is A.nxt` of a class
                    // attribute that is None): whether it is.
                    (MTy::None, t) | (t, MTy::None)
                        if t.is_optional_value() || matches!(t, MTy::OptInstance(_) | MTy::Dyn) =>
                    {
                        let v = if at == MTy::None { b } else { a };
                        self.op(Op::IsNull, vec![v], MTy::Bool)
                    }
                    (MTy::None, _) | (_, MTy::None) => Operand::Bool(false),
                    // Two values of one module-level function are its one object.
                    (MTy::Func, MTy::Func) => self.rt("nx_func_same", vec![a, b], MTy::Bool),
                    (MTy::Dyn, MTy::Dyn) => self.rt("nx_dyn_is", vec![a, b], MTy::Bool),
                    // A number or str and an object of another type: never the same object.
                    (MTy::Int | MTy::Float | MTy::Str | MTy::Bytes, x)
                    | (x, MTy::Int | MTy::Float | MTy::Str | MTy::Bytes)
                        if matches!(
                            x,
                            MTy::Instance(_)
                                | MTy::OptInstance(_)
                                | MTy::List(_)
                                | MTy::Dict(_)
                                | MTy::Set(_)
                                | MTy::Func
                                | MTy::Gen
                                | MTy::Exc
                        ) =>
                    {
                        Operand::Bool(false)
                    }
                    _ => self.op(Op::PtrEq, vec![a, b], MTy::Bool),
                };
                self.negated(same, *negated)
            }
            ExprKind::GetAttr(obj, name) if exceptions::is_exc_attr(self.ty(obj), name) => {
                self.exc_attr(obj, name, ty)
            }
            // The parts of a real number (`x.real`, `n.denominator`).
            ExprKind::GetAttr(obj, name)
                if matches!(self.ty(obj), MTy::Int | MTy::Bool | MTy::Float) =>
            {
                let ot = self.ty(obj);
                let v = self.expr(obj);
                let v = match (ot, name.as_str()) {
                    (MTy::Float, "imag") => Operand::Float(0.0),
                    (_, "imag") => Operand::Int(0),
                    (_, "denominator") => Operand::Int(1),
                    _ => v,
                };
                let vt = self.operand_ty(&v);
                let v = self.coerce(v, vt, ty);
                let r = self.temp(ty);
                self.assign(r, Rvalue::Use(v));
                Operand::Local(r)
            }
            ExprKind::TypeName(v, qual) => {
                let vt = self.ty(v);
                // (A class's `__qualname__` differs from its `__name__` when it is nested.)
                let of_class = if *qual {
                    "nx_type_qualname_dunder"
                } else {
                    "nx_type_name"
                };
                let x = self.expr(v);
                let name = match vt {
                    MTy::Int => "int",
                    MTy::Float => "float",
                    MTy::Bool => "bool",
                    MTy::None => "NoneType",
                    MTy::Str => "str",
                    // A list may be a dict view (`dict_keys`), a set a frozenset: ask the runtime.
                    MTy::List(_) | MTy::Set(_) => {
                        return self.rt("nx_type_name", vec![x], MTy::Str)
                    }
                    MTy::Tuple(_) | MTy::TupleOf(_) => "tuple",
                    // A dict may be a `defaultdict`: ask the runtime.
                    MTy::Dict(_) => return self.rt("nx_type_name", vec![x], MTy::Str),
                    // A function, a bound method or a class (`type`): ask the runtime.
                    MTy::Func => return self.rt("nx_type_name", vec![x], MTy::Str),
                    MTy::Gen => "generator",
                    MTy::Bytes => "bytes",
                    MTy::Cell => "cell",
                    MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                        let inner = self.strings.opt_inner(vt).name();
                        return self.if_none(
                            x,
                            MTy::Str,
                            |b| b.strings.intern("NoneType"),
                            |b| b.strings.intern(inner),
                        );
                    }
                    // An instance of a class none of whose subclasses the program makes: its
                    // name (`type(other) is not type(self)` in a dataclass's `__lt__`, which
                    // sorting calls).
                    MTy::Instance(c) if self.typed.runtime_classes(self.prog, c) == [c] => {
                        let name = &self.prog.class(c).name;
                        let name = match qual {
                            true => hir::py_qualname(name),
                            false => hir::py_name(name),
                        };
                        return self.strings.intern(&name);
                    }
                    // The class of the object at run time.
                    MTy::Exc
                    | MTy::Instance(_)
                    | MTy::OptInstance(_)
                    | MTy::OptPtr(_)
                    | MTy::Dyn => return self.rt(of_class, vec![x], MTy::Str),
                };
                self.strings.intern(name)
            }
            // `obj(**d)`: the bound `__call__` called as a function value.
            ExprKind::CallValue(callee, args)
                if self.typed.spec(self.spec).method_values.contains_key(&e.id) =>
            {
                let ft = self.typed.spec(self.spec).method_values[&e.id];
                let r = self.expr(callee);
                let (MTy::Instance(c) | MTy::OptInstance(c)) = self.ty(callee) else {
                    unreachable!("`__call__` of an instance")
                };
                let f = self.bound_method(c, "__call__", r, ft);
                self.call_function_value(f, ft, args, &[], e.id, ty)
            }
            ExprKind::CallValue(..)
                if self.typed.spec(self.spec).closure_calls.contains_key(&e.id) =>
            {
                self.call_closure(e, ty)
            }
            ExprKind::Load(Place::Global(g)) => {
                let (v, stored) = self.load_global(*g);
                self.exc_as_instance(v, stored, ty)
            }
            ExprKind::Binary(op, l, r) => {
                if let Some(v) = self.with_one_item(e, *op, l, r, ty) {
                    return v;
                }
                if let Some(v) = self.str_concat_chain(e) {
                    return v;
                }
                let (lt, rt) = (self.ty(l), self.ty(r));
                let (a, b) = self.left_operand(l, r);
                if let Some(dunder) = self.typed.spec(self.spec).dunder_calls.get(&e.id).copied() {
                    return self.dunder_call(e.id, dunder, vec![a, b], ty, false);
                }
                let func = self.typed.spec(self.spec).func;
                let inplace = self.prog.func(func).inplace.contains(&e.id);
                let spec = self.typed.spec(self.spec);
                let static_reflected = spec.reflected_calls.get(&e.id).copied();
                // (Of a value of run-time type, or of a base class's instance whose subclasses
                // define the dunder: `infer`'s `instance_binary`.)
                let dispatched = |t: MTy| matches!(t, MTy::Dyn | MTy::Instance(_));
                let forward = dispatched(lt) && spec.virtual_calls.contains_key(&e.id);
                let reflected =
                    dispatched(rt) && spec.virtual_calls.contains_key(&e.id.reflected());
                if forward || reflected {
                    return self.dyn_binary_dunders(
                        e.id,
                        *op,
                        (a, lt),
                        (b, rt),
                        (forward, reflected, inplace, static_reflected),
                        ty,
                    );
                }
                if let Some(r) = static_reflected {
                    return self.dunder_call(e.id, r, vec![b, a], ty, false);
                }
                if inplace {
                    if ty == MTy::Dyn {
                        return self.dyn_binop_as(*op, (a, lt), (b, rt), true);
                    }
                    if let Some(v) = self.inplace_binary(*op, (a.clone(), lt), (b.clone(), rt), ty)
                    {
                        return v;
                    }
                }
                self.binary(*op, a, lt, b, rt, ty)
            }
            ExprKind::Unary(_, v)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `-obj`, `+obj`, `~obj`: the class's `__neg__`, `__pos__`, `__invert__`.
                let x = self.expr(v);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![x], ty, false)
            }
            ExprKind::Unary(op, v) if self.has_dyn_dunder(e.id, v) => {
                // `-x` of a value that may be an instance with `__neg__`.
                let x = self.expr(v);
                let (name, dop) = match op {
                    UnaryOp::Neg => ("__neg__", DynOp::Neg),
                    UnaryOp::Pos => ("__pos__", DynOp::Pos),
                    _ => ("__invert__", DynOp::Invert),
                };
                let y = x.clone();
                self.dyn_dunder(e.id, x, (name, &[]), ty, &mut |b| {
                    (b.dyn_unary(dop, y.clone()), MTy::Dyn)
                })
            }
            ExprKind::Unary(op, v) => {
                let vt = self.ty(v);
                let x = self.expr(v);
                match op {
                    UnaryOp::Not => {
                        let b = self.truthy(x, vt);
                        self.op(Op::BoolNot, vec![b], MTy::Bool)
                    }
                    UnaryOp::Neg if vt == MTy::Dyn => self.dyn_unary(DynOp::Neg, x),
                    UnaryOp::Pos if vt == MTy::Dyn => self.dyn_unary(DynOp::Pos, x),
                    UnaryOp::Invert if vt == MTy::Dyn => self.dyn_unary(DynOp::Invert, x),
                    UnaryOp::Pos => self.coerce(x, vt, ty),
                    UnaryOp::Neg if ty == MTy::Float => self.op(Op::FloatNeg, vec![x], MTy::Float),
                    UnaryOp::Neg => {
                        let x = self.coerce(x, vt, MTy::Int);
                        self.op(Op::IntNeg, vec![x], MTy::Int)
                    }
                    UnaryOp::Invert => {
                        let x = self.coerce(x, vt, MTy::Int);
                        self.op(Op::IntInvert, vec![x], MTy::Int)
                    }
                }
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest),
            ExprKind::BoolOp { is_and, values } => {
                let result = self.temp(ty);
                let end = self.body.new_block();
                for (i, v) in values.iter().enumerate() {
                    let vt = self.ty(v);
                    let x = self.expr(v);
                    if !*is_and && vt == MTy::None && i + 1 < values.len() && ty != MTy::None {
                        // A None operand of `or` (falsy): evaluated, never the result.
                        continue;
                    }
                    // (The truth of the operand as it is: an `Optional` one of `or` may be None,
                    // and is the result only when it is not.)
                    let t = (i + 1 < values.len()).then(|| self.truthy(x.clone(), vt));
                    let x = self.coerce(x, vt, ty);
                    self.assign(result, Rvalue::Use(x.clone()));
                    if self.typed.spec(self.spec).short_circuits.contains(&v.id) {
                        break;
                    }
                    if let Some(t) = t {
                        let next = self.body.new_block();
                        let term = if *is_and {
                            Terminator::Branch(t, next, end)
                        } else {
                            Terminator::Branch(t, end, next)
                        };
                        self.body.block(self.cur).term = term;
                        self.cur = next;
                    }
                }
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::IfExp(c, a, b)
                if self.typed.spec(self.spec).static_conds.contains_key(&c.id) =>
            {
                // Decided by static types: the condition for its effects, then the live branch.
                let live = self.typed.spec(self.spec).static_conds[&c.id];
                self.cond(c);
                let e = if live { a } else { b };
                let et = self.ty(e);
                let v = self.expr(e);
                self.coerce(v, et, ty)
            }
            ExprKind::IfExp(c, a, b) => {
                let result = self.temp(ty);
                let cond = self.cond(c);
                let (tb, fb, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(cond, tb, fb);
                for (blk, e) in [(tb, a), (fb, b)] {
                    self.cur = blk;
                    let et = self.ty(e);
                    let v = self.expr(e);
                    let v = self.coerce(v, et, ty);
                    self.assign(result, Rvalue::Use(v));
                    self.goto(end);
                }
                Operand::Local(result)
            }
            ExprKind::Call(_, args) => {
                let vals: Vec<Operand> = self.exprs(args);
                let Some(callee) = self.typed.spec(self.spec).calls.get(&e.id).copied() else {
                    return Operand::None;
                };
                let tys: Vec<MTy> = args.iter().map(|a| self.ty(a)).collect();
                let vals = self.to_params(callee, 0, vals, &tys);
                let t = self.temp(ty);
                self.assign(t, Rvalue::Call(callee, vals));
                Operand::Local(t)
            }
            ExprKind::New(c, args, positional) => self.new_instance(e, *c, args, *positional, ty),
            ExprKind::CallValue(callee, args) => {
                // `obj(args)`: `__call__` with `obj` first, the keywords and the defaults of
                // parameters not passed.
                // (Overridden in subclasses, or only some classes it may be have one: a test of
                // its class picks the method.)
                let r = self.expr(callee);
                let rt = self.ty(callee);
                let (pos, kws) = self.call_value_args_kw(args);
                let kw: Vec<(Operand, MTy)> = kws.iter().map(|(_, v, t)| (v.clone(), *t)).collect();
                let names: Vec<&str> = kws.iter().map(|(n, ..)| n.as_str()).collect();
                self.method_call_on(e, r, rt, "__call__", &pos, &kw, &names, ty)
            }
            // The tuple itself; `call_value_args` spreads it.
            ExprKind::Spread(t) | ExprKind::SpreadKw(t) | ExprKind::KwArg(_, t) => self.expr(t),
            ExprKind::IsInstance(value, _) => {
                // Inference decided it from the value's type, except `Optional[C]` against C.
                let v = self.expr(value);
                match self.typed.spec(self.spec).static_conds.get(&e.id) {
                    Some(b) => Operand::Bool(*b),
                    None => {
                        let vt = self.ty(value);
                        let ExprKind::IsInstance(_, types) = &e.kind else {
                            unreachable!()
                        };
                        self.instance_isinstance(v, vt, types)
                    }
                }
            }
            ExprKind::ClassTest(value, classes, exact) => {
                let vt = self.ty(value);
                let v = self.expr(value);
                let v = self.to_dyn(v, vt);
                let result = self.temp(MTy::Bool);
                self.assign(result, Rvalue::Use(Operand::Bool(false)));
                let end = self.body.new_block();
                for class in classes {
                    let name = self.strings.intern(class);
                    let exact = Operand::Int(i64::from(*exact));
                    let hit = self.rt("nx_class_test", vec![v.clone(), name, exact], MTy::Bool);
                    self.assign(result, Rvalue::Use(hit));
                    let next = self.body.new_block();
                    self.body.block(self.cur).term =
                        Terminator::Branch(Operand::Local(result), end, next);
                    self.cur = next;
                }
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::IsNone { value, negated } => {
                let vt = self.ty(value);
                let v = self.expr(value);
                let is_none = match vt {
                    t if t.is_optional_value() || matches!(t, MTy::OptInstance(_) | MTy::Dyn) => {
                        self.op(Op::IsNull, vec![v], MTy::Bool)
                    }
                    MTy::None => Operand::Bool(true),
                    // Any other static type is never None.
                    _ => Operand::Bool(false),
                };
                self.negated(is_none, *negated)
            }
            ExprKind::GetAttr(obj, name)
                if self.typed.spec(self.spec).virtual_calls.contains_key(&e.id)
                    && !matches!(self.ty(obj), MTy::Dyn | MTy::Exc)
                    && !self.class_attr_among(obj, name) =>
            {
                // A property only some subclasses define: the getter of the instance's class,
                // or AttributeError.
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                self.method_call_on(e, o, ot, name, &[], &[], &[], ty)
            }
            ExprKind::GetAttr(obj, name)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // A `@property`: call its getter.
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                let getter = self.typed.spec(self.spec).dunder_calls[&e.id];
                // (The getter of the instance's class when subclasses override it.)
                self.dunder_call(e.id, getter, vec![o], ty, false)
            }
            ExprKind::GetAttr(obj, name) => {
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                if ot == MTy::Dyn {
                    return self.dyn_getattr(o, name, ty, Some(e.id));
                }
                if ot == MTy::Exc {
                    // A user exception's attribute, through a builtin exception type.
                    let d = self.rt("nx_exc_instance_or_self", vec![o], MTy::Dyn);
                    return self.dyn_getattr(d, name, ty, Some(e.id));
                }
                if let (MTy::Func, "__name__") = (ot, name.as_str()) {
                    let ft = self.typed.spec(self.spec).exprs[obj.id.0 as usize];
                    if let TyKind::Closure(_) = self.typed.types.kind(ft) {
                        // The name the object holds (`functools.wraps` may have changed it).
                        return self.rt("nx_func_name", vec![o], MTy::Str);
                    }
                }
                if ot == MTy::Func {
                    let ft = self.typed.spec(self.spec).exprs[obj.id.0 as usize];
                    if self.function_values(ft) {
                        // An attribute set on a function object.
                        let n = self.strings.intern(name);
                        let v = self.rt("nx_func_getattr", vec![o, n], MTy::Dyn);
                        return self.coerce(v, MTy::Dyn, ty);
                    }
                    // A class attribute through a class used as a value (`cls.label`).
                    return self.class_value_attr(o, ft, name, ty);
                }
                let (MTy::Instance(c) | MTy::OptInstance(c)) = self.ty(obj) else {
                    return Operand::None;
                };
                // `obj.method` as a value: a bound method (an attribute holding a function is
                // read as any attribute).
                let et = self.typed.spec(self.spec).exprs[e.id.0 as usize];
                if let TyKind::Closure(_) = self.typed.types.kind(et) {
                    let method = (self.typed.runtime_classes(self.prog, c).into_iter())
                        .any(|k| self.prog.lookup(k, name).is_some());
                    if self.field(c, name).is_none() && method {
                        return self.bound_method(c, name, o, et);
                    }
                }
                let class_attr = self
                    .typed
                    .runtime_classes(self.prog, c)
                    .into_iter()
                    .find_map(|k| self.prog.lookup_attr(k, name));
                let Some((slot, ft, count)) = self.field(c, name) else {
                    // Only a class attribute.
                    if class_attr.is_none() {
                        return Operand::None;
                    }
                    return self.class_attr_of(c, name, &o, ty, Some(e.id));
                };
                let n = self.strings.intern(name);
                if class_attr.is_none() {
                    return self.op(Op::GetAttr(slot, ft, count), vec![o, n], ft);
                }
                // The instance's own value when it has one, else the class's.
                let result = self.temp(ft);
                let set = self.op(Op::AttrIsSet(slot, count), vec![o.clone()], MTy::Bool);
                let (own, class, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(set, own, class);
                self.cur = own;
                let v = self.op(Op::GetAttr(slot, ft, count), vec![o.clone(), n], ft);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
                self.cur = class;
                let v = self.class_attr_of(c, name, &o, ft, None);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::Print {
                args,
                sep,
                end,
                stderr,
                flush,
            } => self.print(
                args,
                sep.as_deref(),
                end.as_deref(),
                *stderr,
                flush.as_deref(),
            ),
            ExprKind::Builtin(Builtin::Next, args) => self.next_builtin(args, ty, e.id),
            ExprKind::Builtin(_, args)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `len(obj)`: the class's `__len__` (`hash(obj)`: from the int its `__hash__`
                // returns, as CPython's `slot_tp_hash` makes it).
                let mut vals: Vec<Operand> = self.exprs(args);
                let dunder = self.typed.spec(self.spec).dunder_calls[&e.id];
                // `format(obj)`: `obj.__format__("")`.
                if matches!(e.kind, ExprKind::Builtin(Builtin::Format, _)) && vals.len() == 1 {
                    vals.push(self.strings.intern(""));
                }
                // (A spec of run-time type: a str, or CPython's TypeError.)
                if matches!(e.kind, ExprKind::Builtin(Builtin::Format, _)) {
                    self.str_format_spec(args, &mut vals);
                }
                if matches!(e.kind, ExprKind::Builtin(Builtin::Hash, _)) {
                    let rt = self.ret_ty(dunder);
                    let h = self.dunder_call(e.id, dunder, vals, rt, false);
                    let h = self.coerce(h, rt, MTy::Int);
                    return self.rt("nx_hash_result", vec![h], MTy::Int);
                }
                let r = self.dunder_call(e.id, dunder, vals, ty, false);
                if matches!(e.kind, ExprKind::Builtin(Builtin::Len, _)) && ty == MTy::Int {
                    return self.rt("nx_len_result", vec![r], MTy::Int);
                }
                r
            }
            ExprKind::Builtin(
                b @ (Builtin::Len | Builtin::Abs | Builtin::Format | Builtin::Int | Builtin::Float),
                args,
            ) if (args.len() == 1 || *b == Builtin::Format)
                && self.has_dyn_dunder(e.id, &args[0]) =>
            {
                self.dyn_builtin_dunder(e.id, *b, args, ty)
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, ty, e.id),
            ExprKind::Tuple(items) => {
                let want = self.strings.tuple_items(ty);
                let mut vals = vec![];
                for (item, to) in items.iter().zip(want) {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    vals.push(self.coerce(v, it, to));
                }
                let MTy::Tuple(tt) = ty else {
                    return Operand::None;
                };
                self.op(Op::TupleNew(tt), vals, ty)
            }
            ExprKind::Unpack {
                value,
                index,
                count,
            } => self.unpack_item(value, *index, *count, ty),
            ExprKind::Dict(entries) => {
                let MTy::Dict(dt) = ty else {
                    return Operand::None;
                };
                let (k, v) = self.strings.dict_kv(ty);
                let d = self.op(Op::DictNew(dt), vec![], ty);
                for (ke, ve) in entries {
                    let kt = self.ty(ke);
                    let kv = self.expr(ke);
                    let kv = self.coerce(kv, kt, k);
                    let vt = self.ty(ve);
                    let vv = self.expr(ve);
                    let vv = self.coerce(vv, vt, v);
                    self.slots(
                        "nx_dict_set",
                        vec![d.clone(), kv, vv],
                        &[None, Some(k), Some(v)],
                        None,
                        MTy::None,
                    );
                }
                d
            }
            ExprKind::DefaultDict { factory, zero } => {
                let MTy::Dict(dt) = ty else {
                    return Operand::None;
                };
                let (_, v) = self.strings.dict_kv(ty);
                let d = self.op(Op::DictNew(dt), vec![], ty);
                let zt = self.ty(zero);
                let z = self.expr(zero);
                let z = self.coerce(z, zt, v);
                let name = self.strings.intern(factory);
                self.slots(
                    "nx_dict_set_factory",
                    vec![d.clone(), z, name],
                    &[None, Some(v), None],
                    None,
                    MTy::None,
                );
                d
            }
            ExprKind::Set(items) => {
                let MTy::Set(lt) = ty else {
                    return Operand::None;
                };
                let e = self.strings.list_elem(ty);
                let st = self.op(Op::SetNew(lt), vec![], ty);
                for item in items {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    let v = self.coerce(v, it, e);
                    self.slots(
                        "nx_set_add",
                        vec![st.clone(), v],
                        &[None, Some(e)],
                        None,
                        MTy::None,
                    );
                }
                // CPython folds a display of three or more constants into a frozenset at compile
                // time and builds the set from it: the same elements, re-added in the frozenset's
                // order, then copied in by `update`. Iteration order follows that history.
                if items.len() >= 3 && items.iter().all(constants::is_constant) {
                    let list_ty = self.strings.list_ty(e);
                    let l = self.rt("nx_set_to_list", vec![st], list_ty);
                    let frozen = self.op(Op::SetNew(lt), vec![], ty);
                    let xs = self.temp(list_ty);
                    self.assign(xs, Rvalue::Use(l));
                    // (Its distinct elements: a repeated constant counts once.)
                    let (head, end, x) = self.list_loop(xs, e, 0);
                    self.slots(
                        "nx_set_add",
                        vec![frozen.clone(), x],
                        &[None, Some(e)],
                        None,
                        MTy::None,
                    );
                    self.goto(head);
                    self.cur = end;
                    let fresh = self.op(Op::SetNew(lt), vec![], ty);
                    self.rt("nx_set_update", vec![fresh.clone(), frozen], MTy::None);
                    return fresh;
                }
                st
            }
            ExprKind::List(items) => {
                let elem = self.strings.list_elem(ty);
                let list = self.op(Op::ListNew(elem), vec![], ty);
                for item in items {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    let v = self.coerce(v, it, elem);
                    self.op(Op::ListAppend(elem), vec![list.clone(), v], MTy::None);
                }
                list
            }
            ExprKind::Index(obj, index)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `obj[i]`: the class's `__getitem__`.
                let o = self.expr(obj);
                let i = self.expr(index);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![o, i], ty, false)
            }
            ExprKind::Contains {
                item,
                container,
                negated,
            } if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) => {
                // `x in obj`: the class's `__contains__`, as a bool.
                let x = self.expr(item);
                let c = self.expr(container);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                let rt = self.dunder_ty(e.id, f);
                let t = self.dunder_call(e.id, f, vec![c, x], rt, false);
                let b = self.truthy(t, rt);
                self.negated(b, *negated)
            }
            ExprKind::Index(obj, index) if self.has_dyn_dunder(e.id, obj) => {
                // Of a value that may be an instance with `__getitem__`.
                // (The dunder takes the key as a value of run-time type: see `infer`.)
                let o = self.expr(obj);
                let it = self.ty(index);
                let i = self.expr(index);
                let k = self.to_dyn(i, it);
                let (o2, k2) = (o.clone(), k.clone());
                self.dyn_dunder(e.id, o, ("__getitem__", &[k]), ty, &mut |b| {
                    let v = b.rt("nx_dyn_getitem", vec![o2.clone(), k2.clone()], MTy::Dyn);
                    (v, MTy::Dyn)
                })
            }
            ExprKind::Index(obj, index) => self.index(obj, index, ty),
            ExprKind::Slice {
                obj,
                object: Some(object),
                reversed: false,
                ..
            } if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) => {
                // `obj[1:3]` of an instance: its class's `__getitem__`, given a `slice`.
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.instance_slice(e, (obj, object), f, ty)
            }
            ExprKind::Slice { obj, .. }
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `reversed(obj)`: the class's `__reversed__`.
                let o = self.expr(obj);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![o], ty, false)
            }
            ExprKind::Slice { .. } => self.slice(e, ty),
            ExprKind::Method { .. }
                if self.typed.spec(self.spec).method_values.contains_key(&e.id) =>
            {
                self.call_method_value(e, ty)
            }
            // `kind.make(args)` of a class used as a value.
            ExprKind::Method {
                recv,
                name,
                args,
                keywords,
            } if self.ty(recv) == MTy::Func
                && self.typed.spec(self.spec).closure_calls.contains_key(&e.id) =>
            {
                let f = self.expr(recv);
                let ft = self.typed.spec(self.spec).exprs[recv.id.0 as usize];
                let pos = self.call_value_args(args);
                let kw: Vec<(Operand, MTy)> = keywords
                    .iter()
                    .map(|(_, k)| (self.expr(k), self.ty(k)))
                    .collect();
                let names: Vec<&str> = keywords.iter().map(|(k, _)| k.as_str()).collect();
                self.class_value_method(e, f, ft, name, (&pos, &kw, &names), ty)
            }
            ExprKind::Method { recv, .. }
                if matches!(self.ty(recv), MTy::Instance(_) | MTy::OptInstance(_))
                    || (matches!(self.ty(recv), MTy::Dyn | MTy::Exc)
                        && self.typed.spec(self.spec).virtual_calls.contains_key(&e.id)) =>
            {
                self.instance_method_call(e, ty)
            }
            ExprKind::SuperMethod { .. } => self.instance_method_call(e, ty),
            ExprKind::SortBy {
                list,
                keys,
                reverse,
            } => {
                let l = self.expr(list);
                let k = self.expr(keys);
                let r = self.cond(reverse);
                self.rt("nx_list_sort_by", vec![l, k, r], MTy::None)
            }
            ExprKind::Method {
                recv,
                name,
                args,
                keywords,
            } => self.method(recv, name, args, keywords, ty),
            ExprKind::Contains {
                item,
                container,
                negated,
            } if matches!(self.ty(container), MTy::Tuple(_)) => {
                let x = (self.expr(item), self.ty(item));
                let MTy::Tuple(tt) = self.ty(container) else {
                    unreachable!()
                };
                let c = self.expr(container);
                let found = self.tuple_contains(x, c, tt);
                self.negated(found, *negated)
            }
            ExprKind::Contains {
                item,
                container,
                negated,
            } if self
                .resume_of(self.typed.spec(self.spec).exprs[container.id.0 as usize])
                .is_some() =>
            {
                let x = (self.expr(item), self.ty(item));
                let found = self.generator_contains(x, container);
                self.negated(found, *negated)
            }
            // `x in range(a, b, c)` of an int: arithmetic, no range made.
            ExprKind::Contains {
                item,
                container,
                negated,
            } if matches!(self.ty(item), MTy::Int | MTy::Bool)
                && matches!(&container.kind,
                    ExprKind::Builtin(Builtin::RangeValue, bounds) if bounds.len() == 3) =>
            {
                let ExprKind::Builtin(_, bounds) = &container.kind else {
                    unreachable!("a range")
                };
                let found = self.range_contains(item, bounds);
                self.negated(found, *negated)
            }
            ExprKind::Contains {
                item,
                container,
                negated,
            } => {
                let it = self.ty(item);
                let x = self.expr(item);
                let ct = self.ty(container);
                let c = self.expr(container);
                let list_like = matches!(ct, MTy::List(_) | MTy::TupleOf(_));
                if ct == MTy::Dyn && self.has_dyn_dunder(e.id, container) {
                    // Of a value that may be an instance with `__contains__`.
                    let x = self.to_dyn(x, it);
                    let (c2, x2) = (c.clone(), x.clone());
                    let found =
                        self.dyn_dunder(e.id, c, ("__contains__", &[x]), MTy::Bool, &mut |b| {
                            let v =
                                b.rt("nx_dyn_contains", vec![c2.clone(), x2.clone()], MTy::Bool);
                            (v, MTy::Bool)
                        });
                    return self.negated(found, *negated);
                }
                if ct == MTy::Dyn
                    || it == MTy::Dyn
                    || (list_like && self.sought_as_dyn(it, self.strings.list_elem(ct)))
                {
                    let c = self.to_dyn(c, ct);
                    let x = self.to_dyn(x, it);
                    let r = self.rt("nx_dyn_contains", vec![c, x], MTy::Bool);
                    return self.negated(r, *negated);
                }
                if ct == MTy::Bytes {
                    let r = if it == MTy::Bytes {
                        self.rt("nx_bytes_contains_bytes", vec![c, x], MTy::Bool)
                    } else {
                        let v = self.coerce(x, it, MTy::Int);
                        self.rt("nx_bytes_contains", vec![c, v], MTy::Bool)
                    };
                    return self.negated(r, *negated);
                }
                if let MTy::Dict(_) | MTy::Set(_) = ct {
                    let k = if let MTy::Dict(_) = ct {
                        self.strings.dict_kv(ct).0
                    } else {
                        self.strings.list_elem(ct)
                    };
                    let name = if let MTy::Dict(_) = ct {
                        "nx_dict_contains"
                    } else {
                        "nx_set_contains"
                    };
                    // (A key that may be None, of a dict whose keys never are: not in it
                    // when it is None.)
                    let r = self.unless_none_key(
                        (x, it),
                        k,
                        MTy::Bool,
                        |_| Operand::Bool(false),
                        |b, x| b.slots(name, vec![c, x], &[None, Some(k)], None, MTy::Bool),
                    );
                    return self.negated(r, *negated);
                }
                if ct == MTy::Str {
                    let r = self.rt("nx_str_contains", vec![c, x], MTy::Bool);
                    return self.negated(r, *negated);
                }
                let elem = self.strings.list_elem(ct);
                let (c, _) = self.tuple_as_list(c, ct);
                // (In a list that is always empty, a None stands in for the value.)
                let x = if containers::never_holds(elem, it) {
                    Operand::None
                } else {
                    self.coerce(x, it, elem)
                };
                let r = self.op(Op::ListContains(elem), vec![c, x], MTy::Bool);
                self.negated(r, *negated)
            }
            ExprKind::Block(stmts, value) => {
                self.block(stmts);
                self.expr(value)
            }
        }
    }
}
