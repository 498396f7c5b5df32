//! Nested functions, lambdas and functions as values.
//!
//! A variable of a function that a nested function (or lambda) uses is a *cell*: it lives in a
//! small heap box shared by the enclosing function and every closure made from the nested one,
//! so both see each other's assignments (late binding, `nonlocal`), as in CPython. A nested
//! function takes the cells it uses as leading parameters; `def` and `lambda` make a closure
//! value holding those cells and the default values of its parameters (evaluated each time the
//! definition runs). A module-level function used as a value is a closure with an empty
//! environment.

use super::*;
use rustpython_ast::{Fold, Visitor};

/// The names a function body binds and uses, and the free names of the functions nested in it.
#[derive(Default)]
pub(super) struct Names {
    pub used: Vec<String>,
    pub bound: Vec<String>,
    /// Names of functions defined (by `def`) in the body.
    defs: Vec<String>,
    pub globals: Vec<String>,
    pub nonlocals: Vec<String>,
    /// The free names of the functions and lambdas nested directly in the body (their own
    /// nested functions included).
    pub nested_free: Vec<String>,
}

impl Visitor for Names {
    visit_skipped_parts!();

    fn visit_expr_name(&mut self, n: ast::ExprName) {
        match n.ctx {
            ast::ExprContext::Load => self.used.push(n.id.to_string()),
            _ => self.bound.push(n.id.to_string()),
        }
    }

    fn visit_stmt_function_def(&mut self, d: ast::StmtFunctionDef) {
        self.bound.push(d.name.to_string());
        self.defs.push(d.name.to_string());
        // Decorators and defaults are evaluated in this scope.
        for e in d.decorator_list {
            self.visit_expr(e);
        }
        for a in d.args.args.iter().chain(&d.args.kwonlyargs) {
            if let Some(e) = &a.default {
                self.visit_expr(e.as_ref().clone());
            }
        }
        // A function calling itself refers to its own closure, not to a captured variable.
        let own = d.name.to_string();
        let free = free_vars(&d.args, &d.body);
        self.nested_free
            .extend(free.into_iter().filter(|n| *n != own));
    }

    fn visit_expr_lambda(&mut self, l: ast::ExprLambda) {
        for a in l.args.args.iter().chain(&l.args.kwonlyargs) {
            if let Some(e) = &a.default {
                self.visit_expr(e.as_ref().clone());
            }
        }
        let body = vec![lambda_return(&l)];
        self.nested_free.extend(free_vars(&l.args, &body));
    }

    fn visit_stmt_class_def(&mut self, c: ast::StmtClassDef) {
        self.bound.push(c.name.to_string());
    }

    fn visit_expr_generator_exp(&mut self, g: ast::ExprGeneratorExp) {
        // The first iterable is evaluated here (unless the function takes it apart itself);
        // the rest is a nested generator function.
        if let Some(first) = g.generators.first() {
            if !inline_first(&g) {
                self.visit_expr(first.iter.clone());
            }
        }
        let (args, body) = genexpr_def(&g, &|_| false);
        self.nested_free.extend(free_vars(&args, &body));
    }

    fn visit_comprehension(&mut self, c: ast::Comprehension) {
        walk_comprehension(self, c);
    }

    fn visit_stmt_global(&mut self, g: ast::StmtGlobal) {
        self.globals.extend(g.names.iter().map(|n| n.to_string()));
    }

    fn visit_stmt_nonlocal(&mut self, n: ast::StmtNonlocal) {
        self.nonlocals.extend(n.names.iter().map(|n| n.to_string()));
    }

    fn visit_excepthandler_except_handler(&mut self, h: ast::ExceptHandlerExceptHandler) {
        if let Some(n) = &h.name {
            self.bound.push(n.to_string());
        }
        if let Some(t) = h.type_ {
            self.visit_expr(*t);
        }
        for s in h.body {
            self.visit_stmt(s);
        }
    }
}

/// rustpython-ast's visitor does not walk a comprehension's clauses, which use names too
/// (`[x for x in range(n) if x != skip]`): every visitor that collects names calls this from
/// its `visit_comprehension`.
pub(super) fn walk_comprehension<V: Visitor + ?Sized>(v: &mut V, c: ast::Comprehension) {
    v.visit_expr(c.target);
    v.visit_expr(c.iter);
    for e in c.ifs {
        v.visit_expr(e);
    }
}

/// Whether a function body yields (not counting functions nested in it).
pub(super) fn contains_yield(body: &[ast::Stmt]) -> bool {
    #[derive(Default)]
    struct Finder(bool);
    impl Visitor for Finder {
        visit_skipped_parts!();

        fn visit_expr_yield(&mut self, _: ast::ExprYield) {
            self.0 = true;
        }
        fn visit_expr_yield_from(&mut self, _: ast::ExprYieldFrom) {
            self.0 = true;
        }
        fn visit_stmt_function_def(&mut self, _: ast::StmtFunctionDef) {}
        fn visit_expr_lambda(&mut self, _: ast::ExprLambda) {}
        fn visit_stmt_class_def(&mut self, _: ast::StmtClassDef) {}
    }
    let mut f = Finder::default();
    for s in body {
        f.visit_stmt(s.clone());
    }
    f.0
}

pub(super) fn scan(body: &[ast::Stmt]) -> Names {
    let mut names = Names::default();
    for s in body {
        names.visit_stmt(s.clone());
    }
    names
}

/// The names a function with these parameters and body reads or assigns without binding them
/// itself (its own nested functions' free names included): the variables it would capture.
pub(super) fn free_vars(args: &ast::Arguments, body: &[ast::Stmt]) -> Vec<String> {
    let names = scan(body);
    let params: Vec<String> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|a| a.def.arg.to_string())
        .chain(args.vararg.iter().map(|a| a.arg.to_string()))
        .chain(args.kwarg.iter().map(|a| a.arg.to_string()))
        .collect();
    let local = |n: &String| {
        (params.contains(n) || names.bound.contains(n))
            && !names.nonlocals.contains(n)
            && !names.globals.contains(n)
    };
    let mut free = vec![];
    for n in names
        .used
        .iter()
        .chain(&names.nested_free)
        .chain(&names.nonlocals)
    {
        if !local(n) && !names.globals.contains(n) && !free.contains(n) {
            free.push(n.clone());
        }
    }
    free
}

/// The parameter of a generator expression's function: its first iterable.
const GENEXPR_ITER: &str = "$genexpr_iter";

/// A generator expression as the generator function CPython makes of it: the parameter is the
/// first iterable (evaluated where the expression is), then nested `for`s and `if`s around
/// `yield elt`.
/// Whether a generator expression's first loop is over `zip(…)`/`enumerate(…)`, which a
/// `for` takes apart itself: then it stays inside the function (no parameter).
fn inline_first(g: &ast::ExprGeneratorExp) -> bool {
    matches!(&g.generators[0].iter, ast::Expr::Call(c)
        if matches!(c.func.as_ref(), ast::Expr::Name(n) if matches!(n.id.as_str(), "zip" | "enumerate")))
}

/// (`is_global` as for [`genexpr_loops`].)
fn genexpr_def(
    g: &ast::ExprGeneratorExp,
    is_global: &dyn Fn(&str) -> bool,
) -> (ast::Arguments, Vec<ast::Stmt>) {
    let inline = inline_first(g);
    let body = genexpr_loops(g, inline, is_global);
    let params = if inline {
        vec![]
    } else {
        vec![GENEXPR_ITER.to_string()]
    };
    (positional_params(params, g.range), body)
}

/// The parameters of a function made during resolution: positional ones named `names`.
pub(super) fn positional_params(
    names: Vec<String>,
    range: ast::text_size::TextRange,
) -> ast::Arguments {
    let args = names
        .into_iter()
        .map(|name| ast::ArgWithDefault {
            range: Default::default(),
            def: ast::Arg {
                range,
                arg: ast::Identifier::new(name),
                annotation: None,
                type_comment: None,
            },
            default: None,
        })
        .collect();
    ast::Arguments {
        range: Default::default(),
        posonlyargs: vec![],
        args,
        vararg: None,
        kwonlyargs: vec![],
        kwarg: None,
    }
}

/// The body of a generator function standing for `g` with every iterable, the first's too,
/// evaluated inside it.
pub(super) fn genexpr_body(g: &ast::ExprGeneratorExp, scope: &Scope) -> Vec<ast::Stmt> {
    genexpr_loops(g, true, &walrus_global(scope))
}

/// `for target in iter: if cond: … yield elt`, the first loop over the parameter unless
/// `inline`, after a `nonlocal` of the names its walruses assign (`global` of those for which
/// `is_global` says so).
fn genexpr_loops(
    g: &ast::ExprGeneratorExp,
    inline: bool,
    is_global: &dyn Fn(&str) -> bool,
) -> Vec<ast::Stmt> {
    let r = g.range;
    let yield_elt = ast::Expr::Yield(ast::ExprYield {
        range: r,
        value: Some(g.elt.clone()),
    });
    let mut body = vec![ast::Stmt::Expr(ast::StmtExpr {
        range: r,
        value: Box::new(yield_elt),
    })];
    for (k, comp) in g.generators.iter().enumerate().rev() {
        for cond in comp.ifs.iter().rev() {
            body = vec![ast::Stmt::If(ast::StmtIf {
                range: r,
                test: Box::new(cond.clone()),
                body,
                orelse: vec![],
            })];
        }
        let iter = if k == 0 && !inline {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(GENEXPR_ITER),
                ctx: ast::ExprContext::Load,
            })
        } else {
            comp.iter.clone()
        };
        body = vec![ast::Stmt::For(ast::StmtFor {
            range: r,
            target: Box::new(comp.target.clone()),
            iter: Box::new(iter),
            body,
            orelse: vec![],
            type_comment: None,
        })];
    }
    let (globals, nonlocals): (Vec<String>, Vec<String>) =
        super::assigned::genexpr_walrus_targets(g)
            .into_iter()
            .partition(|n| is_global(n));
    let ids = |names: Vec<String>| names.into_iter().map(ast::Identifier::new).collect();
    if !nonlocals.is_empty() {
        let names = ids(nonlocals);
        body.insert(
            0,
            ast::Stmt::Nonlocal(ast::StmtNonlocal { range: r, names }),
        );
    }
    if !globals.is_empty() {
        let names = ids(globals);
        body.insert(0, ast::Stmt::Global(ast::StmtGlobal { range: r, names }));
    }
    body
}

/// Whether a walrus in a generator expression in `scope` assigns a global: at module level,
/// or a name that is not a variable of the enclosing function (declared `global` there).
fn walrus_global(scope: &Scope) -> impl Fn(&str) -> bool + '_ {
    |n: &str| scope.is_module || !scope.local_ids.contains_key(n)
}

/// The builtins that may be used as values (`sorted(words, key=len)` in a function that takes
/// `key`, `map(pow, bases, exps)`, `run(print)`): most take one argument (`int`, `round`,
/// `max`, `min` an optional second); `divmod`, `pow` and `print` are forwarded as they take.
/// The builtins of [`VALUE_BUILTINS`] that are types (their values print as classes).
pub(super) const BUILTIN_TYPES: &[&str] = &[
    "bool", "dict", "float", "int", "list", "set", "str", "tuple",
];

pub(super) const VALUE_BUILTINS: &[&str] = &[
    "abs", "all", "any", "bin", "bool", "chr", "dict", "divmod", "float", "hash", "hex", "int",
    "len", "list", "max", "min", "next", "oct", "ord", "pow", "print", "repr", "round", "set",
    "sorted", "str", "sum", "tuple",
];

/// A lambda's body as the statement `return body`.
fn lambda_return(l: &ast::ExprLambda) -> ast::Stmt {
    ast::Stmt::Return(ast::StmtReturn {
        range: l.body.range(),
        value: Some(l.body.clone()),
    })
}

impl Resolver<'_> {
    /// The functions defined in `body` (a function's) are its locals too; the variables nested
    /// functions use become cells.
    pub(super) fn prepare_nested(&mut self, body: &[ast::Stmt], scope: &mut Scope, span: Span) {
        let names = scan(body);
        for d in &names.defs {
            if !scope.local_ids.contains_key(d) {
                new_local(scope, d, span);
            }
        }
        for n in &names.nested_free {
            if let Some(l) = scope.local_ids.get(n) {
                scope.locals[l.0 as usize].cell = true;
            }
        }
        self.prepare_def_groups(body, scope);
    }

    /// `def name(…)` inside a function: the closure, assigned to the local `name`.
    pub(super) fn nested_def(
        &mut self,
        def: &ast::StmtFunctionDef,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        if !def.decorator_list.is_empty() {
            let ds = self.span(def.decorator_list[0].range());
            self.errors.push(Diagnostic::unsupported(
                ds,
                "a decorator on a nested function",
            ));
        }
        let closure = self.closure(def.name.as_str(), span, &def.args, &def.body, scope, sigs);
        // The local the closure is assigned to (and which its own body refers to as itself).
        let Some(place) = self.place(def.name.as_str(), span, scope) else {
            return;
        };
        out.push(Stmt {
            span,
            kind: StmtKind::Assign(place, closure),
        });
    }

    /// `lambda params: body` as a closure value.
    pub(super) fn lambda(
        &mut self,
        l: &ast::ExprLambda,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let body = vec![lambda_return(l)];
        self.closure("<lambda>", span, &l.args, &body, scope, sigs)
    }

    /// `Class.make` of a `@classmethod`, not called (`factory = Shape.make`): the closure
    /// `lambda *args: Class.make(*args)`, named as the method.
    pub(super) fn classmethod_value(
        &mut self,
        a: &ast::ExprAttribute,
        class: &str,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let method = a.attr.as_str();
        let src = format!("lambda *__natrix_args: {class}.{method}(*__natrix_args)");
        let l = forwarding_lambda(&src, a.range);
        let body = vec![lambda_return(&l)];
        self.closure(method, span, &l.args, &body, scope, sigs)
    }

    /// A builtin function used as a value (`key=len`, `apply(str, x)`): the closure
    /// `lambda obj: name(obj)`, which specializes per argument type like any function.
    pub(super) fn builtin_value(
        &mut self,
        n: &ast::ExprName,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        // `int` and `round` take an optional second argument, also by keyword
        // (`partial(int, base=2)`): which, the second argument's type decides per
        // specialization.
        let second = match n.id.as_str() {
            "round" => Some("ndigits"),
            _ => None,
        };
        // Builtins of other arities: a lambda forwarding what they take.
        let factory;
        let forward = match n.id.as_str() {
            "divmod" => Some("lambda __natrix_a, __natrix_b: divmod(__natrix_a, __natrix_b)"),
            // (Its parameters' names, as keywords take them: `partial(pow, exp=2)`.)
            "pow" => Some(
                "lambda base, exp, mod=None: pow(base, exp) if mod is None else pow(base, exp, mod)",
            ),
            "print" => Some(
                "lambda *__natrix_args, sep=' ', end='\\n': print(*__natrix_args, sep=sep, end=end)",
            ),
            // One iterable (`map(max, rows)`) or several values (`reduce(max, xs)`, `f(3, 1,
            // 2)`): the tuple's length, in its type, picks the branch per specialization; so
            // does whether `key` is None.
            "max" => Some("lambda *__natrix_args, key=None: (max(__natrix_args[0]) if len(__natrix_args) == 1 else max(__natrix_args)) if key is None else (max(__natrix_args[0], key=key) if len(__natrix_args) == 1 else max(__natrix_args, key=key))"),
            "min" => Some("lambda *__natrix_args, key=None: (min(__natrix_args[0]) if len(__natrix_args) == 1 else min(__natrix_args)) if key is None else (min(__natrix_args[0], key=key) if len(__natrix_args) == 1 else min(__natrix_args, key=key))"),
            "sum" => Some("lambda __natrix_a, start=0: sum(__natrix_a, start)"),
            // The types also make their empty value (`defaultdict`-style factories:
            // `make(list)`); `int` takes a base, by position or keyword.
            "int" => Some("lambda *__natrix_args, base=None: int() if len(__natrix_args) == 0 else int(__natrix_args[0]) if len(__natrix_args) == 1 and base is None else int(__natrix_args[0], base) if len(__natrix_args) == 1 else int(__natrix_args[0], __natrix_args[1])"),
            "list" | "dict" | "set" | "tuple" | "str" | "float" | "bool" => {
                factory = format!("lambda *__natrix_args: {0}() if len(__natrix_args) == 0 else {0}(__natrix_args[0])", n.id);
                Some(factory.as_str())
            }
            // (`partial(next, it)`, `map(next, iters)`; with a default, `next(it, None)`.)
            "next" => Some("lambda __natrix_a, *__natrix_d: next(__natrix_a) if len(__natrix_d) == 0 else next(__natrix_a, __natrix_d[0])"),
            "sorted" => Some("lambda __natrix_a, key=None, reverse=False: sorted(__natrix_a, reverse=reverse) if key is None else sorted(__natrix_a, key=key, reverse=reverse)"),
            _ => None,
        };
        if let Some(src) = forward {
            let l = forwarding_lambda(src, n.range);
            return self.lambda(&l, span, scope, sigs);
        }
        if let Some(b) = second {
            let name = n.id.as_str();
            let src = format!(
                "lambda __natrix_a, {b}=None: {name}(__natrix_a) if {b} is None else {name}(__natrix_a, {b})"
            );
            let l = forwarding_lambda(&src, n.range);
            return self.lambda(&l, span, scope, sigs);
        }
        let call = ast::Expr::Call(ast::ExprCall {
            func: Box::new(ast::Expr::Name(n.clone())),
            args: vec![param_load("obj", n.range)],
            keywords: vec![],
            range: n.range,
        });
        let lambda = one_param_lambda("obj", call, n.range);
        self.lambda(&lambda, span, scope, sigs)
    }

    /// A function value made for a builtin or a `math` function (`len`, `math.sqrt`), named
    /// as it (`f.__name__`, messages), not `<lambda>`.
    pub(super) fn named_value(&mut self, value: Expr, name: &str) -> Expr {
        if let ExprKind::MakeClosure { func, .. } = &value.kind {
            let at = (func.0 as usize).checked_sub(self.n_top + 1);
            if let Some(Some(f)) = at.and_then(|i| self.nested.get_mut(i)) {
                f.name = name.to_string();
                f.builtin_type = BUILTIN_TYPES.contains(&name);
            }
        }
        value
    }

    /// A `math` function used as a value (`reduce(math.gcd, xs)`, `f = sqrt`), called as
    /// `callee` (`math.gcd`, `m.gcd`, `gcd`): a lambda taking the arguments it takes.
    pub(super) fn math_fn_value(
        &mut self,
        callee: &str,
        member: &str,
        range: ast::text_size::TextRange,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let one = crate::builtins::math_fn(member, 1).is_some();
        let two = crate::builtins::math_fn(member, 2).is_some();
        let src = match (one, two) {
            (true, false) => format!("lambda __natrix_a: {callee}(__natrix_a)"),
            (false, true) => {
                format!("lambda __natrix_a, __natrix_b: {callee}(__natrix_a, __natrix_b)")
            }
            _ => format!(
                "lambda __natrix_a, __natrix_b=None: {callee}(__natrix_a) if __natrix_b is None else {callee}(__natrix_a, __natrix_b)"
            ),
        };
        let l = forwarding_lambda(&src, range);
        let value = self.lambda(&l, span, scope, sigs);
        self.named_value(value, member)
    }

    /// A builtin type's method used as a value (`map(str.upper, words)`): the closure
    /// `lambda obj: obj.upper()` (with the other sets for the set methods that take them).
    pub(super) fn builtin_method_value(
        &mut self,
        a: &ast::ExprAttribute,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let ty = match a.value.as_ref() {
            ast::Expr::Name(n) => n.id.as_str(),
            _ => "",
        };
        let m = a.attr.as_str();
        // `reduce(set.intersection, sets)`: the set methods that take other sets.
        if ty == "set" {
            let src = if crate::builtins::SET_METHODS_OF_SEVERAL.contains(&m) {
                Some(format!(
                    "lambda __natrix_s, *__natrix_o: __natrix_s.{m}(*__natrix_o)"
                ))
            } else if matches!(
                m,
                "symmetric_difference"
                    | "symmetric_difference_update"
                    | "issubset"
                    | "issuperset"
                    | "isdisjoint"
                    | "add"
                    | "discard"
                    | "remove"
            ) {
                Some(format!(
                    "lambda __natrix_s, __natrix_o: __natrix_s.{m}(__natrix_o)"
                ))
            } else {
                None
            };
            if let Some(src) = src {
                let l = forwarding_lambda(&src, a.range);
                return self.lambda(&l, span, scope, sigs);
            }
        }
        let call = ast::Expr::Call(ast::ExprCall {
            range: a.range,
            func: Box::new(ast::Expr::Attribute(ast::ExprAttribute {
                range: a.range,
                value: Box::new(param_load("obj", a.range)),
                attr: a.attr.clone(),
                ctx: ast::ExprContext::Load,
            })),
            args: vec![],
            keywords: vec![],
        });
        let lambda = one_param_lambda("obj", call, a.range);
        self.lambda(&lambda, span, scope, sigs)
    }

    /// `(elt for x in it …)`: a call of the generator function it stands for, with the first
    /// iterable.
    pub(super) fn generator_expr(
        &mut self,
        g: &ast::ExprGeneratorExp,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if g.generators.iter().any(|c| c.is_async) {
            return self.unsupported(span, "an async generator expression", scope);
        }
        if inline_first(g) {
            let (args, body) = genexpr_def(g, &walrus_global(scope));
            let f = self.closure("<genexpr>", span, &args, &body, scope, sigs);
            return self.expr_node(scope, span, ExprKind::CallValue(Box::new(f), vec![]));
        }
        let it = &g.generators[0].iter;
        // `(f(x) for x in range(n))`: the generator counts the range itself (its arguments
        // evaluated here), with no list of it.
        if let ast::Expr::Call(rc) = it {
            if self.is_range_call(it, scope) && rc.keywords.is_empty() {
                let mut counted = g.clone();
                let mut taken = vec![];
                if let ast::Expr::Call(rc) = &mut counted.generators[0].iter {
                    for a in rc.args.iter_mut() {
                        super::iterators::take(a, &mut taken);
                    }
                }
                return self.generator_taking(&counted, taken, span, scope, sigs);
            }
        }
        let first = match self.range_list(it, span, scope, sigs) {
            Some(list) => list,
            None => self.expr(it, scope, sigs),
        };
        let (args, body) = genexpr_def(g, &walrus_global(scope));
        let f = self.closure("<genexpr>", span, &args, &body, scope, sigs);
        self.expr_node(scope, span, ExprKind::CallValue(Box::new(f), vec![first]))
    }

    /// A module-level function used as a value.
    pub(super) fn function_value(&mut self, fid: FuncId, span: Span, scope: &mut Scope) -> Expr {
        let kind = ExprKind::MakeClosure {
            func: fid,
            cells: vec![],
            defaults: vec![],
        };
        self.expr_node(scope, span, kind)
    }

    /// Resolves a nested function (a new `FuncId` whose leading parameters take the cells of
    /// the enclosing variables it uses) and returns the expression making its closure.
    pub(super) fn closure(
        &mut self,
        name: &str,
        span: Span,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if !args.posonlyargs.is_empty() {
            return self.unsupported(
                span,
                "positional-only parameters of a nested function",
                scope,
            );
        }
        // The enclosing variables it uses, each a cell here; its own name (a recursive call)
        // is the running closure itself. A function calling others defined beside it that
        // call it back takes their shared environment instead (`def_groups.rs`).
        let mut captured = vec![];
        let mut cells = vec![];
        let free = free_vars(args, body);
        let self_ref = free.iter().any(|n| n == name);
        let group = self.def_group(name, scope);
        let (uses, reserved, siblings) = match group {
            Some(g) => (
                g.env.clone(),
                g.members.iter().find(|(m, _)| m == name).map(|(_, f)| *f),
                g.siblings(name, &free).named,
            ),
            None => (free.clone(), None, vec![]),
        };
        for n in uses {
            if n == name {
                continue;
            }
            if let Some(l) = scope.local_ids.get(&n).copied() {
                if !scope.locals[l.0 as usize].cell {
                    // Only functions made during resolution (a comprehension's hidden loop
                    // variables; the generator a lazy `zip(…)` is) capture a non-cell.
                    let msg = if scope.locals[l.0 as usize].name.starts_with("$c") {
                        format!(
                            "a nested function using the loop variable `{n}` of a comprehension"
                        )
                    } else {
                        format!("a lazy `zip()`/`enumerate()`/`map()` value over the local `{n}` kept inside a function (iterate it directly or wrap it in `list()`)")
                    };
                    return self.unsupported(span, &msg, scope);
                }
                captured.push(n);
                cells.push(l);
            }
        }
        // Default values, evaluated now, in this scope.
        let defaults: Vec<Expr> = args
            .args
            .iter()
            .chain(&args.kwonlyargs)
            .filter_map(|a| a.default.as_ref())
            .map(|d| self.expr(d, scope, sigs))
            .collect();
        let fid = reserved.unwrap_or_else(|| {
            self.nested.push(None);
            FuncId((self.n_top + self.nested.len()) as u32)
        });
        // A `@classmethod`'s `cls`, captured: the class in here too.
        let cls = scope.cls.clone().filter(|(n, _)| captured.contains(n));
        let f = self.nested_function(
            name, span, args, body, &captured, self_ref, &siblings, cls, sigs,
        );
        self.nested[fid.0 as usize - self.n_top - 1] = Some(f);
        let kind = ExprKind::MakeClosure {
            func: fid,
            cells,
            defaults,
        };
        self.expr_node(scope, span, kind)
    }

    /// A nested function's `Function`: `$self` (when it calls itself), the cells it captures,
    /// then its parameters. `siblings` are the functions of its group it names (each a local
    /// set at the start to a closure over the same cells); `cls`: the enclosing
    /// `@classmethod`'s class parameter, when it captures it.
    #[allow(clippy::too_many_arguments)]
    fn nested_function(
        &mut self,
        name: &str,
        span: Span,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        captured: &[String],
        self_ref: bool,
        siblings: &[(String, FuncId, Vec<ast::Expr>)],
        cls: Option<(String, ClassId)>,
        sigs: &[Signature],
    ) -> Function {
        let mut scope = Scope::new(false);
        scope.cls = cls;
        let mut names: Vec<String> = captured.to_vec();
        names.extend(
            (args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.kwonlyargs))
            .map(|a| a.def.arg.to_string()),
        );
        names.extend(
            args.vararg
                .iter()
                .chain(&args.kwarg)
                .map(|a| a.arg.to_string()),
        );
        scope.strs = super::str_names::literal_strs(body, &names);
        scope.called_getattrs = super::attr_calls::called_getattrs(body);
        let mut params = vec![];
        if self_ref {
            // `$self`: the closure being called, which the body's uses of its name read.
            let local = new_local(&mut scope, "$self", span);
            scope.local_ids.insert(name.to_string(), local);
            params.push(Param {
                name: "$self".into(),
                local,
                kind: ParamKind::Positional,
                default: None,
                env_default: None,
            });
        }
        for n in captured {
            let local = new_local(&mut scope, n, span);
            scope.locals[local.0 as usize].cell = true;
            params.push(Param {
                name: n.clone(),
                local,
                kind: ParamKind::Positional,
                default: None,
                env_default: None,
            });
        }
        let mut k = 0;
        for a in &args.args {
            let pspan = self.span(a.def.range);
            let pname = a.def.arg.to_string();
            let local = new_local(&mut scope, &pname, pspan);
            let env_default = a.default.as_ref().map(|_| {
                k += 1;
                captured.len() + k - 1
            });
            params.push(Param {
                name: pname,
                local,
                kind: ParamKind::Positional,
                default: None,
                env_default,
            });
        }
        // `*args`: a tuple of the extra positional arguments; keyword-only parameters (their
        // defaults after the positional ones' in the environment); `**kwargs`: a dict of the
        // keywords no parameter takes.
        let param = |scope: &mut Scope, a: &ast::Arg, kind, env_default| {
            let local = new_local(scope, a.arg.as_str(), self.span(a.range));
            Param {
                name: a.arg.to_string(),
                local,
                kind,
                default: None,
                env_default,
            }
        };
        if let Some(v) = &args.vararg {
            params.push(param(&mut scope, v, ParamKind::VarArgs, None));
        }
        for a in &args.kwonlyargs {
            let env_default = a.default.as_ref().map(|_| {
                k += 1;
                captured.len() + k - 1
            });
            params.push(param(&mut scope, &a.def, ParamKind::KwOnly, env_default));
        }
        if let Some(v) = &args.kwarg {
            params.push(param(&mut scope, v, ParamKind::VarKw, None));
        }
        let sibling_locals: Vec<LocalId> = siblings
            .iter()
            .map(|(n, _, _)| new_local(&mut scope, n, span))
            .collect();
        let names = scan(body);
        let mut assigned = vec![];
        collect_assigned(body, &mut assigned);
        for (n, range) in assigned {
            let declared = names.globals.contains(&n) || names.nonlocals.contains(&n);
            if !declared && !scope.local_ids.contains_key(&n) {
                let s = self.span(range);
                new_local(&mut scope, &n, s);
            }
        }
        for n in &names.nonlocals {
            if !captured.contains(n) {
                let msg = format!("no binding for nonlocal '{n}' found");
                self.errors
                    .push(Diagnostic::new(Code::UndefinedName, span, msg).label("here"));
            }
        }
        for n in &names.globals {
            if !self.global_ids.contains_key(n) {
                self.global(n, span);
            }
        }
        self.prepare_nested(body, &mut scope, span);
        let is_generator = contains_yield(body);
        let mut inits = vec![];
        let cells: Vec<LocalId> = params[usize::from(self_ref)..][..captured.len()]
            .iter()
            .map(|p| p.local)
            .collect();
        for ((_, func, defaults), l) in siblings.iter().zip(sibling_locals) {
            let defaults = defaults
                .iter()
                .map(|d| self.expr(d, &mut scope, sigs))
                .collect();
            let kind = ExprKind::MakeClosure {
                func: *func,
                cells: cells.clone(),
                defaults,
            };
            let closure = self.expr_node(&mut scope, span, kind);
            inits.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(l), closure),
            });
        }
        inits.extend(self.block(body, &mut scope, sigs));
        let body = inits;
        Function {
            name: name.to_string(),
            span,
            params,
            locals: scope.locals,
            falls_through: !terminates(&body),
            body,
            n_exprs: scope.n_exprs,
            inplace: scope.inplace,
            captures: captured.len(),
            self_param: self_ref,
            is_generator,
            builtin_type: false,
        }
    }
}

/// The name `param`, read.
pub(super) fn param_load(param: &str, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        id: ast::Identifier::new(param),
        ctx: ast::ExprContext::Load,
        range,
    })
}

/// `lambda: body`, placed at `range`.
pub(super) fn no_param_lambda(
    body: ast::Expr,
    range: ast::text_size::TextRange,
) -> ast::ExprLambda {
    ast::ExprLambda {
        range,
        args: Box::new(positional_params(vec![], range)),
        body: Box::new(body),
    }
}

/// `lambda param: body`, placed at `range`.
pub(super) fn one_param_lambda(
    param: &str,
    body: ast::Expr,
    range: ast::text_size::TextRange,
) -> ast::ExprLambda {
    ast::ExprLambda {
        args: Box::new(positional_params(vec![param.to_string()], range)),
        body: Box::new(body),
        range,
    }
}

/// The lambda `src` (natrix's own source, which parses) placed at `range` of the program.
fn forwarding_lambda(src: &str, range: ast::text_size::TextRange) -> ast::ExprLambda {
    let parsed = rustpython_parser::parse(src, rustpython_parser::Mode::Expression, "<natrix>");
    let Ok(ast::Mod::Expression(e)) = parsed else {
        unreachable!("the forwarding lambda parses")
    };
    let mut relocate = super::dataclasses::Relocate(range, HashMap::new());
    let Ok(ast::Expr::Lambda(l)) = relocate.fold_expr(*e.body) else {
        unreachable!("a lambda")
    };
    l
}
