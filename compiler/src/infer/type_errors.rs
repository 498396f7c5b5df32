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
        self.always_raises(e, ExcKind::TypeError, msg, label)
    }

    /// `e` raises CPython's `kind` with `msg` whenever it runs (see
    /// [`Self::always_type_error`]).
    pub(super) fn always_raises(
        &mut self,
        e: &Expr,
        kind: ExcKind,
        msg: String,
        label: &str,
    ) -> Ty {
        self.always_raises_as(Code::InvalidOperation, e, kind, msg, label)
    }

    /// `obj[k] = value` of a type without item assignment (message `msg`, `obj` at `span`):
    /// CPython's TypeError when the statement runs (recorded under the statement key of
    /// `value`), with a warning.
    pub(super) fn item_assign_error(&mut self, value: &Expr, span: Span, msg: String) {
        let key = crate::infer::stmt_dunder_key(value.id);
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.type_errors
            .insert(key, (ExcKind::TypeError, msg.clone()));
        if self.report {
            let text = format!("this always raises TypeError: {msg}");
            let d = Diagnostic::new(Code::InvalidOperation, span, text).label("this value");
            self.t.warnings.push(d.warning());
        }
    }

    /// [`Self::always_raises`], warning under `code` (`argument-mismatch` for a call whose
    /// arguments never fit).
    pub(super) fn always_raises_as(
        &mut self,
        code: Code,
        e: &Expr,
        kind: ExcKind,
        msg: String,
        label: &str,
    ) -> Ty {
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.type_errors.insert(e.id, (kind, msg.clone()));
        if self.report {
            let text = format!("this always raises {}: {msg}", kind.name());
            let d = Diagnostic::new(code, e.span, text).label(label);
            self.t.warnings.push(d.warning());
        }
        TypeTable::NEVER
    }

    /// The name of builtin type `t` (an int, float, bool, str, bytes, list or tuple) when it
    /// has no attribute `name` in CPython (so reading it raises AttributeError); `None` for an
    /// attribute it has (a method natrix may not compile as a value), a dunder, or any other type.
    pub(super) fn lacked_builtin_attr(&self, t: Ty, name: &str) -> Option<&'static str> {
        // CPython 3.11's `dir()` of each type, without the dunders.
        #[rustfmt::skip]
        const INT: &[&str] = &[
            "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator",
            "from_bytes", "imag", "numerator", "real", "to_bytes",
        ];
        #[rustfmt::skip]
        const FLOAT: &[&str] = &[
            "as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real",
        ];
        // (str's and bytes's share all but a few.)
        #[rustfmt::skip]
        const STR_AND_BYTES: &[&str] = &[
            "capitalize", "center", "count", "endswith", "expandtabs", "find", "index",
            "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle",
            "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
            "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
            "title", "translate", "upper", "zfill",
        ];
        #[rustfmt::skip]
        const STR: &[&str] = &[
            "casefold", "encode", "format", "format_map", "isdecimal", "isidentifier",
            "isnumeric", "isprintable",
        ];
        const BYTES: &[&str] = &["decode", "fromhex", "hex"];
        #[rustfmt::skip]
        const LIST: &[&str] = &[
            "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
            "reverse", "sort",
        ];
        const TUPLE: &[&str] = &["count", "index"];
        let (type_name, has) = match self.t.types.kind(t) {
            TyKind::Int => ("int", INT),
            TyKind::Bool => ("bool", INT),
            TyKind::Float => ("float", FLOAT),
            TyKind::Str if STR_AND_BYTES.contains(&name) => return None,
            TyKind::Bytes if STR_AND_BYTES.contains(&name) => return None,
            TyKind::Str => ("str", STR),
            TyKind::Bytes => ("bytes", BYTES),
            TyKind::List(_) if self.t.types.view(t).is_none() => ("list", LIST),
            TyKind::Tuple(_) | TyKind::TupleOf(_) => ("tuple", TUPLE),
            _ => return None,
        };
        (!name.starts_with("__") && !has.contains(&name)).then_some(type_name)
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

    /// Never, with CPython's TypeError recorded for the call `e` of builtin `b` with arguments
    /// of types `tys`, when every such call raises it (see [`Self::builtin_type_error`]).
    pub(super) fn builtin_always_raises(&mut self, b: Builtin, tys: &[Ty], e: &Expr) -> Option<Ty> {
        let msg = self.builtin_type_error(b, tys)?;
        Some(self.always_type_error(e, msg, "this call"))
    }

    /// CPython's TypeError for builtin `b` called with arguments of types `tys` when every
    /// such call raises it (`len(5)`, `int([1])`, `round("1.5")`, `sorted(3)`); `None` when
    /// some call could succeed, or a type is not certain (an instance may define the dunder).
    pub(super) fn builtin_type_error(&self, b: Builtin, tys: &[Ty]) -> Option<String> {
        use TypeTable as T;
        if matches!(b, Builtin::Min | Builtin::Max) && tys.len() >= 2 {
            return self.unordered_arguments(b == Builtin::Max, tys);
        }
        let first = *tys.first()?;
        let kind = self.t.types.kind(first).clone();
        if let TyKind::Instance(c) = kind {
            return self.instance_type_error(b, tys.len(), c);
        }
        let n = self.certain_type_name(first)?;
        let number = matches!(kind, TyKind::Int | TyKind::Float | TyKind::Bool);
        let not_iterable = number || kind == TyKind::None;
        let sequence = matches!(
            kind,
            TyKind::List(_) | TyKind::Tuple(_) | TyKind::TupleOf(_) | TyKind::None
        ) && self.t.types.view(first).is_none();
        Some(match (b, tys.len()) {
            (Builtin::Len, 1) if not_iterable => format!("object of type '{n}' has no len()"),
            (Builtin::Abs, 1) if !number => format!("bad operand type for abs(): '{n}'"),
            (Builtin::Int, 1) if sequence => format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{n}'"
            ),
            (Builtin::Float, 1) if sequence => {
                format!("float() argument must be a string or a real number, not '{n}'")
            }
            (Builtin::Str, 2 | 3) if first != T::BYTES && first != T::DYN => {
                format!("decoding to str: need a bytes-like object, {n} found")
            }
            (Builtin::Round, 1 | 2) if !number => {
                format!("type {n} doesn't define __round__ method")
            }
            (Builtin::Ord, 1) if first != T::STR && first != T::BYTES => {
                format!("ord() expected string of length 1, but {n} found")
            }
            (Builtin::Chr, 1) if !is_intlike(first) => {
                format!("'{n}' object cannot be interpreted as an integer")
            }
            _ if not_iterable && consumes_iterable(b, tys.len()) => {
                format!("'{n}' object is not iterable")
            }
            _ => return None,
        })
    }

    /// [`Self::builtin_type_error`] of an instance of class `c` (one without subclasses, so
    /// that its name is the instance's): `len()` without `__len__`, an iterable's builtin
    /// without `__iter__` or `__getitem__`.
    fn instance_type_error(&self, b: Builtin, n: usize, c: ClassId) -> Option<String> {
        if self.prog.subtree(c).len() != 1 {
            return None;
        }
        let has = |m: &str| self.prog.lookup(c, m).is_some();
        let name = crate::hir::py_name(&self.prog.class(c).name);
        Some(match (b, n) {
            (Builtin::Len, 1) if !has("__len__") => format!("object of type '{name}' has no len()"),
            _ if consumes_iterable(b, n) && !has("__iter__") && !has("__getitem__") => {
                format!("'{name}' object is not iterable")
            }
            _ => return None,
        })
    }

    /// `max(a, b, …)` (`min`) whose arguments meet one the best so far cannot be ordered
    /// against (`max("1.5", 0)`): CPython's TypeError of the first such comparison, `b > a`,
    /// when it is certain (the arguments before it all of one scalar type).
    fn unordered_arguments(&self, is_max: bool, tys: &[Ty]) -> Option<String> {
        // Which scalars order against which (None against nothing, itself included).
        let family = |t: Ty| match self.t.types.kind(t) {
            TyKind::Int | TyKind::Bool | TyKind::Float => Some(0),
            TyKind::Str => Some(1),
            TyKind::Bytes => Some(2),
            TyKind::None => Some(3),
            _ => None,
        };
        let op = if is_max { ">" } else { "<" };
        let best = family(tys[0])?;
        for &t in &tys[1..] {
            let f = family(t)?;
            if f != best || f == 3 {
                return Some(format!(
                    "'{op}' not supported between instances of '{}' and '{}'",
                    self.certain_type_name(t)?,
                    self.certain_type_name(tys[0])?
                ));
            }
            if t != tys[0] {
                // (An int against a float: either may be the best so far.)
                return None;
            }
        }
        None
    }
}

/// Whether builtin `b` called with `n` arguments iterates its first (`list(x)`, `sum(x)`,
/// `max(x)` of one argument).
fn consumes_iterable(b: Builtin, n: usize) -> bool {
    matches!(
        (b, n),
        (
            Builtin::List
                | Builtin::Tuple
                | Builtin::Set
                | Builtin::Sorted
                | Builtin::Any
                | Builtin::All
                | Builtin::Sum,
            _
        ) | (Builtin::Min | Builtin::Max, 1)
    )
}
