//! Operations that always raise TypeError when they run.
//!
//! `"total: " + 5`, `3 < "x"`, `-"a"`, calling an int: CPython compiles these and raises
//! TypeError when the line runs, and programs rely on it (`try: … except TypeError as e:
//! print(e)`). When the types of the operands are certain, so is the error: the expression is
//! typed Never, recorded in `Spec::type_errors` with CPython's message, and MIR compiles it as
//! its operands, evaluated in order, then the raise (`mir/build/objects.rs`, `never`). The
//! program compiles with a located warning, since such a line is usually a mistake.
//! Where a type is not certain to Python (a dict may be a `defaultdict`, a value may be
//! None), the error stays a compile error.

use super::*;

impl Infer<'_> {
    /// `e` raises CPython's TypeError `msg` whenever it runs: recorded (each visit of a
    /// specialization starts afresh), with a warning labelled `label` on the reporting pass.
    /// Typed Never.
    pub(super) fn always_type_error(&mut self, e: &Expr, msg: String, label: &str) -> Ty {
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.type_errors.insert(e.id, msg.clone());
        if self.report {
            let text = format!("this always raises TypeError: {msg}");
            let d = Diagnostic::new(Code::InvalidOperation, e.span, text).label(label);
            self.t.warnings.push(d.warning());
        }
        TypeTable::NEVER
    }

    /// CPython's name for the type of every value of static type `t`, when it is certain: a
    /// dict or set may be a `defaultdict`, a `Counter` or a `frozenset` to Python, and an
    /// optional or dynamic value has no one type.
    pub(super) fn certain_type_name(&self, t: Ty) -> Option<String> {
        Some(match self.t.types.kind(t) {
            TyKind::Int => "int".into(),
            TyKind::Float => "float".into(),
            TyKind::Bool => "bool".into(),
            TyKind::Str => "str".into(),
            TyKind::Bytes => "bytes".into(),
            TyKind::None => "NoneType".into(),
            TyKind::List(_) => match self.t.types.view(t) {
                Some(kind) => kind.name().into(),
                None => "list".into(),
            },
            TyKind::Tuple(_) | TyKind::TupleOf(_) => "tuple".into(),
            TyKind::Instance(c) => crate::hir::py_name(&self.prog.classes[c.0 as usize].name),
            TyKind::Closure(_) => "function".into(),
            // (A generator may stand for `enumerate`, `zip`, `reversed`, … to Python.)
            _ => return None,
        })
    }
}
