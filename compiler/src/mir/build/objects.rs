//! MIR lowering of user-class instances: attribute slots, method calls, `__str__`/`__repr__`,
//! `Optional[C]` values (null for None), and expressions that never complete.

use super::*;

impl Builder<'_> {
    /// str() (or with `repr`, repr()) of an instance of class `c`: its `__str__` / `__repr__`,
    /// else the default `<__main__.Name object at 0x…>`.
    pub(super) fn instance_str(&mut self, v: Operand, c: ClassId) -> Operand {
        self.instance_text(v, c, false)
    }

    pub(super) fn instance_text(&mut self, v: Operand, c: ClassId, repr: bool) -> Operand {
        let specs = if repr {
            &self.typed.repr_specs
        } else {
            &self.typed.str_specs
        };
        // Subclasses with their own `__str__`/`__repr__`: the class table of the instance's
        // class at run time has the right one.
        let classes = self.typed.runtime_classes(self.prog, c);
        if classes.iter().any(|k| specs.get(k) != specs.get(&c)) {
            let f = if repr { "nx_obj_repr" } else { "nx_obj_str" };
            return self.rt(f, vec![v], MTy::Str);
        }
        match specs.get(&c).copied() {
            Some(s) if self.typed.spec(s).ret == TypeTable::STR => {
                let t = self.temp(MTy::Str);
                self.assign(t, Rvalue::Call(s, vec![v]));
                Operand::Local(t)
            }
            // A str or None, or a value of run-time type: the runtime checks what it returns.
            Some(s) if self.typed.text_result(s) => {
                let f = if repr { "nx_obj_repr" } else { "nx_obj_str" };
                self.rt(f, vec![v], MTy::Str)
            }
            // One that always raises, or returns no str (CPython's TypeError).
            Some(s) => {
                let rt = self.ret_ty(s);
                let t = self.temp(rt);
                self.assign(t, Rvalue::Call(s, vec![v]));
                let name = if repr { "__repr__" } else { "__str__" };
                let got = self.typed.types.display(self.typed.spec(s).ret);
                let got = match got.as_str() {
                    "None" => "NoneType".to_string(),
                    g => g.to_string(),
                };
                let msg = format!("{name} returned non-string (type {got})");
                let text = self.strings.intern(&msg);
                self.op(Op::RaiseStr(ExcKind::TypeError), vec![text], MTy::None);
                self.terminate(Terminator::Unreachable);
                self.strings.intern("")
            }
            // The runtime's default: `<__main__.Name object at 0x…>`, or an exception's args.
            None if repr => self.rt("nx_obj_repr", vec![v], MTy::Str),
            None => self.rt("nx_obj_str", vec![v], MTy::Str),
        }
    }

    /// `obj.m(args)` on an instance (or `super().m(args)`): a call of the method's
    /// specialization with `obj` first and the defaults of parameters not passed; when
    /// subclasses override `m`, a test of the instance's class picks the override.
    pub(super) fn instance_method_call(&mut self, e: &Expr, ty: MTy) -> Operand {
        let (recv, args, name, keywords) = match &e.kind {
            ExprKind::Method {
                recv,
                args,
                name,
                keywords,
            }
            | ExprKind::SuperMethod {
                recv,
                args,
                name,
                keywords,
                ..
            } => (recv, args, name, keywords),
            _ => unreachable!("a method call"),
        };
        let r = self.expr(recv);
        let rt = self.ty(recv);
        let r = self.non_none(r, rt, name);
        // A method of the program's exception classes on an exception caught by a builtin
        // class: its instance, as a value of run-time type.
        let (r, rt) = match rt {
            MTy::Exc => (
                self.rt("nx_exc_instance_or_self", vec![r], MTy::Dyn),
                MTy::Dyn,
            ),
            _ => (r, rt),
        };
        // Arguments are evaluated in source order, then passed in parameter order.
        let pos: Vec<Operand> = self.call_value_args(args);
        let kw: Vec<(Operand, MTy)> = keywords
            .iter()
            .map(|(_, k)| (self.expr(k), self.ty(k)))
            .collect();
        let names: Vec<&str> = keywords.iter().map(|(k, _)| k.as_str()).collect();
        self.method_call_on(e, r, rt, name, &pos, &kw, &names, ty)
    }

    /// [`Self::instance_method_call`] once the receiver `r` (of type `rt`) and the arguments
    /// are evaluated; also a property only some subclasses define, read as `obj.name`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call_on(
        &mut self,
        e: &Expr,
        r: Operand,
        rt: MTy,
        name: &str,
        pos: &[Operand],
        kw: &[(Operand, MTy)],
        names: &[&str],
        ty: MTy,
    ) -> Operand {
        let spec = self.typed.spec(self.spec);
        if let Some(callee) = spec.calls.get(&e.id).copied() {
            let vals = self.method_args(callee, name, r, pos, kw, names);
            let t = self.temp(ty);
            self.assign(t, Rvalue::Call(callee, vals));
            return Operand::Local(t);
        }
        let Some(targets) = spec.virtual_calls.get(&e.id).cloned() else {
            return Operand::None;
        };
        let result = self.temp(ty);
        let end = self.body.new_block();
        // A dynamic receiver: an instance of one of the target classes, or AttributeError.
        let dynamic = rt == MTy::Dyn;
        let missing: Vec<ClassId> = if dynamic {
            let not_inst = self.when_instance(&r);
            let inst = self.cur;
            self.cur = not_inst;
            if names.is_empty() && crate::builtins::DYN_CONTAINER_METHODS.contains(&name) {
                // A list, dict or set held in the value: the runtime's dispatch by name.
                let vals = pos
                    .iter()
                    .map(|v| (v.clone(), self.operand_ty(v)))
                    .collect();
                let x = self.dyn_container_method(r.clone(), name, vals);
                let x = self.coerce(x, MTy::Dyn, ty);
                self.assign(result, Rvalue::Use(x));
                self.goto(end);
            } else {
                self.dyn_attr_error(r.clone(), name);
            }
            self.cur = inst;
            vec![]
        } else {
            let (MTy::Instance(c) | MTy::OptInstance(c)) = rt else {
                unreachable!("a virtual call on an instance")
            };
            let all = self.typed.runtime_classes(self.prog, c);
            let covered: Vec<ClassId> = targets.iter().flat_map(|(k, _)| k.clone()).collect();
            all.into_iter().filter(|k| !covered.contains(k)).collect()
        };
        let n = targets.len();
        for (i, (classes, callee)) in targets.into_iter().enumerate() {
            let call = self.body.new_block();
            if i + 1 == n && missing.is_empty() && !dynamic {
                self.goto(call);
            } else {
                self.branch_if_class(&r, &classes, call);
            }
            let tests = self.cur;
            self.cur = call;
            let vals = self.method_args(callee, name, r.clone(), pos, kw, names);
            // (An override that always raises, `raise NotImplementedError`, ends there.)
            self.call_into(callee, vals, (result, ty), end);
            self.cur = tests;
        }
        if !missing.is_empty() {
            // Classes without the method: AttributeError naming the instance's class (a
            // `super()` call reaching `object`: its `__init__` does nothing, and it has no other
            // method of the program's).
            let from_super = matches!(e.kind, ExprKind::SuperMethod { .. });
            for k in missing {
                let is = self.op(Op::ClassIs(k), vec![r.clone()], MTy::Bool);
                let (bad, next) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(is, bad, next);
                self.cur = bad;
                if from_super && name == "__init__" {
                    self.assign(result, Rvalue::Use(Operand::None));
                    self.goto(end);
                    self.cur = next;
                    continue;
                }
                let class = match from_super {
                    true => "super".to_string(),
                    false => hir::py_name(&self.prog.class(k).name),
                };
                // (An instance called: CPython's TypeError for a class without `__call__`.)
                let (kind, msg) = match name {
                    "__call__" if !from_super => (
                        ExcKind::TypeError,
                        format!("'{class}' object is not callable"),
                    ),
                    _ => (
                        ExcKind::AttributeError,
                        format!("'{class}' object has no attribute '{name}'"),
                    ),
                };
                let text = self.strings.intern(&msg);
                self.op(Op::RaiseStr(kind), vec![text], MTy::None);
                self.terminate(Terminator::Unreachable);
                self.cur = next;
            }
            self.terminate(Terminator::Unreachable);
        }
        if dynamic {
            // An instance of a class without the method.
            self.dyn_attr_error(r, name);
        }
        self.cur = end;
        Operand::Local(result)
    }

    /// `Class(args)`: a new instance (an exception class's keeps its positional arguments,
    /// the first `positional`, as `args`), then its `__init__`; with `*`/`**` forms, the
    /// `__init__` called as a bound method whose arguments bind when the program runs.
    pub(super) fn new_instance(
        &mut self,
        e: &Expr,
        c: ClassId,
        args: &[Expr],
        positional: usize,
        ty: MTy,
    ) -> Operand {
        // A class hierarchy shares one layout: its root's attributes.
        let n = self.typed.fields[self.prog.root(c).0 as usize].len() as u32;
        if let Some(ft) = self.typed.spec(self.spec).method_values.get(&e.id).copied() {
            let obj = self.op(Op::InstanceNew(c, n), vec![], ty);
            let f = self.bound_method(c, "__init__", obj.clone(), ft);
            self.call_function_value(f, ft, args, &[], e.id, MTy::None);
            return obj;
        }
        let vals: Vec<Operand> = self.exprs(args);
        let obj = self.op(Op::InstanceNew(c, n), vec![], ty);
        if self.prog.exc_kind(c).is_some() {
            // `BaseException.__new__`: `args` (slot 0) holds the positional arguments.
            let tys: Vec<MTy> = args[..positional].iter().map(|a| self.ty(a)).collect();
            let tt = self.strings.tuple_ty(tys);
            let MTy::Tuple(t) = tt else {
                unreachable!("a tuple type")
            };
            let tuple = self.op(Op::TupleNew(t), vals[..positional].to_vec(), tt);
            self.op(Op::SetAttr(0, tt, n), vec![obj.clone(), tuple], MTy::None);
            // No cause or context until it is raised (where the program reads them).
            for (name, none) in [
                ("__cause__", (Operand::None, MTy::None)),
                ("__context__", (Operand::None, MTy::None)),
                ("__suppress_context__", (Operand::Bool(false), MTy::Bool)),
            ] {
                if let Some((slot, ft, n)) = self.field(c, name) {
                    let v = self.coerce(none.0, none.1, ft);
                    self.op(Op::SetAttr(slot, ft, n), vec![obj.clone(), v], MTy::None);
                }
            }
        }
        if let Some(init) = self.typed.spec(self.spec).calls.get(&e.id).copied() {
            let rt = self.ret_ty(init);
            let t = self.temp(rt);
            let tys: Vec<MTy> = args.iter().map(|a| self.ty(a)).collect();
            let vals = self.to_params(init, 1, vals, &tys);
            let mut all = vec![obj.clone()];
            all.extend(vals);
            self.assign(t, Rvalue::Call(init, all));
        }
        obj
    }

    /// `hasattr(o, name)` of instance `o` of class `c`: decided by the class's methods and
    /// class attributes, else by its subclasses' (which class `o` has), else by whether the
    /// instance attribute is set.
    pub(super) fn instance_has(&mut self, o: Operand, c: ClassId, name: &str) -> Operand {
        let deeper = crate::infer::classes_defining(self.prog, c, name);
        match crate::infer::has_attr(self.prog, &self.typed.fields, c, name) {
            Some(b) => Operand::Bool(b),
            // A method of some subclasses: whether the instance is of one of them.
            None if !deeper.is_empty() => {
                let types: Vec<hir::TypeRef> =
                    deeper.into_iter().map(hir::TypeRef::Class).collect();
                self.instance_isinstance(o, MTy::Instance(c), &types)
            }
            None => match self.field(c, name) {
                Some((slot, _, count)) => self.op(Op::AttrIsSet(slot, count), vec![o], MTy::Bool),
                None => Operand::Bool(false),
            },
        }
    }

    /// `callable(o)` of a value of type `ot`: a function is, an instance is when its class
    /// has `__call__`, a dynamic value when the runtime finds a function or class object or
    /// it holds an instance of such a class; None and the builtin types are not.
    pub(super) fn callable(&mut self, o: Operand, ot: MTy) -> Operand {
        match ot {
            MTy::Func => Operand::Bool(true),
            MTy::Instance(c) => self.instance_has(o, c, "__call__"),
            MTy::OptInstance(c) => self.if_none(
                o.clone(),
                MTy::Bool,
                |_| Operand::Bool(false),
                |b| b.instance_has(o, c, "__call__"),
            ),
            MTy::Dyn => {
                let prog = self.prog;
                let callers: Vec<hir::TypeRef> = (0..prog.classes.len() as u32)
                    .map(ClassId)
                    .filter(|k| prog.lookup(*k, "__call__").is_some())
                    .map(hir::TypeRef::Class)
                    .collect();
                let f = self.rt("nx_dyn_callable", vec![o.clone()], MTy::Bool);
                if callers.is_empty() {
                    return f;
                }
                let result = self.temp(MTy::Bool);
                self.assign(result, Rvalue::Use(f.clone()));
                let (test, end) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(f, end, test);
                self.cur = test;
                let inst = self.dyn_isinstance(o, &callers);
                self.assign(result, Rvalue::Use(inst));
                self.goto(end);
                self.cur = end;
                Operand::Local(result)
            }
            _ => Operand::Bool(false),
        }
    }

    /// `isinstance(v, types)` decided at run time: `v` is an instance (or `Optional`) of a class
    /// with subclasses among `types`, so the test is on its class.
    pub(super) fn instance_isinstance(
        &mut self,
        v: Operand,
        vt: MTy,
        types: &[hir::TypeRef],
    ) -> Operand {
        let (c, opt) = match vt {
            MTy::Instance(c) => (c, false),
            MTy::OptInstance(c) => (c, true),
            // A set or a frozenset: the object's type says.
            MTy::Dyn | MTy::Set(_) => return self.dyn_isinstance(v, types),
            MTy::Exc => return self.exc_isinstance(v, types),
            // `isinstance(d.get(k), int)`: not None, and then the inner value's test (which
            // inference found true when the inner type does not need the run to decide).
            _ if vt.is_optional_value() => {
                let inner = self.strings.opt_inner(vt);
                let v2 = v.clone();
                return self.if_none(
                    v,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |b| match inner {
                        MTy::Instance(_) | MTy::Dyn | MTy::Set(_) | MTy::Exc => {
                            b.instance_isinstance(v2, inner, types)
                        }
                        _ => Operand::Bool(true),
                    },
                );
            }
            _ => return Operand::Bool(false),
        };
        let prog = self.prog;
        let matches = |k: ClassId| {
            types.iter().any(|r| match r {
                hir::TypeRef::Class(t) => prog.is_subclass(k, *t),
                hir::TypeRef::Builtin(b) if natrix_abi::abcs::is_abc(b) => prog.is_abc(k, b),
                hir::TypeRef::Builtin(b) => *b == "object",
                hir::TypeRef::Exc(e) => prog.exc_kind(k).is_some_and(|d| d.is_subclass_of(*e)),
            })
        };
        let yes: Vec<ClassId> = self
            .typed
            .runtime_classes(prog, c)
            .into_iter()
            .filter(|k| matches(*k))
            .collect();
        let result = self.temp(MTy::Bool);
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        let end = self.body.new_block();
        if opt {
            let none = self.op(Op::IsNull, vec![v.clone()], MTy::Bool);
            let next = self.body.new_block();
            self.body.block(self.cur).term = Terminator::Branch(none, end, next);
            self.cur = next;
        }
        let hit = self.body.new_block();
        for k in yes {
            let is = self.op(Op::ClassIs(k), vec![v.clone()], MTy::Bool);
            let next = self.body.new_block();
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = next;
        }
        self.goto(end);
        self.cur = hit;
        self.assign(result, Rvalue::Use(Operand::Bool(true)));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// `isinstance(e, types)` of a caught exception object `e`: its builtin class or the user
    /// class of the instance it carries decides.
    fn exc_isinstance(&mut self, v: Operand, types: &[hir::TypeRef]) -> Operand {
        let result = self.temp(MTy::Bool);
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        let (hit, end) = (self.body.new_block(), self.body.new_block());
        let mut always = false;
        for r in types {
            let op = match r {
                hir::TypeRef::Class(c) => Op::ExcIsClass(*c),
                hir::TypeRef::Exc(k) => Op::ExcIsKind(*k),
                hir::TypeRef::Builtin("object") => {
                    always = true;
                    break;
                }
                hir::TypeRef::Builtin(_) => continue,
            };
            let is = self.op(op, vec![v.clone()], MTy::Bool);
            let next = self.body.new_block();
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = next;
        }
        self.goto(if always { hit } else { end });
        self.cur = hit;
        self.assign(result, Rvalue::Use(Operand::Bool(true)));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// A call of `callee` with `args` whose value, as a `ty`, goes to `result`, then to block
    /// `end`; a callee that always raises ends the block instead.
    pub(super) fn call_into(
        &mut self,
        callee: SpecId,
        args: Vec<Operand>,
        (result, ty): (Local, MTy),
        end: BlockId,
    ) {
        let rt = self.ret_ty(callee);
        let t = self.temp(rt);
        self.assign(t, Rvalue::Call(callee, args));
        if self.typed.spec(callee).ret == TypeTable::NEVER {
            self.terminate(Terminator::Unreachable);
        } else {
            let v = self.coerce(Operand::Local(t), rt, ty);
            self.assign(result, Rvalue::Use(v));
            self.goto(end);
        }
    }

    /// The arguments of a call of method specialization `callee`: the receiver `r` (unless a
    /// `@staticmethod`; `None` for a `@classmethod`'s `cls`), then the parameters from the
    /// positional and keyword arguments and the defaults.
    pub(super) fn method_args(
        &mut self,
        callee: SpecId,
        name: &str,
        r: Operand,
        pos: &[Operand],
        kw: &[(Operand, MTy)],
        names: &[&str],
    ) -> Vec<Operand> {
        let fid = self.typed.spec(callee).func;
        let f = self.prog.func(fid);
        let is_static = self.prog.is_static(fid);
        let binding = f
            .bind(name, usize::from(!is_static), pos.len(), names)
            .expect("infer checked the arguments");
        let mut vals = match (is_static, self.prog.is_classmethod(fid)) {
            (true, _) => vec![],
            (_, true) => vec![Operand::None],
            _ => vec![r],
        };
        let param_tys = self.typed.spec(callee).args.clone();
        for a in binding {
            let at = vals.len();
            vals.push(match a {
                hir::Arg::Pos(i) => pos[i].clone(),
                hir::Arg::Kw(j) => kw[j].0.clone(),
                hir::Arg::Default(g) => self.load_global(g).0,
                // `*args`: a tuple of the extra positional arguments.
                hir::Arg::VarArgs(is) => {
                    let tt = mty(&self.typed.types, param_tys[at], self.strings);
                    let MTy::Tuple(t) = tt else {
                        unreachable!("`*args` is a tuple")
                    };
                    let items = is.iter().map(|i| pos[*i].clone()).collect();
                    self.op(Op::TupleNew(t), items, tt)
                }
                // `**kwargs`: a dict of the extra keyword arguments.
                hir::Arg::VarKw(js) => {
                    let dt = mty(&self.typed.types, param_tys[at], self.strings);
                    let MTy::Dict(d) = dt else {
                        unreachable!("`**kwargs` is a dict")
                    };
                    let (k, v) = self.strings.dict_kv(dt);
                    // `**d` (the keyword named `**`) starts it as a copy of d.
                    let spread = js.iter().find(|j| names[**j] == "**").copied();
                    let dict = match spread {
                        Some(j) => self.rt("nx_dict_copy", vec![kw[j].0.clone()], dt),
                        None => self.op(Op::DictNew(d), vec![], dt),
                    };
                    for j in js.into_iter().filter(|j| names[*j] != "**") {
                        let key = self.strings.intern(names[j]);
                        let key = self.coerce(key, MTy::Str, k);
                        let value = self.coerce(kw[j].0.clone(), kw[j].1, v);
                        self.slots(
                            "nx_dict_set",
                            vec![dict.clone(), key, value],
                            &[None, Some(k), Some(v)],
                            None,
                            MTy::None,
                        );
                    }
                    dict
                }
            });
        }
        // A parameter the body rebinds to another type holds an optional value: `None`
        // passed to `data=None` reassigned a dict is that optional's `None`.
        let tys: Vec<MTy> = vals.iter().map(|v| self.operand_ty(v)).collect();
        self.to_params(callee, 0, vals, &tys)
    }

    /// A dunder call recorded under `key` (`f` its specialization for the receiver's static
    /// class; `args[0]` the receiver, null-checked first when `nullable`): when subclasses
    /// override the dunder, a test of the receiver's class picks the override. The result is
    /// converted to `ty`.
    /// Code for each of `targets` (the classes it is for, and what `each` builds for it),
    /// chosen by the class of instance `obj`: a test per class, the last target taking the
    /// rest. `each` starts in its target's block and must leave it (to a common end).
    /// Whether some class the instance `obj` may be reads `name` as a class attribute (not
    /// a property): a read whose getters are recorded goes through [`Self::class_attr_of`].
    pub(super) fn class_attr_among(&mut self, obj: &Expr, name: &str) -> bool {
        let (MTy::Instance(c) | MTy::OptInstance(c)) = self.ty(obj) else {
            return false;
        };
        self.typed
            .runtime_classes(self.prog, c)
            .into_iter()
            .any(|k| {
                self.prog.nearest_property(k, name).is_none()
                    && self.prog.lookup_attr(k, name).is_some()
            })
    }

    /// Class attribute `name` read through the instance `obj` of class `c`, as a `ty`: the
    /// attribute of the class the instance has (a subclass may define its own), chosen by
    /// its class when the classes it may have see different ones; for the classes where it
    /// is a property, the getter inference recorded under `key` (`Spec::virtual_calls`).
    pub(super) fn class_attr_of(
        &mut self,
        c: ClassId,
        name: &str,
        obj: &Operand,
        ty: MTy,
        key: Option<hir::ExprId>,
    ) -> Operand {
        let getters = key
            .and_then(|k| self.typed.spec(self.spec).virtual_calls.get(&k).cloned())
            .unwrap_or_default();
        // (A class with no such attribute, when only some subclasses define it: None, and
        // AttributeError naming the instance's class.)
        let mut groups: Vec<(Vec<ClassId>, Result<Option<hir::GlobalId>, SpecId>)> = vec![];
        for k in self.typed.runtime_classes(self.prog, c) {
            let read = match getters.iter().find(|(ks, _)| ks.contains(&k)) {
                Some((_, getter)) => Err(*getter),
                None => Ok(self.prog.lookup_attr(k, name)),
            };
            match groups.iter_mut().find(|(_, h)| *h == read) {
                Some((ks, _)) => ks.push(k),
                None => groups.push((vec![k], read)),
            }
        }
        let result = self.temp(ty);
        let end = self.body.new_block();
        self.by_class(obj, groups, |b, read| {
            let g = match read {
                Ok(Some(g)) => g,
                Ok(None) => {
                    b.dyn_attr_error(obj.clone(), name);
                    return;
                }
                Err(getter) => {
                    let vals = b.method_args(getter, name, obj.clone(), &[], &[], &[]);
                    b.call_into(getter, vals, (result, ty), end);
                    return;
                }
            };
            let (v, gt) = b.load_global(g);
            let v = b.coerce(v, gt, ty);
            b.assign(result, Rvalue::Use(v));
            b.goto(end);
        });
        self.cur = end;
        Operand::Local(result)
    }

    /// Goes to `to` when the instance `v` is of one of `classes`; continues otherwise.
    pub(super) fn branch_if_class(&mut self, v: &Operand, classes: &[ClassId], to: BlockId) {
        for &k in classes {
            let is = self.op(Op::ClassIs(k), vec![v.clone()], MTy::Bool);
            let next = self.body.new_block();
            self.body.block(self.cur).term = Terminator::Branch(is, to, next);
            self.cur = next;
        }
    }

    pub(super) fn by_class<T>(
        &mut self,
        obj: &Operand,
        targets: Vec<(Vec<ClassId>, T)>,
        mut each: impl FnMut(&mut Self, T),
    ) {
        let n = targets.len();
        for (k, (classes, t)) in targets.into_iter().enumerate() {
            let this = self.body.new_block();
            if k + 1 == n {
                self.goto(this);
            } else {
                self.branch_if_class(obj, &classes, this);
            }
            let tests = self.cur;
            self.cur = this;
            each(self, t);
            self.cur = tests;
        }
    }

    pub(super) fn dunder_call(
        &mut self,
        key: hir::ExprId,
        f: SpecId,
        args: Vec<Operand>,
        ty: MTy,
        nullable: bool,
    ) -> Operand {
        let targets = self
            .typed
            .spec(self.spec)
            .virtual_dunders
            .get(&key)
            .cloned();
        let result = self.temp(ty);
        let Some(targets) = targets else {
            let rt = self.ret_ty(f);
            let t = self.temp(rt);
            let args = self.with_defaults(f, args);
            self.assign(t, Rvalue::Call(f, args));
            let v = self.coerce(Operand::Local(t), rt, ty);
            self.assign(result, Rvalue::Use(v));
            return Operand::Local(result);
        };
        let recv = args[0].clone();
        let end = self.body.new_block();
        let calls: Vec<(Vec<ClassId>, SpecId)> = if nullable {
            // A None receiver runs the static class's method (as without overrides).
            let none = self.op(Op::IsNull, vec![recv.clone()], MTy::Bool);
            let (base, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(none, base, next);
            self.cur = base;
            let rt = self.ret_ty(f);
            let t = self.temp(rt);
            let args = self.with_defaults(f, args.clone());
            self.assign(t, Rvalue::Call(f, args));
            let v = self.coerce(Operand::Local(t), rt, ty);
            self.assign(result, Rvalue::Use(v));
            self.goto(end);
            self.cur = next;
            targets
        } else {
            targets
        };
        self.by_class(&recv, calls, |b, s| {
            let args = b.with_defaults(s, args.clone());
            b.call_into(s, args, (result, ty), end);
        });
        self.cur = end;
        Operand::Local(result)
    }

    /// The arguments of a call of dunder specialization `f` made with `args`, followed by the
    /// default values of the parameters after them (`def __pow__(self, n, mod=None)`).
    fn with_defaults(&mut self, f: SpecId, mut args: Vec<Operand>) -> Vec<Operand> {
        let spec = self.typed.spec(f);
        let params = &self.prog.func(spec.func).params;
        let defaults: Vec<(hir::GlobalId, Ty)> = params
            .iter()
            .zip(&spec.args)
            .skip(args.len())
            .map_while(|(p, t)| p.default.map(|g| (g, *t)))
            .collect();
        for (g, t) in defaults {
            let (v, gt) = self.load_global(g);
            let want = mty(&self.typed.types, t, self.strings);
            args.push(self.coerce(v, gt, want));
        }
        args
    }

    /// The type a dunder call under `key` produces: its overrides' return type when they agree.
    pub(super) fn dunder_ty(&mut self, key: hir::ExprId, f: SpecId) -> MTy {
        let targets = self
            .typed
            .spec(self.spec)
            .virtual_dunders
            .get(&key)
            .cloned();
        if let Some(targets) = targets {
            // Overrides returning different types (a bool `__lt__` and a str one) give a
            // value of run-time type, as inference joined them.
            let mut found: Option<MTy> = None;
            for (_, s) in targets {
                if self.typed.spec(s).ret != TypeTable::NEVER {
                    let t = self.ret_ty(s);
                    match found {
                        Some(u) if u != t => return MTy::Dyn,
                        _ => found = Some(t),
                    }
                }
            }
            if let Some(t) = found {
                return t;
            }
        }
        self.ret_ty(f)
    }

    /// `a, b = xs` for a list `xs`: ValueError unless it has exactly `count` items.
    pub(super) fn check_unpack_len(&mut self, list: Operand, count: usize) {
        let n = self.op(Op::ListLen, vec![list], MTy::Int);
        let fits = self.op(
            Op::IntCmp(CmpOp::Eq),
            vec![n.clone(), Operand::Int(count as i64)],
            MTy::Bool,
        );
        let (ok, bad) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(fits, ok, bad);
        self.cur = bad;
        let many = self.op(
            Op::IntCmp(CmpOp::Gt),
            vec![n.clone(), Operand::Int(count as i64)],
            MTy::Bool,
        );
        let (too_many, too_few) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(many, too_many, too_few);
        self.cur = too_many;
        let msg = self
            .strings
            .intern(&format!("too many values to unpack (expected {count})"));
        self.op(Op::RaiseStr(ExcKind::ValueError), vec![msg], MTy::None);
        self.terminate(Terminator::Unreachable);
        self.cur = too_few;
        let head = self.strings.intern(&format!(
            "not enough values to unpack (expected {count}, got "
        ));
        let got = self.op(Op::IntToStr, vec![n], MTy::Str);
        let msg = self.op(Op::StrConcat, vec![head, got], MTy::Str);
        let close = self.strings.intern(")");
        let msg = self.op(Op::StrConcat, vec![msg, close], MTy::Str);
        self.op(Op::RaiseStr(ExcKind::ValueError), vec![msg], MTy::None);
        self.terminate(Terminator::Unreachable);
        self.cur = ok;
    }

    /// The truth of an instance: `__bool__`, else `len() != 0` through `__len__`, else true.
    pub(super) fn instance_truth(&mut self, v: Operand, c: ClassId) -> Operand {
        let classes = self.typed.runtime_classes(self.prog, c);
        let truth = |k: &ClassId| self.typed.truth_specs.get(k).copied();
        if classes.iter().any(|k| truth(k) != truth(&c)) {
            // Subclasses decide differently: test the class at run time.
            let result = self.temp(MTy::Bool);
            let end = self.body.new_block();
            for k in classes {
                let is = self.op(Op::ClassIs(k), vec![v.clone()], MTy::Bool);
                let (yes, next) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(is, yes, next);
                self.cur = yes;
                let b = self.instance_truth_of(v.clone(), self.typed.truth_specs.get(&k).copied());
                self.assign(result, Rvalue::Use(b));
                self.goto(end);
                self.cur = next;
            }
            self.terminate(Terminator::Unreachable);
            self.cur = end;
            return Operand::Local(result);
        }
        let s = self.typed.truth_specs.get(&c).copied();
        self.instance_truth_of(v, s)
    }

    /// The truth of an instance through `__bool__`/`__len__` specialization `s` (true without).
    pub(super) fn instance_truth_of(&mut self, v: Operand, s: Option<SpecId>) -> Operand {
        let Some(s) = s else {
            return Operand::Bool(true);
        };
        let rt = self.ret_ty(s);
        let t = self.temp(rt);
        self.assign(t, Rvalue::Call(s, vec![v]));
        // Through `__len__`: CPython's ValueError when it is negative.
        let f = self.prog.func(self.typed.spec(s).func);
        if f.name.ends_with("__len__") && rt == MTy::Int {
            let n = self.rt("nx_len_result", vec![Operand::Local(t)], MTy::Int);
            return self.truthy(n, MTy::Int);
        }
        self.truthy(Operand::Local(t), rt)
    }

    /// str() / repr() of an `Optional[C]`: `None`, or the instance's text.
    pub(super) fn opt_text(&mut self, v: Operand, c: ClassId, repr: bool) -> Operand {
        let v2 = v.clone();
        self.if_none(
            v,
            MTy::Str,
            |b| b.strings.intern("None"),
            |b| b.instance_text(v2, c, repr),
        )
    }

    /// `if v is None: none(…) else: some(…)` for a nullable pointer `v`, as a value of type
    /// `ty`.
    pub(super) fn if_none(
        &mut self,
        v: Operand,
        ty: MTy,
        none: impl FnOnce(&mut Self) -> Operand,
        some: impl FnOnce(&mut Self) -> Operand,
    ) -> Operand {
        let result = self.temp(ty);
        let is_none = self.op(Op::IsNull, vec![v], MTy::Bool);
        let (nb, sb, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.body.block(self.cur).term = Terminator::Branch(is_none, nb, sb);
        self.cur = nb;
        let x = none(self);
        self.assign(result, Rvalue::Use(x));
        self.goto(end);
        self.cur = sb;
        let x = some(self);
        self.assign(result, Rvalue::Use(x));
        self.goto(end);
        Operand::Local(result)
    }

    /// str() or repr() of an `Optional[T]` of a number, str or container: `None`, or the
    /// value's.
    pub(super) fn optional_text(&mut self, v: Operand, t: MTy, repr: bool) -> Operand {
        let inner = self.strings.opt_inner(t);
        let v2 = v.clone();
        self.if_none(
            v,
            MTy::Str,
            |b| b.strings.intern("None"),
            |b| match inner {
                MTy::Str if repr => b.op(Op::StrRepr, vec![v2], MTy::Str),
                MTy::Str => v2,
                MTy::Int | MTy::Float | MTy::Bool => b.builtin_str(v2, inner),
                MTy::Exc if !repr => b.rt("nx_obj_str", vec![v2], MTy::Str),
                _ => b.op(Op::ObjRepr, vec![v2], MTy::Str),
            },
        )
    }

    /// An `Optional[T]` value used as a `T` (`Spec::none_checks`): raises CPython's error when
    /// it is None, else passes the pointer on.
    pub(super) fn check_not_none(
        &mut self,
        v: Operand,
        check: &crate::infer::NoneCheck,
    ) -> Operand {
        let none = self.op(Op::IsNull, vec![v.clone()], MTy::Bool);
        let (bad, ok) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(none, bad, ok);
        self.cur = bad;
        if check.kind == crate::infer::NoneError::Key {
            self.rt("nx_raise_key_none", vec![], MTy::None);
        } else {
            let text = self.strings.intern(&check.message);
            let kind = match check.kind {
                crate::infer::NoneError::Attribute => ExcKind::AttributeError,
                _ => ExcKind::TypeError,
            };
            self.op(Op::RaiseStr(kind), vec![text], MTy::None);
        }
        self.terminate(Terminator::Unreachable);
        self.cur = ok;
        v
    }

    /// `None.attr`: CPython's AttributeError.
    pub(super) fn none_attr_error(&mut self, attr: &str) {
        let msg = format!("'NoneType' object has no attribute '{attr}'");
        let text = self.strings.intern(&msg);
        self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
    }

    /// An `Optional[C]` about to have attribute `attr` used: AttributeError when it is None.
    /// Other values pass through.
    pub(super) fn non_none(&mut self, v: Operand, t: MTy, attr: &str) -> Operand {
        if !matches!(t, MTy::OptInstance(_)) {
            return v;
        }
        let none = self.op(Op::IsNull, vec![v.clone()], MTy::Bool);
        let (bad, ok) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(none, bad, ok);
        self.cur = bad;
        let msg = format!("'NoneType' object has no attribute '{attr}'");
        let text = self.strings.intern(&msg);
        self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
        self.terminate(Terminator::Unreachable);
        self.cur = ok;
        v
    }

    /// The slot number and static type of attribute `name` of class `c`, and the class's
    /// number of slots.
    pub(super) fn field(&mut self, c: ClassId, name: &str) -> Option<(u32, MTy, u32)> {
        let fields = &self.typed.fields[self.prog.root(c).0 as usize];
        let slot = fields.iter().position(|(n, _)| n == name)?;
        let (t, n) = (fields[slot].1, fields.len() as u32);
        Some((slot as u32, mty(&self.typed.types, t, self.strings), n))
    }

    /// The MIR type of the value a specialization returns.
    pub(super) fn ret_ty(&mut self, s: SpecId) -> MTy {
        mty(&self.typed.types, self.typed.spec(s).ret, self.strings)
    }

    /// The operands of a slice expression: the sequence, then each bound as an int (or the
    /// `None` constant when absent).
    pub(super) fn slice_operands(&mut self, e: &Expr) -> Vec<Operand> {
        let ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
            ..
        } = &e.kind
        else {
            unreachable!("a slice expression")
        };
        let o = self.expr(obj);
        let mut args = vec![o];
        for part in [lower, upper, step] {
            match part {
                Some(p) if self.ty(p) != MTy::None => args.push(self.int_expr(p)),
                Some(p) => {
                    self.expr(p);
                    args.push(Operand::None)
                }
                None => args.push(Operand::None),
            }
        }
        args
    }

    /// Whether `target = value` (a slice assignment) can take its items straight from
    /// `value`: a slice of a list of the same type, assigned to a list slice whose parts have
    /// no effects (names, constants, `+ - *` of them), so that they may be evaluated before
    /// the source is sliced ([`Op::ListSetSliceFrom`]).
    pub(super) fn slice_from_slice(&mut self, target: &Expr, value: &Expr) -> bool {
        let (
            ExprKind::Slice {
                obj,
                lower,
                upper,
                step,
                ..
            },
            ExprKind::Slice { obj: src, .. },
        ) = (&target.kind, &value.kind)
        else {
            return false;
        };
        let ty = self.ty(obj);
        matches!(ty, MTy::List(_))
            && self.ty(src) == ty
            && self.effect_free(obj)
            && [lower, upper, step]
                .into_iter()
                .all(|p| p.as_deref().is_none_or(|p| self.effect_free(p)))
    }

    /// An expression whose evaluation can neither raise nor have an effect.
    fn effect_free(&mut self, e: &Expr) -> bool {
        use crate::hir::{BinOp, UnaryOp};
        match &e.kind {
            ExprKind::Int(_) | ExprKind::None | ExprKind::Bool(_) => true,
            ExprKind::Load(Place::Local(_) | Place::Global(_)) => true,
            ExprKind::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul, a, b) => {
                self.ty(e) == MTy::Int && self.effect_free(a) && self.effect_free(b)
            }
            ExprKind::Unary(UnaryOp::Neg, a) => self.ty(e) == MTy::Int && self.effect_free(a),
            _ => false,
        }
    }

    /// `x[lower:upper:step]`: of a tuple whose items are known, with constant bounds, the items
    /// it selects; otherwise the runtime's slice of the sequence.
    pub(super) fn slice(&mut self, e: &Expr, ty: MTy) -> Operand {
        let ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
            reversed,
            ..
        } = &e.kind
        else {
            unreachable!("a slice expression")
        };
        // `reversed(d)` of a dict: its keys, last first.
        if let (true, MTy::Dict(_)) = (*reversed, self.ty(obj)) {
            let d = self.expr(obj);
            let keys = self.rt("nx_dict_keys", vec![d], ty);
            let whole = [Operand::None, Operand::None, Operand::Int(-1)];
            return self.op(Op::ListSlice, [vec![keys], whole.to_vec()].concat(), ty);
        }
        // A named tuple's fields (inference saw to constant bounds).
        if let (MTy::Instance(c), MTy::Tuple(to)) = (self.ty(obj), ty) {
            let root = self.prog.root(c);
            let names: Vec<String> = self.typed.fields[root.0 as usize]
                .iter()
                .map(|(n, _)| n.clone())
                .collect();
            let o = self.expr(obj);
            let mut vals = vec![];
            for i in constant_slice(names.len(), [lower, upper, step]) {
                let name = &names[i];
                let Some((slot, ft, n)) = self.field(c, name) else {
                    unreachable!("a named tuple's field")
                };
                let key = self.strings.intern(name);
                vals.push(self.op(Op::GetAttr(slot, ft, n), vec![o.clone(), key], ft));
            }
            return self.op(Op::TupleNew(to), vals, ty);
        }
        if let (MTy::Tuple(from), MTy::Tuple(to)) = (self.ty(obj), ty) {
            let items = self.strings.tuple_items(MTy::Tuple(from));
            let o = self.expr(obj);
            let mut vals = vec![];
            for i in constant_slice(items.len(), [lower, upper, step]) {
                vals.push(self.op(Op::TupleGet(from, i as u32), vec![o.clone()], items[i]));
            }
            return self.op(Op::TupleNew(to), vals, ty);
        }
        let args = self.slice_operands(e);
        let op = match self.ty(obj) {
            MTy::Dyn => Op::DynSlice,
            MTy::Tuple(_) | MTy::TupleOf(_) => Op::TupleSlice,
            _ if ty == MTy::Bytes => Op::BytesSlice,
            _ if ty == MTy::Str => Op::StrSlice,
            _ => Op::ListSlice,
        };
        self.op(op, args, ty)
    }

    /// An expression of type `Never` never completes: evaluate its operands (one of which does
    /// not return), then mark the rest of the block unreachable.
    pub(super) fn never(&mut self, e: &Expr) -> Operand {
        // An operation that always raises TypeError (`"a" + 1`): its operands, then the raise.
        if let Some((kind, msg)) = self.typed.spec(self.spec).type_errors.get(&e.id).cloned() {
            match &e.kind {
                ExprKind::Binary(_, l, r) => {
                    self.left_operand(l, r);
                }
                // Of a chain, only the first comparison can be certain to raise.
                ExprKind::Compare(l, rest) => {
                    self.expr(l);
                    self.expr(&rest[0].1);
                }
                // A method the receiver has not: the lookup fails before the arguments.
                ExprKind::Method { recv, .. } if kind == ExcKind::AttributeError => {
                    self.expr(recv);
                }
                kind => {
                    for child in kind.children() {
                        self.expr(child);
                    }
                }
            }
            let text = self.strings.intern(&msg);
            self.op(Op::RaiseStr(kind), vec![text], MTy::None);
            self.terminate(Terminator::Unreachable);
            return Operand::None;
        }
        // `t[k]` with a constant `k` past the end of a tuple of known length.
        let past_end = match &e.kind {
            ExprKind::Index(obj, index) => match (self.ty(obj), &index.kind) {
                (t @ MTy::Tuple(_), ExprKind::Int(k)) => {
                    let n = self.strings.tuple_items(t).len() as i64;
                    !(-n..n).contains(k)
                }
                _ => false,
            },
            _ => false,
        };
        // An operator or call on an instance whose dunder never returns: call it (the call's
        // error check leaves).
        if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id)
            || self
                .typed
                .spec(self.spec)
                .reflected_calls
                .contains_key(&e.id)
            || matches!(e.kind, ExprKind::CallValue(..))
        {
            self.expr_of_type(e, MTy::None);
            self.terminate(Terminator::Unreachable);
            return Operand::None;
        }
        match &e.kind {
            // The tuple index past the end (`args[0]` of a function's `*args` in a call that
            // passes none, behind `if not args:`): IndexError if the line runs.
            ExprKind::Index(obj, _) if past_end => {
                self.expr(obj);
                let text = self.strings.intern("tuple index out of range");
                self.op(Op::RaiseStr(ExcKind::IndexError), vec![text], MTy::None);
            }
            // `{}[k]`, `[][i]`: a container that never holds a value: the lookup raises.
            ExprKind::Index(obj, _) if matches!(self.ty(obj), MTy::Dict(_) | MTy::List(_)) => {
                self.expr_of_type(e, MTy::None);
            }
            // `sys.exit(…)`: raise SystemExit (its error check leaves).
            ExprKind::Builtin(Builtin::SysExit, args) => {
                self.builtin(Builtin::SysExit, args, MTy::None, e.id);
            }
            // `next(g)` of a generator that never yields: resume it (it finishes at once)
            // and raise StopIteration (or give the default, whose type would not be Never).
            ExprKind::Builtin(Builtin::Next, args) => {
                self.next_builtin(args, MTy::None, e.id);
            }
            ExprKind::Call(_, args) => {
                let vals: Vec<Operand> = self.exprs(args);
                if let Some(callee) = self.typed.spec(self.spec).calls.get(&e.id).copied() {
                    let t = self.temp(MTy::None);
                    self.assign(t, Rvalue::Call(callee, vals));
                }
            }
            ExprKind::SuperMethod { .. } => {
                self.instance_method_call(e, MTy::None);
            }
            ExprKind::Method { recv, .. }
                if matches!(self.ty(recv), MTy::Instance(_) | MTy::OptInstance(_))
                    || (matches!(self.ty(recv), MTy::Dyn | MTy::Exc)
                        && self.typed.spec(self.spec).virtual_calls.contains_key(&e.id)) =>
            {
                // A method that never returns normally: call it (the lowering of a method
                // call does), and the call's error check leaves.
                self.instance_method_call(e, MTy::None);
            }
            // `pop` of a list, set or dict that nothing is ever stored into: it is empty.
            ExprKind::Method {
                recv, name, args, ..
            } if matches!(name.as_str(), "pop" | "popitem")
                && matches!(self.ty(recv), MTy::List(_) | MTy::Set(_) | MTy::Dict(_)) =>
            {
                let rt = self.ty(recv);
                let r = self.expr(recv);
                let vals: Vec<(Operand, MTy)> =
                    args.iter().map(|a| (self.expr(a), self.ty(a))).collect();
                match rt {
                    MTy::Dict(_) if name == "popitem" => {
                        let (k, v) = self.strings.dict_kv(rt);
                        let pair = self.strings.tuple_ty(vec![k, v]);
                        self.rt("nx_dict_popitem", vec![r], pair);
                    }
                    MTy::Dict(_) => {
                        // KeyError with the key's repr (the runtime raises it).
                        let k = self.strings.dict_kv(rt).0;
                        let key = self.coerce(vals[0].0.clone(), vals[0].1, k);
                        // (Of a dict nothing is stored into: the KeyError, no value.)
                        self.slots(
                            "nx_dict_pop",
                            vec![r, key],
                            &[None, Some(k)],
                            Some(MTy::None),
                            MTy::None,
                        );
                    }
                    MTy::Set(_) => {
                        let text = self.strings.intern("pop from an empty set");
                        self.op(Op::RaiseStr(ExcKind::KeyError), vec![text], MTy::None);
                    }
                    _ => {
                        let text = self.strings.intern("pop from empty list");
                        self.op(Op::RaiseStr(ExcKind::IndexError), vec![text], MTy::None);
                    }
                }
            }
            // A property whose getter never returns: call it (its error check leaves).
            ExprKind::GetAttr(obj, _)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                let o = self.expr(obj);
                let getter = self.typed.spec(self.spec).dunder_calls[&e.id];
                let t = self.temp(MTy::None);
                self.assign(t, Rvalue::Call(getter, vec![o]));
            }
            // An attribute (or a method) of None: AttributeError.
            ExprKind::GetAttr(obj, name)
            | ExprKind::Method {
                recv: obj, name, ..
            } if self.ty(obj) == MTy::None
                && self.typed.spec(self.spec).exprs[obj.id.0 as usize] == TypeTable::NONE =>
            {
                self.expr(obj);
                self.none_attr_error(name);
            }
            // An attribute no code ever assigns: AttributeError when read.
            ExprKind::GetAttr(obj, name) => {
                let (v, t) = (self.expr(obj), self.ty(obj));
                // (An `Optional[C]` that is None: the NoneType's AttributeError first.)
                self.non_none(v, t, name);
                if let MTy::Instance(c) | MTy::OptInstance(c) = t {
                    let class = hir::py_name(&self.prog.classes[c.0 as usize].name);
                    let msg = format!("'{class}' object has no attribute '{name}'");
                    let text = self.strings.intern(&msg);
                    self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
                }
            }
            ExprKind::Block(stmts, value) => {
                for s in stmts {
                    self.stmt(s);
                }
                self.expr(value);
            }
            // Both branches never complete: the condition, then the branch it picks (only the
            // live one, typed, when static types decide it: `f(*t)` by the length of `t`).
            ExprKind::IfExp(c, a, b) => {
                match self.typed.spec(self.spec).static_conds.get(&c.id).copied() {
                    Some(live) => {
                        self.cond(c);
                        self.expr(if live { a } else { b });
                    }
                    None => {
                        let cond = self.cond(c);
                        let (tb, fb) = (self.body.new_block(), self.body.new_block());
                        self.body.block(self.cur).term = Terminator::Branch(cond, tb, fb);
                        self.cur = tb;
                        self.expr(a);
                        self.terminate(Terminator::Unreachable);
                        self.cur = fb;
                        self.expr(b);
                    }
                }
            }
            // Anything else: its operands in order; the first that never completes leaves.
            kind => {
                for child in kind.children() {
                    self.expr(child);
                }
            }
        }
        self.terminate(Terminator::Unreachable);
        Operand::None
    }
}

/// The positions a slice with constant bounds (`parts`: its lower, upper and step, inference
/// saw them constant, the step not zero) selects of a sequence of `len` items.
fn constant_slice(len: usize, parts: [&Option<Box<Expr>>; 3]) -> Vec<usize> {
    let [lower, upper, step] = parts.map(|p| match p.as_deref() {
        None => None,
        Some(e) => crate::infer::static_bound(e).expect("constant bounds"),
    });
    let (start, step, count) =
        natrix_abi::slice_indices(len, lower, upper, step).expect("a non-zero step");
    (0..count)
        .map(|k| (start + k as i64 * step) as usize)
        .collect()
}
