//! `super().make(…)` reaching a base's `@classmethod`: CPython runs the base's method with
//! `cls` the class the call came through (`Mid.make(3)` → `Base.make` with `cls` `Mid`), but
//! natrix binds `cls` to the class that defines the method. So before the classmethods are
//! copied into subclasses (`classmethods.rs`), each class whose methods call `super().k(…)`
//! of a base's classmethod `k` gets its own copy of that classmethod, and the call goes to it
//! through the method's first parameter:
//!
//! ```python
//! class Mid(Base):                                class Mid(Base):
//!     @classmethod                                    @classmethod
//!     def make(cls, n):                               def make(cls, n):
//!         return super().make(n * 2)        →             return cls.__natrix_super_Base_make(n * 2)
//!                                                     @classmethod
//!                                                     def __natrix_super_Base_make(cls, n): …
//! ```
//!
//! Classes are taken in the module's order, bases first, so a base's own `super()` calls are
//! rewritten before its methods are copied; the copies, being classmethods without `super()`,
//! are then copied into subclasses like any other. A base classmethod still using `super()`
//! (towards a method that is not a classmethod) is left to resolve as before.

use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::HashMap;

/// The module with its `super()` calls of base classmethods rewritten (see the module docs).
pub(super) fn expand(mut module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mros = super::classmethods::class_mros(&module);
    // Each class's methods as rewritten so far, by name.
    let mut methods: HashMap<String, Vec<ast::StmtFunctionDef>> = HashMap::new();
    for stmt in &mut module {
        let ast::Stmt::ClassDef(c) = stmt else {
            continue;
        };
        let mro = mros.get(c.name.as_str()).cloned().unwrap_or_default();
        let mut copies: Vec<ast::StmtFunctionDef> = vec![];
        for s in c.body.iter_mut() {
            let ast::Stmt::FunctionDef(f) = s else {
                continue;
            };
            let Some(first) = first_param(f) else {
                continue;
            };
            let mut rewrite = Rewrite {
                targets: HashMap::new(),
            };
            for name in super_calls(f) {
                // The base the call reaches: the first after this class defining the name.
                let found = mro.iter().skip(1).find_map(|k| {
                    let defs = methods.get(k)?;
                    defs.iter()
                        .find(|d| d.name.as_str() == name)
                        .map(|d| (k.clone(), d.clone()))
                });
                let Some((base, def)) = found else {
                    continue;
                };
                if !is_classmethod(&def) || !super_calls(&def).is_empty() {
                    continue;
                }
                let copy = format!("__natrix_super_{base}_{name}");
                if !copies.iter().any(|d| d.name.as_str() == copy) {
                    let mut d = def;
                    d.name = ast::Identifier::new(copy.clone());
                    copies.push(d);
                }
                rewrite.targets.insert(name, (first.clone(), copy));
            }
            if !rewrite.targets.is_empty() {
                if let Ok(ast::Stmt::FunctionDef(g)) =
                    rewrite.fold_stmt(ast::Stmt::FunctionDef(f.clone()))
                {
                    *f = g;
                }
            }
        }
        c.body
            .extend(copies.into_iter().map(ast::Stmt::FunctionDef));
        let defs = c
            .body
            .iter()
            .filter_map(|s| match s {
                ast::Stmt::FunctionDef(f) => Some(f.clone()),
                _ => None,
            })
            .collect();
        methods.insert(c.name.to_string(), defs);
    }
    module
}

/// The name of a method's first parameter (`self` or `cls`), unless it is a staticmethod.
fn first_param(f: &ast::StmtFunctionDef) -> Option<String> {
    let is_static = f
        .decorator_list
        .iter()
        .any(|d| matches!(d, ast::Expr::Name(n) if n.id.as_str() == "staticmethod"));
    let first = f.args.posonlyargs.first().or(f.args.args.first())?;
    (!is_static).then(|| first.def.arg.to_string())
}

fn is_classmethod(f: &ast::StmtFunctionDef) -> bool {
    f.decorator_list
        .iter()
        .any(|d| matches!(d, ast::Expr::Name(n) if n.id.as_str() == "classmethod"))
}

/// Whether `e` is `super()` (without arguments).
fn is_super(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Call(c)
        if c.args.is_empty() && c.keywords.is_empty()
            && matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "super"))
}

/// The names of the methods `f` calls as `super().name(…)`.
fn super_calls(f: &ast::StmtFunctionDef) -> Vec<String> {
    let mut v = SuperCalls(vec![]);
    for s in &f.body {
        v.visit_stmt(s.clone());
    }
    v.0
}

struct SuperCalls(Vec<String>);

impl Visitor for SuperCalls {
    visit_skipped_parts!();

    fn visit_expr_call(&mut self, c: ast::ExprCall) {
        if let ast::Expr::Attribute(a) = c.func.as_ref() {
            if is_super(&a.value) && !self.0.iter().any(|n| n == a.attr.as_str()) {
                self.0.push(a.attr.to_string());
            }
        }
        self.generic_visit_expr_call(c);
    }
}

/// Rewrites `super().name(…)` to `first.copy(…)` for each `name: (first, copy)`.
struct Rewrite {
    targets: HashMap<String, (String, String)>,
}

impl Fold<ast::text_size::TextRange> for Rewrite {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Call(mut c) = node {
            if let ast::Expr::Attribute(a) = c.func.as_mut() {
                if is_super(&a.value) {
                    if let Some((first, copy)) = self.targets.get(a.attr.as_str()) {
                        a.value = Box::new(ast::Expr::Name(ast::ExprName {
                            range: a.range,
                            id: ast::Identifier::new(first.clone()),
                            ctx: ast::ExprContext::Load,
                        }));
                        a.attr = ast::Identifier::new(copy.clone());
                    }
                }
            }
            return rustpython_ast::fold::fold_expr(self, ast::Expr::Call(c));
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}
