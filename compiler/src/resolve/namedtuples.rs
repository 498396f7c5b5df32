//! `collections.namedtuple` and `typing.NamedTuple`: before the dataclass expansion, each
//! named tuple becomes a frozen, ordered dataclass with the tuple protocol on top.
//!
//! ```text
//! Point = namedtuple("Point", "x y")        @dataclass(frozen=True, order=True)
//! class Point(NamedTuple):                   class Point:
//!     x: int                                     x: …
//!     y: int = 0                                 y: … = 0
//!                                                _fields = ("x", "y")
//!                                                def __len__(self): return 2
//!                                                def __iter__(self): yield self.x; yield self.y
//!                                                def __getitem__(self, i): …
//!                                                def __add__(self, other): …
//!                                                def count(self, value): …
//!                                                def index(self, value): …
//!                                                def _asdict(self): …
//!                                                def _replace(self, x=None, y=None): …
//!                                                @staticmethod
//!                                                def _make(iterable): …
//! ```
//!
//! Construction (positional or by keyword), attribute access, `==`, ordering and hashing
//! come from the dataclass, `repr` (`Point(x=1, y=2)`, with the class's `__name__`) its own; `len`, iteration, unpacking and indexing
//! from the tuple protocol (the last three need fields of one type).

use rustpython_parser::ast;

/// The name the generated classes are decorated with, which `dataclasses::expand` accepts.
pub const DATACLASS: &str = "__natrix_dataclass__";

/// The module with every named tuple made a class, and `namedtuple` dropped from the
/// `collections` imports.
pub fn expand(module: &[ast::Stmt]) -> Vec<ast::Stmt> {
    let mut factories: Vec<String> = vec![];
    let mut modules: Vec<String> = vec![];
    let mut out = vec![];
    for stmt in module {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.module.as_ref().map(|m| m.as_str()) == Some("collections")
                    && i.names.iter().any(|a| a.name.as_str() == "namedtuple") =>
            {
                let mut i = i.clone();
                i.names.retain(|a| {
                    if a.name.as_str() == "namedtuple" {
                        factories.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                        false
                    } else {
                        true
                    }
                });
                if !i.names.is_empty() {
                    out.push(ast::Stmt::ImportFrom(i));
                }
            }
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.as_str() == "collections" {
                        modules.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
                out.push(stmt.clone());
            }
            ast::Stmt::Assign(a) => match functional(a, &factories, &modules) {
                Some((name, fields)) => {
                    let plain = with_defaults(fields, &a.value);
                    out.extend(class(&name, &plain, a.range));
                }
                None => out.push(stmt.clone()),
            },
            // `class Point(namedtuple("Point", "x y")): …`: one class, the named tuple's
            // methods under the user's own.
            ast::Stmt::ClassDef(c)
                if c.bases.len() == 1
                    && factory_call(&c.bases[0], &factories, &modules).is_some() =>
            {
                let fields = factory_call(&c.bases[0], &factories, &modules).unwrap_or_default();
                let fields = with_defaults(fields, &c.bases[0]);
                let rest = c
                    .body
                    .iter()
                    .filter(|s| !is_empty_slots(s))
                    .cloned()
                    .collect();
                out.extend(merged(c, &fields, rest, false));
            }
            ast::Stmt::ClassDef(c) if is_named_tuple_base(c) => {
                let mut fields = vec![];
                let mut rest = vec![];
                for s in &c.body {
                    match s {
                        ast::Stmt::AnnAssign(a)
                            if matches!(a.target.as_ref(), ast::Expr::Name(_)) =>
                        {
                            let ast::Expr::Name(n) = a.target.as_ref() else {
                                unreachable!()
                            };
                            let default = a.value.as_ref().map(|_| format!("{}.{}", c.name, n.id));
                            fields.push((n.id.to_string(), default));
                            rest.push(s.clone());
                        }
                        other => rest.push(other.clone()),
                    }
                }
                out.extend(merged(c, &fields, rest, true));
            }
            _ => out.push(stmt.clone()),
        }
    }
    out
}

/// The named tuple class `c` with `fields`: the user's own body `rest` (with the fields'
/// annotations when `annotated`, and methods) first, then the generated methods it does not
/// define itself (and the generated annotations otherwise).
fn merged(
    c: &ast::StmtClassDef,
    fields: &[(String, Option<String>)],
    rest: Vec<ast::Stmt>,
    annotated: bool,
) -> Vec<ast::Stmt> {
    let mut generated = class(c.name.as_str(), fields, c.range);
    if let Some(ast::Stmt::ClassDef(g)) = generated.first_mut() {
        let own: Vec<String> = rest
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) => Some(f.name.to_string()),
                _ => None,
            })
            .collect();
        let mut body = rest;
        body.extend(g.body.drain(..).filter(|s| match s {
            ast::Stmt::AnnAssign(_) => !annotated,
            ast::Stmt::FunctionDef(f) => !own.iter().any(|o| o == f.name.as_str()),
            _ => true,
        }));
        g.body = body;
    }
    generated
}

/// `__slots__ = ()`, which a subclass of a named tuple writes to stay without a `__dict__`.
fn is_empty_slots(s: &ast::Stmt) -> bool {
    matches!(s, ast::Stmt::Assign(a)
        if matches!(a.targets.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "__slots__")
            && matches!(a.value.as_ref(), ast::Expr::Tuple(t) if t.elts.is_empty()))
}

/// `class P(NamedTuple)` (after linking, `NamedTuple` is `typing.NamedTuple`).
fn is_named_tuple_base(c: &ast::StmtClassDef) -> bool {
    matches!(c.bases.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "typing.NamedTuple")
}

/// `Name = namedtuple("Name", "a b")` or `collections.namedtuple(…)` whatever the module's
/// imports: the name and the fields (for `match`, which runs before the imports are read).
pub(super) fn functional_fields(a: &ast::StmtAssign) -> Option<(String, Vec<String>)> {
    functional(a, &["namedtuple".to_string()], &["collections".to_string()])
}

/// `Name = namedtuple("Name", "a b")` (or `["a", "b"]`, `"a, b"`): the name and the fields.
fn functional(
    a: &ast::StmtAssign,
    factories: &[String],
    modules: &[String],
) -> Option<(String, Vec<String>)> {
    let [ast::Expr::Name(target)] = a.targets.as_slice() else {
        return None;
    };
    let fields = factory_call(&a.value, factories, modules)?;
    Some((target.id.to_string(), fields))
}

/// `namedtuple("Name", "a b")` (or `collections.namedtuple(…)`, through the names the module
/// imports it as), with at most literal `defaults=[…]`: the fields.
fn factory_call(e: &ast::Expr, factories: &[String], modules: &[String]) -> Option<Vec<String>> {
    let ast::Expr::Call(c) = e else {
        return None;
    };
    let is_factory = match c.func.as_ref() {
        ast::Expr::Name(n) => factories.iter().any(|f| f == n.id.as_str()),
        ast::Expr::Attribute(at) => {
            at.attr.as_str() == "namedtuple"
                && matches!(at.value.as_ref(), ast::Expr::Name(m) if modules.iter().any(|x| x == m.id.as_str()))
        }
        _ => false,
    };
    // (`defaults=[…]` of literals: `literal_defaults`.)
    let defaults_only = c.keywords.iter().all(|k| {
        k.arg.as_ref().is_some_and(|a| a.as_str() == "defaults")
            && literal_defaults_of(&k.value).is_some()
    });
    if !is_factory || c.args.len() != 2 || !defaults_only {
        return None;
    }
    let text = |e: &ast::Expr| match e {
        ast::Expr::Constant(k) => match &k.value {
            ast::Constant::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    let fields: Vec<String> = match &c.args[1] {
        ast::Expr::List(l) => l.elts.iter().map(text).collect::<Option<_>>()?,
        ast::Expr::Tuple(t) => t.elts.iter().map(text).collect::<Option<_>>()?,
        other => text(other)?
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
    };
    let ok = fields
        .iter()
        .all(|f| f.chars().all(|ch| ch.is_alphanumeric() || ch == '_') && !f.is_empty());
    (ok && !fields.is_empty()).then_some(fields)
}

/// The fields of `namedtuple(…)` (with their defaults' source text) for the class made by
/// `call`, a factory call.
fn with_defaults(fields: Vec<String>, call: &ast::Expr) -> Vec<(String, Option<String>)> {
    let defaults = literal_defaults(call).unwrap_or_default();
    let first = fields.len().saturating_sub(defaults.len());
    fields
        .into_iter()
        .enumerate()
        .map(|(k, f)| (f, k.checked_sub(first).map(|d| defaults[d].clone())))
        .collect()
}

/// The source text of the `defaults=[…]` of `namedtuple(…, defaults=[None, 0])`, which apply
/// to the last fields; `None` without such a keyword.
fn literal_defaults(call: &ast::Expr) -> Option<Vec<String>> {
    let ast::Expr::Call(c) = call else {
        return None;
    };
    let k = c.keywords.first()?;
    literal_defaults_of(&k.value)
}

/// The items of a list or tuple of literals (None, bools, numbers, strs), as source text.
fn literal_defaults_of(e: &ast::Expr) -> Option<Vec<String>> {
    let items = match e {
        ast::Expr::List(l) => &l.elts,
        ast::Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    items
        .iter()
        .map(|item| {
            let (negative, value) = match item {
                ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => {
                    (true, u.operand.as_ref())
                }
                other => (false, other),
            };
            let ast::Expr::Constant(k) = value else {
                return None;
            };
            let text = match &k.value {
                ast::Constant::None => "None".to_string(),
                ast::Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                ast::Constant::Int(i) => i.to_string(),
                ast::Constant::Float(f) if f.is_finite() => format!("{f:?}"),
                // (Plain text only: it is written back as Python source.)
                ast::Constant::Str(s)
                    if !negative
                        && s.chars().all(|ch| ch == ' ' || ch.is_ascii_graphic())
                        && !s.contains(['\\', '"']) =>
                {
                    format!("\"{s}\"")
                }
                _ => return None,
            };
            Some(if negative { format!("-{text}") } else { text })
        })
        .collect()
}

/// The class for named tuple `name` with `fields` (each with its default's expression, if
/// any), placed at `at`.
fn class(
    name: &str,
    fields: &[(String, Option<String>)],
    at: ast::text_size::TextRange,
) -> Vec<ast::Stmt> {
    let n = fields.len();
    let names: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
    let mut src = format!("@{DATACLASS}(frozen=True, order=True)\nclass {name}:\n");
    for (f, default) in fields {
        match default {
            Some(d) => src.push_str(&format!("    {f}: object = {d}\n")),
            None => src.push_str(&format!("    {f}: object\n")),
        }
    }
    let quoted: Vec<String> = names.iter().map(|f| format!("{f:?}")).collect();
    let selfs: Vec<String> = names.iter().map(|f| format!("self.{f}")).collect();
    src.push_str(&format!(
        "    _fields = ({}{})\n",
        quoted.join(", "),
        if n == 1 { "," } else { "" }
    ));
    src.push_str(&format!("    def __len__(self):\n        return {n}\n"));
    // (Its `__name__`, where a dataclass shows its `__qualname__`.)
    let shown: Vec<String> = names
        .iter()
        .map(|f| format!("{f}={{self.{f}!r}}"))
        .collect();
    src.push_str(&format!(
        "    def __repr__(self):\n        return f\"{{type(self).__name__}}({})\"\n",
        shown.join(", ")
    ));
    src.push_str("    def __iter__(self):\n");
    for s in &selfs {
        src.push_str(&format!("        yield {s}\n"));
    }
    src.push_str(&format!(
        "    def __getitem__(self, index):\n        return tuple([{}])[index]\n",
        selfs.join(", ")
    ));
    // A named tuple is a tuple: equal to (and ordered with) a plain tuple of its items.
    let (mine, theirs) = if n == 1 {
        (format!("({},)", selfs[0]), format!("(other.{},)", names[0]))
    } else {
        let others: Vec<String> = names.iter().map(|f| format!("other.{f}")).collect();
        (
            format!("({})", selfs.join(", ")),
            format!("({})", others.join(", ")),
        )
    };
    src.push_str(&format!(
        "    def __eq__(self, other):\n        if isinstance(other, tuple):\n            return {mine} == other\n        if not isinstance(other, {name}):\n            return NotImplemented\n        return {mine} == {theirs}\n"
    ));
    for (dunder, op) in [
        ("__lt__", "<"),
        ("__le__", "<="),
        ("__gt__", ">"),
        ("__ge__", ">="),
    ] {
        src.push_str(&format!(
            "    def {dunder}(self, other):\n        if isinstance(other, tuple):\n            return {mine} {op} other\n        return {mine} {op} {theirs}\n"
        ));
    }
    // `p + (3,)`, `(0,) + p`: the items of both, as a tuple.
    src.push_str(&format!(
        "    def __add__(self, other):\n        return {mine} + other\n    def __radd__(self, other):\n        return other + {mine}\n"
    ));
    // The tuple's own methods, unless a field has the name (`namedtuple("Row", "name count")`).
    for method in ["count", "index"] {
        if !names.contains(&method) {
            src.push_str(&format!(
                "    def {method}(self, value):\n        return {mine}.{method}(value)\n"
            ));
        }
    }
    let pairs: Vec<String> = names.iter().map(|f| format!("{f:?}: self.{f}")).collect();
    src.push_str(&format!(
        "    def _asdict(self):\n        return {{{}}}\n",
        pairs.join(", ")
    ));
    let params: Vec<String> = names.iter().map(|f| format!("{f}=None")).collect();
    let args: Vec<String> = names
        .iter()
        .map(|f| format!("self.{f} if {f} is None else {f}"))
        .collect();
    src.push_str(&format!(
        "    def _replace(self, {}):\n        return type(self)({})\n",
        params.join(", "),
        args.join(", ")
    ));
    src.push_str(&format!(
        "    @staticmethod\n    def _make(iterable):\n        items = list(iterable)\n        if len(items) != {n}:\n            raise TypeError(f\"Expected {n} arguments, got {{len(items)}}\")\n        return {name}(*items)\n"
    ));
    // (A field named by a keyword does not parse: the class is left without its methods.)
    super::dataclasses::place_generated(&src, "<namedtuple>", at, Default::default())
        .unwrap_or_default()
}
