//! Inference of builtin functions and of the methods of builtin types (str, list, dict, set).

use super::*;
use crate::types::SeqKind;

/// The library function `dict(m)` of a mapping instance calls (`stdlib/builtins.py`).
const DICT_OF_MAPPING: &str = "builtins._dict_of_mapping";

impl Infer<'_> {
    /// `round(obj[, ndigits])`, `math.floor(obj)`, `math.ceil(obj)`, `math.trunc(obj)`,
    /// `divmod(obj, other)` of an instance whose class defines `__round__`, `__floor__`,
    /// `__ceil__`, `__trunc__`, `__divmod__`: a call of it (with the other arguments), whatever
    /// it returns (`dunder_calls`); `None` for anything else.
    fn numeric_dunder(&mut self, b: Builtin, tys: &[Ty], e: &Expr) -> Option<Ty> {
        let dunder = match (b, tys.len()) {
            (Builtin::Round, 1 | 2) => "__round__",
            (Builtin::Divmod, 2) => "__divmod__",
            (Builtin::Math(i), 1) => match crate::builtins::MATH_FNS[i as usize].name {
                "floor" => "__floor__",
                "ceil" => "__ceil__",
                "trunc" => "__trunc__",
                _ => return None,
            },
            _ => return None,
        };
        let TyKind::Instance(c) = *self.t.types.kind(tys[0]) else {
            return None;
        };
        self.prog.lookup(c, dunder)?;
        let callee = self.dunder_spec(c, dunder, tys.to_vec(), e.id)?;
        self.t.specs[self.current.0 as usize]
            .dunder_calls
            .insert(e.id, callee);
        Some(self.dunder_ret(e.id, callee))
    }

    /// hex/oct/bin, int(s, base), pow, divmod, any/all; `None` for other builtins.
    pub(super) fn numeric_builtin(
        &mut self,
        id: SpecId,
        b: Builtin,
        tys: &[Ty],
        args: &[Expr],
        e: &Expr,
    ) -> Option<Ty> {
        use TypeTable as T;
        let n = tys.len();
        if let Some(t) = self.numeric_dunder(b, tys, e) {
            return Some(t);
        }
        let bad = |this: &mut Self, what: &str| {
            if let Some(t) = this.builtin_always_raises(b, tys, e) {
                return Some(t);
            }
            let names: Vec<String> = tys.iter().map(|t| this.t.types.display(*t)).collect();
            let msg = format!("{what}() of ({}) is not supported", names.join(", "));
            this.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("in this call"));
            Some(T::NEVER)
        };
        match b {
            Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                // (Of an instance with `__index__`: the int it gives.)
                let t = (n == 1).then(|| self.index_dunder(id, &args[0], tys[0]).unwrap_or(tys[0]));
                if t.is_some_and(|t| is_intlike(t) || t == T::DYN) {
                    Some(T::STR)
                } else {
                    bad(self, b.name())
                }
            }
            Builtin::Int if n == 2 => {
                if matches!(tys[0], T::STR | T::DYN) && (is_intlike(tys[1]) || tys[1] == T::DYN) {
                    Some(T::INT)
                } else {
                    bad(self, "int")
                }
            }
            Builtin::Pow if n == 2 => {
                match binary_type(BinOp::Pow, tys[0], tys[1], self.exponent(id, &args[1])) {
                    Some(t) => Some(t),
                    None => bad(self, "pow"),
                }
            }
            // (A value of run-time type, `2 ** p - 1`, is converted to an int when it runs.)
            Builtin::Pow if n == 3 => {
                if tys.iter().all(|t| is_intlike(*t) || *t == T::DYN) {
                    Some(T::INT)
                } else {
                    bad(self, "pow")
                }
            }
            Builtin::Pow => bad(self, "pow"),
            Builtin::Divmod if n == 2 => {
                let item = if is_intlike(tys[0]) && is_intlike(tys[1]) {
                    T::INT
                } else if self.t.types.is_numeric(tys[0]) && self.t.types.is_numeric(tys[1]) {
                    T::FLOAT
                } else if tys.contains(&T::DYN)
                    && tys
                        .iter()
                        .all(|t| *t == T::DYN || self.t.types.is_numeric(*t))
                {
                    // Numbers of run-time type: the runtime applies the rules.
                    T::DYN
                } else {
                    return bad(self, "divmod");
                };
                Some(self.t.types.intern(TyKind::Tuple(vec![item, item])))
            }
            Builtin::Divmod => bad(self, "divmod"),
            Builtin::Id if n == 1 => Some(T::INT),
            Builtin::Id => bad(self, "id"),
            Builtin::Any | Builtin::All => {
                let types = &self.t.types;
                let iterable = |t: Ty| {
                    types.site(t).is_some()
                        || matches!(types.kind(t), TyKind::Set(_) | TyKind::Dict(_))
                        || matches!(t, T::STR | T::BYTES | T::DYN)
                        || types.tuple_items(t).is_some()
                        || types.tuple_of(t).is_some()
                };
                if n == 1 && iterable(tys[0]) {
                    Some(T::BOOL)
                } else {
                    bad(self, b.name())
                }
            }
            _ => None,
        }
    }

    /// Builtins over lists; `None` when the arguments are not lists.
    pub(super) fn list_builtin(&mut self, b: Builtin, tys: &[Ty], e: &Expr) -> Option<Ty> {
        use TypeTable as T;
        // A copy has the type of what it copies (sharing its element types).
        if let (Builtin::Copy | Builtin::DeepCopy, [t]) = (b, tys) {
            return Some(*t);
        }
        if let (true, [T::BYTES]) = (b.over_items(), tys) {
            // Over a bytes object's ints, as over a list of them (`mir/build/builtins.rs`
            // makes one).
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            self.add_elem(l, T::INT, e.span);
            let l = self.t.types.list_of(site);
            return match self.list_builtin(b, &[l], e) {
                Some(t) => Some(t),
                None => builtin_type(b, &[l]).ok(),
            };
        }
        if let (Builtin::IntFromBytes, [l, T::STR, T::BOOL]) = (b, tys) {
            // `int.from_bytes([1, 2], "big")`: of a list of ints, as of `bytes` of it.
            if matches!(self.t.types.kind(*l), TyKind::List(_))
                && self
                    .t
                    .types
                    .elem(*l)
                    .is_some_and(|x| is_intlike(x) || x == T::NEVER)
            {
                return Some(T::INT);
            }
        }
        if let (Builtin::ZipStar, [rows]) = (b, tys) {
            // Rows that are lists or tuples of one item type: tuples of that type. Rows that
            // are tuples of different item types (`names, ages = zip(*people)`), or values of
            // run-time type: each tuple holds one column, so the tuples are dynamic values.
            let row = self.t.types.elem(*rows)?;
            // (Rows of run-time type, `zip(headers, *rows)` of a list and tuples: tuples of
            // such values.)
            let item = if row == T::NEVER || row == T::STR || row == T::DYN {
                row
            } else {
                self.t
                    .types
                    .elem(row)
                    .or_else(|| self.t.types.tuple_of(row))
                    .or_else(|| {
                        let items = self.t.types.tuple_items(row)?;
                        let first = *items.first()?;
                        Some(if items.iter().all(|t| *t == first) {
                            first
                        } else {
                            T::DYN
                        })
                    })?
            };
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            let t = if item == T::DYN {
                T::DYN
            } else {
                self.t.types.intern(TyKind::TupleOf(item))
            };
            self.add_elem(l, t, e.span);
            return Some(self.t.types.list_of(site));
        }
        if b == Builtin::Tuple {
            return Some(match tys {
                [] => self.t.types.intern(TyKind::Tuple(vec![])),
                [t] if self.t.types.tuple_items(*t).is_some() => *t,
                [t] if self.t.types.tuple_of(*t).is_some() => *t,
                // `tuple(x)` of a dynamic value: a tuple of its items, itself a dynamic value.
                [T::DYN] => T::DYN,
                [t] => {
                    let item = self
                        .t
                        .types
                        .elem(*t)
                        .or(if *t == T::STR { Some(T::STR) } else { None })
                        .or_else(|| self.t.types.set_elem(*t))
                        .or_else(|| self.t.types.dict_kv(*t).map(|kv| kv.0));
                    match item {
                        Some(x) => self.t.types.intern(TyKind::TupleOf(x)),
                        None => return None,
                    }
                }
                _ => return None,
            });
        }
        // `bool(g)` of a generator (`infer.rs` leaves it undrained): true.
        if let (Builtin::Bool, [t]) = (b, tys) {
            if matches!(self.t.types.kind(*t), TyKind::Generator(_)) {
                return Some(T::BOOL);
            }
        }
        // A tuple of any length: as a list of its items.
        if let Some(x) = tys.first().and_then(|t| self.t.types.tuple_of(*t)) {
            match b {
                Builtin::Len | Builtin::Hash if tys.len() == 1 => return Some(T::INT),
                Builtin::Str | Builtin::Repr | Builtin::Format => return Some(T::STR),
                Builtin::Bool => return Some(T::BOOL),
                _ => {
                    let site = self.site_at(e);
                    let l = self.t.types.list_of(site);
                    self.add_elem(l, x, e.span);
                    let l = self.t.types.list_of(site);
                    let mut as_list = tys.to_vec();
                    as_list[0] = l;
                    return self.list_builtin(b, &as_list, e);
                }
            }
        }
        if b == Builtin::List && tys.is_empty() {
            let site = self.site_at(e);
            return Some(self.t.types.list_of(site));
        }
        // `str.maketrans(x, y[, z])`: code points to code points, or to `None` for `z`'s.
        if b == Builtin::MakeTrans
            && (tys.len() == 2 || tys.len() == 3)
            && tys.iter().all(|t| *t == T::STR)
        {
            let site = self.site_at(e);
            let d = self.t.types.dict_of(site);
            let v = if tys.len() == 3 {
                self.t.types.intern(TyKind::Optional(T::INT))
            } else {
                T::INT
            };
            self.add_entry(d, T::INT, Some(v), e.span);
            return Some(self.t.types.dict_of(site));
        }
        if b == Builtin::Dict && tys.is_empty() {
            let site = self.site_at(e);
            return Some(self.t.types.dict_of(site));
        }
        // `dict(d)`: a copy, of the same type.
        if let (Builtin::Dict, [t]) = (b, tys) {
            if matches!(self.t.types.kind(*t), TyKind::Dict(_)) {
                return Some(*t);
            }
            // Of a value of run-time type, or a list of them: a dict of dynamic keys and
            // values.
            let dyn_items = matches!(self.t.types.kind(*t), TyKind::List(_))
                && self.iter_item(*t) == Some(T::DYN);
            if *t == T::DYN || dyn_items {
                let site = self.site_at(e);
                let d = self.t.types.dict_of(site);
                self.add_entry(d, T::DYN, Some(T::DYN), e.span);
                return Some(d);
            }
        }
        // `dict(m)` of an instance with `keys()` (a `Counter`, an `OrderedDict`): its items,
        // by the library's `builtins._dict_of_mapping(m)`.
        if let (Builtin::Dict, [t]) = (b, tys) {
            if let TyKind::Instance(c) = *self.t.types.kind(*t) {
                let helper = self.prog.func_named(DICT_OF_MAPPING);
                if let (Some(f), Some(_)) = (helper, self.prog.lookup(c, "keys")) {
                    let callee = self.spec_for(f, vec![*t]);
                    self.t.specs[self.current.0 as usize]
                        .dunder_calls
                        .insert(e.id, callee);
                    return Some(self.dunder_ret(e.id, callee));
                }
            }
        }
        if let (Builtin::Dict, [t]) = (b, tys) {
            if let Some(d) = self.dict_of_pairs(*t, e) {
                return Some(d);
            }
        }
        if b == Builtin::Set && tys.len() <= 1 {
            let site = self.site_at(e);
            let st = self.t.types.set_of(site);
            if let Some(&t) = tys.first() {
                // (Of a value of run-time type: its items, each of run-time type.)
                match self.iter_item(t).or((t == T::DYN).then_some(T::DYN)) {
                    Some(el) => self.add_entry(st, el, None, e.span),
                    None => {
                        if let Some(t) = self.builtin_always_raises(b, tys, e) {
                            return Some(t);
                        }
                        let msg = format!(
                            "set() of '{}' is not supported yet",
                            self.t.types.display(t)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"),
                        );
                    }
                }
            }
            return Some(self.t.types.set_of(site));
        }
        // `str.maketrans(mapping)` of characters (or code points) to anything: code points
        // to the same values.
        if let (Builtin::MakeTrans, [m]) = (b, tys) {
            if let Some((k, v)) = self.t.types.dict_kv(*m) {
                if matches!(k, T::STR | T::INT | T::DYN | T::NEVER) {
                    let site = self.site_at(e);
                    let d = self.t.types.dict_of(site);
                    self.add_entry(d, T::INT, Some(v), e.span);
                    return Some(self.t.types.dict_of(site));
                }
            }
        }
        if let Some(&first) = tys.first() {
            let container = self
                .t
                .types
                .dict_kv(first)
                .map(|kv| kv.0)
                .or_else(|| self.t.types.set_elem(first));
            if let (Some(elem), 1) = (container, tys.len()) {
                let is_dict = self.t.types.dict_site(first).is_some();
                return Some(match b {
                    // `hash()` of a set raises CPython's TypeError (a frozenset's is its hash).
                    Builtin::Len | Builtin::Hash => T::INT,
                    Builtin::Str | Builtin::Repr | Builtin::Format => T::STR,
                    Builtin::Bool => T::BOOL,
                    Builtin::Sorted | Builtin::List => {
                        let site = self.site_at(e);
                        let l = self.t.types.list_of(site);
                        self.add_elem(l, elem, e.span);
                        self.t.types.list_of(site)
                    }
                    Builtin::Min | Builtin::Max if matches!(elem, T::INT | T::FLOAT | T::STR) => {
                        elem
                    }
                    Builtin::Sum if !is_dict && (is_intlike(elem) || elem == T::FLOAT) => {
                        if elem == T::FLOAT {
                            T::FLOAT
                        } else {
                            T::INT
                        }
                    }
                    Builtin::Print => return None,
                    _ => {
                        if let Some(t) = self.builtin_always_raises(b, tys, e) {
                            return Some(t);
                        }
                        let msg = format!(
                            "{}() of '{}' is not supported yet",
                            b.name(),
                            self.t.types.display(first)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"),
                        );
                        T::NEVER
                    }
                });
            }
        }
        let mut first = *tys.first()?;
        // `f"{end:%b %d}"` of an instance that may be None, with a spec: its class's
        // `__format__`, after None's TypeError.
        if let (Builtin::Format, Some(inner), ExprKind::Builtin(_, args)) =
            (b, self.t.types.nullable(first), &e.kind)
        {
            let spec =
                matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::Str(s)) if !s.is_empty());
            let formats = matches!(*self.t.types.kind(inner), TyKind::Instance(c)
                if self.prog.lookup(c, "__format__").is_some());
            if spec && formats {
                let msg =
                    NoneUse::Message("unsupported format string passed to NoneType.__format__");
                first = self.operand(self.current, &args[0], first, msg);
            }
        }
        // `format(obj, spec)` and f-string fields: the class's `__format__` (with "" for no
        // spec), when it has one.
        if let TyKind::Instance(c) = *self.t.types.kind(first) {
            let spec_ok = tys.len() == 1 || (tys.len() == 2 && matches!(tys[1], T::STR | T::DYN));
            if b == Builtin::Format && spec_ok && self.prog.lookup(c, "__format__").is_some() {
                let callee = self.dunder_spec(c, "__format__", vec![first, T::STR], e.id)?;
                self.t.specs[self.current.0 as usize]
                    .dunder_calls
                    .insert(e.id, callee);
                let ret = self.dunder_ret(e.id, callee);
                if ret != T::STR && ret != T::NEVER {
                    let msg = format!(
                        "__format__ must return a str, not {}",
                        self.t.types.display(ret)
                    );
                    self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"));
                }
                return Some(T::STR);
            }
        }
        // `format(obj, spec)` of an instance without `__format__`: `object.__format__`, its
        // str() for an empty spec (else TypeError, when it runs).
        if let (TyKind::Instance(_), Builtin::Format, [_, T::STR | T::DYN]) =
            (self.t.types.kind(first), b, tys)
        {
            self.need_str(first);
            return Some(T::STR);
        }
        let inst = self.strip_optional_instance(first);
        if let (TyKind::Instance(c), 1) = (self.t.types.kind(inst).clone(), tys.len()) {
            self.need_str(first);
            // `float(obj)`, `int(obj)`: the class's `__float__`, `__int__` (or `__index__`).
            let conversion = match b {
                Builtin::Float => Some(("__float__", T::FLOAT)),
                Builtin::Int if self.prog.lookup(c, "__int__").is_some() => {
                    Some(("__int__", T::INT))
                }
                Builtin::Int => Some(("__index__", T::INT)),
                _ => None,
            };
            if let Some((dunder, want)) =
                conversion.filter(|(d, _)| self.prog.lookup(c, d).is_some())
            {
                if inst != first {
                    return None;
                }
                let callee = self.dunder_spec(c, dunder, vec![first], e.id)?;
                self.t.specs[self.current.0 as usize]
                    .dunder_calls
                    .insert(e.id, callee);
                let ret = self.dunder_ret(e.id, callee);
                // (A value of run-time type is converted when it returns.)
                if ret != want && ret != T::NEVER && ret != T::DYN {
                    let msg = format!(
                        "{}.{dunder} returned non-{} (type {})",
                        self.prog.class(c).name,
                        self.t.types.display(want),
                        self.t.types.display(ret)
                    );
                    self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"));
                }
                return Some(want);
            }
            if matches!(b, Builtin::Len | Builtin::Abs | Builtin::Hash) && inst == first {
                let dunder = match b {
                    Builtin::Len => "__len__",
                    Builtin::Abs => "__abs__",
                    _ => "__hash__",
                };
                // `hash(obj)` of a class without `__hash__`: its identity's, or CPython's
                // TypeError when `__eq__` (or `__hash__ = None`) made it unhashable (the
                // runtime's hash of the object).
                if b == Builtin::Hash
                    && (self.prog.lookup(c, dunder).is_none() || self.prog.eq_drops_hash(c))
                {
                    return Some(T::INT);
                }
                let callee = self.dunder_spec(c, dunder, vec![first], e.id)?;
                self.t.specs[self.current.0 as usize]
                    .dunder_calls
                    .insert(e.id, callee);
                let ret = self.dunder_ret(e.id, callee);
                // `hash(obj)` is the hash of the int `__hash__` returns.
                return if b == Builtin::Hash && !is_intlike(ret) && ret != T::NEVER {
                    None
                } else if b == Builtin::Hash {
                    Some(T::INT)
                } else {
                    Some(ret)
                };
            }
            return match b {
                Builtin::Str | Builtin::Repr | Builtin::Format => Some(T::STR),
                Builtin::Bool => Some(T::BOOL),
                _ => None,
            };
        }
        let opt_exc = self.t.types.intern(TyKind::Optional(T::EXC));
        let func = matches!(self.t.types.kind(first), TyKind::Closure(_));
        if (first == T::EXC || first == opt_exc || func) && tys.len() == 1 {
            return match b {
                Builtin::Str | Builtin::Repr | Builtin::Format => Some(T::STR),
                // (A function's, or a class's: by its number, or its name.)
                Builtin::Hash if func => Some(T::INT),
                Builtin::Bool => Some(T::BOOL),
                _ => None,
            };
        }
        if let (Some(items), 1) = (self.t.types.tuple_items(first), tys.len()) {
            // Over the items as over a list of their join (dynamic when they differ).
            let mut elem = T::NEVER;
            for t in &items {
                elem = self.t.types.join(elem, *t);
            }
            return match b {
                Builtin::Len | Builtin::Hash => Some(T::INT),
                Builtin::Str | Builtin::Repr | Builtin::Format => Some(T::STR),
                Builtin::Bool => Some(T::BOOL),
                Builtin::List | Builtin::Sorted => {
                    let site = self.site_at(e);
                    let l = self.t.types.list_of(site);
                    self.add_elem(l, elem, e.span);
                    Some(self.t.types.list_of(site))
                }
                Builtin::Sum if is_intlike(elem) || elem == T::NEVER => Some(T::INT),
                Builtin::Sum | Builtin::Min | Builtin::Max
                    if matches!(elem, T::FLOAT | T::DYN)
                        || (b != Builtin::Sum && matches!(elem, T::INT | T::STR | T::BOOL)) =>
                {
                    Some(elem)
                }
                _ => None,
            };
        }
        if matches!(b, Builtin::List | Builtin::Sorted) && first == T::BYTES && tys.len() == 1 {
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            self.add_elem(l, T::INT, e.span);
            return Some(self.t.types.list_of(site));
        }
        if b == Builtin::Bytes && tys.len() == 1 {
            if let Some(x) = self.t.types.elem(first) {
                if is_intlike(x) || x == T::NEVER {
                    return Some(T::BYTES);
                }
            }
        }
        // Of a range or a dict view: a new list (its items may widen; the range's cannot).
        if matches!(b, Builtin::List | Builtin::Sorted)
            && tys.len() == 1
            && self.t.types.view(first).is_some()
        {
            if let Some(elem) = self.t.types.elem(first) {
                let site = self.site_at(e);
                let l = self.t.types.list_of(site);
                self.add_elem(l, elem, e.span);
                return Some(self.t.types.list_of(site));
            }
        }
        if matches!(b, Builtin::List | Builtin::Sorted) && first == T::STR && tys.len() == 1 {
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            self.add_elem(l, T::STR, e.span);
            return Some(self.t.types.list_of(site));
        }
        // A container held in a dynamic value: over a list of its items, each dynamic.
        let first = if first == T::DYN
            && tys.len() == 1
            && matches!(
                b,
                Builtin::List | Builtin::Sorted | Builtin::Sum | Builtin::Min | Builtin::Max
            ) {
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            self.add_elem(l, T::DYN, e.span);
            self.t.types.list_of(site)
        } else {
            first
        };
        let elem = self.t.types.elem(first)?;
        // (Of values that may be None, `[t.hours for t in ts if t.hours is not None]`, which
        // does not narrow the attribute: summed as the numbers, CPython's TypeError at a None.)
        let summed = self.t.types.nullable(elem).unwrap_or(elem);
        let t = match (b, tys.len()) {
            (Builtin::Len, 1) => T::INT,
            (Builtin::Sum, 1) if elem == T::NEVER && !self.empty_defaults => T::NEVER,
            (Builtin::Sum, 1) if is_intlike(summed) || elem == T::NEVER => T::INT,
            // (Of values only None so far, before the fixpoint: a method caching its result in
            // an attribute that starts as None, summing its own results over children. An int,
            // which then widens the attribute; the final pass reports what stays None.)
            (Builtin::Sum, 1) if summed == T::NONE && !self.report => T::INT,
            (Builtin::Sum, 1) if summed == T::FLOAT => T::FLOAT,
            (Builtin::Sum, 1)
                if elem == T::DYN && matches!(self.t.types.kind(first), TyKind::List(_)) =>
            {
                // `0 + x0 + x1 + …`: an instance among the items adds by its `__add__`, or
                // the other operand's `__radd__` (`Infer::instance_binary`'s dispatch).
                let dyn_args = &[T::DYN];
                self.dyn_dunder((e, e.id), "__add__", dyn_args, T::DYN);
                self.dyn_dunder((e, e.id.reflected()), "__radd__", dyn_args, T::DYN);
                T::DYN
            }
            // Of instances (`sum(prices)`): `0 + p0` by `__radd__`, then `__add__`, of the
            // classes they may be, the sum a value of run-time type (as for a mixed list).
            (Builtin::Sum, 1) if matches!(self.t.types.kind(elem), TyKind::Instance(_)) => {
                let TyKind::Instance(c) = *self.t.types.kind(elem) else {
                    unreachable!("an instance")
                };
                // (Without either, the runtime's TypeError at the first item; an empty list
                // sums to 0.)
                let ks = self.runtime_classes(c);
                let dyn_args = &[T::DYN];
                self.dunder_of_classes(ks.clone(), (e, e.id), "__add__", dyn_args, T::DYN);
                let key = (e, e.id.reflected());
                self.dunder_of_classes(ks, key, "__radd__", dyn_args, T::DYN);
                T::DYN
            }
            (Builtin::Min | Builtin::Max, 1)
                if matches!(elem, T::INT | T::FLOAT | T::STR | T::BOOL | T::DYN) =>
            {
                elem
            }
            (Builtin::Sorted | Builtin::List, 1) => first,
            (Builtin::Str | Builtin::Repr | Builtin::Format, 1) => T::STR,
            (Builtin::Bool, 1) => T::BOOL,
            (Builtin::Print, _) => return None,
            _ => {
                if let Some(t) = self.builtin_always_raises(b, tys, e) {
                    return Some(t);
                }
                let msg = format!(
                    "{}() of '{}' is not supported yet",
                    b.name(),
                    self.t.types.display(first)
                );
                self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"));
                T::NEVER
            }
        };
        Some(t)
    }

    pub(super) fn method(
        &mut self,
        r: Ty,
        name: &str,
        tys: &[Ty],
        args: &[Expr],
        span: Span,
        e: &Expr,
    ) -> Ty {
        use TypeTable as T;
        // A method the builtin type has not (`n.append(1)` of an int): CPython's
        // AttributeError when it runs.
        if let Some(ty) = self.lacked_builtin_attr(r, name) {
            let msg = format!("'{ty}' object has no attribute '{name}'");
            return self.always_raises(e, ExcKind::AttributeError, msg, "this method");
        }
        if r == T::STR && name == "encode" && matches!(tys, [] | [T::STR] | [T::STR, T::STR]) {
            return T::BYTES;
        }
        if r == T::STR {
            // `sep.join(parts)` of a list that may be None: the list, checked when it runs.
            if let ("join", [t], [a]) = (name, tys, args) {
                if self.t.types.nullable(*t).is_some() {
                    let use_ = NoneUse::Message("can only join an iterable");
                    let t = self.operand(self.current, a, *t, use_);
                    return self.str_method(name, &[t], args, span, e);
                }
            }
            return self.str_method(name, tys, args, span, e);
        }

        if is_intlike(r) && matches!(name, "bit_length" | "bit_count") && tys.is_empty() {
            return T::INT;
        }
        // `n.to_bytes(length, byteorder, signed)` (resolve gives keywords their places).
        if is_intlike(r) && name == "to_bytes" && tys.len() <= 3 {
            let wants = [T::INT, T::STR, T::BOOL];
            if tys
                .iter()
                .zip(wants)
                .all(|(t, w)| *t == w || (w == T::INT && is_intlike(*t)))
            {
                return T::BYTES;
            }
        }
        if r == T::BYTES {
            match (name, tys) {
                ("decode", [] | [T::STR] | [T::STR, T::STR]) | ("hex", []) => return T::STR,
                ("hex", [T::STR | T::BYTES] | [T::STR | T::BYTES, T::INT | T::BOOL]) => {
                    return T::STR
                }
                ("startswith" | "endswith", [T::BYTES]) => return T::BOOL,
                ("startswith" | "endswith", [t])
                    if matches!(self.uniform_tuple(*t), Some(T::BYTES | T::NEVER))
                        || self.t.types.tuple_of(*t) == Some(T::BYTES) =>
                {
                    return T::BOOL
                }
                ("join", [l]) if matches!(self.t.types.elem(*l), Some(T::BYTES | T::NEVER)) => {
                    return T::BYTES
                }
                _ => {}
            }
            if let Some(m) = crate::builtins::bytes_method(name, tys.len()) {
                self.table_method_args("bytes", m, tys, args);
                return self.shape_type(m.ret, e);
            }
        }
        if r == T::FLOAT && tys.is_empty() {
            match name {
                "hex" => return T::STR,
                "is_integer" => return T::BOOL,
                "as_integer_ratio" => {
                    return self.t.types.intern(TyKind::Tuple(vec![T::INT, T::INT]))
                }
                _ => {}
            }
        }
        if let ("index" | "count", [_], TyKind::Tuple(_) | TyKind::TupleOf(_)) =
            (name, tys, self.t.types.kind(r))
        {
            return T::INT;
        }
        if let ("close", [], TyKind::Generator(_)) = (name, tys, self.t.types.kind(r)) {
            return T::NONE;
        }
        if let ("send", [v], TyKind::Generator(g)) = (name, tys, self.t.types.kind(r).clone()) {
            return self.generator_send(g, *v, span);
        }
        if let ("throw", [x], TyKind::Generator(g)) = (name, tys, self.t.types.kind(r).clone()) {
            let exception = *x == T::EXC
                || matches!(*self.t.types.kind(*x),
                    TyKind::Instance(c) if self.prog.exc_kind(c).is_some());
            if exception {
                return self.generator_throw(g, span);
            }
        }
        if self.t.types.dict_site(r).is_some() {
            return self.dict_method(r, name, tys, args, span, e);
        }
        if self.t.types.set_site(r).is_some() {
            return self.set_method(r, name, tys, args, span);
        }
        // A method of the program's exception classes, on an exception caught by a builtin
        // class (`except OSError as e: e.describe()`): of whichever class it is, when it runs.
        if r == T::EXC {
            let classes: Vec<ClassId> = (self.t.instantiated.iter().copied())
                .filter(|c| self.prog.exc_kind(*c).is_some())
                .collect();
            if classes.iter().any(|c| self.prog.lookup(*c, name).is_some()) {
                return self.dyn_method_among(classes, name, tys, &[], &[], span, e);
            }
        }
        let Some(elem) = self.t.types.elem(r) else {
            let msg = format!("'{}' object has no attribute '{name}' (methods of this type are not supported yet)", self.t.types.display(r));
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return T::NEVER;
        };
        let arity = |n: usize| tys.len() == n;
        if let ("index" | "count" | "remove", Some(&sought)) = (name, tys.first()) {
            self.equal_across_types(elem, sought, args[0].span);
        }
        match name {
            "append" if arity(1) => {
                self.add_elem(r, tys[0], args[0].span);
                T::NONE
            }
            "insert" if arity(2) => {
                self.check_index(tys[0], args[0].span);
                self.add_elem(r, tys[1], args[1].span);
                T::NONE
            }
            // Of a list, or a str, tuple, set or dict (its items, as a list first), or of a
            // generator or an iterable instance (drained into a list first).
            "extend" if arity(1) => match self
                .iter_item(tys[0])
                .or_else(|| {
                    let drained = self.generator_as_list(self.current, &args[0], tys[0], true);
                    (drained != tys[0])
                        .then(|| self.iter_item(drained))
                        .flatten()
                })
                .or((tys[0] == T::DYN).then_some(T::DYN))
                .or((tys[0] == T::BYTES).then_some(T::INT))
            {
                Some(other) => {
                    self.add_elem(r, other, args[0].span);
                    T::NONE
                }
                None => {
                    self.error(
                        Diagnostic::new(
                            Code::InvalidOperation,
                            args[0].span,
                            "extend() of anything but a list, str, tuple, set, dict, generator or iterable instance is not supported yet",
                        )
                        .label("here"),
                    );
                    T::NEVER
                }
            },
            "pop" if arity(0) => elem,
            "pop" if arity(1) => {
                self.check_index(tys[0], args[0].span);
                elem
            }
            "index" | "count" if arity(1) => T::INT,
            // `xs.index(v, start[, stop])`.
            "index" if arity(2) || arity(3) => {
                for k in 1..tys.len() {
                    self.check_index_into(tys[k], args[k].span, "slice");
                }
                // As for `index(x)`, a value converts to the items' type, except a scalar of
                // another kind than the items (CPython compares it item by item: refused).
                let x = tys[0];
                let base = match self.t.types.kind(elem) {
                    TyKind::Optional(inner) => *inner,
                    _ => elem,
                };
                let scalar = |t: Ty| [T::INT, T::FLOAT, T::BOOL, T::NONE, T::STR].contains(&t);
                let numbers = is_intlike(x) && (base == T::INT || base == T::FLOAT);
                let fits = x == elem
                    || x == base
                    || [elem, x].contains(&T::DYN)
                    || x == T::NEVER
                    || (x == T::NONE && base != elem)
                    || numbers
                    || !(scalar(x) || scalar(base));
                if !fits {
                    self.error(Diagnostic::unsupported(
                        args[0].span,
                        "`list.index(x, start)` with an `x` of another type than the items",
                    ));
                }
                T::INT
            }
            "remove" if arity(1) => T::NONE,
            "sort" | "reverse" | "clear" if arity(0) => T::NONE,
            "copy" if arity(0) => r,
            _ => {
                let msg = format!(
                    "list.{name}() with {} arguments is not supported",
                    tys.len()
                );
                self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
                T::NEVER
            }
        }
    }

    /// Joins a key (and value) into a dict's (or an element into a set's) types, remembering
    /// where each came from.
    pub(super) fn add_entry(&mut self, container: Ty, k: Ty, v: Option<Ty>, span: Span) {
        if let Some(site) = self
            .t
            .types
            .dict_site(container)
            .or_else(|| self.t.types.set_site(container))
        {
            for (t, is_value) in [(Some(k), false), (v, true)] {
                let Some(t) = t else { continue };
                if t != TypeTable::NEVER
                    && t != TypeTable::DYN
                    && !self.elem_origins.iter().any(|(s, et, _, val)| {
                        *et == t && *val == is_value && self.t.types.find(*s) == site
                    })
                {
                    self.elem_origins.push((site, t, span, is_value));
                }
            }
        }
        self.t.types.add_entry(container, k, v);
    }

    /// Reports a value of type `sought` meeting items of type `held` (list or tuple items)
    /// where CPython would ask an instance's `__eq__` whether they are equal (`(1, 2) in
    /// [p]` among named tuples): natrix compares values of different types without it.
    pub(super) fn equal_across_types(&mut self, held: Ty, sought: Ty, span: Span) {
        // An instance sought among values of a builtin type (`Money(3) in [1, 3]`), or one
        // such value among instances: the runtime meets them as dynamic values, through the
        // class's `__eq__` compiled for operands of any type.
        for (x, other) in [(sought, held), (held, sought)] {
            let TyKind::Instance(c) = *self.t.types.kind(x) else {
                continue;
            };
            let eq = self
                .runtime_classes(c)
                .into_iter()
                .any(|k| self.prog.lookup(k, "__eq__").is_some());
            if eq && self.certain_type_name(other).is_some() && other != x {
                if self.t.types.dyn_classes.insert(c) {
                    self.changed = true;
                }
                self.need_str(x);
            }
        }
        if self.eq_needs_dunder(held, sought) {
            let msg = format!(
                "'{}' items compared with '{}' values through `__eq__` are not supported by natrix yet",
                self.t.types.display(held),
                self.t.types.display(sought)
            );
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("this value"));
        }
    }

    /// Whether values of types `a` and `b` meet in `==` (as items of one container) where
    /// one is an instance whose class defines `__eq__` and the other a tuple (which a named
    /// tuple equals).
    pub(super) fn eq_needs_dunder(&self, a: Ty, b: Ty) -> bool {
        use TypeTable as T;
        let plain = |t: Ty| self.t.types.nullable(t).unwrap_or(t);
        let (a, b) = (plain(a), plain(b));
        if [a, b]
            .iter()
            .any(|t| [T::NEVER, T::DYN, T::NONE].contains(t))
        {
            return false;
        }
        let class_of = |t: Ty| match self.t.types.kind(t) {
            TyKind::Instance(c) => Some(*c),
            TyKind::Optional(x) => match self.t.types.kind(*x) {
                TyKind::Instance(c) => Some(*c),
                _ => None,
            },
            _ => None,
        };
        let answers =
            |c: Option<ClassId>| c.is_some_and(|c| self.prog.lookup(c, "__eq__").is_some());
        let tuple = |t: Ty| matches!(self.t.types.kind(t), TyKind::Tuple(_) | TyKind::TupleOf(_));
        let (ca, cb) = (class_of(a), class_of(b));
        (answers(ca) && tuple(b)) || (answers(cb) && tuple(a))
    }

    /// A key looked up, not stored, in dict `d` (`d.get(k)`, `k in d`): its type joins the
    /// keys', except that a key that may be None, of a dict whose keys never are, is looked up
    /// as its other type (None is never found: MIR tests it first).
    pub(super) fn lookup_key(&mut self, d: Ty, key: Ty, span: Span) {
        use TypeTable as T;
        let (k, _) = self.t.types.dict_kv(d).unwrap_or((T::NEVER, T::NEVER));
        let maybe_none = key == T::NONE || self.t.types.nullable(key).is_some();
        if maybe_none && (k == T::NEVER || (self.t.types.nullable(k).is_none() && k != T::NONE)) {
            if let Some(inner) = self.t.types.nullable(key).filter(|_| k != T::NEVER) {
                self.add_entry(d, inner, None, span);
            }
            return;
        }
        self.add_entry(d, key, None, span);
    }

    /// `d[key]` (`key` typed `i`): the values' type. A key that may be None, of a dict whose
    /// keys never are, is looked up as its other type after a check that raises `KeyError:
    /// None` (`d[best]` after `best is None or …`); one that is None so far, while the
    /// fixpoint has not seen what else it holds, counts as an `Optional` of the keys' type.
    pub(super) fn dict_subscript(&mut self, id: SpecId, d: Ty, i: Ty, index: &Expr) -> Ty {
        use TypeTable as T;
        let (k, v) = self.t.types.dict_kv(d).unwrap_or((T::NEVER, T::NEVER));
        let maybe_none = i == T::NONE || self.t.types.nullable(i).is_some();
        if maybe_none && k == T::NEVER {
            // No key stored yet (but perhaps by this subscript: a `defaultdict` stores the
            // keys it is read with): the keys may be None. (A plain dict read before any
            // store raises KeyError whatever its keys' type.)
            if i != T::NONE {
                self.add_entry(d, i, None, index.span);
            }
            return self.t.types.dict_kv(d).map(|kv| kv.1).unwrap_or(v);
        }
        let i = if self.t.types.nullable(k).is_none() && k != T::NONE {
            let i = if i == T::NONE {
                self.t.types.intern(TyKind::Optional(k))
            } else {
                i
            };
            self.operand(id, index, i, NoneUse::Key)
        } else {
            i
        };
        self.add_entry(d, i, None, index.span);
        self.t.types.dict_kv(d).map(|kv| kv.1).unwrap_or(v)
    }

    /// `dict(pairs)`: the dict made at `e` of a list `t` of key-value pairs (see
    /// [`Self::dict_of_items`]); `None` for anything else (a dict view's items are no pairs
    /// but as 2-tuples).
    fn dict_of_pairs(&mut self, t: Ty, e: &Expr) -> Option<Ty> {
        let item = self.t.types.elem(t)?;
        let tuples = matches!(self.t.types.kind(item), TyKind::Tuple(kv) if kv.len() == 2);
        if self.t.types.view(t).is_some() && !tuples {
            return None;
        }
        self.dict_of_items(item, e)
    }

    /// The dict made at `e` of pairs of type `item`: 2-tuples (`dict(zip(keys, values))`),
    /// lists of a key and its value (`line.split("=", 1)`: each checked to hold two when it
    /// runs), or none at all (`dict([])`); `None` for any other item type.
    fn dict_of_items(&mut self, item: Ty, e: &Expr) -> Option<Ty> {
        let kv = match self.t.types.kind(item).clone() {
            TyKind::Tuple(kv) if kv.len() == 2 => Some((kv[0], kv[1])),
            TyKind::Never => None,
            _ => {
                let x = self.t.types.elem(item)?;
                Some((x, x))
            }
        };
        let site = self.site_at(e);
        if let Some((k, v)) = kv {
            let d = self.t.types.dict_of(site);
            self.add_entry(d, k, Some(v), e.span);
        }
        Some(self.t.types.dict_of(site))
    }

    pub(super) fn dict_method(
        &mut self,
        d: Ty,
        name: &str,
        tys: &[Ty],
        args: &[Expr],
        span: Span,
        e: &Expr,
    ) -> Ty {
        use TypeTable as T;
        let (_, v) = self.t.types.dict_kv(d).unwrap_or((T::NEVER, T::NEVER));
        let arity = tys.len();
        let value_inst = self.strip_optional_instance(v);
        let instances = matches!(self.t.types.kind(value_inst), TyKind::Instance(_));
        // `d.update(other)` of a dict that may be None: CPython's TypeError at a None.
        let updated: [Ty; 1];
        let tys = match (name, tys, args) {
            ("update", [t], [a]) if self.t.types.nullable(*t).is_some() => {
                updated = [self.operand(self.current, a, *t, NoneUse::Iterate)];
                &updated[..]
            }
            _ => tys,
        };
        match (name, arity) {
            // `d.get(k, default)`: the default is not stored, so a default of another type
            // (`dist.get(v, float("inf"))` on a dict of ints) makes only the result dynamic.
            ("get", 2) => {
                self.lookup_key(d, tys[0], args[0].span);
                let v = self.t.types.dict_kv(d).map(|kv| kv.1).unwrap_or(v);
                self.t.types.join(v, tys[1])
            }
            ("pop" | "setdefault", 2) => {
                self.add_entry(d, tys[0], Some(tys[1]), args[1].span);
                self.t.types.dict_kv(d).map(|kv| kv.1).unwrap_or(v)
            }
            ("pop", 1) => {
                self.add_entry(d, tys[0], None, args[0].span);
                v
            }
            // `d.get(k)` of a dict of instances, strs or containers: an `Optional` (None when
            // missing).
            // (Of a dict that stays empty: None.)
            ("get", 1) if v == T::NEVER => {
                self.lookup_key(d, tys[0], args[0].span);
                if self.empty_defaults {
                    T::NONE
                } else {
                    T::NEVER
                }
            }
            // Dynamic values: None is one of them.
            ("get", 1) if v == T::DYN => {
                self.lookup_key(d, tys[0], args[0].span);
                T::DYN
            }
            // Values that may be None already (`hit = d.get(k)` … `d[k] = hit`).
            ("get", 1) if self.t.types.nullable(v).is_some() => {
                self.lookup_key(d, tys[0], args[0].span);
                v
            }
            ("get", 1)
                if instances || {
                    let o = self.t.types.intern(TyKind::Optional(value_inst));
                    self.t.types.nullable(o).is_some()
                } =>
            {
                self.lookup_key(d, tys[0], args[0].span);
                self.t.types.intern(TyKind::Optional(value_inst))
            }
            ("get", 1) => {
                self.error(Diagnostic::new(Code::TypeConflict, span, "dict.get(key) without a default may return None; optional values are not supported yet").label("give a default"));
                T::NEVER
            }
            ("keys" | "values", 0) => {
                let site = self.site_at(e);
                let kind = if name == "keys" {
                    SeqKind::Keys
                } else {
                    SeqKind::Values
                };
                self.t.types.set_view(site, kind);
                let l = self.t.types.list_of(site);
                let (k, v) = self.t.types.dict_kv(d).unwrap_or((T::NEVER, T::NEVER));
                self.add_elem(l, if name == "keys" { k } else { v }, span);
                self.t.types.list_of(site)
            }
            ("items", 0) | ("popitem", 0) => {
                let (k, v) = self.t.types.dict_kv(d).unwrap_or((T::NEVER, T::NEVER));
                if k == T::NEVER || v == T::NEVER {
                    // A dict nothing is ever stored into: `popitem` raises, `items` is empty.
                    if name == "popitem" {
                        return T::NEVER;
                    }
                    let site = self.site_at(e);
                    self.t.types.set_view(site, SeqKind::Items);
                    return self.t.types.list_of(site);
                }
                let pair = self.t.types.intern(TyKind::Tuple(vec![k, v]));
                if name == "popitem" {
                    return pair;
                }
                let site = self.site_at(e);
                self.t.types.set_view(site, SeqKind::Items);
                let l = self.t.types.list_of(site);
                self.add_elem(l, pair, span);
                self.t.types.list_of(site)
            }
            ("update", 1) if self.t.types.dict_site(tys[0]).is_some() => {
                self.t.types.join(d, tys[0]);
                T::NONE
            }
            // Of key-value pairs: as of a dict of them (`mir/build/containers.rs`).
            ("update", 1) if !matches!(self.t.types.kind(tys[0]), TyKind::Dict(_)) => {
                let item = match *self.t.types.kind(tys[0]) {
                    TyKind::Generator(g) => Some(self.t.specs[g as usize].yields),
                    _ => self.iter_item(tys[0]),
                };
                // (Typed as a dict of the pairs joined into this one.)
                match item.and_then(|x| self.dict_of_items(x, e)) {
                    Some(pairs) => {
                        self.t.types.join(d, pairs);
                        T::NONE
                    }
                    None => {
                        let msg = format!(
                            "dict.update() of {} is not supported",
                            self.t.types.display(tys[0])
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, span, msg).label("here"),
                        );
                        T::NEVER
                    }
                }
            }
            ("copy", 0) => d,
            ("clear", 0) => T::NONE,
            _ => {
                let msg = format!("dict.{name}() with {arity} arguments is not supported");
                self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
                T::NEVER
            }
        }
    }

    /// The type of the items iterating `t` gives: a list's, set's or tuple's elements, a str's
    /// characters, a dict's keys; `None` for anything else.
    pub(super) fn iter_item(&mut self, t: Ty) -> Option<Ty> {
        self.t
            .types
            .elem(t)
            .or(if t == TypeTable::STR {
                Some(TypeTable::STR)
            } else {
                None
            })
            .or_else(|| self.t.types.set_elem(t))
            .or_else(|| self.t.types.tuple_of(t))
            .or_else(|| self.uniform_tuple(t))
            .or_else(|| self.t.types.dict_kv(t).map(|kv| kv.0))
    }

    pub(super) fn set_method(
        &mut self,
        st: Ty,
        name: &str,
        tys: &[Ty],
        args: &[Expr],
        span: Span,
    ) -> Ty {
        use TypeTable as T;
        let elem = self.t.types.set_elem(st).unwrap_or(T::NEVER);
        // `s.update(xs)` and the like of a list, tuple, str or dict: as a set of its items.
        let takes_iterable = matches!(
            name,
            "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update"
                | "issubset"
                | "issuperset"
                | "isdisjoint"
        );
        // `a.union(b, c)`: each of several sets or iterables, in turn (of none, a copy).
        let several = crate::builtins::SET_METHODS_OF_SEVERAL.contains(&name);
        if several && tys.len() != 1 {
            for (t, a) in tys.iter().zip(args) {
                if self.t.types.set_site(*t).is_some() {
                    self.t.types.join(st, *t);
                } else if let Some(x) = self.iter_item(*t) {
                    if x != T::NEVER {
                        self.add_entry(st, x, None, a.span);
                    }
                } else if *t != T::NEVER {
                    let msg = format!(
                        "set.{name}() of '{}' is not supported",
                        self.t.types.display(*t)
                    );
                    self.error(
                        Diagnostic::new(Code::InvalidOperation, a.span, msg).label("this argument"),
                    );
                }
            }
            return if name.ends_with("update") {
                T::NONE
            } else {
                st
            };
        }
        let iterable = tys.first().filter(|t| self.t.types.set_site(**t).is_none());
        if let (Some(&t), 1, true) = (iterable, tys.len(), takes_iterable) {
            // (An iterable of run-time type, `s.update(d.get(k, ()))`: its items, dynamic.)
            let item = |me: &mut Self| match t {
                T::DYN => Some(T::DYN),
                _ => me.iter_item(t),
            };
            if let Some(x) = item(self).filter(|x| *x != T::NEVER) {
                self.add_entry(st, x, None, args[0].span);
            }
            if item(self).is_some() {
                return match name {
                    "issubset" | "issuperset" | "isdisjoint" => T::BOOL,
                    n if n.ends_with("_update") || n == "update" => T::NONE,
                    _ => st,
                };
            }
        }
        match (name, tys.len()) {
            ("add" | "discard" | "remove", 1) => {
                self.add_entry(st, tys[0], None, args[0].span);
                T::NONE
            }
            ("pop", 0) => elem,
            ("union" | "intersection" | "difference" | "symmetric_difference", 1)
                if self.t.types.set_site(tys[0]).is_some() =>
            {
                self.t.types.join(st, tys[0])
            }
            (
                "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update",
                1,
            ) if self.t.types.set_site(tys[0]).is_some() => {
                self.t.types.join(st, tys[0]);
                T::NONE
            }
            ("issubset" | "issuperset" | "isdisjoint", 1)
                if self.t.types.set_site(tys[0]).is_some() =>
            {
                self.t.types.join(st, tys[0]);
                T::BOOL
            }
            ("copy", 0) => st,
            ("clear", 0) => T::NONE,
            _ => {
                let msg = format!("set.{name}() with these arguments is not supported");
                self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
                T::NEVER
            }
        }
    }

    /// `s.name(args)` through the builtin method table.
    pub(super) fn str_method(
        &mut self,
        name: &str,
        tys: &[Ty],
        args: &[Expr],
        span: Span,
        e: &Expr,
    ) -> Ty {
        use crate::builtins::{str_method, Shape};
        // `sep.join(g)` of a generator or an iterable instance: drained into a list first.
        let drained: [Ty; 1];
        let tys = match (name, tys, args) {
            ("join", [t], [a])
                if matches!(
                    self.t.types.kind(*t),
                    TyKind::Generator(_) | TyKind::Instance(_)
                ) =>
            {
                drained = [self.generator_as_list(self.current, a, *t, true)];
                &drained[..]
            }
            _ => tys,
        };
        // `s.split(None)`, `s.split(None, maxsplit)`: on whitespace (`mir/build/containers.rs`).
        if matches!(name, "split" | "rsplit")
            && matches!(tys, [TypeTable::NONE] | [TypeTable::NONE, _])
            && tys[1..].iter().all(|t| is_intlike(*t))
        {
            return self.shape_type(Shape::StrList, e);
        }
        // `s.startswith(("a", "b"))`: any of a tuple of strs.
        // (`s.startswith(("a", "b"), start[, end])`: in `s[start:end]`.)
        let windowed = |w: &[Ty]| w.len() <= 2 && w.iter().all(|t| is_intlike(*t));
        if let ("startswith" | "endswith", [t, window @ ..]) = (name, tys) {
            let strs = matches!(
                self.uniform_tuple(*t),
                Some(TypeTable::STR | TypeTable::NEVER)
            ) || self.t.types.tuple_items(*t).is_some_and(|i| i.is_empty())
                || matches!(
                    self.t.types.tuple_of(*t),
                    Some(TypeTable::STR | TypeTable::NEVER)
                );
            if strs && windowed(window) {
                return TypeTable::BOOL;
            }
        }
        let Some(m) = str_method(name, tys.len()) else {
            if name == "format" {
                // Literal templates (and module constants bound once) were expanded by resolve;
                // this one is known only at run time: its arguments go in a tuple to the
                // runtime, which formats each by its kind.
                self.template_args(tys, &[], span);
                return TypeTable::STR;
            }
            let msg = format!("str.{name}() with {} arguments is not supported", tys.len());
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return TypeTable::NEVER;
        };
        self.table_method_args("str", m, tys, args);
        self.shape_type(m.ret, e)
    }

    /// The arguments of a template known only at run time: the runtime formats an instance by
    /// its `str()` (an empty spec) and refuses a spec, which is what `object.__format__` does;
    /// an instance of a class with a `__format__` of its own (an enum's) is refused here.
    pub(super) fn template_args(&mut self, tys: &[Ty], kw: &[Ty], span: Span) {
        for t in tys.iter().chain(kw) {
            let inst = self.strip_optional_instance(*t);
            let TyKind::Instance(c) = *self.t.types.kind(inst) else {
                continue;
            };
            if self.prog.lookup(c, "__format__").is_some() {
                let what = format!(
                    "an instance of `{}`, whose class formats itself (`__format__`), in a template known only at run time",
                    self.prog.class(c).name
                );
                self.error(Diagnostic::unsupported(span, &what));
                return;
            }
        }
    }

    /// Checks the arguments of a call of a method of the builtin method tables (`ty` is `str`
    /// or `bytes`, for the messages).
    fn table_method_args(
        &mut self,
        ty: &str,
        m: &crate::builtins::StrMethod,
        tys: &[Ty],
        args: &[Expr],
    ) {
        use crate::builtins::Shape;
        let name = m.name;
        let opt_str = self.t.types.intern(TyKind::Optional(TypeTable::STR));
        for (k, ((want, got), arg)) in m.params.iter().zip(tys).zip(args).enumerate() {
            let ok = match want {
                // A dynamic argument is taken out as a str or an int when the call runs.
                Shape::Str if *got == TypeTable::STR || *got == TypeTable::DYN => true,
                // A separator or a set of characters that may be None (whitespace).
                Shape::Str => {
                    *got == opt_str
                        && k == 0
                        && ty == "str"
                        && matches!(name, "split" | "rsplit" | "strip" | "lstrip" | "rstrip")
                }
                Shape::Int => is_intlike(*got) || *got == TypeTable::DYN,
                Shape::Bool => *got == TypeTable::BOOL,
                Shape::Bytes => *got == TypeTable::BYTES,
                Shape::StrTriple | Shape::BytesList | Shape::BytesTriple => false,
                // Keys that an int can equal (values are checked when the table is used).
                Shape::CodeTable => self.t.types.dict_kv(*got).is_some_and(|(k, _)| {
                    matches!(k, TypeTable::INT | TypeTable::DYN | TypeTable::NEVER)
                }),
                Shape::StrList => {
                    (name == "join" && *got == TypeTable::STR)
                        || self.t.types.elem(*got) == Some(TypeTable::STR)
                        || self.t.types.elem(*got) == Some(TypeTable::NEVER)
                        // Dynamic values (or strs that may be None): each must be a str when
                        // the program runs.
                        || (name == "join"
                            && (self.t.types.elem(*got) == Some(TypeTable::DYN)
                                || self.t.types.elem(*got) == Some(opt_str)
                                || *got == TypeTable::DYN))
                        || matches!(
                            self.uniform_tuple(*got),
                            Some(TypeTable::STR | TypeTable::NEVER)
                        )
                        // A tuple of strs and values of run-time type (a header row of a
                        // table whose rows hold numbers): each checked when it runs.
                        || (name == "join"
                            && self.t.types.tuple_items(*got).is_some_and(|items| {
                                items.iter().all(|t| {
                                    matches!(*t, TypeTable::STR | TypeTable::DYN | TypeTable::NEVER)
                                        || *t == opt_str
                                })
                            }))
                        || matches!(
                            self.t.types.tuple_of(*got),
                            Some(TypeTable::STR | TypeTable::NEVER)
                        )
                        // `sep.join(d)` of a dict: its keys.
                        || (name == "join"
                            && matches!(
                                self.t.types.dict_kv(*got),
                                Some((TypeTable::STR | TypeTable::NEVER, _))
                            ))
                }
            };
            if !ok && *got != TypeTable::NEVER {
                let msg = format!(
                    "{ty}.{name}() does not take '{}' here",
                    self.t.types.display(*got)
                );
                self.error(
                    Diagnostic::new(Code::InvalidOperation, arg.span, msg).label("this argument"),
                );
            }
            if *want == Shape::StrList && self.t.types.elem(*got).is_some() {
                self.t.types.add_elem(*got, TypeTable::STR);
            }
        }
    }

    pub(super) fn shape_type(&mut self, s: crate::builtins::Shape, e: &Expr) -> Ty {
        use crate::builtins::Shape;
        match s {
            Shape::Str => TypeTable::STR,
            Shape::Int => TypeTable::INT,
            Shape::Bool => TypeTable::BOOL,
            Shape::StrTriple => self.t.types.intern(TyKind::Tuple(vec![TypeTable::STR; 3])),
            Shape::StrList => {
                let site = self.site_at(e);
                let l = self.t.types.list_of(site);
                self.add_elem(l, TypeTable::STR, e.span);
                self.t.types.list_of(site)
            }
            Shape::Bytes => TypeTable::BYTES,
            Shape::CodeTable => unreachable!("a parameter shape"),
            Shape::BytesTriple => self
                .t
                .types
                .intern(TyKind::Tuple(vec![TypeTable::BYTES; 3])),
            Shape::BytesList => {
                let site = self.site_at(e);
                let l = self.t.types.list_of(site);
                self.add_elem(l, TypeTable::BYTES, e.span);
                self.t.types.list_of(site)
            }
        }
    }
}
