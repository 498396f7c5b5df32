//! `map`, `filter`, `zip`, `enumerate` and `reversed` as values: each is the generator
//! expression it behaves as (`map(f, xs)` is `(f(x) for x in xs)`), so it is lazy where it is
//! iterated and drained where a builtin takes it; passed straight to such a builtin it becomes
//! the list comprehension.
//!
//! As a value the generator expression is a generator function of its own
//! ([`Resolver::iterator_value`]): the arguments that read the enclosing function's variables
//! are its parameters, evaluated where the call is (CPython's `zip(a, b)` takes `iter(a)` at
//! once), so `return zip(a, b[1:])` or `pairs = map(f, xs)` keep no variable of the function.

use super::*;

/// The builtins that make iterators.
pub(super) const ITERATOR_BUILTINS: &[&str] = &["map", "filter", "zip", "enumerate", "reversed"];

impl Resolver<'_> {
    /// `name(args)` for an iterator builtin as the generator expression it stands for; `None`
    /// (with the error reported) when the call's form is not supported.
    pub(super) fn iterator_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
    ) -> Option<ast::ExprGeneratorExp> {
        let r = c.range;
        let var = |k: usize, ctx: ast::ExprContext| {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(format!("$it{k}")),
                ctx,
            })
        };
        let tuple = |elts: Vec<ast::Expr>, ctx: ast::ExprContext| {
            ast::Expr::Tuple(ast::ExprTuple {
                range: r,
                elts,
                ctx,
            })
        };
        let call = |func: ast::Expr, args: Vec<ast::Expr>, keywords: Vec<ast::Keyword>| {
            ast::Expr::Call(ast::ExprCall {
                range: r,
                func: Box::new(func),
                args,
                keywords,
            })
        };
        let builtin = |n: &str| {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(n),
                ctx: ast::ExprContext::Load,
            })
        };
        let fail = |this: &mut Self, what: &str| {
            this.errors.push(Diagnostic::unsupported(span, what));
            None
        };
        let n = c.args.len();
        // `zip(headers, *rows)`: `zip(*[headers, *rows])`.
        let leading = match c.args.split_last() {
            Some((ast::Expr::Starred(_), rest)) if !rest.is_empty() => {
                !rest.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            }
            _ => false,
        };
        let joined;
        let args = if name == "zip" && leading && c.keywords.is_empty() {
            joined = [ast::Expr::Starred(ast::ExprStarred {
                range: r,
                value: Box::new(ast::Expr::List(ast::ExprList {
                    range: r,
                    elts: c.args.clone(),
                    ctx: ast::ExprContext::Load,
                })),
                ctx: ast::ExprContext::Load,
            })];
            &joined[..]
        } else {
            c.args.as_slice()
        };
        if let ("zip", [ast::Expr::Starred(rows)], true) = (name, args, c.keywords.is_empty()) {
            // `zip(*rows)`: over the list of its tuples (`$zip_star`, made when iterated), of a
            // list of the rows, also when they come in a tuple or a generator; `zip(*[it] * n)`:
            // over groups of `n` items of one iterator (the library's generator).
            let iter = match repeated_iterator(&rows.value) {
                Some((it, n)) => call(
                    ast::Expr::Name(ast::ExprName {
                        range: r,
                        id: ast::Identifier::new(crate::modules::ZIP_REPEATED),
                        ctx: ast::ExprContext::Load,
                    }),
                    vec![it.clone(), n.clone()],
                    vec![],
                ),
                None => call(
                    builtin("$zip_star"),
                    vec![call(builtin("list"), vec![(*rows.value).clone()], vec![])],
                    vec![],
                ),
            };
            let item = |ctx| {
                ast::Expr::Name(ast::ExprName {
                    range: r,
                    id: ast::Identifier::new("$zipped"),
                    ctx,
                })
            };
            return Some(ast::ExprGeneratorExp {
                range: r,
                elt: Box::new(item(ast::ExprContext::Load)),
                generators: vec![ast::Comprehension {
                    range: Default::default(),
                    target: item(ast::ExprContext::Store),
                    iter,
                    ifs: vec![],
                    is_async: false,
                }],
            });
        }
        let keywords_ok = match name {
            "enumerate" => c.keywords.iter().all(|k| k.arg.as_deref() == Some("start")),
            "zip" => super::loops::zip_strict(c).is_some(),
            _ => c.keywords.is_empty(),
        };
        if !keywords_ok || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return fail(self, &format!("these arguments of `{name}()`"));
        }
        let (elt, target, iter, ifs) = match name {
            "map" if n >= 2 => {
                let vars: Vec<ast::Expr> =
                    (0..n - 1).map(|k| var(k, ast::ExprContext::Load)).collect();
                let elt = call(c.args[0].clone(), vars, vec![]);
                if n == 2 {
                    (
                        elt,
                        var(0, ast::ExprContext::Store),
                        c.args[1].clone(),
                        vec![],
                    )
                } else {
                    let targets = (0..n - 1)
                        .map(|k| var(k, ast::ExprContext::Store))
                        .collect();
                    let zipped = call(builtin("zip"), c.args[1..].to_vec(), vec![]);
                    (elt, tuple(targets, ast::ExprContext::Store), zipped, vec![])
                }
            }
            "filter" if n == 2 => {
                let test = match &c.args[0] {
                    ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None) => {
                        var(0, ast::ExprContext::Load)
                    }
                    f => call(f.clone(), vec![var(0, ast::ExprContext::Load)], vec![]),
                };
                let elt = var(0, ast::ExprContext::Load);
                (
                    elt,
                    var(0, ast::ExprContext::Store),
                    c.args[1].clone(),
                    vec![test],
                )
            }
            "zip" if n >= 1 => {
                let elt = tuple(
                    (0..n).map(|k| var(k, ast::ExprContext::Load)).collect(),
                    ast::ExprContext::Load,
                );
                let targets = tuple(
                    (0..n).map(|k| var(k, ast::ExprContext::Store)).collect(),
                    ast::ExprContext::Store,
                );
                let zipped = call(builtin("zip"), c.args.clone(), c.keywords.clone());
                (elt, targets, zipped, vec![])
            }
            "enumerate" if (1..=2).contains(&(n + c.keywords.len())) => {
                let elt = tuple(
                    vec![
                        var(0, ast::ExprContext::Load),
                        var(1, ast::ExprContext::Load),
                    ],
                    ast::ExprContext::Load,
                );
                let targets = tuple(
                    vec![
                        var(0, ast::ExprContext::Store),
                        var(1, ast::ExprContext::Store),
                    ],
                    ast::ExprContext::Store,
                );
                let e = call(builtin("enumerate"), c.args.clone(), c.keywords.clone());
                (elt, targets, e, vec![])
            }
            "reversed" if n == 1 => {
                // The items of a reversed copy (`range(a, b)` counts down instead).
                let iter = match &c.args[0] {
                    ast::Expr::Call(rc)
                        if matches!(rc.func.as_ref(), ast::Expr::Name(f) if f.id.as_str() == "range")
                            && (1..=2).contains(&rc.args.len())
                            && rc.keywords.is_empty() =>
                    {
                        let int = |v: i64| {
                            ast::Expr::Constant(ast::ExprConstant {
                                range: r,
                                value: ast::Constant::Int(v.into()),
                                kind: None,
                            })
                        };
                        let minus_one = |e: ast::Expr| {
                            ast::Expr::BinOp(ast::ExprBinOp {
                                range: r,
                                left: Box::new(e),
                                op: ast::Operator::Sub,
                                right: Box::new(int(1)),
                            })
                        };
                        let (start, stop) = match rc.args.as_slice() {
                            [stop] => (int(0), stop.clone()),
                            [start, stop] => (start.clone(), stop.clone()),
                            _ => unreachable!("checked"),
                        };
                        call(
                            builtin("range"),
                            vec![minus_one(stop), minus_one(start), int(-1)],
                            vec![],
                        )
                    }
                    // `seq[::-1]`, or the class's `__reversed__()` (`resolve/calls.rs`).
                    seq => call(builtin("$reversed"), vec![seq.clone()], vec![]),
                };
                (
                    var(0, ast::ExprContext::Load),
                    var(0, ast::ExprContext::Store),
                    iter,
                    vec![],
                )
            }
            _ => return fail(self, &format!("`{name}()` with {n} arguments")),
        };
        Some(ast::ExprGeneratorExp {
            range: r,
            elt: Box::new(elt),
            generators: vec![ast::Comprehension {
                range: Default::default(),
                target,
                iter,
                ifs,
                is_async: false,
            }],
        })
    }

    /// `map(f, xs)`, `zip(a, b)`, … as a value: a call of the generator function the call's
    /// generator expression is, whose parameters take the arguments that read the function's
    /// variables (each inside a `range(…)` argument, so the generator still counts a range).
    pub(super) fn iterator_value(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut call = c.clone();
        let mut taken: Vec<ast::Expr> = vec![];
        let slots = call
            .args
            .iter_mut()
            .map(|a| match a {
                ast::Expr::Starred(s) => s.value.as_mut(),
                a => a,
            })
            .chain(call.keywords.iter_mut().map(|k| &mut k.value));
        for arg in slots {
            let range = self.is_range_call(arg, scope);
            match arg {
                ast::Expr::Call(rc) if range => {
                    for a in rc.args.iter_mut() {
                        take_if_local(a, &mut taken, scope);
                    }
                }
                a => take_if_local(a, &mut taken, scope),
            }
        }
        let Some(g) = self.iterator_call(name, &call, span) else {
            return self.expr_node(scope, span, ExprKind::None);
        };
        if taken.is_empty() {
            return self.generator_expr(&g, span, scope, sigs);
        }
        self.generator_taking(&g, taken, span, scope, sigs)
    }

    /// `iter(arg)`: a generator over its items, or the generator a call of the program's
    /// generator function makes.
    pub(super) fn iter_of(
        &mut self,
        arg: &ast::Expr,
        range: ast::text_size::TextRange,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        // `iter(gen())` of the program's generator function: the generator itself (its
        // `send()` reaches it).
        if let ast::Expr::Call(g) = arg {
            if let ast::Expr::Name(f) = g.func.as_ref() {
                let f = f.id.as_str();
                let shadowed = scope.local_ids.contains_key(f) || self.global_ids.contains_key(f);
                if self.generator_funcs.contains(f) && !shadowed {
                    return self.expr(arg, scope, sigs);
                }
            }
        }
        // `iter(xs)`: a generator over its items, `(x for x in xs)`, as lazy as CPython's
        // iterator.
        let item = |ctx| {
            ast::Expr::Name(ast::ExprName {
                range: rustpython_ast::Ranged::range(arg),
                id: ast::Identifier::new("$iter_item"),
                ctx,
            })
        };
        let g = ast::ExprGeneratorExp {
            range,
            elt: Box::new(item(ast::ExprContext::Load)),
            generators: vec![ast::Comprehension {
                range: Default::default(),
                target: item(ast::ExprContext::Store),
                iter: arg.clone(),
                ifs: vec![],
                is_async: false,
            }],
        };
        self.expr(&ast::Expr::GeneratorExp(g), scope, sigs)
    }

    /// A call of the generator function generator expression `g` stands for, every iterable
    /// evaluated inside it, whose parameters `$arg0`, `$arg1`, … take the expressions `taken`
    /// (evaluated here, in order).
    pub(super) fn generator_taking(
        &mut self,
        g: &ast::ExprGeneratorExp,
        taken: Vec<ast::Expr>,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let names = (0..taken.len()).map(|k| format!("$arg{k}")).collect();
        let args = super::closures::positional_params(names, g.range);
        let body = super::closures::genexpr_body(g, scope);
        let values = taken.iter().map(|a| self.expr(a, scope, sigs)).collect();
        let f = self.closure("<genexpr>", span, &args, &body, scope, sigs);
        self.expr_node(scope, span, ExprKind::CallValue(Box::new(f), values))
    }
}

/// Replaces `arg` by the parameter `$argK` (keeping the expression in `taken`, K its index
/// there).
pub(super) fn take(arg: &mut ast::Expr, taken: &mut Vec<ast::Expr>) {
    let range = rustpython_ast::Ranged::range(&*arg);
    let param = ast::Expr::Name(ast::ExprName {
        range,
        id: ast::Identifier::new(format!("$arg{}", taken.len())),
        ctx: ast::ExprContext::Load,
    });
    taken.push(std::mem::replace(arg, param));
}

/// Replaces `arg` by the parameter `$argK` when it reads a variable of the function whose scope
/// this is (keeping the expression in `taken`, K its index there).
fn take_if_local(arg: &mut ast::Expr, taken: &mut Vec<ast::Expr>, scope: &Scope) {
    if scope.is_module {
        return;
    }
    let mut names = super::closures::Names::default();
    rustpython_ast::Visitor::visit_expr(&mut names, arg.clone());
    if !names.used.iter().any(|n| scope.local_ids.contains_key(n)) {
        return;
    }
    take(arg, taken);
}

/// `[it] * n` (or `n * [it]`, a tuple too): the one item repeated and the count.
pub(super) fn repeated_iterator(e: &ast::Expr) -> Option<(&ast::Expr, &ast::Expr)> {
    let ast::Expr::BinOp(b) = e else {
        return None;
    };
    if !matches!(b.op, ast::Operator::Mult) {
        return None;
    }
    fn one(e: &ast::Expr) -> Option<&ast::Expr> {
        match e {
            ast::Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
            ast::Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
            _ => None,
        }
    }
    match (one(&b.left), one(&b.right)) {
        (Some(it), None) => Some((it, b.right.as_ref())),
        (None, Some(it)) => Some((it, b.left.as_ref())),
        _ => None,
    }
}
