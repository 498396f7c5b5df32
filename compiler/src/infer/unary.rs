//! Inference of unary operators: `not`, and `-`, `+`, `~` of numbers, of instances (their
//! `__neg__`, `__pos__`, `__invert__`), of values of run-time type (the runtime's, or the
//! dunder of an instance held in one), CPython's TypeError otherwise.

use super::*;

impl Infer<'_> {
    /// `op v` (expression `e`).
    pub(super) fn unary(&mut self, id: SpecId, op: UnaryOp, v: &Expr, e: &Expr) -> Ty {
        use TypeTable as T;
        let a = self.expr(id, v);
        let (sym, dunder) = match op {
            UnaryOp::Neg => ("-", "__neg__"),
            UnaryOp::Pos => ("+", "__pos__"),
            UnaryOp::Invert => ("~", "__invert__"),
            UnaryOp::Not => return T::BOOL,
        };
        let a = self.operand(id, v, a, NoneUse::Unary(sym));
        if a == T::DYN {
            return self.dyn_dunder((e, e.id), dunder, &[], T::DYN).unwrap_or(a);
        }
        if a == T::NEVER {
            return a;
        }
        // A base class's instance whose subclasses define the dunder: theirs, or the
        // runtime's TypeError naming the instance's class.
        if let TyKind::Instance(c) = *self.t.types.kind(a) {
            if self.prog.lookup(c, dunder).is_none() {
                let ks = self.runtime_classes(c);
                if ks.iter().any(|k| self.prog.lookup(*k, dunder).is_some()) {
                    let t = self.dunder_of_classes(ks, (e, e.id), dunder, &[], T::DYN);
                    return t.unwrap_or(T::DYN);
                }
            }
        }
        if let Some(t) = self.instance_dunder(a, dunder, vec![a], e.id, false) {
            return t;
        }
        match op {
            UnaryOp::Neg | UnaryOp::Pos if a == T::FLOAT => T::FLOAT,
            _ if a == T::INT || a == T::BOOL => T::INT,
            _ => {
                if let Some(name) = self.certain_type_name(a) {
                    let msg = format!("bad operand type for unary {sym}: '{name}'");
                    return self.always_type_error(e, msg, "this operand");
                }
                let shown = self.t.types.display(a);
                let msg = format!("bad operand type for unary {sym}: '{shown}'");
                self.error(
                    Diagnostic::new(Code::InvalidOperation, e.span, msg).label("this operand"),
                );
                T::NEVER
            }
        }
    }
}
