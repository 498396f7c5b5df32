//! Inference for indices and slices: an index of a list, tuple, str or bytes (an int, or one
//! that may be None, with CPython's TypeError naming the container), slice bounds, and the
//! type of a tuple's slice.

use super::*;

impl Infer<'_> {
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

    /// A slice bound: an int, a bool or None; one that may be None only when the program
    /// runs is not supported yet.
    pub(super) fn check_bound(&mut self, t: Ty, span: Span) {
        if t == TypeTable::NONE {
            return;
        }
        if self.t.types.nullable(t).is_some_and(is_intlike) {
            self.error(Diagnostic::unsupported(
                span,
                "a slice bound that may be None (known only when the program runs)",
            ));
            return;
        }
        self.check_index_into(t, span, "slice");
    }

    pub(super) fn check_index(&mut self, t: Ty, span: Span) {
        self.check_index_into(t, span, "list");
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
        self.check_index_into(t, index.span, what);
    }
}
