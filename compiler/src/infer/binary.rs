//! Inference for binary operators: the dunders of instances, `%` of a template known only at
//! run time, tuple concatenation, set algebra (also of dict views) and list repetition, then
//! the scalar rules of `rules.rs`.

use super::*;

impl Infer<'_> {
    /// `l op r` (expression `e`).
    pub(super) fn binary(&mut self, id: SpecId, op: BinOp, l: &Expr, r: &Expr, e: &Expr) -> Ty {
        use TypeTable as T;
        let a = self.expr(id, l);
        let b = self.expr(id, r);
        if a == T::NEVER || b == T::NEVER {
            return T::NEVER;
        }
        let inplace = self.prog.func(self.t.spec(id).func).inplace.contains(&e.id);
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        // A dynamic operand with one that may be None: the runtime meets the values, and its
        // TypeError names their run-time types (no static check could name the dynamic one).
        let opt_scalar = |t: Ty| self.t.types.nullable(t).is_some_and(rules::is_scalar);
        if (a == T::DYN && opt_scalar(b)) || (b == T::DYN && opt_scalar(a)) {
            let spec = &mut self.t.specs[id.0 as usize];
            spec.none_checks.remove(&l.id);
            spec.none_checks.remove(&r.id);
            return T::DYN;
        }
        let (an, bn) = (self.py_name(a), self.py_name(b));
        let a = self.operand(id, l, a, NoneUse::Binary(&sym, bn, true));
        let b = self.operand(id, r, b, NoneUse::Binary(&sym, an, false));
        if let Some(t) = self.instance_binary(op, a, b, e, inplace) {
            return t;
        }
        // `"ab" * Count(3)`: a sequence repeated by an instance's `__index__`.
        let seq = |me: &Self, t: Ty| t == T::STR || me.t.types.site(t).is_some() || me.is_tuple(t);
        let instance = |me: &Self, t: Ty| matches!(me.t.types.kind(t), TyKind::Instance(_));
        let (a, b) = match op {
            BinOp::Mul if seq(self, a) && instance(self, b) => {
                (a, self.index_dunder(id, r, b).unwrap_or(b))
            }
            BinOp::Mul if instance(self, a) && seq(self, b) => {
                (self.index_dunder(id, l, a).unwrap_or(a), b)
            }
            _ => (a, b),
        };
        // `xs += (7, 8)`, `xs += "ab"`, `xs += {…}`: a list extended by any iterable's items.
        if inplace
            && op == BinOp::Add
            && self.t.types.site(a).is_some()
            && self.t.types.site(b).is_none()
        {
            if let Some(item) = self.iter_item(b) {
                self.add_elem(a, item, r.span);
                return self.t.types.list_of(self.t.types.site(a).expect("a list"));
            }
        }
        // `template % values` of a template known only at run time (a literal one was
        // expanded by resolve): the runtime's printf-style formatting.
        if op == BinOp::Mod && a == T::STR {
            return T::STR;
        }
        // (Of a value of run-time type, with a tuple or dict of values: the runtime's
        // formatting if it holds a str.)
        if op == BinOp::Mod
            && a == T::DYN
            && (self.is_tuple(b) || self.t.types.dict_site(b).is_some())
        {
            return T::DYN;
        }
        // `t + (x,)`: the items of both, in order.
        if op == BinOp::Add && self.is_tuple(a) && self.is_tuple(b) {
            return match (self.t.types.tuple_items(a), self.t.types.tuple_items(b)) {
                (Some(mut x), Some(y)) => {
                    x.extend(y);
                    self.t.types.intern(TyKind::Tuple(x))
                }
                _ => {
                    let j = self.t.types.join(a, b);
                    if j == T::DYN {
                        let msg = format!(
                            "concatenating '{}' and '{}': the items would have different types, which is not supported yet",
                            self.t.types.display(a),
                            self.t.types.display(b)
                        );
                        self.error(
                            Diagnostic::new(Code::TypeConflict, e.span, msg)
                                .label("these operands"),
                        );
                    }
                    match self.t.types.tuple_of(j) {
                        Some(_) => j,
                        None => T::NEVER,
                    }
                }
            };
        }
        // `(0,) * n`: the items repeated; a literal count keeps the length in the type.
        if op == BinOp::Mul
            && ((self.is_tuple(a) && is_intlike(b)) || (is_intlike(a) && self.is_tuple(b)))
        {
            let (t, count) = if self.is_tuple(a) { (a, r) } else { (b, l) };
            return match (self.t.types.tuple_items(t), &count.kind) {
                (Some(items), ExprKind::Int(k)) if (0..=16).contains(k) => {
                    let all: Vec<Ty> = (0..*k).flat_map(|_| items.iter().copied()).collect();
                    self.t.types.intern(TyKind::Tuple(all))
                }
                (Some(items), _) => {
                    let mut j = TypeTable::NEVER;
                    for x in items {
                        j = self.t.types.join(j, x);
                    }
                    self.t.types.intern(TyKind::TupleOf(j))
                }
                (None, _) => t,
            };
        }
        if self.t.types.set_site(a).is_some()
            && self.t.types.set_site(b).is_some()
            && matches!(
                op,
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            )
        {
            return self.t.types.join(a, b);
        }
        // `d | e`, `d |= e`: a dict with the entries of both (`e`'s win).
        if op == BinOp::BitOr
            && matches!(self.t.types.kind(a), TyKind::Dict(_))
            && matches!(self.t.types.kind(b), TyKind::Dict(_))
        {
            return self.t.types.join(a, b);
        }
        if let Some(t) = self.view_set_op(op, a, b, e) {
            return t;
        }
        // A range or a dict view (laid out as a list) has no `+` or `*`.
        let view = |t: Ty| self.t.types.view(t).is_some();
        if view(a) || view(b) {
            return self.unsupported_operands(op, a, b, e);
        }
        if self.t.types.site(a).is_some() || self.t.types.site(b).is_some() {
            return match op {
                // `rec["tags"] + ["q"]` of a value of run-time type: decided when it runs (the
                // container's items become dynamic, as it joins the dynamic value).
                BinOp::Add | BinOp::Mul if a == T::DYN || b == T::DYN => self.t.types.join(a, b),
                BinOp::Add if self.t.types.site(a).is_some() && self.t.types.site(b).is_some() => {
                    self.t.types.join(a, b)
                }
                BinOp::Mul if self.t.types.site(a).is_some() && is_intlike(b) => a,
                BinOp::Mul if self.t.types.site(b).is_some() && is_intlike(a) => b,
                _ => self.unsupported_operands(op, a, b, e),
            };
        }
        // A value of run-time type with a tuple, set or bytes (`path + (2,)` of an item from a
        // container of mixed values): the runtime's operator.
        if a == T::DYN || b == T::DYN {
            let other = if a == T::DYN { b } else { a };
            if self.is_tuple(other) || self.t.types.set_site(other).is_some() || other == T::BYTES {
                return T::DYN;
            }
        }
        let exp = self.exponent(id, r);
        match binary_type(op, a, b, exp) {
            Some(t) => t,
            None => self.unsupported_operands(op, a, b, e),
        }
    }

    /// CPython's TypeError for operands `a` and `b` of `op` (a located compile error).
    fn unsupported_operands(&mut self, op: BinOp, a: Ty, b: Ty, e: &Expr) -> Ty {
        let inplace = self
            .prog
            .func(self.t.spec(self.current).func)
            .inplace
            .contains(&e.id);
        if let (Some(an), Some(bn)) = (self.certain_type_name(a), self.certain_type_name(b)) {
            // CPython's message: a sequence's own concatenation or repetition reports first.
            let seq = |n: &str| matches!(n, "str" | "list" | "tuple");
            let msg = match op {
                _ if an == "bytes" || bn == "bytes" => None,
                // `xs += 5`: a list extends by any iterable.
                BinOp::Add if inplace && an == "list" => {
                    Some(format!("'{bn}' object is not iterable"))
                }
                BinOp::Add if seq(&an) => {
                    Some(format!("can only concatenate {an} (not \"{bn}\") to {an}"))
                }
                BinOp::Mul if seq(&an) || seq(&bn) => {
                    let other = if seq(&an) { &bn } else { &an };
                    Some(format!(
                        "can't multiply sequence by non-int of type '{other}'"
                    ))
                }
                _ => {
                    let eq = if inplace { "=" } else { "" };
                    let sym = match (op, inplace) {
                        (BinOp::Pow, false) => "** or pow()",
                        _ => op.symbol(),
                    };
                    Some(format!(
                        "unsupported operand type(s) for {sym}{eq}: '{an}' and '{bn}'"
                    ))
                }
            };
            if let Some(msg) = msg {
                return self.always_type_error(e, msg, "these operands");
            }
        }
        let msg = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.t.types.display(a),
            self.t.types.display(b)
        );
        self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("these operands"));
        TypeTable::NEVER
    }

    /// `d.keys() & other` (`|`, `-`, `^`; of a keys or items view, either side, with a set,
    /// a list or another view): a new set, as CPython's views give. None for other operands.
    fn view_set_op(&mut self, op: BinOp, a: Ty, b: Ty, e: &Expr) -> Option<Ty> {
        use crate::types::SeqKind;
        if !matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) {
            return None;
        }
        let setlike = |t: Ty| matches!(self.t.types.view(t), Some(SeqKind::Keys | SeqKind::Items));
        if !setlike(a) && !setlike(b) {
            return None;
        }
        let items = |t: Ty| self.t.types.set_elem(t).or_else(|| self.t.types.elem(t));
        let (x, y) = (items(a)?, items(b)?);
        let site = self.site_at(e);
        let set = self.t.types.set_of(site);
        self.add_entry(set, x, None, e.span);
        if matches!(op, BinOp::BitOr | BinOp::BitXor) {
            self.add_entry(set, y, None, e.span);
        }
        Some(self.t.types.set_of(site))
    }
}
