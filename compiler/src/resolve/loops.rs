//! Resolve: `for` loops (over `range`, sequences, `enumerate`/`zip`), comprehensions, and
//! `try`/`raise`.

use super::*;

impl Resolver<'_> {
    pub(super) fn for_stmt(
        &mut self,
        f: &ast::StmtFor,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        if let (ast::Expr::Tuple(t), ast::Expr::Call(c)) = (f.target.as_ref(), f.iter.as_ref()) {
            if let Some(is_enumerate) = self.parallel_call(c, scope) {
                let (args, strict) = parallel_args(is_enumerate, c);
                self.for_parallel(
                    (is_enumerate, strict),
                    &t.elts,
                    &args,
                    f,
                    span,
                    scope,
                    sigs,
                    out,
                );
                return;
            }
        }
        if let ast::Expr::Tuple(t) = f.target.as_ref() {
            // `for a, b in pairs`: a hidden loop variable, unpacked first thing in the body.
            let ts = self.span(f.target.range());
            let n = scope.locals.len();
            let var = new_local(scope, &format!("$item{n}"), ts);
            scope.local_ids.remove(&format!("$item{n}"));
            let Some(header) = self.loop_header(&f.iter, scope, sigs) else {
                return;
            };
            let mut body = vec![];
            let load = self.expr_node(scope, ts, ExprKind::Load(Place::Local(var)));
            self.unpack(&t.elts, load, span, scope, sigs, &mut body);
            scope.loop_depth += 1;
            body.extend(self.block(&f.body, scope, sigs));
            scope.loop_depth -= 1;
            let orelse = self.block(&f.orelse, scope, sigs);
            out.push(Stmt {
                span,
                kind: header.into_stmt(Place::Local(var), body, orelse),
            });
            return;
        }
        let ast::Expr::Name(n) = f.target.as_ref() else {
            let ts = self.span(f.target.range());
            self.errors.push(Diagnostic::unsupported(
                ts,
                "a `for` target that is not a simple name",
            ));
            return;
        };
        let tspan = self.span(n.range);
        let Some(var) = self.place(n.id.as_str(), tspan, scope) else {
            return;
        };
        let Some(header) = self.loop_header(&f.iter, scope, sigs) else {
            return;
        };
        scope.loop_depth += 1;
        let body = self.block(&f.body, scope, sigs);
        scope.loop_depth -= 1;
        let orelse = self.block(&f.orelse, scope, sigs);
        out.push(Stmt {
            span,
            kind: header.into_stmt(var, body, orelse),
        });
    }

    /// `for i, x in enumerate(it[, start])` and `for a, b in zip(it1, it2, ...[, strict=…])`:
    /// a [`StmtKind::ForZip`] over the iterables (enumerate's counter assigned in the body:
    /// `k = start; for x in it: i = k; k += 1; body`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn for_parallel(
        &mut self,
        (is_enumerate, strict): (bool, bool),
        targets: &[ast::Expr],
        args: &[ast::Expr],
        f: &ast::StmtFor,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let want = if is_enumerate { 2 } else { args.len() };
        let ok_args = if is_enumerate {
            (1..=2).contains(&args.len())
        } else {
            !args.is_empty()
        };
        if !ok_args || targets.len() != want {
            self.errors.push(Diagnostic::unsupported(
                span,
                "this form of `enumerate()`/`zip()` in a `for` loop",
            ));
            return;
        }
        let mut places = vec![];
        // `for i, (a, b) in enumerate(pairs)`: a nested target gets the item in a hidden
        // variable, unpacked at the start of the body.
        let mut nested = vec![];
        for t in targets {
            let ast::Expr::Name(n) = t else {
                let ts = self.span(t.range());
                let l = hidden_local(scope, "$target", ts);
                places.push(Place::Local(l));
                nested.push((l, t));
                continue;
            };
            let ts = self.span(n.range);
            let Some(p) = self.place(n.id.as_str(), ts, scope) else {
                return;
            };
            places.push(p);
        }
        let iters = self.parallel_iters(is_enumerate, args, span, scope, sigs, out);
        let mut body = vec![];
        let vars: Vec<Place> = if is_enumerate {
            let (k, bump) = self.enumerate_counter(args, span, scope, sigs, out);
            let kk = self.expr_node(scope, span, ExprKind::Load(Place::Local(k)));
            body.push(Stmt {
                span,
                kind: StmtKind::Assign(places[0], kk),
            });
            body.push(bump);
            places[1..].to_vec()
        } else {
            places.clone()
        };
        let load = |this: &mut Self, scope: &mut Scope, l: LocalId| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
        };
        for (l, target) in nested {
            let item = load(self, scope, l);
            self.assign_target(target, item, span, scope, sigs, &mut body);
        }
        scope.loop_depth += 1;
        body.extend(self.block(&f.body, scope, sigs));
        scope.loop_depth -= 1;
        let orelse = self.block(&f.orelse, scope, sigs);
        out.push(Stmt {
            span,
            kind: StmtKind::ForZip {
                vars,
                iters,
                body,
                orelse,
                strict,
            },
        });
    }

    pub(super) fn try_stmt(
        &mut self,
        t: &ast::StmtTry,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let body = self.block(&t.body, scope, sigs);
        let mut handlers = vec![];
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hspan = self.span(h.range);
            let (mut kinds, mut classes, mut values) = (vec![], vec![], vec![]);
            let named: Vec<&ast::Expr> = match h.type_.as_deref() {
                None => {
                    kinds.push(natrix_abi::ExcKind::BaseException);
                    vec![]
                }
                Some(ast::Expr::Tuple(tu)) => tu.elts.iter().collect(),
                Some(e) => vec![e],
            };
            for e in named {
                match self.exc_class(e, scope, sigs) {
                    Some(ExcClass::Builtin(k)) => kinds.push(k),
                    Some(ExcClass::User(c)) => classes.push(c),
                    Some(ExcClass::Value(v)) => values.push(v),
                    None => {}
                }
            }
            // `as e` is unbound again when the clause ends, so each clause's `e` is its own
            // variable (clauses may catch exceptions of different classes).
            let shadowed = h
                .name
                .as_ref()
                .map(|n| (n.to_string(), scope.local_ids.get(n.as_str()).copied()));
            let var = h.name.as_ref().map(|n| {
                let l = super::new_local(scope, n.as_str(), hspan);
                // (A cell when a function the clause defines uses it.)
                let free = super::closures::scan(&h.body).nested_free;
                scope.locals[l.0 as usize].cell = free.iter().any(|f| f == n.as_str());
                Place::Local(l)
            });
            let mut hbody = self.block(&h.body, scope, sigs);
            // As the clause ends, the name has no value, whatever it held before the clause
            // (CPython deletes it, so that the exception does not outlive the clause).
            let outer = match &shadowed {
                Some((_, Some(old))) => Some(Place::Local(*old)),
                Some((n, None)) if scope.is_module => {
                    self.global_ids.get(n.as_str()).map(|g| Place::Global(*g))
                }
                _ => None,
            };
            if let Some(p) = outer {
                // (In a `finally`: also as a `break` or `continue` leaves the clause.)
                let unbind = Stmt {
                    span: hspan,
                    kind: StmtKind::Unbind(p),
                };
                hbody = vec![Stmt {
                    span: hspan,
                    kind: StmtKind::Try {
                        body: hbody,
                        handlers: vec![],
                        orelse: vec![],
                        finalbody: vec![unbind],
                    },
                }];
            }
            match shadowed {
                Some((n, Some(old))) => {
                    scope.local_ids.insert(n, old);
                }
                Some((n, None)) => {
                    scope.local_ids.remove(&n);
                }
                None => {}
            }
            handlers.push(Handler {
                kinds,
                classes,
                values,
                var,
                body: hbody,
                span: hspan,
            });
        }
        let orelse = self.block(&t.orelse, scope, sigs);
        let finalbody = self.block(&t.finalbody, scope, sigs);
        out.push(Stmt {
            span,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        });
    }

    /// The exception class a name in an `except` clause refers to: a builtin one or a user
    /// class deriving from one, or classes held in a value (any other expression).
    pub(super) fn exc_class(
        &mut self,
        e: &ast::Expr,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<ExcClass> {
        let span = self.span(e.range());
        if let ast::Expr::Name(n) = e {
            if let Some(c) = self.class_named(n.id.as_str(), scope) {
                if self.class_exc_kind(c).is_some() {
                    return Some(ExcClass::User(c));
                }
                let msg = format!(
                    "catching classes that do not inherit from BaseException is not allowed (`{}`)",
                    n.id
                );
                self.errors
                    .push(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
                return None;
            }
            if let Some(k) = natrix_abi::ExcKind::from_name(n.id.as_str()) {
                return Some(ExcClass::Builtin(k));
            }
            if self.rejected_names.contains(n.id.as_str()) {
                return None;
            }
            if !self.is_user_name(n.id.as_str(), scope) {
                self.errors.push(
                    Diagnostic::new(
                        Code::UndefinedName,
                        span,
                        format!("name `{}` is not defined", n.id),
                    )
                    .label("not found in this scope"),
                );
                return None;
            }
            return Some(ExcClass::Value(self.expr(e, scope, sigs)));
        }
        // `except self.retry_on:`, `except ERRORS[kind]:`, `except tuple(errors):`: read as
        // the `try` starts (MIR's `try_stmt`).
        if matches!(e, ast::Expr::Starred(_)) {
            self.errors.push(Diagnostic::unsupported(
                span,
                "`*` in the classes of an `except` clause",
            ));
            return None;
        }
        Some(ExcClass::Value(self.expr(e, scope, sigs)))
    }

    /// The builtin exception class user class `c` derives from, if any.
    pub(super) fn class_exc_kind(&self, c: ClassId) -> Option<natrix_abi::ExcKind> {
        self.classes[c.0 as usize]
            .mro
            .clone()
            .into_iter()
            .find_map(|k| self.classes[k.0 as usize].exc_base)
    }

    pub(super) fn raise(
        &mut self,
        r: &ast::StmtRaise,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Raise> {
        let Some(exc) = &r.exc else {
            return Some(Raise::Reraise);
        };
        match exc.as_ref() {
            ast::Expr::Name(n)
                if natrix_abi::ExcKind::from_name(n.id.as_str()).is_some()
                    && !self.is_user_name(n.id.as_str(), scope) =>
            {
                natrix_abi::ExcKind::from_name(n.id.as_str()).map(|k| Raise::New(k, None))
            }
            // `raise AppError` of a user exception class: a new instance.
            ast::Expr::Name(n)
                if self
                    .class_named(n.id.as_str(), scope)
                    .is_some_and(|c| self.class_exc_kind(c).is_some()) =>
            {
                let call = ast::Expr::Call(ast::ExprCall {
                    range: n.range,
                    func: Box::new(exc.as_ref().clone()),
                    args: vec![],
                    keywords: vec![],
                });
                Some(Raise::Value(self.expr(&call, scope, sigs)))
            }
            ast::Expr::Call(c) => {
                let ast::Expr::Name(n) = c.func.as_ref() else {
                    // `raise self.error_class(msg)`, `raise ERRORS[key](msg)`: a call of a
                    // value (inference checks it makes an exception).
                    return Some(Raise::Value(self.expr(exc, scope, sigs)));
                };
                if self.class_named(n.id.as_str(), scope).is_some()
                    || self.is_user_name(n.id.as_str(), scope)
                {
                    // A user class: a new instance (inference checks it is an exception).
                    return Some(Raise::Value(self.expr(exc, scope, sigs)));
                }
                let Some(k) = natrix_abi::ExcKind::from_name(n.id.as_str()) else {
                    let _ = self.exc_class(&c.func, scope, sigs);
                    return None;
                };
                if !c.keywords.is_empty() {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "keyword arguments to an exception",
                    ));
                    return None;
                }
                if c.args.len() > 1 {
                    // `raise KeyError("k", 1)`: an exception object with those `args`.
                    return Some(Raise::Value(self.expr(exc, scope, sigs)));
                }
                let msg = c.args.first().map(|a| self.expr(a, scope, sigs));
                Some(Raise::New(k, msg))
            }
            other => Some(Raise::Value(self.expr(other, scope, sigs))),
        }
    }

    /// What a `for` iterates over: `range(...)` becomes a counted loop, anything else iterates a
    /// value (inference checks that it is a list).
    pub(super) fn loop_header(
        &mut self,
        iter: &ast::Expr,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<LoopHeader> {
        let iter_span = self.span(iter.range());
        match iter {
            ast::Expr::Call(c) if self.is_range_call(iter, scope) && c.keywords.is_empty() => {
                let (start, stop, step) = self.range_bounds(c, iter_span, scope, sigs)?;
                Some(LoopHeader::Range(start, stop, step))
            }
            ast::Expr::Call(c) if self.parallel_call(c, scope).is_some() => {
                let is_enumerate = self.parallel_call(c, scope) == Some(true);
                Some(self.parallel_header(is_enumerate, c, iter_span, scope, sigs))
            }
            other => Some(LoopHeader::Iter(self.expr(other, scope, sigs))),
        }
    }

    /// The start, stop and step of `range(…)` (call `c`), the missing ones filled in (0 and
    /// 1); `None`, with CPython's error reported, for other than one to three arguments.
    pub(super) fn range_bounds(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<(Expr, Expr, Expr)> {
        if !(1..=3).contains(&c.args.len()) {
            self.errors.push(
                Diagnostic::new(
                    Code::ArgumentMismatch,
                    span,
                    format!("range expected 1 to 3 arguments, got {}", c.args.len()),
                )
                .label("here"),
            );
            return None;
        }
        let mut args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        let step = match args.len() {
            3 => args.pop().expect("three arguments"),
            _ => self.expr_node(scope, span, ExprKind::Int(1)),
        };
        let stop = args.pop().expect("at least one argument");
        let start = match args.pop() {
            Some(start) => start,
            None => self.expr_node(scope, span, ExprKind::Int(0)),
        };
        Some((start, stop, step))
    }

    /// `Some(is_enumerate)` for a call of the builtin `zip`/`enumerate` that
    /// [`Self::for_parallel`] can take apart (no `*` arguments; `start` enumerate's only
    /// keyword, a constant `strict` zip's).
    fn parallel_call(&self, c: &ast::ExprCall, scope: &Scope) -> Option<bool> {
        let ast::Expr::Name(f) = c.func.as_ref() else {
            return None;
        };
        let which = f.id.as_str();
        if !matches!(which, "zip" | "enumerate") || self.is_user_name(which, scope) {
            return None;
        }
        let is_enumerate = which == "enumerate";
        let keywords_ok = if is_enumerate {
            c.keywords.is_empty()
                || (c.args.len() == 1
                    && c.keywords.len() == 1
                    && c.keywords[0].arg.as_deref() == Some("start"))
        } else {
            zip_strict(c).is_some()
        };
        let starred = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        (keywords_ok && !starred && !c.args.is_empty()).then_some(is_enumerate)
    }

    /// `zip(a, b, …)` / `enumerate(xs[, start])` iterated by a comprehension or a `for` with
    /// one target: a [`LoopHeader::Zip`] whose variable gets the tuple of the items.
    fn parallel_header(
        &mut self,
        is_enumerate: bool,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> LoopHeader {
        let (args, strict) = parallel_args(is_enumerate, c);
        let mut pre = vec![];
        let mut iters = self.parallel_iters(is_enumerate, &args, span, scope, sigs, &mut pre);
        let mut elts = vec![];
        let mut bump = None;
        if is_enumerate {
            let (k, b) = self.enumerate_counter(&args, span, scope, sigs, &mut pre);
            elts.push(self.expr_node(scope, span, ExprKind::Load(Place::Local(k))));
            bump = Some(b);
        }
        let mut items = vec![];
        for _ in &iters {
            let l = hidden_local(scope, "$zipitem", span);
            items.push(Place::Local(l));
            elts.push(self.expr_node(scope, span, ExprKind::Load(Place::Local(l))));
        }
        let tuple = self.expr_node(scope, span, ExprKind::Tuple(elts));
        // The evaluation of the arguments goes first, inside the first iterable.
        let first = iters.remove(0);
        let first = self.expr_node(scope, span, ExprKind::Block(pre, Box::new(first)));
        iters.insert(0, first);
        LoopHeader::Zip {
            iters,
            items,
            tuple,
            bump,
            strict,
        }
    }

    /// The iterables of a `zip`/`enumerate` call (`args`), each evaluated into a hidden
    /// variable by a statement added to `out`; returns the loads of those variables. A
    /// generator expression or `map(…)` among them stays lazy: the loop takes its items one
    /// at a time, as CPython does (`enumerate(map(parse, lines))` parses a line per step).
    fn parallel_iters(
        &mut self,
        is_enumerate: bool,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) -> Vec<Expr> {
        let seq_args: &[ast::Expr] = if is_enumerate { &args[..1] } else { args };
        let mut iters = vec![];
        for a in seq_args {
            let lazy = match a {
                ast::Expr::GeneratorExp(_) => true,
                ast::Expr::Call(c) => self.iterator_builtin(c, scope).is_some(),
                _ => false,
            };
            let e = if lazy {
                self.expr(a, scope, sigs)
            } else {
                self.arg_expr(a, scope, sigs)
            };
            let l = hidden_local(scope, "$seq", e.span);
            out.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(l), e),
            });
            iters.push(self.expr_node(scope, span, ExprKind::Load(Place::Local(l))));
        }
        iters
    }

    /// The counter of `enumerate(it[, start])` (`args`): a hidden variable set to `start` by a
    /// statement added to `out` (after the iterable is evaluated, as the call's arguments
    /// are), and the statement `k = k + 1` that starts each iteration after it is read.
    fn enumerate_counter(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) -> (LocalId, Stmt) {
        let start = match args.get(1) {
            Some(a) => self.expr(a, scope, sigs),
            None => self.expr_node(scope, span, ExprKind::Int(0)),
        };
        let k = hidden_local(scope, "$k", span);
        out.push(Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(k), start),
        });
        let kk = self.expr_node(scope, span, ExprKind::Load(Place::Local(k)));
        let one = self.expr_node(scope, span, ExprKind::Int(1));
        let next = self.expr_node(
            scope,
            span,
            ExprKind::Binary(BinOp::Add, Box::new(kk), Box::new(one)),
        );
        let bump = Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(k), next),
        };
        (k, bump)
    }

    /// `[elt for x in it if cond ...]` → a block that appends to a fresh list. The loop
    /// variables are hidden locals: a comprehension has its own scope.
    pub(super) fn list_comp(
        &mut self,
        generators: &[ast::Comprehension],
        elt: CompElt<'_>,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let n = scope.locals.len();
        let result = new_local(scope, &format!("$comp{n}"), span);
        scope.local_ids.remove(&format!("$comp{n}"));
        let empty_kind = match elt {
            CompElt::List(_) => ExprKind::List(vec![]),
            CompElt::Set(_) => ExprKind::Set(vec![]),
            CompElt::Dict(..) => ExprKind::Dict(vec![]),
        };
        let empty = self.expr_node(scope, span, empty_kind);
        let init = Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(result), empty),
        };
        let mut shadowed = vec![];
        let body = self.comp_clauses(generators, elt, result, span, scope, sigs, &mut shadowed);
        for (name, old) in shadowed.into_iter().rev() {
            match old {
                Some(l) => scope.local_ids.insert(name, l),
                None => scope.local_ids.remove(&name),
            };
        }
        let value = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        let mut stmts = vec![init];
        stmts.extend(body);
        self.expr_node(scope, span, ExprKind::Block(stmts, Box::new(value)))
    }

    /// Unpacks the comprehension item in local `item` into the names of a tuple target
    /// (nested tuples through further hidden items), each a hidden local that shadows the
    /// name for the rest of the comprehension. False after reporting an unsupported target.
    #[allow(clippy::too_many_arguments)]
    fn comp_unpack(
        &mut self,
        elts: &[ast::Expr],
        item: LocalId,
        ts: Span,
        scope: &mut Scope,
        shadowed: &mut Vec<(String, Option<LocalId>)>,
        out: &mut Vec<Stmt>,
        (cells, sigs): (&HashSet<String>, &[Signature]),
    ) -> bool {
        if elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            // `for a, *rest in rows`: each name a hidden local that shadows it, then the
            // item unpacked as an assignment unpacks (`unpack_starred`).
            let mut names = vec![];
            if !self.target_names(elts, &mut names) {
                return false;
            }
            for name in names {
                shadow_comp_name(&name, ts, scope, shadowed, cells);
            }
            let load = self.expr_node(scope, ts, ExprKind::Load(Place::Local(item)));
            self.unpack_starred(elts, load, ts, scope, sigs, out);
            return true;
        }
        let count = elts.len();
        for (index, e) in elts.iter().enumerate() {
            let load = self.expr_node(scope, ts, ExprKind::Load(Place::Local(item)));
            let part = self.expr_node(
                scope,
                ts,
                ExprKind::Unpack {
                    value: Box::new(load),
                    index,
                    count,
                },
            );
            match e {
                ast::Expr::Name(nm) => {
                    let var = shadow_comp_name(nm.id.as_str(), ts, scope, shadowed, cells);
                    out.push(Stmt {
                        span: ts,
                        kind: StmtKind::Assign(Place::Local(var), part),
                    });
                }
                ast::Expr::Tuple(t) => {
                    let k = scope.locals.len();
                    let sub = new_local(scope, &format!("$citem{k}"), ts);
                    scope.local_ids.remove(&format!("$citem{k}"));
                    out.push(Stmt {
                        span: ts,
                        kind: StmtKind::Assign(Place::Local(sub), part),
                    });
                    if !self.comp_unpack(&t.elts, sub, ts, scope, shadowed, out, (cells, sigs)) {
                        return false;
                    }
                }
                _ => return self.comp_target_error(e),
            }
        }
        true
    }

    /// Reports a comprehension target natrix does not take apart; false.
    fn comp_target_error(&mut self, e: &ast::Expr) -> bool {
        let es = self.span(e.range());
        self.errors.push(Diagnostic::unsupported(
            es,
            "a comprehension target other than names, starred names and tuples of them",
        ));
        false
    }

    /// The names a comprehension target binds (`a, *rest`, `(k, v), *_`), in order; false
    /// after reporting a target that is not a name, a starred name or a tuple of them.
    fn target_names(&mut self, elts: &[ast::Expr], names: &mut Vec<String>) -> bool {
        for e in elts {
            match e {
                ast::Expr::Name(nm) => names.push(nm.id.to_string()),
                ast::Expr::Starred(st) => {
                    if !self.target_names(std::slice::from_ref(&st.value), names) {
                        return false;
                    }
                }
                ast::Expr::Tuple(t) => {
                    if !self.target_names(&t.elts, names) {
                        return false;
                    }
                }
                _ => return self.comp_target_error(e),
            }
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn comp_clauses(
        &mut self,
        gens: &[ast::Comprehension],
        elt: CompElt<'_>,
        result: LocalId,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        shadowed: &mut Vec<(String, Option<LocalId>)>,
    ) -> Vec<Stmt> {
        let Some((g, rest)) = gens.split_first() else {
            let recv = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
            let kind = match elt {
                CompElt::List(e) | CompElt::Set(e) => {
                    let item = self.expr(e, scope, sigs);
                    let name = if matches!(elt, CompElt::List(_)) {
                        "append"
                    } else {
                        "add"
                    };
                    let call = self.expr_node(
                        scope,
                        span,
                        ExprKind::Method {
                            recv: Box::new(recv),
                            name: name.into(),
                            args: vec![item],
                            keywords: vec![],
                        },
                    );
                    StmtKind::Expr(call)
                }
                CompElt::Dict(k, v) => {
                    let key = self.expr(k, scope, sigs);
                    let value = self.expr(v, scope, sigs);
                    StmtKind::SetItem {
                        obj: recv,
                        index: key,
                        value,
                    }
                }
            };
            return vec![Stmt { span, kind }];
        };
        if g.is_async {
            self.errors
                .push(Diagnostic::unsupported(span, "an async comprehension"));
            return vec![];
        }
        // The first iterable is evaluated in the enclosing scope, before the variable exists.
        let Some(header) = self.loop_header(&g.iter, scope, sigs) else {
            return vec![];
        };
        // Loop variables a lambda or generator expression in the rest uses are cells.
        let cells = nested_names(&g.ifs, rest, elt);
        if let ast::Expr::Tuple(t) = &g.target {
            // `for k, v in …`, `for n, (q, p) in …`: a hidden item variable, unpacked into
            // hidden, shadowing names.
            let ts = self.span(g.target.range());
            let n = scope.locals.len();
            let item = new_local(scope, &format!("$citem{n}"), ts);
            scope.local_ids.remove(&format!("$citem{n}"));
            let mut inner = vec![];
            let unpacked = (&cells, sigs);
            if !self.comp_unpack(&t.elts, item, ts, scope, shadowed, &mut inner, unpacked) {
                return vec![];
            }
            let mut rest_stmts = self.comp_clauses(rest, elt, result, span, scope, sigs, shadowed);
            for cond in g.ifs.iter().rev() {
                let c = self.expr(cond, scope, sigs);
                rest_stmts = vec![Stmt {
                    span,
                    kind: StmtKind::If(c, rest_stmts, vec![]),
                }];
            }
            inner.extend(rest_stmts);
            return vec![Stmt {
                span,
                kind: header.into_stmt(Place::Local(item), inner, vec![]),
            }];
        }
        let ast::Expr::Name(name) = &g.target else {
            let ts = self.span(g.target.range());
            self.errors.push(Diagnostic::unsupported(
                ts,
                "a comprehension target that is not a simple name",
            ));
            return vec![];
        };
        let tspan = self.span(name.range);
        let n = scope.locals.len();
        let var = new_local(scope, &format!("$c{n}.{}", name.id), tspan);
        scope.local_ids.remove(&format!("$c{n}.{}", name.id));
        scope.locals[var.0 as usize].cell = cells.contains(name.id.as_str());
        let old = scope.local_ids.insert(name.id.to_string(), var);
        shadowed.push((name.id.to_string(), old));
        let mut inner = self.comp_clauses(rest, elt, result, span, scope, sigs, shadowed);
        for cond in g.ifs.iter().rev() {
            let c = self.expr(cond, scope, sigs);
            inner = vec![Stmt {
                span,
                kind: StmtKind::If(c, inner, vec![]),
            }];
        }
        vec![Stmt {
            span,
            kind: header.into_stmt(Place::Local(var), inner, vec![]),
        }]
    }

    /// `range(...)` as a list: a block that appends each value of the counted loop.
    pub(super) fn range_list(
        &mut self,
        arg: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        if !self.is_range_call(arg, scope) {
            return None;
        }
        let Some(header) = self.loop_header(arg, scope, sigs) else {
            return Some(self.expr_node(scope, span, ExprKind::None));
        };
        let n = scope.locals.len();
        let result = new_local(scope, &format!("$range{n}"), span);
        let var = new_local(scope, &format!("$i{}", n + 1), span);
        scope.local_ids.remove(&format!("$range{n}"));
        scope.local_ids.remove(&format!("$i{}", n + 1));
        let empty = self.expr_node(scope, span, ExprKind::List(vec![]));
        let init = Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(result), empty),
        };
        let recv = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        let item = self.expr_node(scope, span, ExprKind::Load(Place::Local(var)));
        let append = self.expr_node(
            scope,
            span,
            ExprKind::Method {
                recv: Box::new(recv),
                name: "append".into(),
                args: vec![item],
                keywords: vec![],
            },
        );
        let body = vec![Stmt {
            span,
            kind: StmtKind::Expr(append),
        }];
        let lp = Stmt {
            span,
            kind: header.into_stmt(Place::Local(var), body, vec![]),
        };
        let value = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        Some(self.expr_node(
            scope,
            span,
            ExprKind::Block(vec![init, lp], Box::new(value)),
        ))
    }
}

impl Resolver<'_> {
    /// `first, *rest = value` (one starred target): the items before and after it by index,
    /// the starred one a list of the rest (`xs[k:-m]`); ValueError when there are too few.
    pub(super) fn unpack_starred(
        &mut self,
        targets: &[ast::Expr],
        value: Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let stars: Vec<usize> = (0..targets.len())
            .filter(|i| matches!(targets[*i], ast::Expr::Starred(_)))
            .collect();
        if stars.len() > 1 {
            self.errors.push(Diagnostic::new(
                Code::SyntaxError,
                span,
                "multiple starred expressions in assignment",
            ));
            return;
        }
        let star = stars[0];
        let (before, after) = (star, targets.len() - star - 1);
        let vspan = value.span;
        // A tuple display: its items as a list display.
        let value = match value.kind {
            ExprKind::Tuple(items) => self.expr_node(scope, vspan, ExprKind::List(items)),
            // (An iterable instance or a generator: drained into a list.)
            _ => self.expr_node(
                scope,
                vspan,
                ExprKind::Builtin(Builtin::UnpackSource, vec![value]),
            ),
        };
        let tmp = hidden_local(scope, "$star", vspan);
        out.push(Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(tmp), value),
        });
        let load = |this: &mut Self, scope: &mut Scope| {
            this.expr_node(scope, vspan, ExprKind::Load(Place::Local(tmp)))
        };
        let int = |this: &mut Self, scope: &mut Scope, v: i64| {
            this.expr_node(scope, vspan, ExprKind::Int(v))
        };
        // len(tmp) < before + after: ValueError.
        let need = (before + after) as i64;
        let l = load(self, scope);
        let n = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Len, vec![l]));
        let want = int(self, scope, need);
        let short = self.expr_node(
            scope,
            vspan,
            ExprKind::Compare(Box::new(n), vec![(CmpOp::Lt, want)]),
        );
        let head = self.expr_node(
            scope,
            vspan,
            ExprKind::Str(format!(
                "not enough values to unpack (expected at least {need}, got "
            )),
        );
        let l = load(self, scope);
        let n = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Len, vec![l]));
        let got = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Str, vec![n]));
        let close = self.expr_node(scope, vspan, ExprKind::Str(")".into()));
        let msg = self.expr_node(
            scope,
            vspan,
            ExprKind::Binary(BinOp::Add, Box::new(head), Box::new(got)),
        );
        let msg = self.expr_node(
            scope,
            vspan,
            ExprKind::Binary(BinOp::Add, Box::new(msg), Box::new(close)),
        );
        out.push(Stmt {
            span,
            kind: StmtKind::If(
                short,
                vec![Stmt {
                    span,
                    kind: StmtKind::Raise(
                        Raise::New(natrix_abi::ExcKind::ValueError, Some(msg)),
                        None,
                    ),
                }],
                vec![],
            ),
        });
        for (i, target) in targets.iter().enumerate() {
            let item = if i < before {
                let (l, k) = (load(self, scope), int(self, scope, i as i64));
                ExprKind::Index(Box::new(l), Box::new(k))
            } else if i > before {
                let (l, k) = (
                    load(self, scope),
                    int(self, scope, i as i64 - targets.len() as i64),
                );
                ExprKind::Index(Box::new(l), Box::new(k))
            } else {
                let l = load(self, scope);
                let lower = int(self, scope, before as i64);
                let upper = (after > 0).then(|| Box::new(int(self, scope, -(after as i64))));
                let slice = ExprKind::Slice {
                    obj: Box::new(l),
                    lower: Some(Box::new(lower)),
                    upper,
                    step: None,
                    reversed: false,
                    object: None,
                };
                // Always a list (`a, *b = "xyz"` gives `b == ['y', 'z']`).
                let slice = self.expr_node(scope, vspan, slice);
                ExprKind::Builtin(Builtin::List, vec![slice])
            };
            let item = self.expr_node(scope, vspan, item);
            let target = match target {
                ast::Expr::Starred(s) => s.value.as_ref(),
                t => t,
            };
            self.assign_target(target, item, span, scope, sigs, out);
        }
    }
}

/// An exception class named in an `except` clause.
pub(super) enum ExcClass {
    Builtin(natrix_abi::ExcKind),
    User(ClassId),
    /// Classes held in a value: a class object or a tuple of them.
    Value(Expr),
}

/// The names a `lambda` or generator expression within a comprehension's remaining clauses
/// and element mentions: those of its loop variables are cells, which the nested function
/// captures (one per call of the enclosing function: `[lambda: i for i in r]` all see the
/// last `i`, as in CPython).
fn nested_names(
    ifs: &[ast::Expr],
    rest: &[ast::Comprehension],
    elt: CompElt<'_>,
) -> HashSet<String> {
    use rustpython_ast::Visitor;
    #[derive(Default)]
    struct Nested {
        depth: usize,
        names: HashSet<String>,
    }
    impl Visitor for Nested {
        visit_skipped_parts!();

        fn visit_expr(&mut self, e: ast::Expr) {
            let nested = matches!(e, ast::Expr::Lambda(_) | ast::Expr::GeneratorExp(_));
            self.depth += usize::from(nested);
            self.generic_visit_expr(e);
            self.depth -= usize::from(nested);
        }
        fn visit_expr_name(&mut self, n: ast::ExprName) {
            if self.depth > 0 {
                self.names.insert(n.id.to_string());
            }
        }
        fn visit_comprehension(&mut self, c: ast::Comprehension) {
            super::closures::walk_comprehension(self, c);
        }
    }
    let mut v = Nested::default();
    let exprs = ifs.iter().chain(
        rest.iter()
            .flat_map(|g| std::iter::once(&g.iter).chain(&g.ifs)),
    );
    for e in exprs {
        v.visit_expr(e.clone());
    }
    match elt {
        CompElt::List(e) | CompElt::Set(e) => v.visit_expr(e.clone()),
        CompElt::Dict(k, x) => {
            v.visit_expr(k.clone());
            v.visit_expr(x.clone());
        }
    }
    v.names
}

/// A hidden local standing for comprehension variable `name` (a cell when a lambda or
/// generator expression in the comprehension uses it), shadowing `name` for the rest of it.
fn shadow_comp_name(
    name: &str,
    ts: Span,
    scope: &mut Scope,
    shadowed: &mut Vec<(String, Option<LocalId>)>,
    cells: &HashSet<String>,
) -> LocalId {
    let k = scope.locals.len();
    let hidden = format!("$c{k}.{name}");
    let var = new_local(scope, &hidden, ts);
    scope.local_ids.remove(&hidden);
    scope.locals[var.0 as usize].cell = cells.contains(name);
    let old = scope.local_ids.insert(name.to_string(), var);
    shadowed.push((name.to_string(), old));
    var
}

/// The iterables (and enumerate's start) of a `zip`/`enumerate` call that
/// [`Resolver::parallel_call`] accepts, and whether it is `zip(…, strict=True)`.
fn parallel_args(is_enumerate: bool, c: &ast::ExprCall) -> (Vec<ast::Expr>, bool) {
    let mut args = c.args.clone();
    if is_enumerate {
        args.extend(c.keywords.iter().map(|k| k.value.clone()));
    }
    (args, !is_enumerate && zip_strict(c) == Some(true))
}

/// `strict` of a `zip(…)` call: false without keywords, the constant of `strict=True`/`False`;
/// `None` for any other keyword or a `strict` known only at run time.
pub(super) fn zip_strict(c: &ast::ExprCall) -> Option<bool> {
    match c.keywords.as_slice() {
        [] => Some(false),
        [k] if k.arg.as_deref() == Some("strict") => match &k.value {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Bool(b),
                ..
            }) => Some(*b),
            _ => None,
        },
        _ => None,
    }
}
