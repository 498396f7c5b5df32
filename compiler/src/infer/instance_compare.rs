//! Comparisons whose left operand is an instance (`a == b`, `a < b`): its class's dunder,
//! the other operand's reflection (a subclass's first), the runtime's class tables where
//! subclasses define the method, or identity for `==` without `__eq__`.

use super::*;

impl Infer<'_> {
    /// `"root" == node` (`!=`) of a value of a builtin type and an instance of a class none of
    /// whose runtime classes defines `__eq__`: never the same object, False (`mir/build/
    /// compare.rs`).
    pub(super) fn builtin_eq_instance(&mut self, op: CmpOp, a: Ty, b: Ty) -> bool {
        let TyKind::Instance(c) = *self.t.types.kind(b) else {
            return false;
        };
        matches!(op, CmpOp::Eq | CmpOp::Ne)
            && !matches!(self.t.types.kind(a), TyKind::Instance(_))
            && self.certain_type_name(a).is_some()
            && self
                .runtime_classes(c)
                .into_iter()
                .all(|k| self.prog.lookup(k, "__eq__").is_none())
    }

    /// `a <op> b` where `a` is an instance: `__eq__` (`!=` negates it), `__lt__`, `__le__`,
    /// `__gt__`, `__ge__` of its class, specialized and recorded under the right operand `r`;
    /// `==`/`!=` without `__eq__` compare identity. Returns false when `a` is no instance.
    pub(super) fn instance_compare(
        &mut self,
        op: CmpOp,
        a: Ty,
        b: Ty,
        r: &Expr,
        (e, first): (&Expr, bool),
    ) -> bool {
        let span = e.span;
        let ai = self.strip_optional_instance(a);
        let TyKind::Instance(c) = self.t.types.kind(ai).clone() else {
            return false;
        };
        let dunder = match op {
            CmpOp::Eq | CmpOp::Ne => "__eq__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        };
        let class_name = self.prog.class(c).name.clone();
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            // (Recorded again below when it still holds.)
            let key = r.id.comparison();
            self.t.specs[self.current.0 as usize]
                .runtime_eqs
                .remove(&key);
        }
        if self.subclass_reflected_compare(op, c, a, b, r) {
            return true;
        }
        match self.prog.lookup(c, dunder) {
            Some(_) if b != TypeTable::NEVER => {
                if let Some(callee) = self.dunder_spec(c, dunder, vec![a, b], r.id.comparison()) {
                    self.t.specs[self.current.0 as usize]
                        .dunder_calls
                        .insert(r.id.comparison(), callee);
                }
            }
            Some(_) => {}
            None if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let bi = self.strip_optional_instance(b);
                // An instance of another class: its `__eq__` reflected (`a` has none), else
                // identity (two objects of different classes are never the same).
                if let TyKind::Instance(cb) = *self.t.types.kind(bi) {
                    if bi != ai && b == bi && self.record_reflected(cb, "__eq__", (a, b), r) {
                        return true;
                    }
                }
                let other_instance = matches!(self.t.types.kind(bi), TyKind::Instance(_));
                // (A value of a builtin type is never the instance: `node == "root"` is False,
                // unless a subclass the instance may be defines `__eq__`.)
                let subclass_eq = self
                    .runtime_classes(c)
                    .into_iter()
                    .any(|k| self.prog.lookup(k, "__eq__").is_some());
                let builtin = self.certain_type_name(b).is_some();
                if bi != ai
                    && b != TypeTable::NEVER
                    && b != TypeTable::NONE
                    && !other_instance
                    && (subclass_eq || !builtin)
                {
                    let msg = format!(
                        "comparing '{}' with '{}'",
                        self.t.types.display(a),
                        self.t.types.display(b)
                    );
                    self.error(Diagnostic::unsupported(span, &msg));
                }
                // A subclass the value may be defines `__eq__`: the runtime compares through
                // the class tables (whose `__eq__` `need_str` specializes).
                let subclass_eq = self
                    .runtime_classes(c)
                    .into_iter()
                    .any(|k| self.prog.lookup(k, "__eq__").is_some());
                let eqs = &mut self.t.specs[self.current.0 as usize].runtime_eqs;
                if subclass_eq {
                    eqs.insert(r.id.comparison());
                    self.need_str(ai);
                } else {
                    eqs.remove(&r.id.comparison());
                }
            }
            // `a > b` without `__gt__`: the right operand's reflection, `b.__lt__(a)`.
            None if self.reflected_compare(op, a, b, r) => {}
            // `shapes[0] < shapes[1]` of a base whose subclasses define the ordering: the
            // runtime orders them through the class tables, as for sorting.
            None if self.subclass_orders(op, c, a, b) => {
                self.t.specs[self.current.0 as usize]
                    .runtime_eqs
                    .insert(r.id.comparison());
                self.need_str(ai);
            }
            None => {
                let sym = op.symbol();
                let certain = (self.certain_type_name(a), self.certain_type_name(b));
                if let (true, (Some(an), Some(bn))) = (first, certain) {
                    // The first comparison of its chain: it always runs, and raises.
                    let msg =
                        format!("'{sym}' not supported between instances of '{an}' and '{bn}'");
                    self.always_type_error(e, msg, "this comparison");
                    return true;
                }
                let b = self.t.types.display(b);
                let msg =
                    format!("'{sym}' not supported between instances of '{class_name}' and '{b}'");
                self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            }
        }
        true
    }

    /// Whether `a < b` or `a > b` of instances of one hierarchy whose class `c` has neither
    /// `__lt__` nor `__gt__` is one that some of the subclasses they may be order: each
    /// of those defines one of them (and none of the other comparisons, which the runtime's
    /// ordering does not call).
    fn subclass_orders(&mut self, op: CmpOp, c: ClassId, a: Ty, b: Ty) -> bool {
        let TyKind::Instance(cb) = self.t.types.kind(b).clone() else {
            return false;
        };
        if !matches!(op, CmpOp::Lt | CmpOp::Gt)
            || self.strip_optional_instance(a) != a
            || self.prog.top(c) != self.prog.top(cb)
        {
            return false;
        }
        let classes = self
            .runtime_classes(c)
            .into_iter()
            .chain(self.runtime_classes(cb));
        let has = |k: ClassId, name: &str| self.prog.lookup(k, name).is_some();
        let mut ordered = false;
        for k in classes {
            if has(k, "__le__") || has(k, "__ge__") {
                return false;
            }
            ordered |= has(k, "__lt__") || has(k, "__gt__");
        }
        ordered
    }

    /// `a <op> b` where `b`'s class is a subclass of `a`'s (class `c`) with the reflected
    /// dunder (`__eq__` for `==` and `!=`, `__gt__` for `<`, …), its own or inherited: Python
    /// calls `b`'s first (`b.__eq__(a)`), recorded under `r` in `reflected_calls`.
    fn subclass_reflected_compare(
        &mut self,
        op: CmpOp,
        c: ClassId,
        a: Ty,
        b: Ty,
        r: &Expr,
    ) -> bool {
        let TyKind::Instance(cb) = self.t.types.kind(b).clone() else {
            return false;
        };
        if cb == c || !self.prog.is_subclass(cb, c) || self.strip_optional_instance(a) != a {
            return false;
        }
        // (Inherited or overridden: CPython asks the subclass's first either way.)
        self.record_reflected(cb, reflected(op), (a, b), r)
    }

    /// `b.<dunder>(a)` of class `c` (the reflection of `a <op> b`) recorded under `r` in
    /// `reflected_calls`; false when the class has no such method.
    fn record_reflected(&mut self, c: ClassId, dunder: &str, (a, b): (Ty, Ty), r: &Expr) -> bool {
        if self.prog.lookup(c, dunder).is_none() {
            return false;
        }
        let Some(callee) = self.dunder_spec(c, dunder, vec![b, a], r.id.comparison()) else {
            return false;
        };
        self.t.specs[self.current.0 as usize]
            .reflected_calls
            .insert(r.id.comparison(), callee);
        true
    }

    /// `a <op> b` through `b`'s reflected dunder (`__gt__` for `<`, `__lt__` for `>`, …),
    /// recorded under `r` in `reflected_calls`; false when `b`'s class has none.
    fn reflected_compare(&mut self, op: CmpOp, a: Ty, b: Ty, r: &Expr) -> bool {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return false;
        }
        let bi = self.strip_optional_instance(b);
        let TyKind::Instance(c) = self.t.types.kind(bi).clone() else {
            return false;
        };
        self.record_reflected(c, reflected(op), (a, b), r)
    }

    /// `x <op> obj` of a value `x` that is no instance (nor None) and an instance `obj` whose
    /// class answers: `(1, 2) == p` as `p.__eq__((1, 2))` (`!=` negates it), `(1, 3) > p` as
    /// `p.__lt__((1, 3))`, recorded under `r` in `reflected_calls`. False otherwise.
    pub(super) fn reflected_instance_compare(&mut self, op: CmpOp, a: Ty, b: Ty, r: &Expr) -> bool {
        use TypeTable as T;
        let TyKind::Instance(c) = self.t.types.kind(b).clone() else {
            return false;
        };
        let plain = self.strip_optional_instance(a) == a
            && !matches!(self.t.types.kind(a), TyKind::Instance(_))
            && self.t.types.nullable(a).is_none();
        if !plain || a == T::NEVER || a == T::DYN || a == T::NONE {
            return false;
        }
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return self.reflected_compare(op, a, b, r);
        }
        self.record_reflected(c, "__eq__", (a, b), r)
    }
}

/// The method that answers `a <op> b` from `b`'s side: `__gt__` for `<`, `__lt__` for `>`,
/// `__ge__` for `<=`, `__le__` for `>=`, `__eq__` for `==` and `!=`.
fn reflected(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq | CmpOp::Ne => "__eq__",
        CmpOp::Lt => "__gt__",
        CmpOp::Gt => "__lt__",
        CmpOp::Le => "__ge__",
        CmpOp::Ge => "__le__",
    }
}
