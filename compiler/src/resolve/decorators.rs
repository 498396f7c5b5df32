//! Decorators the program defines itself, on module-level and nested functions (also inside
//! compound statements): before
//! resolution the function is renamed and its name bound to the decorated value, as Python
//! does it.
//!
//! ```text
//! @timed                        def f$undecorated(n):
//! @retry(3)                         …
//! def f(n):                     f = timed(retry(3)(f$undecorated))
//!     …
//! ```
//!
//! `f` is then a module variable (or, for a nested function, a local) holding a function
//! value, so calls of `f` (recursive ones too, as in Python) go through the wrapper. The traceback name of the renamed function drops
//! the suffix (`mir/build.rs`). `@functools.wraps(func)` on a wrapper becomes a copy of
//! `func`'s `__name__` onto it after its `def` (the only metadata natrix keeps). Names containing `$` cannot occur in Python
//! source.

use rustpython_parser::ast;

/// The suffix of a decorated function's own name.
pub const UNDECORATED: &str = "$undecorated";

/// The module with every user-decorated function (module-level or nested) rewritten.
pub fn expand(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    // The module's variables may hold decorators too (`@registry.register("name")`).
    let variables: Vec<String> = module
        .iter()
        .flat_map(|s| match s {
            ast::Stmt::Assign(a) => a.targets.iter().collect(),
            ast::Stmt::AnnAssign(a) if a.value.is_some() => vec![&*a.target],
            _ => vec![],
        })
        .filter_map(|t| match t {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            _ => None,
        })
        .collect();
    rewrite(module, &variables)
}

/// The functions and classes `body` defines (also inside its `if`, `for`, `while`, `with`
/// and `try` statements, which share its scope).
fn defined(body: &[ast::Stmt]) -> Vec<String> {
    let mut out = vec![];
    for s in body {
        match s {
            ast::Stmt::FunctionDef(f) => out.push(f.name.to_string()),
            ast::Stmt::ClassDef(c) => out.push(c.name.to_string()),
            _ => {
                for b in blocks(s) {
                    out.extend(defined(b));
                }
            }
        }
    }
    out
}

/// The statement lists of a compound statement (none for a simple one, a function or a class).
fn blocks(s: &ast::Stmt) -> Vec<&Vec<ast::Stmt>> {
    match s {
        ast::Stmt::If(i) => vec![&i.body, &i.orelse],
        ast::Stmt::For(f) => vec![&f.body, &f.orelse],
        ast::Stmt::While(w) => vec![&w.body, &w.orelse],
        ast::Stmt::With(w) => vec![&w.body],
        ast::Stmt::Try(t) => {
            let mut out = vec![&t.body, &t.orelse, &t.finalbody];
            out.extend(t.handlers.iter().map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                &h.body
            }));
            out
        }
        _ => vec![],
    }
}

/// [`blocks`], to rewrite in place.
fn blocks_mut(s: &mut ast::Stmt) -> Vec<&mut Vec<ast::Stmt>> {
    match s {
        ast::Stmt::If(i) => vec![&mut i.body, &mut i.orelse],
        ast::Stmt::For(f) => vec![&mut f.body, &mut f.orelse],
        ast::Stmt::While(w) => vec![&mut w.body, &mut w.orelse],
        ast::Stmt::With(w) => vec![&mut w.body],
        ast::Stmt::Try(t) => {
            let mut out = vec![&mut t.body, &mut t.orelse, &mut t.finalbody];
            out.extend(t.handlers.iter_mut().map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                &mut h.body
            }));
            out
        }
        _ => vec![],
    }
}

/// `body` with its decorated functions rewritten, and the bodies of its functions (and of its
/// classes' methods) in turn; `outer` are the names the enclosing scopes define.
fn rewrite(body: Vec<ast::Stmt>, outer: &[String]) -> Vec<ast::Stmt> {
    let mut defs = outer.to_vec();
    defs.extend(defined(&body));
    let mut out = vec![];
    for s in body {
        match s {
            ast::Stmt::ClassDef(mut c) => {
                let mut after = vec![];
                for m in &mut c.body {
                    if let ast::Stmt::FunctionDef(f) = m {
                        f.body = rewrite(std::mem::take(&mut f.body), &defs);
                        let base = match c.bases.as_slice() {
                            [ast::Expr::Name(b)] => Some(b.id.to_string()),
                            _ => None,
                        };
                        if let Some((own, assign)) =
                            decorated_method(&c.name, base.as_deref(), f, &defs)
                        {
                            out.push(own);
                            after.push(assign);
                        }
                    }
                }
                out.push(ast::Stmt::ClassDef(c));
                out.extend(after);
            }
            ast::Stmt::FunctionDef(mut f)
                if !f.decorator_list.is_empty()
                    && f.decorator_list.iter().all(|d| is_user(d, &defs)) =>
            {
                strip_wraps(&mut f.body);
                f.body = rewrite(std::mem::take(&mut f.body), &defs);
                let name = f.name.to_string();
                let range = f.range;
                let own = format!("{name}{UNDECORATED}");
                let decorators = std::mem::take(&mut f.decorator_list);
                f.name = ast::Identifier::new(own.clone());
                out.push(ast::Stmt::FunctionDef(f));
                // Applied bottom-up: the decorator nearest the `def` first.
                let mut value = load(&own, range);
                for d in decorators.into_iter().rev() {
                    value = ast::Expr::Call(ast::ExprCall {
                        range,
                        func: Box::new(d),
                        args: vec![value],
                        keywords: vec![],
                    });
                }
                out.push(super::class_body::assign(&name, value, range));
            }
            ast::Stmt::FunctionDef(mut f) => {
                strip_wraps(&mut f.body);
                f.body = rewrite(std::mem::take(&mut f.body), &defs);
                out.push(ast::Stmt::FunctionDef(f));
            }
            // Functions decorated inside compound statements (`try: @reg.register("a") def
            // handler(): …` in a function).
            mut other => {
                for b in blocks_mut(&mut other) {
                    *b = rewrite(std::mem::take(b), &defs);
                }
                out.push(other)
            }
        }
    }
    out
}

/// A method `f` of class `class` (whose one base is `base`) decorated by the program's own
/// decorators: its body moves to a module-level function `Class.f$undecorated`, the decorated
/// value to the module variable `Class.f$decorated` (assigned after the class), and the method
/// forwards its arguments to that value, as calling the decorated class attribute through an
/// instance does in Python. In the moved body, `super().m(args)` becomes `Base.m(self,
/// args)` (the same method, looked up from the base); any other use of `super` keeps the
/// method as it is (reported). Returns the function and the assignment.
fn decorated_method(
    class: &str,
    base: Option<&str>,
    f: &mut ast::StmtFunctionDef,
    defs: &[String],
) -> Option<(ast::Stmt, ast::Stmt)> {
    if f.decorator_list.is_empty() || !f.decorator_list.iter().all(|d| is_user(d, defs)) {
        return None;
    }
    let args = &f.args;
    let first = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .next()?
        .def
        .arg
        .to_string();
    let range = f.range;
    let own = format!("{class}.{}{UNDECORATED}", f.name);
    let decorated = format!("{class}.{}$decorated", f.name);
    // The undecorated function at module level, with the method's parameters and body.
    let mut moved = f.clone();
    moved.name = ast::Identifier::new(own.clone());
    moved.decorator_list = vec![];
    strip_wraps(&mut moved.body);
    if mentions_super(&moved.body) {
        let base = base?;
        let mut explicit = ExplicitSuper {
            base: base.to_string(),
            this: first.clone(),
        };
        let body = std::mem::take(&mut moved.body);
        moved.body = body
            .into_iter()
            .map(|s| {
                use rustpython_ast::Fold;
                let Ok(s) = explicit.fold_stmt(s);
                s
            })
            .collect();
        if mentions_super(&moved.body) {
            return None;
        }
    }
    // `Class.f$decorated = deco(Class.f$undecorated)`, decorators applied bottom-up.
    let mut value = load(&own, range);
    for d in std::mem::take(&mut f.decorator_list).into_iter().rev() {
        value = call(d, vec![value], vec![], range);
    }
    let assign = ast::Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![ast::Expr::Name(ast::ExprName {
            range,
            id: ast::Identifier::new(decorated.clone()),
            ctx: ast::ExprContext::Store,
        })],
        value: Box::new(value),
        type_comment: None,
    });
    // The method: `def f(self, *args, **kwargs): return Class.f$decorated(self, *args,
    // **kwargs)`, so the wrapper sees exactly the arguments of the call.
    let (rest, kw) = ("$args", "$kwargs");
    let param = |n: &str| ast::Arg {
        range: Default::default(),
        arg: ast::Identifier::new(n),
        annotation: None,
        type_comment: None,
    };
    f.args = Box::new(ast::Arguments {
        range: Default::default(),
        posonlyargs: vec![],
        args: vec![ast::ArgWithDefault {
            range: Default::default(),
            def: param(&first),
            default: None,
        }],
        vararg: Some(Box::new(param(rest))),
        kwonlyargs: vec![],
        kwarg: Some(Box::new(param(kw))),
    });
    let pos = vec![
        load(&first, range),
        ast::Expr::Starred(ast::ExprStarred {
            range,
            value: Box::new(load(rest, range)),
            ctx: ast::ExprContext::Load,
        }),
    ];
    let keywords = vec![ast::Keyword {
        range,
        arg: None,
        value: load(kw, range),
    }];
    f.body = vec![ast::Stmt::Return(ast::StmtReturn {
        range,
        value: Some(Box::new(call(
            load(&decorated, range),
            pos,
            keywords,
            range,
        ))),
    })];
    Some((ast::Stmt::FunctionDef(moved), assign))
}

fn call(
    func: ast::Expr,
    args: Vec<ast::Expr>,
    keywords: Vec<ast::Keyword>,
    range: ast::text_size::TextRange,
) -> ast::Expr {
    ast::Expr::Call(ast::ExprCall {
        range,
        func: Box::new(func),
        args,
        keywords,
    })
}

/// Rewrites `super().m(args)` to `Base.m(self, args)` in a method body moved out of its
/// class, leaving nested functions and classes alone (their `super` is their own).
struct ExplicitSuper {
    base: String,
    this: String,
}

impl rustpython_ast::Fold<ast::text_size::TextRange> for ExplicitSuper {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match node {
            ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => Ok(node),
            other => rustpython_ast::fold::fold_stmt(self, other),
        }
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Call(c) = &node {
            if let ast::Expr::Attribute(a) = c.func.as_ref() {
                if let ast::Expr::Call(inner) = a.value.as_ref() {
                    let zero_arg_super = matches!(inner.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "super")
                        && inner.args.is_empty()
                        && inner.keywords.is_empty();
                    if zero_arg_super {
                        let ast::Expr::Call(mut c) = node else {
                            unreachable!()
                        };
                        let ast::Expr::Attribute(mut a) = *c.func else {
                            unreachable!()
                        };
                        a.value = Box::new(load(&self.base, inner_range(&a.value)));
                        c.func = Box::new(ast::Expr::Attribute(a));
                        let mut args = vec![load(&self.this, c.range)];
                        for x in std::mem::take(&mut c.args) {
                            args.push(self.fold_expr(x)?);
                        }
                        c.args = args;
                        let keywords = std::mem::take(&mut c.keywords);
                        c.keywords = keywords
                            .into_iter()
                            .map(|k| self.fold_keyword(k))
                            .collect::<Result<_, _>>()?;
                        return Ok(ast::Expr::Call(c));
                    }
                }
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}

fn inner_range(e: &ast::Expr) -> ast::text_size::TextRange {
    use rustpython_ast::Ranged;
    e.range()
}

/// Whether `super` is named anywhere in `body` (a moved method body cannot use it).
fn mentions_super(body: &[ast::Stmt]) -> bool {
    body.iter()
        .any(|s| super::loopvars::mentioned(s).contains("super"))
}

/// A decorator naming one of the module's functions, classes or variables, or calling one
/// (`@retry(3)`).
fn is_user(d: &ast::Expr, defs: &[String]) -> bool {
    match d {
        ast::Expr::Name(n) => defs.iter().any(|x| x == n.id.as_str()),
        ast::Expr::Call(c) => is_user(&c.func, defs),
        // A method of something the program made (`@registry.register("name")`), not a
        // property's `@x.setter`.
        ast::Expr::Attribute(a) => {
            !matches!(a.attr.as_str(), "setter" | "getter" | "deleter") && is_user(&a.value, defs)
        }
        _ => false,
    }
}

pub(super) fn load(name: &str, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        range,
        id: ast::Identifier::new(name),
        ctx: ast::ExprContext::Load,
    })
}

/// Replaces `@functools.wraps(wrapped)` on the nested functions of a body by the one thing
/// natrix keeps of it: after the `def`, `__natrix_copy_name__(wrapper, wrapped)` gives the
/// wrapper the wrapped function's `__name__`.
fn strip_wraps(body: &mut Vec<ast::Stmt>) {
    let mut out = Vec::with_capacity(body.len());
    for mut s in std::mem::take(body) {
        let mut copy = None;
        if let ast::Stmt::FunctionDef(f) = &mut s {
            if let Some(ast::Expr::Call(c)) = f.decorator_list.iter().find(|d| is_wraps(d)) {
                if let [wrapped] = c.args.as_slice() {
                    let name = |id: &str| {
                        ast::Expr::Name(ast::ExprName {
                            range: c.range,
                            id: id.into(),
                            ctx: ast::ExprContext::Load,
                        })
                    };
                    copy = Some(ast::Stmt::Expr(ast::StmtExpr {
                        range: c.range,
                        value: Box::new(ast::Expr::Call(ast::ExprCall {
                            range: c.range,
                            func: Box::new(name("__natrix_copy_name__")),
                            args: vec![name(f.name.as_str()), wrapped.clone()],
                            keywords: vec![],
                        })),
                    }));
                }
            }
            f.decorator_list.retain(|d| !is_wraps(d));
            strip_wraps(&mut f.body);
        }
        out.push(s);
        out.extend(copy);
    }
    *body = out;
}

fn is_wraps(d: &ast::Expr) -> bool {
    matches!(d, ast::Expr::Call(c)
        if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "functools.wraps"))
}
