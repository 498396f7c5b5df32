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
                    let defaults = literal_defaults(a).unwrap_or_default();
                    let first = fields.len().saturating_sub(defaults.len());
                    let plain: Vec<(String, Option<String>)> = fields
                        .into_iter()
                        .enumerate()
                        .map(|(k, f)| (f, k.checked_sub(first).map(|d| defaults[d].clone())))
                        .collect();
                    out.extend(class(&name, &plain, a.range));
                }
                None => out.push(stmt.clone()),
            },
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
                let mut generated = class(c.name.as_str(), &fields, c.range);
                if let Some(ast::Stmt::ClassDef(g)) = generated.first_mut() {
                    // The user's own body (annotations with defaults, methods) first; the
                    // generated methods it defines itself dropped.
                    let own: Vec<String> = rest
                        .iter()
                        .filter_map(|s| match s {
                            ast::Stmt::FunctionDef(f) => Some(f.name.to_string()),
                            _ => None,
                        })
                        .collect();
                    let mut body = rest;
                    body.extend(g.body.drain(..).filter(|s| match s {
                        ast::Stmt::AnnAssign(_) => false,
                        ast::Stmt::FunctionDef(f) => !own.iter().any(|o| o == f.name.as_str()),
                        _ => true,
                    }));
                    g.body = body;
                }
                out.extend(generated);
            }
            _ => out.push(stmt.clone()),
        }
    }
    out
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
    let ast::Expr::Call(c) = a.value.as_ref() else {
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
    (ok && !fields.is_empty()).then(|| (target.id.to_string(), fields))
}

/// The source text of the `defaults=[…]` of `Name = namedtuple(…, defaults=[None, 0])`, which
/// apply to the last fields; `None` without such a keyword.
fn literal_defaults(a: &ast::StmtAssign) -> Option<Vec<String>> {
    let ast::Expr::Call(c) = a.value.as_ref() else {
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
        "    def _replace(self, {}):\n        return {name}({})\n",
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
