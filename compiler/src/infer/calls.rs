//! Inference for calls of function values (closures, lambdas, bound methods) and for the
//! arguments that calls spread with `*` and `**`: which specializations a call of a value
//! reaches, and the types its parameters get.

use super::*;

/// How `spread_args` names a call of a function value (which binds `**d` by name).
pub(super) const FUNCTION_VALUE: &str = "a function value";

impl Infer<'_> {
    /// The value type of the dict a call spreads with `**` when it may hold entries.
    /// The keyword arguments (`ExprKind::KwArg`) of a call of a value, with their types.
    fn keyword_types(&self, id: SpecId, args: &[Expr]) -> Vec<(String, Ty)> {
        args.iter()
            .filter_map(|a| match &a.kind {
                ExprKind::KwArg(name, v) => {
                    Some((name.clone(), self.t.spec(id).exprs[v.id.0 as usize]))
                }
                _ => None,
            })
            .collect()
    }

    fn kw_dict(&self, id: SpecId, args: &[Expr]) -> Option<Ty> {
        args.iter().find_map(|a| match &a.kind {
            ExprKind::SpreadKw(_) => {
                let t = self.t.spec(id).exprs[a.id.0 as usize];
                let (k, v) = self.kw_mapping(t)?;
                (k != TypeTable::NEVER).then_some(v)
            }
            _ => None,
        })
    }

    /// The key and value types of the dict a `**d` into a function value spreads: of a dict,
    /// or of a dict that may be None (CPython's TypeError when it is, `mir::build::closures`).
    fn kw_mapping(&self, t: Ty) -> Option<(Ty, Ty)> {
        let types = &self.t.types;
        types
            .dict_kv(t)
            .or_else(|| types.nullable(t).and_then(|d| types.dict_kv(d)))
    }

    /// The types of a call's arguments, a `*t` (`ExprKind::Spread`) contributing its tuple's
    /// items and an empty `**kwargs` (`ExprKind::SpreadKw`) nothing; `None` after reporting
    /// another spread (`what` names the callee).
    pub(super) fn spread_args(&mut self, id: SpecId, args: &[Expr], what: &str) -> Option<Vec<Ty>> {
        let mut tys: Vec<Ty> = vec![];
        for a in args {
            let t = self.expr(id, a);
            match (&a.kind, self.t.types.tuple_items(t)) {
                (ExprKind::Spread(_), Some(items)) => tys.extend(items),
                // Keyword arguments are bound by name (`call_closure`).
                (ExprKind::KwArg(..), _) => {}
                // `**kwargs` of a dict no keyword ever filled: nothing to pass.
                (ExprKind::SpreadKw(_), _)
                    if self
                        .t
                        .types
                        .dict_kv(t)
                        .is_some_and(|(k, _)| k == TypeTable::NEVER) => {}
                // A dict with entries into a function value: bound by name (`call_closure`).
                (ExprKind::SpreadKw(_), _)
                    if what == FUNCTION_VALUE && self.kw_mapping(t).is_some() => {}
                (ExprKind::SpreadKw(x), _) => {
                    if t != TypeTable::NEVER {
                        let msg = format!(
                            "`**` of a '{}' holding entries in a call of {what}",
                            self.t.types.display(t)
                        );
                        self.error(Diagnostic::unsupported(x.span, &msg));
                    }
                    return None;
                }
                // A list into a function value: its items fill the parameters left over,
                // counted at run time (`spread_rest`).
                (ExprKind::Spread(_), None)
                    if what == FUNCTION_VALUE && self.spread_rest_ty(t).is_some() => {}
                // A list that is always empty (`f(*[])`): nothing to pass.
                (ExprKind::Spread(_), None)
                    if what == FUNCTION_VALUE && self.t.types.elem(t) == Some(TypeTable::NEVER) => {
                }
                (ExprKind::Spread(x), None) => {
                    if t != TypeTable::NEVER {
                        let msg = format!(
                            "`*` of a '{}' in a call of {what} (a tuple works)",
                            self.t.types.display(t)
                        );
                        self.error(Diagnostic::unsupported(x.span, &msg));
                    }
                    return None;
                }
                _ => tys.push(t),
            }
        }
        Some(tys)
    }

    /// The item type of a list (or a tuple of any length) spread into a call of a function
    /// value, whose length is known only at run time.
    fn spread_rest_ty(&self, t: Ty) -> Option<Ty> {
        let e = self.t.types.elem(t).or_else(|| self.t.types.tuple_of(t))?;
        (e != TypeTable::NEVER).then_some(e)
    }

    /// The item type of the `*xs` of `args` that `spread_rest_ty` takes.
    fn spread_rest(&self, id: SpecId, args: &[Expr]) -> Option<Ty> {
        args.iter().find_map(|a| match &a.kind {
            ExprKind::Spread(_) => {
                let t = self.t.spec(id).exprs[a.id.0 as usize];
                match self.t.types.tuple_items(t) {
                    Some(_) => None,
                    None => self.spread_rest_ty(t),
                }
            }
            _ => None,
        })
    }

    /// `Class(a, *xs, k=v, **d)` in a form the resolver does not bind statically: the new
    /// instance's `__init__` (the class's own or inherited one, never an override) called as
    /// a bound method value (`Spec::method_values`), its arguments bound when the program
    /// runs. The instance's type.
    pub(super) fn new_bound_at_run_time(
        &mut self,
        id: SpecId,
        c: ClassId,
        args: &[Expr],
        e: &Expr,
    ) -> Ty {
        let inst = self.t.types.intern(TyKind::Instance(c));
        if self.prog.exc_kind(c).is_some() {
            let what = "`*` or `**` with keywords in a call of an exception class";
            self.error(Diagnostic::unsupported(e.span, what));
            return inst;
        }
        let Some(init) = self.prog.lookup(c, "__init__") else {
            return inst;
        };
        let Some(tys) = self.spread_args(id, args, FUNCTION_VALUE) else {
            return inst;
        };
        let kws = self.keyword_types(id, args);
        if tys.contains(&TypeTable::NEVER) || kws.iter().any(|(_, t)| *t == TypeTable::NEVER) {
            return inst;
        }
        let owner = self.prog.owner(init).unwrap_or(c);
        let env = if owner != c && self.prog.is_subclass(owner, c) {
            self.t.types.intern(TyKind::Instance(owner))
        } else {
            inst
        };
        let targets = vec![(init, vec![env])];
        let ft = self.t.types.intern(TyKind::Closure(targets.clone()));
        self.t.specs[id.0 as usize].method_values.insert(e.id, ft);
        let kw_dict = self.kw_dict(id, args);
        let rest = self.spread_rest(id, args);
        self.call_closure(&targets, &tys, &kws, kw_dict, rest, e);
        inst
    }

    /// `obj.m(a, *xs)` of an instance `obj` (typed `r`) and a list `xs`: a call of the bound
    /// method as a function value (`Spec::method_values`), so each override counts the items
    /// against its own parameters. None for any other call.
    pub(super) fn method_call_spreading_list(
        &mut self,
        id: SpecId,
        r: Ty,
        name: &str,
        args: &[Expr],
        keywords: &[(String, Expr)],
        e: &Expr,
    ) -> Option<Ty> {
        // (Recorded again below if the call still is one.)
        self.t.specs[id.0 as usize].method_values.remove(&e.id);
        let TyKind::Instance(c) = *self.t.types.kind(r) else {
            return None;
        };
        let spreads_list = args.iter().any(|a| {
            matches!(a.kind, ExprKind::Spread(_)) && {
                let t = self.expr(id, a);
                self.t.types.tuple_items(t).is_none() && t != TypeTable::NEVER
            }
        });
        // `**d` of a dict that may hold entries is bound by name in the same way (but into a
        // `**kwargs` alone, when no other parameter could take an entry, which the method
        // call passes on itself).
        let only_kwargs = |f: FuncId| {
            let fun = self.prog.func(f);
            let skip = usize::from(!self.prog.is_static(f)) + args.len();
            let rest = fun.params.iter().enumerate().filter(|(i, p)| {
                p.kind == ParamKind::KwOnly || (p.kind.takes_keyword() && *i >= skip)
            });
            fun.params.iter().any(|p| p.kind == ParamKind::VarKw) && rest.count() == 0
        };
        let spreads_dict = keywords.iter().any(|(k, v)| {
            k == "**" && {
                let t = self.expr(id, v);
                self.t
                    .types
                    .dict_kv(t)
                    .is_some_and(|(k, _)| k != TypeTable::NEVER)
            }
        }) && (keywords.len() > 1
            || args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)))
            || (self.runtime_classes(c).into_iter())
                .filter_map(|k| self.prog.lookup(k, name))
                .any(|f| !only_kwargs(f)));
        if !(spreads_list || spreads_dict) || self.prog.lookup(c, name).is_none() {
            return None;
        }
        let Some(tys) = self.spread_args(id, args, FUNCTION_VALUE) else {
            return Some(TypeTable::NEVER);
        };
        let mut kws = vec![];
        let mut kw_dict = None;
        for (k, v) in keywords {
            let t = self.expr(id, v);
            if k == "**" {
                // `**d`: bound by name, as in a call of a function value.
                let Some((kt, vt)) = self.t.types.dict_kv(t) else {
                    let msg = format!(
                        "argument after ** must be a mapping, not {}",
                        self.t.types.display(t)
                    );
                    self.error(Diagnostic::new(Code::InvalidOperation, v.span, msg));
                    return Some(TypeTable::NEVER);
                };
                if kt != TypeTable::NEVER {
                    kw_dict = Some(vt);
                }
                continue;
            }
            kws.push((k.clone(), t));
        }
        if tys.contains(&TypeTable::NEVER) || kws.iter().any(|(_, t)| *t == TypeTable::NEVER) {
            return Some(TypeTable::NEVER);
        }
        let ft = self.bound_method(c, r, name, e.span);
        let TyKind::Closure(targets) = self.t.types.kind(ft).clone() else {
            return Some(TypeTable::NEVER);
        };
        self.t.specs[id.0 as usize].method_values.insert(e.id, ft);
        let rest = self.spread_rest(id, args);
        Some(self.call_closure(&targets, &tys, &kws, kw_dict, rest, e))
    }

    /// The argument types of a method call on a receiver typed `r`: `obj.m(*t)` spreads a
    /// tuple into the program's methods (not into those of builtin types: `None`, reported).
    pub(super) fn method_arg_types(
        &mut self,
        id: SpecId,
        r: Ty,
        name: &str,
        args: &[Expr],
        span: Span,
    ) -> Option<Vec<Ty>> {
        if !args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_))) {
            return Some(args.iter().map(|a| self.expr(id, a)).collect());
        }
        let stripped = self.strip_optional_instance(r);
        if matches!(self.t.types.kind(stripped), TyKind::Instance(_)) {
            return self.spread_args(id, args, "a method");
        }
        // `a.union(*sets)` and the other set methods of several arguments: each item of a
        // spread iterable is one argument (`mir/build/containers.rs` loops over them).
        if self.t.types.set_site(r).is_some()
            && crate::builtins::SET_METHODS_OF_SEVERAL.contains(&name)
        {
            let mut tys = vec![];
            for a in args {
                let t = self.expr(id, a);
                match &a.kind {
                    ExprKind::Spread(x) => match self.spread_items(t) {
                        Some(items) => tys.extend(items),
                        None => {
                            if t != TypeTable::NEVER {
                                let msg = format!(
                                    "`*` of a '{}' in a call of set.{name}()",
                                    self.t.types.display(t)
                                );
                                self.error(Diagnostic::unsupported(x.span, &msg));
                            }
                            return None;
                        }
                    },
                    _ => tys.push(t),
                }
            }
            return Some(tys);
        }
        // `template.format(a, *xs)` of a template known only at run time: the items go in
        // the argument tuple (`mir/build/containers.rs`).
        let last_only = args
            .iter()
            .position(|a| matches!(a.kind, ExprKind::Spread(_)))
            .is_some_and(|i| i + 1 == args.len());
        if r == TypeTable::STR && name == "format" && last_only {
            let tys: Vec<Ty> = args.iter().map(|a| self.expr(id, a)).collect();
            let seq = tys[tys.len() - 1];
            let sequence = self.t.types.tuple_items(seq).is_some()
                || self.t.types.tuple_of(seq).is_some()
                || matches!(self.t.types.kind(seq), TyKind::List(_));
            if sequence || seq == TypeTable::NEVER {
                return Some(tys);
            }
        }
        let what = format!("`*` in a call of a method of '{}'", self.t.types.display(r));
        self.error(Diagnostic::unsupported(span, &what));
        None
    }

    /// The arguments a `*xs` spreads into a set method: a tuple's items, or the item type of
    /// a list or tuple of any length once (none when it is always empty).
    fn spread_items(&self, t: Ty) -> Option<Vec<Ty>> {
        if let Some(items) = self.t.types.tuple_items(t) {
            return Some(items);
        }
        let item = match self.t.types.kind(t) {
            TyKind::List(_) => self.t.types.elem(t)?,
            TyKind::TupleOf(x) => *x,
            _ => return None,
        };
        Some(if item == TypeTable::NEVER {
            vec![]
        } else {
            vec![item]
        })
    }

    /// `f(args)` of a value: a function value (`call_closure`) or an instance with
    /// `__call__`; a `*t` argument (`ExprKind::Spread`) passes the tuple's items.
    pub(super) fn call_value(&mut self, id: SpecId, callee: &Expr, args: &[Expr], e: &Expr) -> Ty {
        // (Recorded again below if the callee is still an instance called with `**d`.)
        self.t.specs[id.0 as usize].method_values.remove(&e.id);
        let f = self.expr(id, callee);
        // A function held by a class attribute and called through an instance: CPython binds
        // the instance as its first argument (a class held there is called as it is).
        if let ExprKind::GetAttr(obj, name) = &callee.kind {
            let ot = self.t.specs[id.0 as usize].exprs[obj.id.0 as usize];
            let ot = self.strip_optional_instance(ot);
            if let (TyKind::Instance(c), TyKind::Closure(targets)) =
                (self.t.types.kind(ot).clone(), self.t.types.kind(f).clone())
            {
                let own = self.t.fields[self.prog.root(c).0 as usize]
                    .iter()
                    .any(|(n, _)| n == name);
                let class_attr = self.prog.lookup_attr(c, name).is_some();
                let functions = targets.iter().any(|(f, _)| !self.prog.is_class_value(*f));
                if class_attr && !own && functions {
                    let msg = format!(
                        "calling a function held by the class attribute `{name}` through an instance (CPython binds the instance to it)"
                    );
                    self.error(Diagnostic::unsupported(callee.span, &msg));
                    return TypeTable::NEVER;
                }
            }
        }
        // (A callback that may be None: CPython's TypeError when it is.)
        let f = self.operand(
            id,
            callee,
            f,
            NoneUse::Message("'NoneType' object is not callable"),
        );
        let Some(tys) = self.spread_args(id, args, FUNCTION_VALUE) else {
            return TypeTable::NEVER;
        };
        let kws = self.keyword_types(id, args);
        if kws.iter().any(|(_, t)| *t == TypeTable::NEVER) {
            return TypeTable::NEVER;
        }
        if f == TypeTable::DYN {
            return self.dyn_use(callee.span, "calling");
        }
        if f == TypeTable::NEVER {
            return f;
        }
        if tys.contains(&TypeTable::NEVER) {
            return TypeTable::NEVER;
        }
        let rest = self.spread_rest(id, args);
        match self.t.types.kind(f).clone() {
            TyKind::Instance(_) if rest.is_some() => {
                let what = "`*` of a list in a call of an instance's `__call__` (a tuple works)";
                self.error(Diagnostic::unsupported(e.span, what));
                TypeTable::NEVER
            }
            // `obj(**d)`: the bound `__call__` as a function value, which binds the dict's
            // entries by name when it runs (`Spec::method_values`).
            TyKind::Instance(c)
                if args.iter().any(|a| matches!(a.kind, ExprKind::SpreadKw(_)))
                    && self.method_among(c, "__call__") =>
            {
                let ft = self.bound_method(c, f, "__call__", e.span);
                let TyKind::Closure(targets) = self.t.types.kind(ft).clone() else {
                    return TypeTable::NEVER;
                };
                self.t.specs[id.0 as usize].method_values.insert(e.id, ft);
                let kw_dict = self.kw_dict(id, args);
                self.call_closure(&targets, &tys, &kws, kw_dict, rest, e)
            }
            // (Also when only some classes it may be have `__call__`: TypeError for others.)
            TyKind::Instance(c)
                if self
                    .runtime_classes(c)
                    .into_iter()
                    .any(|k| self.prog.lookup(k, "__call__").is_some()) =>
            {
                let keywords: Vec<(String, Expr)> = args
                    .iter()
                    .filter_map(|a| match &a.kind {
                        ExprKind::KwArg(name, v) => Some((name.clone(), (**v).clone())),
                        _ => None,
                    })
                    .collect();
                let kw: Vec<Ty> = kws.iter().map(|(_, t)| *t).collect();
                self.instance_method(c, f, "__call__", &tys, &keywords, &kw, e.span, e)
            }
            TyKind::Closure(targets) => {
                let kw_dict = self.kw_dict(id, args);
                self.call_closure(&targets, &tys, &kws, kw_dict, rest, e)
            }
            _ => {
                if let Some(name) = self.certain_type_name(f) {
                    let msg = format!("'{name}' object is not callable");
                    return self.always_type_error(e, msg, "this call");
                }
                let msg = format!("'{}' object is not callable", self.t.types.display(f));
                self.error(
                    Diagnostic::new(Code::InvalidOperation, callee.span, msg).label("this value"),
                );
                TypeTable::NEVER
            }
        }
    }

    /// `f(args)` of a function value that is one of `targets`: each function specialized for
    /// its closure (itself, its environment's types) and the arguments, missing ones taken from
    /// its defaults; the type is the join of what they return.
    /// `kw_dict` is the value type of a `**d` whose entries bind by name.
    /// `rest` is the item type of a list spread last, whose items fill the positional
    /// parameters after `tys` (their number checked at run time).
    pub(super) fn call_closure(
        &mut self,
        targets: &[(FuncId, Vec<Ty>)],
        tys: &[Ty],
        kws: &[(String, Ty)],
        kw_dict: Option<Ty>,
        rest: Option<Ty>,
        e: &Expr,
    ) -> Ty {
        let mut ret = TypeTable::NEVER;
        let mut calls = vec![];
        let mut mismatched: Vec<(FuncId, String)> = vec![];
        // An argument error: of one of several functions the value may be, raised when the
        // call runs and the value is that one; of the only one, reported now, but for a
        // class held in a variable (`def make(cls, n): if cls is A: … cls(n, n)`, a
        // specialization for `A` holds the other class's call).
        // (Arguments spread from a tuple, `func(*args)` in a decorator's wrapper: their number
        // is the caller's, and CPython's TypeError is the program's to catch.)
        let spread = matches!(&e.kind, ExprKind::CallValue(_, args)
            if args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_))));
        macro_rules! mismatch {
            ($target:lifetime, $fid:expr, $msg:expr) => {{
                let msg: String = $msg;
                if targets.len() > 1 || self.prog.ctor_class($fid).is_some() {
                    mismatched.push(($fid, msg));
                    continue $target;
                }
                if spread {
                    if self.report {
                        let text = format!("this always raises TypeError: {msg}");
                        let d = Diagnostic::new(Code::ArgumentMismatch, e.span, text)
                            .label("in this call");
                        self.t.warnings.push(d.warning());
                    }
                    mismatched.push(($fid, msg));
                    continue $target;
                }
                self.error(
                    Diagnostic::new(Code::ArgumentMismatch, e.span, msg).label("in this call"),
                );
                return TypeTable::NEVER;
            }};
        }
        'targets: for (fid, env) in targets {
            let f = self.prog.func(*fid);
            // A bound method: its environment is the instance, its first parameter `self`.
            let bound = self.prog.owner(*fid).is_some() && f.captures == 0 && env.len() == 1;
            let skip = usize::from(f.self_param) + f.captures + usize::from(bound);
            let declared = &f.params[skip..];
            let varargs = declared.iter().position(|p| p.kind == ParamKind::VarArgs);
            let positional = declared.iter().filter(|p| p.kind.is_positional()).count();
            // (A class used as a value: its `__init__`'s errors.)
            let (fname, init) = match self.prog.ctor_class(*fid) {
                Some(c) => {
                    let class = crate::hir::py_name(&self.prog.class(c).name);
                    match self.prog.lookup(c, "__init__") {
                        Some(init) => {
                            let owner = self.prog.owner(init).unwrap_or(c);
                            let owner = crate::hir::py_qualname(&self.prog.class(owner).name);
                            (format!("{owner}.__init__"), 1)
                        }
                        None => (class, 0),
                    }
                }
                None => {
                    let name = f.name.trim_end_matches(crate::resolve::UNDECORATED);
                    // (A method taken as a value: its qualified name, `Game.go`.)
                    let name = match self.prog.owner(*fid) {
                        Some(c) => format!(
                            "{}.{name}",
                            crate::hir::py_qualname(&self.prog.class(c).name)
                        ),
                        None => name.to_string(),
                    };
                    (name, 0)
                }
            };
            if tys.len() > positional && varargs.is_none() {
                let msg = if self.prog.ctor_class(*fid).is_some() && init == 0 {
                    format!("{fname}() takes no arguments")
                } else {
                    // (Counting the ones with defaults: "takes from 1 to 2".)
                    let least = declared
                        .iter()
                        .filter(|p| {
                            p.kind.is_positional() && p.default.is_none() && p.env_default.is_none()
                        })
                        .count();
                    let kwonly = kws
                        .iter()
                        .filter(|(k, _)| {
                            declared
                                .iter()
                                .any(|p| p.name == *k && p.kind == ParamKind::KwOnly)
                        })
                        .count();
                    too_many_positional_of(
                        &fname,
                        (least + init, positional + init),
                        tys.len() + init,
                        kwonly,
                    )
                };
                mismatch!('targets, *fid, msg);
            }
            let mut args = vec![];
            if f.self_param {
                args.push(
                    self.t
                        .types
                        .intern(TyKind::Closure(vec![(*fid, env.clone())])),
                );
            }
            args.extend(env[..f.captures.min(env.len())].iter().copied());
            if bound {
                args.push(env[0]);
            }
            // Keywords naming no parameter go to `**kwargs`, or are an error.
            let named = |n: &str| {
                declared
                    .iter()
                    .any(|p| p.name == n && p.kind.takes_keyword())
            };
            if let Some((k, _)) = kws.iter().find(|(k, _)| !named(k)) {
                if !declared.iter().any(|p| p.kind == ParamKind::VarKw) {
                    mismatch!(
                        'targets,
                        *fid,
                        format!("{fname}() got an unexpected keyword argument '{k}'")
                    );
                }
            }
            for (i, p) in declared.iter().enumerate() {
                if Some(i) == varargs {
                    // `*args`: the extra positional arguments (with a spread list, a tuple of
                    // any length).
                    let extra = tys.get(i..).unwrap_or(&[]).to_vec();
                    let t = match rest {
                        Some(item) if extra.iter().all(|t| *t == item) => {
                            self.t.types.intern(TyKind::TupleOf(item))
                        }
                        Some(_) => {
                            let what = "`*` of a list into `*args` after arguments of other types";
                            self.error(Diagnostic::unsupported(e.span, what));
                            return TypeTable::NEVER;
                        }
                        None => self.t.types.intern(TyKind::Tuple(extra)),
                    };
                    args.push(t);
                    continue;
                }
                if p.kind == ParamKind::VarKw {
                    // `**kwargs`: a dict made at the call of the keywords no parameter takes
                    // (and of the `**d` entries no parameter takes).
                    let site = self.shared_site_at(e);
                    let d = self.t.types.dict_of(site);
                    for (_, t) in kws.iter().filter(|(k, _)| !named(k)) {
                        self.add_entry(d, TypeTable::STR, Some(*t), e.span);
                    }
                    if let Some(v) = kw_dict {
                        self.add_entry(d, TypeTable::STR, Some(v), e.span);
                    }
                    args.push(self.t.types.dict_of(site));
                    continue;
                }
                let by_name = kws.iter().find(|(k, _)| *k == p.name).map(|kv| kv.1);
                // A keyword-only parameter takes no positional argument.
                let pos = match p.kind {
                    ParamKind::PosOnly | ParamKind::Positional => tys.get(i).copied(),
                    _ => None,
                };
                // A parameter a spread list cannot reach (a keyword names one before it,
                // which the list must stop short of) and nothing else gives: CPython's
                // TypeError on every run.
                let blocked = rest.is_some()
                    && kw_dict.is_none()
                    && by_name.is_none()
                    && pos.is_none()
                    && p.kind.is_positional()
                    && p.env_default.is_none()
                    && p.default.is_none()
                    && declared[..i]
                        .iter()
                        .any(|q| q.kind.is_positional() && kws.iter().any(|(k, _)| *k == q.name));
                if blocked {
                    mismatch!(
                        'targets,
                        *fid,
                        missing_args(&fname, "positional", &[p.name.as_str()])
                    );
                }
                // Past the arguments given: an item of the spread list, or (when the list is
                // too short for it) the `**d` entry or the default. A parameter a keyword
                // names takes the keyword (the list must stop before it).
                let pos = match (pos, rest, p.kind.is_positional() && by_name.is_none()) {
                    (None, Some(item), true) => {
                        let item = match kw_dict.filter(|_| p.kind.takes_keyword()) {
                            Some(v) => self.t.types.join(item, v),
                            None => item,
                        };
                        Some(match (p.env_default, p.default) {
                            (Some(k), _) => {
                                let d = env.get(k).copied().unwrap_or(TypeTable::NEVER);
                                self.t.types.join(item, d)
                            }
                            (None, Some(g)) => {
                                let d = self.t.globals[g.0 as usize];
                                self.t.types.join(item, d)
                            }
                            (None, None) => item,
                        })
                    }
                    (pos, ..) => pos,
                };
                if by_name.is_some() && pos.is_some() {
                    mismatch!(
                        'targets,
                        *fid,
                        format!("{fname}() got multiple values for argument '{}'", p.name)
                    );
                }
                // Not given: maybe in the `**d` dict (else its default, or a TypeError).
                let from_dict = kw_dict.filter(|_| p.kind.takes_keyword());
                let t = match (pos.or(by_name), p.env_default, p.default) {
                    (Some(t), _, _) => t,
                    (None, Some(k), _) if from_dict.is_some() => {
                        let d = env.get(k).copied().unwrap_or(TypeTable::NEVER);
                        self.t.types.join(d, from_dict.unwrap_or(TypeTable::NEVER))
                    }
                    (None, None, Some(g)) if from_dict.is_some() => {
                        let d = self.t.globals[g.0 as usize];
                        self.t.types.join(d, from_dict.unwrap_or(TypeTable::NEVER))
                    }
                    (None, None, None) if from_dict.is_some() => {
                        from_dict.unwrap_or(TypeTable::NEVER)
                    }
                    (None, Some(k), _) => env.get(k).copied().unwrap_or(TypeTable::NEVER),
                    (None, None, Some(g)) => self.t.globals[g.0 as usize],
                    (None, None, None) => {
                        // Every required parameter of this kind left without an argument.
                        let given = |j: usize, q: &Param| {
                            (q.kind.is_positional() && j < tys.len())
                                || kws.iter().any(|(k, _)| *k == q.name)
                                || q.env_default.is_some()
                                || q.default.is_some()
                        };
                        let keyword_only = p.kind == ParamKind::KwOnly;
                        let missing: Vec<&str> = declared
                            .iter()
                            .enumerate()
                            .filter(|(j, q)| {
                                (q.kind == ParamKind::KwOnly) == keyword_only
                                    && q.kind != ParamKind::VarArgs
                                    && q.kind != ParamKind::VarKw
                                    && !given(*j, q)
                            })
                            .map(|(_, q)| q.name.as_str())
                            .collect();
                        let what = if keyword_only {
                            "keyword-only"
                        } else {
                            "positional"
                        };
                        mismatch!('targets, *fid, missing_args(&fname, what, &missing))
                    }
                };
                args.push(t);
            }
            // (A captured cell not assigned yet that the function assigns itself is no
            // reason: it may be the one giving it a value — a walrus in a generator
            // expression.)
            let first = usize::from(f.self_param);
            let captured = first + f.captures.min(env.len());
            let mut stored = vec![];
            if args.contains(&TypeTable::NEVER) {
                crate::hir::visit_stores(&f.body, &mut |p, _| stored.push(p));
            }
            let unset = |(k, t): (usize, &Ty)| {
                *t == TypeTable::NEVER
                    && (k < first
                        || k >= captured
                        || !stored.contains(&Place::Local(f.params[k].local)))
            };
            if args.iter().enumerate().any(unset) {
                continue;
            }
            let callee = self.spec_for(*fid, args);
            // Functions returning different types make the call's value dynamic.
            ret = self.t.types.join(ret, self.t.spec(callee).ret);
            calls.push((*fid, callee));
        }
        // None fits: the call raises whichever the value is, when it runs (a call in a branch
        // another value takes: `if cls is A: cls(n) else: cls(n, n)`).
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.closure_calls.insert(e.id, calls);
        if mismatched.is_empty() {
            spec.closure_call_errors.remove(&e.id);
        } else {
            spec.closure_call_errors.insert(e.id, mismatched);
        }
        ret
    }

    /// The item types of a tuple of fixed length, or the one item type of a tuple of any
    /// length; `None` for other types.
    fn tuple_item_types(&self, t: Ty) -> Option<Vec<Ty>> {
        match self.t.types.kind(t) {
            TyKind::Tuple(items) => Some(items.clone()),
            TyKind::TupleOf(x) => Some(vec![*x]),
            _ => None,
        }
    }

    /// Whether `part` is an item of tuple type `whole`, or an item of one of its items: a
    /// recursion into it (an expression tree of tuples) ends with the tree.
    fn tuple_part(&self, whole: Ty, part: Ty) -> bool {
        self.tuple_item_types(whole)
            .is_some_and(|items| items.iter().any(|&i| i == part || self.tuple_part(i, part)))
    }

    /// A function calling itself with a list, dict or set it made (quicksort's
    /// `qs([x for x in xs if x < p])`) would need a specialization per container it makes,
    /// without end: when the calling specialization's arguments differ from the call's only in
    /// which containers they are, the call joins its containers with the caller's and is that
    /// specialization. A tuple that grows (`prefix + (x,)`) makes the call a specialization for
    /// tuples of any length instead; one of the caller's tuple's own items (`ev(expr[1])` of
    /// a tree of tuples) is a specialization of its own, the recursion ending with the tree.
    pub(super) fn recursive_spec(&mut self, func: FuncId, args: &[Ty]) -> Option<SpecId> {
        let current = self.t.specs.get(self.current.0 as usize)?;
        if current.func != func {
            return None;
        }
        let container = |t: &TyKind| match t {
            TyKind::List(_) => 1,
            TyKind::Dict(_) => 2,
            TyKind::Set(_) => 3,
            _ => 0,
        };
        let same_shape = |types: &TypeTable, a: &[Ty]| {
            a.len() == args.len()
                && a.iter().zip(args).all(|(x, y)| {
                    x == y || {
                        let k = container(types.kind(*x));
                        k != 0 && k == container(types.kind(*y))
                    }
                })
        };
        // (The caller's own arguments: a specialization for other element types stays apart.)
        let existing = current.args.clone();
        // A tuple argument that grows on each call (`paths(n - 1, prefix + (x,))`): a tuple
        // of any length of the items' joined type, so the recursion needs one more
        // specialization, not one per length.
        if existing.len() == args.len() {
            let mut widened = args.to_vec();
            let mut grew = false;
            for (k, (x, y)) in existing.iter().zip(args).enumerate() {
                if x == y || self.tuple_part(*x, *y) {
                    continue;
                }
                let (Some(a), Some(b)) = (self.tuple_item_types(*x), self.tuple_item_types(*y))
                else {
                    continue;
                };
                let mut item = TypeTable::NEVER;
                for t in a.into_iter().chain(b) {
                    item = self.t.types.join(item, t);
                }
                widened[k] = self.t.types.intern(TyKind::TupleOf(item));
                grew = true;
            }
            if grew && widened != args {
                return Some(self.spec_for(func, widened));
            }
        }
        if !same_shape(&self.t.types, &existing) {
            return None;
        }
        let id = self.current;
        for (x, y) in existing.iter().zip(args) {
            if x != y {
                self.t.types.join(*x, *y);
            }
        }
        Some(id)
    }
}
