//! `abc`: before resolution, `ABC` among a class's bases and `metaclass=ABCMeta` among its
//! keywords are dropped, and so is every `@abstractmethod` decorator, each noting its method
//! as abstract. A class whose hierarchy is an ABC and which leaves a method abstract (its
//! own, or a base's it does not define) cannot be instantiated: resolve makes calling it —
//! by name or as a class value — raise CPython's `TypeError: Can't instantiate abstract class
//! Shape with abstract methods area, perimeter` (after evaluating the arguments). Without
//! `ABC` or `ABCMeta` above it, `@abstractmethod` has no effect, as in CPython.
//! `stdlib/abc.py` exists so the imports link; after linking the names are `abc.ABC`,
//! `abc.ABCMeta` and `abc.abstractmethod`.

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
    // Per class: whether an ABC is among its ancestors (itself included), and the names it
    // leaves abstract.
    let mut classes: HashMap<String, (bool, BTreeSet<String>)> = HashMap::new();
    let mut abstract_classes = HashMap::new();
    let module = module
        .into_iter()
        .map(|s| match s {
            ast::Stmt::ClassDef(mut c) => {
                let mut abc = c.bases.iter().any(|b| is_name(b, ABC))
                    || c.keywords.iter().any(|k| {
                        k.arg.as_deref() == Some("metaclass") && is_name(&k.value, ABC_META)
                    });
                c.bases.retain(|b| !is_name(b, ABC));
                c.keywords.retain(|k| {
                    !(k.arg.as_deref() == Some("metaclass") && is_name(&k.value, ABC_META))
                });
                let mut names = BTreeSet::new();
                if let [ast::Expr::Name(b)] = c.bases.as_slice() {
                    if let Some((base_abc, base_names)) = classes.get(b.id.as_str()) {
                        abc |= base_abc;
                        names = base_names.clone();
                    }
                }
                for s in c.body.iter_mut() {
                    // (`@area.setter` keeps an abstract property abstract.)
                    let accessor = matches!(s, ast::Stmt::FunctionDef(f)
                        if f.decorator_list.iter().any(|d| matches!(d,
                            ast::Expr::Attribute(a) if matches!(a.attr.as_str(), "setter" | "deleter"))));
                    for name in bound_names(s).into_iter().filter(|_| !accessor) {
                        names.remove(&name);
                    }
                    if let ast::Stmt::FunctionDef(f) = s {
                        let before = f.decorator_list.len();
                        f.decorator_list.retain(|d| !is_name(d, ABSTRACT_METHOD));
                        if f.decorator_list.len() < before {
                            names.insert(f.name.to_string());
                        }
                    }
                }
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
                classes.insert(c.name.to_string(), (abc, names));
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect();
    (module, abstract_classes)
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
