//! Typing of dynamic values (`Dyn`, values whose type is known only at run time) where they
//! meet attributes and methods, and the error for what natrix cannot do with one yet.

use super::*;

impl Infer<'_> {
    /// Reports an operation natrix cannot perform on a dynamic value yet (one whose type is
    /// known only at run time); the expression's type is then `Never`.
    pub(super) fn dyn_use(&mut self, span: Span, what: &str) -> Ty {
        let msg = format!(
            "{what} a value whose type is known only at run time (it holds values of different types) is not supported yet"
        );
        self.error(Diagnostic::new(Code::TypeConflict, span, msg).label("this value"));
        TypeTable::NEVER
    }

    /// `x.name` of a dynamic value: the join of the attribute's types in every instantiated
    /// class that has one: a field, a class attribute, or a property (whose getters are
    /// recorded as a virtual call under the expression, `e`); lowered to a test of the
    /// instance's class (`mir/build/dynamic.rs`).
    pub(super) fn dyn_attr(&mut self, name: &str, span: Span, e: &Expr) -> Ty {
        let mut t = TypeTable::NEVER;
        let mut found = false;
        let classes: Vec<ClassId> = self.t.instantiated.iter().copied().collect();
        let mut getters: Vec<(FuncId, Vec<ClassId>)> = vec![];
        for c in classes {
            if let Some(g) = self.property(c, name) {
                match getters.iter_mut().find(|(f, _)| *f == g) {
                    Some((_, ks)) => ks.push(c),
                    None => getters.push((g, vec![c])),
                }
                continue;
            }
            // A method of that name: its bound method is not made from a dynamic value yet.
            if self.prog.lookup(c, name).is_some() {
                let what = format!(
                    "reading `{name}` (a method of `{}`) of",
                    self.prog.class(c).name
                );
                return self.dyn_use(span, &what);
            }
            let root = self.prog.root(c).0 as usize;
            if let Some((_, ft)) = self.t.fields[root].iter().find(|(n, _)| n == name) {
                found = true;
                t = self.t.types.join(t, *ft);
            }
            if let Some(g) = self.prog.lookup_attr(c, name) {
                found = true;
                t = self.t.types.join(t, self.t.globals[g.0 as usize]);
            }
        }
        let mut targets = vec![];
        for (g, classes) in getters {
            let owner = self.prog.owner(g).unwrap_or(classes[0]);
            let self_ty = self.t.types.intern(TyKind::Instance(owner));
            let s = self.spec_for(g, vec![self_ty]);
            found = true;
            t = self.t.types.join(t, self.t.spec(s).ret);
            targets.push((classes, s));
        }
        let spec = &mut self.t.specs[self.current.0 as usize];
        if targets.is_empty() {
            spec.virtual_calls.remove(&e.id);
        } else {
            spec.virtual_calls.insert(e.id, targets);
        }
        // The links of an exception object.
        if let "__cause__" | "__context__" = name {
            found = true;
            let link = self.t.types.intern(TyKind::Optional(TypeTable::EXC));
            t = self.t.types.join(t, link);
        }
        if name == "__suppress_context__" {
            found = true;
            t = self.t.types.join(t, TypeTable::BOOL);
        }
        // The name of a class object (`exc_type.__name__` in `__exit__`).
        if name == "__name__" {
            found = true;
            t = self.t.types.join(t, TypeTable::STR);
        }
        if !found {
            return self.dyn_use(span, &format!("reading attribute `{name}` of"));
        }
        t
    }

    /// The instantiated classes whose instances may be held in a dynamic value (those of
    /// `TypeTable::dyn_classes` and their subclasses): only their dunders and attributes are
    /// reached through one.
    pub(super) fn dyn_held_classes(&self) -> Vec<ClassId> {
        (self.t.instantiated.iter().copied())
            .filter(|c| {
                self.prog
                    .mro(*c)
                    .any(|k| self.t.types.dyn_classes.contains(&k))
            })
            .collect()
    }

    /// `x.name = v` on a dynamic value: the field of every class whose instances it may hold
    /// takes `v` (as Python gives any instance the attribute; lowered to a test of the
    /// instance's class, AttributeError for other values). A property, or a class whose
    /// instances refuse the store (frozen, `__slots__`), is not lowered this way yet.
    pub(super) fn dyn_set_attr(&mut self, name: &str, v: Ty, span: Span, vspan: Span) {
        let classes = self.dyn_held_classes();
        let what = format!("setting attribute `{name}` of");
        if classes.is_empty() {
            self.dyn_use(span, &what);
            return;
        }
        for c in &classes {
            let refused = !self.prog.refusing_classes(*c, name).0.is_empty();
            if refused || self.prog.is_property(*c, name) || self.prog.lookup(*c, name).is_some() {
                let what = format!(
                    "setting `{name}` (a property, method or protected attribute of `{}`) of",
                    self.prog.class(*c).name
                );
                self.dyn_use(span, &what);
                return;
            }
        }
        if v == TypeTable::NEVER {
            return;
        }
        for c in classes {
            self.set_field(c, name, v, vspan);
        }
    }

    /// `x.name(args)` on a dynamic value: every class with such a method whose instances it
    /// may hold ([`Self::dyn_held_classes`]) is a target (grouped by the function each one
    /// reaches), tested when the call runs like a virtual call (`Spec::virtual_calls`); a
    /// value of any other type raises AttributeError (unless the name is a list, dict or set
    /// method: see `dyn_receiver`).
    pub(super) fn dyn_method(
        &mut self,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        e: &Expr,
    ) -> Ty {
        let classes = self.dyn_held_classes();
        self.dyn_method_among(classes, name, tys, keywords, kw, span, e)
    }

    /// [`Self::dyn_method`] on a value that may be an instance of `classes` (or of another
    /// type, which raises AttributeError): `e.describe()` of an exception caught by a builtin
    /// class is a call on the program's exception classes.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn dyn_method_among(
        &mut self,
        classes: Vec<ClassId>,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        e: &Expr,
    ) -> Ty {
        let (mut groups, _) = self.method_groups(classes, name);
        if groups.is_empty() {
            return self.dyn_use(span, &format!("calling method `{name}` on"));
        }
        // The classes whose method cannot take these arguments are no targets, when some
        // other can (`items.pop()` of a value that is a str or a list, in a program with a
        // `Counter`, whose `pop` needs a key): such an instance is not what the value holds.
        let fits = |me: &Self, fid: FuncId| me.bind_method(fid, name, tys.len(), keywords).is_ok();
        if groups.iter().any(|(fid, _)| fits(self, *fid)) {
            groups.retain(|(fid, _)| fits(self, *fid));
        }
        let call = super::method_calls::MethodCall {
            name,
            tys,
            keywords,
            kw,
            span,
        };
        let owner = super::method_calls::SelfAs::Owner;
        self.dispatch_method(TypeTable::DYN, groups, true, &call, e, owner)
    }

    /// `x.name(args)` on a dynamic `x`: the methods of the program's classes (a virtual call
    /// over them), and those of lists, dicts and sets (dispatched by the runtime); `None`
    /// when it is to be typed as a str method (the value is tested when the call runs).
    pub(super) fn dyn_receiver(
        &mut self,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        e: &Expr,
    ) -> Option<Ty> {
        use TypeTable as T;
        if tys.contains(&T::NEVER) || kw.contains(&T::NEVER) {
            return Some(T::NEVER);
        }
        // (A class whose method cannot take these arguments does not count when a list,
        // dict or set method could: `items.pop()` with a `Counter` in the program. Nor does
        // a class whose instances never reach a dynamic value: `d["a"].split("@")` is a str
        // method in a program with an `re.Pattern`, which has `split` too.)
        let any_class = self.dyn_held_classes().iter().any(|c| {
            self.prog.lookup(*c, name).is_some_and(|fid| {
                self.bind_method(fid, name, tys.len(), keywords).is_ok()
                    || !crate::builtins::DYN_CONTAINER_METHODS.contains(&name)
            })
        });
        if !any_class
            && keywords.is_empty()
            && crate::builtins::DYN_CONTAINER_METHODS.contains(&name)
        {
            for t in tys {
                // Arguments become reachable from the container.
                self.t.types.join(*t, T::DYN);
            }
            return Some(T::DYN);
        }
        let str_method = crate::builtins::str_method(name, tys.len()).is_some()
            || name == "format"
            || (name == "encode" && tys.len() <= 2);
        if any_class || !str_method {
            let ret = self.dyn_method(name, tys, keywords, kw, span, e);
            if any_class
                && keywords.is_empty()
                && crate::builtins::DYN_CONTAINER_METHODS.contains(&name)
            {
                // A list, dict or set may hold the value too (`tree.items()` of a dict where
                // a class also has `items`): its method is dispatched by the runtime.
                for t in tys {
                    self.t.types.join(*t, T::DYN);
                }
                return Some(self.t.types.join(ret, T::DYN));
            }
            return Some(ret);
        }
        None
    }
}

impl Infer<'_> {
    /// `len(x)`, `abs(x)`, `format(x, spec)`, `-x`, `x[k]`, `k in x`, `x + y` of a dynamic
    /// `x` that may hold an instance of a class defining the dunder `name`: those instances
    /// call it (with `args` after `self`), like a method called on the value
    /// (`Spec::virtual_calls`, under `key`), and any other value goes the runtime's way.
    /// The join of `fallback`, the type of that way, with the dunders' results; None when no
    /// instantiated class defines it. An operand passed to a dunder (`args`) is typed `Dyn`
    /// by the callers, whatever its static type: the dunder is specialized once, and its body
    /// meets the operand as CPython's does, tested when it runs (`Counter.__add__` given an
    /// int compiles, where specialized for an int it would not).
    pub(super) fn dyn_dunder(
        &mut self,
        (e, key): (&Expr, ExprId),
        name: &str,
        args: &[Ty],
        fallback: Ty,
    ) -> Option<Ty> {
        // Only classes whose instances may be in a dynamic value: another class's dunder is
        // never reached this way (and is not specialized for these arguments).
        let classes = self.dyn_held_classes();
        self.dunder_of_classes(classes, (e, key), name, args, fallback)
    }

    /// [`Self::dyn_dunder`] over the instances of `classes`.
    pub(super) fn dunder_of_classes(
        &mut self,
        classes: Vec<ClassId>,
        (e, key): (&Expr, ExprId),
        name: &str,
        args: &[Ty],
        fallback: Ty,
    ) -> Option<Ty> {
        let (groups, _) = self.method_groups(classes, name);
        if groups.is_empty() {
            return None;
        }
        let mut ret = fallback;
        let mut targets = vec![];
        for (fid, classes) in groups {
            let owner = self.prog.owner(fid).unwrap_or(classes[0]);
            let self_ty = self.t.types.intern(TyKind::Instance(owner));
            let callee = self.method_spec(fid, self_ty, name, args, &[], &[], e.span, e)?;
            ret = self.t.types.join(ret, self.t.spec(callee).ret);
            targets.push((classes, callee));
        }
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.calls.remove(&e.id);
        spec.virtual_calls.insert(key, targets);
        Some(ret)
    }
}
