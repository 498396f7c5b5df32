//! Inference for indexing and slicing expressions (`obj[i]`, `obj[a:b:c]`, with a class's
//! `__getitem__` or `__reversed__`) and for indices and slices: an index of a list, tuple, str or bytes (an int, or one
//! that may be None, with CPython's TypeError naming the container), slice bounds, and the
//! type of a tuple's slice.

use super::*;

impl Infer<'_> {
    /// `obj[index]`: a class's `__getitem__`, an item of a str, bytes, list, tuple or dict, or
    /// a dynamic value's.
    pub(super) fn index_value(&mut self, id: SpecId, e: &Expr, obj: &Expr, index: &Expr) -> Ty {
        use TypeTable as T;
        let o = self.expr(id, obj);
        let o = self.operand(id, obj, o, NoneUse::Subscript);
        let i = self.expr(id, index);
        if o == T::DYN {
            // An instance with `__getitem__` held in the value.
            if let Some(t) = self.dyn_dunder((e, e.id), "__getitem__", &[T::DYN], T::DYN) {
                return t;
            }
            // `x[k]` of a str, list, tuple or dict held in a dynamic value (`x[s]` of a slice
            // object: its slice, MIR's `index`).
            if !rules::is_scalar(i) && !self.is_slice_object(i) {
                return self.dyn_use(index.span, "indexing with this key");
            }
            return T::DYN;
        }
        if o == T::NEVER {
            return o;
        }
        if let Some(t) = self.instance_dunder(o, "__getitem__", vec![o, i], e.id, false) {
            return t;
        }
        if let Some(t) = self.sliced_by_object(o, i, e.span) {
            return t;
        }
        if o == T::STR || o == T::BYTES {
            let what = if o == T::STR { "string" } else { "byte" };
            if let Some(msg) = self.certain_index_error(i, what) {
                return self.always_type_error(e, msg, "this index");
            }
            self.index_operand(id, index, i, what);
            return if o == T::STR { T::STR } else { T::INT };
        }
        if self.t.types.dict_kv(o).is_some() {
            return self.dict_subscript(id, o, i, index);
        }
        if let Some(x) = self.t.types.tuple_of(o) {
            if let Some(msg) = self.certain_index_error(i, "tuple") {
                return self.always_type_error(e, msg, "this index");
            }
            self.index_operand(id, index, i, "tuple");
            return x;
        }
        if let Some(items) = self.t.types.tuple_items(o) {
            let k = match index.kind {
                ExprKind::Int(k) => Some(k),
                _ => None,
            };
            let n = items.len() as i64;
            return match k.map(|k| if k < 0 { k + n } else { k }) {
                Some(k) if (0..n).contains(&k) => items[k as usize],
                // Past the end: IndexError if the line runs (it may be guarded, as
                // `args[0]` behind `if not args:` in a call passing no `*args`).
                Some(_) => T::NEVER,
                // An index known at run time: an item of the one type the items
                // share, or else a dynamic value.
                None => {
                    self.index_operand(id, index, i, "tuple");
                    self.tuple_item(o).unwrap_or(T::DYN)
                }
            };
        }
        match self.t.types.elem(o) {
            Some(elem) => {
                if let Some(msg) = self.certain_index_error(i, "list") {
                    return self.always_type_error(e, msg, "this index");
                }
                self.index_operand(id, index, i, "list");
                elem
            }
            // (Of a None, or of an instance without `__getitem__`: CPython's TypeError when
            // it runs.)
            None if let Some(msg) = self.not_subscriptable(o) => {
                self.always_raises(e, ExcKind::TypeError, msg, "this index")
            }
            None => {
                let msg = format!(
                    "indexing '{}' is not supported yet",
                    self.t.types.display(o)
                );
                self.error(
                    Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this value"),
                );
                T::NEVER
            }
        }
    }

    /// CPython's TypeError for subscripting a value of type `o` that has no items: None, an
    /// instance of a class without `__getitem__`.
    fn not_subscriptable(&self, o: Ty) -> Option<String> {
        let name = match self.t.types.kind(o) {
            TyKind::None => "NoneType".to_string(),
            TyKind::Instance(c) if self.prog.lookup(*c, "__getitem__").is_none() => {
                crate::hir::py_name(&self.prog.class(*c).name)
            }
            _ => return None,
        };
        Some(format!("'{name}' object is not subscriptable"))
    }

    /// `obj[lower:upper:step]` (`reversed` for the `obj[::-1]` of `reversed(obj)`: a class's
    /// `__reversed__`).
    pub(super) fn slice_value(
        &mut self,
        id: SpecId,
        e: &Expr,
        obj: &Expr,
        bounds: [&Option<Box<Expr>>; 3],
        reversed: bool,
        object: &Option<Box<Expr>>,
    ) -> Ty {
        use TypeTable as T;
        let [lower, upper, step] = bounds;
        let o = self.expr(id, obj);
        let o = self.operand(id, obj, o, NoneUse::Subscript);
        // `obj[1:3]` of an instance: its class's `__getitem__`, given a `slice`.
        // (A named tuple's slices are its fields', below.)
        if let (TyKind::Instance(_), Some(object), false, None) = (
            self.t.types.kind(o).clone(),
            object,
            reversed,
            self.named_tuple_fields(o),
        ) {
            let s = self.expr(id, object);
            if let Some(t) = self.instance_dunder(o, "__getitem__", vec![o, s], e.id, false) {
                return t;
            }
        }
        for part in [lower, upper, step].into_iter().flatten() {
            let t = self.expr(id, part);
            let t = self.index_dunder(id, part, t).unwrap_or(t);
            self.check_bound(t, part.span);
        }
        if o == T::DYN {
            return T::DYN;
        }
        // `reversed(d)` of a dict: a list of its keys, last first.
        if let (true, Some((k, _))) = (reversed, self.t.types.dict_kv(o)) {
            let site = self.site_at(e);
            let l = self.t.types.list_of(site);
            self.add_elem(l, k, e.span);
            return self.t.types.list_of(site);
        }
        // `reversed(obj)` of an instance: its class's `__reversed__()`.
        if reversed && matches!(self.t.types.kind(o), TyKind::Instance(_)) {
            if let Some(t) = self.instance_dunder(o, "__reversed__", vec![o], e.id, false) {
                return t;
            }
        }
        if reversed
            && self.t.types.site(o).is_none()
            && !matches!(o, T::NEVER | T::STR | T::BYTES)
            && self.t.types.tuple_of(o).is_none()
            && self.t.types.tuple_items(o).is_none()
        {
            let msg = format!(
                "reversed() of '{}' is not supported yet",
                self.t.types.display(o)
            );
            self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this value"));
            return T::NEVER;
        }
        if let Some(t) = self.tuple_slice(o, [lower, upper, step], e.span) {
            return t;
        }
        // A named tuple sliced with constant bounds (`p[1:]`, `first, *rest = p`): the tuple
        // of the fields it selects (`mir/build/objects.rs` reads them).
        if let Some(fields) = self.named_tuple_fields(o) {
            let tuple = self.t.types.intern(TyKind::Tuple(fields));
            if let Some(t) = self.tuple_slice(tuple, [lower, upper, step], e.span) {
                if matches!(self.t.types.kind(t), TyKind::Tuple(_)) {
                    return t;
                }
            }
        }
        // `text[1:]` of a None (a specialization for a value that may be None) or of an
        // instance without `__getitem__`: CPython's TypeError when it runs.
        if let Some(msg) = self.not_subscriptable(o) {
            return self.always_raises(e, ExcKind::TypeError, msg, "this slice");
        }
        if self.t.types.site(o).is_none() && !matches!(o, T::NEVER | T::STR | T::BYTES) {
            let msg = format!("slicing '{}' is not supported yet", self.t.types.display(o));
            self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this value"));
            return T::NEVER;
        }
        o
    }

    /// `obj[a:b] = v` (`value`: the type and id of `v`) or `del obj[a:b]` (`target`) of an
    /// instance: its class's `__setitem__` or `__delitem__`, given a `slice` (recorded by the
    /// value's id, or the target's). False when `obj` is no such instance.
    pub(super) fn instance_slice_place(
        &mut self,
        id: SpecId,
        target: &Expr,
        value: Option<(Ty, ExprId)>,
    ) -> bool {
        let ExprKind::Slice {
            obj,
            object: Some(object),
            reversed: false,
            ..
        } = &target.kind
        else {
            return false;
        };
        let o = self.expr(id, obj);
        let o = self.operand(id, obj, o, NoneUse::Subscript);
        if !matches!(self.t.types.kind(o), TyKind::Instance(_)) {
            return false;
        }
        let s = self.expr(id, object);
        match value {
            Some((v, key)) => self
                .instance_dunder(o, "__setitem__", vec![o, s, v], key, true)
                .is_some(),
            None => self
                .instance_dunder(o, "__delitem__", vec![o, s], target.id, true)
                .is_some(),
        }
    }

    /// Whether `t` is the type of slice objects (`builtins.slice`).
    pub(super) fn is_slice_object(&self, t: Ty) -> bool {
        matches!(*self.t.types.kind(t), TyKind::Instance(c) if self.prog.is_slice_class(c))
    }

    /// `xs[s]` of a str, bytes, list or tuple `o` and a slice object (type `i`): the slice
    /// `xs[s.start:s.stop:s.step]` (MIR's `index` reads the three). `None` for any other index.
    fn sliced_by_object(&mut self, o: Ty, i: Ty, span: Span) -> Option<Ty> {
        let TyKind::Instance(c) = *self.t.types.kind(i) else {
            return None;
        };
        if !self.is_slice_object(i) {
            return None;
        }
        let fields = self.t.fields[self.prog.root(c).0 as usize].clone();
        for (name, t) in &fields {
            let int_or_none = match *self.t.types.kind(*t) {
                TyKind::Int | TyKind::Bool | TyKind::None | TyKind::Never => true,
                TyKind::Optional(x) => x == TypeTable::INT,
                _ => false,
            };
            if !int_or_none {
                let msg = format!(
                    "a slice whose `{name}` is a '{}' (slice objects of ints or None work)",
                    self.t.types.display(*t)
                );
                self.error(Diagnostic::unsupported(span, &msg));
                return Some(TypeTable::NEVER);
            }
        }
        if o == TypeTable::STR || o == TypeTable::BYTES || self.t.types.site(o).is_some() {
            return Some(o);
        }
        if self.t.types.tuple_of(o).is_some() {
            return Some(o);
        }
        // A tuple of known items: any of them, so a tuple of their common type.
        let items = self.t.types.tuple_items(o)?;
        let item = items
            .iter()
            .fold(TypeTable::NEVER, |a, &t| self.t.types.join(a, t));
        if item == TypeTable::DYN || matches!(self.t.types.kind(item), TyKind::Optional(_)) {
            let msg = format!(
                "slicing '{}' with a slice object (its items have different types)",
                self.t.types.display(o)
            );
            self.error(Diagnostic::unsupported(span, &msg));
            return Some(TypeTable::NEVER);
        }
        Some(self.t.types.intern(TyKind::TupleOf(item)))
    }

    /// The type of a slice of a tuple: with constant bounds, the tuple of the items it selects
    /// (`t[1:]` of a `tuple[str, int, float]` is a `tuple[int, float]`); otherwise a tuple of
    /// any length of the items' common type. `None` when `o` is no tuple.
    pub(super) fn tuple_slice(
        &mut self,
        o: Ty,
        parts: [&Option<Box<Expr>>; 3],
        span: Span,
    ) -> Option<Ty> {
        if self.t.types.tuple_of(o).is_some() {
            return Some(o);
        }
        let items = self.t.types.tuple_items(o)?;
        if let [Some(a), Some(b), Some(c)] = parts.map(|p| match p.as_deref() {
            None => Some(None),
            Some(e) => static_bound(e),
        }) {
            if let Some((start, step, count)) = natrix_abi::slice_indices(items.len(), a, b, c) {
                let picked = (0..count)
                    .map(|k| items[(start + k as i64 * step) as usize])
                    .collect();
                return Some(self.t.types.intern(TyKind::Tuple(picked)));
            }
        }
        let mut item = TypeTable::NEVER;
        for i in items {
            item = self.t.types.join(item, i);
        }
        if item == TypeTable::DYN || matches!(self.t.types.kind(item), TyKind::Optional(_)) {
            let msg = format!(
                "slicing '{}' with bounds known only when the program runs (its items have different types)",
                self.t.types.display(o)
            );
            self.error(Diagnostic::unsupported(span, &msg));
            return Some(TypeTable::NEVER);
        }
        Some(self.t.types.intern(TyKind::TupleOf(item)))
    }

    /// A slice bound: an int, a bool or None, or an int that may be None (`s[:k]` of a
    /// `k = text.find(…)`-like helper's result: the runtime takes its None as no bound).
    pub(super) fn check_bound(&mut self, t: Ty, span: Span) {
        if t == TypeTable::NONE || self.t.types.nullable(t) == Some(TypeTable::INT) {
            return;
        }
        self.check_index_into(t, span, "slice");
    }

    pub(super) fn check_index(&mut self, t: Ty, span: Span) {
        self.check_index_into(t, span, "list");
    }

    /// CPython's TypeError for an index of type `t` into a `what` (`list`, `tuple`, `string`,
    /// `byte`) when every such index raises it (`text["city"]` of a str): the subscript then
    /// compiles to that raise.
    fn certain_index_error(&self, t: Ty, what: &str) -> Option<String> {
        if is_intlike(t) || matches!(t, TypeTable::NEVER | TypeTable::DYN) {
            return None;
        }
        if let TyKind::Instance(c) = *self.t.types.kind(t) {
            // (An instance with `__index__` is an int here: `index_operand`.)
            if self.prog.lookup(c, "__index__").is_some() {
                return None;
            }
        }
        let name = self.certain_type_name(t)?;
        Some(if what == "string" {
            format!("string indices must be integers, not '{name}'")
        } else {
            format!("{what} indices must be integers or slices, not {name}")
        })
    }

    /// An index of type `t` into a `what` (`list`, `tuple`, `string`, `byte`): an int or a
    /// bool, else CPython's TypeError as a located error.
    pub(super) fn check_index_into(&mut self, t: Ty, span: Span, what: &str) {
        if !is_intlike(t) && t != TypeTable::NEVER && t != TypeTable::DYN {
            let msg = if what == "string" {
                format!("string indices must be integers, not '{}'", self.py_name(t))
            } else if what == "slice" {
                "slice indices must be integers or None or have an __index__ method".to_string()
            } else {
                format!(
                    "{what} indices must be integers or slices, not {}",
                    self.py_name(t)
                )
            };
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("this index"));
        }
    }

    /// The index `index` (of type `t`) of a subscript of a `what`: one that may be None is
    /// used as an int, with CPython's TypeError when it is None (`xs[i]` after `i = find(…)`).
    pub(super) fn index_operand(&mut self, id: SpecId, index: &Expr, t: Ty, what: &str) {
        if self.t.types.nullable(t).is_some_and(is_intlike) {
            let msg = match what {
                "string" => "string indices must be integers, not 'NoneType'",
                "tuple" => "tuple indices must be integers or slices, not NoneType",
                "byte" => "byte indices must be integers or slices, not NoneType",
                _ => "list indices must be integers or slices, not NoneType",
            };
            self.operand(id, index, t, NoneUse::Message(msg));
            return;
        }
        if self.index_dunder(id, index, t).is_none() {
            self.check_index_into(t, index.span, what);
        }
    }

    /// An instance of type `t` with `__index__` (an `IntEnum` member) where an int is needed
    /// (an index, a slice bound, a `range()` argument): typed int, the int its `__index__`
    /// gives (`Spec::index_dunders`, which MIR calls). `None` for other values.
    pub(super) fn index_dunder(&mut self, id: SpecId, e: &Expr, t: Ty) -> Option<Ty> {
        self.t.specs[id.0 as usize].index_dunders.remove(&e.id);
        let TyKind::Instance(c) = *self.t.types.kind(t) else {
            return None;
        };
        let (groups, _) = self.method_groups(self.runtime_classes(c), "__index__");
        let [(fid, _)] = groups.as_slice() else {
            return None;
        };
        let owner = self.prog.owner(*fid).unwrap_or(c);
        let self_ty = self.t.types.intern(TyKind::Instance(owner));
        let f = self.method_spec(*fid, self_ty, "__index__", &[], &[], &[], e.span, e)?;
        let ret = self.t.spec(f).ret;
        if !is_intlike(ret) && ret != TypeTable::NEVER {
            return None;
        }
        let spec = &mut self.t.specs[id.0 as usize];
        spec.index_dunders.insert(e.id, (c, f));
        spec.exprs[e.id.0 as usize] = TypeTable::INT;
        Some(TypeTable::INT)
    }
}
