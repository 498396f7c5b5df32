//! Classes defined inside a class body (`class LinkedList: class Node: …`), moved to the top
//! level just before the class that defined them, under their qualified name joined by
//! [`SEP`] (`LinkedList·Node`), which the runtime prints as CPython prints the class
//! (`<class '__main__.LinkedList.Node'>`, `LinkedList.Node` in a traceback, `Node` as its
//! `__name__`). A class body's scope is not enclosing for anything inside the nested class, so
//! the move changes no name it reads.
//!
//! The reads of a nested class become reads of the moved class: `LinkedList.Node` anywhere
//! (also `Outer.Mid.Inner`); `Node` in the defining class's body itself (a class attribute, a
//! method's default value, a sibling's base); and `self.Node`, `cls.Node` and `type(self).Node`
//! in the methods of the defining class and of the classes deriving from it, unless one of
//! those defines a `Node` of its own. A nested class read any other way (`stack.Empty`,
//! `self.Node` overridden in a subclass) also becomes a class attribute of its class
//! (`Node = LinkedList·Node`), which the instance's class decides when it runs.

use rustpython_ast::{Fold, Ranged};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// What joins a nested class's name to its class's (`LinkedList·Node`): a character Python
/// identifiers may hold (so code generated from the name parses) and no program's name does
/// in practice; the runtime and the compiler show it as `.` (`natrix_abi::class_qualname`).
pub const SEP: char = natrix_abi::NESTED_CLASS_SEP;

/// The program's top-level statements with the classes nested in its classes moved out.
pub fn hoist(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut classes = Classes::default();
    let mut moved = vec![];
    for s in stmts {
        match s {
            ast::Stmt::ClassDef(c) => {
                let name = c.name.to_string();
                for inner in classes.take_nested(&name, None, c) {
                    moved.push(ast::Stmt::ClassDef(inner));
                }
            }
            other => moved.push(other),
        }
    }
    if classes.nested.is_empty() {
        return moved;
    }
    let mut rewrite = Rewrite {
        classes: &classes,
        bare: None,
        this: None,
        unresolved: HashSet::new(),
    };
    let mut out: Vec<ast::Stmt> = moved
        .into_iter()
        .map(|s| rewrite.fold_stmt(s).expect("infallible"))
        .collect();
    // A nested class also read through a value (`stack.Empty`, `self.Node` where a subclass
    // defines its own `Node`): a class attribute of its class too, `Node = LinkedList·Node`.
    for s in &mut out {
        let ast::Stmt::ClassDef(c) = s else { continue };
        let Some(own) = classes.nested.get(c.name.as_str()) else {
            continue;
        };
        let mut attrs: Vec<(&String, &String)> = own
            .iter()
            .filter(|(inner, _)| rewrite.unresolved.contains(*inner))
            .collect();
        attrs.sort();
        for (inner, moved) in attrs.into_iter().rev() {
            let name = |id: &str, ctx| {
                ast::Expr::Name(ast::ExprName {
                    range: c.range,
                    id: ast::Identifier::new(id),
                    ctx,
                })
            };
            c.body.insert(
                0,
                ast::Stmt::Assign(ast::StmtAssign {
                    range: c.range,
                    targets: vec![name(inner, ast::ExprContext::Store)],
                    value: Box::new(name(moved, ast::ExprContext::Load)),
                    type_comment: None,
                }),
            );
        }
    }
    out
}

#[derive(Default)]
struct Classes {
    /// By the (final) name of a class, its nested classes' names and what they are named now.
    nested: HashMap<String, HashMap<String, String>>,
    /// By the (final) name of a class, the (final) names of its bases.
    bases: HashMap<String, Vec<String>>,
    /// By the name of a moved class, the class whose body defined it.
    enclosing: HashMap<String, String>,
}

impl Classes {
    /// Class `c`, named `name` now (`prefix` its qualified name), preceded by the classes
    /// nested in it (theirs first), each renamed and without them in its body.
    fn take_nested(
        &mut self,
        name: &str,
        enclosing: Option<&str>,
        mut c: ast::StmtClassDef,
    ) -> Vec<ast::StmtClassDef> {
        // (A base named bare in the enclosing class's body may be a sibling nested class.)
        let bases = c
            .bases
            .iter()
            .filter_map(|b| match b {
                ast::Expr::Name(n) => Some(
                    enclosing
                        .and_then(|e| self.nested.get(e)?.get(n.id.as_str()))
                        .cloned()
                        .unwrap_or_else(|| n.id.to_string()),
                ),
                _ => None,
            })
            .collect();
        self.bases.insert(name.to_string(), bases);
        if let Some(e) = enclosing {
            self.enclosing.insert(name.to_string(), e.to_string());
        }
        let mut out = vec![];
        let mut body = vec![];
        for s in std::mem::take(&mut c.body) {
            match s {
                ast::Stmt::ClassDef(mut inner) => {
                    let qualified = format!("{name}{SEP}{}", inner.name);
                    self.nested
                        .entry(name.to_string())
                        .or_default()
                        .insert(inner.name.to_string(), qualified.clone());
                    inner.name = ast::Identifier::new(qualified.clone());
                    out.extend(self.take_nested(&qualified, Some(name), inner));
                }
                other => body.push(other),
            }
        }
        if body.is_empty() {
            body.push(ast::Stmt::Pass(ast::StmtPass { range: c.range }));
        }
        c.body = body;
        out.push(c);
        out
    }

    /// Whether a class deriving from `class` defines a nested class `attr` of its own.
    fn overridden(&self, class: &str, attr: &str) -> bool {
        self.nested
            .iter()
            .any(|(k, own)| k != class && own.contains_key(attr) && self.derives(k, class))
    }

    /// Whether class `k` derives from class `base` (by the names of its bases).
    fn derives(&self, k: &str, base: &str) -> bool {
        let mut seen = vec![];
        let mut work: Vec<String> = self.bases.get(k).cloned().unwrap_or_default();
        while let Some(b) = work.pop() {
            if b == base {
                return true;
            }
            if !seen.contains(&b) {
                work.extend(self.bases.get(&b).into_iter().flatten().cloned());
                seen.push(b);
            }
        }
        false
    }

    /// The nested class `attr` of class `class` or of a class it derives from: its name now.
    fn lookup(&self, class: &str, attr: &str) -> Option<&String> {
        let mut seen = vec![];
        let mut work = vec![class.to_string()];
        while let Some(k) = work.pop() {
            if seen.contains(&k) {
                continue;
            }
            if let Some(n) = self.nested.get(&k).and_then(|m| m.get(attr)) {
                return Some(n);
            }
            work.extend(self.bases.get(&k).into_iter().flatten().cloned());
            seen.push(k);
        }
        None
    }
}

/// Rewrites the reads of nested classes (see the module's documentation).
struct Rewrite<'a> {
    classes: &'a Classes,
    /// In a class body (outside its functions): the class, whose nested classes bare names
    /// read.
    bare: Option<String>,
    /// In a method: its class and its first parameter (`self`, `cls`).
    this: Option<(String, String)>,
    /// The names of nested classes read as an attribute of a value (`stack.Empty`), or of
    /// `self` where a subclass defines a nested class of that name too.
    unresolved: HashSet<String>,
}

impl Rewrite<'_> {
    /// The class body `body` of class `class`: its own statements read its nested classes by
    /// bare name (so do its methods' defaults and decorators); its methods' bodies through
    /// their first parameter.
    fn class_body(&mut self, class: &str, body: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
        let outer = (self.bare.take(), self.this.take());
        let mut out = vec![];
        for s in body {
            self.bare = Some(class.to_string());
            self.this = None;
            let s = match s {
                ast::Stmt::FunctionDef(mut f) => {
                    f.decorator_list = self.fold_exprs(f.decorator_list);
                    f.args = Box::new(self.fold_arguments(*f.args).expect("infallible"));
                    let first = f.args.posonlyargs.iter().chain(&f.args.args).next();
                    let is_static = f.decorator_list.iter().any(
                        |d| matches!(d, ast::Expr::Name(n) if n.id.as_str() == "staticmethod"),
                    );
                    self.bare = None;
                    self.this = first
                        .filter(|_| !is_static)
                        .map(|a| (class.to_string(), a.def.arg.to_string()));
                    f.body = f
                        .body
                        .into_iter()
                        .map(|s| self.fold_stmt(s).expect("infallible"))
                        .collect();
                    ast::Stmt::FunctionDef(f)
                }
                other => self.fold_stmt(other).expect("infallible"),
            };
            out.push(s);
        }
        (self.bare, self.this) = outer;
        out
    }

    fn fold_exprs(&mut self, es: Vec<ast::Expr>) -> Vec<ast::Expr> {
        es.into_iter()
            .map(|e| self.fold_expr(e).expect("infallible"))
            .collect()
    }

    /// What `e`, already rewritten, reads when it names a nested class.
    fn nested_read(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                let class = self.bare.as_ref()?;
                self.classes.nested.get(class)?.get(n.id.as_str()).cloned()
            }
            ast::Expr::Attribute(a) => {
                let attr = a.attr.as_str();
                let this = |v: &ast::Expr| matches!((v, &self.this), (ast::Expr::Name(n), Some((_, p))) if n.id.as_str() == p);
                let class = match a.value.as_ref() {
                    // `self.Node`, `cls.Node`.
                    v if this(v) => self.this.as_ref().map(|(c, _)| c.clone())?,
                    // `type(self).Node`.
                    ast::Expr::Call(c)
                        if matches!(c.func.as_ref(), ast::Expr::Name(f) if f.id.as_str() == "type")
                            && c.args.len() == 1
                            && this(&c.args[0]) =>
                    {
                        self.this.as_ref().map(|(c, _)| c.clone())?
                    }
                    // `LinkedList.Node`, a subclass's `Sub.Node`, and a moved class's own
                    // (`A·B` then `.C`).
                    ast::Expr::Name(n) if self.classes.bases.contains_key(n.id.as_str()) => {
                        return self.classes.lookup(n.id.as_str(), attr).cloned();
                    }
                    _ => return None,
                };
                // (Through `self`, the class of the instance decides when a subclass
                // defines its own.)
                if self.classes.overridden(&class, attr) {
                    return None;
                }
                self.classes.lookup(&class, attr).cloned()
            }
            _ => None,
        }
    }
}

impl Fold<ast::text_size::TextRange> for Rewrite<'_> {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match node {
            ast::Stmt::ClassDef(mut c) => {
                let name = c.name.to_string();
                // (A moved class's bases and decorators were read in its enclosing class's
                // body.)
                let outer = self.bare.clone();
                if let Some(e) = self.classes.enclosing.get(&name) {
                    self.bare = Some(e.clone());
                }
                c.bases = self.fold_exprs(c.bases);
                c.keywords = c
                    .keywords
                    .into_iter()
                    .map(|k| self.fold_keyword(k).expect("infallible"))
                    .collect();
                c.decorator_list = self.fold_exprs(c.decorator_list);
                self.bare = outer;
                c.body = self.class_body(&name, c.body);
                Ok(ast::Stmt::ClassDef(c))
            }
            // (A function's body does not see a class body's names.)
            ast::Stmt::FunctionDef(mut f) if self.bare.is_some() => {
                f.decorator_list = self.fold_exprs(f.decorator_list);
                f.args = Box::new(self.fold_arguments(*f.args)?);
                let bare = self.bare.take();
                let node = rustpython_ast::fold::fold_stmt(self, ast::Stmt::FunctionDef(f));
                self.bare = bare;
                node
            }
            other => rustpython_ast::fold::fold_stmt(self, other),
        }
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        // (A lambda's body does not see a class body's names either.)
        let node = match node {
            ast::Expr::Lambda(l) if self.bare.is_some() => {
                let bare = self.bare.take();
                let node = rustpython_ast::fold::fold_expr(self, ast::Expr::Lambda(l));
                self.bare = bare;
                node?
            }
            other => rustpython_ast::fold::fold_expr(self, other)?,
        };
        Ok(match self.nested_read(&node) {
            Some(name) => ast::Expr::Name(ast::ExprName {
                range: node.range(),
                id: ast::Identifier::new(name),
                ctx: ast::ExprContext::Load,
            }),
            None => {
                if let ast::Expr::Attribute(a) = &node {
                    let nested = self.classes.nested.values();
                    if nested.into_iter().any(|m| m.contains_key(a.attr.as_str())) {
                        self.unresolved.insert(a.attr.to_string());
                    }
                }
                node
            }
        })
    }
}
