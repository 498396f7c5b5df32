//! Inference of comparison chains (`a < b <= c`): the dunders of instances, containers
//! compared item by item, dict views as sets, and the pairs natrix (or Python) rejects.

use super::*;

impl Infer<'_> {
    /// `first op r …` (expression `e`): a bool.
    pub(super) fn compare(
        &mut self,
        id: SpecId,
        first: &Expr,
        rest: &[(CmpOp, Expr)],
        e: &Expr,
    ) -> Ty {
        use TypeTable as T;
        let mut a = self.expr(id, first);
        let mut left = first;
        for (i, (op, r)) in rest.iter().enumerate() {
            let mut b = self.expr(id, r);
            let opt_scalar = |t: Ty| self.t.types.nullable(t).is_some_and(rules::is_scalar);
            let dyn_with_optional =
                (a == T::DYN && opt_scalar(b)) || (b == T::DYN && opt_scalar(a));
            if dyn_with_optional {
                // The runtime meets the values (its TypeError names their run-time types).
                let spec = &mut self.t.specs[id.0 as usize];
                spec.none_checks.remove(&left.id);
                spec.none_checks.remove(&r.id);
            } else if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                // An order of None raises; `==` of None is False (MIR tests for null).
                let sym = op.symbol();
                let (an, bn) = (self.py_name(a), self.py_name(b));
                a = self.operand(id, left, a, NoneUse::Order(sym, bn, true));
                b = self.operand(id, r, b, NoneUse::Order(sym, an, false));
            }
            left = r;
            // (What an earlier visit chose for operands of other types no longer holds: each
            // path below records its own.)
            let spec = &mut self.t.specs[id.0 as usize];
            spec.reflected_calls.remove(&r.id.comparison());
            spec.dunder_calls.remove(&r.id.comparison());
            if self.instance_compare(*op, a, b, r, (e, i == 0))
                || self.reflected_instance_compare(*op, a, b, r)
                || self.builtin_eq_instance(*op, a, b)
            {
                if i == 0 && self.t.spec(id).type_errors.contains_key(&e.id) {
                    return T::NEVER;
                }
                a = b;
                continue;
            }
            // A keys or items view compares with a set (or another such view) as a set.
            let setlike = |t: Ty| {
                matches!(
                    self.t.types.view(t),
                    Some(crate::types::SeqKind::Keys | crate::types::SeqKind::Items)
                )
            };
            let as_sets = (setlike(a) || self.t.types.set_site(a).is_some())
                && (setlike(b) || self.t.types.set_site(b).is_some())
                && (setlike(a) || setlike(b));
            if as_sets {
                a = b;
                continue;
            }
            // (`==` of a value that may be None compares its other type: `p == (0, 0)` of an
            // `Optional[tuple]`, None being equal only to None.)
            let (sa, sb) = if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let strip = |t: Ty| self.t.types.nullable(t).unwrap_or(t);
                (strip(a), strip(b))
            } else {
                (a, b)
            };
            let lists = (self.t.types.site(sa).is_some() && self.t.types.site(sb).is_some())
                || (self.t.types.dict_site(sa).is_some() && self.t.types.dict_site(sb).is_some())
                || (self.t.types.set_site(sa).is_some() && self.t.types.set_site(sb).is_some())
                || (self.is_tuple(sa) && self.is_tuple(sb));
            let dicts = self.t.types.dict_site(a).is_some() && self.t.types.dict_site(b).is_some();
            if dicts && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                // Dicts have no order.
                let msg = format!(
                    "'{}' not supported between instances of 'dict' and 'dict'",
                    op.symbol()
                );
                self.error(
                    Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this comparison"),
                );
            }
            if lists {
                // Lists compare elementwise: one element type for both.
                self.t.types.join(sa, sb);
            }
            if !lists
                && a != T::NEVER
                && b != T::NEVER
                && a != T::DYN
                && b != T::DYN
                && !comparable(&self.t.types, *op, a, b)
            {
                let msg = if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    format!(
                        "comparing '{}' with '{}' is not supported by natrix yet",
                        self.t.types.display(a),
                        self.t.types.display(b)
                    )
                } else {
                    let names = (self.certain_type_name(a), self.certain_type_name(b));
                    if let (0, (Some(an), Some(bn))) = (i, names) {
                        // The first comparison of the chain: it always runs, and raises.
                        let msg = format!(
                            "'{}' not supported between instances of '{an}' and '{bn}'",
                            op.symbol()
                        );
                        return self.always_type_error(e, msg, "this comparison");
                    }
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        self.t.types.display(a),
                        self.t.types.display(b)
                    )
                };
                self.error(
                    Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this comparison"),
                );
            }
            a = b;
        }
        T::BOOL
    }

    /// `left is right` (`is not`): a bool; refused between numbers or strs, whose identity
    /// depends on CPython's caching.
    pub(super) fn identity(&mut self, id: SpecId, left: &Expr, right: &Expr, e: &Expr) -> Ty {
        use TypeTable as T;
        let a = self.expr(id, left);
        let b = self.expr(id, right);
        let object = |t: Ty, this: &Self| {
            matches!(
                this.t.types.kind(t),
                TyKind::Instance(_)
                    | TyKind::Exc
                    | TyKind::Optional(_)
                    | TyKind::List(_)
                    | TyKind::Dict(_)
                    | TyKind::Set(_)
                    | TyKind::Closure(_)
                    | TyKind::Generator(_)
                    | TyKind::Never
            )
        };
        // `x is True`: the two bools are singletons (a dynamic value holds the same), and
        // a value of another type is never one of them.
        let bools = (a == T::BOOL || b == T::BOOL)
            && ![a, b]
                .iter()
                .any(|t| matches!(self.t.types.kind(*t), TyKind::Optional(x) if *x == T::BOOL));
        // `x is None` through a variable typed None (`same(obj, None)`, `a.nxt is A.nxt`):
        // None is only itself, so a value that may be None is tested for it (MIR), and one of
        // a type without None is never it.
        let none = a == T::NONE || b == T::NONE;
        // An object and a value of run-time type (`self is other` in `__eq__`): the
        // same object when it holds it.
        let held = |x: Ty, y: Ty, this: &Self| {
            y == T::DYN
                && object(x, this)
                && !matches!(this.t.types.kind(x), TyKind::Optional(_) | TyKind::Never)
        };
        // Two values of run-time type: the runtime compares them (a small int is one object,
        // as CPython caches them).
        // (A str sentinel and a value of run-time type, `entry[-1] is REMOVED` of the heapq
        // recipe: the same object when it holds it.)
        let sentinel = (a == T::DYN && b == T::STR) || (a == T::STR && b == T::DYN);
        let dynamic =
            held(a, b, self) || held(b, a, self) || (a == T::DYN && b == T::DYN) || sentinel;
        // An object and a number or str (a sentinel default, `value is _MISSING`):
        // never the same object.
        let scalar = |t: Ty| matches!(t, T::INT | T::FLOAT | T::STR | T::BYTES);
        let disjoint = (object(a, self) && scalar(b)) || (scalar(a) && object(b, self));
        if !bools && !none && !dynamic && !disjoint && (!object(a, self) || !object(b, self)) {
            let msg = format!(
                "`is` between '{}' and '{}' values (identity of numbers and strs depends on CPython's caching)",
                self.t.types.display(a),
                self.t.types.display(b)
            );
            self.error(Diagnostic::unsupported(e.span, &msg));
        }
        T::BOOL
    }
}
