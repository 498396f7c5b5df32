//! `Optional[T]` values used as `T`: an operand, a receiver, an iterable. A value of a pointer
//! type `T` that may be None is the same pointer, null for None; each use of it as a `T` is
//! typed `T` and checked at run time, raising the error CPython raises for None there
//! (`'NoneType' object is not subscriptable`, `unsupported operand type(s) for +: 'NoneType'
//! and 'str'`, …).

use super::*;

/// The run-time check of an `Optional[T]` value used as a `T`.
#[derive(Clone, Debug, PartialEq)]
pub struct NoneCheck {
    /// The value's type (`Optional[T]`).
    pub optional: Ty,
    /// The error raised for None.
    pub kind: NoneError,
    pub message: String,
}

/// The error an `Optional[T]` used as a `T` raises for None.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoneError {
    /// A method or attribute of None.
    Attribute,
    Type,
    /// None as the key of a dict that has none: `KeyError: None`.
    Key,
}

/// How an `Optional[T]` value is used as a `T`: decides CPython's error for None.
pub(super) enum NoneUse<'a> {
    Attr(&'a str),
    Subscript,
    ItemAssign,
    ItemDelete,
    Len,
    Iterate,
    Contains,
    Unpack,
    /// `-x`, `+x`, `~x`.
    Unary(&'a str),
    /// A TypeError with this message.
    Message(&'a str),
    /// An operator and the other operand's type name; whether None is the left operand.
    Binary(&'a str, String, bool),
    Order(&'a str, String, bool),
    Convert(&'a str),
    /// The key of a dict subscript.
    Key,
}

impl NoneUse<'_> {
    fn check(&self, optional: Ty) -> NoneCheck {
        let message = match self {
            NoneUse::Attr(name) => format!("'NoneType' object has no attribute '{name}'"),
            NoneUse::Subscript => "'NoneType' object is not subscriptable".into(),
            NoneUse::ItemAssign => "'NoneType' object does not support item assignment".into(),
            NoneUse::ItemDelete => "'NoneType' object does not support item deletion".into(),
            NoneUse::Len => "object of type 'NoneType' has no len()".into(),
            NoneUse::Iterate => "'NoneType' object is not iterable".into(),
            NoneUse::Contains => "argument of type 'NoneType' is not iterable".into(),
            NoneUse::Unpack => "cannot unpack non-iterable NoneType object".into(),
            NoneUse::Unary(op) => format!("bad operand type for unary {op}: 'NoneType'"),
            NoneUse::Message(m) => m.to_string(),
            NoneUse::Binary(op, other, true) => {
                format!("unsupported operand type(s) for {op}: 'NoneType' and '{other}'")
            }
            NoneUse::Binary(op, other, false) => {
                format!("unsupported operand type(s) for {op}: '{other}' and 'NoneType'")
            }
            NoneUse::Order(op, other, true) => {
                format!("'{op}' not supported between instances of 'NoneType' and '{other}'")
            }
            NoneUse::Order(op, other, false) => {
                format!("'{op}' not supported between instances of '{other}' and 'NoneType'")
            }
            NoneUse::Convert("int") => "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'".into(),
            NoneUse::Convert(f) => format!("{f}() argument must be a string or a real number, not 'NoneType'"),
            NoneUse::Key => "None".into(),
        };
        NoneCheck {
            optional,
            kind: match self {
                NoneUse::Attr(_) => NoneError::Attribute,
                NoneUse::Key => NoneError::Key,
                _ => NoneError::Type,
            },
            message,
        }
    }
}

impl Infer<'_> {
    /// `e` (of type `t`) used as a value of its non-None type: for an `Optional[T]` of a
    /// pointer type, `T`, with the check that raises CPython's error for None recorded for MIR
    /// (`Spec::none_checks`). Other types unchanged.
    pub(super) fn operand(&mut self, id: SpecId, e: &Expr, t: Ty, use_: NoneUse) -> Ty {
        let spec = &mut self.t.specs[id.0 as usize];
        match self.t.types.nullable(t) {
            Some(inner) => {
                spec.none_checks.insert(e.id, use_.check(t));
                spec.exprs[e.id.0 as usize] = inner;
                inner
            }
            None => {
                spec.none_checks.remove(&e.id);
                t
            }
        }
    }

    /// The arguments of `max(a, b, …)` (`is_max`) or `min`, typed `tys`: each that may be
    /// None used as its value, with CPython's TypeError of the comparison that meets None
    /// (`max` compares each later argument `>` the best so far; `min` with `<`).
    pub(super) fn compared_operands(
        &mut self,
        id: SpecId,
        is_max: bool,
        args: &[Expr],
        tys: Vec<Ty>,
    ) -> Vec<Ty> {
        let op = if is_max { ">" } else { "<" };
        let shown: Vec<String> = tys.iter().map(|t| self.py_name(*t)).collect();
        let mut out = vec![];
        for (i, (a, t)) in args.iter().zip(&tys).enumerate() {
            // The first argument meets the second as the right operand; the others are the
            // left operand against the best so far (of the first's type).
            let other = if i == 0 { shown.get(1) } else { shown.first() };
            let other = other.cloned().unwrap_or_default();
            out.push(self.operand(id, a, *t, NoneUse::Order(op, other, i > 0)));
        }
        out
    }

    /// The name of `t`'s class as CPython's messages show it (`str`, `list`, `Node`); a dict
    /// or set as `dict`/`set` and an optional as its value's, where the name is a guess.
    pub(super) fn py_name(&self, t: Ty) -> String {
        match self.t.types.kind(t) {
            TyKind::Dict(_) => "dict".into(),
            TyKind::Set(_) => "set".into(),
            TyKind::Optional(x) => self.py_name(*x),
            _ => (self.certain_type_name(t)).unwrap_or_else(|| self.t.types.display(t)),
        }
    }
}
