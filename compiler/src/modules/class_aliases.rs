//! Class aliases: `ERRORS = (KeyError, ValueError)`, `Retryable = TimeoutError`,
//! `Number = (int, float)` at the program's top level name a class, or a tuple of classes, for
//! `except ERRORS:`, `raise Retryable(...)`, `isinstance(x, Number)`. Classes are not values
//! natrix can hold, but a name bound once to such a constant can be read through: every use
//! of it is replaced by the classes it names (`except (KeyError, ValueError):`), and the
//! assignment is dropped.
//!
//! Only a name bound nowhere else in the program (no other assignment, parameter, loop or
//! comprehension variable, walrus, import, `global`, `del`, in any scope) is an alias, so every
//! read of it is a read of that binding; the classes it names are builtin ones the program
//! does not rebind, or classes defined once at the top level (or other aliases before it). And
//! only one bound before any of the program's code runs (after imports, definitions and
//! assignments without calls), so no read can come before the binding (CPython's NameError).

use rustpython_ast::Fold;
use rustpython_parser::ast;
use std::collections::HashMap;

/// Builtin classes an alias may name besides the builtin exceptions (and that a program may
/// name as values: `typ = int`).
pub(crate) const BUILTIN_CLASSES: &[&str] = &[
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
        bindings.add(s);
    }
    // The classes defined once at the top level, with their statement's position: an alias
    // names one defined before it (a class defined after it with a builtin's name is not
    // what the alias holds).
    let classes: Vec<(String, usize)> = stmts
        .iter()
        .enumerate()
        .filter_map(|(k, s)| match s {
            ast::Stmt::ClassDef(c) if bindings.once(c.name.as_str()) => {
                Some((c.name.to_string(), k))
            }
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
            classes.iter().any(|(c, at)| c == name && *at < k)
                || aliases.contains_key(name)
                || ((natrix_abi::ExcKind::from_name(name).is_some()
                    || BUILTIN_CLASSES.contains(&name))
                    && bindings.count(name) == 0)
        };
        // And no statement before it may have run code (a call, a decorator, a loop…) or read
        // the name: the alias could be read before it is bound (CPython's NameError).
        let alias = bindings.once(n.id.as_str())
            && names_classes(&a.value, &is_class)
            && !stmts[..k].iter().any(|p| runs_or_reads(p, n.id.as_str()));
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

/// Whether running top-level statement `s` may run code of the program (a call, a decorator,
/// a statement other than a definition or a plain assignment) or read `name`: function bodies
/// do not run when defined.
fn runs_or_reads(s: &ast::Stmt, name: &str) -> bool {
    let mut s = s.clone();
    match &mut s {
        ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) | ast::Stmt::Pass(_) => return false,
        ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => return false,
        ast::Stmt::FunctionDef(f) => f.body.clear(),
        ast::Stmt::ClassDef(c) => {
            for m in &mut c.body {
                if let ast::Stmt::FunctionDef(f) = m {
                    f.body.clear();
                }
            }
        }
        ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_) => {}
        _ => return true,
    }
    let mut scan = Scan { name, found: false };
    let Ok(_) = scan.fold_stmt(s);
    scan.found
}

/// Finds calls, decorators, and reads of one name.
struct Scan<'a> {
    name: &'a str,
    found: bool,
}

impl Fold<ast::text_size::TextRange> for Scan<'_> {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match &node {
            ast::Expr::Call(_) => self.found = true,
            ast::Expr::Name(n) if n.id.as_str() == self.name => self.found = true,
            _ => {}
        }
        rustpython_ast::fold::fold_expr(self, node)
    }

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        let decorated = match &node {
            ast::Stmt::FunctionDef(f) => !f.decorator_list.iter().all(inert_decorator),
            ast::Stmt::ClassDef(c) => !c.decorator_list.iter().all(inert_decorator),
            // Code in a class body other than definitions runs when the class is made.
            ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_) | ast::Stmt::Pass(_) => false,
            ast::Stmt::Expr(e) => !matches!(e.value.as_ref(), ast::Expr::Constant(_)),
            _ => true,
        };
        self.found |= decorated;
        rustpython_ast::fold::fold_stmt(self, node)
    }
}

/// A decorator that runs none of the program's code: `@property`, `@x.setter`,
/// `@staticmethod`, `@classmethod`, `@dataclass`.
fn inert_decorator(d: &ast::Expr) -> bool {
    match d {
        ast::Expr::Name(n) => {
            let id = n.id.as_str();
            matches!(
                id,
                "property" | "staticmethod" | "classmethod" | "dataclass"
            ) || id == "dataclasses.dataclass"
        }
        ast::Expr::Attribute(a) => matches!(a.attr.as_str(), "setter" | "getter" | "deleter"),
        _ => false,
    }
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
pub(super) struct Bindings(HashMap<String, usize>);

impl Bindings {
    pub(super) fn count(&self, name: &str) -> usize {
        self.0.get(name).copied().unwrap_or(0)
    }

    fn once(&self, name: &str) -> bool {
        self.count(name) == 1
    }

    fn bind(&mut self, name: &str, n: usize) {
        *self.0.entry(name.to_string()).or_default() += n;
    }
}

impl Bindings {
    /// Counts the bindings in a statement (and everything in it).
    pub(super) fn add(&mut self, s: &ast::Stmt) {
        let Ok(_) = self.fold_stmt(s.clone());
    }
}

// A fold rather than a visitor: rebuilding the tree walks every node (parameters, comprehension
// targets, walrus targets), so no binding is missed.
impl Fold<ast::text_size::TextRange> for Bindings {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Name(n) = &node {
            match n.ctx {
                ast::ExprContext::Load => {}
                ast::ExprContext::Store => self.bind(n.id.as_str(), 1),
                ast::ExprContext::Del => self.bind(n.id.as_str(), 2),
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }

    fn fold_arg(&mut self, node: ast::Arg) -> Result<ast::Arg, Self::Error> {
        self.bind(node.arg.as_str(), 1);
        rustpython_ast::fold::fold_arg(self, node)
    }

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match &node {
            ast::Stmt::FunctionDef(f) => self.bind(f.name.as_str(), 1),
            ast::Stmt::AsyncFunctionDef(f) => self.bind(f.name.as_str(), 1),
            ast::Stmt::ClassDef(c) => self.bind(c.name.as_str(), 1),
            ast::Stmt::Global(g) => g.names.iter().for_each(|n| self.bind(n.as_str(), 2)),
            ast::Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.bind(n.as_str(), 2)),
            _ => {}
        }
        rustpython_ast::fold::fold_stmt(self, node)
    }

    fn fold_alias(&mut self, node: ast::Alias) -> Result<ast::Alias, Self::Error> {
        let name = node.asname.as_ref().unwrap_or(&node.name);
        // `import a.b` binds `a`.
        let bound = name
            .as_str()
            .split('.')
            .next()
            .unwrap_or_default()
            .to_string();
        self.bind(&bound, 1);
        Ok(node)
    }

    fn fold_excepthandler(
        &mut self,
        node: ast::ExceptHandler,
    ) -> Result<ast::ExceptHandler, Self::Error> {
        let ast::ExceptHandler::ExceptHandler(h) = &node;
        if let Some(name) = &h.name {
            self.bind(name.as_str(), 1);
        }
        rustpython_ast::fold::fold_excepthandler(self, node)
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
    fold_to_range_0!();
}
