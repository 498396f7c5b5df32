//! `@dataclass`: before resolution, each decorated class gets the methods the decorator would
//! generate (`__init__`, `__repr__`, `__eq__`, with `order=True` the comparisons, with
//! `frozen=True` `__hash__`), written as Python and parsed, then placed at the decorator (so a
//! diagnostic inside one points there). Fields are the class body's annotated names, after
//! those of a dataclass base; a field's default is the class attribute the annotated
//! assignment makes (`y: int = 0` → `__init__(self, x, y=Point.y)`).

use rustpython_ast::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

/// The module with `@dataclass` classes expanded and the `dataclasses` imports removed.
pub fn expand(module: &[ast::Stmt]) -> Vec<ast::Stmt> {
    let mut decorators: Vec<String> = vec![];
    let mut modules: Vec<String> = vec![];
    let mut out = vec![];
    let mut fields_of: HashMap<String, Vec<Field>> = HashMap::new();
    for stmt in module {
        match stmt {
            ast::Stmt::ImportFrom(i)
                if i.module.as_ref().map(|m| m.as_str()) == Some("dataclasses")
                    && i.names.iter().all(|a| a.name.as_str() == "dataclass") =>
            {
                for a in &i.names {
                    decorators.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            ast::Stmt::Import(i) if i.names.iter().all(|a| a.name.as_str() == "dataclasses") => {
                for a in &i.names {
                    modules.push(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            ast::Stmt::ClassDef(c) => {
                let options = c
                    .decorator_list
                    .iter()
                    .position(|d| is_dataclass(d, &decorators, &modules))
                    .map(|i| (i, options(&c.decorator_list[i])));
                match options {
                    Some((i, opts)) => {
                        let mut c = c.clone();
                        let at = c.decorator_list.remove(i).range();
                        let fields = class_fields(&c, &fields_of);
                        c.body.extend(methods(&c, &fields, &opts, at));
                        fields_of.insert(c.name.to_string(), fields);
                        out.push(ast::Stmt::ClassDef(c));
                    }
                    None => out.push(stmt.clone()),
                }
            }
            _ => out.push(stmt.clone()),
        }
    }
    out
}

#[derive(Clone)]
struct Field {
    name: String,
    has_default: bool,
}

#[derive(Default)]
struct Options {
    order: bool,
    frozen: bool,
    no_init: bool,
    no_repr: bool,
    no_eq: bool,
}

fn is_dataclass(d: &ast::Expr, decorators: &[String], modules: &[String]) -> bool {
    match d {
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
                _ => {}
            }
        }
    }
    o
}

/// The fields of a dataclass: its dataclass base's, then its own annotated names (a
/// redefinition keeps the base's position).
fn class_fields(c: &ast::StmtClassDef, known: &HashMap<String, Vec<Field>>) -> Vec<Field> {
    let mut fields = match c.bases.as_slice() {
        [ast::Expr::Name(b)] => known.get(b.id.as_str()).cloned().unwrap_or_default(),
        _ => vec![],
    };
    for item in &c.body {
        let ast::Stmt::AnnAssign(a) = item else {
            continue;
        };
        let ast::Expr::Name(n) = a.target.as_ref() else {
            continue;
        };
        let class_var = match a.annotation.as_ref() {
            ast::Expr::Subscript(s) => {
                matches!(s.value.as_ref(), ast::Expr::Name(v) if v.id.as_str() == "ClassVar")
            }
            ast::Expr::Name(v) => v.id.as_str() == "ClassVar",
            _ => false,
        };
        if class_var {
            continue;
        }
        let field = Field {
            name: n.id.to_string(),
            has_default: a.value.is_some(),
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
) -> Vec<ast::Stmt> {
    let defined = |name: &str| {
        c.body
            .iter()
            .any(|s| matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == name))
    };
    let class = c.name.as_str();
    let mut src = String::new();
    if !o.no_init && !defined("__init__") {
        let params: Vec<String> = fields
            .iter()
            .map(|f| match f.has_default {
                true => format!(", {0}={class}.{0}", f.name),
                false => format!(", {}", f.name),
            })
            .collect();
        src.push_str(&format!("def __init__(self{}):\n", params.concat()));
        for f in fields {
            src.push_str(&format!("    self.{0} = {0}\n", f.name));
        }
        if defined("__post_init__") {
            src.push_str("    self.__post_init__()\n");
        } else if fields.is_empty() {
            src.push_str("    pass\n");
        }
    }
    if !o.no_repr && !defined("__repr__") {
        let parts: Vec<String> = fields
            .iter()
            .map(|f| format!("{0}={{self.{0}!r}}", f.name))
            .collect();
        src.push_str(&format!(
            "def __repr__(self):\n    return f\"{class}({})\"\n",
            parts.join(", ")
        ));
    }
    let tuple = |who: &str| {
        let items: Vec<String> = fields.iter().map(|f| format!("{who}.{}", f.name)).collect();
        match items.len() {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    let (mine, theirs) = (tuple("self"), tuple("other"));
    if !o.no_eq && !defined("__eq__") {
        src.push_str(&format!(
            "def __eq__(self, other):\n    return {mine} == {theirs}\n"
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
                src.push_str(&format!(
                    "def {name}(self, other):\n    return {mine} {op} {theirs}\n"
                ));
            }
        }
    }
    if o.frozen && !o.no_eq && !defined("__hash__") {
        src.push_str(&format!("def __hash__(self):\n    return hash({mine})\n"));
    }
    let parsed = rustpython_parser::parse(&src, rustpython_parser::Mode::Module, "<dataclass>")
        .expect("the generated dataclass methods parse");
    let ast::Mod::Module(m) = parsed else {
        return vec![];
    };
    let mut relocate = Relocate(at);
    m.body
        .into_iter()
        .map(|s| match relocate.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect()
}

/// Places every node of generated code at one range (the decorator's).
struct Relocate(ast::text_size::TextRange);

impl Fold<ast::text_size::TextRange> for Relocate {
    type TargetU = ast::text_size::TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &ast::text_size::TextRange) {}

    fn map_user(
        &mut self,
        _user: ast::text_size::TextRange,
        _context: (),
    ) -> Result<ast::text_size::TextRange, Self::Error> {
        Ok(self.0)
    }
}
