//! `abc`: before resolution, `ABC` among a class's bases and `metaclass=ABCMeta` among its
//! keywords are dropped, and so is every `@abstractmethod` decorator, each noting its method
//! as abstract. A class whose hierarchy is an ABC and which leaves a method abstract (its
//! own, or one of a base's that the first class of its method resolution order binding the
//! name binds abstractly) cannot be instantiated: resolve makes calling it —
//! by name or as a class value — raise CPython's `TypeError: Can't instantiate abstract class
//! Shape with abstract methods area, perimeter` (after evaluating the arguments). Without
//! `ABC` or `ABCMeta` above it, `@abstractmethod` has no effect, as in CPython.
//! `isinstance(x, ABC)` and `issubclass(C, ABC)` test the classes that named `ABC` as a base
//! instead (not `metaclass=ABCMeta`, as in CPython). `stdlib/abc.py` exists so the imports link; after linking
//! the names are `abc.ABC`, `abc.ABCMeta` and `abc.abstractmethod`.

use rustpython_ast::Fold;
use rustpython_parser::ast;
use std::collections::{BTreeSet, HashMap};

const ABC: &str = "abc.ABC";
const ABC_META: &str = "abc.ABCMeta";
const ABSTRACT_METHOD: &str = "abc.abstractmethod";

fn is_name(e: &ast::Expr, name: &str) -> bool {
    matches!(e, ast::Expr::Name(n) if n.id.as_str() == name)
}

/// The module without `abc`'s markers, and for each class that cannot be instantiated, the
/// message of the `TypeError` instantiating it raises.
pub(super) fn expand(module: Vec<ast::Stmt>) -> (Vec<ast::Stmt>, HashMap<String, String>) {
    // Per class: whether an ABC is among its ancestors (itself included), what its own body
    // binds (each name: whether abstractly), and its method resolution order.
    let mut abcs: HashMap<String, bool> = HashMap::new();
    let mut own: HashMap<String, HashMap<String, bool>> = HashMap::new();
    let mut mros: HashMap<String, Vec<String>> = HashMap::new();
    let mut abstract_classes = HashMap::new();
    let mut marked: Vec<String> = vec![];
    let module: Vec<ast::Stmt> = module
        .into_iter()
        .map(|s| match s {
            ast::Stmt::ClassDef(mut c) => {
                let mut abc = c.bases.iter().any(|b| is_name(b, ABC))
                    || c.keywords.iter().any(|k| {
                        k.arg.as_deref() == Some("metaclass") && is_name(&k.value, ABC_META)
                    });
                if c.bases.iter().any(|b| is_name(b, ABC)) {
                    marked.push(c.name.to_string());
                }
                c.bases.retain(|b| !is_name(b, ABC));
                c.keywords.retain(|k| {
                    !(k.arg.as_deref() == Some("metaclass") && is_name(&k.value, ABC_META))
                });
                let mro = super::classmethods::mro_by_name(&c, &mros);
                abc |= mro[1..].iter().any(|k| abcs.get(k).copied().unwrap_or(false));
                let mut mine: HashMap<String, bool> = HashMap::new();
                for s in c.body.iter_mut() {
                    // (`@area.setter` keeps an abstract property abstract.)
                    let accessor = matches!(s, ast::Stmt::FunctionDef(f)
                        if f.decorator_list.iter().any(|d| matches!(d,
                            ast::Expr::Attribute(a) if matches!(a.attr.as_str(), "setter" | "deleter"))));
                    if accessor {
                        continue;
                    }
                    for name in bound_names(s) {
                        mine.insert(name, false);
                    }
                    if let ast::Stmt::FunctionDef(f) = s {
                        let before = f.decorator_list.len();
                        f.decorator_list.retain(|d| !is_name(d, ABSTRACT_METHOD));
                        if f.decorator_list.len() < before {
                            mine.insert(f.name.to_string(), true);
                        }
                    }
                }
                own.insert(c.name.to_string(), mine);
                // A name abstract in some class of the order is abstract here when the first
                // class of the order that binds it binds it abstractly (as CPython's
                // `__abstractmethods__` are computed).
                let binding = |name: &str| {
                    mro.iter()
                        .find_map(|k| own.get(k).and_then(|m| m.get(name)).copied())
                        .unwrap_or(false)
                };
                let names: BTreeSet<String> = mro
                    .iter()
                    .filter_map(|k| own.get(k))
                    .flat_map(|m| m.iter().filter(|(_, a)| **a).map(|(n, _)| n.clone()))
                    .filter(|n| binding(n))
                    .collect();
                if abc && !names.is_empty() {
                    let list: Vec<&str> = names.iter().map(|n| n.as_str()).collect();
                    let msg = format!(
                        "Can't instantiate abstract class {} with abstract method{} {}",
                        c.name,
                        if list.len() > 1 { "s" } else { "" },
                        list.join(", ")
                    );
                    abstract_classes.insert(c.name.to_string(), msg);
                }
                abcs.insert(c.name.to_string(), abc);
                mros.insert(c.name.to_string(), mro);
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect();
    let mut tests = AbcTests { marked };
    let module = module
        .into_iter()
        .map(|s| match tests.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect();
    (module, abstract_classes)
}

/// `isinstance(x, ABC)` / `issubclass(C, ABC)` (also inside a tuple of classes): the classes
/// that named `ABC` as a base (`marked`), whose subclasses are the classes deriving from it.
struct AbcTests {
    marked: Vec<String>,
}

impl Fold<ast::text_size::TextRange> for AbcTests {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, e: ast::Expr) -> Result<ast::Expr, Self::Error> {
        let ast::Expr::Call(mut c) = e else {
            return rustpython_ast::fold::fold_expr(self, e);
        };
        let test = matches!(c.func.as_ref(), ast::Expr::Name(n)
            if matches!(n.id.as_str(), "isinstance" | "issubclass"));
        let names_abc = |e: &ast::Expr| match e {
            ast::Expr::Tuple(t) => t.elts.iter().any(|x| is_name(x, ABC)),
            one => is_name(one, ABC),
        };
        if let (true, [_, classes]) = (test, c.args.as_mut_slice()) {
            if !names_abc(classes) {
                return rustpython_ast::fold::fold_expr(self, ast::Expr::Call(c));
            }
            let range = rustpython_ast::Ranged::range(&*classes);
            let name = |n: &str| {
                ast::Expr::Name(ast::ExprName {
                    range,
                    id: ast::Identifier::new(n),
                    ctx: ast::ExprContext::Load,
                })
            };
            let items = match &mut *classes {
                ast::Expr::Tuple(t) => std::mem::take(&mut t.elts),
                one => vec![one.clone()],
            };
            let mut out = vec![];
            for item in items {
                match is_name(&item, ABC) {
                    true => out.extend(self.marked.iter().map(|m| name(m))),
                    false => out.push(item),
                }
            }
            *classes = ast::Expr::Tuple(ast::ExprTuple {
                range,
                elts: out,
                ctx: ast::ExprContext::Load,
            });
        }
        rustpython_ast::fold::fold_expr(self, ast::Expr::Call(c))
    }
}

/// The names a statement of a class body binds in the class's namespace (methods, class
/// attributes).
fn bound_names(s: &ast::Stmt) -> Vec<String> {
    let target = |t: &ast::Expr| match t {
        ast::Expr::Name(n) => vec![n.id.to_string()],
        _ => vec![],
    };
    match s {
        ast::Stmt::FunctionDef(f) => vec![f.name.to_string()],
        ast::Stmt::Assign(a) => a.targets.iter().flat_map(target).collect(),
        ast::Stmt::AnnAssign(a) if a.value.is_some() => target(&a.target),
        _ => vec![],
    }
}
