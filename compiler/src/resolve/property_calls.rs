//! `property()` called in a class body: before resolution, a property made of the class's
//! methods named as its getter, setter and deleter becomes the decorated methods that call
//! them, which the rest of the compiler knows:
//!
//! ```python
//! x = property(get_x, set_x)    →   @property
//!                                    def x(self):
//!                                        return self.get_x()
//!                                    @x.setter
//!                                    def x(self, value):
//!                                        self.set_x(value)
//! ```
//!
//! The arguments may be given by position or keyword (`fget=`, `fset=`, `fdel=`; `doc=` is
//! dropped, as natrix keeps no docstrings); a property of anything other than method names
//! (a lambda) is left as it is, and refused later.

use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

/// The module with each `name = property(…)` of its classes made decorated methods.
pub(super) fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    module
        .into_iter()
        .map(|stmt| match stmt {
            ast::Stmt::ClassDef(mut c) => {
                let methods: Vec<String> = c
                    .body
                    .iter()
                    .filter_map(|s| match s {
                        ast::Stmt::FunctionDef(f) => Some(f.name.to_string()),
                        _ => None,
                    })
                    .collect();
                c.body = std::mem::take(&mut c.body)
                    .into_iter()
                    .flat_map(|s| match property_call(&s, &methods) {
                        Some(defs) => defs,
                        None => vec![s],
                    })
                    .collect();
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect()
}

/// `name = property(fget[, fset[, fdel[, doc]]])` of method names: the methods it stands
/// for.
fn property_call(s: &ast::Stmt, methods: &[String]) -> Option<Vec<ast::Stmt>> {
    let ast::Stmt::Assign(a) = s else {
        return None;
    };
    let ([ast::Expr::Name(target)], ast::Expr::Call(call)) =
        (a.targets.as_slice(), a.value.as_ref())
    else {
        return None;
    };
    if !matches!(call.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "property") {
        return None;
    }
    const ROLES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    let mut given: HashMap<&str, &ast::Expr> = HashMap::new();
    for (role, arg) in ROLES.iter().zip(&call.args) {
        given.insert(role, arg);
    }
    for k in &call.keywords {
        let role = ROLES.iter().find(|r| Some(**r) == k.arg.as_deref())?;
        given.insert(role, &k.value);
    }
    if call.args.len() > ROLES.len() {
        return None;
    }
    // Each of the three a method of the class (or None, or absent).
    let mut names: HashMap<&str, String> = HashMap::new();
    for role in &ROLES[..3] {
        match given.get(role) {
            None => {}
            Some(ast::Expr::Constant(c)) if matches!(c.value, ast::Constant::None) => {}
            Some(ast::Expr::Name(n)) if methods.iter().any(|m| m == n.id.as_str()) => {
                names.insert(role, n.id.to_string());
            }
            Some(_) => return None,
        }
    }
    let name = target.id.as_str();
    let fget = names.get("fget")?;
    let mut src = format!("@property\ndef {name}(self):\n    return self.{fget}()\n");
    if let Some(fset) = names.get("fset") {
        src += &format!("@{name}.setter\ndef {name}(self, value):\n    self.{fset}(value)\n");
    }
    if let Some(fdel) = names.get("fdel") {
        src += &format!("@{name}.deleter\ndef {name}(self):\n    self.{fdel}()\n");
    }
    super::dataclasses::place_generated(&src, "<property>", s.range(), HashMap::new())
}
