//! Slice objects (`builtins.slice`, `resolve/slice_objects.rs`): `obj[a:b:c]` of an instance
//! passes one to its class's dunder, and `xs[s]` of a sequence slices it by the object's
//! `start`, `stop` and `step`.

use super::*;

impl Builder<'_> {
    /// `obj[a:b:c]` of an instance, whose class's `__getitem__` (`f`) receives the slice
    /// object `object` instead of the bounds.
    pub(super) fn instance_slice(
        &mut self,
        e: &Expr,
        (obj, object): (&Expr, &Expr),
        f: SpecId,
        ty: MTy,
    ) -> Operand {
        let o = self.expr(obj);
        let s = self.expr(object);
        self.dunder_call(e.id, f, vec![o, s], ty, false)
    }

    /// `obj[a:b] = v` (`v` evaluated already) or `del obj[a:b]` of an instance: the
    /// class's `__setitem__` or `__delitem__` (`f`, recorded under `key`), given the slice
    /// object.
    pub(super) fn instance_slice_stmt(
        &mut self,
        target: &Expr,
        value: Option<Operand>,
        key: hir::ExprId,
        f: SpecId,
    ) {
        let ExprKind::Slice {
            obj,
            object: Some(object),
            ..
        } = &target.kind
        else {
            unreachable!("a slice with its object")
        };
        let o = self.expr(obj);
        let s = self.expr(object);
        let args = std::iter::once(o).chain([s]).chain(value).collect();
        let rt = self.ret_ty(f);
        self.dunder_call(crate::infer::stmt_dunder_key(key), f, args, rt, false);
    }

    /// A slice assignment's or deletion's target held in a dynamic value (`args[0]`, of the
    /// slice `target`): the list it holds instead, or CPython's TypeError (`assign`: its items
    /// must be dynamic). Whether it was one.
    pub(super) fn dyn_slice_target(
        &mut self,
        target: &Expr,
        args: &mut [Operand],
        assign: bool,
    ) -> bool {
        let ExprKind::Slice { obj, .. } = &target.kind else {
            return false;
        };
        if self.ty(obj) != MTy::Dyn {
            return false;
        }
        let lt = self.strings.list_ty(MTy::Dyn);
        let flag = Operand::Bool(assign);
        args[0] = self.rt("nx_dyn_slice_target", vec![args[0].clone(), flag], lt);
        true
    }

    /// The list a slice assignment takes its items from: `v` itself (of type `t`), the list of
    /// a str's or tuple's items, or for a value of run-time type the list of its items as
    /// dynamic values (inference made the target a list of those): any iterable, as CPython
    /// takes.
    pub(super) fn slice_source(&mut self, v: Operand, t: MTy) -> Operand {
        match t {
            MTy::Dyn => {
                let lt = self.strings.list_ty(MTy::Dyn);
                self.rt("nx_dyn_iter_list", vec![v], lt)
            }
            // A str's characters, a tuple's items (of the list's item type: inference saw to
            // it).
            MTy::Str | MTy::Tuple(_) | MTy::TupleOf(_) => self.items_list(v, t).0,
            _ => v,
        }
    }

    /// The bounds a slice object `s` (an instance of class `c`) gives a slicing operation:
    /// each of `start`, `stop` and `step` as an int, the absent `None`, or an int that may be
    /// None (the runtime takes its None as absent).
    pub(super) fn object_bounds(&mut self, s: &Operand, c: ClassId) -> Vec<Operand> {
        ["start", "stop", "step"]
            .into_iter()
            .map(|name| match self.field(c, name) {
                Some((slot, ft, n)) if ft != MTy::None => {
                    let key = self.strings.intern(name);
                    let v = self.op(Op::GetAttr(slot, ft, n), vec![s.clone(), key], ft);
                    self.coerce(v, ft, MTy::Int)
                }
                _ => Operand::None,
            })
            .collect()
    }

    /// `xs[s]` of a str, bytes, list or tuple `o` (of type `ot`, or one held in a dynamic
    /// value) and slice object `s` (an instance of class `c`): `xs[s.start:s.stop:s.step]`.
    pub(super) fn slice_by_object(
        &mut self,
        (o, ot): (Operand, MTy),
        s: Operand,
        c: ClassId,
        ty: MTy,
    ) -> Operand {
        let mut args = vec![o];
        args.extend(self.object_bounds(&s, c));
        let op = match ot {
            MTy::Dyn => Op::DynSlice,
            MTy::Tuple(_) | MTy::TupleOf(_) => Op::TupleSlice,
            MTy::Bytes => Op::BytesSlice,
            MTy::Str => Op::StrSlice,
            _ => Op::ListSlice,
        };
        self.op(op, args, ty)
    }
}
