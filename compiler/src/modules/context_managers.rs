//! `@contextlib.contextmanager`: a generator function made a factory of context managers.
//! Each decorated function (at the top level, or a method of a top-level class) becomes the
//! generator itself, renamed, a class of its own whose `__enter__` runs the generator to its
//! `yield` and whose `__exit__` runs it on (or throws the `with` body's exception into it:
//! `g.throw()`), as CPython's `_GeneratorContextManager` does, and a function of the old name
//! that makes one (a function's from a function making the generator, so that it is a
//! decorator too: each call of what it decorates runs in a new one):
//!
//! ```python
//! @contextmanager                 def _natrix_gen_opened(path): ...
//! def opened(path): ...       →   class _natrix_cm_opened: ...  (__enter__, __exit__)
//!                                 def opened(*args, **kwargs):
//!                                     return _natrix_cm_opened(
//!                                         lambda: _natrix_gen_opened(*args, **kwargs))
//! ```
//!
//! A class of its own per function keeps each generator's type static. A decorated function
//! in another function's body (or under `if`, `for`, `try`, `with`) keeps its generator and
//! maker there, which see the enclosing variables, and has its class at the top level. Any
//! other use of `contextmanager` reaches `stdlib/contextlib.py`'s, which raises.
//!
//! `with contextlib.suppress(A, B): body` (anywhere) is `try: body` / `except (A, B): pass`,
//! which is what it does (`suppress()`, an empty tuple, suppresses nothing); a target (`as x`) is assigned None first, and other context
//! managers of the same `with` nest around and inside it in their order.

use rustpython_ast::fold::Fold;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// The class each decorated function gets (`NAME` replaced by its name), made from a function
/// that makes the generator: a decorator too, each call of what it decorates in a new one.
const FUNCTION_MANAGER: &str = r#"
class _natrix_cm_NAME:
    def __init__(self, make):
        self.make = make
        self.gen = make()

    def __call__(self, func):
        make = self.make

        def inner(*args, **kwargs):
            with _natrix_cm_NAME(make):
                return func(*args, **kwargs)

        return inner
"#;

/// The class each decorated method gets, made from its generator.
const METHOD_MANAGER: &str = r#"
class _natrix_cm_NAME:
    def __init__(self, gen):
        self.gen = gen
"#;

/// `__enter__` and `__exit__`, which both classes have.
const ENTER_EXIT: &str = r#"
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if value is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
"#;

/// The program's top-level statements with each `@contextmanager` function rewritten.
pub fn apply(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let (names, modules) = decorator_names(&stmts, "contextmanager");
    let (suppress, _) = decorator_names(&stmts, "suppress");
    if names.is_empty() && modules.is_empty() && suppress.is_empty() {
        return stmts;
    }
    let mut fold = Suppress {
        names: &suppress,
        modules: &modules,
    };
    let stmts: Vec<ast::Stmt> = stmts
        .into_iter()
        .map(|s| match fold.fold_stmt(s) {
            Ok(s) => s,
            Err(never) => match never {},
        })
        .collect();
    let is_cm = |d: &ast::Expr| match d {
        ast::Expr::Name(n) => names.contains(n.id.as_str()),
        ast::Expr::Attribute(a) => {
            a.attr.as_str() == "contextmanager"
                && matches!(a.value.as_ref(), ast::Expr::Name(m) if modules.contains(m.id.as_str()))
        }
        _ => false,
    };
    let mut out = Vec::with_capacity(stmts.len());
    let mut nested = Nested {
        is_cm: &is_cm,
        hoisted: vec![],
        count: 0,
    };
    for s in stmts {
        match s {
            ast::Stmt::FunctionDef(mut f)
                if f.decorator_list.len() == 1 && is_cm(&f.decorator_list[0]) =>
            {
                nested.walk(&mut f.body, f.name.as_str());
                out.append(&mut nested.hoisted);
                out.extend(rewrite(f, None, None));
            }
            ast::Stmt::ClassDef(mut c) => {
                let mut classes = vec![];
                let body = std::mem::take(&mut c.body);
                for m in body {
                    match m {
                        ast::Stmt::FunctionDef(mut f)
                            if f.decorator_list.len() == 1 && is_cm(&f.decorator_list[0]) =>
                        {
                            nested.walk(&mut f.body, &format!("{}_{}", c.name, f.name));
                            classes.append(&mut nested.hoisted);
                            let mut parts = rewrite(f, Some(c.name.as_str()), None);
                            // The manager class goes before the class; the generator and the
                            // method that makes a manager stay in it.
                            classes.push(parts.remove(0));
                            c.body.extend(parts);
                        }
                        mut m => {
                            if let ast::Stmt::FunctionDef(f) = &mut m {
                                nested.walk(&mut f.body, &format!("{}_{}", c.name, f.name));
                                classes.append(&mut nested.hoisted);
                            }
                            c.body.push(m)
                        }
                    }
                }
                out.extend(classes);
                out.push(ast::Stmt::ClassDef(c));
            }
            mut s => {
                nested.walk_stmt(&mut s, "");
                out.append(&mut nested.hoisted);
                out.push(s)
            }
        }
    }
    out
}

/// Rewrites the `@contextmanager` functions below the top level (in a function's body, or
/// under `if`, `for`, `try` or `with`): the generator and the function that makes a manager
/// stay where the function was, so that they see its enclosing variables; the manager class,
/// which does not, goes to the top level, before the statement they are in (`hoisted`).
struct Nested<'a> {
    is_cm: &'a dyn Fn(&ast::Expr) -> bool,
    hoisted: Vec<ast::Stmt>,
    /// Numbers the manager classes, whose functions' names may repeat in different scopes.
    count: usize,
}

impl Nested<'_> {
    /// Rewrites the decorated functions of `body`, which is in the function (or class and
    /// method) `path` names, and below them.
    fn walk(&mut self, body: &mut Vec<ast::Stmt>, path: &str) {
        for mut s in std::mem::take(body) {
            match s {
                ast::Stmt::FunctionDef(mut f)
                    if f.decorator_list.len() == 1 && (self.is_cm)(&f.decorator_list[0]) =>
                {
                    self.walk(&mut f.body, &format!("{path}_{}", f.name));
                    self.count += 1;
                    let tag = format!("{path}_{}_{}", f.name, self.count);
                    let mut parts = rewrite(f, None, Some(&tag));
                    self.hoisted.push(parts.remove(0));
                    body.extend(parts);
                }
                _ => {
                    self.walk_stmt(&mut s, path);
                    body.push(s);
                }
            }
        }
    }

    /// Rewrites the decorated functions in the statements `s` holds.
    fn walk_stmt(&mut self, s: &mut ast::Stmt, path: &str) {
        match s {
            ast::Stmt::FunctionDef(f) => self.walk(&mut f.body, &format!("{path}_{}", f.name)),
            ast::Stmt::If(i) => {
                self.walk(&mut i.body, path);
                self.walk(&mut i.orelse, path);
            }
            ast::Stmt::For(l) => {
                self.walk(&mut l.body, path);
                self.walk(&mut l.orelse, path);
            }
            ast::Stmt::While(l) => {
                self.walk(&mut l.body, path);
                self.walk(&mut l.orelse, path);
            }
            ast::Stmt::With(w) => self.walk(&mut w.body, path),
            ast::Stmt::Try(t) => {
                self.walk(&mut t.body, path);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.walk(&mut h.body, path);
                }
                self.walk(&mut t.orelse, path);
                self.walk(&mut t.finalbody, path);
            }
            _ => {}
        }
    }
}

/// The names `contextlib.<member>` is imported as, and those `contextlib` itself is.
fn decorator_names(stmts: &[ast::Stmt], member: &str) -> (HashSet<String>, HashSet<String>) {
    let (mut names, mut modules) = (HashSet::new(), HashSet::new());
    for s in stmts {
        match s {
            ast::Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "contextlib") =>
            {
                for a in &i.names {
                    if a.name.as_str() == member {
                        names.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
            }
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.as_str() == "contextlib" {
                        modules.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
            }
            _ => {}
        }
    }
    (names, modules)
}

/// The manager class, the generator (renamed, undecorated) and the function (or method, of
/// class `owner`) that makes a manager, for decorated function `f`; the manager class is
/// named after `tag` when given.
fn rewrite(mut f: ast::StmtFunctionDef, owner: Option<&str>, tag: Option<&str>) -> Vec<ast::Stmt> {
    let name = f.name.to_string();
    let at = f.decorator_list[0].range();
    let hoisted = tag.is_some();
    let tag = match (tag, owner) {
        (Some(t), _) => t.to_string(),
        (None, Some(o)) => format!("{o}_{name}"),
        (None, None) => name.clone(),
    };
    let (class, maker) = match owner {
        Some(_) => (
            METHOD_MANAGER,
            format!("def {name}(self, *args, **kwargs):\n    return _natrix_cm_{tag}(self._natrix_gen_{name}(*args, **kwargs))\n"),
        ),
        None => (
            FUNCTION_MANAGER,
            format!("def {name}(*args, **kwargs):\n    return _natrix_cm_{tag}(lambda: _natrix_gen_{name}(*args, **kwargs))\n"),
        ),
    };
    let class = format!("{}{}", class.replace("NAME", &tag), ENTER_EXIT);
    let place = |src: &str, at| {
        crate::resolve::place_generated(src, "<contextmanager>", at, HashMap::new())
            .unwrap_or_default()
    };
    // (A hoisted class is a top-level statement and the maker is not: they must not start at
    // the same place, which is what tells top-level statements apart.)
    let maker_at = match hoisted {
        true => ast::text_size::TextRange::empty(at.end()),
        false => at,
    };
    f.decorator_list.clear();
    f.name = ast::Identifier::new(format!("_natrix_gen_{name}"));
    let mut out = place(&class, at);
    out.push(ast::Stmt::FunctionDef(f));
    out.extend(place(&maker, maker_at));
    out
}

/// Rewrites each `with` that enters `contextlib.suppress(…)`.
struct Suppress<'a> {
    /// The names `contextlib.suppress` is imported as, and those of `contextlib` itself.
    names: &'a HashSet<String>,
    modules: &'a HashSet<String>,
}

impl Fold<ast::text_size::TextRange> for Suppress<'_> {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match rustpython_ast::fold::fold_stmt(self, node)? {
            ast::Stmt::With(w) => Ok(self.split(w)),
            s => Ok(s),
        }
    }
}

impl Suppress<'_> {
    /// The classes a `suppress(A, B)` call names, when `e` is one.
    fn classes<'e>(&self, e: &'e ast::Expr) -> Option<&'e [ast::Expr]> {
        let ast::Expr::Call(c) = e else {
            return None;
        };
        let named = match c.func.as_ref() {
            ast::Expr::Name(n) => self.names.contains(n.id.as_str()),
            ast::Expr::Attribute(a) => {
                a.attr.as_str() == "suppress"
                    && matches!(a.value.as_ref(),
                        ast::Expr::Name(m) if self.modules.contains(m.id.as_str()))
            }
            _ => false,
        };
        let plain =
            c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        (named && plain).then_some(c.args.as_slice())
    }

    /// `with a, suppress(E), b: body` as `with a:` / `try:` / `with b: body` / `except E:
    /// pass`.
    fn split(&self, mut w: ast::StmtWith) -> ast::Stmt {
        let Some(i) = w
            .items
            .iter()
            .position(|it| self.classes(&it.context_expr).is_some())
        else {
            return ast::Stmt::With(w);
        };
        let range = w.range;
        let rest = w.items.split_off(i + 1);
        let item = w.items.pop().expect("the suppress item");
        let mut body = if rest.is_empty() {
            std::mem::take(&mut w.body)
        } else {
            let inner = ast::StmtWith {
                range,
                items: rest,
                body: std::mem::take(&mut w.body),
                type_comment: None,
            };
            vec![self.split(inner)]
        };
        if let Some(target) = item.optional_vars {
            let none = ast::Expr::Constant(ast::ExprConstant {
                range,
                value: ast::Constant::None,
                kind: None,
            });
            body.insert(
                0,
                ast::Stmt::Assign(ast::StmtAssign {
                    range,
                    targets: vec![*target],
                    value: Box::new(none),
                    type_comment: None,
                }),
            );
        }
        let classes = self
            .classes(&item.context_expr)
            .unwrap_or_default()
            .to_vec();
        let kind = match <[ast::Expr; 1]>::try_from(classes) {
            Ok([one]) => one,
            Err(many) => ast::Expr::Tuple(ast::ExprTuple {
                range,
                elts: many,
                ctx: ast::ExprContext::Load,
            }),
        };
        let handler = ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            range,
            type_: Some(Box::new(kind)),
            name: None,
            body: vec![ast::Stmt::Pass(ast::StmtPass { range })],
        });
        let guarded = ast::Stmt::Try(ast::StmtTry {
            range,
            body,
            handlers: vec![handler],
            orelse: vec![],
            finalbody: vec![],
        });
        if w.items.is_empty() {
            guarded
        } else {
            w.body = vec![guarded];
            ast::Stmt::With(w)
        }
    }
}
