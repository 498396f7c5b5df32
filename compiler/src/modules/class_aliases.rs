//! Class aliases: `ERRORS = (KeyError, ValueError)`, `Retryable = TimeoutError`,
//! `Number = (int, float)` at the program's top level name a class, or a tuple of classes, for
//! `except ERRORS:`, `raise Retryable(...)`, `isinstance(x, Number)`. Classes are not values
//! natrix can hold, but a name bound once to such a constant can be read through: every use
//! of it is replaced by the classes it names (`except (KeyError, ValueError):`), and the
//! assignment is dropped.
//!
//! Only a name bound nowhere else in the program (no other assignment, parameter, loop
//! variable, import, `global`, `del`, in any scope) is an alias, so every read of it is a read
//! of that binding; the classes it names are builtin ones the program does not rebind, or
//! classes defined once at the top level (or other aliases before it).

use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::HashMap;

/// Builtin classes an alias may name besides the builtin exceptions.
const BUILTIN_CLASSES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
];

/// The program's top-level statements with its class aliases read through.
pub fn inline(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut bindings = Bindings::default();
    for s in &stmts {
        bindings.visit_stmt(s.clone());
    }
    let classes: Vec<String> = stmts
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) if bindings.once(c.name.as_str()) => Some(c.name.to_string()),
            _ => None,
        })
        .collect();
    let mut aliases: HashMap<String, ast::Expr> = HashMap::new();
    let mut dropped = vec![false; stmts.len()];
    for (k, s) in stmts.iter().enumerate() {
        let ast::Stmt::Assign(a) = s else {
            continue;
        };
        let [ast::Expr::Name(n)] = a.targets.as_slice() else {
            continue;
        };
        let is_class = |name: &str| {
            classes.iter().any(|c| c == name)
                || aliases.contains_key(name)
                || ((natrix_abi::ExcKind::from_name(name).is_some()
                    || BUILTIN_CLASSES.contains(&name))
                    && bindings.count(name) == 0)
        };
        let alias = bindings.once(n.id.as_str()) && names_classes(&a.value, &is_class);
        if alias {
            let value = Inline(&aliases).fold_expr(a.value.as_ref().clone());
            let Ok(value) = value;
            aliases.insert(n.id.to_string(), value);
            dropped[k] = true;
        }
    }
    if aliases.is_empty() {
        return stmts;
    }
    stmts
        .into_iter()
        .zip(dropped)
        .filter(|(_, d)| !d)
        .map(|(s, _)| {
            let Ok(s) = Inline(&aliases).fold_stmt(s);
            s
        })
        .collect()
}

/// Whether `e` is a class name, or a (nested) tuple of them.
fn names_classes(e: &ast::Expr, is_class: &dyn Fn(&str) -> bool) -> bool {
    match e {
        ast::Expr::Name(n) => is_class(n.id.as_str()),
        ast::Expr::Tuple(t) => {
            !t.elts.is_empty() && t.elts.iter().all(|e| names_classes(e, is_class))
        }
        _ => false,
    }
}

/// How many times each name is bound anywhere in the program; `global` and `del` count as
/// many (they make a name unfit to be an alias).
#[derive(Default)]
struct Bindings(HashMap<String, usize>);

impl Bindings {
    fn count(&self, name: &str) -> usize {
        self.0.get(name).copied().unwrap_or(0)
    }

    fn once(&self, name: &str) -> bool {
        self.count(name) == 1
    }

    fn bind(&mut self, name: &str, n: usize) {
        *self.0.entry(name.to_string()).or_default() += n;
    }
}

impl Visitor for Bindings {
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        if !matches!(node.ctx, ast::ExprContext::Load) {
            let n = if matches!(node.ctx, ast::ExprContext::Del) {
                2
            } else {
                1
            };
            self.bind(node.id.as_str(), n);
        }
    }

    fn visit_arg(&mut self, node: ast::Arg) {
        self.bind(node.arg.as_str(), 1);
        self.generic_visit_arg(node);
    }

    fn visit_stmt_function_def(&mut self, node: ast::StmtFunctionDef) {
        self.bind(node.name.as_str(), 1);
        self.generic_visit_stmt_function_def(node);
    }

    fn visit_stmt_class_def(&mut self, node: ast::StmtClassDef) {
        self.bind(node.name.as_str(), 1);
        self.generic_visit_stmt_class_def(node);
    }

    fn visit_alias(&mut self, node: ast::Alias) {
        let name = node.asname.as_ref().unwrap_or(&node.name);
        // `import a.b` binds `a`.
        let bound = name
            .as_str()
            .split('.')
            .next()
            .unwrap_or_default()
            .to_string();
        self.bind(&bound, 1);
    }

    fn visit_excepthandler_except_handler(&mut self, node: ast::ExceptHandlerExceptHandler) {
        if let Some(name) = &node.name {
            self.bind(name.as_str(), 1);
        }
        self.generic_visit_excepthandler_except_handler(node);
    }

    fn visit_stmt_global(&mut self, node: ast::StmtGlobal) {
        for n in &node.names {
            self.bind(n.as_str(), 2);
        }
    }

    fn visit_stmt_nonlocal(&mut self, node: ast::StmtNonlocal) {
        for n in &node.names {
            self.bind(n.as_str(), 2);
        }
    }
}

/// Replaces each read of an alias by the classes it names, placed at the read.
struct Inline<'a>(&'a HashMap<String, ast::Expr>);

impl Fold<ast::text_size::TextRange> for Inline<'_> {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Name(n) = &node {
            if let (ast::ExprContext::Load, Some(e)) = (&n.ctx, self.0.get(n.id.as_str())) {
                return Ok(Place(n.range).fold_expr(e.clone())?);
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}

/// Gives every node one range (the alias's use, where a diagnostic about it should point).
struct Place(ast::text_size::TextRange);

impl Fold<ast::text_size::TextRange> for Place {
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
