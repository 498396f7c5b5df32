//! MIR lowering of calls of builtin functions (`len`, `str`, `int`, `min`, `sorted`, …).

use super::*;

impl Builder<'_> {
    /// `dict(pairs)` of a list of 2-tuples, or of lists (each checked to hold two items: a key
    /// and its value); of a list with no element ever (`dict([])`), an empty dict.
    fn dict_from_pairs(&mut self, pairs: Operand, lt: MTy, ty: MTy) -> Operand {
        let MTy::Dict(dt) = ty else {
            return Operand::None;
        };
        let pair = self.strings.list_elem(lt);
        let d = self.op(Op::DictNew(dt), vec![], ty);
        if !matches!(pair, MTy::Tuple(_) | MTy::List(_)) {
            return d;
        }
        let xs = self.temp(lt);
        self.assign(xs, Rvalue::Use(pairs));
        let index = self.temp(MTy::Int);
        self.assign(index, Rvalue::Use(Operand::Int(0)));
        let (head, end, p) = self.list_loop(xs, pair, 0);
        self.insert_pair(d.clone(), ty, p, pair, index);
        self.goto(head);
        self.cur = end;
        d
    }

    /// `d.update(pairs)` of an iterable of 2-tuples or of two-item lists: each pair stored as
    /// it comes (a generator's next pair may read the dict: CPython's is lazy too).
    pub(super) fn dict_update_pairs(&mut self, d: Operand, ty: MTy, pairs: &Expr) {
        let dl = self.temp(ty);
        self.assign(dl, Rvalue::Use(d));
        let index = self.temp(MTy::Int);
        self.assign(index, Rvalue::Use(Operand::Int(0)));
        self.each_item(pairs, |b, p| {
            let pair = b.operand_ty(&p);
            if matches!(pair, MTy::Tuple(_) | MTy::List(_)) {
                b.insert_pair(Operand::Local(dl), ty, p, pair, index);
            }
        });
    }

    /// Stores pair `p` (a 2-tuple, or a list checked to hold two items) in dict `d` of type
    /// `ty`, as the `index`th pair of its sequence (counted here, for the error's message).
    fn insert_pair(&mut self, d: Operand, ty: MTy, p: Operand, pair: MTy, index: Local) {
        let (k, v) = self.strings.dict_kv(ty);
        let (key, kt, val, vt) = match pair {
            MTy::Tuple(tt) => {
                let items = self.strings.tuple_items(pair);
                let key = self.op(Op::TupleGet(tt, 0), vec![p.clone()], items[0]);
                let val = self.op(Op::TupleGet(tt, 1), vec![p], items[1]);
                (key, items[0], val, items[1])
            }
            _ => {
                let x = self.strings.list_elem(pair);
                self.rt(
                    "nx_dict_pair_check",
                    vec![p.clone(), Operand::Local(index)],
                    MTy::None,
                );
                let item = |b: &mut Self, i: i64| {
                    b.op(
                        Op::ListGet(x, Index::Natural),
                        vec![p.clone(), Operand::Int(i)],
                        x,
                    )
                };
                (item(self, 0), x, item(self, 1), x)
            }
        };
        let key = self.coerce(key, kt, k);
        let val = self.coerce(val, vt, v);
        self.slots(
            "nx_dict_set",
            vec![d, key, val],
            &[None, Some(k), Some(v)],
            None,
            MTy::None,
        );
        self.assign(
            index,
            Rvalue::Op(Op::IntAdd, vec![Operand::Local(index), Operand::Int(1)]),
        );
    }

    /// The spec of `format(x, spec)` (`args`, lowered to `vals`) as a str: one of run-time
    /// type is checked to be one when it runs (CPython's TypeError otherwise).
    pub(super) fn str_format_spec(&mut self, args: &[Expr], vals: &mut [Operand]) {
        if let ([_, spec], [_, v]) = (args, vals) {
            if self.ty(spec) == MTy::Dyn {
                *v = self.rt("nx_dyn_format_spec", vec![v.clone()], MTy::Str);
            }
        }
    }

    /// An argument of a builtin that takes an iterable: a generator or an iterable instance
    /// drained into a list (`Spec::gen_lists`), any other value itself.
    pub(super) fn iterable_arg(&mut self, a: &Expr) -> (Operand, MTy) {
        let at = self.typed.spec(self.spec).exprs[a.id.0 as usize];
        // (Only of an instance: a value that was one while inference ran, and is of run-time
        // type in the end, goes the dynamic way.)
        let proto = self
            .typed
            .spec(self.spec)
            .iter_protocol
            .get(&a.id)
            .copied()
            .filter(|_| matches!(self.ty(a), MTy::Instance(_) | MTy::OptInstance(_)));
        // (A generator known only at run time, joined from two kinds, goes the dynamic way.)
        let drained = proto.is_some() || self.resume_of(at).is_some();
        if let Some(targets) = self.dyn_iters(a) {
            // A dynamic value: drained through the `__iter__` of its class, or the runtime's.
            let lt = self.strings.list_ty(MTy::Dyn);
            let obj = self.expr(a);
            let list = self.temp(lt);
            let end = self.body.new_block();
            self.by_iter_class(&obj, targets, |b, c| {
                b.assign(list, Rvalue::Op(Op::ListNew(MTy::Dyn), vec![]));
                b.drain_cursor(&c, list);
                b.goto(end);
            });
            let items = self.rt("nx_dyn_iter_list", vec![obj], lt);
            self.assign(list, Rvalue::Use(items));
            self.goto(end);
            self.cur = end;
            return (Operand::Local(list), lt);
        }
        match self.typed.spec(self.spec).gen_lists.get(&a.id).copied() {
            Some(lt) if drained => {
                let lt = mty(&self.typed.types, lt, self.strings);
                let list = match proto {
                    Some((it, next)) => self.drain_protocol(a, it, next, lt),
                    None => self.drain_generator(a, lt),
                };
                (list, lt)
            }
            _ => (self.expr(a), self.ty(a)),
        }
    }

    pub(super) fn builtin(
        &mut self,
        b: Builtin,
        args: &[Expr],
        ty: MTy,
        id: hir::ExprId,
    ) -> Operand {
        // `any(g)`/`all(g)` of a generator: lazily, stopping at the deciding value.
        if let (Builtin::Any | Builtin::All, [a]) = (b, args) {
            let at = self.typed.spec(self.spec).exprs[a.id.0 as usize];
            let protocol = self.typed.spec(self.spec).iter_protocol.contains_key(&a.id);
            if !protocol && self.resume_of(at).is_some() {
                return self.any_all_generator(a, b == Builtin::Any);
            }
        }
        if let (Builtin::Copy | Builtin::DeepCopy, [a]) = (b, args) {
            let t = self.ty(a);
            let v = self.expr(a);
            if crate::mir::elem_kind(t) != natrix_abi::ElemKind::Obj {
                // A number, bool or None is itself.
                let r = self.temp(ty);
                self.assign(r, Rvalue::Use(v));
                return Operand::Local(r);
            }
            let f = if b == Builtin::Copy {
                "nx_copy"
            } else {
                "nx_deepcopy"
            };
            return self.rt(f, vec![v], ty);
        }
        if let (Builtin::BaseText, [a, which]) = (b, args) {
            let (v, w) = (self.expr(a), self.expr(which));
            return self.rt("nx_instance_base_text", vec![v, w], MTy::Str);
        }
        if let (Builtin::StrSeed, [a]) = (b, args) {
            let at = self.ty(a);
            let v = self.expr(a);
            let v = self.coerce(v, at, MTy::Str);
            return self.rt("nx_random_str_seed", vec![v], MTy::Int);
        }
        if let (Builtin::ClockNs, [a]) = (b, args) {
            let v = self.expr(a);
            return self.rt("nx_clock_ns", vec![v], MTy::Int);
        }
        if let (Builtin::UtcOffset, [a]) = (b, args) {
            let at = self.ty(a);
            let v = self.expr(a);
            let v = self.coerce(v, at, MTy::Int);
            return self.rt("nx_utc_offset", vec![v], MTy::Int);
        }
        if let (Builtin::FormatException, [e, only]) = (b, args) {
            let (e, only) = (self.expr(e), self.expr(only));
            return self.rt("nx_exc_format", vec![e, only], MTy::Str);
        }
        if let (Builtin::TextTable, [op, text]) = (b, args) {
            let (op, text) = (self.expr(op), self.expr(text));
            return self.rt("nx_text_table", vec![op, text], MTy::Str);
        }
        if let (Builtin::Sleep, [a]) = (b, args) {
            let at = self.ty(a);
            let v = self.expr(a);
            let v = self.coerce(v, at, MTy::Float);
            self.rt("nx_sleep", vec![v], MTy::None);
            return Operand::None;
        }
        let file_op = match b {
            Builtin::FileOpen => Some(("nx_file_open", MTy::Int)),
            Builtin::FileRead => Some(("nx_file_read", MTy::Bytes)),
            Builtin::FileWrite => Some(("nx_file_write", MTy::None)),
            Builtin::FileFlush => Some(("nx_file_flush", MTy::None)),
            Builtin::FileClose => Some(("nx_file_close", MTy::None)),
            Builtin::OsStat => Some(("nx_os_stat", MTy::Int)),
            Builtin::OsChange => Some(("nx_os_change", MTy::None)),
            Builtin::OsGetcwd => Some(("nx_os_getcwd", MTy::Str)),
            Builtin::OsGetpid => Some(("nx_os_getpid", MTy::Int)),
            Builtin::OsListdir => Some(("nx_os_listdir", ty)),
            Builtin::OsEnviron => Some(("nx_os_environ", ty)),
            Builtin::IsATty => Some(("nx_isatty", MTy::Bool)),
            _ => None,
        };
        if let Some((f, ret)) = file_op {
            // (A path of run-time type must hold a str.)
            let vals = args
                .iter()
                .map(|a| {
                    let (v, t) = (self.expr(a), self.ty(a));
                    if t == MTy::Dyn {
                        self.coerce(v, t, MTy::Str)
                    } else {
                        v
                    }
                })
                .collect();
            let r = self.rt(f, vals, ret);
            return if ret == MTy::None { Operand::None } else { r };
        }
        if b == Builtin::FrozenSet {
            let s = self.expr(&args[0]);
            return self.rt("nx_set_freeze", vec![s], ty);
        }
        if b == Builtin::RangeValue {
            let mut vals = vec![];
            for a in args {
                let at = self.ty(a);
                let v = self.expr(a);
                vals.push(self.coerce(v, at, MTy::Int));
            }
            return self.rt("nx_range_new", vals, ty);
        }
        if matches!(
            b,
            Builtin::PercentInt | Builtin::PercentReal | Builtin::PercentChar
        ) {
            return self.percent_arg(b, args, ty);
        }
        if let Builtin::NewExc(kind) = b {
            return self.new_exc_value(kind, args);
        }
        if let Builtin::NewExcFrom(kind) = b {
            let tuple = self.expr(&args[0]);
            let k = Operand::Int(kind as i64);
            return self.rt("nx_exc_new_args", vec![k, tuple], MTy::Exc);
        }
        if b == Builtin::HasAttr {
            let ot = self.ty(&args[0]);
            let o = self.expr(&args[0]);
            // (An instance that may be None: None has none of the instance's names.)
            if let (MTy::OptInstance(c), ExprKind::Str(name)) = (ot, &args[1].kind) {
                let o2 = o.clone();
                return self.if_none(
                    o,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |b| b.instance_has(o2, c, name),
                );
            }
            if let (MTy::Dyn, ExprKind::Str(name)) = (ot, &args[1].kind) {
                return self.dyn_hasattr(o, name);
            }
            let t = self.typed.spec(self.spec).exprs[args[0].id.0 as usize];
            if let (MTy::Func, true) = (ot, self.function_values(t)) {
                // A function object's: those of every function, and those set on it.
                let n = self.expr(&args[1]);
                let o = self.to_dyn(o, ot);
                return self.rt("nx_dyn_hasattr", vec![o, n], MTy::Bool);
            }
            let (MTy::Instance(c), ExprKind::Str(name)) = (ot, &args[1].kind) else {
                // Of a value of a builtin type: whether the type has it.
                let t = self.typed.spec(self.spec).exprs[args[0].id.0 as usize];
                let has = match &args[1].kind {
                    ExprKind::Str(n) => crate::builtin_attrs::has_attr_of(&self.typed.types, t, n),
                    _ => None,
                };
                return Operand::Bool(has.unwrap_or(false));
            };
            return self.instance_has(o, c, name);
        }
        if b == Builtin::Callable {
            let ot = self.ty(&args[0]);
            let o = self.expr(&args[0]);
            return self.callable(o, ot);
        }
        if b == Builtin::YieldFromResult {
            let (s, st) = (self.expr(&args[0]), self.ty(&args[0]));
            return match st {
                MTy::Gen => self.rt("nx_gen_result", vec![s], MTy::Dyn),
                MTy::Dyn => self.rt("nx_dyn_gen_result", vec![s], MTy::Dyn),
                _ => Operand::None,
            };
        }
        if b == Builtin::CopyFuncName {
            // (Both function objects; anything else keeps its name.)
            let (tw, tf) = (self.ty(&args[0]), self.ty(&args[1]));
            let (w, f) = (self.expr(&args[0]), self.expr(&args[1]));
            if (tw, tf) == (MTy::Func, MTy::Func) {
                self.rt("nx_func_copy_name", vec![w, f], MTy::None);
            }
            return Operand::None;
        }
        if matches!(b, Builtin::ReprEnter | Builtin::ReprLeave) {
            let x = self.expr(&args[0]);
            return if b == Builtin::ReprEnter {
                self.rt("nx_repr_enter", vec![x], MTy::Bool)
            } else {
                self.rt("nx_repr_leave", vec![x], MTy::None)
            };
        }
        if b == Builtin::ClassOf {
            let xt = self.ty(&args[0]);
            let x = self.expr(&args[0]);
            let x = self.to_dyn(x, xt);
            return self.rt("nx_class_of", vec![x], MTy::Dyn);
        }
        if matches!(b, Builtin::IsInstanceOf | Builtin::IsSubclassOf) {
            let (xt, ct) = (self.ty(&args[0]), self.ty(&args[1]));
            let x = self.expr(&args[0]);
            let x = self.to_dyn(x, xt);
            let cls = self.expr(&args[1]);
            let cls = self.to_dyn(cls, ct);
            let name = match b {
                Builtin::IsInstanceOf => "nx_isinstance_class",
                _ => "nx_issubclass_value",
            };
            return self.rt(name, vec![x, cls], MTy::Bool);
        }
        if b == Builtin::TypeQualName {
            // A builtin type is its plain name; a class the runtime qualifies.
            let vt = self.ty(&args[0]);
            let x = self.expr(&args[0]);
            return match vt {
                MTy::Int | MTy::Float | MTy::Bool | MTy::Str | MTy::None | MTy::Bytes => {
                    let name = match vt {
                        MTy::Int => "int",
                        MTy::Float => "float",
                        MTy::Bool => "bool",
                        MTy::Str => "str",
                        MTy::Bytes => "bytes",
                        _ => "NoneType",
                    };
                    self.strings.intern(name)
                }
                MTy::Tuple(_) | MTy::TupleOf(_) => self.strings.intern("tuple"),
                MTy::Func => self.rt("nx_type_name", vec![x], MTy::Str),
                MTy::Gen => self.strings.intern("generator"),
                MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                    let inner = self.strings.opt_inner(vt).name();
                    self.if_none(
                        x,
                        MTy::Str,
                        |b| b.strings.intern("NoneType"),
                        |b| b.strings.intern(inner),
                    )
                }
                _ => {
                    let x = self.coerce(x, vt, MTy::Dyn);
                    self.rt("nx_type_qualname", vec![x], MTy::Str)
                }
            };
        }
        if b == Builtin::Ascii {
            let r = self.expr(&args[0]);
            return self.rt("nx_str_ascii", vec![r], MTy::Str);
        }
        match b {
            Builtin::SysExit => {
                // SystemExit with the code (an int, a message str, or None).
                match args.first() {
                    Some(a) if self.ty(a) == MTy::Str => {
                        let v = self.expr(a);
                        self.rt("nx_sys_exit_str", vec![v], MTy::None);
                    }
                    Some(a) if matches!(self.ty(a), MTy::Int | MTy::Bool) => {
                        let at = self.ty(a);
                        let v = self.expr(a);
                        let v = self.coerce(v, at, MTy::Int);
                        self.rt("nx_sys_exit", vec![v], MTy::None);
                    }
                    Some(a) if self.ty(a) == MTy::Dyn => {
                        let v = self.expr(a);
                        self.rt("nx_sys_exit_dyn", vec![v], MTy::None);
                    }
                    Some(a) => {
                        self.expr(a);
                        self.rt("nx_sys_exit_none", vec![], MTy::None);
                    }
                    None => {
                        self.rt("nx_sys_exit_none", vec![], MTy::None);
                    }
                }
                return Operand::None;
            }
            Builtin::SysArgv => return self.rt("nx_sys_argv", vec![], ty),
            Builtin::HandledException => return self.rt("nx_exc_handled", vec![], ty),
            Builtin::SysPlatform => return self.rt("nx_sys_platform", vec![], ty),
            Builtin::Input => {
                let prompt = match args.first() {
                    Some(a) => self.expr(a),
                    None => self.strings.intern(""),
                };
                return self.rt("nx_input", vec![prompt], MTy::Str);
            }
            Builtin::StdinRead => return self.rt("nx_stdin_read", vec![], MTy::Str),
            Builtin::StdinReadline => return self.rt("nx_stdin_readline", vec![], MTy::Str),
            Builtin::StdinReadlines => return self.rt("nx_stdin_readlines", vec![], ty),
            Builtin::SetRecursionLimit => {
                let at = self.ty(&args[0]);
                let v = self.expr(&args[0]);
                let v = self.coerce(v, at, MTy::Int);
                return self.rt("nx_set_recursion_limit", vec![v], MTy::None);
            }
            Builtin::GetRecursionLimit => {
                return self.rt("nx_get_recursion_limit", vec![], MTy::Int)
            }
            // `len(range(a, b, c))`: arithmetic, no range made (`max(0, -((a - b) // c))`).
            Builtin::Len
                if matches!(&args[0].kind,
                    ExprKind::Builtin(Builtin::RangeValue, bounds) if bounds.len() == 3) =>
            {
                let ExprKind::Builtin(_, bounds) = &args[0].kind else {
                    unreachable!("a range")
                };
                let mut v = vec![];
                for b in bounds {
                    let bt = self.ty(b);
                    let o = self.expr(b);
                    v.push(self.coerce(o, bt, MTy::Int));
                }
                self.range_step_check(v[2].clone());
                let d = self.op(Op::IntSub, vec![v[0].clone(), v[1].clone()], MTy::Int);
                let q = self.op(Op::IntFloorDiv, vec![d, v[2].clone()], MTy::Int);
                let n = self.op(Op::IntNeg, vec![q], MTy::Int);
                let neg = self.op(
                    Op::IntCmp(CmpOp::Lt),
                    vec![n.clone(), Operand::Int(0)],
                    MTy::Bool,
                );
                let out = self.temp(MTy::Int);
                self.assign(out, Rvalue::Use(n));
                let (clamp, end) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(neg, clamp, end);
                self.cur = clamp;
                self.assign(out, Rvalue::Use(Operand::Int(0)));
                self.goto(end);
                self.cur = end;
                return Operand::Local(out);
            }
            // (Any value: boxed, a number's id comes from its value.)
            Builtin::Id => {
                let t = self.ty(&args[0]);
                let v = self.expr(&args[0]);
                let v = self.coerce(v, t, MTy::Dyn);
                return self.rt("nx_id", vec![v], MTy::Int);
            }
            _ => {}
        }
        // Generators are drained into lists first.
        let mut tys = vec![];
        let mut vals = vec![];
        for a in args {
            let (v, t) = self.iterable_arg(a);
            vals.push(v);
            tys.push(t);
        }
        if b == Builtin::UnpackSource {
            return vals.swap_remove(0);
        }
        match (b, vals.as_slice()) {
            (Builtin::Hypot, [coords]) => {
                return self.rt("nx_math_hypot_list", vec![coords.clone()], MTy::Float);
            }
            (Builtin::Dist, [p, q]) => {
                return self.rt("nx_math_dist", vec![p.clone(), q.clone()], MTy::Float);
            }
            _ => {}
        }
        // `str.maketrans(mapping)`.
        if let (Builtin::MakeTrans, [m]) = (b, vals.as_slice()) {
            let (k, v) = self.strings.dict_kv(ty);
            let kinds = [k, v].map(|t| Operand::Int(crate::mir::elem_kind(t) as i64));
            let mut ops = vec![m.clone()];
            ops.extend(kinds);
            return self.rt("nx_str_maketrans_dict", ops, ty);
        }
        if let (Builtin::Format, [_, MTy::Dyn]) = (b, tys.as_slice()) {
            self.str_format_spec(args, &mut vals);
            tys[1] = MTy::Str;
        }
        // Of an instance whose class has no `__format__`: `object.__format__` (its str() for
        // an empty spec, else TypeError), as of a dynamic value.
        if let (Builtin::Format, [MTy::Instance(_), _]) = (b, tys.as_slice()) {
            let v = self.coerce(vals[0].clone(), tys[0], MTy::Dyn);
            return self.op(Op::Format(MTy::Dyn), vec![v, vals[1].clone()], MTy::Str);
        }
        // A container held in a dynamic value: a list of its items first.
        if let (Some(MTy::Dyn), 1) = (tys.first(), vals.len()) {
            if b == Builtin::Dict {
                return self.rt("nx_dyn_dict", vec![vals[0].clone()], ty);
            }
            if b == Builtin::Bytes {
                return self.rt("nx_dyn_bytes", vec![vals[0].clone()], ty);
            }
            if b == Builtin::Tuple {
                let lt = self.strings.list_ty(MTy::Dyn);
                let items = self.rt("nx_dyn_iter_list", vec![vals[0].clone()], lt);
                return self.rt("nx_tuple_from_list", vec![items], MTy::Dyn);
            }
            if matches!(
                b,
                Builtin::List
                    | Builtin::Sorted
                    | Builtin::Sum
                    | Builtin::Min
                    | Builtin::Max
                    | Builtin::Set
            ) {
                let lt = self.strings.list_ty(MTy::Dyn);
                vals[0] = self.rt("nx_dyn_iter_list", vec![vals[0].clone()], lt);
                tys[0] = lt;
            }
        }
        // `int.from_bytes(xs, …)` of a list of ints: `bytes(xs)` first.
        if let (Builtin::IntFromBytes, Some(MTy::List(_))) = (b, tys.first()) {
            vals[0] = self.rt("nx_bytes_from_list", vec![vals[0].clone()], MTy::Bytes);
            tys[0] = MTy::Bytes;
        }
        // A bytes object's ints into these builtins: a list of them first.
        if let (Some(MTy::Bytes), 1) = (tys.first(), vals.len()) {
            if b.over_items() {
                let lt = self.strings.list_ty(MTy::Int);
                vals[0] = self.rt("nx_bytes_to_list", vec![vals[0].clone()], lt);
                tys[0] = lt;
            }
        }
        // A tuple of static items into these builtins: a list of their common type first.
        if let (Some(&t0 @ MTy::Tuple(tt)), 1) = (tys.first(), vals.len()) {
            let elem = match b {
                Builtin::List | Builtin::Sorted => Some(self.strings.list_elem(ty)),
                Builtin::Sum | Builtin::Min | Builtin::Max => Some(ty),
                _ => None,
            };
            if let Some(elem) = elem {
                let lt = self.strings.list_ty(elem);
                let items = self.strings.tuple_items(t0);
                let l = self.op(Op::ListNew(elem), vec![], lt);
                for (k, it) in items.into_iter().enumerate() {
                    let x = self.op(Op::TupleGet(tt, k as u32), vec![vals[0].clone()], it);
                    let x = self.coerce(x, it, elem);
                    self.op(Op::ListAppend(elem), vec![l.clone(), x], MTy::None);
                }
                vals[0] = l;
                tys[0] = lt;
            }
        }
        if let Some(&t0 @ MTy::TupleOf(_)) = tys.first() {
            let v = vals[0].clone();
            match b {
                Builtin::Tuple => return v,
                Builtin::Len => return self.rt("nx_tuple_len", vec![v], MTy::Int),
                Builtin::Hash => return self.op(Op::TupleHash, vec![v], MTy::Int),
                Builtin::Bool => return self.truthy(v, t0),
                Builtin::Str | Builtin::Repr | Builtin::Format => {
                    return self.op(Op::ObjRepr, vec![v], MTy::Str)
                }
                // The rest as over a list of the items.
                _ => {
                    let (l, lt) = self.tuple_as_list(v, t0);
                    vals[0] = l;
                    tys[0] = lt;
                }
            }
        }
        let arg = |i: usize| vals[i].clone();
        let walked = matches!(b, Builtin::Any | Builtin::All);
        if let (Some(MTy::Dict(_) | MTy::Set(_)), false) = (tys.first(), walked) {
            let ct = tys[0];
            let is_dict = matches!(ct, MTy::Dict(_));
            let e = if is_dict {
                self.strings.dict_kv(ct).0
            } else {
                self.strings.list_elem(ct)
            };
            let as_list = |this: &mut Self| {
                let lt = this.strings.list_ty(e);
                let f = if is_dict {
                    "nx_dict_keys"
                } else {
                    "nx_set_to_list"
                };
                (this.rt(f, vec![arg(0)], lt), lt)
            };
            return match b {
                Builtin::Len => self.rt(
                    if is_dict { "nx_dict_len" } else { "nx_set_len" },
                    vec![arg(0)],
                    MTy::Int,
                ),
                Builtin::Bool => self.truthy(arg(0), ct),
                Builtin::List => {
                    let (l, lt) = as_list(self);
                    self.boxed_items(l, lt, ty)
                }
                Builtin::Sorted => {
                    let (l, lt) = as_list(self);
                    self.op(Op::ListSort, vec![l.clone()], MTy::None);
                    self.boxed_items(l, lt, ty)
                }
                Builtin::Min | Builtin::Max => {
                    let (l, lt) = as_list(self);
                    self.list_extreme(l, lt, b == Builtin::Min)
                }
                Builtin::Sum => {
                    let (l, _) = as_list(self);
                    if matches!(e, MTy::Float | MTy::OptFloat) {
                        self.op(Op::ListSumFloat, vec![l], MTy::Float)
                    } else {
                        self.op(Op::ListSumInt, vec![l], MTy::Int)
                    }
                }
                Builtin::Set if !is_dict && self.strings.list_elem(ty) == e => {
                    self.rt("nx_set_copy", vec![arg(0)], ty)
                }
                // (A copy whose elements are of another kind, `set(states)` that then takes
                // values of run-time type: each element converted.)
                Builtin::Set if !is_dict => {
                    let (items, _) = as_list(self);
                    self.set_of_items(Some((items, e)), ty)
                }
                // `set(d)`: its keys.
                Builtin::Set => {
                    let (keys, _) = as_list(self);
                    self.set_of_items(Some((keys, e)), ty)
                }
                Builtin::Tuple => {
                    let (l, _) = as_list(self);
                    self.rt("nx_tuple_from_list", vec![l], ty)
                }
                Builtin::Dict if is_dict => self.rt("nx_dict_copy", vec![arg(0)], ty),
                Builtin::Str | Builtin::Repr | Builtin::Format => {
                    self.op(Op::ObjRepr, vec![arg(0)], MTy::Str)
                }
                Builtin::Hash => self.rt("nx_dyn_hash", vec![arg(0)], MTy::Int),
                other => panic!(
                    "MIR: {}() of a dict or set passed inference but has no lowering",
                    other.name()
                ),
            };
        }
        // (`max(t1, t2)` of tuples compares them, below.)
        // (`any`/`all` of a tuple walk its items as those of any iterable, below.)
        let several = matches!(b, Builtin::Min | Builtin::Max) && tys.len() >= 2
            || matches!(b, Builtin::Any | Builtin::All);
        if let (Some(MTy::Tuple(_)), false) = (tys.first(), several) {
            let n = self.strings.tuple_items(tys[0]).len() as i64;
            return match b {
                Builtin::Len => Operand::Int(n),
                Builtin::Tuple => arg(0),
                Builtin::Set => {
                    // `set((a, b))`, `{*t}`: each item added.
                    let (MTy::Set(lt), MTy::Tuple(tt)) = (ty, tys[0]) else {
                        unreachable!("set() of a tuple is a set")
                    };
                    let e = self.strings.list_elem(ty);
                    let st = self.op(Op::SetNew(lt), vec![], ty);
                    let t = arg(0);
                    for (k, it) in self.strings.tuple_items(tys[0]).into_iter().enumerate() {
                        let x = self.op(Op::TupleGet(tt, k as u32), vec![t.clone()], it);
                        let x = self.coerce(x, it, e);
                        let args = vec![st.clone(), x];
                        self.slots("nx_set_add", args, &[None, Some(e)], None, MTy::None);
                    }
                    st
                }
                Builtin::Hash => self.op(Op::TupleHash, vec![arg(0)], MTy::Int),
                Builtin::Bool => Operand::Bool(n > 0),
                Builtin::Str | Builtin::Repr | Builtin::Format => {
                    self.op(Op::ObjRepr, vec![arg(0)], MTy::Str)
                }
                other => panic!(
                    "MIR: {}() of a tuple passed inference but has no lowering",
                    other.name()
                ),
            };
        }
        if tys.first() == Some(&MTy::Bytes) {
            match b {
                Builtin::Len => return self.rt("nx_bytes_len", vec![arg(0)], MTy::Int),
                Builtin::Hash => return self.rt("nx_bytes_hash", vec![arg(0)], MTy::Int),
                Builtin::Bytes => return arg(0),
                Builtin::List | Builtin::Sorted => {
                    let l = self.rt("nx_bytes_to_list", vec![arg(0)], ty);
                    if b == Builtin::Sorted {
                        self.op(Op::ListSort, vec![l.clone()], MTy::None);
                    }
                    return l;
                }
                _ => {}
            }
        }
        if b == Builtin::Bytes && !matches!(tys.first(), Some(MTy::List(_))) {
            return match tys.len() {
                0 => {
                    let empty = self.strings.intern("");
                    self.rt("nx_bytes_literal", vec![empty], ty)
                }
                1 => {
                    let n = self.coerce(arg(0), tys[0], MTy::Int);
                    self.rt("nx_bytes_zeros", vec![n], ty)
                }
                // `bytes(s, encoding[, errors])`.
                n => {
                    let errors = if n > 2 {
                        arg(2)
                    } else {
                        self.strings.intern("strict")
                    };
                    self.rt("nx_str_encode", vec![arg(0), arg(1), errors], ty)
                }
            };
        }
        if let (Some(MTy::List(_)), false) = (
            tys.first(),
            matches!(b, Builtin::Set | Builtin::Any | Builtin::All),
        ) {
            let lt = tys[0];
            let elem = self.strings.list_elem(lt);
            return match b {
                Builtin::Len => self.op(Op::ListLen, vec![arg(0)], MTy::Int),
                Builtin::Sum if matches!(elem, MTy::Float | MTy::OptFloat) => {
                    self.op(Op::ListSumFloat, vec![arg(0)], MTy::Float)
                }
                Builtin::Sum if matches!(elem, MTy::Dyn | MTy::Instance(_)) => {
                    self.dyn_sum(arg(0), lt, id)
                }
                Builtin::Sum => self.op(Op::ListSumInt, vec![arg(0)], MTy::Int),
                Builtin::Min => self.list_extreme(arg(0), lt, true),
                Builtin::Max => self.list_extreme(arg(0), lt, false),
                Builtin::Sorted => {
                    let c = self.op(Op::ListCopy, vec![arg(0)], lt);
                    self.op(Op::ListSort, vec![c.clone()], MTy::None);
                    self.boxed_items(c, lt, ty)
                }
                // Into a list of dynamic values (`[*range(3), *"ab"]`): the numbers boxed.
                Builtin::List
                    if self.strings.list_elem(ty) == MTy::Dyn
                        && crate::mir::elem_kind(elem) != natrix_abi::ElemKind::Obj =>
                {
                    self.rt("nx_dyn_iter_list", vec![arg(0)], ty)
                }
                Builtin::List => self.op(Op::ListCopy, vec![arg(0)], lt),
                Builtin::Bytes => self.rt("nx_bytes_from_list", vec![arg(0)], ty),
                Builtin::Tuple => self.rt("nx_tuple_from_list", vec![arg(0)], ty),
                // (Rows of run-time type: each checked to be a list, tuple or str.)
                Builtin::ZipStar if elem == MTy::Dyn => {
                    self.rt("nx_zip_star_dyn", vec![arg(0)], ty)
                }
                Builtin::ZipStar => self.rt("nx_zip_star", vec![arg(0)], ty),
                // Of pairs whose type is known only at run time: checked as CPython does.
                Builtin::Dict if elem == MTy::Dyn => {
                    let v = self.to_dyn(arg(0), lt);
                    self.rt("nx_dyn_dict", vec![v], ty)
                }
                Builtin::Dict => self.dict_from_pairs(arg(0), lt, ty),
                Builtin::Str | Builtin::Repr | Builtin::Format => {
                    self.op(Op::ObjRepr, vec![arg(0)], MTy::Str)
                }
                Builtin::Bool => self.truthy(arg(0), lt),
                other => panic!(
                    "MIR: {}() of a list passed inference but has no lowering",
                    other.name()
                ),
            };
        }
        match b {
            Builtin::Print
            | Builtin::Next
            | Builtin::Ascii
            | Builtin::SysExit
            | Builtin::SysArgv
            | Builtin::HandledException
            | Builtin::SysPlatform
            | Builtin::Input
            | Builtin::Id
            | Builtin::StdinRead
            | Builtin::StdinReadline
            | Builtin::StdinReadlines
            | Builtin::SetRecursionLimit
            | Builtin::GetRecursionLimit
            | Builtin::Bytes
            | Builtin::FrozenSet
            | Builtin::RangeValue
            | Builtin::PercentInt
            | Builtin::PercentReal
            | Builtin::PercentChar
            | Builtin::NewExc(_)
            | Builtin::NewExcFrom(_)
            | Builtin::TypeQualName
            | Builtin::ClassOf
            | Builtin::IsInstanceOf
            | Builtin::IsSubclassOf
            | Builtin::UnpackSource
            | Builtin::CopyFuncName
            | Builtin::ReprEnter
            | Builtin::ReprLeave
            | Builtin::YieldFromResult
            | Builtin::Callable
            | Builtin::HasAttr => Operand::None,
            Builtin::List if tys.first() == Some(&MTy::Str) => {
                self.rt("nx_str_chars", vec![arg(0)], ty)
            }
            // `zip(*rows)` takes a list (above).
            Builtin::ZipStar => Operand::None,
            // (Lowered first, above.)
            Builtin::Copy
            | Builtin::DeepCopy
            | Builtin::StrSeed
            | Builtin::ClockNs
            | Builtin::UtcOffset
            | Builtin::TextTable
            | Builtin::FormatException
            | Builtin::Sleep
            | Builtin::FileOpen
            | Builtin::FileRead
            | Builtin::FileWrite
            | Builtin::FileFlush
            | Builtin::FileClose
            | Builtin::OsStat
            | Builtin::OsChange
            | Builtin::OsGetcwd
            | Builtin::OsGetpid
            | Builtin::OsListdir
            | Builtin::OsEnviron
            | Builtin::IsATty
            | Builtin::BaseText
            | Builtin::Hypot
            | Builtin::Dist => Operand::None,
            Builtin::MakeTrans => {
                // (The table's kinds are its type's: ints, optional ints when characters are
                // deleted, or dynamic values when the program mixes in others.)
                let (k, v) = self.strings.dict_kv(ty);
                let deleted = match args.get(2) {
                    Some(_) => arg(2),
                    None => self.strings.intern(""),
                };
                let kinds = [k, v].map(|t| Operand::Int(crate::mir::elem_kind(t) as i64));
                let mut ops = vec![arg(0), arg(1), deleted];
                ops.extend(kinds);
                self.rt("nx_str_maketrans", ops, ty)
            }
            Builtin::Tuple if tys.first() == Some(&MTy::Str) => {
                let lt = self.strings.list_ty(MTy::Str);
                let chars = self.rt("nx_str_chars", vec![arg(0)], lt);
                self.rt("nx_tuple_from_list", vec![chars], ty)
            }
            Builtin::Tuple => match ty {
                MTy::Tuple(tt) => self.op(Op::TupleNew(tt), vec![], ty),
                _ => Operand::None,
            },
            // `sorted("listen")`: its characters, sorted.
            Builtin::Sorted if tys.first() == Some(&MTy::Str) => {
                let chars = self.rt("nx_str_chars", vec![arg(0)], ty);
                self.op(Op::ListSort, vec![chars.clone()], MTy::None);
                chars
            }
            Builtin::List => {
                let elem = self.strings.list_elem(ty);
                self.op(Op::ListNew(elem), vec![], ty)
            }
            Builtin::Dict => {
                let MTy::Dict(dt) = ty else {
                    return Operand::None;
                };
                self.op(Op::DictNew(dt), vec![], ty)
            }
            Builtin::Set => {
                // set(list) / set(str): each element.
                let items = tys.first().copied().map(|src| {
                    if src == MTy::Str {
                        let lt = self.strings.list_ty(MTy::Str);
                        (self.rt("nx_str_chars", vec![arg(0)], lt), MTy::Str)
                    } else {
                        // (The list's own items, converted to the set's.)
                        (arg(0), self.strings.list_elem(src))
                    }
                });
                self.set_of_items(items, ty)
            }
            Builtin::Sum | Builtin::Sorted => Operand::None,
            Builtin::Ord if tys[0] == MTy::Dyn => self.rt("nx_dyn_ord", vec![arg(0)], MTy::Int),
            Builtin::Ord if tys[0] == MTy::Bytes => self.rt("nx_bytes_ord", vec![arg(0)], MTy::Int),
            Builtin::Ord => self.rt("nx_str_ord", vec![arg(0)], MTy::Int),
            Builtin::Math(i) => {
                use crate::builtins::{Num, MATH_FNS};
                let f = &MATH_FNS[i as usize];
                // The logarithm of an int is taken of the exact int (it may be past the float
                // range); with a base, of the argument only.
                let which = ["nx_math_log", "nx_math_log10", "nx_math_log2"]
                    .iter()
                    .position(|r| *r == f.runtime);
                let log_base = f.runtime == "nx_math_log_base";
                if tys[0] == MTy::Int && (which.is_some() || log_base) {
                    let which = Operand::Int(which.unwrap_or(0) as i64);
                    let ln = self.rt("nx_math_log_int", vec![arg(0), which], MTy::Float);
                    if !log_base {
                        return ln;
                    }
                    let d = if tys[1] == MTy::Int {
                        self.rt("nx_math_log_int", vec![arg(1), Operand::Int(0)], MTy::Float)
                    } else {
                        let base = self.coerce(arg(1), tys[1], MTy::Float);
                        self.rt("nx_math_log", vec![base], MTy::Float)
                    };
                    return self.op(Op::FloatDiv, vec![ln, d], MTy::Float);
                }
                let mut ops = vec![];
                for (k, p) in f.params.iter().enumerate() {
                    let to = if *p == Num::Float {
                        MTy::Float
                    } else {
                        MTy::Int
                    };
                    ops.push(self.coerce(arg(k), tys[k], to));
                }
                if f.runtime == "nx_math_sqrt" {
                    return self.op(Op::FloatSqrt, ops, ty);
                }
                self.rt(f.runtime, ops, ty)
            }
            Builtin::FloatFromHex => self.rt("nx_float_fromhex", vec![arg(0)], MTy::Float),
            Builtin::IntFromBytes => {
                self.rt("nx_int_from_bytes", vec![arg(0), arg(1), arg(2)], MTy::Int)
            }
            Builtin::BytesFromHex => self.rt("nx_bytes_fromhex", vec![arg(0)], MTy::Bytes),
            Builtin::Chr => {
                let x = self.coerce(arg(0), tys[0], MTy::Int);
                self.rt("nx_chr", vec![x], MTy::Str)
            }
            Builtin::Abs if tys[0] == MTy::Dyn => self.dyn_unary(DynOp::Abs, arg(0)),
            Builtin::Abs if tys[0] == MTy::Float => self.op(Op::FloatAbs, vec![arg(0)], MTy::Float),
            Builtin::Abs => {
                let x = self.coerce(arg(0), tys[0], MTy::Int);
                self.op(Op::IntAbs, vec![x], MTy::Int)
            }
            Builtin::Min | Builtin::Max => {
                // Arguments of different types (an int and a float) are compared as dynamic
                // values, and the winner keeps its own type.
                let result = self.temp(ty);
                let first = self.coerce(arg(0), tys[0], ty);
                self.assign(result, Rvalue::Use(first));
                let op = if b == Builtin::Min {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                for (k, v) in vals.iter().enumerate().skip(1) {
                    let v = self.coerce(v.clone(), tys[k], ty);
                    // Instances compare through their class's `__lt__`, as the runtime sorts
                    // them (an instance pointer is a value of run-time type as it is).
                    let ct = if matches!(ty, MTy::Instance(_)) {
                        MTy::Dyn
                    } else {
                        ty
                    };
                    let c = self.compare_pair(op, (v.clone(), ct), (Operand::Local(result), ct));
                    let (take, next) = (self.body.new_block(), self.body.new_block());
                    self.body.block(self.cur).term = Terminator::Branch(c, take, next);
                    self.cur = take;
                    self.assign(result, Rvalue::Use(v));
                    self.goto(next);
                }
                Operand::Local(result)
            }
            // `round(x, None)`: `round(x)`.
            Builtin::Round if vals.len() == 2 && tys[1] == MTy::None => match tys[0] {
                MTy::Dyn => {
                    let args = vec![arg(0), Operand::Int(0), Operand::Bool(false)];
                    self.rt("nx_dyn_round", args, ty)
                }
                MTy::Float => self.op(Op::FloatRound, vec![arg(0)], MTy::Int),
                t => self.coerce(arg(0), t, MTy::Int),
            },
            Builtin::Round if tys[0] == MTy::Dyn => {
                let (n, has) = match vals.len() {
                    1 => (Operand::Int(0), false),
                    _ => (self.coerce(arg(1), tys[1], MTy::Int), true),
                };
                self.rt("nx_dyn_round", vec![arg(0), n, Operand::Bool(has)], ty)
            }
            Builtin::Round => match (tys[0], vals.len()) {
                (MTy::Float, 1) => self.op(Op::FloatRound, vec![arg(0)], MTy::Int),
                (MTy::Float, _) => {
                    let n = self.coerce(arg(1), tys[1], MTy::Int);
                    self.op(Op::FloatRoundN, vec![arg(0), n], MTy::Float)
                }
                (t, 1) => self.coerce(arg(0), t, MTy::Int),
                (t, _) => {
                    let x = self.coerce(arg(0), t, MTy::Int);
                    let n = self.coerce(arg(1), tys[1], MTy::Int);
                    self.op(Op::IntRound, vec![x, n], MTy::Int)
                }
            },
            Builtin::Int if vals.is_empty() => Operand::Int(0),
            Builtin::Int if vals.len() == 2 => {
                let s = if tys[0] == MTy::Dyn {
                    // Of a value of run-time type: only a str takes a base.
                    let (ok, bad) = (self.body.new_block(), self.body.new_block());
                    let str_name = self.strings.intern("str");
                    let is = self.rt("nx_dyn_isinstance", vec![arg(0), str_name], MTy::Bool);
                    self.body.block(self.cur).term = Terminator::Branch(is, ok, bad);
                    self.cur = bad;
                    let msg = "int() can't convert non-string with explicit base";
                    self.op(Op::Raise(ExcKind::TypeError, msg), vec![], MTy::None);
                    self.terminate(Terminator::Unreachable);
                    self.cur = ok;
                    self.coerce(arg(0), MTy::Dyn, MTy::Str)
                } else {
                    arg(0)
                };
                let base = self.coerce(arg(1), tys[1], MTy::Int);
                self.rt("nx_str_to_int_base", vec![s, base], MTy::Int)
            }
            Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                let x = self.coerce(arg(0), tys[0], MTy::Int);
                let base = match b {
                    Builtin::Hex => 16,
                    Builtin::Oct => 8,
                    _ => 2,
                };
                self.rt("nx_int_to_base", vec![x, Operand::Int(base)], MTy::Str)
            }
            Builtin::Pow if vals.len() == 3 => {
                let xs: Vec<Operand> = (0..3)
                    .map(|k| self.coerce(arg(k), tys[k], MTy::Int))
                    .collect();
                self.rt("nx_int_pow_mod", xs, MTy::Int)
            }
            Builtin::Pow => self.binary(BinOp::Pow, arg(0), tys[0], arg(1), tys[1], ty),
            Builtin::Divmod => {
                let item = self
                    .strings
                    .tuple_items(ty)
                    .first()
                    .copied()
                    .unwrap_or(MTy::Int);
                if item == MTy::Float {
                    let d = self.coerce(arg(1), tys[1], MTy::Float);
                    self.rt("nx_float_divmod_check", vec![d], MTy::None);
                }
                if item == MTy::Dyn {
                    let n = self.coerce(arg(0), tys[0], MTy::Dyn);
                    let d = self.coerce(arg(1), tys[1], MTy::Dyn);
                    self.rt("nx_dyn_divmod_check", vec![n, d], MTy::None);
                }
                let q = self.binary(BinOp::FloorDiv, arg(0), tys[0], arg(1), tys[1], item);
                let r = self.binary(BinOp::Mod, arg(0), tys[0], arg(1), tys[1], item);
                let MTy::Tuple(tt) = ty else {
                    return Operand::None;
                };
                self.op(Op::TupleNew(tt), vec![q, r], ty)
            }
            Builtin::Any | Builtin::All => {
                // Short-circuit over the elements' truth values.
                let is_any = b == Builtin::Any;
                // (A str's characters, a tuple's, set's or dict's items in a list; the items
                // of a tuple of different types boxed.)
                let items = self.strings.tuple_items(tys[0]);
                let (xs_v, lt) = if items.windows(2).any(|w| w[0] != w[1]) {
                    let lt = self.strings.list_ty(MTy::Dyn);
                    (self.rt("nx_dyn_iter_list", vec![arg(0)], lt), lt)
                } else {
                    self.iterable_list(arg(0), tys[0])
                };
                let e = self.strings.list_elem(lt);
                let xs = self.temp(lt);
                self.assign(xs, Rvalue::Use(xs_v));
                let result = self.temp(MTy::Bool);
                self.assign(result, Rvalue::Use(Operand::Bool(!is_any)));
                let (head, end, x) = self.list_loop(xs, e, 0);
                let hit = self.body.new_block();
                let t = self.truthy(x, e);
                let term = if is_any {
                    Terminator::Branch(t, hit, head)
                } else {
                    Terminator::Branch(t, head, hit)
                };
                self.body.block(self.cur).term = term;
                self.cur = hit;
                self.assign(result, Rvalue::Use(Operand::Bool(is_any)));
                self.goto(end);
                Operand::Local(result)
            }
            Builtin::Int => match tys[0] {
                MTy::Dyn => self.rt("nx_dyn_int", vec![arg(0)], MTy::Int),
                MTy::Float => self.op(Op::FloatToInt, vec![arg(0)], MTy::Int),
                MTy::Str => self.op(Op::StrToInt, vec![arg(0)], MTy::Int),
                MTy::Bytes => self.rt("nx_bytes_to_int", vec![arg(0)], MTy::Int),
                t => self.coerce(arg(0), t, MTy::Int),
            },
            Builtin::Float if vals.is_empty() => Operand::Float(0.0),
            Builtin::Float => match tys[0] {
                MTy::Dyn => self.rt("nx_dyn_float", vec![arg(0)], MTy::Float),
                MTy::Str => self.op(Op::StrToFloat, vec![arg(0)], MTy::Float),
                t => self.coerce(arg(0), t, MTy::Float),
            },
            Builtin::Str if vals.is_empty() => self.strings.intern(""),
            Builtin::Str if vals.len() >= 2 => {
                // `str(b, encoding[, errors])`.
                let errors = match vals.get(2) {
                    Some(e) => e.clone(),
                    None => self.strings.intern("strict"),
                };
                self.rt("nx_bytes_decode", vec![arg(0), arg(1), errors], MTy::Str)
            }
            Builtin::Str => match tys[0] {
                MTy::Int => self.op(Op::IntToStr, vec![arg(0)], MTy::Str),
                MTy::Float => self.op(Op::FloatToStr, vec![arg(0)], MTy::Str),
                MTy::Bool => self.op(Op::BoolToStr, vec![arg(0)], MTy::Str),
                MTy::None => self.strings.intern("None"),
                MTy::Str => arg(0),
                MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Dict(_)
                | MTy::Set(_)
                | MTy::Func
                | MTy::Gen
                | MTy::Bytes
                | MTy::Cell => self.op(Op::ObjRepr, vec![arg(0)], MTy::Str),
                MTy::Exc => self.rt("nx_obj_str", vec![arg(0)], MTy::Str),
                MTy::Dyn => self.rt("nx_dyn_str", vec![arg(0)], MTy::Str),
                MTy::Instance(c) => self.instance_str(arg(0), c),
                MTy::OptInstance(c) => self.opt_text(arg(0), c, false),
                t @ (MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool) => {
                    self.optional_text(arg(0), t, false)
                }
            },
            Builtin::Bool if vals.is_empty() => Operand::Bool(false),
            Builtin::Bool => self.truthy(arg(0), tys[0]),
            Builtin::Len if tys[0] == MTy::Dyn => self.rt("nx_dyn_len", vec![arg(0)], MTy::Int),
            Builtin::Len => self.op(Op::StrLen, vec![arg(0)], MTy::Int),
            Builtin::Format if matches!(tys[0], MTy::OptInstance(_)) => {
                let MTy::OptInstance(c) = tys[0] else {
                    unreachable!()
                };
                self.opt_text(arg(0), c, false)
            }
            Builtin::Format
                if matches!(
                    tys[0],
                    MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool
                ) =>
            {
                // format(None, spec) is "None" for an empty spec, else a TypeError.
                let spec = if vals.len() > 1 {
                    arg(1)
                } else {
                    self.strings.intern("")
                };
                let inner = self.strings.opt_inner(tys[0]);
                let (v, s2) = (arg(0), spec.clone());
                self.if_none(
                    v.clone(),
                    MTy::Str,
                    |b| b.op(Op::Format(MTy::None), vec![spec], MTy::Str),
                    |b| b.op(Op::Format(inner), vec![v, s2], MTy::Str),
                )
            }
            Builtin::Format if matches!(tys[0], MTy::Bytes | MTy::Func) => {
                self.op(Op::ObjRepr, vec![arg(0)], MTy::Str)
            }
            // An exception in an f-string: its str().
            Builtin::Format if tys[0] == MTy::Exc => self.rt("nx_obj_str", vec![arg(0)], MTy::Str),
            Builtin::Format if matches!(tys[0], MTy::Instance(_)) => {
                let MTy::Instance(c) = tys[0] else {
                    unreachable!()
                };
                self.instance_str(arg(0), c)
            }
            Builtin::Format => {
                let spec = if vals.len() > 1 {
                    arg(1)
                } else {
                    self.strings.intern("")
                };
                let args = if tys[0] == MTy::None {
                    vec![spec]
                } else {
                    vec![arg(0), spec]
                };
                self.op(Op::Format(tys[0]), args, MTy::Str)
            }
            Builtin::Repr => match tys[0] {
                MTy::Str => self.op(Op::StrRepr, vec![arg(0)], MTy::Str),
                // repr() of a number, bool or None is its str().
                MTy::Int => self.op(Op::IntToStr, vec![arg(0)], MTy::Str),
                MTy::Float => self.op(Op::FloatToStr, vec![arg(0)], MTy::Str),
                MTy::Bool => self.op(Op::BoolToStr, vec![arg(0)], MTy::Str),
                MTy::None => self.strings.intern("None"),
                MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Dict(_)
                | MTy::Set(_)
                | MTy::Func
                | MTy::Gen
                | MTy::Bytes
                | MTy::Cell => self.op(Op::ObjRepr, vec![arg(0)], MTy::Str),
                MTy::Exc => self.op(Op::ObjRepr, vec![arg(0)], MTy::Str),
                MTy::Dyn => self.rt("nx_dyn_repr", vec![arg(0)], MTy::Str),
                MTy::Instance(c) => self.instance_text(arg(0), c, true),
                MTy::OptInstance(c) => self.opt_text(arg(0), c, true),
                t @ (MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool) => {
                    self.optional_text(arg(0), t, true)
                }
            },
            Builtin::Hash => match tys[0] {
                MTy::Float => self.op(Op::FloatHash, vec![arg(0)], MTy::Int),
                MTy::Str => self.op(Op::StrHash, vec![arg(0)], MTy::Int),
                MTy::Dyn | MTy::Set(_) | MTy::Dict(_) | MTy::Instance(_) | MTy::Func => {
                    self.rt("nx_dyn_hash", vec![arg(0)], MTy::Int)
                }
                t => {
                    let x = self.coerce(arg(0), t, MTy::Int);
                    self.op(Op::IntHash, vec![x], MTy::Int)
                }
            },
        }
    }

    /// A new list `l` (of type `lt`) as a list of type `ty`: its numbers boxed when `ty`
    /// holds dynamic values (a result another branch gives other items: `uniq if … else
    /// list(counter)`), else itself.
    fn boxed_items(&mut self, l: Operand, lt: MTy, ty: MTy) -> Operand {
        let elem = self.strings.list_elem(lt);
        let boxes = matches!(ty, MTy::List(_))
            && self.strings.list_elem(ty) == MTy::Dyn
            && crate::mir::elem_kind(elem) != natrix_abi::ElemKind::Obj;
        if boxes {
            return self.rt("nx_dyn_iter_list", vec![l], ty);
        }
        l
    }

    /// The items of an iterable value `v` of type `t` (a list, tuple, str or dict) as a list,
    /// with their type.
    pub(super) fn items_list(&mut self, v: Operand, t: MTy) -> (Operand, MTy) {
        match t {
            MTy::Str => {
                let lt = self.strings.list_ty(MTy::Str);
                (self.rt("nx_str_chars", vec![v], lt), MTy::Str)
            }
            MTy::Dict(_) => {
                let k = self.strings.dict_kv(t).0;
                let lt = self.strings.list_ty(k);
                (self.rt("nx_dict_keys", vec![v], lt), k)
            }
            MTy::Bytes => {
                let lt = self.strings.list_ty(MTy::Int);
                (self.rt("nx_bytes_to_list", vec![v], lt), MTy::Int)
            }
            MTy::TupleOf(_) => {
                let (l, lt) = self.tuple_as_list(v, t);
                (l, self.strings.list_elem(lt))
            }
            // (Any iterable, by the runtime: a list of dynamic values.)
            MTy::Dyn => {
                let lt = self.strings.list_ty(MTy::Dyn);
                (self.rt("nx_dyn_iter_list", vec![v], lt), MTy::Dyn)
            }
            MTy::Tuple(_) => {
                let e = self
                    .strings
                    .tuple_items(t)
                    .first()
                    .copied()
                    .unwrap_or(MTy::None);
                let lt = self.strings.list_ty(e);
                let kind = Operand::Int(crate::mir::elem_kind(e) as i64);
                (self.rt("nx_tuple_to_list", vec![v, kind], lt), e)
            }
            _ => (v, self.strings.list_elem(t)),
        }
    }

    /// A new set of type `ty` holding each item of the list `items` (of items typed
    /// `item_ty`), or an empty one.
    pub(super) fn set_of_items(&mut self, items: Option<(Operand, MTy)>, ty: MTy) -> Operand {
        let MTy::Set(lt) = ty else {
            return Operand::None;
        };
        let e = self.strings.list_elem(ty);
        let st = self.op(Op::SetNew(lt), vec![], ty);
        // (Items typed None where the set's are not: of a list that is always empty.)
        let items = items.filter(|(_, item_ty)| !super::containers::never_holds(*item_ty, e));
        if let Some((items, item_ty)) = items {
            let lt2 = self.strings.list_ty(item_ty);
            let xs = self.temp(lt2);
            self.assign(xs, Rvalue::Use(items));
            let (head, end, x) = self.list_loop(xs, item_ty, 0);
            let x = self.coerce(x, item_ty, e);
            self.slots(
                "nx_set_add",
                vec![st.clone(), x],
                &[None, Some(e)],
                None,
                MTy::None,
            );
            self.goto(head);
            self.cur = end;
        }
        st
    }
}

impl Builder<'_> {
    /// The value of one conversion of a literal %-template (`Builtin::PercentInt`,
    /// `PercentReal`, `PercentChar`; the conversion's letter is the second argument): the
    /// number `format()` then formats, or CPython's TypeError for a value of another type.
    fn percent_arg(&mut self, b: Builtin, args: &[Expr], ty: MTy) -> Operand {
        let t = self.ty(&args[0]);
        let v = self.expr(&args[0]);
        let conv = match args.get(1).map(|a| &a.kind) {
            Some(ExprKind::Str(s)) => s.clone(),
            _ => "d".to_string(),
        };
        let real = conv == "d" || conv == "i";
        match (b, t) {
            (Builtin::PercentInt, MTy::Int | MTy::Bool) => return self.coerce(v, t, MTy::Int),
            (Builtin::PercentInt, MTy::Float) if real => {
                return self.op(Op::FloatToInt, vec![v], MTy::Int)
            }
            (Builtin::PercentReal, MTy::Int | MTy::Bool | MTy::Float) => return v,
            _ => {}
        }
        // Anything else (a value of run-time type, a str, None, a float for `%x`, and any
        // `%c`) is checked by the runtime, as a run-time template's conversion is: an int in
        // range or a str of one character for `%c`, else CPython's TypeError.
        let d = self.to_dyn(v, t);
        let c = self.strings.intern(&conv);
        let x = self.rt("nx_percent_dyn_arg", vec![d, c], MTy::Dyn);
        self.coerce(x, MTy::Dyn, ty)
    }
}
