//! MIR lowering of cells and function values: variables shared with nested functions live in
//! cells (`Op::CellNew`/`CellGet`/`CellSet`); a function value is a tuple-like object holding
//! the function's number, its name and its closure's environment (`Op::FuncNew`); calling one
//! passes the environment before the arguments, dispatching on the number when the value may
//! be one of several functions.

use super::*;

/// Which cells `make_cells` makes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cells {
    All,
    Params,
    Locals,
}

impl Builder<'_> {
    /// Whether local `l` of the function being built lives in a cell.
    pub(super) fn is_cell(&self, l: hir::LocalId) -> bool {
        let f = self.prog.func(self.typed.spec(self.spec).func);
        f.locals[l.0 as usize].cell
    }

    /// The type of the value a local holds (for a cell, of the variable inside).
    pub(super) fn local_value_ty(&mut self, l: hir::LocalId) -> MTy {
        let t = self.typed.spec(self.spec).locals[l.0 as usize];
        mty(&self.typed.types, t, self.strings)
    }

    /// The value of a variable that lives in a cell.
    pub(super) fn cell_load(&mut self, l: hir::LocalId) -> Operand {
        let t = self.local_value_ty(l);
        let name = self.prog.func(self.typed.spec(self.spec).func).locals[l.0 as usize]
            .name
            .clone();
        let name = self.strings.intern(&name);
        // A cell the function received (a free variable) or one it made for its own variable
        // (whose read before assignment is an UnboundLocalError).
        let f = self.prog.func(self.typed.spec(self.spec).func);
        let received = usize::from(f.self_param) + f.captures;
        let free = f.params[..received.min(f.params.len())]
            .iter()
            .any(|p| p.local == l);
        let args = vec![Operand::Local(Local(l.0)), name, Operand::Bool(free)];
        self.op(Op::CellGet(t), args, t)
    }

    pub(super) fn cell_store(&mut self, l: hir::LocalId, v: Operand) {
        let t = self.local_value_ty(l);
        self.op(
            Op::CellSet(t),
            vec![Operand::Local(Local(l.0)), v],
            MTy::None,
        );
    }

    /// At function entry: a cell for each cell variable the function owns, holding the argument
    /// for a parameter (the captured cells arrive as arguments).
    ///
    /// A generator does this in two places: its constructor makes the cells of the
    /// parameters (`Cells::Params`), which the frame then holds, and its resume body those of
    /// the other locals when it starts (`Cells::Locals`).
    pub(super) fn make_cells(&mut self, which: Cells) {
        let f = self.prog.func(self.typed.spec(self.spec).func);
        // The captured cells arrive as cells; the closure itself (`$self`, a function that
        // calls itself) as a function value, which goes in a cell of its own when a nested
        // function uses it (`return (lambda: f(i - 1))()`).
        let first = usize::from(f.self_param);
        let received = first + f.captures;
        let params: Vec<hir::LocalId> = f.params.iter().map(|p| p.local).collect();
        for (i, local) in f.locals.iter().enumerate() {
            let l = hir::LocalId(i as u32);
            if !local.cell
                || params[first.min(params.len())..received.min(params.len())].contains(&l)
            {
                continue;
            }
            let is_param = params.contains(&l);
            if (which == Cells::Params && !is_param) || (which == Cells::Locals && is_param) {
                continue;
            }
            let cell = Local(l.0);
            if let Some(k) = params.iter().position(|p| *p == l) {
                // A parameter: the argument arrives in a fresh local (in the argument's type,
                // boxed here if the variable is dynamic), then goes in the cell.
                let t = self.local_value_ty(l);
                let at = match self.typed.spec(self.spec).args.get(k) {
                    Some(&a) => mty(&self.typed.types, a, self.strings),
                    None => t,
                };
                let at = if t == MTy::Dyn { at } else { t };
                let arg = self.temp(at);
                self.body.params[k] = arg;
                self.assign(cell, Rvalue::Op(Op::CellNew, vec![]));
                let v = self.coerce(Operand::Local(arg), at, t);
                self.cell_store(l, v);
            } else {
                self.assign(cell, Rvalue::Op(Op::CellNew, vec![]));
            }
        }
    }

    /// The tuple type of function `func`'s value with environment types `env`.
    fn func_layout(&mut self, func: hir::FuncId, env: &[Ty]) -> TupleTy {
        let f = self.prog.func(func);
        let mut items = vec![MTy::Int, MTy::Str];
        for (i, t) in env.iter().enumerate() {
            items.push(if i < f.captures {
                MTy::Cell
            } else {
                mty(&self.typed.types, *t, self.strings)
            });
        }
        match self.strings.tuple_ty(items) {
            MTy::Tuple(tt) => tt,
            _ => unreachable!("a tuple type"),
        }
    }

    /// `def`/`lambda` (or a module-level function named as a value): a new function value.
    pub(super) fn make_closure(&mut self, e: &Expr) -> Operand {
        let ExprKind::MakeClosure {
            func,
            cells,
            defaults,
        } = &e.kind
        else {
            unreachable!("a closure")
        };
        let mut vals = vec![
            Operand::Int(func.0 as i64),
            // (Its `__name__`: the bare name, as `func.__name__` reads it.)
            self.strings
                .intern(&hir::py_name(&self.prog.func(*func).name)),
        ];
        vals.extend(cells.iter().map(|l| Operand::Local(Local(l.0))));
        for d in defaults {
            vals.push(self.expr(d));
        }
        let t = self.typed.spec(self.spec).exprs[e.id.0 as usize];
        let env = match self.typed.types.kind(t) {
            TyKind::Closure(targets) => targets[0].1.clone(),
            _ => vec![],
        };
        let chain = match self.prog.ctor_class(*func) {
            // A class used as a value (its constructor): the qualified names of its chain
            // follow.
            Some(c) => self.prog.class_chain(c).join(" "),
            // A builtin type: its name (`bool` derives from `int`); a builtin exception class,
            // the classes it derives from.
            None if self.prog.func(*func).builtin_type => {
                let name = hir::py_name(&self.prog.func(*func).name);
                let mut chain = vec![];
                let mut kind = natrix_abi::ExcKind::from_name(&name);
                while let Some(k) = kind {
                    chain.push(k.qualified_name());
                    kind = k.parent();
                }
                if chain.is_empty() {
                    chain.push(name.clone());
                    if name == "bool" {
                        chain.push("int".into());
                    }
                }
                chain.push("object".into());
                chain.join(" ")
            }
            None => {
                let tt = self.func_layout(*func, &env);
                return self.op(Op::FuncNew(tt), vals, MTy::Func);
            }
        };
        vals.push(self.strings.intern(&chain));
        // (After the environment, if any: the runtime reads the chain last.)
        let layout = self.func_layout(*func, &env);
        let mut items = self.strings.tuple_items(MTy::Tuple(layout));
        items.push(MTy::Str);
        let MTy::Tuple(tt) = self.strings.tuple_ty(items) else {
            unreachable!("a tuple type")
        };
        let value = self.op(Op::FuncNew(tt), vals, MTy::Func);
        self.rt("nx_func_as_class", vec![value.clone()], MTy::None);
        value
    }

    /// `obj.method` as a value (`obj` an instance of class `c`, the value typed `t`): a function
    /// value whose environment is the instance; of the override for `obj`'s class when
    /// subclasses override `method`.
    pub(super) fn bound_method(
        &mut self,
        c: ClassId,
        method: &str,
        obj: Operand,
        t: Ty,
    ) -> Operand {
        let TyKind::Closure(targets) = self.typed.types.kind(t).clone() else {
            return Operand::None;
        };
        let result = self.temp(MTy::Func);
        let end = self.body.new_block();
        let classes = self.typed.runtime_classes(self.prog, c);
        let mut targets: Vec<_> = targets
            .into_iter()
            .map(|(func, env)| {
                let uses = classes
                    .iter()
                    .copied()
                    .filter(|k| self.prog.lookup(*k, method) == Some(func))
                    .collect();
                (uses, Some((func, env)))
            })
            .collect();
        // (Classes without the method, when only some subclasses define it: AttributeError.)
        let missing: Vec<ClassId> = (classes.iter().copied())
            .filter(|k| self.prog.lookup(*k, method).is_none())
            .collect();
        if !missing.is_empty() {
            targets.push((missing, None));
        }
        self.by_class(&obj, targets, |b, target| {
            let Some((func, env)) = target else {
                b.dyn_attr_error(obj.clone(), method);
                b.terminate(Terminator::Unreachable);
                return;
            };
            let tt = b.func_layout(func, &env);
            let name = b.strings.intern(&hir::py_name(&b.prog.func(func).name));
            let mut vals = vec![Operand::Int(func.0 as i64), name];
            // A classmethod's `cls` is None (resolved for each class's copy); a static method
            // binds nothing.
            match env.first() {
                None => {}
                Some(&TypeTable::NONE) => vals.push(Operand::None),
                Some(_) => vals.push(obj.clone()),
            }
            let bound = vals.len() == 3;
            let v = b.op(Op::FuncNew(tt), vals, MTy::Func);
            if bound {
                b.rt("nx_func_bind", vec![v.clone()], MTy::None);
            }
            b.assign(result, Rvalue::Use(v));
            b.goto(end);
        });
        self.cur = end;
        Operand::Local(result)
    }

    /// `f(args)` of a function value: each function it may be gets its environment (and
    /// itself, when it calls itself) before the arguments.
    /// The positional arguments of a call of a value, a `*t` spread into its tuple's items
    /// (keyword arguments: `call_value_args_kw`).
    pub(super) fn call_value_args(&mut self, args: &[Expr]) -> Vec<Operand> {
        self.call_value_args_kw(args).0
    }

    /// The positional and the keyword arguments of a call of a value, evaluated in source
    /// order.
    #[allow(clippy::type_complexity)]
    pub(super) fn call_value_args_kw(
        &mut self,
        args: &[Expr],
    ) -> (Vec<Operand>, Vec<(String, Operand, MTy)>) {
        let a = self.call_value_args_all(args, &[]);
        (a.vals, a.kws)
    }

    /// `call_value_args_kw`, the dict of a `**d` that may hold entries, and a list spread
    /// last.
    fn call_value_args_all(&mut self, args: &[Expr], keywords: &[(String, Expr)]) -> ValueArgs {
        let mut vals = vec![];
        let mut kws = vec![];
        let mut dict = None;
        let mut rest = None;
        let mut dict_none = None;
        // A method call's keywords (`**d` named "**") after its positional arguments.
        let keywords = keywords.iter().map(|(k, v)| (Some(k.as_str()), v));
        for (keyword, a) in args.iter().map(|a| (None, a)).chain(keywords) {
            let v = self.expr(a);
            match keyword {
                Some("**") => {
                    if let t @ MTy::Dict(_) = self.ty(a) {
                        if self.strings.dict_kv(t).0 != MTy::None {
                            dict = Some((v, t));
                        }
                    }
                    continue;
                }
                Some(k) => {
                    kws.push((k.to_string(), v, self.ty(a)));
                    continue;
                }
                None => {}
            }
            match (&a.kind, self.ty(a)) {
                (ExprKind::KwArg(name, _), t) => kws.push((name.clone(), v, t)),
                (ExprKind::Spread(_), tt @ MTy::Tuple(t)) => {
                    for (k, it) in self.strings.tuple_items(tt).into_iter().enumerate() {
                        vals.push(self.op(Op::TupleGet(t, k as u32), vec![v.clone()], it));
                    }
                }
                // A list that is always empty: nothing to pass.
                (ExprKind::Spread(_), MTy::List(_))
                    if self
                        .typed
                        .types
                        .elem(self.typed.spec(self.spec).exprs[a.id.0 as usize])
                        == Some(TypeTable::NEVER) => {}
                (ExprKind::Spread(_), t @ (MTy::List(_) | MTy::TupleOf(_))) => {
                    let (l, lt) = self.tuple_as_list(v, t);
                    let list = self.temp(lt);
                    self.assign(list, Rvalue::Use(l));
                    rest = Some((list, self.strings.list_elem(lt)));
                }
                // A dict that may hold entries: bound by name; an empty one: nothing passed.
                (ExprKind::SpreadKw(_), t @ MTy::Dict(_)) => {
                    if self.strings.dict_kv(t).0 != MTy::None {
                        dict = Some((v, t));
                    }
                }
                // A dict that may be None: CPython's TypeError when it is (checked in
                // `call_function_value`, where the callee's name is known).
                (ExprKind::SpreadKw(_), t @ MTy::OptPtr(_))
                    if matches!(self.strings.opt_inner(t), MTy::Dict(_)) =>
                {
                    let d = self.strings.opt_inner(t);
                    if self.strings.dict_kv(d).0 != MTy::None {
                        dict = Some((v.clone(), d));
                    }
                    dict_none = Some(v);
                }
                (ExprKind::SpreadKw(_), t) => {
                    unreachable!("infer refuses `**` of a {t:?} into a function value")
                }
                _ => vals.push(v),
            }
        }
        ValueArgs {
            vals,
            kws,
            dict,
            rest,
            dict_none,
        }
    }

    pub(super) fn call_closure(&mut self, e: &Expr, ty: MTy) -> Operand {
        let ExprKind::CallValue(callee, args) = &e.kind else {
            unreachable!("a call of a value")
        };
        let f = self.expr(callee);
        let ft = self.typed.spec(self.spec).exprs[callee.id.0 as usize];
        self.call_function_value(f, ft, args, &[], e.id, ty)
    }

    /// `obj.method(a, *xs)` of a list `xs`: a call of the bound method as a function value
    /// (`Spec::method_values`), which counts the list's items against each override.
    pub(super) fn call_method_value(&mut self, e: &Expr, ty: MTy) -> Operand {
        let ExprKind::Method {
            recv,
            name,
            args,
            keywords,
        } = &e.kind
        else {
            unreachable!("a method call")
        };
        let ft = self.typed.spec(self.spec).method_values[&e.id];
        let o = self.expr(recv);
        let (MTy::Instance(c) | MTy::OptInstance(c)) = self.ty(recv) else {
            unreachable!("a method of an instance")
        };
        let f = self.bound_method(c, name, o, ft);
        self.call_function_value(f, ft, args, keywords, e.id, ty)
    }

    /// The environment types of `func` among a function value's `targets`, and the layout of
    /// its values.
    fn target_layout(
        &mut self,
        targets: &[(hir::FuncId, Vec<Ty>)],
        func: hir::FuncId,
    ) -> (Vec<Ty>, TupleTy) {
        let env = targets
            .iter()
            .find(|(g, _)| *g == func)
            .map(|(_, env)| env.clone())
            .unwrap_or_default();
        let tt = self.func_layout(func, &env);
        (env, tt)
    }

    /// Whether a value of type `ft` is a function (of those it may be, none is a class).
    pub(super) fn function_values(&self, ft: Ty) -> bool {
        match self.typed.types.kind(ft) {
            TyKind::Closure(targets) => self.prog.all_functions(targets),
            _ => false,
        }
    }

    /// Class attribute `name` read through a class used as a value, `f` (typed `ft`): the
    /// attribute of the class it is, as a `ty`.
    pub(super) fn class_value_attr(&mut self, f: Operand, ft: Ty, name: &str, ty: MTy) -> Operand {
        let result = self.temp(ty);
        let end = self.body.new_block();
        self.per_class_value(&f, ft, |b, _, class| {
            let Some(g) = b.prog.lookup_attr(class, name) else {
                b.no_class_attr(class, name);
                return;
            };
            let (v, gt) = b.load_global(g);
            let v = b.coerce(v, gt, ty);
            b.assign(result, Rvalue::Use(v));
            b.goto(end);
        });
        self.cur = end;
        Operand::Local(result)
    }

    /// `kind.make(args)` of a class used as a value (`f`, typed `ft`): the classmethod or
    /// staticmethod of whichever class it is (`Spec::closure_calls` under the call), or
    /// AttributeError for a class without it.
    pub(super) fn class_value_method(
        &mut self,
        e: &Expr,
        f: Operand,
        ft: Ty,
        name: &str,
        (pos, kw, names): (&[Operand], &[(Operand, MTy)], &[&str]),
        ty: MTy,
    ) -> Operand {
        let calls = self.typed.spec(self.spec).closure_calls[&e.id].clone();
        let result = self.temp(ty);
        let end = self.body.new_block();
        self.per_class_value(&f, ft, |b, func, class| {
            let Some(&(_, callee)) = calls.iter().find(|(ctor, _)| *ctor == func) else {
                b.no_class_attr(class, name);
                return;
            };
            let vals = b.method_args(callee, name, Operand::None, pos, kw, names);
            b.call_into(callee, vals, (result, ty), end);
        });
        self.cur = end;
        Operand::Local(result)
    }

    /// Dispatches on the class a class used as a value (`f`, typed `ft`) is: `arm` builds, in
    /// a block of its own, the code for each one (its constructor function and class), and
    /// ends that block; the last class is reached without a test.
    fn per_class_value(
        &mut self,
        f: &Operand,
        ft: Ty,
        mut arm: impl FnMut(&mut Self, hir::FuncId, hir::ClassId),
    ) {
        let TyKind::Closure(targets) = self.typed.types.kind(ft).clone() else {
            return;
        };
        let n = targets.len();
        for (i, (func, _)) in targets.iter().enumerate() {
            let class = self.prog.ctor_class(*func).expect("a class's constructor");
            let this = self.body.new_block();
            if i + 1 == n {
                self.goto(this);
            } else {
                let (_, tt) = self.target_layout(&targets, *func);
                let is = self.is_function(f, tt, *func);
                let next = self.body.new_block();
                self.body.block(self.cur).term = Terminator::Branch(is, this, next);
                self.cur = next;
            }
            let after = self.cur;
            self.cur = this;
            arm(self, *func, class);
            self.cur = after;
        }
    }

    /// Raises CPython's AttributeError for `name` read through class `class` (a class used
    /// as a value); ends the block.
    fn no_class_attr(&mut self, class: hir::ClassId, name: &str) {
        let msg = format!(
            "type object '{}' has no attribute '{name}'",
            hir::py_name(&self.prog.class(class).name)
        );
        let text = self.strings.intern(&msg);
        self.op(Op::RaiseStr(ExcKind::AttributeError), vec![text], MTy::None);
        self.terminate(Terminator::Unreachable);
    }

    /// Whether function value `f` (laid out as `tt`) is one of function `func`.
    fn is_function(&mut self, f: &Operand, tt: TupleTy, func: hir::FuncId) -> Operand {
        let tag = self.op(Op::TupleGet(tt, 0), vec![f.clone()], MTy::Int);
        self.op(
            Op::IntCmp(CmpOp::Eq),
            vec![tag, Operand::Int(func.0 as i64)],
            MTy::Bool,
        )
    }

    /// The call of function value `f` (typed `ft`) with `args`, recorded under `key`.
    pub(super) fn call_function_value(
        &mut self,
        f: Operand,
        ft: Ty,
        args: &[Expr],
        keywords: &[(String, Expr)],
        key: hir::ExprId,
        ty: MTy,
    ) -> Operand {
        let ValueArgs {
            vals,
            kws,
            dict: kw_dict,
            rest,
            dict_none,
        } = self.call_value_args_all(args, keywords);
        let TyKind::Closure(targets) = self.typed.types.kind(ft).clone() else {
            return Operand::None;
        };
        let calls = self
            .typed
            .spec(self.spec)
            .closure_calls
            .get(&key)
            .cloned()
            .unwrap_or_default();
        // The functions the arguments do not fit: CPython's TypeError when the value is one.
        let errors = self
            .typed
            .spec(self.spec)
            .closure_call_errors
            .get(&key)
            .cloned()
            .unwrap_or_default();
        let raises = !errors.is_empty();
        for (func, msg) in errors {
            let (_, tt) = self.target_layout(&targets, func);
            let is = self.is_function(&f, tt, func);
            let (bad, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(is, bad, next);
            self.cur = bad;
            let text = self.strings.intern(&msg);
            self.op(Op::RaiseStr(ExcKind::TypeError), vec![text], MTy::None);
            self.terminate(Terminator::Unreachable);
            self.cur = next;
        }
        let result = self.temp(ty);
        let end = self.body.new_block();
        let n = calls.len();
        for (i, (func, spec)) in calls.into_iter().enumerate() {
            let (env, tt) = self.target_layout(&targets, func);
            let call = self.body.new_block();
            if i + 1 == n {
                self.goto(call);
            } else {
                let is = self.is_function(&f, tt, func);
                let next = self.body.new_block();
                self.body.block(self.cur).term = Terminator::Branch(is, call, next);
                self.cur = next;
            }
            let tests = self.cur;
            self.cur = call;
            let fun = self.prog.func(func);
            let bound = self.prog.owner(func).is_some() && fun.captures == 0 && env.len() == 1;
            let mut all = vec![];
            if fun.self_param {
                all.push(f.clone());
            }
            for k in 0..fun.captures {
                all.push(self.op(Op::TupleGet(tt, 2 + k as u32), vec![f.clone()], MTy::Cell));
            }
            if bound {
                let st = self.strings.tuple_items(MTy::Tuple(tt))[2];
                all.push(self.op(Op::TupleGet(tt, 2), vec![f.clone()], st));
            }
            let skip = usize::from(fun.self_param) + fun.captures + usize::from(bound);
            let declared: Vec<(Option<usize>, Option<hir::GlobalId>, hir::ParamKind)> = fun.params
                [skip..]
                .iter()
                .map(|p| (p.env_default, p.default, p.kind))
                .collect();
            let param_tys = self.typed.spec(spec).args.clone();
            let names: Vec<String> = fun.params[skip..]
                .iter()
                .filter(|p| p.kind.takes_keyword())
                .map(|p| p.name.clone())
                .collect();
            // CPython names a method by its qualified name.
            let qualname = match self.prog.owner(func) {
                Some(c) => format!(
                    "{}.{}",
                    hir::py_qualname(&self.prog.class(c).name),
                    hir::py_name(&fun.name)
                ),
                None => hir::py_name(&fun.name),
            };
            let fname = self.strings.intern(&qualname);
            if let Some(d) = &dict_none {
                // `f(**kw)` of a `kw` that is None.
                let is_none = self.op(Op::IsNull, vec![d.clone()], MTy::Bool);
                let msg = format!(
                    "__main__.{qualname}() argument after ** must be a mapping, not NoneType"
                );
                let (bad, ok) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(is_none, bad, ok);
                self.cur = bad;
                let text = self.strings.intern(&msg);
                self.op(Op::RaiseStr(ExcKind::TypeError), vec![text], MTy::None);
                self.terminate(Terminator::Unreachable);
                self.cur = ok;
            }
            let params = &fun.params[skip..];
            // How many positional arguments the call gives (the spread list's length is known
            // when it runs).
            let list_len = rest.map(|(list, _)| {
                let n = self.op(Op::ListLen, vec![Operand::Local(list)], MTy::Int);
                self.op(
                    Op::IntAdd,
                    vec![n, Operand::Int(vals.len() as i64)],
                    MTy::Int,
                )
            });
            let given = list_len.clone().unwrap_or(Operand::Int(vals.len() as i64));
            if rest.is_some() {
                // A keyword naming a positional parameter the list reaches.
                for (k, ..) in &kws {
                    let at = params.iter().position(|p| {
                        p.kind.is_positional() && p.kind.takes_keyword() && p.name == *k
                    });
                    if let Some(at) = at.filter(|at| *at >= vals.len()) {
                        let name = self.strings.intern(k);
                        self.rt(
                            "nx_args_taken_check",
                            vec![fname.clone(), given.clone(), Operand::Int(at as i64), name],
                            MTy::None,
                        );
                    }
                }
            }
            if let Some((d, _)) = &kw_dict {
                // CPython's checks of the dict's keys against this function's parameters.
                let positional: Vec<&str> = params
                    .iter()
                    .filter(|p| p.kind.is_positional())
                    .map(|p| {
                        if p.kind.takes_keyword() {
                            p.name.as_str()
                        } else {
                            "-"
                        }
                    })
                    .collect();
                let keywords: Vec<&str> = kws.iter().map(|(k, ..)| k.as_str()).collect();
                let open = params.iter().any(|p| p.kind == hir::ParamKind::VarKw);
                let allowed = self.strings.intern(&names.join(" "));
                let positional = self.strings.intern(&positional.join(" "));
                let keywords = self.strings.intern(&keywords.join(" "));
                self.rt(
                    "nx_kwargs_check",
                    vec![
                        d.clone(),
                        allowed,
                        positional,
                        given.clone(),
                        keywords,
                        fname.clone(),
                        Operand::Bool(open),
                    ],
                    MTy::None,
                );
            }
            if let Some(given) = list_len {
                // The spread list's length, checked against this function's parameters: the
                // required ones before any a keyword names (past those, or with a `**d`
                // that may hold them, a missing one is reported when it is bound).
                let positional = params.iter().filter(|p| p.kind.is_positional()).count();
                let named_at = params
                    .iter()
                    .position(|p| p.kind.is_positional() && kws.iter().any(|(k, ..)| *k == p.name))
                    .unwrap_or(positional);
                let without_default = params
                    .iter()
                    .take_while(|p| {
                        p.kind.is_positional() && p.default.is_none() && p.env_default.is_none()
                    })
                    .count();
                let mut required = without_default.min(named_at);
                if kw_dict.is_some() {
                    required = required.min(vals.len());
                }
                let mut names: Vec<&str> = vec![];
                if bound {
                    names.push(&fun.params[skip - 1].name);
                }
                names.extend(params[..positional].iter().map(|p| p.name.as_str()));
                let most = if params.iter().any(|p| p.kind == hir::ParamKind::VarArgs) {
                    natrix_abi::SMALL_INT_MAX
                } else {
                    positional as i64 + usize::from(bound) as i64
                };
                let b = usize::from(bound) as i64;
                let given = self.op(Op::IntAdd, vec![given, Operand::Int(b)], MTy::Int);
                let names = self.strings.intern(&names.join(" "));
                let kwonly = params
                    .iter()
                    .filter(|p| p.kind == hir::ParamKind::KwOnly)
                    .filter(|p| kws.iter().any(|(k, ..)| *k == p.name))
                    .count();
                self.rt(
                    "nx_args_count_check",
                    vec![
                        fname.clone(),
                        given,
                        Operand::Int(required as i64 + b),
                        Operand::Int(most),
                        names,
                        Operand::Int(kwonly as i64),
                        Operand::Int(without_default as i64 + b),
                    ],
                    MTy::None,
                );
            }
            for (j, (env_default, default, kind)) in declared.into_iter().enumerate() {
                if let (hir::ParamKind::VarKw, Some((d, _))) = (kind, &kw_dict) {
                    // `**kwargs` from a `**d`: its entries no parameter takes.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let named = self.strings.intern(&names.join(" "));
                    // In the representation of the parameter's type.
                    let (kt, vt) = self.strings.dict_kv(pt);
                    let kinds = [kt, vt].map(|t| Operand::Int(crate::mir::elem_kind(t) as i64));
                    let [kk, vk] = kinds;
                    let rest = self.rt("nx_kwargs_rest", vec![d.clone(), named, kk, vk], pt);
                    // The other keywords no parameter takes first, as written before the `**d`
                    // (none is in the dict: checked).
                    if kws.iter().all(|(k, ..)| names.contains(k)) {
                        all.push(rest);
                        continue;
                    }
                    let MTy::Dict(dt) = pt else {
                        unreachable!("`**kwargs` is a dict")
                    };
                    let dict = self.op(Op::DictNew(dt), vec![], pt);
                    self.store_keywords(&dict, pt, &kws, &names);
                    self.rt("nx_dict_update", vec![dict.clone(), rest], MTy::None);
                    all.push(dict);
                    continue;
                }
                if kind == hir::ParamKind::VarKw {
                    // `**kwargs`: a dict of the keywords no parameter takes.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let MTy::Dict(d) = pt else {
                        unreachable!("`**kwargs` is a dict")
                    };
                    let dict = self.op(Op::DictNew(d), vec![], pt);
                    self.store_keywords(&dict, pt, &kws, &names);
                    all.push(dict);
                    continue;
                }
                if let (hir::ParamKind::VarArgs, Some((list, elem))) = (kind, rest) {
                    // `*args` from a spread list: the extra positional arguments, then the
                    // list's items the parameters before leave over.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let from = j.saturating_sub(vals.len()) as i64;
                    let none = Operand::None;
                    let slice = vec![Operand::Local(list), Operand::Int(from), none.clone(), none];
                    let lt = self.body.ty(list);
                    let mut items = self.op(Op::ListSlice, slice, lt);
                    if vals.len() > j {
                        let first = self.op(Op::ListNew(elem), vec![], lt);
                        for v in &vals[j..] {
                            self.op(
                                Op::ListAppend(elem),
                                vec![first.clone(), v.clone()],
                                MTy::None,
                            );
                        }
                        items = self.op(Op::ListConcat, vec![first, items], lt);
                    }
                    all.push(self.rt("nx_tuple_from_list", vec![items], pt));
                    continue;
                }
                if kind == hir::ParamKind::VarArgs {
                    // `*args`: a tuple of the extra positional arguments.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let items = vals.get(j..).unwrap_or(&[]).to_vec();
                    if let MTy::TupleOf(lt) = pt {
                        // (A tuple of any length, as calls of one function value with
                        // different numbers of arguments made it: `partial(partial(f, 1), 2)`.)
                        let lt = MTy::List(lt);
                        let elem = self.strings.list_elem(lt);
                        let list = self.op(Op::ListNew(elem), vec![], lt);
                        for v in items {
                            let vt = self.operand_ty(&v);
                            let v = self.coerce(v, vt, elem);
                            self.op(Op::ListAppend(elem), vec![list.clone(), v], MTy::None);
                        }
                        all.push(self.rt("nx_tuple_from_list", vec![list], pt));
                        continue;
                    }
                    let MTy::Tuple(t) = pt else {
                        unreachable!("`*args` is a tuple, not {pt:?}")
                    };
                    all.push(self.op(Op::TupleNew(t), items, pt));
                    continue;
                }
                let by_name = kws
                    .iter()
                    .find(|(k, ..)| kind.takes_keyword() && *k == fun.params[skip + j].name)
                    .map(|(_, v, _)| v.clone());
                let pos = match kind {
                    hir::ParamKind::PosOnly | hir::ParamKind::Positional => vals.get(j).cloned(),
                    _ => None,
                };
                if let (None, Some((list, elem)), true) =
                    (&pos, rest, kind.is_positional() && by_name.is_none())
                {
                    // An item of the spread list, or past its end the `**d` entry or the
                    // default.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let k = (j - vals.len()) as i64;
                    let item = |b: &mut Self| {
                        let x = b.op(
                            Op::ListGet(elem, Index::Any),
                            vec![Operand::Local(list), Operand::Int(k)],
                            elem,
                        );
                        b.coerce(x, elem, pt)
                    };
                    let from_dict = kw_dict.clone().filter(|_| kind.takes_keyword());
                    let v = if env_default.is_none() && default.is_none() && from_dict.is_none() {
                        item(self)
                    } else {
                        let n = self.op(Op::ListLen, vec![Operand::Local(list)], MTy::Int);
                        let has =
                            self.op(Op::IntCmp(CmpOp::Gt), vec![n, Operand::Int(k)], MTy::Bool);
                        let out = self.temp(pt);
                        let (yes, no, join) = (
                            self.body.new_block(),
                            self.body.new_block(),
                            self.body.new_block(),
                        );
                        self.body.block(self.cur).term = Terminator::Branch(has, yes, no);
                        self.cur = yes;
                        let x = item(self);
                        self.assign(out, Rvalue::Use(x));
                        self.goto(join);
                        self.cur = no;
                        let d = match from_dict {
                            Some(dict) => {
                                let name = fun.params[skip + j].name.clone();
                                let fname = qualname.clone();
                                let f = (&f, tt);
                                self.kw_dict_arg(dict, &name, &fname, pt, env_default, default, f)
                            }
                            None => {
                                let (d, dt) = self.param_default(env_default, default, (&f, tt));
                                self.coerce(d, dt, pt)
                            }
                        };
                        self.assign(out, Rvalue::Use(d));
                        self.goto(join);
                        self.cur = join;
                        Operand::Local(out)
                    };
                    all.push(v);
                    continue;
                }
                if let (None, None, Some((d, dt)), true) =
                    (&pos, &by_name, &kw_dict, kind.takes_keyword())
                {
                    // Not given: the dict's entry when it has one.
                    let pt = mty(&self.typed.types, param_tys[all.len()], self.strings);
                    let name = fun.params[skip + j].name.clone();
                    let fname = qualname.clone();
                    let dict = (d.clone(), *dt);
                    let v =
                        self.kw_dict_arg(dict, &name, &fname, pt, env_default, default, (&f, tt));
                    all.push(v);
                    continue;
                }
                let v = match pos.or(by_name) {
                    Some(v) => v,
                    None => self.param_default(env_default, default, (&f, tt)).0,
                };
                all.push(v);
            }
            self.call_into(spec, all, (result, ty), end);
            self.cur = tests;
        }
        // (No function fits the arguments: the tests above raised for each.)
        if n == 0 && !raises {
            self.goto(end);
        } else {
            self.terminate(Terminator::Unreachable);
        }
        self.cur = end;
        Operand::Local(result)
    }
}

/// The arguments of a call of a value, evaluated in source order.
struct ValueArgs {
    vals: Vec<Operand>,
    kws: Vec<(String, Operand, MTy)>,
    /// A `**d` whose dict may hold entries.
    dict: Option<(Operand, MTy)>,
    /// A list spread last (`f(a, *xs)`), and its item type.
    rest: Option<(Local, MTy)>,
    /// A `**d` that may be None (then CPython's TypeError).
    dict_none: Option<Operand>,
}

impl Builder<'_> {
    /// The default value of a parameter not given (and its type): from the function value
    /// `f` (of layout `tt`) when evaluated where the `def` ran, else from its global.
    fn param_default(
        &mut self,
        env_default: Option<usize>,
        default: Option<hir::GlobalId>,
        (f, tt): (&Operand, TupleTy),
    ) -> (Operand, MTy) {
        match (env_default, default) {
            (Some(k), _) => {
                let dt = self.strings.tuple_items(MTy::Tuple(tt))[2 + k];
                (
                    self.op(Op::TupleGet(tt, 2 + k as u32), vec![f.clone()], dt),
                    dt,
                )
            }
            (None, Some(g)) => self.load_global(g),
            (None, None) => unreachable!("infer checked the arguments"),
        }
    }

    /// The argument of parameter `name` (typed `pt`) that a `**d` may hold: `d[name]` when the
    /// dict has the key, else the parameter's default, else CPython's "missing argument"
    /// TypeError. `f` is the function value (of layout `tt`) whose environment holds defaults.
    #[allow(clippy::too_many_arguments)]
    /// Stores into `dict` (of type `pt`, a `**kwargs`) the keyword arguments no parameter
    /// takes (none of `names`).
    fn store_keywords(
        &mut self,
        dict: &Operand,
        pt: MTy,
        kws: &[(String, Operand, MTy)],
        names: &[String],
    ) {
        let (kt, vt) = self.strings.dict_kv(pt);
        for (k, v, t) in kws.iter().filter(|(k, ..)| !names.contains(k)) {
            let key = self.strings.intern(k);
            let key = self.coerce(key, MTy::Str, kt);
            let value = self.coerce(v.clone(), *t, vt);
            self.slots(
                "nx_dict_set",
                vec![dict.clone(), key, value],
                &[None, Some(kt), Some(vt)],
                None,
                MTy::None,
            );
        }
    }

    fn kw_dict_arg(
        &mut self,
        (d, dt): (Operand, MTy),
        name: &str,
        func: &str,
        pt: MTy,
        env_default: Option<usize>,
        default: Option<hir::GlobalId>,
        (f, tt): (&Operand, TupleTy),
    ) -> Operand {
        let (kt, vt) = self.strings.dict_kv(dt);
        let key = self.strings.intern(name);
        let result = self.temp(pt);
        let has = self.slots(
            "nx_dict_contains",
            vec![d.clone(), key.clone()],
            &[None, Some(kt)],
            None,
            MTy::Bool,
        );
        let (yes, no, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.body.block(self.cur).term = Terminator::Branch(has, yes, no);
        self.cur = yes;
        if vt == MTy::None && super::containers::never_holds(vt, pt) {
            // A dict nothing is ever stored into (`**kwargs` of calls passing none): it has
            // no key.
            self.terminate(Terminator::Unreachable);
        } else if vt == MTy::None {
            let v = self.coerce(Operand::None, MTy::None, pt);
            self.assign(result, Rvalue::Use(v));
            self.goto(end);
        } else {
            let v = self.slots("nx_dict_get", vec![d, key], &[None, Some(kt)], Some(vt), vt);
            let v = self.coerce(v, vt, pt);
            self.assign(result, Rvalue::Use(v));
            self.goto(end);
        }
        self.cur = no;
        let fallback = match (env_default, default) {
            (Some(k), _) => {
                let t = self.strings.tuple_items(MTy::Tuple(tt))[2 + k];
                Some((
                    self.op(Op::TupleGet(tt, 2 + k as u32), vec![f.clone()], t),
                    t,
                ))
            }
            (None, Some(g)) => Some(self.load_global(g)),
            (None, None) => None,
        };
        match fallback {
            Some((v, t)) => {
                let v = self.coerce(v, t, pt);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
            }
            None => {
                let (fname, pname) = (self.strings.intern(func), self.strings.intern(name));
                self.rt("nx_kwargs_missing", vec![fname, pname], MTy::None);
                self.terminate(Terminator::Unreachable);
                self.cur = end;
            }
        }
        self.cur = end;
        Operand::Local(result)
    }
}
