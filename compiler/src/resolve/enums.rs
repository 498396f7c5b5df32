//! `enum`: before resolution, each class deriving from `Enum`, `IntEnum` or `StrEnum` (or
//! mixing `int`/`str` into `Enum`) becomes a plain class whose members are its instances,
//! made after the class, each holding its name and value:
//!
//! ```python
//! class Color(Enum):            class Color:
//!     RED = 1                       def __init__(self, name, value): …   # and `name`,
//!     GREEN = auto()        →       …                                   # `value`, repr, str
//!                               Color.RED = Color("RED", 1)
//!                               Color.GREEN = Color("GREEN", 2)
//!                               Color._natrix_members = [Color.RED, Color.GREEN]
//!                               Color._natrix_map = {"RED": Color.RED, "GREEN": Color.GREEN}
//! ```
//!
//! The generated methods are written as Python and parsed, placed at the class. The class's
//! uses that CPython gives to its metaclass are rewritten through the module: `Color(1)` (the
//! member of a value: `__natrix_enum_lookup_Color(1)`, CPython's ValueError for none),
//! `Color["RED"]` and `Color.__members__` (the dict of names, aliases included), and the class
//! iterated or passed to a call (`for c in Color`, `list(Color)`, `cycle(Color)`, `c in Color`:
//! the list of members, aliases left out; not `isinstance(x, Color)`). A member whose value
//! equals an earlier one's is an alias of it; `_missing_` answers other values; assigning a
//! member raises CPython's AttributeError. In a classmethod `cls` is the class itself (no
//! class derives from an enum with members), so the same rewrites apply to it; an enum
//! without members may be a base of enums, which get copies of its classmethods before that
//! (`classmethods.rs`, which copies classmethods later, would keep `cls`).
//! `IntEnum` and `StrEnum` members compare, hash and print as their values (`IntEnum`s also
//! take part in arithmetic); `int`/`str` mixins compare and hash as their values and print as
//! members.

use super::dataclasses::place_generated;
use crate::diag::Diagnostic;
use crate::source::SourceMap;
use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// What an enum's members are besides members.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// `Enum`: only themselves (equal to no other value).
    Plain,
    /// `IntEnum`: ints (printed as their values).
    Int,
    /// `StrEnum`: strs (printed as their values).
    Str,
    /// `class C(int, Enum)`: ints printed as members.
    IntMixin,
    /// `class C(str, Enum)`: strs printed as members.
    StrMixin,
}

/// The names of `enum`'s members the module imported (`Enum`, or `E` of `import … as E`), and
/// the names the module `enum` itself is bound to.
#[derive(Default)]
struct Imports {
    members: HashMap<String, &'static str>,
    modules: HashSet<String>,
}

/// The members of `enum` natrix serves.
const SERVED: &[&str] = &["Enum", "IntEnum", "StrEnum", "auto", "unique"];

impl Imports {
    /// The `enum` member `e` names (`Enum`, `enum.Enum`), if any.
    fn member(&self, e: &ast::Expr) -> Option<&'static str> {
        match e {
            ast::Expr::Name(n) => self.members.get(n.id.as_str()).copied(),
            ast::Expr::Attribute(a) => match a.value.as_ref() {
                ast::Expr::Name(m) if self.modules.contains(m.id.as_str()) => {
                    SERVED.iter().find(|s| **s == a.attr.as_str()).copied()
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn is_auto(&self, e: &ast::Expr) -> bool {
        matches!(e, ast::Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty()
            && self.member(&c.func) == Some("auto"))
    }
}

/// The module with its enum classes expanded and the served `enum` imports removed, and the
/// enums whose members are ints or strs (`"int"`, `"str"`), by name.
pub fn expand(
    module: Vec<ast::Stmt>,
    map: &SourceMap,
) -> (
    Vec<ast::Stmt>,
    Vec<Diagnostic>,
    HashMap<String, &'static str>,
) {
    let mut imports = Imports::default();
    let mut errors = vec![];
    let mut out = vec![];
    for stmt in module {
        match stmt {
            ast::Stmt::ImportFrom(mut i) if i.module.as_deref() == Some("enum") => {
                // The names natrix serves are taken; an import of the others is left for
                // resolve to report.
                i.names
                    .retain(|a| match SERVED.iter().find(|s| **s == a.name.as_str()) {
                        Some(s) => {
                            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                            imports.members.insert(bound, s);
                            false
                        }
                        None => true,
                    });
                if !i.names.is_empty() {
                    out.push(ast::Stmt::ImportFrom(i));
                }
            }
            ast::Stmt::Import(i) if i.names.iter().all(|a| a.name.as_str() == "enum") => {
                for a in &i.names {
                    imports
                        .modules
                        .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            other => out.push(other),
        }
    }
    if imports.members.is_empty() && imports.modules.is_empty() {
        return (out, errors, HashMap::new());
    }
    let mut classes = HashMap::new();
    for stmt in &out {
        // `Color = Enum("Color", "RED GREEN")`: not a class statement.
        if let ast::Stmt::Assign(ast::StmtAssign { value, .. }) = stmt {
            if let ast::Expr::Call(c) = value.as_ref() {
                if imports.member(&c.func).is_some_and(|m| m != "auto") {
                    let r = c.range;
                    let span = map.span(r.start().into(), r.end().into());
                    let what = "the functional form of `Enum` (a class statement works)";
                    errors.push(Diagnostic::unsupported(span, what));
                }
            }
        }
    }
    // The enum classes so far: kind, and whether they have members (then no class derives
    // from them).
    let mut enums: HashMap<String, (Kind, bool)> = HashMap::new();
    let mut base_classmethods: HashMap<String, Vec<ast::Stmt>> = HashMap::new();
    // Each statement of the program, and the ones generated after it (which the rewriting of
    // the enums' uses leaves alone: they make the members).
    let mut expanded: Vec<(ast::Stmt, Vec<ast::Stmt>)> = vec![];
    for stmt in out {
        let ast::Stmt::ClassDef(c) = stmt else {
            expanded.push((stmt, vec![]));
            continue;
        };
        let kind = match enum_kind(&c, &imports, &enums) {
            None => {
                expanded.push((ast::Stmt::ClassDef(c), vec![]));
                continue;
            }
            Some(Ok(kind)) => kind,
            Some(Err((r, what))) => {
                let span = map.span(r.start().into(), r.end().into());
                errors.push(Diagnostic::unsupported(span, &what));
                continue;
            }
        };
        let name = c.name.to_string();
        let mut c = c;
        // A memberless enum base's classmethods are each subclass's own (their `cls` is the
        // subclass); its other methods are inherited.
        if let [ast::Expr::Name(b)] = c.bases.as_slice() {
            if let Some(shared) = base_classmethods.get(b.id.as_str()) {
                let own: HashSet<String> = super::classmethods::method_names(&c.body).collect();
                let copies = shared.iter().filter(
                    |s| !matches!(s, ast::Stmt::FunctionDef(f) if own.contains(f.name.as_str())),
                );
                c.body.splice(0..0, copies.cloned().collect::<Vec<_>>());
            }
        }
        let classmethods: Vec<ast::Stmt> = c
            .body
            .iter()
            .filter(|s| matches!(s, ast::Stmt::FunctionDef(f) if is_classmethod(f)))
            .cloned()
            .collect();
        match enum_class(c, kind, &imports) {
            Ok((class, after, members)) => {
                if members.is_empty() {
                    base_classmethods.insert(name.clone(), classmethods);
                }
                enums.insert(name.clone(), (kind, !members.is_empty()));
                if !members.is_empty() {
                    classes.insert(name, members);
                }
                expanded.push((class, after));
            }
            Err((r, what)) => {
                let span = map.span(r.start().into(), r.end().into());
                errors.push(Diagnostic::unsupported(span, &what));
            }
        }
    }
    let mut uses = Uses { classes };
    let mut stmts = vec![];
    for (stmt, after) in expanded {
        match uses.fold_stmt(stmt) {
            Ok(s) => stmts.push(s),
            Err(never) => match never {},
        }
        stmts.extend(after);
    }
    let value_types = enums
        .into_iter()
        .filter_map(|(name, (kind, _))| match kind {
            Kind::Int | Kind::IntMixin => Some((name, "int")),
            Kind::Str | Kind::StrMixin => Some((name, "str")),
            Kind::Plain => None,
        })
        .collect();
    (stmts, errors, value_types)
}

/// The kind of enum class `c` is, by its bases (`None` when it is no enum): an `enum` base
/// with an optional `int`/`str` mixin, or an enum class of the module without members; the
/// program's other classes among them are mixins.
fn enum_kind(
    c: &ast::StmtClassDef,
    imports: &Imports,
    enums: &HashMap<String, (Kind, bool)>,
) -> Option<Result<Kind, Refusal>> {
    // Bases that are the program's other classes (`class Color(Describe, Enum)`) are mixins:
    // they stay bases of the class the enum becomes.
    let mixin = |b: &ast::Expr| {
        imports.member(b).is_none()
            && matches!(b, ast::Expr::Name(n)
                if !enums.contains_key(n.id.as_str()) && !matches!(n.id.as_str(), "int" | "str"))
    };
    let own: Vec<ast::Expr> = c.bases.iter().filter(|b| !mixin(b)).cloned().collect();
    if own.is_empty() {
        return None;
    }
    if let [ast::Expr::Name(b)] = own.as_slice() {
        if let Some((kind, has_members)) = enums.get(b.id.as_str()) {
            if *has_members {
                let what = format!("deriving from `{}`, an enum with members", b.id);
                return Some(Err((c.range, what)));
            }
            return Some(Ok(*kind));
        }
    }
    if !own.iter().any(|b| imports.member(b).is_some()) {
        return None;
    }
    let bases: Vec<Option<&str>> = own
        .iter()
        .map(|b| match imports.member(b) {
            Some(m) => Some(m),
            None => match b {
                ast::Expr::Name(n) if matches!(n.id.as_str(), "int" | "str") => {
                    Some(if n.id.as_str() == "int" { "int" } else { "str" })
                }
                _ => None,
            },
        })
        .collect();
    Some(match bases.as_slice() {
        [Some("Enum")] => Ok(Kind::Plain),
        [Some("IntEnum")] => Ok(Kind::Int),
        [Some("StrEnum")] => Ok(Kind::Str),
        [Some("int"), Some("Enum")] => Ok(Kind::IntMixin),
        [Some("str"), Some("Enum")] => Ok(Kind::StrMixin),
        _ => Err((c.range, "these bases of an Enum class".to_string())),
    })
}

/// What an enum class's own `__init__` is renamed to (the generated one makes the members).
const USER_INIT: &str = "_natrix_init";

/// The name of the function `E(value)` becomes.
fn lookup_name(class: &str) -> String {
    format!("__natrix_enum_lookup_{class}")
}

type Refusal = (ast::text_size::TextRange, String);

/// The class statement, the statements after it that make its members, and the names of its
/// members (aliases too).
type Expanded = (ast::Stmt, Vec<ast::Stmt>, Vec<String>);

/// Enum class `c` (of `kind`) as the plain class and the statements after it that make its
/// members.
fn enum_class(
    mut c: ast::StmtClassDef,
    kind: Kind,
    imports: &Imports,
) -> Result<Expanded, Refusal> {
    let name = c.name.to_string();
    if !c.keywords.is_empty() {
        return Err((c.range, "keywords in an Enum class's bases".to_string()));
    }
    let mut unique = false;
    for d in std::mem::take(&mut c.decorator_list) {
        if imports.member(&d) == Some("unique") {
            unique = true;
        } else {
            c.decorator_list.push(d);
        }
    }
    // (An enum base of the module's stays, for its methods.)
    c.bases.retain(|b| {
        imports.member(b).is_none()
            && !matches!(b, ast::Expr::Name(n) if matches!(n.id.as_str(), "int" | "str"))
    });
    // The members in order: name, value, and the earlier member it is an alias of.
    let mut members: Vec<(String, ast::Expr, Option<String>)> = vec![];
    let mut last_int: Option<ast::bigint::BigInt> = None;
    let mut body = vec![];
    let mut defined = HashSet::new();
    let mut user_init = false;
    for s in std::mem::take(&mut c.body) {
        let (target, value) = match &s {
            ast::Stmt::Assign(a) => match a.targets.as_slice() {
                [ast::Expr::Name(n)] => (n, Some(a.value.as_ref())),
                _ => return Err((s.range(), "this assignment in an Enum class".to_string())),
            },
            ast::Stmt::AnnAssign(a) => match a.target.as_ref() {
                ast::Expr::Name(n) => (n, a.value.as_deref()),
                _ => return Err((s.range(), "this assignment in an Enum class".to_string())),
            },
            ast::Stmt::FunctionDef(f) => {
                if matches!(f.name.as_str(), "__new__" | "_generate_next_value_") {
                    return Err((s.range(), format!("`{}` of an Enum class", f.name)));
                }
                let mut s = cls_is_class(s.clone(), &name);
                if let ast::Stmt::FunctionDef(f) = &mut s {
                    if f.name.as_str() == "__init__" {
                        // Called on each member with its value (spread when a tuple), after
                        // the member has its name and value.
                        f.name = ast::Identifier::new(USER_INIT);
                        user_init = true;
                    }
                    defined.insert(f.name.to_string());
                }
                body.push(s);
                continue;
            }
            ast::Stmt::Pass(_) => continue,
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {
                body.push(s);
                continue;
            }
            _ => return Err((s.range(), "this statement in an Enum class".to_string())),
        };
        let member = target.id.to_string();
        let Some(value) = value else {
            // A bare annotation: no member.
            continue;
        };
        if member.starts_with('_') {
            return Err((s.range(), format!("the name `{member}` in an Enum class")));
        }
        if matches!(value, ast::Expr::Lambda(_)) {
            return Err((s.range(), "a lambda in an Enum class".to_string()));
        }
        let value = if imports.is_auto(value) {
            match kind {
                Kind::Str | Kind::StrMixin => str_const(&member.to_lowercase(), value.range()),
                _ => {
                    let next = last_int.clone().map_or(1.into(), |v| v + 1);
                    if members.last().is_some() && last_int.is_none() {
                        return Err((
                            value.range(),
                            "auto() after a value that is not an int".to_string(),
                        ));
                    }
                    int_const(next, value.range())
                }
            }
        } else {
            value.clone()
        };
        last_int = match &value {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Int(v),
                ..
            }) => Some(v.clone()),
            _ => None,
        };
        let alias = members
            .iter()
            .find(|(_, v, _)| same_constant(v, &value))
            .map(|(n, _, of)| of.clone().unwrap_or_else(|| n.clone()));
        if alias.is_some() && unique {
            return Err((
                s.range(),
                "an alias in a `@unique` Enum (CPython's ValueError)".to_string(),
            ));
        }
        members.push((member, value, alias));
    }
    let generated = methods(&name, kind, &defined);
    let generated = place_generated(&generated, "<enum>", c.range, HashMap::new())
        .expect("the generated methods parse");
    body.extend(generated);
    c.body = body;
    // The members, the list and the dict of them, and the lookup by value.
    let mut src = String::new();
    let mut values = HashMap::new();
    for (i, (member, value, alias)) in members.iter().enumerate() {
        match alias {
            Some(of) => src.push_str(&format!("{name}.{member} = {name}.{of}\n")),
            None => {
                let placeholder = format!("__natrix_enum_value_{i}");
                src.push_str(&format!(
                    "{name}.{member} = {name}({member:?}, {placeholder})\n"
                ));
                if user_init {
                    let spread = if matches!(value, ast::Expr::Tuple(_)) {
                        "*"
                    } else {
                        ""
                    };
                    src.push_str(&format!(
                        "{name}.{member}.{USER_INIT}({spread}{name}.{member}._value_)\n"
                    ));
                }
                values.insert(placeholder, value.clone());
            }
        }
    }
    if members.is_empty() {
        // A base for enums (its methods shared): nothing to list or look up.
        return Ok((ast::Stmt::ClassDef(c), vec![], vec![]));
    }
    let listed: Vec<String> = members
        .iter()
        .filter(|(_, _, alias)| alias.is_none())
        .map(|(m, ..)| format!("{name}.{m}"))
        .collect();
    let mapped: Vec<String> = members
        .iter()
        .map(|(m, ..)| format!("{m:?}: {name}.{m}"))
        .collect();
    src.push_str(&format!(
        "{name}._natrix_members = [{}]\n{name}._natrix_map = {{{}}}\n",
        listed.join(", "),
        mapped.join(", ")
    ));
    // `C(value)`: a member is itself; else the member of that value, else `_missing_`'s.
    let missing = if defined.contains("_missing_") {
        format!("    found = {name}._missing_(value)\n    if found is not None:\n        return found\n")
    } else {
        String::new()
    };
    src.push_str(&format!(
        "def {lookup}(value):\n    if isinstance(value, {name}):\n        return value\n    \
         for member in {name}._natrix_members:\n        \
         if member._value_ == value:\n            return member\n{missing}    \
         raise ValueError(repr(value) + \" is not a valid {qualname}\")\n",
        lookup = lookup_name(&name),
        qualname = crate::hir::py_qualname(&name),
    ));
    let after = place_generated(&src, "<enum>", c.range, values).expect("the members parse");
    let names = members.into_iter().map(|(m, ..)| m).collect();
    Ok((ast::Stmt::ClassDef(c), after, names))
}

/// The methods enum class `name` of `kind` gets, but those it `defined` itself.
fn methods(name: &str, kind: Kind, defined: &HashSet<String>) -> String {
    // (What `repr` and `str` show: the class's `__name__`.)
    let display = crate::hir::py_name(name);
    let value_like = kind != Kind::Plain;
    let shown = matches!(kind, Kind::Int | Kind::Str);
    let mut ms: Vec<(&str, String)> = vec![
        (
            "__init__",
            "def __init__(self, _natrix_name, _natrix_value):\n    \
             self._name_ = _natrix_name\n    self._value_ = _natrix_value\n"
                .into(),
        ),
        ("name", fixed_property("name")),
        ("value", fixed_property("value")),
        (
            "__repr__",
            format!(
                "def __repr__(self):\n    \
                 return \"<{display}.\" + self._name_ + \": \" + repr(self._value_) + \">\"\n"
            ),
        ),
    ];
    ms.push(("__copy__", "def __copy__(self):\n    return self\n".into()));
    ms.push((
        "__deepcopy__",
        "def __deepcopy__(self, memo):\n    return self\n".into(),
    ));
    if shown {
        // As `int.__format__`/`str.__format__` of a subclass: `str()` for an empty spec
        // (the class's own `__str__` if it has one), else the value formatted.
        ms.push((
            "__str__",
            "def __str__(self):\n    return str(self._value_)\n".into(),
        ));
        ms.push((
            "__format__",
            "def __format__(self, spec):\n    if spec == \"\":\n        return str(self)\n    \
             return format(self._value_, spec)\n"
                .into(),
        ));
    } else {
        ms.push((
            "__str__",
            format!("def __str__(self):\n    return \"{display}.\" + self._name_\n"),
        ));
        ms.push((
            "__format__",
            "def __format__(self, spec):\n    return format(str(self), spec)\n".into(),
        ));
    }
    let hashed = if value_like {
        "self._value_"
    } else {
        "self._name_"
    };
    ms.push((
        "__hash__",
        format!("def __hash__(self):\n    return hash({hashed})\n"),
    ));
    if value_like {
        // Compared as their values, with each other and with values.
        for (m, op) in [
            ("__eq__", "=="),
            ("__ne__", "!="),
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ] {
            ms.push((
                m,
                format!(
                    "def {m}(self, other):\n    if isinstance(other, {name}):\n        \
                     return self._value_ {op} other._value_\n    return self._value_ {op} other\n"
                ),
            ));
        }
    }
    if matches!(kind, Kind::Int | Kind::IntMixin) {
        for (m, body) in [
            ("__int__", "self._value_"),
            ("__index__", "self._value_"),
            ("__float__", "float(self._value_)"),
            ("__bool__", "self._value_ != 0"),
            ("__neg__", "-self._value_"),
            ("__abs__", "abs(self._value_)"),
        ] {
            ms.push((m, format!("def {m}(self):\n    return {body}\n")));
        }
        for (m, r, op) in [
            ("__add__", "__radd__", "+"),
            ("__sub__", "__rsub__", "-"),
            ("__mul__", "__rmul__", "*"),
            ("__floordiv__", "__rfloordiv__", "//"),
            ("__truediv__", "__rtruediv__", "/"),
            ("__mod__", "__rmod__", "%"),
            ("__pow__", "__rpow__", "**"),
            ("__and__", "__rand__", "&"),
            ("__or__", "__ror__", "|"),
            ("__xor__", "__rxor__", "^"),
            ("__lshift__", "__rlshift__", "<<"),
            ("__rshift__", "__rrshift__", ">>"),
        ] {
            ms.push((
                m,
                format!(
                    "def {m}(self, other):\n    if isinstance(other, {name}):\n        \
                     return self._value_ {op} other._value_\n    return self._value_ {op} other\n"
                ),
            ));
            ms.push((
                r,
                format!("def {r}(self, other):\n    return other {op} self._value_\n"),
            ));
        }
    }
    if matches!(kind, Kind::Str | Kind::StrMixin) {
        ms.push((
            "__len__",
            "def __len__(self):\n    return len(self._value_)\n".into(),
        ));
        ms.push((
            "__add__",
            format!(
                "def __add__(self, other):\n    if isinstance(other, {name}):\n        \
                 return self._value_ + other._value_\n    return self._value_ + other\n"
            ),
        ));
        ms.push((
            "__radd__",
            "def __radd__(self, other):\n    return other + self._value_\n".into(),
        ));
        // The str methods programs call on such members, on the value.
        for (m, params, args) in STR_METHODS {
            ms.push((
                m,
                format!("def {m}(self{params}):\n    return self._value_.{m}({args})\n"),
            ));
        }
        for (m, param, body) in [
            ("__contains__", ", x", "x in self._value_"),
            ("__getitem__", ", i", "self._value_[i]"),
            ("__mul__", ", n", "self._value_ * n"),
            ("__rmul__", ", n", "n * self._value_"),
            ("__iter__", "", "iter(self._value_)"),
        ] {
            ms.push((m, format!("def {m}(self{param}):\n    return {body}\n")));
        }
    }
    ms.into_iter()
        .filter(|(m, _)| !defined.contains(*m))
        .map(|(_, src)| src)
        .collect::<Vec<_>>()
        .join("")
}

/// The property `attr` (`name`, `value`) of a member, which refuses assignment as CPython's
/// does.
fn fixed_property(attr: &str) -> String {
    format!(
        "@property\ndef {attr}(self):\n    return self._{attr}_\n\
         @{attr}.setter\ndef {attr}(self, v):\n    \
         raise AttributeError(\"<enum 'Enum'> cannot set attribute '{attr}'\")\n"
    )
}

/// The str methods a `StrEnum` (or `(str, Enum)`) member answers, on its value: name, the
/// parameters after `self`, and the arguments passed on.
const STR_METHODS: &[(&str, &str, &str)] = &[
    ("upper", "", ""),
    ("lower", "", ""),
    ("title", "", ""),
    ("capitalize", "", ""),
    ("casefold", "", ""),
    ("strip", "", ""),
    ("lstrip", "", ""),
    ("rstrip", "", ""),
    ("isdigit", "", ""),
    ("isalpha", "", ""),
    ("startswith", ", prefix", "prefix"),
    ("endswith", ", suffix", "suffix"),
    ("replace", ", old, new", "old, new"),
    ("split", ", sep=None", "sep"),
    ("find", ", sub", "sub"),
    ("count", ", sub", "sub"),
    ("join", ", parts", "parts"),
    ("encode", "", ""),
    ("zfill", ", width", "width"),
    ("center", ", width, fill=\" \"", "width, fill"),
    ("ljust", ", width, fill=\" \"", "width, fill"),
    ("rjust", ", width, fill=\" \"", "width, fill"),
];

/// A classmethod's `cls` in an enum class is the class itself (no class derives from one
/// with members), so its uses (`cls(value)`, `cls[name]`, `for m in cls`) are rewritten as
/// the class's.
fn cls_is_class(s: ast::Stmt, class: &str) -> ast::Stmt {
    let ast::Stmt::FunctionDef(mut f) = s else {
        return s;
    };
    let cls = match f.args.args.first() {
        Some(a) if is_classmethod(&f) => a.def.arg.to_string(),
        _ => return ast::Stmt::FunctionDef(f),
    };
    let mut rename = Rename(cls, class.to_string());
    f.body = f
        .body
        .into_iter()
        .map(|s| match rename.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect();
    ast::Stmt::FunctionDef(f)
}

fn is_classmethod(f: &ast::StmtFunctionDef) -> bool {
    f.decorator_list
        .iter()
        .any(|d| matches!(d, ast::Expr::Name(n) if n.id.as_str() == "classmethod"))
}

/// Renames the loads of one name.
struct Rename(String, String);

impl Fold<ast::text_size::TextRange> for Rename {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match node {
            ast::Expr::Name(mut n)
                if n.id.as_str() == self.0 && matches!(n.ctx, ast::ExprContext::Load) =>
            {
                n.id = ast::Identifier::new(self.1.clone());
                Ok(ast::Expr::Name(n))
            }
            other => ast::fold::fold_expr(self, other),
        }
    }
}

/// Rewrites the module's uses of its enum classes that CPython's metaclass serves: each class
/// with its members' names.
struct Uses {
    classes: HashMap<String, Vec<String>>,
}

/// Calls that take a class as a class (`isinstance(x, Color)`): everywhere else, an enum
/// class passed to a call is iterated by it (`list(Color)`, `cycle(Color)`,
/// `dict.fromkeys(Color, 0)`, `"".join(Method)`), so it is its list of members.
const TAKING_CLASSES: &[&str] = &["isinstance", "issubclass", "type", "super", "typing.cast"];

impl Uses {
    fn class_of<'a>(&self, e: &'a ast::Expr) -> Option<&'a str> {
        match e {
            ast::Expr::Name(n)
                if matches!(n.ctx, ast::ExprContext::Load)
                    && self.classes.contains_key(n.id.as_str()) =>
            {
                Some(n.id.as_str())
            }
            _ => None,
        }
    }

    /// `E.attr` for enum class expression `e`.
    fn attr(e: ast::Expr, attr: &str) -> ast::Expr {
        let range = e.range();
        ast::Expr::Attribute(ast::ExprAttribute {
            range,
            value: Box::new(e),
            attr: ast::Identifier::new(attr),
            ctx: ast::ExprContext::Load,
        })
    }

    /// `e` iterated: an enum class's list of members.
    fn iterated(&self, e: ast::Expr) -> ast::Expr {
        if self.class_of(&e).is_some() {
            Self::attr(e, "_natrix_members")
        } else {
            e
        }
    }
}

impl Fold<ast::text_size::TextRange> for Uses {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        // `Color.RED = 5`: CPython's AttributeError (the members are fixed).
        let targets: Vec<&ast::Expr> = match &node {
            ast::Stmt::Assign(a) => a.targets.iter().collect(),
            ast::Stmt::AugAssign(a) => vec![a.target.as_ref()],
            ast::Stmt::AnnAssign(a) => vec![a.target.as_ref()],
            _ => vec![],
        };
        for t in targets {
            let ast::Expr::Attribute(a) = t else { continue };
            let ast::Expr::Name(n) = a.value.as_ref() else {
                continue;
            };
            let fixed = self.classes.get(n.id.as_str());
            if fixed.is_some_and(|ms| ms.iter().any(|m| m == a.attr.as_str())) {
                let src = format!(
                    "raise AttributeError(\"cannot reassign member '{}'\")\n",
                    a.attr
                );
                let mut raised = place_generated(&src, "<enum>", node.range(), HashMap::new())
                    .expect("the raise parses");
                return Ok(raised.remove(0));
            }
        }
        match node {
            ast::Stmt::For(mut f) => {
                f.iter = Box::new(self.iterated(*f.iter));
                ast::fold::fold_stmt(self, ast::Stmt::For(f))
            }
            other => ast::fold::fold_stmt(self, other),
        }
    }

    fn fold_comprehension(
        &mut self,
        mut node: ast::Comprehension,
    ) -> Result<ast::Comprehension, Self::Error> {
        node.iter = self.iterated(node.iter);
        ast::fold::fold_comprehension(self, node)
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = match node {
            // `E(value)`: the member of that value.
            ast::Expr::Call(mut c)
                if c.args.len() == 1
                    && c.keywords.is_empty()
                    && !matches!(c.args[0], ast::Expr::Starred(_))
                    && self.class_of(&c.func).is_some() =>
            {
                let class = self.class_of(&c.func).expect("checked").to_string();
                let range = c.func.range();
                c.func = Box::new(ast::Expr::Name(ast::ExprName {
                    range,
                    id: ast::Identifier::new(lookup_name(&class)),
                    ctx: ast::ExprContext::Load,
                }));
                ast::Expr::Call(c)
            }
            // `list(E)`, `len(E)`, `sorted(E, key=…)`, `cycle(E)`: over the members.
            ast::Expr::Call(mut c) if !matches!(c.func.as_ref(), ast::Expr::Name(n) if TAKING_CLASSES.contains(&n.id.as_str())) =>
            {
                c.args = c.args.into_iter().map(|a| self.iterated(a)).collect();
                ast::Expr::Call(c)
            }
            // `E["RED"]`: the member of that name (CPython's KeyError for none).
            ast::Expr::Subscript(mut s)
                if matches!(s.ctx, ast::ExprContext::Load) && self.class_of(&s.value).is_some() =>
            {
                s.value = Box::new(Self::attr(*s.value, "_natrix_map"));
                ast::Expr::Subscript(s)
            }
            ast::Expr::Attribute(a)
                if a.attr.as_str() == "__members__" && self.class_of(&a.value).is_some() =>
            {
                Self::attr(*a.value, "_natrix_map")
            }
            // `c in E`: among the members.
            ast::Expr::Compare(mut c)
                if c.ops
                    .iter()
                    .all(|o| matches!(o, ast::CmpOp::In | ast::CmpOp::NotIn)) =>
            {
                c.comparators = c
                    .comparators
                    .into_iter()
                    .map(|e| self.iterated(e))
                    .collect();
                ast::Expr::Compare(c)
            }
            other => other,
        };
        ast::fold::fold_expr(self, node)
    }
}

fn str_const(s: &str, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant {
        range,
        value: ast::Constant::Str(s.to_string()),
        kind: None,
    })
}

fn int_const(v: ast::bigint::BigInt, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant {
        range,
        value: ast::Constant::Int(v),
        kind: None,
    })
}

/// Whether two member values are the same constant (the later member is then an alias).
fn same_constant(a: &ast::Expr, b: &ast::Expr) -> bool {
    match (a, b) {
        (ast::Expr::Constant(x), ast::Expr::Constant(y)) => match (&x.value, &y.value) {
            (ast::Constant::Int(p), ast::Constant::Int(q)) => p == q,
            (ast::Constant::Str(p), ast::Constant::Str(q)) => p == q,
            (ast::Constant::Float(p), ast::Constant::Float(q)) => p == q,
            (ast::Constant::Bool(p), ast::Constant::Bool(q)) => p == q,
            _ => false,
        },
        (ast::Expr::Tuple(x), ast::Expr::Tuple(y)) => {
            x.elts.len() == y.elts.len()
                && x.elts.iter().zip(&y.elts).all(|(p, q)| same_constant(p, q))
        }
        _ => false,
    }
}
