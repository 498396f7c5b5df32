//! The functions of `dataclasses` that take an instance, as calls the dataclass expansion
//! provides for.
//!
//! `dataclasses.replace(obj, x=1)`: before the dataclass expansion, every call of it with
//! written keywords (`replace(p, y=0)`, `dataclasses.replace(p)`) becomes a call of a method
//! the expansion gives each dataclass whose `__init__` takes those fields:
//!
//! ```text
//! q = replace(p, y=0)            q = p.__natrix_replace__y(y=0)
//!                                # in class Point (fields x, y):
//!                                def __natrix_replace__y(self, y):
//!                                    return Point(x=self.x, y=y)
//! ```
//!
//! One method per set of keywords the program passes, so each field keeps its type; the
//! instance's class decides which method runs (a subclass dataclass has its own). A call
//! whose object's class has no such method (not a dataclass, or no such field) does not
//! compile; a call spreading `**changes` is left as it is (and reported as unsupported).
//!
//! `asdict(obj)` and `astuple(obj)` become calls of a function written after the last
//! dataclass, which converts recursively as CPython's do: a dataclass instance (tested
//! subclasses first) to a dict of its fields (a tuple), lists, tuples and dicts item by item,
//! anything else itself.

use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::BTreeSet;

/// The method a `replace` call with keywords `names` (sorted) becomes.
pub(super) fn method_name(names: &[String]) -> String {
    format!("__natrix_replace__{}", names.join("__"))
}

/// The function `asdict(obj)` (`astuple`) calls become.
const ASDICT: &str = "__natrix_asdict";
const ASTUPLE: &str = "__natrix_astuple";
/// The function `fields(obj)` calls become, and `fields(Class)` (of a class's name).
const FIELDS: &str = "__natrix_fields";
const CLASS_FIELDS: &str = "__natrix_class_fields";
/// The converters, in the order of the flags that say which are used.
const CONVERTERS: [&str; 3] = [ASDICT, ASTUPLE, FIELDS];

/// The module with its `replace` calls rewritten and the keyword sets they pass, and which of
/// `asdict` and `astuple` it calls.
pub(super) fn rewrite(
    module: Vec<ast::Stmt>,
) -> (Vec<ast::Stmt>, BTreeSet<Vec<String>>, [bool; 3]) {
    let mut functions = vec![];
    let mut modules = vec![];
    let mut converters = vec![];
    for stmt in &module {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.module.as_ref().map(|m| m.as_str()) == Some("dataclasses") =>
            {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    match a.name.as_str() {
                        "replace" => functions.push(bound),
                        "asdict" => converters.push((bound, ASDICT)),
                        "astuple" => converters.push((bound, ASTUPLE)),
                        "fields" => converters.push((bound, FIELDS)),
                        _ => {}
                    }
                }
            }
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.as_str() == "dataclasses" {
                        modules.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
            }
            _ => {}
        }
    }
    if functions.is_empty() && modules.is_empty() && converters.is_empty() {
        return (module, BTreeSet::new(), [false; 3]);
    }
    let classes = module
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) => Some(c.name.to_string()),
            _ => None,
        })
        .collect();
    let mut calls = Calls {
        functions,
        modules,
        converters,
        classes,
        sets: BTreeSet::new(),
        used: [false; 3],
    };
    let module = module
        .into_iter()
        .map(|s| calls.fold_stmt(s).unwrap_or_else(|e| match e {}))
        .collect();
    (module, calls.sets, calls.used)
}

/// Rewrites the `replace` calls, noting their keyword sets.
struct Calls {
    /// The names `replace` is imported as.
    functions: Vec<String>,
    /// The names the `dataclasses` module is imported as.
    modules: Vec<String>,
    /// The names `asdict` and `astuple` are imported as, with the function each becomes.
    converters: Vec<(String, &'static str)>,
    /// The module's top-level classes (`fields(Point)` names one).
    classes: Vec<String>,
    sets: BTreeSet<Vec<String>>,
    /// Whether `asdict`, `astuple`, `fields` are called.
    used: [bool; 3],
}

impl Calls {
    /// The function a call of `f` converts with, if `f` is `asdict` or `astuple`.
    fn converter(&self, f: &ast::Expr) -> Option<&'static str> {
        match f {
            ast::Expr::Name(n) => (self.converters.iter())
                .find(|(x, _)| x == n.id.as_str())
                .map(|(_, c)| *c),
            ast::Expr::Attribute(a)
                if matches!(a.value.as_ref(), ast::Expr::Name(m)
                    if self.modules.iter().any(|x| x == m.id.as_str())) =>
            {
                match a.attr.as_str() {
                    "asdict" => Some(ASDICT),
                    "astuple" => Some(ASTUPLE),
                    "fields" => Some(FIELDS),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn is_replace(&self, f: &ast::Expr) -> bool {
        match f {
            ast::Expr::Name(n) => self.functions.iter().any(|x| x == n.id.as_str()),
            ast::Expr::Attribute(a) => {
                a.attr.as_str() == "replace"
                    && matches!(a.value.as_ref(), ast::Expr::Name(m)
                        if self.modules.iter().any(|x| x == m.id.as_str()))
            }
            _ => false,
        }
    }
}

impl Fold<ast::text_size::TextRange> for Calls {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let node = rustpython_ast::fold::fold_expr(self, node)?;
        let ast::Expr::Call(call) = &node else {
            return Ok(node);
        };
        if let (Some(c), [_], []) = (
            self.converter(&call.func),
            call.args.as_slice(),
            call.keywords.as_slice(),
        ) {
            self.used[CONVERTERS.iter().position(|x| *x == c).expect("one")] = true;
            let mut call = call.clone();
            let mut function = c;
            // `fields(Point)`: the class's, by its name.
            if let ast::Expr::Name(n) = &call.args[0] {
                if c == FIELDS && self.classes.iter().any(|k| k == n.id.as_str()) {
                    function = CLASS_FIELDS;
                    call.args[0] = ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(n.id.to_string()),
                        kind: None,
                        range: n.range,
                    });
                }
            }
            call.func = Box::new(ast::Expr::Name(ast::ExprName {
                id: ast::Identifier::new(function),
                ctx: ast::ExprContext::Load,
                range: call.range,
            }));
            return Ok(ast::Expr::Call(call));
        }
        let written = call.keywords.iter().all(|k| k.arg.is_some());
        if !self.is_replace(&call.func) || call.args.len() != 1 || !written {
            return Ok(node);
        }
        let mut names: Vec<String> = call
            .keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| a.to_string()))
            .collect();
        names.sort();
        let method = method_name(&names);
        self.sets.insert(names);
        let range = call.range();
        Ok(ast::Expr::Call(ast::ExprCall {
            func: Box::new(ast::Expr::Attribute(ast::ExprAttribute {
                value: Box::new(call.args[0].clone()),
                attr: ast::Identifier::new(method),
                ctx: ast::ExprContext::Load,
                range,
            })),
            args: vec![],
            keywords: call.keywords.clone(),
            range,
        }))
    }
}

/// The source of the methods class `class` (whose `__init__` takes `init_fields`) gets for
/// the keyword sets `sets` whose names it all takes.
pub(super) fn methods(class: &str, init_fields: &[String], sets: &BTreeSet<Vec<String>>) -> String {
    let mut src = String::new();
    for names in sets {
        if !names.iter().all(|n| init_fields.contains(n)) {
            continue;
        }
        let mut params = vec!["self".to_string()];
        params.extend(names.iter().cloned());
        let args: Vec<String> = init_fields
            .iter()
            .map(|f| match names.contains(f) {
                true => format!("{f}={f}"),
                false => format!("{f}=self.{f}"),
            })
            .collect();
        src.push_str(&format!(
            "def {}({}):\n    return {class}({})\n",
            method_name(names),
            params.join(", "),
            args.join(", ")
        ));
    }
    src
}

/// The source of the converters `used` (`asdict`, `astuple`, `fields`) for the dataclasses
/// `classes` (in definition order, with their fields).
pub(super) fn converters(classes: &[(String, Vec<String>)], used: [bool; 3]) -> String {
    let mut src = String::new();
    if used[2] {
        src.push_str(&fields_functions(classes));
    }
    for (k, name) in [ASDICT, ASTUPLE].into_iter().enumerate() {
        if !used[k] {
            continue;
        }
        src.push_str(&format!("def {name}(obj):\n"));
        // (Subclasses, defined later, are tested before their bases.)
        for (class, fields) in classes.iter().rev() {
            let items: Vec<String> = fields
                .iter()
                .map(|f| match k {
                    0 => format!("{f:?}: {name}(obj.{f})"),
                    _ => format!("{name}(obj.{f})"),
                })
                .collect();
            let value = match (k, items.len()) {
                (0, _) => format!("{{{}}}", items.join(", ")),
                (_, 1) => format!("({},)", items[0]),
                _ => format!("({})", items.join(", ")),
            };
            src.push_str(&format!(
                "    if isinstance(obj, {class}):\n        return {value}\n"
            ));
        }
        src.push_str(&format!(
            "    if isinstance(obj, list):\n        return [{name}(v) for v in obj]\n\
             \x20   if isinstance(obj, tuple):\n        return tuple([{name}(v) for v in obj])\n\
             \x20   if isinstance(obj, dict):\n        return {{{name}(k): {name}(v) for k, v in obj.items()}}\n\
             \x20   return obj\n"
        ));
    }
    src
}

/// `fields(obj)` and `fields(Class)`: a tuple of the fields' `Field` objects (their `name`),
/// for an instance by its class (subclasses first), for a class by its name; CPython's
/// TypeError for anything else.
fn fields_functions(classes: &[(String, Vec<String>)]) -> String {
    let mut src = String::from(
        "class __natrix_Field:\n    def __init__(self, name):\n        self.name = name\n\n",
    );
    let tuple = |fields: &[String]| {
        let items: Vec<String> = (fields.iter())
            .map(|f| format!("__natrix_Field({f:?})"))
            .collect();
        match items.len() {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    let error = "    raise TypeError(\"must be called with a dataclass type or instance\")\n";
    src.push_str(&format!("def {FIELDS}(obj):\n"));
    for (class, fields) in classes.iter().rev() {
        src.push_str(&format!(
            "    if isinstance(obj, {class}):\n        return {}\n",
            tuple(fields)
        ));
    }
    src.push_str(error);
    src.push_str(&format!("def {CLASS_FIELDS}(name):\n"));
    for (class, fields) in classes {
        src.push_str(&format!(
            "    if name == {class:?}:\n        return {}\n",
            tuple(fields)
        ));
    }
    src.push_str(error);
    src
}
