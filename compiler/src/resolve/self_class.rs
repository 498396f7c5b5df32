//! `type(self)` and `self.__class__` in a method, called or read from (`type(self)(x + o.x)`,
//! `type(self).count += 1`, `isinstance(other, type(self))`): before resolution, the class
//! they name. The instance may be of a subclass that inherits the method, so each such
//! subclass gets its own copy of the method, naming it:
//!
//! ```python
//! class Vec:                                  class Vec:
//!     def __add__(self, o):                       def __add__(self, o):
//!         return type(self)(self.x + o.x)   →         return Vec(self.x + o.x)
//! class Vec3(Vec): …                          class Vec3(Vec):
//!                                                 def __add__(self, o):
//!                                                     return Vec3(self.x + o.x)
//! ```
//!
//! A method is left as it is (its `type(self)` refused where it is resolved) when a subclass
//! would need a copy but the method uses `super()` (the copy's would start from another
//! class) or assigns through `type(self)` (assigning a class attribute through a subclass
//! gives the subclass one of its own, which natrix does not model). `type(self).__name__`
//! and `type(a) == type(b)` are resolved as they are.

use rustpython_ast::{Fold, Visitor};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// Rewrites the module's methods that name their instance's class (see the module docs).
pub(super) fn expand(mut module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mros = super::classmethods::class_mros(&module);
    // Each class's own methods naming their instance's class that its subclasses inherit, as
    // written, with the aliases of those methods (`__rmul__ = __mul__`), and the names of all
    // its own methods and aliases: a subclass inherits a method from the first class of its
    // method resolution order that defines it.
    let mut inherited: HashMap<String, (Vec<ast::StmtFunctionDef>, Vec<ast::Stmt>)> =
        HashMap::new();
    let mut own_names: HashMap<String, Vec<String>> = HashMap::new();
    let has_subclass = |c: &str| mros.iter().any(|(k, m)| k != c && m.iter().any(|b| b == c));
    for stmt in &mut module {
        let ast::Stmt::ClassDef(c) = stmt else {
            continue;
        };
        let mut own: Vec<String> = super::classmethods::method_names(&c.body).collect();
        own.extend(c.body.iter().filter_map(alias_name));
        let mut defined: HashSet<String> = own.iter().cloned().collect();
        for k in mros.get(c.name.as_str()).map_or(&[][..], |m| &m[1..]) {
            let Some((from_base, base_aliases)) = inherited.get(k) else {
                continue;
            };
            let mut copied = vec![];
            for f in from_base
                .iter()
                .filter(|f| !defined.contains(f.name.as_str()))
            {
                copied.push(f.name.to_string());
                c.body
                    .push(ast::Stmt::FunctionDef(named(f.clone(), &c.name)));
            }
            for a in base_aliases {
                let of_copy = aliased(a).is_some_and(|t| copied.iter().any(|n| n == t));
                if of_copy && !alias_name(a).is_some_and(|n| defined.contains(&n)) {
                    c.body.push(a.clone());
                }
            }
            defined.extend(own_names.get(k).into_iter().flatten().cloned());
        }
        let subclassed = has_subclass(c.name.as_str());
        let mut mine: Vec<ast::StmtFunctionDef> = vec![];
        for s in c.body.iter_mut() {
            let ast::Stmt::FunctionDef(f) = s else {
                continue;
            };
            let Some(this) = instance_param(f) else {
                continue;
            };
            let uses = scan(f, &this);
            if !uses.names {
                continue;
            }
            if subclassed && (uses.super_call || uses.assigns) {
                continue;
            }
            if subclassed {
                mine.push(f.clone());
            }
            *f = named(f.clone(), &c.name);
        }
        let aliases: Vec<ast::Stmt> = c
            .body
            .iter()
            .filter(|s| aliased(s).is_some_and(|t| mine.iter().any(|f| f.name.as_str() == t)))
            .cloned()
            .collect();
        own_names.insert(c.name.to_string(), own);
        inherited.insert(c.name.to_string(), (mine, aliases));
    }
    module
}

/// The method `s` makes an alias of, when it is `name = method` in a class body.
fn aliased(s: &ast::Stmt) -> Option<&str> {
    match s {
        ast::Stmt::Assign(a) if a.targets.len() == 1 => match (&a.targets[0], a.value.as_ref()) {
            (ast::Expr::Name(_), ast::Expr::Name(v)) => Some(v.id.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The name alias `s` binds (`name = method`).
fn alias_name(s: &ast::Stmt) -> Option<String> {
    aliased(s)?;
    match s {
        ast::Stmt::Assign(a) => match &a.targets[0] {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// The name of a method's instance parameter (`self`), for a method that has one.
fn instance_param(f: &ast::StmtFunctionDef) -> Option<String> {
    let plain = f.decorator_list.iter().all(|d| {
        !matches!(d, ast::Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod"))
    });
    let first = f.args.posonlyargs.first().or(f.args.args.first())?;
    plain.then(|| first.def.arg.to_string())
}

/// `f` with `type(self)` and `self.__class__` naming class `class`.
fn named(f: ast::StmtFunctionDef, class: &str) -> ast::StmtFunctionDef {
    let Some(this) = instance_param(&f) else {
        return f;
    };
    let mut rename = Rename {
        this,
        class: class.to_string(),
    };
    match rename.fold_stmt(ast::Stmt::FunctionDef(f)) {
        Ok(ast::Stmt::FunctionDef(f)) => f,
        Ok(_) => unreachable!("a function stays a function"),
        Err(never) => match never {},
    }
}

/// Whether `e` is `type(this)` or `this.__class__`.
fn names_class(e: &ast::Expr, this: &str) -> bool {
    let is_this = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == this);
    match e {
        ast::Expr::Call(c) => {
            matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "type")
                && c.keywords.is_empty()
                && matches!(c.args.as_slice(), [a] if is_this(a))
        }
        ast::Expr::Attribute(a) => a.attr.as_str() == "__class__" && is_this(&a.value),
        _ => false,
    }
}

/// What a method does with its instance's class.
#[derive(Default)]
struct Uses {
    /// Calls or reads from it, other than for its `__name__`.
    names: bool,
    /// Assigns an attribute through it.
    assigns: bool,
    super_call: bool,
}

fn scan(f: &ast::StmtFunctionDef, this: &str) -> Uses {
    let mut v = Scan {
        this: this.to_string(),
        uses: Uses::default(),
    };
    for s in &f.body {
        v.visit_stmt(s.clone());
    }
    v.uses
}

struct Scan {
    this: String,
    uses: Uses,
}

impl Visitor for Scan {
    visit_skipped_parts!();

    fn visit_expr_attribute(&mut self, a: ast::ExprAttribute) {
        if names_class(&a.value, &self.this) {
            if matches!(a.ctx, ast::ExprContext::Store | ast::ExprContext::Del) {
                self.uses.assigns = true;
            }
            if !matches!(a.attr.as_str(), "__name__" | "__qualname__") {
                self.uses.names = true;
            }
            return;
        }
        // (`self.__class__` itself, called or passed.)
        if a.attr.as_str() == "__class__"
            && matches!(a.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == self.this)
        {
            self.uses.names = true;
            return;
        }
        self.generic_visit_expr_attribute(a);
    }

    fn visit_expr_call(&mut self, c: ast::ExprCall) {
        if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "super") {
            self.uses.super_call = true;
        }
        if names_class(&ast::Expr::Call(c.clone()), &self.this) {
            self.uses.names = true;
            return;
        }
        self.generic_visit_expr_call(c);
    }

    fn visit_stmt_aug_assign(&mut self, a: ast::StmtAugAssign) {
        if let ast::Expr::Attribute(t) = a.target.as_ref() {
            if names_class(&t.value, &self.this) {
                self.uses.assigns = true;
            }
        }
        self.generic_visit_stmt_aug_assign(a);
    }

    fn visit_expr_compare(&mut self, c: ast::ExprCompare) {
        if compares_types(&c) {
            return;
        }
        self.generic_visit_expr_compare(c);
    }
}

/// Whether `c` compares `type(…)` calls only (`type(self) == type(other)`, resolved as it is).
fn compares_types(c: &ast::ExprCompare) -> bool {
    let is_type = |e: &ast::Expr| matches!(e, ast::Expr::Call(t) if matches!(t.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "type"));
    std::iter::once(c.left.as_ref())
        .chain(c.comparators.iter())
        .all(is_type)
}

/// Replaces `type(self)` and `self.__class__` by the class's name (not in `__name__` reads
/// or comparisons of types).
struct Rename {
    this: String,
    class: String,
}

impl Fold<ast::text_size::TextRange> for Rename {
    fold_keeping_ranges!();

    fn fold_expr(&mut self, e: ast::Expr) -> Result<ast::Expr, Self::Error> {
        match e {
            ast::Expr::Attribute(a)
                if names_class(&a.value, &self.this)
                    && matches!(a.attr.as_str(), "__name__" | "__qualname__") =>
            {
                Ok(ast::Expr::Attribute(a))
            }
            ast::Expr::Compare(c) if compares_types(&c) => Ok(ast::Expr::Compare(c)),
            e if names_class(&e, &self.this) => {
                let range = rustpython_ast::Ranged::range(&e);
                Ok(ast::Expr::Name(ast::ExprName {
                    range,
                    id: ast::Identifier::new(self.class.clone()),
                    ctx: ast::ExprContext::Load,
                }))
            }
            e => rustpython_ast::fold::fold_expr(self, e),
        }
    }
}
