//! Inference for user classes: attribute types, method calls, `__str__`/`__repr__`/truth
//! specializations, operator dunders, `Optional[C]`, and slice places.

use super::*;

/// Attribute names that no value of a builtin type has (`hasattr` of one is false when
/// compiling).
pub(super) const NO_BUILTIN_HAS: &[&str] = &["__copy__", "__deepcopy__"];

impl Infer<'_> {
    /// `obj[i]`, `x in obj`, `obj[i] = v` on an instance whose class defines the dunder: a call
    /// of it with `args`, recorded under `key` (in `setter_calls` for statements). `None` when
    /// `obj` is no such instance.
    pub(super) fn instance_dunder(
        &mut self,
        obj: Ty,
        dunder: &str,
        args: Vec<Ty>,
        key: ExprId,
        stmt: bool,
    ) -> Option<Ty> {
        let TyKind::Instance(c) = self.t.types.kind(obj).clone() else {
            return None;
        };
        if stmt {
            // `obj[k] = v`, `del obj[k]`: recorded apart from the expressions' dunder calls;
            // overrides dispatch on the class like any dunder (`Spec::virtual_dunders`).
            self.prog.lookup(c, dunder)?;
            if args.contains(&TypeTable::NEVER) {
                return Some(TypeTable::NEVER);
            }
            let vkey = super::stmt_dunder_key(key);
            let callee = self.dunder_spec(c, dunder, args, vkey)?;
            self.t.specs[self.current.0 as usize]
                .setter_calls
                .insert(key, callee);
            return Some(self.dunder_ret(vkey, callee));
        }
        self.prog.lookup(c, dunder)?;
        if args.contains(&TypeTable::NEVER) {
            return Some(TypeTable::NEVER);
        }
        let callee = self.dunder_spec(c, dunder, args, key)?;
        self.t.specs[self.current.0 as usize]
            .dunder_calls
            .insert(key, callee);
        Some(self.dunder_ret(key, callee))
    }

    /// The value of an `isinstance(...)` or `x is None` condition (or its `not`) when the
    /// tested value's type decides it (`children is not None` where this specialization was
    /// called with `children=None`); `None` when it depends on the run (an `Optional[C]`, a
    /// type not known yet) or is no such test.
    pub(super) fn static_cond(&self, id: SpecId, c: &Expr) -> Option<bool> {
        match &c.kind {
            ExprKind::Unary(UnaryOp::Not, inner) => self.static_cond(id, inner).map(|b| !b),
            // `a is not None and b is not None`: one operand decided false decides an `and`
            // (one decided true an `or`) whatever the others do; all decided decide it too.
            // (The condition is still evaluated for its effects.)
            ExprKind::BoolOp { is_and, values } => {
                let known: Vec<Option<bool>> =
                    values.iter().map(|v| self.static_cond(id, v)).collect();
                if known.contains(&Some(!*is_and)) {
                    Some(!*is_and)
                } else if known.iter().all(|k| k.is_some()) {
                    Some(*is_and)
                } else {
                    None
                }
            }
            ExprKind::IsNone { value, negated } => {
                let t = self.t.specs[id.0 as usize].exprs[value.id.0 as usize];
                let is_none = match self.t.types.kind(t) {
                    TyKind::None => true,
                    TyKind::Optional(_) | TyKind::Never | TyKind::Dyn => return None,
                    _ => false,
                };
                Some(is_none != *negated)
            }
            ExprKind::IsInstance(value, types) => {
                let t = self.t.specs[id.0 as usize].exprs[value.id.0 as usize];
                self.isinstance_of(t, types)
            }
            // `len(t) == k` of a tuple whose length is in its type.
            ExprKind::Compare(lhs, rest) => match (&lhs.kind, rest.as_slice()) {
                (ExprKind::Builtin(Builtin::Len, args), [(CmpOp::Eq, rhs)]) if args.len() == 1 => {
                    let ExprKind::Int(k) = rhs.kind else {
                        return None;
                    };
                    let t = self.t.specs[id.0 as usize].exprs[args[0].id.0 as usize];
                    let n = self.t.types.tuple_items(t)?.len() as i64;
                    Some(n == k)
                }
                _ => None,
            },
            // `hasattr(obj, "name")` of a method or class attribute (true), or of a name no
            // class has (false); an instance attribute is tested when it runs. Of a value of
            // a builtin type, a name none of them has (`__deepcopy__`, in `copy.deepcopy`).
            ExprKind::Builtin(Builtin::HasAttr, args) => {
                let t = self.t.specs[id.0 as usize].exprs[args[0].id.0 as usize];
                let ExprKind::Str(name) = &args[1].kind else {
                    return None;
                };
                let of = |t: Ty| match self.t.types.kind(t).clone() {
                    TyKind::Instance(c) => has_attr(self.prog, &self.t.fields, c, name),
                    TyKind::Dyn | TyKind::Optional(_) | TyKind::Never => None,
                    _ if NO_BUILTIN_HAS.contains(&name.as_str()) => Some(false),
                    _ => None,
                };
                match self.t.types.kind(t).clone() {
                    // (None has none of the names its value lacks, but for dunders every
                    // object has.)
                    TyKind::Optional(x)
                        if !name.starts_with("__") || NO_BUILTIN_HAS.contains(&name.as_str()) =>
                    {
                        of(x).filter(|has| !has)
                    }
                    _ => of(t),
                }
            }
            // `if items:` with `items` always None here (a default never overridden).
            ExprKind::Load(_)
                if self.t.specs[id.0 as usize].exprs[c.id.0 as usize] == TypeTable::NONE =>
            {
                Some(false)
            }
            _ => None,
        }
    }

    /// `isinstance(v, types)` for a `v` of type `t`, when the type decides it: `None` for an
    /// `Optional[C]` that C matches (None is no C: the run decides) and for unknown types.
    pub(super) fn isinstance_of(&self, t: Ty, types: &[TypeRef]) -> Option<bool> {
        let object = types.contains(&TypeRef::Builtin("object"));
        let static_only = types.contains(&TypeRef::Builtin(crate::resolve::STATIC_ONLY));
        let kind = match self.t.types.kind(t).clone() {
            TyKind::Dyn if static_only => return Some(false),
            TyKind::Dyn | TyKind::Never => return None,
            // A caught exception: its class at run time decides.
            TyKind::Exc
                if types
                    .iter()
                    .any(|r| matches!(r, TypeRef::Class(_) | TypeRef::Exc(_))) =>
            {
                return None
            }
            TyKind::Optional(_) if object => return Some(true),
            TyKind::Optional(x) => {
                let inner = self.isinstance_of(x, types)?;
                return if inner { None } else { Some(false) };
            }
            k => k,
        };
        // A value typed `C` tested against a subclass of `C`, or against another base of one
        // (multiple inheritance): its class at run time decides.
        if let TyKind::Instance(d) = kind {
            let narrower = types.iter().any(|r| match r {
                TypeRef::Class(c) => {
                    !self.prog.is_subclass(d, *c)
                        && self
                            .prog
                            .subtree(d)
                            .iter()
                            .any(|k| self.prog.is_subclass(*k, *c))
                }
                _ => false,
            });
            // (Or against a builtin exception only a subclass mixes in: `class
            // ValidationError(AppError, ValueError)` for a value typed `AppError`.)
            let kind_of = |k: ClassId, e: natrix_abi::ExcKind| {
                self.prog.exc_kind(k).is_some_and(|x| x.is_subclass_of(e))
            };
            let mixed_in = types.iter().any(|r| match r {
                TypeRef::Exc(e) => {
                    !kind_of(d, *e) && self.prog.subtree(d).into_iter().any(|k| kind_of(k, *e))
                }
                _ => false,
            });
            if narrower || mixed_in {
                return None;
            }
        }
        // The ABCs of `collections.abc` and `numbers`, each decided alone (`isinstance(x, (Iterable, str))`
        // is either test).
        let (abcs, rest): (Vec<TypeRef>, Vec<TypeRef>) = types
            .iter()
            .cloned()
            .partition(|r| matches!(r, TypeRef::Builtin(b) if natrix_abi::abcs::is_abc(b)));
        if !abcs.is_empty() {
            let mut answer = match rest.is_empty() {
                true => Some(false),
                false => self.isinstance_of(t, &rest),
            };
            for r in abcs {
                let TypeRef::Builtin(abc) = r else {
                    unreachable!()
                };
                answer = match (answer, self.is_abc(t, &kind, abc)) {
                    (Some(true), _) | (_, Some(true)) => Some(true),
                    (Some(false), Some(false)) => Some(false),
                    _ => None,
                };
            }
            return answer;
        }
        // A set may be a frozenset: which one is the object's, at run time.
        if matches!(kind, TyKind::Set(_))
            && types
                .iter()
                .any(|r| matches!(r, TypeRef::Builtin("set" | "frozenset")))
        {
            return None;
        }
        {
            {
                let matches = |r: &TypeRef| match (r, &kind) {
                    (TypeRef::Builtin("object"), _) => true,
                    (TypeRef::Class(c), TyKind::Instance(d)) => self.prog.is_subclass(*d, *c),
                    (TypeRef::Exc(k), TyKind::Instance(d)) => {
                        self.prog.exc_kind(*d).is_some_and(|e| e.is_subclass_of(*k))
                    }
                    (TypeRef::Builtin("int"), TyKind::Int | TyKind::Bool) => true,
                    // An `IntEnum` or `StrEnum` member is an int or a str.
                    (TypeRef::Builtin(b @ ("int" | "str")), TyKind::Instance(d)) => self
                        .prog
                        .mro(*d)
                        .any(|k| self.prog.class(k).value_type == Some(*b)),
                    (TypeRef::Builtin("float"), TyKind::Float) => true,
                    (TypeRef::Builtin("str"), TyKind::Str) => true,
                    (TypeRef::Builtin("bytes"), TyKind::Bytes) => true,
                    (TypeRef::Builtin("bool"), TyKind::Bool) => true,
                    (TypeRef::Builtin("list"), TyKind::List(_)) => true,
                    (TypeRef::Builtin("dict"), TyKind::Dict(_)) => true,
                    (TypeRef::Builtin("set"), TyKind::Set(_)) => true,
                    (TypeRef::Builtin("tuple"), TyKind::Tuple(_) | TyKind::TupleOf(_)) => true,
                    (TypeRef::Builtin("dict"), TyKind::Instance(d)) => self.prog.mro(*d).any(|k| {
                        natrix_abi::DICT_SUBCLASSES.contains(&self.prog.class(k).name.as_str())
                    }),
                    // A named tuple is a tuple.
                    (TypeRef::Builtin("tuple"), TyKind::Instance(d)) => {
                        self.prog.mro(*d).any(|k| {
                            self.prog
                                .class(k)
                                .frozen
                                .as_ref()
                                .is_some_and(|f| f.named_tuple)
                        })
                    }
                    _ => false,
                };
                Some(types.iter().any(matches))
            }
        }
    }

    /// Whether a value of type `t` (of kind `kind`, not optional) is an instance of the ABC
    /// `abc`: `None` when its object at run time decides (a set may be a frozenset, an
    /// instance of a subclass may define more).
    fn is_abc(&self, t: Ty, kind: &TyKind, abc: &str) -> Option<bool> {
        let builtin = |name: &str| natrix_abi::abcs::builtin_is_abc(name, abc);
        let name = match kind {
            TyKind::None => "NoneType",
            TyKind::Bool => "bool",
            TyKind::Int => "int",
            TyKind::Float => "float",
            TyKind::Str => "str",
            TyKind::Bytes => "bytes",
            TyKind::Tuple(_) | TyKind::TupleOf(_) => "tuple",
            TyKind::Dict(_) => "dict",
            TyKind::List(_) => match self.t.types.view(t) {
                None => "list",
                Some(view) => view.name(),
            },
            TyKind::Set(_) => {
                let (set, frozen) = (builtin("set"), builtin("frozenset"));
                return (set == frozen).then_some(set);
            }
            TyKind::Closure(_) => "function",
            TyKind::Generator(_) => "generator",
            TyKind::Exc => "exception",
            TyKind::Instance(d) => {
                let here = self.prog.is_abc(*d, abc);
                let subclasses = self.prog.subtree(*d);
                return (subclasses.iter().all(|k| self.prog.is_abc(*k, abc) == here))
                    .then_some(here);
            }
            TyKind::Optional(_) | TyKind::Dyn | TyKind::Never => return None,
        };
        Some(builtin(name))
    }

    /// The one type of every item of tuple type `t` (`None` for other types and for tuples
    /// mixing types).
    pub(super) fn uniform_tuple(&mut self, t: Ty) -> Option<Ty> {
        let TyKind::Tuple(items) = self.t.types.kind(t).clone() else {
            return None;
        };
        // An empty tuple (`*args` with none) has no items: a loop over it never runs.
        let Some(&first) = items.first() else {
            return Some(TypeTable::NEVER);
        };
        if items.iter().all(|i| *i == first) {
            return Some(first);
        }
        // Different functions (`for fn, name in ((f, "f"), (g, "g"))`): one value type that
        // may be any of them, stored alike.
        if items.iter().all(|i| self.same_repr(*i, first)) {
            let mut j = TypeTable::NEVER;
            for i in &items {
                j = self.t.types.join(j, *i);
            }
            if j != TypeTable::DYN {
                return Some(j);
            }
        }
        // Lists (dicts, sets) made at different sites: one element type for all of them
        // (`chain([1, 2], [3])`).
        let containers = items.iter().all(|i| {
            matches!(
                self.t.types.kind(*i),
                TyKind::List(_) | TyKind::Dict(_) | TyKind::Set(_)
            )
        });
        if !containers {
            return None;
        }
        let mut j = TypeTable::NEVER;
        for i in items {
            j = self.t.types.join(j, i);
        }
        (j != TypeTable::DYN).then_some(j)
    }

    /// The type of any item of tuple `t` (`for x in (1, V())`, `t[i]`): the one its items share
    /// ([`Self::uniform_tuple`]), else a dynamic value that may hold each of them (their
    /// containers' elements made dynamic and their classes noted, so the dunders of a class
    /// reached only this way are compiled for it). `None` when `t` is no tuple of known items.
    pub(super) fn tuple_item(&mut self, t: Ty) -> Option<Ty> {
        let items = self.t.types.tuple_items(t)?;
        if let Some(u) = self.uniform_tuple(t) {
            return Some(u);
        }
        for i in items {
            self.t.types.join(TypeTable::DYN, i);
        }
        Some(TypeTable::DYN)
    }

    /// Whether values of types `a` and `b` are stored alike, differing at most in which
    /// functions a function value may be (so a join of them needs no conversion).
    fn same_repr(&self, a: Ty, b: Ty) -> bool {
        if a == b {
            return true;
        }
        match (self.t.types.kind(a), self.t.types.kind(b)) {
            // Instances are pointers alike (`for m in (Money(1), Ratio(2))`: their base class).
            (TyKind::Closure(_), TyKind::Closure(_))
            | (TyKind::Instance(_), TyKind::Instance(_)) => true,
            // Containers made at different sites (`for name, xs in (("a", a), ("b", b))`):
            // joining them makes them one site, one element type.
            (TyKind::List(_), TyKind::List(_))
            | (TyKind::Dict(_), TyKind::Dict(_))
            | (TyKind::Set(_), TyKind::Set(_)) => true,
            (TyKind::Tuple(x), TyKind::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.same_repr(*p, *q))
            }
            _ => false,
        }
    }

    /// A generator passed to a builtin that takes an iterable: the list of its values (made by
    /// draining it first; recorded in `Spec::gen_lists`). Other types unchanged.
    pub(super) fn generator_as_list(&mut self, id: SpecId, a: &Expr, t: Ty, iterable: bool) -> Ty {
        let y = match *self.t.types.kind(t) {
            TyKind::Generator(g) => self.t.specs[g as usize].yields,
            // An iterable instance given to a builtin that iterates (`list(deck)`).
            TyKind::Instance(c) if iterable && self.prog.lookup(c, "__iter__").is_some() => {
                self.iter_protocol(id, a, t)
            }
            // A dynamic value that may hold such an instance (`list(bag)`, `sum(node)`).
            TyKind::Dyn if iterable => {
                self.dyn_iter_protocol(id, a);
                if !self.t.specs[id.0 as usize].dyn_iters.contains_key(&a.id) {
                    return t;
                }
                TypeTable::DYN
            }
            _ => return t,
        };
        let site = self.site_at(a);
        let list = self.t.types.list_of(site);
        if y != TypeTable::NEVER {
            self.add_elem(list, y, a.span);
        }
        let list = self.t.types.list_of(site);
        self.t.specs[id.0 as usize].gen_lists.insert(a.id, list);
        list
    }

    /// `g.send(v)` of generator specialization `g`: `v` joins what its `yield`s evaluate to
    /// (and the specialization is inferred again); the value it yields next. (One that uses
    /// `yield from` would pass the value on to the inner generator: refused.)
    pub(super) fn generator_send(&mut self, g: u32, v: Ty, span: Span) -> Ty {
        if self.delegating(g, span, "`send()` to a generator that uses `yield from`") {
            return TypeTable::NEVER;
        }
        let old = self.t.specs[g as usize].sent;
        let new = self.t.types.join(old, v);
        if new != old {
            self.t.specs[g as usize].sent = new;
            self.changed = true;
        }
        self.t.specs[g as usize].yields
    }

    /// `g.throw(exc)` of generator specialization `g`: what it yields next (a generator that
    /// uses `yield from` would pass the exception on to the inner one: not supported).
    pub(super) fn generator_throw(&mut self, g: u32, span: Span) -> Ty {
        if self.delegating(g, span, "`throw()` into a generator that uses `yield from`") {
            return TypeTable::NEVER;
        }
        self.t.specs[g as usize].yields
    }

    /// Whether generator specialization `g` uses `yield from` (what `send()` and `throw()`
    /// would pass on to the inner generator): reported as `what`, unsupported.
    fn delegating(&mut self, g: u32, span: Span, what: &str) -> bool {
        let f = self.prog.func(self.t.specs[g as usize].func);
        let delegates = f.locals.iter().any(|l| l.name.starts_with("$yield_from"));
        if delegates {
            self.error(Diagnostic::unsupported(span, what));
        }
        delegates
    }

    /// `next(g)` / `next(g, default)` of a generator, or of an iterator instance (a call of
    /// its `__next__`; the default replaces a `StopIteration`).
    pub(super) fn next_builtin(&mut self, tys: &[Ty], e: &Expr) -> Ty {
        if let (Some(&it), true) = (tys.first(), tys.len() <= 2) {
            if let TyKind::Instance(c) = *self.t.types.kind(it) {
                if self.prog.lookup(c, "__next__").is_some() {
                    let Some(y) = self.instance_dunder(it, "__next__", vec![it], e.id, false)
                    else {
                        return TypeTable::NEVER;
                    };
                    return match tys.get(1) {
                        Some(d) => self.t.types.join(y, *d),
                        None => y,
                    };
                }
            }
        }
        let g = match tys.first().map(|t| self.t.types.kind(*t).clone()) {
            Some(TyKind::Generator(g)) if tys.len() <= 2 => g,
            Some(TyKind::Never) => return TypeTable::NEVER,
            // Of a value of run-time type (a variable holding generators of several kinds).
            Some(TyKind::Dyn) if tys.len() <= 2 => return TypeTable::DYN,
            _ => {
                let what = tys
                    .first()
                    .map_or("nothing".to_string(), |t| self.t.types.display(*t));
                let msg = format!("`next()` of '{what}' (only generators are supported yet)");
                self.error(Diagnostic::unsupported(e.span, &msg));
                return TypeTable::NEVER;
            }
        };
        let y = self.t.specs[g as usize].yields;
        // A default of another type makes the result a dynamic value (`next(g, "none")`).
        match tys.get(1) {
            Some(d) => self.t.types.join(y, *d),
            None => y,
        }
    }

    /// `for x in obj` over an instance: `obj.__iter__()`, then either the generator it is or
    /// the `__next__` of the instance it returns; the type of the items.
    pub(super) fn iter_protocol(&mut self, id: SpecId, iter: &Expr, t: Ty) -> Ty {
        let TyKind::Instance(c) = *self.t.types.kind(t) else {
            return TypeTable::NEVER;
        };
        // One `__iter__` per override among the classes the value may be at run time.
        let mut groups: Vec<(FuncId, Vec<ClassId>)> = vec![];
        for d in self.runtime_classes(c) {
            if let Some(f) = self.prog.lookup(d, "__iter__") {
                match groups.iter_mut().find(|(g, _)| *g == f) {
                    Some(g) => g.1.push(d),
                    None => groups.push((f, vec![d])),
                }
            }
        }
        if groups.is_empty() || self.prog.lookup(c, "__iter__").is_none() {
            let msg = format!("'{}' object is not iterable", self.prog.class(c).name);
            self.error(Diagnostic::new(Code::InvalidOperation, iter.span, msg).label("this value"));
            return TypeTable::NEVER;
        }
        let mut item = TypeTable::NEVER;
        let mut targets = vec![];
        for (m, classes) in groups {
            let owner = self.prog.owner(m).unwrap_or(c);
            let self_ty = if owner != c && self.prog.is_subclass(owner, c) {
                self.t.types.intern(TyKind::Instance(owner))
            } else {
                t
            };
            let Some((it_spec, next, it_item)) = self.iter_target(m, self_ty, iter) else {
                return TypeTable::NEVER;
            };
            let joined = self.t.types.join(item, it_item);
            if joined == TypeTable::DYN && item != TypeTable::DYN && item != TypeTable::NEVER {
                let msg = format!(
                    "the overrides of `__iter__` produce items of different types ({} and {})",
                    self.t.types.display(item),
                    self.t.types.display(it_item)
                );
                self.error(Diagnostic::unsupported(iter.span, &msg));
                return TypeTable::NEVER;
            }
            item = joined;
            targets.push((classes, it_spec, next));
        }
        let spec = &mut self.t.specs[id.0 as usize];
        spec.iter_protocol
            .insert(iter.id, (targets[0].1, targets[0].2));
        if targets.len() > 1 {
            spec.iter_overrides.insert(iter.id, targets);
        } else {
            spec.iter_overrides.remove(&iter.id);
        }
        item
    }

    /// `obj.__iter__()` (method `m` of an instance typed `self_ty`) for iterable `iter`: its
    /// specialization, the `__next__` of what it returns (none for a generator) and the type
    /// of the items; None after reporting what is not supported.
    fn iter_target(
        &mut self,
        m: FuncId,
        self_ty: Ty,
        iter: &Expr,
    ) -> Option<(SpecId, Option<SpecId>, Ty)> {
        let it_spec = self.spec_for(m, vec![self_ty]);
        let it = self.t.spec(it_spec).ret;
        match self.t.types.kind(it).clone() {
            TyKind::Generator(g) => Some((it_spec, None, self.t.specs[g as usize].yields)),
            TyKind::Instance(d) => match self.dunder(d, "__next__", iter.span) {
                Some(n) => {
                    let s = self.spec_for(n, vec![it]);
                    Some((it_spec, Some(s), self.t.spec(s).ret))
                }
                None => {
                    let msg = format!(
                        "iter() returned non-iterator of type '{}'",
                        self.prog.class(d).name
                    );
                    self.error(
                        Diagnostic::new(Code::InvalidOperation, iter.span, msg).label("this value"),
                    );
                    None
                }
            },
            // An `__iter__` that always raises: the loop never starts.
            TyKind::Never => Some((it_spec, None, TypeTable::NEVER)),
            // A value of run-time type (generators of several kinds): walked by the runtime,
            // items of run-time type.
            TyKind::Dyn => Some((it_spec, None, TypeTable::DYN)),
            _ => {
                let msg = format!(
                    "`__iter__` returning '{}' (a generator or an instance with `__next__` is supported)",
                    self.t.types.display(it)
                );
                self.error(Diagnostic::unsupported(iter.span, &msg));
                None
            }
        }
    }

    /// `for x in v` of a dynamic `v` that may hold an instance of a class defining
    /// `__iter__` (one of `TypeTable::dyn_classes`): each such `__iter__` (grouped by the
    /// function the classes reach) is specialized and recorded in `Spec::dyn_iters`; any
    /// other value is walked by the runtime. The items are dynamic values.
    pub(super) fn dyn_iter_protocol(&mut self, id: SpecId, iter: &Expr) {
        let classes = self.dyn_held_classes();
        let (groups, _) = self.method_groups(classes, "__iter__");
        let mut targets = vec![];
        for (m, classes) in groups {
            let owner = self.prog.owner(m).unwrap_or(classes[0]);
            let self_ty = self.t.types.intern(TyKind::Instance(owner));
            let Some((it_spec, next, item)) = self.iter_target(m, self_ty, iter) else {
                continue;
            };
            // (Items join the loop variable, a dynamic value.)
            self.t.types.join(item, TypeTable::DYN);
            targets.push((classes, it_spec, next));
        }
        let spec = &mut self.t.specs[id.0 as usize];
        if targets.is_empty() {
            spec.dyn_iters.remove(&iter.id);
        } else {
            spec.dyn_iters.insert(iter.id, targets);
        }
    }

    /// How deeply closures of `func` nest inside type `t` (closures held by the environments
    /// of closures…): 0 when `t` holds none. `compose(f, compose(g, h))` nests once; nested
    /// functions calling each other, or `acc = compose(acc, g)` in a loop, without end.
    pub(super) fn closure_nesting(&self, t: Ty, func: FuncId, depth: u32) -> u32 {
        self.closure_nesting_memo(t, func, depth, &mut HashMap::new())
    }

    /// [`Self::closure_nesting`], each type's answer remembered: closure types share their
    /// parts (`lambda env: x(env) + y(env)` of two results of one builder), so a walk of the
    /// tree they unfold to would take time exponential in the nesting.
    fn closure_nesting_memo(
        &self,
        t: Ty,
        func: FuncId,
        depth: u32,
        memo: &mut HashMap<Ty, u32>,
    ) -> u32 {
        if depth > 32 {
            return u32::MAX;
        }
        if let Some(n) = memo.get(&t) {
            return *n;
        }
        let n = match self.t.types.kind(t) {
            TyKind::Closure(fs) => fs
                .iter()
                .map(|(f, env)| {
                    let inner = env
                        .iter()
                        .map(|e| self.closure_nesting_memo(*e, func, depth + 1, memo))
                        .max()
                        .unwrap_or(0);
                    inner.saturating_add(u32::from(*f == func))
                })
                .max()
                .unwrap_or(0),
            TyKind::Optional(x) => self.closure_nesting_memo(*x, func, depth + 1, memo),
            _ => 0,
        };
        memo.insert(t, n);
        n
    }

    /// `obj.name` of a method as a value: a function value binding `obj` (its environment) to
    /// the method's `self`. When subclasses `obj` may be override it, the value may be any of
    /// the overrides (each binding `obj` as an instance of its own class); which one is decided
    /// by `obj`'s class when the value is made.
    pub(super) fn bound_method(&mut self, c: ClassId, obj: Ty, name: &str, span: Span) -> Ty {
        if !self.method_among(c, name) {
            return TypeTable::NEVER;
        }
        let mut targets: Vec<(FuncId, Vec<Ty>)> = vec![];
        for d in self.runtime_classes(c) {
            let Some(m) = self.prog.lookup(d, name) else {
                continue;
            };
            // A classmethod's `cls` was resolved for each class's copy of it: bound to None.
            // A static method is the plain function (nothing bound).
            let classmethod = self.prog.is_classmethod(m);
            let is_static = self.prog.is_static(m);
            if self.prog.classes.iter().any(|k| k.properties.contains(&m)) {
                let msg = format!("the property `{name}` used as a value");
                self.error(Diagnostic::unsupported(span, &msg));
                return TypeTable::NEVER;
            }
            if targets.iter().any(|(f, _)| *f == m) {
                continue;
            }
            if is_static {
                targets.push((m, vec![]));
                continue;
            }
            let owner = self.prog.owner(m).unwrap_or(c);
            let env = if classmethod {
                TypeTable::NONE
            } else if owner != c && self.prog.is_subclass(owner, c) {
                self.t.types.intern(TyKind::Instance(owner))
            } else {
                obj
            };
            targets.push((m, vec![env]));
        }
        self.t.types.intern(TyKind::Closure(targets))
    }

    /// Whether one of the classes an instance typed `c` may have when the program runs has a
    /// method `name` (its own or inherited).
    pub(super) fn method_among(&self, c: ClassId, name: &str) -> bool {
        self.runtime_classes(c)
            .into_iter()
            .any(|k| self.prog.lookup(k, name).is_some())
    }

    /// The type `except … as e` binds: the instance type when the clause names only user
    /// exception classes (their nearest common base), else a builtin exception object.
    pub(super) fn handler_type(&mut self, h: &Handler) -> Ty {
        if !h.kinds.is_empty() || !h.values.is_empty() || h.classes.is_empty() {
            return TypeTable::EXC;
        }
        let mut t = TypeTable::NEVER;
        for c in &h.classes {
            let ct = self.t.types.intern(TyKind::Instance(*c));
            t = self.t.types.join(t, ct);
        }
        t
    }

    /// The getter of property `name` of class `c`.
    /// Whether `name` is no attribute of class `c` itself but a property of some of the
    /// classes its instances may have when the program runs (and nothing else in any).
    pub(super) fn subclass_property(&self, c: ClassId, name: &str) -> bool {
        if self.prog.lookup(c, name).is_some() {
            return false;
        }
        let found: Vec<ClassId> = self
            .runtime_classes(c)
            .into_iter()
            .filter(|k| self.prog.lookup(*k, name).is_some())
            .collect();
        !found.is_empty() && found.iter().all(|k| self.property(*k, name).is_some())
    }

    /// Whether, for one of the classes an instance typed `c` may have, `name` is nearest a
    /// property rather than a class attribute.
    pub(super) fn property_among(&self, c: ClassId, name: &str) -> bool {
        self.runtime_classes(c)
            .into_iter()
            .any(|k| self.prog.nearest_property(k, name).is_some())
    }

    pub(super) fn property(&self, c: ClassId, name: &str) -> Option<FuncId> {
        let m = self.prog.lookup(c, name)?;
        let is_property = self.prog.classes.iter().any(|k| k.properties.contains(&m));
        is_property.then_some(m)
    }

    /// The list and the bounds of a slice being assigned or deleted (the slice `target` itself
    /// is a place, not a value): the list's type.
    pub(super) fn slice_place(&mut self, id: SpecId, target: &Expr) -> Ty {
        let ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
            ..
        } = &target.kind
        else {
            return TypeTable::NEVER;
        };
        let o = self.expr(id, obj);
        for part in [lower, upper, step].into_iter().flatten() {
            let t = self.expr(id, part);
            let t = self.index_dunder(id, part, t).unwrap_or(t);
            self.check_bound(t, part.span);
        }
        self.t.specs[id.0 as usize].exprs[target.id.0 as usize] = o;
        o
    }

    /// The field types of an instance of a named tuple class (one with `_fields`, made by
    /// `resolve/namedtuples.rs`), in order.
    pub(super) fn named_tuple_fields(&self, t: Ty) -> Option<Vec<Ty>> {
        let TyKind::Instance(c) = self.t.types.kind(t) else {
            return None;
        };
        self.prog.lookup_attr(*c, "_fields")?;
        let fields = &self.t.fields[self.prog.root(*c).0 as usize];
        Some(fields.iter().map(|(_, t)| *t).collect())
    }

    /// Whether `t` is a tuple (of fixed or any length).
    pub(super) fn is_tuple(&self, t: Ty) -> bool {
        self.t.types.tuple_items(t).is_some() || self.t.types.tuple_of(t).is_some()
    }

    /// `Optional[C]` → `C` for a class `C` (using an attribute of None raises at run time);
    /// other types unchanged.
    pub(super) fn strip_optional_instance(&mut self, t: Ty) -> Ty {
        match self.t.types.kind(t).clone() {
            TyKind::Optional(x) if matches!(self.t.types.kind(x), TyKind::Instance(_)) => x,
            _ => t,
        }
    }

    /// `e.__cause__` / `e.__context__` / `e.__suppress_context__` of a user exception
    /// instance `o`: fields of the hierarchy's root (an `Optional[exception]`, a bool) that
    /// binding the instance in an `except` clause fills in. `None` for any other attribute.
    pub(super) fn exc_link_field(&mut self, o: Ty, name: &str, span: Span) -> Option<Ty> {
        let TyKind::Instance(c) = *self.t.types.kind(o) else {
            return None;
        };
        if !matches!(name, "__cause__" | "__context__" | "__suppress_context__")
            || self.prog.exc_kind(c).is_none()
            || self.prog.lookup_attr(c, name).is_some()
        {
            return None;
        }
        let t = if name == "__suppress_context__" {
            TypeTable::BOOL
        } else {
            self.t.types.intern(TyKind::Optional(TypeTable::EXC))
        };
        self.set_field(c, name, t, span);
        Some(t)
    }

    /// Joins `t` into the type of attribute `name` of class `c` (adding the attribute).
    pub(super) fn set_field(&mut self, c: ClassId, name: &str, t: Ty, span: Span) {
        let c = self.prog.root(c);
        let fields = &mut self.t.fields[c.0 as usize];
        let slot = match fields.iter().position(|(n, _)| n == name) {
            Some(i) => {
                let old = fields[i].1;
                let new = self.t.types.join(old, t);
                if new != old {
                    self.t.fields[c.0 as usize][i].1 = new;
                    self.changed = true;
                }
                i
            }
            None => {
                fields.push((name.to_string(), t));
                self.changed = true;
                fields.len() - 1
            }
        };
        let o = self.field_origins.entry((c, slot)).or_default();
        if t != TypeTable::NEVER && t != TypeTable::DYN && !o.iter().any(|(x, _)| *x == t) {
            o.push((t, span));
        }
    }

    /// Printing or `str()` of an instance calls its `__str__` (or `__repr__`), through the
    /// table of its class at run time: specialize them for every class it may be, with the
    /// `__bool__`/`__len__`, `__eq__` and `__hash__` the runtime and truth tests use.
    pub(super) fn need_str(&mut self, t: Ty) {
        let t = self.strip_optional_instance(t);
        let TyKind::Instance(c) = self.t.types.kind(t).clone() else {
            return;
        };
        for d in self.runtime_classes(c) {
            let dt = self.t.types.intern(TyKind::Instance(d));
            let lookup = |name: &str| self.prog.lookup(d, name);
            let (str_m, repr_m) = (lookup("__str__"), lookup("__repr__"));
            let truth_m = lookup("__bool__").or_else(|| lookup("__len__"));
            let (eq_m, hash_m) = (lookup("__eq__"), lookup("__hash__"));
            if let Some(m) = repr_m {
                let s = self.spec_for(m, vec![dt]);
                self.t.repr_specs.insert(d, s);
            }
            // `str()` falls back to `__repr__`, except for an exception, whose `str()` is
            // BaseException's (its arguments).
            let str_fallback = repr_m.filter(|_| self.prog.exc_kind(d).is_none());
            if let Some(m) = str_m.or(str_fallback) {
                let s = self.spec_for(m, vec![dt]);
                self.t.str_specs.insert(d, s);
            }
            if let Some(m) = truth_m {
                let s = self.spec_for(m, vec![dt]);
                self.t.truth_specs.insert(d, s);
            }
            if let Some(m) = eq_m {
                // The other operand may be any class of the hierarchy (a dataclass's `__eq__`
                // tells them apart: `B() != C()` where both derive from `A`).
                let root = self.prog.operand_class(d, "__eq__");
                let rt = self.t.types.intern(TyKind::Instance(root));
                let s = self.spec_for(m, vec![dt, rt]);
                self.t.eq_specs.insert(d, s);
            }
            if self
                .prog
                .mro(d)
                .any(|k| self.t.types.dyn_classes.contains(&k))
            {
                // Held in a value of run-time type, it meets operands of every type.
                for name in ["__eq__", "__lt__", "__gt__"] {
                    if let Some(m) = self.prog.lookup(d, name) {
                        let s = self.spec_for(m, vec![dt, TypeTable::DYN]);
                        match name {
                            "__eq__" => self.t.eq_dyn_specs.insert(d, s),
                            "__lt__" => self.t.lt_dyn_specs.insert(d, s),
                            _ => self.t.gt_dyn_specs.insert(d, s),
                        };
                    }
                }
            }
            if let Some(m) = hash_m {
                let s = self.spec_for(m, vec![dt]);
                self.t.hash_specs.insert(d, s);
            }
            if let Some(m) = self.prog.lookup(d, "__lt__") {
                // The other operand may be any class of the hierarchy.
                let root = self.prog.operand_class(d, "__lt__");
                let rt = self.t.types.intern(TyKind::Instance(root));
                let s = self.spec_for(m, vec![dt, rt]);
                self.t.lt_specs.insert(d, s);
            } else if let Some(m) = self.prog.lookup(d, "__gt__") {
                let root = self.prog.operand_class(d, "__gt__");
                let rt = self.t.types.intern(TyKind::Instance(root));
                let s = self.spec_for(m, vec![dt, rt]);
                self.t.gt_specs.insert(d, s);
            }
        }
    }

    /// The classes an instance typed `c` may be at run time: `c` and the subclasses of it the
    /// program instantiates (just `c` until one is known).
    /// The method `name` of each of `classes`, grouped by the function each one reaches, and
    /// whether some class has none.
    #[allow(clippy::type_complexity)]
    pub(super) fn method_groups(
        &self,
        classes: Vec<ClassId>,
        name: &str,
    ) -> (Vec<(FuncId, Vec<ClassId>)>, bool) {
        let mut groups: Vec<(FuncId, Vec<ClassId>)> = vec![];
        let mut missing = false;
        for d in classes {
            match self.prog.lookup(d, name) {
                Some(f) => match groups.iter_mut().find(|(g, _)| *g == f) {
                    Some(g) => g.1.push(d),
                    None => groups.push((f, vec![d])),
                },
                None => missing = true,
            }
        }
        (groups, missing)
    }

    pub(super) fn runtime_classes(&self, c: ClassId) -> Vec<ClassId> {
        self.t.runtime_classes(self.prog, c)
    }

    /// The type of class attribute `name` read through an instance of `c`: of each class the
    /// instance may have when the program runs, the attribute it sees (its own or inherited).
    pub(super) fn class_attr_type(&mut self, c: ClassId, name: &str) -> Ty {
        let mut t = TypeTable::NEVER;
        for k in self.runtime_classes(c) {
            if let Some(g) = self.prog.lookup_attr(k, name) {
                t = self.t.types.join(t, self.t.globals[g.0 as usize]);
            }
        }
        t
    }

    /// The specialization of dunder `name` of class `c` called with `args` (the receiver
    /// first), recorded for the call under `key`; when subclasses the value may be at run time
    /// override it, each override is specialized for its class too (`Spec::virtual_dunders`).
    /// `None` when the class has no such method.
    pub(super) fn dunder_spec(
        &mut self,
        c: ClassId,
        name: &str,
        args: Vec<Ty>,
        key: ExprId,
    ) -> Option<SpecId> {
        self.virtual_spec(c, &|p, d| p.lookup(d, name), args, key)
    }

    /// As [`Infer::dunder_spec`], of the function `find` gives for each class (a method, a
    /// property's getter or setter).
    pub(super) fn virtual_spec(
        &mut self,
        c: ClassId,
        find: &dyn Fn(&Program, ClassId) -> Option<FuncId>,
        args: Vec<Ty>,
        key: ExprId,
    ) -> Option<SpecId> {
        let m = find(self.prog, c)?;
        let base = self.spec_for(m, self.with_defaults(m, args.clone()));
        let mut groups: Vec<(FuncId, Vec<ClassId>)> = vec![];
        for d in self.runtime_classes(c) {
            if let Some(f) = find(self.prog, d) {
                match groups.iter_mut().find(|(g, _)| *g == f) {
                    Some(g) => g.1.push(d),
                    None => groups.push((f, vec![d])),
                }
            }
        }
        if groups.len() <= 1 {
            self.t.specs[self.current.0 as usize]
                .virtual_dunders
                .remove(&key);
            return Some(base);
        }
        let mut targets = vec![];
        let mut ret = TypeTable::NEVER;
        for (f, classes) in groups {
            let owner = self.prog.owner(f).unwrap_or(c);
            let mut a = args.clone();
            if owner != c && self.prog.is_subclass(owner, c) {
                a[0] = self.t.types.intern(TyKind::Instance(owner));
            }
            let s = self.spec_for(f, self.with_defaults(f, a));
            // Overrides that return different types (an int and a float `area`) make the
            // value dynamic, as for methods.
            ret = self.t.types.join(ret, self.t.spec(s).ret);
            targets.push((classes, s));
        }
        self.t.specs[self.current.0 as usize]
            .virtual_dunders
            .insert(key, targets);
        Some(base)
    }

    /// The argument types of a dunder call of `f` given `args` (the receiver first), followed
    /// by those of the default values of the parameters after them (`def __pow__(self, n,
    /// mod=None)`).
    fn with_defaults(&self, f: FuncId, mut args: Vec<Ty>) -> Vec<Ty> {
        let params = &self.prog.func(f).params;
        args.extend(
            params
                .iter()
                .skip(args.len())
                .map_while(|p| p.default)
                .map(|g| self.t.globals[g.0 as usize]),
        );
        args
    }

    /// The type a dunder call under `key` returns: the join over its overrides.
    pub(super) fn dunder_ret(&mut self, key: ExprId, base: SpecId) -> Ty {
        let targets = self.t.specs[self.current.0 as usize]
            .virtual_dunders
            .get(&key)
            .cloned();
        match targets {
            Some(targets) => {
                let mut ret = TypeTable::NEVER;
                for (_, s) in targets {
                    let rt = self.t.spec(s).ret;
                    ret = self.t.types.join(ret, rt);
                }
                ret
            }
            None => self.t.spec(base).ret,
        }
    }

    /// The method `name` an operator or builtin calls on an instance typed `c`: one method for
    /// every class it may be at run time. A subclass overriding it is reported (operators do not
    /// dispatch virtually yet).
    pub(super) fn dunder(&mut self, c: ClassId, name: &str, span: Span) -> Option<FuncId> {
        let m = self.prog.lookup(c, name);
        for d in self.runtime_classes(c) {
            if self.prog.lookup(d, name) != m {
                let msg = format!(
                    "`{name}` overridden in subclass `{}` and called on a value of base class `{}`",
                    self.prog.class(d).name,
                    self.prog.class(c).name
                );
                self.error(Diagnostic::unsupported(span, &msg));
                return None;
            }
        }
        m
    }

    /// The arguments of a call of method `fid` (called `name`) with `npos` positional
    /// arguments and `keywords` matched to its parameters, or CPython's TypeError message.
    pub(super) fn bind_method(
        &self,
        fid: FuncId,
        name: &str,
        npos: usize,
        keywords: &[(String, Expr)],
    ) -> Result<Vec<Arg>, String> {
        let names: Vec<&str> = keywords.iter().map(|(k, _)| k.as_str()).collect();
        let owner = self
            .prog
            .owner(fid)
            .map_or("", |c| self.prog.class(c).name.as_str());
        let qualname = format!("{}.{name}", crate::hir::py_qualname(owner));
        // A `@staticmethod` takes no `self`.
        let skip = usize::from(!self.prog.is_static(fid));
        self.prog.func(fid).bind(&qualname, skip, npos, &names)
    }

    /// The specialization of method `fid` called with `self_ty` and the call's arguments.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_spec(
        &mut self,
        fid: FuncId,
        self_ty: Ty,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        call: &Expr,
    ) -> Option<SpecId> {
        let is_static = self.prog.is_static(fid);
        let binding = match self.bind_method(fid, name, tys.len(), keywords) {
            Ok(b) => b,
            Err(msg) => {
                self.error(
                    Diagnostic::new(Code::ArgumentMismatch, span, msg).label("in this call"),
                );
                return None;
            }
        };
        // A `@classmethod` gets `None` for `cls`.
        let is_cm = self.prog.is_classmethod(fid);
        let mut args = match (is_static, is_cm) {
            (true, _) => vec![],
            (_, true) => vec![TypeTable::NONE],
            _ => vec![self_ty],
        };
        for a in binding {
            args.push(match a {
                Arg::Pos(i) => tys[i],
                Arg::Kw(j) => kw[j],
                Arg::Default(g) => self.t.globals[g.0 as usize],
                Arg::VarArgs(is) => {
                    let items = is.iter().map(|i| tys[*i]).collect();
                    self.t.types.intern(TyKind::Tuple(items))
                }
                // `**kwargs`: a dict made at the call (its site is the call's).
                // `**d` alone: a copy of d (its type).
                Arg::VarKw(js) if js.iter().any(|j| keywords[*j].0 == "**") => {
                    let spread = js.iter().find(|j| keywords[**j].0 == "**").copied();
                    let d = spread.map(|j| kw[j]).unwrap_or(TypeTable::NEVER);
                    if js.len() > 1 || self.t.types.dict_site(d).is_none() {
                        let what = format!(
                            "`**` of a '{}' with other keyword arguments for `**kwargs`",
                            self.t.types.display(d)
                        );
                        self.error(Diagnostic::unsupported(span, &what));
                        return None;
                    }
                    d
                }
                Arg::VarKw(js) => {
                    let site = self.site_at(call);
                    let d = self.t.types.dict_of(site);
                    for j in js {
                        self.add_entry(d, TypeTable::STR, Some(kw[j]), span);
                    }
                    self.t.types.dict_of(site)
                }
            });
        }
        if args.contains(&TypeTable::NEVER) {
            return None;
        }
        Some(self.spec_for(fid, args))
    }

    /// `item in container`: a bool, with the container's element types widened by the item
    /// where it is a dict or set, and CPython's TypeErrors where the types cannot meet.
    pub(super) fn contains(&mut self, id: SpecId, item: &Expr, container: &Expr, e: &Expr) -> Ty {
        use TypeTable as T;
        let it = self.expr(id, item);
        let c = self.expr(id, container);
        let c = self.operand(id, container, c, NoneUse::Contains);
        if self
            .instance_dunder(c, "__contains__", vec![c, it], e.id, false)
            .is_some()
        {
            return T::BOOL;
        }
        if c == T::DYN
            && self
                .dyn_dunder((e, e.id), "__contains__", &[T::DYN], T::BOOL)
                .is_some()
        {
            return T::BOOL;
        }
        // A dynamic item in a str or builtin container: compared when it runs, without
        // widening the container's element types.
        if it == T::DYN
            && (c == T::STR
                || self.t.types.site(c).is_some()
                || self.t.types.dict_site(c).is_some()
                || self.t.types.set_site(c).is_some()
                || self.is_tuple(c))
        {
            return T::BOOL;
        }
        if c == T::BYTES {
            if !rules::is_intlike(it) && it != T::BYTES && it != T::NEVER {
                if let Some(name) = self.certain_type_name(it) {
                    let msg = format!("a bytes-like object is required, not '{name}'");
                    return self.always_type_error(e, msg, "this test");
                }
                let msg = format!(
                    "a bytes-like object is required, not '{}'",
                    self.t.types.display(it)
                );
                self.error(
                    Diagnostic::new(Code::InvalidOperation, item.span, msg).label("this value"),
                );
            }
            return T::BOOL;
        }
        if c == T::STR && it != T::STR && it != T::NEVER {
            if let Some(name) = self.certain_type_name(it) {
                let msg = format!("'in <string>' requires string as left operand, not {name}");
                return self.always_type_error(e, msg, "this test");
            }
            let msg = format!(
                "'in <string>' requires string as left operand, not {}",
                self.t.types.display(it)
            );
            self.error(Diagnostic::new(Code::InvalidOperation, item.span, msg).label("this value"));
        }
        if self.t.types.dict_site(c).is_some() {
            if it != T::NEVER {
                self.lookup_key(c, it, item.span);
            }
            return T::BOOL;
        }
        if self.t.types.set_site(c).is_some() {
            if it != T::NEVER {
                self.add_entry(c, it, None, item.span);
            }
            return T::BOOL;
        }
        if let TyKind::Tuple(items) = self.t.types.kind(c).clone() {
            // Instances meet through their class's `__eq__` (as in a list), else by identity.
            for t in items.iter().chain([&it]) {
                self.need_str(*t);
            }
            // `x in (a, b)`: `x == a or x == b`, each a comparison of static types.
            let inner = self.t.types.nullable(it);
            // (Instances of any classes: `==` calls the left one's `__eq__`.)
            let instance = |t: Ty| {
                let t = self.t.types.nullable(t).unwrap_or(t);
                matches!(self.t.types.kind(t), TyKind::Instance(_))
            };
            let comparable = |t: Ty| {
                t == it
                    || (instance(t) && instance(it))
                    || inner == Some(t)
                    || it == T::NEVER
                    || (self.t.types.is_numeric(t) && self.t.types.is_numeric(it))
                    || t == T::NONE
                    || it == T::NONE
                    // (A value of run-time type compares with anything when it runs.)
                    || t == T::DYN
            };
            if let Some(bad) = items.iter().find(|t| !comparable(**t)) {
                let msg = format!(
                    "`in` testing '{}' against a tuple holding '{}'",
                    self.t.types.display(it),
                    self.t.types.display(*bad)
                );
                self.error(Diagnostic::unsupported(e.span, &msg));
            }
            return T::BOOL;
        }
        // `x in g` of a generator: its values compared with `x` in turn, up to the first equal
        // one (the rest left in it). (Not of instances: their `__eq__` is not called there.)
        if let TyKind::Generator(g) = *self.t.types.kind(c) {
            let y = self.t.specs[g as usize].yields;
            if !matches!(self.t.types.kind(y), TyKind::Instance(_))
                && !matches!(self.t.types.kind(it), TyKind::Instance(_))
            {
                self.equal_across_types(y, it, item.span);
                return T::BOOL;
            }
        }
        if let Some(held) = self.t.types.elem(c).or_else(|| self.t.types.tuple_of(c)) {
            self.equal_across_types(held, it, item.span);
        }
        if self.t.types.site(c).is_none()
            && self.t.types.tuple_of(c).is_none()
            && c != T::NEVER
            && c != T::STR
        {
            if c == T::DYN {
                // Membership in a container held in a dynamic value (of a scalar, perhaps
                // None, or of a value of run-time type: compared as `==` compares two).
                let item_ty = self.t.spec(id).exprs[item.id.0 as usize];
                let scalar = |t: Ty| rules::is_scalar(t) || t == T::BYTES || t == T::DYN;
                if !scalar(item_ty) && !self.t.types.nullable(item_ty).is_some_and(scalar) {
                    self.dyn_use(item.span, "`in` with this item on");
                }
                return T::BOOL;
            }
            // A number, bool, None, function, or an instance whose class defines none of
            // `__contains__`, `__iter__`, `__getitem__`: CPython's TypeError when the test runs.
            let scalar = match self.t.types.kind(c) {
                TyKind::Int | TyKind::Float | TyKind::Bool | TyKind::None | TyKind::Closure(_) => {
                    true
                }
                TyKind::Instance(k) => (self.runtime_classes(*k).into_iter()).all(|k| {
                    ["__contains__", "__iter__", "__getitem__"]
                        .iter()
                        .all(|d| self.prog.lookup(k, d).is_none())
                }),
                _ => false,
            };
            if let (true, Some(name)) = (scalar, self.certain_type_name(c)) {
                let msg = format!("argument of type '{name}' is not iterable");
                return self.always_type_error(e, msg, "this test");
            }
            let msg = format!("`in` on '{}' is not supported yet", self.t.types.display(c));
            self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this value"));
        }
        T::BOOL
    }
}

/// `hasattr(obj, name)` for an instance of class `c`, when its class decides it: true for a
/// method, property or class attribute, false for a name no instance attribute of the
/// hierarchy has either; `None` for an instance attribute (set or not when it runs).
pub fn has_attr(
    prog: &Program,
    fields: &[Vec<(String, Ty)>],
    c: ClassId,
    name: &str,
) -> Option<bool> {
    // (A fallback natrix wrote, `__iter__` of a class with only `__getitem__`, is none.)
    let fallback = prog
        .mro(c)
        .find(|&k| prog.class(k).methods.iter().any(|(m, _)| m == name))
        .is_some_and(|k| prog.class(k).fallbacks.iter().any(|m| m == name));
    if (prog.lookup(c, name).is_some() && !fallback) || prog.lookup_attr(c, name).is_some() {
        return Some(true);
    }
    // A subclass's method or class attribute: the instance's class decides when it runs.
    if !classes_defining(prog, c, name).is_empty() {
        return None;
    }
    let field = fields[prog.root(c).0 as usize]
        .iter()
        .any(|(n, _)| n == name);
    if field {
        None
    } else {
        Some(false)
    }
}

/// The classes deriving from `c` (not `c`) that define method or class attribute `name`.
pub fn classes_defining(prog: &Program, c: ClassId, name: &str) -> Vec<ClassId> {
    prog.subtree(c)
        .into_iter()
        .filter(|d| {
            *d != c && (prog.lookup(*d, name).is_some() || prog.lookup_attr(*d, name).is_some())
        })
        .collect()
}
