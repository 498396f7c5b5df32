//! Typing of arithmetic and bitwise operators on instances of the program's classes: the
//! left operand's dunder (`__add__`), the in-place one (`__iadd__`), the right operand's
//! reflection (`__radd__`, first when its class is a subclass overriding it), and the
//! dispatch when an operand's class is known only at run time.

use super::*;

impl Infer<'_> {
    /// `a <op> b` with an instance `a` whose class defines the operator's dunder (`__add__`,
    /// `__sub__`, …): a call of it, recorded under `e`. `None` when `a` is no such instance.
    pub(super) fn instance_binary(
        &mut self,
        op: BinOp,
        a: Ty,
        b: Ty,
        e: &Expr,
        inplace: bool,
    ) -> Option<Ty> {
        let dunder = op.dunder();
        // `x += y`: the in-place `__iadd__` first.
        let in_place = format!("__i{}", &dunder[2..]);
        if let Some(t) = self.subclass_reflected_binary(dunder, &in_place, (a, b), e, inplace) {
            return Some(t);
        }
        let forward = match self.t.types.kind(a).clone() {
            TyKind::Instance(c) if inplace && self.prog.lookup(c, &in_place).is_some() => {
                self.dunder_spec(c, &in_place, vec![a, b], e.id)
            }
            TyKind::Instance(c) => self.dunder_spec(c, dunder, vec![a, b], e.id),
            _ => None,
        };
        if let Some(callee) = forward {
            self.t.specs[self.current.0 as usize]
                .dunder_calls
                .insert(e.id, callee);
            return Some(self.dunder_ret(e.id, callee));
        }
        // A value of run-time type that may be an instance with the dunder (`v + 1`), or
        // its reflection on the right (`1 + v`; the left operand has no such method here);
        // both when both are (`total + v` of a `total` that starts as 0). An instance on the
        // right keeps its own reflected method, called when the left one is no instance with
        // the dunder (`h + R(i)` of an `h` that starts as 0).
        // (What an earlier round recorded goes: the operands' types may have grown since.)
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.dunder_calls.remove(&e.id);
        spec.reflected_calls.remove(&e.id);
        spec.virtual_calls.remove(&e.id);
        spec.virtual_calls.remove(&e.id.reflected());
        // (`@` of a value of run-time type stays refused.)
        let matmul = op == BinOp::MatMul;
        // (`x += y` calls `__iadd__` where a class has it: then only the other classes'
        // `__add__` would be right, and no class is tested.)
        let iadd = || {
            inplace
                && (self.t.instantiated.iter()).any(|c| self.prog.lookup(*c, &in_place).is_some())
        };
        let reflected = format!("__r{}", &dunder[2..]);
        // An instance of a base class without the dunder that only some of its subclasses
        // define (`shapes[0] + 1`): those subclasses' methods, as for a dynamic value.
        let subclasses = |this: &Self, t: Ty, name: &str| match this.t.types.kind(t) {
            TyKind::Instance(c) if !matmul && this.prog.lookup(*c, name).is_none() => {
                let ks = this.runtime_classes(*c);
                ks.iter()
                    .any(|k| this.prog.lookup(*k, name).is_some())
                    .then_some(ks)
            }
            _ => None,
        };
        let dyn_forward = match subclasses(self, a, dunder) {
            Some(ks) if !iadd() => {
                let args = &[TypeTable::DYN];
                self.dunder_of_classes(ks, (e, e.id), dunder, args, TypeTable::DYN)
            }
            _ => (a == TypeTable::DYN && !matmul && !iadd())
                .then(|| self.dyn_dunder((e, e.id), dunder, &[TypeTable::DYN], TypeTable::DYN))
                .flatten(),
        };
        let dyn_reflected = match subclasses(self, b, &reflected) {
            Some(ks) => {
                let (key, args) = ((e, e.id.reflected()), &[TypeTable::DYN]);
                self.dunder_of_classes(ks, key, &reflected, args, TypeTable::DYN)
            }
            None => (b == TypeTable::DYN && !matmul)
                .then(|| {
                    let key = (e, e.id.reflected());
                    self.dyn_dunder(key, &reflected, &[TypeTable::DYN], TypeTable::DYN)
                })
                .flatten(),
        };
        if dyn_reflected.is_some() {
            return Some(TypeTable::DYN);
        }
        // `2 * v`: the right operand's reflected method (`__rmul__`), when the left has none.
        let TyKind::Instance(c) = self.t.types.kind(b).clone() else {
            return dyn_forward.map(|_| TypeTable::DYN);
        };
        // (Never between two instances of one class: CPython tries the reflection only for
        // operands of different types.)
        if a == b && self.runtime_classes(c) == [c] && dyn_forward.is_none() {
            return None;
        }
        let Some(callee) = self.dunder_spec(c, &reflected, vec![b, a], e.id) else {
            return dyn_forward.map(|_| TypeTable::DYN);
        };
        self.t.specs[self.current.0 as usize]
            .reflected_calls
            .insert(e.id, callee);
        let ret = self.dunder_ret(e.id, callee);
        Some(match dyn_forward {
            Some(_) => self.t.types.join(ret, TypeTable::DYN),
            None => ret,
        })
    }

    /// `a + b` where `b`'s class is a subclass of `a`'s that overrides the reflected method
    /// (`__radd__`): as CPython, `b`'s reflected method first (recorded under `e` in
    /// `reflected_calls`; its NotImplemented is final here, see DIFFERENCES.md). Not when
    /// `a` has the in-place method of `x += y`, which comes first.
    fn subclass_reflected_binary(
        &mut self,
        dunder: &str,
        in_place: &str,
        (a, b): (Ty, Ty),
        e: &Expr,
        inplace: bool,
    ) -> Option<Ty> {
        let (TyKind::Instance(ca), TyKind::Instance(cb)) =
            (self.t.types.kind(a).clone(), self.t.types.kind(b).clone())
        else {
            return None;
        };
        let reflected = format!("__r{}", &dunder[2..]);
        let overrides = self.prog.lookup(cb, &reflected).is_some()
            && self.prog.lookup(cb, &reflected) != self.prog.lookup(ca, &reflected);
        let iadd = inplace && self.prog.lookup(ca, in_place).is_some();
        if ca == cb || !self.prog.is_subclass(cb, ca) || !overrides || iadd {
            return None;
        }
        let callee = self.dunder_spec(cb, &reflected, vec![b, a], e.id)?;
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.dunder_calls.remove(&e.id);
        spec.virtual_calls.remove(&e.id);
        spec.virtual_calls.remove(&e.id.reflected());
        spec.reflected_calls.insert(e.id, callee);
        Some(self.dunder_ret(e.id, callee))
    }
}
