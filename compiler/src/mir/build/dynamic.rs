//! Lowering of dynamic values (`MTy::Dyn`): boxing a static value into one, taking a static
//! value back out where an operation needs an int, float or str, and the operators, which the
//! runtime dispatches on the values' run-time types (`runtime/src/dynamic.rs`).

use super::*;
use natrix_abi::{DynCmp, DynOp};

impl Builder<'_> {
    /// A value of static type `from` as a dynamic value. Pointers (str, containers, instances,
    /// their optionals) are dynamic values already: null is `None`.
    pub(super) fn to_dyn(&mut self, v: Operand, from: MTy) -> Operand {
        match from {
            MTy::Int => self.rt("nx_dyn_from_int", vec![v], MTy::Dyn),
            MTy::Float => self.rt("nx_dyn_from_float", vec![v], MTy::Dyn),
            MTy::Bool => self.rt("nx_dyn_from_bool", vec![v], MTy::Dyn),
            MTy::None => self.op(Op::NoneOf(MTy::Dyn), vec![], MTy::Dyn),
            MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                let inner = self.strings.opt_inner(from);
                let v2 = v.clone();
                self.if_none(
                    v,
                    MTy::Dyn,
                    |b| b.op(Op::NoneOf(MTy::Dyn), vec![], MTy::Dyn),
                    |b| b.to_dyn(v2, inner),
                )
            }
            MTy::Dyn => v,
            _ => {
                debug_assert!(from.is_pointer(), "boxing a {from:?}");
                let t = self.temp(MTy::Dyn);
                self.assign(t, Rvalue::Use(v));
                Operand::Local(t)
            }
        }
    }

    /// A dynamic value where an operation needs a static int, float or str: the value, or
    /// CPython's `TypeError` when it has another type.
    pub(super) fn from_dyn(&mut self, v: Operand, to: MTy) -> Operand {
        match to {
            MTy::Int => self.rt("nx_dyn_to_int", vec![v], MTy::Int),
            MTy::Float => self.rt("nx_dyn_to_float", vec![v], MTy::Float),
            MTy::Str => self.rt("nx_dyn_to_str", vec![v], MTy::Str),
            _ => unreachable!("a dynamic value is taken out only as an int, float or str"),
        }
    }

    /// `a op b` where either operand is dynamic.
    pub(super) fn dyn_binop(
        &mut self,
        op: BinOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
    ) -> Operand {
        self.dyn_binop_as(op, (a, at), (b, bt), false)
    }

    /// [`Self::dyn_binop`]; `inplace` for an augmented assignment (`x += y`), whose TypeError
    /// names `+=`.
    pub(super) fn dyn_binop_as(
        &mut self,
        op: BinOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
        inplace: bool,
    ) -> Operand {
        let code = match op {
            BinOp::Add => DynOp::Add,
            BinOp::Sub => DynOp::Sub,
            BinOp::Mul => DynOp::Mul,
            BinOp::Div => DynOp::Div,
            BinOp::FloorDiv => DynOp::FloorDiv,
            BinOp::Mod => DynOp::Mod,
            BinOp::Pow => DynOp::Pow,
            BinOp::LShift => DynOp::LShift,
            BinOp::RShift => DynOp::RShift,
            BinOp::BitAnd => DynOp::BitAnd,
            BinOp::BitOr => DynOp::BitOr,
            BinOp::BitXor => DynOp::BitXor,
            BinOp::MatMul => unreachable!("inference rejects `@` of dynamic values"),
        };
        let a = self.to_dyn(a, at);
        let b = self.to_dyn(b, bt);
        let flag = if inplace { natrix_abi::DYN_INPLACE } else { 0 };
        self.rt(
            "nx_dyn_binop",
            vec![Operand::Int(code as i64 | flag), a, b],
            MTy::Dyn,
        )
    }

    /// `-a`, `+a`, `~a` or `abs(a)` of a dynamic value.
    pub(super) fn dyn_unary(&mut self, op: DynOp, a: Operand) -> Operand {
        self.rt("nx_dyn_unary", vec![Operand::Int(op as i64), a], MTy::Dyn)
    }

    /// `a op b` where either operand is dynamic.
    pub(super) fn dyn_compare(
        &mut self,
        op: CmpOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
    ) -> Operand {
        let code = match op {
            CmpOp::Eq => DynCmp::Eq,
            CmpOp::Ne => DynCmp::Ne,
            CmpOp::Lt => DynCmp::Lt,
            CmpOp::Le => DynCmp::Le,
            CmpOp::Gt => DynCmp::Gt,
            CmpOp::Ge => DynCmp::Ge,
        };
        let a = self.to_dyn(a, at);
        let b = self.to_dyn(b, bt);
        self.rt(
            "nx_dyn_compare",
            vec![Operand::Int(code as i64), a, b],
            MTy::Bool,
        )
    }

    /// `isinstance(v, types)` of a dynamic value, when it runs: builtin types by the runtime,
    /// classes by testing an instance's class against each class deriving from them.
    pub(super) fn dyn_isinstance(&mut self, v: Operand, types: &[hir::TypeRef]) -> Operand {
        let result = self.temp(MTy::Bool);
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        let (hit, end) = (self.body.new_block(), self.body.new_block());
        let prog = self.prog;
        let mut classes = vec![];
        for r in types {
            match r {
                hir::TypeRef::Builtin(_) | hir::TypeRef::Exc(_) => {
                    let name = match r {
                        hir::TypeRef::Exc(k) => k.qualified_name(),
                        hir::TypeRef::Builtin(b) => b.to_string(),
                        _ => unreachable!(),
                    };
                    let n = self.strings.intern(&name);
                    let is = self.rt("nx_dyn_isinstance", vec![v.clone(), n], MTy::Bool);
                    let next = self.body.new_block();
                    self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
                    self.cur = next;
                    // (An instance of an ABC by its class: tested below.)
                    if natrix_abi::abcs::is_abc(&name) {
                        classes.extend(
                            (0..prog.classes.len() as u32)
                                .map(ClassId)
                                .filter(|k| prog.is_abc(*k, &name)),
                        );
                    }
                    // (A named tuple is a tuple: its classes are tested below.)
                    if name == "tuple" {
                        classes.extend((0..prog.classes.len() as u32).map(ClassId).filter(|k| {
                            prog.mro(*k).any(|m| {
                                prog.class(m).frozen.as_ref().is_some_and(|f| f.named_tuple)
                            })
                        }));
                    }
                }
                hir::TypeRef::Class(t) => classes.extend(
                    (0..prog.classes.len() as u32)
                        .map(ClassId)
                        .filter(|k| prog.is_subclass(*k, *t)),
                ),
            }
        }
        if !classes.is_empty() {
            // (An exception held in it is tested as the instance it carries.)
            let v = if classes.iter().any(|k| prog.exc_kind(*k).is_some()) {
                self.rt("nx_dyn_unwrap_exc", vec![v.clone()], MTy::Dyn)
            } else {
                v.clone()
            };
            let inst = self.rt("nx_dyn_is_instance", vec![v.clone()], MTy::Bool);
            let next = self.body.new_block();
            self.body.block(self.cur).term = Terminator::Branch(inst, next, end);
            self.cur = next;
            for k in classes {
                let is = self.op(Op::ClassIs(k), vec![v.clone()], MTy::Bool);
                let next = self.body.new_block();
                self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
                self.cur = next;
            }
        }
        self.goto(end);
        self.cur = hit;
        self.assign(result, Rvalue::Use(Operand::Bool(true)));
        self.goto(end);
        Operand::Local(result)
    }

    /// `v.name` of a dynamic value: the attribute slot, class attribute or property (whose
    /// getters inference recorded under `id`) of whichever instantiated class the instance
    /// has (tested when it runs), or AttributeError.
    pub(super) fn dyn_getattr(
        &mut self,
        v: Operand,
        name: &str,
        ty: MTy,
        id: Option<crate::hir::ExprId>,
    ) -> Operand {
        let result = self.temp(ty);
        let end = self.body.new_block();
        let (inst, not_inst) = (self.body.new_block(), self.body.new_block());
        let is = self.rt("nx_dyn_is_instance", vec![v.clone()], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(is, inst, not_inst);
        self.cur = not_inst;
        if let "__cause__" | "__context__" | "__suppress_context__" = name {
            // The links of an exception object (`c = c.__cause__` walking a chain).
            let (exc, other) = (self.body.new_block(), self.body.new_block());
            let base = self.strings.intern("BaseException");
            let is_exc = self.rt("nx_dyn_isinstance", vec![v.clone(), base], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is_exc, exc, other);
            self.cur = exc;
            let (x, xt) = if name == "__suppress_context__" {
                let s = self.rt("nx_exc_suppress_context", vec![v.clone()], MTy::Bool);
                (s, MTy::Bool)
            } else {
                let which = Operand::Int(i64::from(name == "__context__"));
                let opt = self.strings.opt_ty(MTy::Exc);
                (self.rt("nx_exc_link", vec![v.clone(), which], opt), opt)
            };
            let x = self.coerce(x, xt, ty);
            self.assign(result, Rvalue::Use(x));
            self.goto(end);
            self.cur = other;
        }
        if name == "args" {
            // `e.args` of a builtin exception object.
            let (exc, other) = (self.body.new_block(), self.body.new_block());
            let base = self.strings.intern("BaseException");
            let is_exc = self.rt("nx_dyn_isinstance", vec![v.clone(), base], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is_exc, exc, other);
            self.cur = exc;
            let a = self.rt("nx_exc_args", vec![v.clone()], MTy::Dyn);
            let a = self.coerce(a, MTy::Dyn, ty);
            self.assign(result, Rvalue::Use(a));
            self.goto(end);
            self.cur = other;
        }
        if name == "__name__" {
            // A class object's name (AttributeError for any other value).
            let s = self.rt("nx_dyn_class_name", vec![v.clone()], MTy::Str);
            let s = self.coerce(s, MTy::Str, ty);
            self.assign(result, Rvalue::Use(s));
            self.goto(end);
        } else {
            // The class attribute of a class object (`k = type(shape); k.sides`).
            let classes: Vec<ClassId> = self.typed.instantiated.iter().copied().collect();
            for c in classes {
                let Some(g) = self.prog.lookup_attr(c, name) else {
                    continue;
                };
                let (hit, next) = (self.body.new_block(), self.body.new_block());
                let class_name = self.strings.intern(&self.prog.class(c).name);
                let is = self.rt(
                    "nx_dyn_is_class_named",
                    vec![v.clone(), class_name],
                    MTy::Bool,
                );
                self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
                self.cur = hit;
                let (x, gt) = self.load_global(g);
                let x = self.coerce(x, gt, ty);
                self.assign(result, Rvalue::Use(x));
                self.goto(end);
                self.cur = next;
            }
            self.dyn_attr_error(v.clone(), name);
        }
        self.cur = inst;
        let n = self.strings.intern(name);
        // Properties: their getters.
        let getters = id
            .and_then(|id| self.typed.spec(self.spec).virtual_calls.get(&id).cloned())
            .unwrap_or_default();
        for (classes, getter) in &getters {
            let call = self.body.new_block();
            self.branch_if_class(&v, classes, call);
            let tests = self.cur;
            self.cur = call;
            self.call_into(*getter, vec![v.clone()], (result, ty), end);
            self.cur = tests;
        }
        let classes: Vec<ClassId> = self.typed.instantiated.iter().copied().collect();
        for c in classes {
            if getters.iter().any(|(ks, _)| ks.contains(&c)) {
                continue;
            }
            let field = self.field(c, name);
            let class_attr = self.prog.lookup_attr(c, name);
            if field.is_none() && class_attr.is_none() {
                continue;
            }
            let (hit, next) = (self.body.new_block(), self.body.new_block());
            let is = self.op(Op::ClassIs(c), vec![v.clone()], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = hit;
            if let Some((slot, ft, count)) = field {
                if class_attr.is_some() {
                    // The instance's own value when it has one, else the class's.
                    let own = self.body.new_block();
                    let set = self.op(Op::AttrIsSet(slot, count), vec![v.clone()], MTy::Bool);
                    let class = self.body.new_block();
                    self.body.block(self.cur).term = Terminator::Branch(set, own, class);
                    self.cur = own;
                    let x = self.op(Op::GetAttr(slot, ft, count), vec![v.clone(), n.clone()], ft);
                    let x = self.coerce(x, ft, ty);
                    self.assign(result, Rvalue::Use(x));
                    self.goto(end);
                    self.cur = class;
                } else {
                    let x = self.op(Op::GetAttr(slot, ft, count), vec![v.clone(), n.clone()], ft);
                    let x = self.coerce(x, ft, ty);
                    self.assign(result, Rvalue::Use(x));
                    self.goto(end);
                }
            }
            if let Some(g) = class_attr {
                let (x, gt) = self.load_global(g);
                let x = self.coerce(x, gt, ty);
                self.assign(result, Rvalue::Use(x));
                self.goto(end);
            }
            self.cur = next;
        }
        self.dyn_attr_error(v, name);
        self.cur = end;
        Operand::Local(result)
    }

    /// `hasattr(v, "name")` of a dynamic value: of an instance, whether whichever class it
    /// has has the attribute (an instance attribute tested when it runs); of any other
    /// value, whether its builtin type has it (the runtime's table).
    pub(super) fn dyn_hasattr(&mut self, v: Operand, name: &str) -> Operand {
        let result = self.temp(MTy::Bool);
        let end = self.body.new_block();
        let (inst, not_inst) = (self.body.new_block(), self.body.new_block());
        let is = self.rt("nx_dyn_is_instance", vec![v.clone()], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(is, inst, not_inst);
        self.cur = not_inst;
        let n = self.strings.intern(name);
        let has = self.rt("nx_dyn_hasattr", vec![v.clone(), n], MTy::Bool);
        self.assign(result, Rvalue::Use(has));
        self.goto(end);
        self.cur = inst;
        let classes: Vec<ClassId> = self.typed.instantiated.iter().copied().collect();
        for c in classes {
            let (hit, next) = (self.body.new_block(), self.body.new_block());
            let is = self.op(Op::ClassIs(c), vec![v.clone()], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = hit;
            let has = self.instance_has(v.clone(), c, name);
            self.assign(result, Rvalue::Use(has));
            self.goto(end);
            self.cur = next;
        }
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// `v.name = x` of a dynamic value: the attribute slot of whichever class the instance
    /// has (inference gave every class it may hold one), or AttributeError.
    pub(super) fn dyn_setattr(&mut self, v: Operand, name: &str, (x, xt): (Operand, MTy)) {
        let end = self.body.new_block();
        let other = self.when_instance(&v);
        let classes: Vec<ClassId> = self.typed.instantiated.iter().copied().collect();
        for c in classes {
            let Some((slot, ft, count)) = self.field(c, name) else {
                continue;
            };
            let (hit, next) = (self.body.new_block(), self.body.new_block());
            let is = self.op(Op::ClassIs(c), vec![v.clone()], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = hit;
            let x = self.coerce(x.clone(), xt, ft);
            self.op(Op::SetAttr(slot, ft, count), vec![v.clone(), x], MTy::None);
            self.goto(end);
            self.cur = next;
        }
        self.goto(other);
        self.cur = other;
        self.dyn_attr_error(v, name);
        self.cur = end;
    }

    /// Raises AttributeError for `v.name`, naming `v`'s type when it runs; ends the block.
    pub(super) fn dyn_attr_error(&mut self, v: Operand, name: &str) {
        let n = self.strings.intern(name);
        self.rt("nx_dyn_attr_error", vec![v, n], MTy::None);
        self.terminate(Terminator::Unreachable);
    }

    /// `sum(xs)` of a list of dynamic values (expression `id`): `0 + x0 + x1 + …` with
    /// Python's rules, calling the `__add__`/`__radd__` of instances among them where
    /// inference found classes defining them.
    pub(super) fn dyn_sum(&mut self, xs: Operand, lt: MTy, id: crate::hir::ExprId) -> Operand {
        let list = self.temp(lt);
        self.assign(list, Rvalue::Use(xs));
        let acc = self.temp(MTy::Dyn);
        let zero = self.to_dyn(Operand::Int(0), MTy::Int);
        self.assign(acc, Rvalue::Use(zero));
        let (head, end, x) = self.list_loop(list, MTy::Dyn, 0);
        let calls = &self.typed.spec(self.spec).virtual_calls;
        let (forward, reflected) = (calls.contains_key(&id), calls.contains_key(&id.reflected()));
        let a = (Operand::Local(acc), MTy::Dyn);
        let s = if forward || reflected {
            let how = (forward, reflected, false, None);
            self.dyn_binary_dunders(id, BinOp::Add, a, (x, MTy::Dyn), how, MTy::Dyn)
        } else {
            self.dyn_binop(BinOp::Add, a, (x, MTy::Dyn))
        };
        self.assign(acc, Rvalue::Use(s));
        self.goto(head);
        self.cur = end;
        Operand::Local(acc)
    }
}

impl Builder<'_> {
    /// `len(x)`, `-x`, `x[k]`, `k in x`, `format(x, spec)`, … of a dynamic `x` (operand `r`)
    /// for which inference found classes defining the dunder `name` (`Spec::virtual_calls` of
    /// `id`): an instance of one of them calls it with `args` after itself; any other value
    /// takes `fallback`, the runtime's operation (which raises CPython's TypeError for an
    /// instance without the dunder), giving an operand of the type it names.
    pub(super) fn dyn_dunder(
        &mut self,
        id: crate::hir::ExprId,
        r: Operand,
        (name, args): (&str, &[Operand]),
        ty: MTy,
        fallback: &mut dyn FnMut(&mut Self) -> (Operand, MTy),
    ) -> Operand {
        let targets = self.typed.spec(self.spec).virtual_calls[&id].clone();
        let result = self.temp(ty);
        let end = self.body.new_block();
        let other = self.when_instance(&r);
        for (classes, callee) in targets {
            let call = self.body.new_block();
            self.branch_if_class(&r, &classes, call);
            let tests = self.cur;
            self.cur = call;
            let vals = self.method_args(callee, name, r.clone(), args, &[], &[]);
            let rt = self.ret_ty(callee);
            if ty == MTy::Bool && rt != MTy::Bool && self.typed.spec(callee).ret != TypeTable::NEVER
            {
                // `x in v`: the truth of what `__contains__` returned.
                let t = self.temp(rt);
                self.assign(t, Rvalue::Call(callee, vals));
                let truth = self.truthy(Operand::Local(t), rt);
                self.assign(result, Rvalue::Use(truth));
                self.goto(end);
            } else {
                self.call_into(callee, vals, (result, ty), end);
            }
            self.cur = tests;
        }
        // An instance of another class, or no instance.
        self.goto(other);
        self.cur = other;
        let (v, vt) = fallback(self);
        let v = self.coerce(v, vt, ty);
        self.assign(result, Rvalue::Use(v));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// `a op b` where a dynamic operand may be an instance with the operator's dunder: the
    /// left one's (`v + 1`: `__add__`) when `forward`, else the right one's reflected (`1 +
    /// v`: `__radd__`) when `reflected`, or the reflected method of the right operand's
    /// static class (`static_reflected`), else the runtime's operator (`inplace` for `+=`).
    pub(super) fn dyn_binary_dunders(
        &mut self,
        id: crate::hir::ExprId,
        op: BinOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
        (forward, reflected, inplace, static_reflected): (bool, bool, bool, Option<SpecId>),
        ty: MTy,
    ) -> Operand {
        let dunder = op.dunder();
        let rname = format!("__r{}", &dunder[2..]);
        let (x, y) = (a.clone(), b.clone());
        let runtime = move |this: &mut Self| match static_reflected {
            Some(f) => {
                let rt = this.ret_ty(f);
                (
                    this.dunder_call(id, f, vec![y.clone(), x.clone()], rt, false),
                    rt,
                )
            }
            None => {
                let v = this.dyn_binop_as(op, (x.clone(), at), (y.clone(), bt), inplace);
                (v, MTy::Dyn)
            }
        };
        // The dunders take the other operand as a value of run-time type (see `infer`).
        let (x, y) = (self.to_dyn(a.clone(), at), self.to_dyn(b.clone(), bt));
        let (xd, yd) = (x.clone(), y.clone());
        let mut right = move |this: &mut Self| {
            if reflected {
                let v = this.dyn_dunder(
                    id.reflected(),
                    y.clone(),
                    (&rname, &[x.clone()]),
                    ty,
                    &mut runtime.clone(),
                );
                (v, ty)
            } else {
                runtime(this)
            }
        };
        if forward {
            self.dyn_dunder(id, xd, (dunder, &[yd]), ty, &mut right)
        } else {
            let (v, vt) = right(self);
            self.coerce(v, vt, ty)
        }
    }

    /// `len(x)`, `abs(x)`, `int(x)`, `float(x)`, `format(x[, spec])` of a dynamic `x` that may
    /// be an instance with `__len__`, `__abs__`, `__int__`, `__float__`, `__format__`
    /// ([`Builder::dyn_dunder`]).
    pub(super) fn dyn_builtin_dunder(
        &mut self,
        id: crate::hir::ExprId,
        b: Builtin,
        args: &[Expr],
        ty: MTy,
    ) -> Operand {
        let mut vals = self.exprs(args);
        self.str_format_spec(args, &mut vals);
        let x = vals[0].clone();
        let (name, extra) = match b {
            Builtin::Len => ("__len__", vec![]),
            Builtin::Abs => ("__abs__", vec![]),
            Builtin::Int => ("__int__", vec![]),
            Builtin::Float => ("__float__", vec![]),
            _ => (
                "__format__",
                vec![vals
                    .get(1)
                    .cloned()
                    .unwrap_or_else(|| self.strings.intern(""))],
            ),
        };
        let spec = extra.clone();
        let r = self.dyn_dunder(id, x.clone(), (name, &extra), ty, &mut |this| match b {
            Builtin::Len => (this.rt("nx_dyn_len", vec![x.clone()], MTy::Int), MTy::Int),
            Builtin::Abs => (this.dyn_unary(DynOp::Abs, x.clone()), MTy::Dyn),
            Builtin::Int => (this.rt("nx_dyn_int", vec![x.clone()], MTy::Int), MTy::Int),
            Builtin::Float => (
                this.rt("nx_dyn_float", vec![x.clone()], MTy::Float),
                MTy::Float,
            ),
            _ => {
                let args = vec![x.clone(), spec[0].clone()];
                (this.op(Op::Format(MTy::Dyn), args, MTy::Str), MTy::Str)
            }
        });
        if b == Builtin::Len && ty == MTy::Int {
            // CPython's checks of what `__len__` returned (a negative length).
            return self.rt("nx_len_result", vec![r], MTy::Int);
        }
        r
    }

    /// The truth of a dynamic value: an instance of a class that may be held in one and
    /// defines `__bool__` or `__len__` asks it; any other value is the runtime's.
    pub(super) fn dyn_truth(&mut self, v: Operand) -> Operand {
        let types = &self.typed.types;
        let classes: Vec<(ClassId, SpecId)> = (self.typed.instantiated.iter())
            .filter(|c| self.prog.mro(**c).any(|k| types.dyn_classes.contains(&k)))
            .filter_map(|c| Some((*c, *self.typed.truth_specs.get(c)?)))
            .collect();
        if classes.is_empty() {
            return self.rt("nx_dyn_truth", vec![v], MTy::Bool);
        }
        let result = self.temp(MTy::Bool);
        let end = self.body.new_block();
        let other = self.when_instance(&v);
        for (k, s) in classes {
            let yes = self.body.new_block();
            self.branch_if_class(&v, &[k], yes);
            let next = self.cur;
            self.cur = yes;
            let b = self.instance_truth_of(v.clone(), Some(s));
            self.assign(result, Rvalue::Use(b));
            self.goto(end);
            self.cur = next;
        }
        self.goto(other);
        self.cur = other;
        let b = self.rt("nx_dyn_truth", vec![v], MTy::Bool);
        self.assign(result, Rvalue::Use(b));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// Continues where the dynamic value `v` is an instance of one of the program's classes;
    /// the block where it is not is returned.
    pub(super) fn when_instance(&mut self, v: &Operand) -> BlockId {
        let (inst, other) = (self.body.new_block(), self.body.new_block());
        let is = self.rt("nx_dyn_is_instance", vec![v.clone()], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(is, inst, other);
        self.cur = inst;
        other
    }

    /// Whether inference routes expression `id` of a dynamic operand through the dunders of
    /// the classes it may hold ([`Builder::dyn_dunder`]).
    pub(super) fn has_dyn_dunder(&mut self, id: crate::hir::ExprId, operand: &Expr) -> bool {
        // (Of a value of run-time type, or of a base class's instance whose subclasses define
        // the dunder.)
        self.typed.spec(self.spec).virtual_calls.contains_key(&id)
            && matches!(self.ty(operand), MTy::Dyn | MTy::Instance(_))
    }
}
