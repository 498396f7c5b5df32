//! `@dataclass`: before resolution, each decorated class gets the methods the decorator would
//! generate (`__init__`, `__repr__`, `__eq__`, with `order=True` the comparisons, with
//! `frozen=True` `__hash__`), written as Python and parsed, then placed at the decorator (so a
//! diagnostic inside one points there). Fields are the class body's annotated names, after
//! those of a dataclass base; a field's default is the class attribute the annotated
//! assignment makes (`y: int = 0` → `__init__(self, x, y=Point.y)`). `field(default=v)` is
//! that default; `field(default_factory=f)` makes the parameter default to None and calls `f()`
//! for each instance built without it (`self.items = f() if items is None else items`; a
//! factory other than a name or a lambda is evaluated once, into a variable before the class);
//! `field(init=False)` leaves it out of `__init__`'s parameters (set from its default or
//! factory, or left unset for `__post_init__`);
//! `field(repr=False)` / `field(compare=False)` leave the field out of `__repr__` / of
//! `__eq__`, the orderings and `__hash__`.

use super::decorators::load;
use crate::hir::Frozen;
use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

/// The exception a frozen dataclass's field assignment raises, by the qualified name that
/// `natrix_abi::ExcKind::from_name` knows (no Python identifier has a dot, so the program's
/// own names never meet it).
const FROZEN_ERROR: &str = "dataclasses.FrozenInstanceError";

/// The module with `@dataclass` classes expanded, the `dataclasses` imports removed and
/// `FrozenInstanceError` named by its qualified name; and the frozen classes, by name.
pub fn expand(module: &[ast::Stmt]) -> (Vec<ast::Stmt>, HashMap<String, Frozen>) {
    let (module, replace_sets, converters) = super::dataclass_calls::rewrite(module.to_vec());
    let module = module.as_slice();
    // Where the converters go (after the last dataclass), and the classes they know.
    let mut last_dataclass = None;
    let mut dataclasses: Vec<(String, Vec<String>)> = vec![];
    let mut decorators: Vec<String> = vec![];
    let mut field_fns: Vec<String> = vec![];
    let mut modules: Vec<String> = vec![];
    let mut errors: Vec<String> = vec![];
    let mut out = vec![];
    let mut fields_of: HashMap<String, Vec<Field>> = HashMap::new();
    let mut frozen = HashMap::new();
    let mut post_init: std::collections::HashSet<String> = Default::default();
    let mros = super::classmethods::class_mros(module);
    for stmt in module {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.module.as_ref().map(|m| m.as_str()) == Some("dataclasses") =>
            {
                // The names natrix serves are taken; an import of the others is left for
                // resolve to report.
                let mut rest = vec![];
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    match a.name.as_str() {
                        "field" => field_fns.push(bound),
                        "FrozenInstanceError" => errors.push(bound),
                        "dataclass" => decorators.push(bound),
                        // (Their calls became methods and functions: `dataclass_calls.rs`.)
                        "replace" | "asdict" | "astuple" | "fields" => {}
                        _ => rest.push(a.clone()),
                    }
                }
                if !rest.is_empty() {
                    let mut i = i.clone();
                    i.names = rest;
                    out.push(ast::Stmt::ImportFrom(i));
                }
            }
            ast::Stmt::Import(i) if i.names.iter().all(|a| a.name.as_str() == "dataclasses") => {
                for a in &i.names {
                    modules.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            ast::Stmt::ClassDef(c) => {
                // Its `__post_init__`, own or of a base defined above.
                let base_post_init = mros
                    .get(c.name.as_str())
                    .is_some_and(|m| m[1..].iter().any(|b| post_init.contains(b)));
                let own_post_init = c.body.iter().any(|s| {
                    matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == "__post_init__")
                });
                if base_post_init || own_post_init {
                    post_init.insert(c.name.to_string());
                }
                let options = c
                    .decorator_list
                    .iter()
                    .position(|d| is_dataclass(d, &decorators, &modules))
                    .map(|i| (i, options(&c.decorator_list[i])));
                match options {
                    Some((i, opts)) => {
                        let mut c = c.clone();
                        let named_tuple = is_named_tuple(&c.decorator_list[i]);
                        let at = c.decorator_list.remove(i).range();
                        let calls = take_field_calls(&mut c, &field_fns, &modules);
                        let mut fields = class_fields(&c, &fields_of, &mros);
                        for f in &mut fields {
                            if let Some(call) = calls.get(&f.name) {
                                f.factory = call.factory.clone();
                                f.repr = call.repr;
                                f.compare = call.compare;
                                f.init = call.init;
                                // A factory computed (`itertools.count(1).__next__`) is
                                // computed once, where the class is made.
                                if let Some(e) = f.factory.as_mut().filter(|e| !named(e)) {
                                    let hoisted = format!("__natrix_factory_{}_{}", c.name, f.name);
                                    let range = e.range();
                                    let value = std::mem::replace(e, load(&hoisted, range));
                                    out.push(super::class_body::assign(&hoisted, value, range));
                                }
                            }
                        }
                        // A field without a default after one with: CPython's TypeError
                        // when the class is made (the class stays, without its methods).
                        let misplaced = fields
                            .iter()
                            .filter(|f| f.init)
                            .skip_while(|f| !f.has_default && f.factory.is_none())
                            .find(|f| !f.has_default && f.factory.is_none());
                        // (Keyword-only fields may come in any order.)
                        let raise = match (misplaced, opts.no_init || opts.kw_only) {
                            (Some(f), false) => {
                                let msg = format!(
                                    "non-default argument '{}' follows default argument",
                                    f.name
                                );
                                place_generated(
                                    &format!("raise TypeError({msg:?})\n"),
                                    "<dataclass>",
                                    at,
                                    HashMap::new(),
                                )
                            }
                            _ => None,
                        };
                        c.body
                            .extend(methods(&c, &fields, &opts, at, base_post_init));
                        let init: Vec<String> = (fields.iter().filter(|f| f.init))
                            .map(|f| f.name.clone())
                            .collect();
                        let src = super::dataclass_calls::methods(&c.name, &init, &replace_sets);
                        c.body.extend(
                            place_generated(&src, "<dataclass>", at, HashMap::new())
                                .unwrap_or_default(),
                        );
                        if opts.frozen {
                            let names = fields.iter().map(|f| f.name.clone()).collect();
                            frozen.insert(
                                c.name.to_string(),
                                Frozen {
                                    fields: names,
                                    named_tuple,
                                },
                            );
                        }
                        let names = fields.iter().map(|f| f.name.clone()).collect();
                        dataclasses.push((c.name.to_string(), names));
                        fields_of.insert(c.name.to_string(), fields);
                        out.push(ast::Stmt::ClassDef(c));
                        last_dataclass = Some((out.len(), at));
                        out.extend(raise.into_iter().flatten());
                    }
                    None => out.push(stmt.clone()),
                }
            }
            _ => out.push(stmt.clone()),
        }
    }
    if let Some((after, at)) = last_dataclass.filter(|_| converters != [false; 3]) {
        let src = super::dataclass_calls::converters(&dataclasses, converters);
        let placed = place_generated(&src, "<dataclass>", at, HashMap::new());
        let tail = out.split_off(after);
        out.extend(placed.unwrap_or_default());
        out.extend(tail);
    }
    if !errors.is_empty() || !modules.is_empty() {
        let mut rename = FrozenErrorName { errors, modules };
        out = out
            .into_iter()
            .map(|s| rename.fold_stmt(s).unwrap_or_else(|e| match e {}))
            .collect();
    }
    (out, frozen)
}

/// Whether a dataclass decorator is the one `namedtuples::expand` gives its classes.
fn is_named_tuple(d: &ast::Expr) -> bool {
    let d = match d {
        ast::Expr::Call(c) => c.func.as_ref(),
        d => d,
    };
    matches!(d, ast::Expr::Name(n) if n.id.as_str() == super::namedtuples::DATACLASS)
}

/// Names `FrozenInstanceError` (imported from `dataclasses`, or `dataclasses.…`) by
/// [`FROZEN_ERROR`].
struct FrozenErrorName {
    errors: Vec<String>,
    modules: Vec<String>,
}

impl Fold<ast::text_size::TextRange> for FrozenErrorName {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let (range, ctx) = match &node {
            ast::Expr::Name(n) if self.errors.iter().any(|e| e == n.id.as_str()) => {
                (n.range, n.ctx)
            }
            ast::Expr::Attribute(a)
                if a.attr.as_str() == "FrozenInstanceError"
                    && matches!(a.value.as_ref(), ast::Expr::Name(m)
                        if self.modules.iter().any(|x| x == m.id.as_str())) =>
            {
                (a.range, a.ctx)
            }
            _ => return rustpython_ast::fold::fold_expr(self, node),
        };
        Ok(ast::Expr::Name(ast::ExprName {
            range,
            id: ast::Identifier::new(FROZEN_ERROR),
            ctx,
        }))
    }
}

#[derive(Clone)]
struct Field {
    name: String,
    has_default: bool,
    /// `field(default_factory=f)`: `f`.
    factory: Option<ast::Expr>,
    /// In `__repr__` (`field(repr=False)` leaves it out).
    repr: bool,
    /// In `__eq__`, the orderings and `__hash__` (`field(compare=False)` leaves it out).
    compare: bool,
    /// A parameter of `__init__` (`field(init=False)`: set from its default or factory, or
    /// left for `__post_init__`).
    init: bool,
}

/// What a `field(…)` call says of its field besides the default.
struct FieldCall {
    factory: Option<ast::Expr>,
    repr: bool,
    compare: bool,
    init: bool,
}

/// Rewrites the class body's `name: T = field(default=v)` to `name: T = v` and
/// `name: T = field(default_factory=f)` to `name: T`, returning what each field's call
/// says (its factory, `repr=` and `compare=` given as `True`/`False`).
fn take_field_calls(
    c: &mut ast::StmtClassDef,
    field_fns: &[String],
    modules: &[String],
) -> HashMap<String, FieldCall> {
    let mut calls = HashMap::new();
    for item in &mut c.body {
        let ast::Stmt::AnnAssign(a) = item else {
            continue;
        };
        let (Some(ast::Expr::Call(call)), ast::Expr::Name(n)) =
            (a.value.as_deref(), a.target.as_ref())
        else {
            continue;
        };
        let is_field = match call.func.as_ref() {
            ast::Expr::Name(f) => field_fns.iter().any(|x| x == f.id.as_str()),
            ast::Expr::Attribute(at) => {
                at.attr.as_str() == "field"
                    && matches!(at.value.as_ref(), ast::Expr::Name(m) if modules.iter().any(|x| x == m.id.as_str()))
            }
            _ => false,
        };
        let flag = |e: &ast::Expr| match e {
            ast::Expr::Constant(c) => match c.value {
                ast::Constant::Bool(b) => Some(b),
                _ => None,
            },
            _ => None,
        };
        let known = call.keywords.iter().all(|k| match k.arg.as_deref() {
            Some("default" | "default_factory") => true,
            Some("repr" | "compare" | "init") => flag(&k.value).is_some(),
            _ => false,
        });
        if !is_field || !call.args.is_empty() || !known {
            continue;
        }
        let mut value = None;
        let mut fc = FieldCall {
            factory: None,
            repr: true,
            compare: true,
            init: true,
        };
        for k in &call.keywords {
            match k.arg.as_deref() {
                Some("default") => value = Some(Box::new(k.value.clone())),
                Some("repr") => fc.repr = flag(&k.value).unwrap_or(true),
                Some("compare") => fc.compare = flag(&k.value).unwrap_or(true),
                Some("init") => fc.init = flag(&k.value).unwrap_or(true),
                _ => fc.factory = Some(k.value.clone()),
            }
        }
        calls.insert(n.id.to_string(), fc);
        a.value = value;
    }
    calls
}

#[derive(Default)]
struct Options {
    order: bool,
    frozen: bool,
    no_init: bool,
    no_repr: bool,
    no_eq: bool,
    /// `unsafe_hash=True`: a `__hash__` of the fields even when not frozen.
    unsafe_hash: bool,
    /// `kw_only=True`: the generated `__init__` takes the fields by keyword only.
    kw_only: bool,
    /// `slots=True`: `__slots__` names the fields.
    slots: bool,
}

fn is_dataclass(d: &ast::Expr, decorators: &[String], modules: &[String]) -> bool {
    match d {
        ast::Expr::Name(n) if n.id.as_str() == super::namedtuples::DATACLASS => true,
        ast::Expr::Name(n) => decorators.iter().any(|x| x == n.id.as_str()),
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == "dataclass"
                && matches!(a.value.as_ref(), ast::Expr::Name(m) if modules.iter().any(|x| x == m.id.as_str()))
        }
        ast::Expr::Call(c) => c.args.is_empty() && is_dataclass(&c.func, decorators, modules),
        _ => false,
    }
}

fn options(d: &ast::Expr) -> Options {
    let mut o = Options::default();
    if let ast::Expr::Call(c) = d {
        for k in &c.keywords {
            let on = matches!(&k.value, ast::Expr::Constant(v) if matches!(v.value, ast::Constant::Bool(true)));
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("order") => o.order = on,
                Some("frozen") => o.frozen = on,
                Some("init") => o.no_init = !on,
                Some("repr") => o.no_repr = !on,
                Some("eq") => o.no_eq = !on,
                Some("unsafe_hash") => o.unsafe_hash = on,
                Some("kw_only") => o.kw_only = on,
                Some("slots") => o.slots = on,
                _ => {}
            }
        }
    }
    o
}

/// The fields of a dataclass: its dataclass bases', from the last of its method resolution
/// order to the first (as CPython collects them), then its own annotated names (a
/// redefinition keeps the first position).
fn class_fields(
    c: &ast::StmtClassDef,
    known: &HashMap<String, Vec<Field>>,
    mros: &HashMap<String, Vec<String>>,
) -> Vec<Field> {
    let mut fields: Vec<Field> = vec![];
    let order = mros.get(c.name.as_str()).map_or(&[][..], |m| &m[1..]);
    for b in order.iter().rev() {
        for f in known.get(b).into_iter().flatten() {
            match fields.iter_mut().find(|g| g.name == f.name) {
                Some(g) => *g = f.clone(),
                None => fields.push(f.clone()),
            }
        }
    }
    for item in &c.body {
        let ast::Stmt::AnnAssign(a) = item else {
            continue;
        };
        let ast::Expr::Name(n) = a.target.as_ref() else {
            continue;
        };
        let class_var = match a.annotation.as_ref() {
            ast::Expr::Subscript(s) => {
                matches!(s.value.as_ref(), ast::Expr::Name(v) if matches!(v.id.as_str(), "ClassVar" | "typing.ClassVar"))
            }
            ast::Expr::Name(v) => matches!(v.id.as_str(), "ClassVar" | "typing.ClassVar"),
            _ => false,
        };
        if class_var {
            continue;
        }
        let field = Field {
            name: n.id.to_string(),
            has_default: a.value.is_some(),
            factory: None,
            repr: true,
            compare: true,
            init: true,
        };
        match fields.iter().position(|f| f.name == field.name) {
            Some(i) => fields[i] = field,
            None => fields.push(field),
        }
    }
    fields
}

/// The methods the decorator generates that the class does not define itself, placed at `at`.
fn methods(
    c: &ast::StmtClassDef,
    fields: &[Field],
    o: &Options,
    at: ast::text_size::TextRange,
    inherited_post_init: bool,
) -> Vec<ast::Stmt> {
    let defined = |name: &str| {
        c.body
            .iter()
            .any(|s| matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == name))
    };
    let class = c.name.as_str();
    let mut src = String::new();
    if !o.no_init && !defined("__init__") {
        // (A field without a default after one with is CPython's TypeError, raised after
        // the class: `=None` keeps the generated signature valid Python.)
        let mut defaulted = false;
        let params: Vec<String> = fields
            .iter()
            .filter(|f| f.init)
            .map(|f| match (f.has_default, &f.factory) {
                (_, Some(_)) => {
                    defaulted = true;
                    format!(", {}=None", f.name)
                }
                (true, None) => {
                    defaulted = true;
                    format!(", {0}={class}.{0}", f.name)
                }
                (false, None) if defaulted && !o.kw_only => format!(", {}=None", f.name),
                (false, None) => format!(", {}", f.name),
            })
            .collect();
        let star = if o.kw_only && !params.is_empty() {
            ", *"
        } else {
            ""
        };
        src.push_str(&format!("def __init__(self{star}{}):\n", params.concat()));
        for f in fields {
            let value = match (&f.factory, f.init) {
                (Some(_), true) => format!(
                    "{1}() if {0} is None else {0}",
                    f.name,
                    factory_name(&f.name)
                ),
                (None, true) => f.name.clone(),
                // Not a parameter: its factory's value, its default, or (neither) unset.
                (Some(_), false) => format!("{}()", factory_name(&f.name)),
                (None, false) if f.has_default => format!("{class}.{}", f.name),
                (None, false) => continue,
            };
            // A frozen instance's fields are stored as CPython's generated `__init__` does.
            if o.frozen {
                src.push_str(&format!(
                    "    object.__setattr__(self, {:?}, {value})\n",
                    f.name
                ));
            } else {
                src.push_str(&format!("    self.{} = {value}\n", f.name));
            }
        }
        if defined("__post_init__") || inherited_post_init {
            src.push_str("    self.__post_init__()\n");
        } else if fields.is_empty() {
            src.push_str("    pass\n");
        }
    }
    if !o.no_repr && !defined("__repr__") {
        let parts: Vec<String> = fields
            .iter()
            .filter(|f| f.repr)
            .map(|f| format!("{0}={{self.{0}!r}}", f.name))
            .collect();
        // The class of the instance, as CPython's (a plain subclass inherits it); `...` for
        // an instance whose repr is running already (CPython's `reprlib.recursive_repr`).
        src.push_str(&format!(
            "def __repr__(self):\n    if __natrix_repr_enter__(self):\n        return \"...\"\n    try:\n        return f\"{{type(self).__qualname__}}({})\"\n    finally:\n        __natrix_repr_leave__(self)\n",
            parts.join(", ")
        ));
    }
    let tuple = |who: &str| {
        let items: Vec<String> = fields
            .iter()
            .filter(|f| f.compare)
            .map(|f| format!("{who}.{}", f.name))
            .collect();
        match items.len() {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    let (mine, theirs) = (tuple("self"), tuple("other"));
    if !o.no_eq && !defined("__eq__") {
        // Another type's value is not equal (`p == (1, 2)`, `p == None`): decided by the
        // static types where they say; nor is an instance of another class of the hierarchy
        // (CPython's test of the exact class, folded away for a class without subclasses).
        src.push_str(&format!(
            "def __eq__(self, other):\n    if not isinstance(other, {class}) or type(other) is not type(self):\n        return NotImplemented\n    return {mine} == {theirs}\n"
        ));
    }
    if o.order {
        for (name, op) in [
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ] {
            if !defined(name) {
                // (Only between instances of one class, as CPython's: else NotImplemented.)
                src.push_str(&format!(
                    "def {name}(self, other):\n    if type(other) is not type(self):\n        return NotImplemented\n    return {mine} {op} {theirs}\n"
                ));
            }
        }
    }
    if o.slots {
        let names: Vec<String> = fields.iter().map(|f| format!("{:?}, ", f.name)).collect();
        src.push_str(&format!("__slots__ = ({})\n", names.concat()));
    }
    if ((o.frozen && !o.no_eq) || o.unsafe_hash) && !defined("__hash__") {
        src.push_str(&format!("def __hash__(self):\n    return hash({mine})\n"));
    }
    let factories = fields
        .iter()
        .filter_map(|f| Some((factory_name(&f.name), f.factory.clone()?)))
        .collect();
    place_generated(&src, "<dataclass>", at, factories).expect("the generated methods parse")
}

/// The statements of generated Python `src` (named `file`), every node placed at `at` and each
/// placeholder name in `replace` given its expression; `None` if it does not parse.
pub(crate) fn place_generated(
    src: &str,
    file: &str,
    at: ast::text_size::TextRange,
    replace: HashMap<String, ast::Expr>,
) -> Option<Vec<ast::Stmt>> {
    let Ok(ast::Mod::Module(m)) =
        rustpython_parser::parse(src, rustpython_parser::Mode::Module, file)
    else {
        return None;
    };
    let mut relocate = Relocate(at, replace);
    let placed = m.body.into_iter().map(|s| match relocate.fold_stmt(s) {
        Ok(s) => s,
        Err(never) => match never {},
    });
    Some(placed.collect())
}

/// Whether a default factory is a name (`list`, `collections.OrderedDict`) or a lambda,
/// which evaluating again for each instance gives the same function.
fn named(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(_) | ast::Expr::Lambda(_) => true,
        ast::Expr::Attribute(a) => {
            named(&a.value) && !matches!(a.value.as_ref(), ast::Expr::Lambda(_))
        }
        _ => false,
    }
}

/// The placeholder the generated `__init__` calls for a field's default factory.
fn factory_name(field: &str) -> String {
    format!("__natrix_factory_{field}")
}

/// Places every node of generated code at one range (the decorator's), and puts each default
/// factory's expression (with its own ranges) in place of its placeholder.
pub(crate) struct Relocate(
    pub(crate) ast::text_size::TextRange,
    pub(crate) HashMap<String, ast::Expr>,
);

impl Fold<ast::text_size::TextRange> for Relocate {
    fold_to_range_0!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Name(n) = &node {
            if let Some(f) = self.1.get(n.id.as_str()) {
                return Ok(f.clone());
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}
