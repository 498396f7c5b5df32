//! Resolve: calls (user functions, builtins, methods, `math`) and f-strings.

use super::*;

impl Resolver<'_> {
    /// An f-string: the concatenation of its literal parts and its formatted fields.
    pub(super) fn fstring(
        &mut self,
        parts: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut pieces = vec![];
        for part in parts {
            let e = match part {
                ast::Expr::Constant(c) => match &c.value {
                    ast::Constant::Str(text) => {
                        let pspan = self.span(c.range);
                        self.expr_node(scope, pspan, ExprKind::Str(text.clone()))
                    }
                    _ => self.expr(part, scope, sigs),
                },
                ast::Expr::FormattedValue(f) => self.fstring_field(f, scope, sigs),
                other => self.expr(other, scope, sigs),
            };
            pieces.push(e);
        }
        self.concat(pieces, span, scope)
    }

    /// The str pieces joined with `+` left to right (`""` when there are none).
    pub(super) fn concat(&mut self, pieces: Vec<Expr>, span: Span, scope: &mut Scope) -> Expr {
        let mut pieces = pieces.into_iter();
        let Some(mut acc) = pieces.next() else {
            return self.expr_node(scope, span, ExprKind::Str(String::new()));
        };
        for p in pieces {
            acc = self.expr_node(
                scope,
                span,
                ExprKind::Binary(BinOp::Add, Box::new(acc), Box::new(p)),
            );
        }
        acc
    }

    /// `{value!conv:spec}` → `format(repr(value) or str(value) or value, spec)`.
    pub(super) fn fstring_field(
        &mut self,
        f: &ast::ExprFormattedValue,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let span = self.span(f.range);
        let mut value = match self.type_display(&f.value, scope, sigs) {
            Some(e) => e,
            None => self.expr(&f.value, scope, sigs),
        };
        let vspan = value.span;
        match f.conversion {
            ast::ConversionFlag::None => {}
            ast::ConversionFlag::Str => {
                value = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Str, vec![value]))
            }
            ast::ConversionFlag::Repr => {
                value = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Repr, vec![value]))
            }
            ast::ConversionFlag::Ascii => {
                let r = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Repr, vec![value]));
                value = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Ascii, vec![r]));
            }
        }
        let mut args = vec![value];
        if let Some(spec) = &f.format_spec {
            let sspan = self.span(spec.range());
            let spec = match spec.as_ref() {
                ast::Expr::JoinedStr(j) => self.fstring(&j.values, sspan, scope, sigs),
                other => self.expr(other, scope, sigs),
            };
            args.push(spec);
        }
        self.expr_node(scope, span, ExprKind::Builtin(Builtin::Format, args))
    }

    /// Matches a call's positional and keyword arguments to the parameters of `fid` after the
    /// first `skip` (`self`), filling defaults; CPython's TypeError message when they do not
    /// fit (the call then raises it: [`Resolver::raising_call`]).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn match_args(
        &mut self,
        name: &str,
        fid: FuncId,
        skip: usize,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Result<(Vec<Stmt>, Vec<Expr>), String> {
        let names: Vec<String> = sigs[fid.0 as usize].names[skip..].to_vec();
        let defaults: Vec<Option<GlobalId>> = sigs[fid.0 as usize].defaults[skip..].to_vec();
        let kinds: Vec<ParamKind> = sigs[fid.0 as usize].kinds[skip..].to_vec();
        let positional = kinds.iter().filter(|k| k.is_positional()).count();
        let varargs = kinds.iter().position(|k| *k == ParamKind::VarArgs);
        let varkw = kinds.iter().position(|k| *k == ParamKind::VarKw);
        // `**kwargs`: the keyword arguments no parameter takes, with their positions.
        let mut extra_kw: Vec<(&str, &ast::Expr, usize)> = vec![];
        // Each filled parameter's argument, with its position in the source.
        let mut slots: Vec<Option<(&ast::Expr, usize)>> = vec![None; names.len()];
        let mut ok = true;
        // The mismatches, reported in CPython's order: a keyword's (the first), too many
        // positional arguments, the missing positional ones, the missing keyword-only ones.
        let mut first: Option<String> = None;
        let too_many = c.args.len() > positional && varargs.is_none();
        ok &= !too_many;
        for (i, a) in c.args.iter().enumerate().take(positional) {
            slots[i] = Some((a, i));
        }
        // `*args`: the extra positional arguments, with their positions.
        let extra: Vec<(&ast::Expr, usize)> = c
            .args
            .iter()
            .enumerate()
            .skip(positional)
            .map(|(i, a)| (a, i))
            .collect();
        for (j, k) in c.keywords.iter().enumerate() {
            let kname = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("");
            let by_name =
                (0..names.len()).find(|i| names[*i] == kname && kinds[*i].takes_keyword());
            let posonly =
                (0..names.len()).any(|i| names[i] == kname && kinds[i] == ParamKind::PosOnly);
            match by_name {
                None if posonly && varkw.is_none() => {
                    first.get_or_insert(format!("{name}() got some positional-only arguments passed as keyword arguments: '{kname}'"),
                    );
                    ok = false;
                }
                Some(i) if slots[i].is_none() => slots[i] = Some((&k.value, c.args.len() + j)),
                None if varkw.is_some() && k.arg.is_some() => {
                    extra_kw.push((kname, &k.value, c.args.len() + j))
                }
                Some(_) => {
                    first.get_or_insert(format!(
                        "{name}() got multiple values for argument '{kname}'"
                    ));
                    ok = false;
                }
                None => {
                    first.get_or_insert(format!(
                        "{name}() got an unexpected keyword argument '{kname}'"
                    ));
                    ok = false;
                }
            }
        }
        // Arguments are evaluated in source order: when keywords come in another order than
        // the parameters, each is first evaluated into a hidden temporary.
        // The source positions in the order the arguments are built (parameter order).
        let mut order: Vec<usize> = vec![];
        for (i, slot) in slots.iter().enumerate() {
            if Some(i) == varargs {
                order.extend(extra.iter().map(|(_, at)| *at));
            } else if Some(i) == varkw {
                order.extend(extra_kw.iter().map(|(_, _, at)| *at));
            } else if let Some((_, at)) = slot {
                order.push(*at);
            }
        }
        let mut prelude = vec![];
        let mut temps: HashMap<usize, LocalId> = HashMap::new();
        // Literals have no effects and names none of their own (another argument's call may
        // change what a name holds): only then does the order matter.
        let literal = |e: &ast::Expr| match e {
            ast::Expr::Constant(_) => true,
            ast::Expr::UnaryOp(u) => matches!(u.operand.as_ref(), ast::Expr::Constant(_)),
            _ => false,
        };
        let kw_extra: Vec<(&ast::Expr, usize)> =
            extra_kw.iter().map(|(_, a, at)| (*a, *at)).collect();
        let provided = slots.iter().flatten().chain(kw_extra.iter());
        let effects = provided
            .clone()
            .filter(|(a, _)| !literal(a) && !matches!(a, ast::Expr::Name(_)))
            .count();
        let name_args = provided
            .filter(|(a, _)| matches!(a, ast::Expr::Name(_)))
            .count();
        if effects >= 1 && effects + name_args >= 2 && order.windows(2).any(|w| w[0] > w[1]) {
            let mut by_source: Vec<&(&ast::Expr, usize)> = slots
                .iter()
                .flatten()
                .chain(extra.iter())
                .chain(kw_extra.iter())
                .collect();
            by_source.sort_by_key(|(_, at)| *at);
            for (a, at) in by_source {
                let value = self.expr(a, scope, sigs);
                temps.insert(*at, hoist(value, "$arg", scope, &mut prelude));
            }
        }
        let mut args = vec![];
        let (mut missing, mut missing_kwonly): (Vec<&str>, Vec<&str>) = (vec![], vec![]);
        for (i, slot) in slots.iter().enumerate() {
            if Some(i) == varargs {
                let mut items = vec![];
                for (a, at) in &extra {
                    items.push(match temps.get(at) {
                        Some(tmp) => {
                            let load = ExprKind::Load(Place::Local(*tmp));
                            self.expr_node(scope, a_span(self, a), load)
                        }
                        None => self.expr(a, scope, sigs),
                    });
                }
                args.push(self.expr_node(scope, span, ExprKind::Tuple(items)));
                continue;
            }
            if Some(i) == varkw {
                // A dict display of the extra keyword arguments, in call order.
                let mut entries = vec![];
                for (k, a, at) in &extra_kw {
                    let key = self.expr_node(scope, span, ExprKind::Str((*k).to_string()));
                    let value = match temps.get(at) {
                        Some(tmp) => {
                            let load = ExprKind::Load(Place::Local(*tmp));
                            self.expr_node(scope, a_span(self, a), load)
                        }
                        None => self.expr(a, scope, sigs),
                    };
                    entries.push((key, value));
                }
                args.push(self.expr_node(scope, span, ExprKind::Dict(entries)));
                continue;
            }
            match (slot, defaults[i]) {
                (Some((a, at)), _) => match temps.get(at) {
                    Some(tmp) => {
                        let load = ExprKind::Load(Place::Local(*tmp));
                        args.push(self.expr_node(scope, a_span(self, a), load))
                    }
                    None => args.push(self.expr(a, scope, sigs)),
                },
                (None, Some(g)) => {
                    args.push(self.expr_node(scope, span, ExprKind::Load(Place::Global(g))))
                }
                (None, None) => {
                    match kinds[i] {
                        ParamKind::KwOnly => missing_kwonly.push(names[i].as_str()),
                        _ => missing.push(names[i].as_str()),
                    }
                    ok = false;
                }
            }
        }
        if too_many {
            let required = (0..positional).filter(|i| defaults[*i].is_none()).count();
            let kwonly_given = c
                .keywords
                .iter()
                .filter(|k| {
                    let n = k.arg.as_ref().map(|a| a.as_str());
                    (0..names.len())
                        .any(|i| Some(names[i].as_str()) == n && kinds[i] == ParamKind::KwOnly)
                })
                .count();
            first.get_or_insert(crate::hir::too_many_positional_of(
                name,
                (required + skip, positional + skip),
                c.args.len() + skip,
                kwonly_given,
            ));
        }
        if !missing.is_empty() {
            first.get_or_insert(crate::hir::missing_args(name, "positional", &missing));
        }
        if !missing_kwonly.is_empty() {
            first.get_or_insert(crate::hir::missing_args(
                name,
                "keyword-only",
                &missing_kwonly,
            ));
        }
        match (first, ok) {
            (Some(msg), _) => Err(msg),
            (None, false) => unreachable!("a mismatch without a message"),
            (None, true) => Ok((prelude, args)),
        }
    }

    /// `dict.fromkeys(keys[, value])`: the arguments in hidden variables (in order), then the
    /// dict comprehension `{k: value for k in keys}` over them.
    fn dict_fromkeys(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if !(1..=2).contains(&c.args.len()) || !c.keywords.is_empty() {
            return self.unsupported(
                span,
                "`dict.fromkeys()` without one or two arguments",
                scope,
            );
        }
        let mut prelude = vec![];
        let keys = self.arg_expr(&c.args[0], scope, sigs);
        let keys = hoist(keys, "$fromkeys", scope, &mut prelude);
        let value = match c.args.get(1) {
            Some(v) => self.expr(v, scope, sigs),
            None => self.expr_node(scope, span, ExprKind::None),
        };
        let value = hoist(value, "$fromkeys", scope, &mut prelude);
        // The comprehension reads both by name while it is resolved.
        let name = |l: LocalId, scope: &Scope| scope.locals[l.0 as usize].name.clone();
        let (kn, vn) = (name(keys, scope), name(value, scope));
        scope.local_ids.insert(kn.clone(), keys);
        scope.local_ids.insert(vn.clone(), value);
        let r = c.range;
        let load = |id: &str, ctx| {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(id),
                ctx,
            })
        };
        let comp = ast::Expr::DictComp(ast::ExprDictComp {
            range: r,
            key: Box::new(load("$fromkeys_k", ast::ExprContext::Load)),
            value: Box::new(load(&vn, ast::ExprContext::Load)),
            generators: vec![ast::Comprehension {
                range: Default::default(),
                target: load("$fromkeys_k", ast::ExprContext::Store),
                iter: load(&kn, ast::ExprContext::Load),
                ifs: vec![],
                is_async: false,
            }],
        });
        let d = self.expr(&comp, scope, sigs);
        scope.local_ids.remove(&kn);
        scope.local_ids.remove(&vn);
        self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(d)))
    }

    /// Whether `a` is a call of the builtin `range`.
    /// (`range(*t)` is not one: its arguments are counted when it runs, `star_calls.rs`.)
    pub(super) fn is_range_call(&self, a: &ast::Expr, scope: &Scope) -> bool {
        matches!(a, ast::Expr::Call(c) if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "range" && !self.is_user_name("range", scope))
            && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))))
    }

    /// An argument of a call that consumes an iterable right away (`sum(…)`, `"".join(…)`): a
    /// generator expression there is evaluated as the list of its values.
    pub(super) fn arg_expr(
        &mut self,
        a: &ast::Expr,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        match a {
            ast::Expr::GeneratorExp(g) => {
                let span = self.span(g.range);
                self.list_comp(&g.generators, CompElt::List(&g.elt), span, scope, sigs)
            }
            // `sum(map(f, xs))`: the list comprehension it stands for.
            ast::Expr::Call(c) if self.iterator_builtin(c, scope).is_some() => {
                let name = self.iterator_builtin(c, scope).expect("checked");
                let span = self.span(c.range);
                match self.iterator_call(&name, c, span) {
                    Some(g) => {
                        self.list_comp(&g.generators, CompElt::List(&g.elt), span, scope, sigs)
                    }
                    None => self.expr_node(scope, span, ExprKind::None),
                }
            }
            // `zip(names, range(n))`, `len(range(a, b))`, `any(range(n))`: the list of the
            // counted loop's values.
            ast::Expr::Call(c) if self.is_range_call(a, scope) => {
                let span = self.span(c.range);
                match self.range_list(a, span, scope, sigs) {
                    Some(list) => list,
                    None => self.expr(a, scope, sigs),
                }
            }
            _ => self.expr(a, scope, sigs),
        }
    }

    /// The iterator builtin a call is of (`map`, `zip`, …, not shadowed by the program).
    pub(super) fn iterator_builtin(&self, c: &ast::ExprCall, scope: &Scope) -> Option<String> {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return None;
        };
        let name = n.id.as_str();
        (super::iterators::ITERATOR_BUILTINS.contains(&name) && !self.is_user_name(name, scope))
            .then(|| name.to_string())
    }

    /// `print(a, *xs, sep=s, end=e)`: `print(s.join([str(a)] + [str(x) for x in xs]), end=e)`.
    fn print_starred(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let r = c.range;
        let name = |id: &str, ctx: ast::ExprContext| {
            ast::Expr::Name(ast::ExprName {
                range: r,
                id: ast::Identifier::new(id),
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
        // Each argument's str, in a list: `[str(a)] + [str(x) for x in xs] + …`.
        let to_str = |v: ast::Expr| call(name("str", ast::ExprContext::Load), vec![v], vec![]);
        let concat = super::star_calls::starred_list(&c.args, r, "$print_item", to_str);
        let mut sep = ast::Expr::Constant(ast::ExprConstant {
            range: r,
            value: ast::Constant::Str(" ".into()),
            kind: None,
        });
        let mut keywords = vec![];
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => sep = k.value.clone(),
                Some("end" | "file" | "flush") => keywords.push(k.clone()),
                _ => return self.unsupported(span, "this keyword argument of `print()`", scope),
            }
        }
        let join = ast::Expr::Attribute(ast::ExprAttribute {
            range: r,
            value: Box::new(sep),
            attr: ast::Identifier::new("join"),
            ctx: ast::ExprContext::Load,
        });
        let joined = call(join, vec![concat.expect("a starred argument")], vec![]);
        let printed = call(
            name("print", ast::ExprContext::Load),
            vec![joined],
            keywords,
        );
        self.expr(&printed, scope, sigs)
    }

    /// `Class.f` naming a `@staticmethod` (the class not shadowed by a variable).
    fn static_method(&mut self, a: &ast::ExprAttribute, scope: &Scope) -> Option<FuncId> {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return None;
        };
        let cid = self.class_named(n.id.as_str(), scope)?;
        let fid = self.lookup_method(cid, a.attr.as_str())?;
        let is = |c: &Class| c.statics.contains(&fid) || c.classmethods.contains(&fid);
        let own = self.classes[cid.0 as usize].method(a.attr.as_str()) == Some(fid);
        let cm = self.classes.iter().any(|c| c.classmethods.contains(&fid));
        if cm && !own {
            let span = self.span(a.range);
            let msg = format!(
                "an inherited @classmethod called through the subclass `{}`",
                n.id
            );
            self.errors.push(Diagnostic::unsupported(span, &msg));
        }
        self.classes.iter().any(is).then_some(fid)
    }

    /// `sum(xs, start)`: `start` plus each item in turn, left to right (CPython 3.11's order,
    /// so float sums round as there).
    fn sum_from(
        &mut self,
        items: &ast::Expr,
        start: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut prelude = vec![];
        let it = self.expr(items, scope, sigs);
        let it = hoist(it, "$sum_items", scope, &mut prelude);
        let acc = self.expr(start, scope, sigs);
        let acc = hoist(acc, "$sum", scope, &mut prelude);
        // A str start: CPython's TypeError (decided by its type, before any item is read).
        let start_value = self.load(scope, span, acc);
        let is_str = self.expr_node(
            scope,
            span,
            ExprKind::IsInstance(Box::new(start_value), vec![TypeRef::Builtin("str")]),
        );
        let msg = "sum() can't sum strings [use ''.join(seq) instead]";
        let msg = self.expr_node(scope, span, ExprKind::Str(msg.into()));
        prelude.push(type_error_if(is_str, msg, span));
        self.fold(prelude, it, acc, span, scope, |a, x| {
            ExprKind::Binary(BinOp::Add, Box::new(a), Box::new(x))
        })
    }

    /// After `prelude`, `acc = step(acc, item)` for each item of local `items`; then `acc`.
    fn fold(
        &mut self,
        mut prelude: Vec<Stmt>,
        items: LocalId,
        acc: LocalId,
        span: Span,
        scope: &mut Scope,
        step: impl FnOnce(Expr, Expr) -> ExprKind,
    ) -> Expr {
        let item = hidden_local(scope, "$fold_item", span);
        let (a, x) = (self.load(scope, span, acc), self.load(scope, span, item));
        let next = self.expr_node(scope, span, step(a, x));
        let iter = self.load(scope, span, items);
        prelude.push(for_each(
            span,
            item,
            iter,
            StmtKind::Assign(Place::Local(acc), next),
        ));
        let result = self.load(scope, span, acc);
        self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(result)))
    }

    /// `kind` as an expression, after the statements of `prelude` when there are any.
    pub(super) fn with_prelude(
        &mut self,
        prelude: Vec<Stmt>,
        kind: ExprKind,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let e = self.expr_node(scope, span, kind);
        if prelude.is_empty() {
            return e;
        }
        self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(e)))
    }

    pub(super) fn is_math_alias(&self, name: &str, scope: &Scope) -> bool {
        self.math_aliases.contains(name)
            && !scope.local_ids.contains_key(name)
            && !self.global_ids.contains_key(name)
    }

    /// The `math` member a bare name was imported as (`from math import sqrt`).
    pub(super) fn math_member(&self, name: &str, scope: &Scope) -> Option<String> {
        if scope.local_ids.contains_key(name) || self.global_ids.contains_key(name) {
            return None;
        }
        self.math_members.get(name).cloned()
    }

    /// `math.<member>(args)`.
    pub(super) fn math_call(
        &mut self,
        member: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if member == "isclose" && c.args.len() == 2 {
            return self.math_isclose(c, span, scope, sigs);
        }
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments to a `math` function", scope);
        }
        let starred = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        // `math.hypot(x, y, z)`, `math.hypot(*v)`: of the list of the coordinates.
        if member == "hypot" && (starred || c.args.len() != 2) {
            let coords = ast::Expr::List(ast::ExprList {
                range: c.range,
                elts: c.args.clone(),
                ctx: ast::ExprContext::Load,
            });
            let coords = self.expr(&coords, scope, sigs);
            return self.expr_node(scope, span, ExprKind::Builtin(Builtin::Hypot, vec![coords]));
        }
        // `math.dist(p, q)`: of the lists of their coordinates.
        if member == "dist" && c.args.len() == 2 && !starred {
            let points = c.args.iter().map(|a| {
                let p = self.expr(a, scope, sigs);
                self.expr_node(scope, span, ExprKind::Builtin(Builtin::List, vec![p]))
            });
            let points = points.collect();
            return self.expr_node(scope, span, ExprKind::Builtin(Builtin::Dist, points));
        }
        if matches!(member, "gcd" | "lcm") && starred {
            return self.math_gcd_lcm_spread(member, c, span, scope, sigs);
        }
        if matches!(member, "gcd" | "lcm") && c.args.len() != 2 {
            return self.math_gcd_lcm(member, c, span, scope, sigs);
        }
        let Some(i) = crate::builtins::math_fn(member, c.args.len()) else {
            return self.unsupported(
                span,
                &format!("`math.{member}()` with {} arguments", c.args.len()),
                scope,
            );
        };
        let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        self.expr_node(
            scope,
            span,
            ExprKind::Builtin(Builtin::Math(i as u16), args),
        )
    }

    /// `math.gcd` / `math.lcm` of any number of ints: of none, 0 (1 for `lcm`); of one, the
    /// two-argument form with 0 (1), its absolute value; of more, folded from the left.
    fn math_gcd_lcm(
        &mut self,
        member: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let unit = i64::from(member == "lcm");
        let Some(i) = crate::builtins::math_fn(member, 2) else {
            unreachable!("math.{member} takes two arguments")
        };
        let mut args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        if args.len() == 1 {
            args.push(self.expr_node(scope, span, ExprKind::Int(unit)));
        }
        let mut args = args.into_iter();
        let Some(mut acc) = args.next() else {
            return self.expr_node(scope, span, ExprKind::Int(unit));
        };
        for a in args {
            let call = ExprKind::Builtin(Builtin::Math(i as u16), vec![acc, a]);
            acc = self.expr_node(scope, span, call);
        }
        acc
    }

    /// `math.gcd(*xs)` / `math.lcm(a, *xs)`: the arguments as a list (`[a, *xs]`), folded
    /// from 0 (1 for `lcm`), which gives the one-argument and empty cases too.
    fn math_gcd_lcm_spread(
        &mut self,
        member: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let Some(i) = crate::builtins::math_fn(member, 2) else {
            unreachable!("math.{member} takes two arguments")
        };
        let display = ast::Expr::List(ast::ExprList {
            elts: c.args.clone(),
            ctx: ast::ExprContext::Load,
            range: c.range,
        });
        let mut prelude = vec![];
        let items = self.expr(&display, scope, sigs);
        let items = hoist(items, "$math_items", scope, &mut prelude);
        let unit = self.expr_node(scope, span, ExprKind::Int(i64::from(member == "lcm")));
        let acc = hoist(unit, "$math_acc", scope, &mut prelude);
        self.fold(prelude, items, acc, span, scope, |a, x| {
            ExprKind::Builtin(Builtin::Math(i as u16), vec![a, x])
        })
    }

    /// `math.isclose(a, b, rel_tol=…, abs_tol=…)`: the keyword-only tolerances, in any order,
    /// each defaulting to CPython's value; evaluated left to right as written.
    fn math_isclose(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let kws = crate::builtins::ISCLOSE_KEYWORDS;
        let mut given: Vec<Option<Expr>> = vec![None; kws.len()];
        let mut args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        for k in &c.keywords {
            let name = k.arg.as_ref().map(|a| a.as_str());
            let Some(at) = kws.iter().position(|(n, _)| Some(*n) == name) else {
                let what = match name {
                    Some(n) => format!("`math.isclose()` with the keyword `{n}`"),
                    None => "`**` in a call of `math.isclose()`".to_string(),
                };
                return self.unsupported(span, &what, scope);
            };
            if given[at].is_some() {
                return self.unsupported(span, "a repeated keyword argument", scope);
            }
            given[at] = Some(self.expr(&k.value, scope, sigs));
        }
        for ((_, default), g) in kws.iter().zip(given) {
            args.push(g.unwrap_or_else(|| self.expr_node(scope, span, ExprKind::Float(*default))));
        }
        let i = crate::builtins::math_fn("isclose", 4).expect("isclose is a math function");
        self.expr_node(
            scope,
            span,
            ExprKind::Builtin(Builtin::Math(i as u16), args),
        )
    }

    /// An argument of `print`, which prints `str(arg)`: a conditional expression becomes one
    /// over its branches' strs, so the branches may have different types
    /// (`print(d if d < BIG else "unreachable")`).
    fn print_arg(&mut self, a: &ast::Expr, scope: &mut Scope, sigs: &[Signature]) -> Expr {
        if let Some(e) = self.type_display(a, scope, sigs) {
            return e;
        }
        let ast::Expr::IfExp(x) = a else {
            if self.is_range_call(a, scope) {
                // Printed as itself: `range(0, 5)`.
                return self.expr(a, scope, sigs);
            }
            return self.arg_expr(a, scope, sigs);
        };
        let span = self.span(x.range);
        let test = self.expr(&x.test, scope, sigs);
        let branch = |this: &mut Self, e: &ast::Expr, scope: &mut Scope| {
            let v = this.print_arg(e, scope, sigs);
            if matches!(v.kind, ExprKind::IfExp(..) | ExprKind::Str(_)) {
                return v;
            }
            let vspan = v.span;
            this.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Str, vec![v]))
        };
        let body = branch(self, &x.body, scope);
        let orelse = branch(self, &x.orelse, scope);
        self.expr_node(
            scope,
            span,
            ExprKind::IfExp(Box::new(test), Box::new(body), Box::new(orelse)),
        )
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str, scope: &mut Scope) -> Expr {
        self.errors.push(Diagnostic::unsupported(span, what));
        self.expr_node(scope, span, ExprKind::None)
    }

    pub(super) fn call(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if let ast::Expr::Attribute(attr) = c.func.as_ref() {
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if self.is_math_alias(n.id.as_str(), scope) {
                    return self.math_call(attr.attr.as_str(), c, span, scope, sigs);
                }
            }
            if let Some(member) = self.sys_member_of(attr, scope) {
                return self.sys_call(&member, c, span, scope, sigs);
            }
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if attr.attr.as_str() == "defaultdict"
                    && self.collections_aliases.contains(n.id.as_str())
                    && !self.is_user_name(n.id.as_str(), scope)
                {
                    return self.defaultdict_call(c, span, scope, sigs);
                }
            }
            // `dict.fromkeys(keys[, value])`: `{k: value for k in keys}` with `value` evaluated
            // once (every key shares it, as in CPython).
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if n.id.as_str() == "dict"
                    && attr.attr.as_str() == "fromkeys"
                    && !self.is_user_name("dict", scope)
                {
                    return self.dict_fromkeys(c, span, scope, sigs);
                }
            }
            // `int.from_bytes(data, byteorder="big", *, signed=False)`.
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if n.id.as_str() == "int"
                    && attr.attr.as_str() == "from_bytes"
                    && !self.is_user_name("int", scope)
                {
                    return self.int_from_bytes(c, span, scope, sigs);
                }
            }
            // `float.fromhex(s)` / `bytes.fromhex(s)` of the builtin type.
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                let ty = n.id.as_str();
                if matches!(ty, "float" | "bytes")
                    && attr.attr.as_str() == "fromhex"
                    && !self.is_user_name(ty, scope)
                {
                    if c.args.len() != 1 || !c.keywords.is_empty() {
                        let what = format!("`{ty}.fromhex()` without one argument");
                        return self.unsupported(span, &what, scope);
                    }
                    let arg = self.expr(&c.args[0], scope, sigs);
                    let b = if ty == "float" {
                        Builtin::FloatFromHex
                    } else {
                        Builtin::BytesFromHex
                    };
                    return self.expr_node(scope, span, ExprKind::Builtin(b, vec![arg]));
                }
            }
            // `sys.stdout.write(s)`: print without a newline.
            if let ast::Expr::Attribute(inner) = attr.value.as_ref() {
                if matches!(
                    attr.attr.as_str(),
                    "read" | "readline" | "readlines" | "isatty"
                ) && self.sys_member_of(inner, scope).as_deref() == Some("stdin")
                {
                    let member = format!("stdin.{}", attr.attr);
                    return self.sys_call(&member, c, span, scope, sigs);
                }
                if matches!(attr.attr.as_str(), "write" | "flush" | "isatty") {
                    if let Some(stream) = self.std_stream(attr.value.as_ref(), scope) {
                        let member = format!("{stream}.{}", attr.attr);
                        return self.sys_call(&member, c, span, scope, sigs);
                    }
                }
            }
            if c.keywords.iter().filter(|k| k.arg.is_none()).count() > 1 {
                return self.unsupported(span, "several `**` arguments in a method call", scope);
            }
            if attr.attr.as_str() == "format" {
                if let Some(text) = self.literal_str(&attr.value, scope) {
                    return self.str_format(&text, c, span, scope, sigs);
                }
            }
            // `template.format_map(d)`: `template.format(**d)`.
            if let ("format_map", [mapping], true) =
                (attr.attr.as_str(), c.args.as_slice(), c.keywords.is_empty())
            {
                if let Some(text) = self.literal_str(&attr.value, scope) {
                    let call = ast::ExprCall {
                        range: c.range,
                        func: c.func.clone(),
                        args: vec![],
                        keywords: vec![ast::Keyword {
                            range: mapping.range(),
                            arg: None,
                            value: mapping.clone(),
                        }],
                    };
                    return self.str_format(&text, &call, span, scope, sigs);
                }
                // (Of a template known only at run time: its `format` method.)
                let mut format = attr.clone();
                format.attr = ast::Identifier::new("format");
                let call = ast::Expr::Call(ast::ExprCall {
                    range: c.range,
                    func: Box::new(ast::Expr::Attribute(format)),
                    args: vec![],
                    keywords: vec![ast::Keyword {
                        range: mapping.range(),
                        arg: None,
                        value: mapping.clone(),
                    }],
                });
                return self.expr(&call, scope, sigs);
            }
            if let Some(e) = self.object_setattr(attr, c, span, scope, sigs) {
                return e;
            }
            if let Some(e) = self.super_call(attr, c, span, scope, sigs) {
                return e;
            }
            if let Some(e) = self.self_kw_star_call(attr, c, span, scope, sigs) {
                return e;
            }
            // `it.__next__()`: `next(it)`, which calls it (a generator's, a class's own).
            if attr.attr.as_str() == "__next__"
                && c.args.is_empty()
                && c.keywords.is_empty()
                && !self.is_user_name("next", scope)
            {
                let next = ast::Expr::Call(ast::ExprCall {
                    range: c.range,
                    func: Box::new(super::closures::param_load("next", attr.range)),
                    args: vec![(*attr.value).clone()],
                    keywords: vec![],
                });
                return self.expr(&next, scope, sigs);
            }
            if let Some(e) = self.unbound_method_call(attr, c, span, scope, sigs) {
                return e;
            }
            if let Some(fid) = self.static_method(attr, scope) {
                // `Class.f(args)` of a `@staticmethod` or `@classmethod`: a plain call; a
                // classmethod gets `None` for `cls` (its uses were resolved statically).
                let is_cm = self.classes.iter().any(|k| k.classmethods.contains(&fid));
                // Named by its qualified name in CPython's messages (`C.make()`).
                let name = match self
                    .classes
                    .iter()
                    .find(|k| k.method(&attr.attr) == Some(fid))
                {
                    Some(k) => format!("{}.{}", crate::hir::py_qualname(&k.name), attr.attr),
                    None => attr.attr.to_string(),
                };
                if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
                    || c.keywords.iter().any(|k| k.arg.is_none())
                {
                    // `Class.f(*xs)`, `Class.f(**d)`.
                    let none = self.expr_node(scope, span, ExprKind::None);
                    let make = |mut args: Vec<Expr>| {
                        if is_cm {
                            args.insert(0, none.clone());
                        }
                        ExprKind::Call(fid, args)
                    };
                    let skip = usize::from(is_cm);
                    let e = if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
                        self.star_call(&name, fid, skip, c, span, scope, sigs, &make)
                    } else {
                        self.kw_star_call(&name, fid, skip, c, span, scope, sigs, &make)
                    };
                    return match e {
                        Some(e) => e,
                        None => self.unsupported(
                            span,
                            "this form of `*` or `**` in a call of a static or class method",
                            scope,
                        ),
                    };
                }
                return match self.match_args(&name, fid, usize::from(is_cm), c, span, scope, sigs) {
                    Ok((prelude, mut args)) => {
                        if is_cm {
                            args.insert(0, self.expr_node(scope, span, ExprKind::None));
                        }
                        self.with_prelude(prelude, ExprKind::Call(fid, args), span, scope)
                    }
                    Err(msg) => self.raising_call(c, msg, span, scope, sigs),
                };
            }
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if self.rejected_names.contains(n.id.as_str())
                    && !scope.local_ids.contains_key(n.id.as_str())
                {
                    // A method of an imported module or a class: already reported.
                    return self.expr_node(scope, span, ExprKind::None);
                }
            }
            // `self.on_done(x)` of an attribute holding a function.
            if self.is_attr_call(&attr.value, attr.attr.as_str(), scope) {
                if let Some(e) = self.value_call(c, span, scope, sigs) {
                    return e;
                }
            }
            // `xs.sort(key=…, reverse=…)` (unless a class of the program has a `sort` method).
            let user_sort = self.classes.iter().any(|k| k.method("sort").is_some());
            if attr.attr.as_str() == "sort" && !c.keywords.is_empty() && !user_sort {
                if let Some(e) = self.keyed_sort(&attr.value, c, span, scope, sigs) {
                    return e;
                }
            }
            if let Some(e) = self.update_with_keywords(c, attr, scope, sigs) {
                return e;
            }
            if let Some(e) = self.dunder_by_name(c, attr, scope, sigs) {
                return e;
            }
            let recv = Box::new(self.expr(&attr.value, scope, sigs));
            let consumes = matches!(attr.attr.as_str(), "join" | "update");
            // `obj.m(a, *t)`: the sequence's items as the last arguments.
            let args = self.spread_args(&c.args, scope, sigs, &|this, a, scope| {
                if consumes {
                    this.arg_expr(a, scope, sigs)
                } else {
                    this.expr(a, scope, sigs)
                }
            });
            let keywords: Vec<(String, Expr)> = c
                .keywords
                .iter()
                .map(|k| {
                    let name = k.arg.as_ref().map_or("**".to_string(), |a| a.to_string());
                    (name, self.expr(&k.value, scope, sigs))
                })
                .collect();
            let (args, keywords) =
                self.builtin_method_keywords(attr.attr.as_str(), args, keywords, span, scope);
            return self.expr_node(
                scope,
                span,
                ExprKind::Method {
                    recv,
                    name: attr.attr.to_string(),
                    args,
                    keywords,
                },
            );
        }
        let ast::Expr::Name(n) = c.func.as_ref() else {
            // `make_adder(1)(2)`, `ops[name](a, b)`: a call of a function value.
            return match self.value_call(c, span, scope, sigs) {
                Some(e) => e,
                None => self.unsupported(span, "this form of `*` or `**` in a call", scope),
            };
        };
        let name = n.id.as_str();
        if let Some(e) = self.attr_builtin(name, c, span, scope, sigs) {
            return e;
        }
        // `ascii(x)`: the repr with non-ASCII characters escaped.
        if name == "ascii"
            && !self.is_user_name(name, scope)
            && c.args.len() == 1
            && c.keywords.is_empty()
        {
            let x = self.expr(&c.args[0], scope, sigs);
            let r = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Repr, vec![x]));
            return self.expr_node(scope, span, ExprKind::Builtin(Builtin::Ascii, vec![r]));
        }
        if let Some(it) = self.iterator_builtin(c, scope) {
            // `map(f, xs)` and friends as values: lazy generator expressions.
            return self.iterator_value(&it, c, span, scope, sigs);
        }
        if name == "print"
            && !self.is_user_name(name, scope)
            && c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        {
            return self.print_starred(c, span, scope, sigs);
        }
        let gcd_lcm = self
            .math_member(name, scope)
            .filter(|m| matches!(m.as_str(), "gcd" | "lcm"));
        if let Some(member) = gcd_lcm.filter(|_| c.keywords.is_empty()) {
            return self.math_call(&member, c, span, scope, sigs);
        }
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.starred_call(name, c, span, scope, sigs);
        }
        if let Some(member) = self.math_member(name, scope) {
            return self.math_call(&member, c, span, scope, sigs);
        }
        if !self.is_user_name(name, scope) && self.defaultdict_names.contains(name) {
            return self.defaultdict_call(c, span, scope, sigs);
        }
        if !self.is_user_name(name, scope) {
            if let Some(member) = self.sys_members.get(name).cloned() {
                return self.sys_call(&member, c, span, scope, sigs);
            }
        }
        let callee_user = scope.local_ids.contains_key(name) || self.global_ids.contains_key(name);
        if name == "isinstance" && !callee_user && !self.func_ids.contains_key(name) {
            return self.isinstance(c, span, scope, sigs);
        }
        if name == "issubclass" && !callee_user && !self.func_ids.contains_key(name) {
            return self.issubclass(c, span, scope, sigs);
        }
        if let (false, Some(fid)) = (callee_user, self.func_ids.get(name).copied()) {
            return match self.match_args(name, fid, 0, c, span, scope, sigs) {
                Ok((prelude, args)) => {
                    self.with_prelude(prelude, ExprKind::Call(fid, args), span, scope)
                }
                Err(msg) => self.raising_call(c, msg, span, scope, sigs),
            };
        }
        let cls_alias = scope
            .cls
            .as_ref()
            .filter(|(c, _)| c == name)
            .map(|(_, cid)| *cid);
        let class = match cls_alias {
            Some(cid) => Some(cid),
            None if callee_user || self.func_ids.contains_key(name) => None,
            None => self.class_ids.get(name).copied(),
        };
        if let Some(cid) = class {
            if let Some(msg) = self.abstract_class(cid) {
                return self.raising_call(c, msg, span, scope, sigs);
            }
            // `Class(args)`: the arguments go to `__init__` after `self`.
            let kind = match self.lookup_method(cid, "__init__") {
                Some(init) => {
                    let shown = self.init_name(cid);
                    match self.match_args(&shown, init, 1, c, span, scope, sigs) {
                        Ok((prelude, args)) => {
                            // (Into a `*args` parameter: all of them, packed.)
                            let packs = sigs[init.0 as usize].kinds.contains(&ParamKind::VarArgs);
                            let n = if packs { args.len() } else { c.args.len() };
                            let new = ExprKind::New(cid, args, n);
                            return self.with_prelude(prelude, new, span, scope);
                        }
                        Err(msg) => return self.raising_call(c, msg, span, scope, sigs),
                    }
                }
                None if c.args.is_empty() && c.keywords.is_empty() => ExprKind::New(cid, vec![], 0),
                // `BaseException.__init__(*args)`: the arguments become `args`.
                None if self.class_exc_kind(cid).is_some() && c.keywords.is_empty() => {
                    let args: Vec<Expr> =
                        c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
                    ExprKind::New(cid, args.clone(), args.len())
                }
                // `object.__init__` takes none: CPython's TypeError when the call runs.
                None => {
                    let msg = format!("{}() takes no arguments", crate::hir::py_name(name));
                    return self.raising_call(c, msg, span, scope, sigs);
                }
            };
            return self.expr_node(scope, span, kind);
        }
        if callee_user {
            // `obj(args)`: a function value, or an instance's `__call__` (inference checks the
            // value's type).
            return match self.value_call(c, span, scope, sigs) {
                Some(e) => e,
                None => self.unsupported(span, "this form of `*` or `**` in a call", scope),
            };
        }
        if name == "eval"
            || name == "exec"
            || name == "compile"
            || name == "globals"
            || name == "locals"
        {
            return self.unsupported(span, &format!("`{name}()`"), scope);
        }
        if name == "iter" && c.args.len() == 1 && c.keywords.is_empty() {
            return self.iter_of(&c.args[0], c.range, scope, sigs);
        }
        if let ("$reversed", [seq]) = (name, c.args.as_slice()) {
            // What `reversed(seq)` iterates: `seq[::-1]`, marked for an instance's
            // `__reversed__`.
            let obj = Box::new(self.expr(seq, scope, sigs));
            let step = Box::new(self.expr_node(scope, span, ExprKind::Int(-1)));
            let slice = ExprKind::Slice {
                obj,
                lower: None,
                upper: None,
                step: Some(step),
                reversed: true,
                object: None,
            };
            return self.expr_node(scope, span, slice);
        }
        if name == "frozenset" {
            // `frozenset(x)`: `set(x)`, frozen.
            let mut set_call = c.clone();
            set_call.func = Box::new(ast::Expr::Name(ast::ExprName {
                range: n.range,
                id: ast::Identifier::new("set"),
                ctx: ast::ExprContext::Load,
            }));
            let set = self.expr(&ast::Expr::Call(set_call), scope, sigs);
            return self.expr_node(
                scope,
                span,
                ExprKind::Builtin(Builtin::FrozenSet, vec![set]),
            );
        }
        // `len(range(a, b, c))`: the range's length by arithmetic (`mir/build/builtins.rs`),
        // without the list of its values.
        if let ("len", [arg @ ast::Expr::Call(rc)], []) =
            (name, c.args.as_slice(), c.keywords.as_slice())
        {
            if !self.is_user_name(name, scope)
                && self.is_range_call(arg, scope)
                && rc.keywords.is_empty()
            {
                let kind = match self.range_bounds(rc, span, scope, sigs) {
                    Some((start, stop, step)) => {
                        let r = ExprKind::Builtin(Builtin::RangeValue, vec![start, stop, step]);
                        let r = self.expr_node(scope, span, r);
                        ExprKind::Builtin(Builtin::Len, vec![r])
                    }
                    None => ExprKind::None,
                };
                return self.expr_node(scope, span, kind);
            }
        }
        if matches!(name, "exit" | "quit") && !self.is_user_name(name, scope) {
            // The interactive helpers (`site`'s): `sys.exit` by another name.
            return self.sys_call("exit", c, span, scope, sigs);
        }
        if name == "sum" && !self.is_user_name(name, scope) {
            let start = match (c.args.as_slice(), c.keywords.as_slice()) {
                ([_, start], []) => Some(start),
                ([_], [k]) if k.arg.as_deref() == Some("start") => Some(&k.value),
                _ => None,
            };
            if let Some(start) = start {
                return self.sum_from(&c.args[0], start, span, scope, sigs);
            }
        }
        let Some(b) = Builtin::from_name(name) else {
            let nspan = self.span(n.range);
            // `range(…)` as a value (`combinations(range(5), 3)`, `r = range(n)`): a range
            // object, laid out as the list of its values.
            if name == "range" && c.keywords.is_empty() {
                let kind = match self.range_bounds(c, span, scope, sigs) {
                    Some((start, stop, step)) => {
                        ExprKind::Builtin(Builtin::RangeValue, vec![start, stop, step])
                    }
                    None => ExprKind::None,
                };
                return self.expr_node(scope, span, kind);
            }
            if self.rejected_names.contains(name) {
                // Calling a class or an imported name: the definition was already reported.
                let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
                drop(args);
                return self.expr_node(scope, span, ExprKind::None);
            }
            if let Some(k) = natrix_abi::ExcKind::from_name(name) {
                // `err = ValueError("bad")`: an exception object, raised later (or never).
                if !c.keywords.is_empty() {
                    return self.unsupported(span, "keyword arguments to an exception", scope);
                }
                let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
                return self.expr_node(scope, span, ExprKind::Builtin(Builtin::NewExc(k), args));
            }
            if self.rejected_names.contains(name) {
                // Its binding was already reported as unsupported.
                return self.expr_node(scope, span, ExprKind::None);
            }
            self.errors.push(
                Diagnostic::new(
                    Code::UndefinedName,
                    nspan,
                    format!(
                        "name `{name}` is not defined, or is a builtin natrix does not support yet"
                    ),
                )
                .label("not found"),
            );
            return self.expr_node(scope, span, ExprKind::None);
        };
        // range(...) as a value (list(range(…)), set(range(…)), sum(range(…)), …): the list of
        // the counted loop's values.
        if matches!(
            b,
            Builtin::List
                | Builtin::Set
                | Builtin::Sorted
                | Builtin::Sum
                | Builtin::Min
                | Builtin::Max
        ) && c.args.len() == 1
            && c.keywords.is_empty()
        {
            if let Some(list) = self.range_list(&c.args[0], span, scope, sigs) {
                if b == Builtin::List {
                    return list;
                }
                return self.expr_node(scope, span, ExprKind::Builtin(b, vec![list]));
            }
        }
        if b == Builtin::Dict {
            if let Some(e) = self.dict_with_keywords(c, span, scope, sigs) {
                return e;
            }
        }
        if b == Builtin::Print {
            if let Some(e) = self.print_to_file(c, scope, sigs) {
                return e;
            }
        }
        // `min(xs)` / `max(xs)` of one iterable: a loop comparing with `<` / `>` (so tuples and
        // instances with `__lt__` work too).
        let one_iterable = c.args.len() == 1 && matches!(b, Builtin::Min | Builtin::Max);
        if matches!(b, Builtin::Sorted | Builtin::Min | Builtin::Max)
            && (!c.keywords.is_empty() || one_iterable)
        {
            return self.keyed_builtin(b, c, span, scope, sigs);
        }
        let args: Vec<Expr> = c
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                if b == Builtin::Print {
                    self.print_arg(a, scope, sigs)
                } else if let (Builtin::Str | Builtin::Repr | Builtin::Format, Some(e)) =
                    (b, self.type_display(a, scope, sigs))
                {
                    e
                } else if matches!(
                    b,
                    Builtin::Str | Builtin::Repr | Builtin::Format | Builtin::Ascii
                ) && self.is_range_call(a, scope)
                {
                    // `str(range(3))`: the range object, shown as itself.
                    self.expr(a, scope, sigs)
                } else if b == Builtin::Next && i == 0 {
                    // `next(x for x in xs if …)`: the generator itself, advanced once.
                    self.expr(a, scope, sigs)
                } else if matches!(b, Builtin::Any | Builtin::All)
                    && matches!(a, ast::Expr::GeneratorExp(_))
                {
                    // `any(f(x) for x in xs)`: the generator itself, run only until a value
                    // decides (MIR's `any_all_generator`).
                    self.expr(a, scope, sigs)
                } else {
                    self.arg_expr(a, scope, sigs)
                }
            })
            .collect();
        if b == Builtin::Print {
            let (mut sep, mut end, mut stderr, mut flush) = (None, None, false, None);
            for k in &c.keywords {
                if k.arg.as_ref().is_some_and(|a| a.as_str() == "file") {
                    match self.std_stream(&k.value, scope) {
                        Some(s) => stderr = s == "stderr",
                        None => {
                            let ks = self.span(k.value.range());
                            self.errors.push(Diagnostic::unsupported(
                                ks,
                                "`print(file=…)` to a file other than sys.stdout or sys.stderr",
                            ));
                        }
                    }
                    continue;
                }
                let v = Box::new(self.expr(&k.value, scope, sigs));
                match k.arg.as_ref().map(|a| a.as_str()) {
                    Some("sep") => sep = Some(v),
                    Some("end") => end = Some(v),
                    Some("flush") => flush = Some(v),
                    _ => {
                        let ks = self.span(k.range);
                        self.errors.push(Diagnostic::unsupported(
                            ks,
                            "this keyword argument of `print()`",
                        ));
                    }
                }
            }
            let print = ExprKind::Print {
                args,
                sep,
                end,
                stderr,
                flush,
            };
            return self.expr_node(scope, span, print);
        }
        let mut args = args;
        // `int(text, base=2)`.
        if let ([k], Builtin::Int, 1) = (c.keywords.as_slice(), b, args.len()) {
            if k.arg.as_ref().is_some_and(|a| a.as_str() == "base") {
                args.push(self.expr(&k.value, scope, sigs));
                return self.expr_node(scope, span, ExprKind::Builtin(b, args));
            }
        }
        self.codec_keywords(b, name, &mut args, c, span, scope, sigs);
        self.expr_node(scope, span, ExprKind::Builtin(b, args))
    }
}

/// The span of an argument expression.
fn a_span(r: &Resolver, a: &ast::Expr) -> Span {
    r.span(a.range())
}

/// Evaluates `value` into a fresh hidden local (named from `prefix`) by a statement appended to
/// `prelude`, so it can be read later, once or several times, in any order.
/// `if test: raise TypeError(msg)`.
pub(super) fn type_error_if(test: Expr, msg: Expr, span: Span) -> Stmt {
    let raise = Stmt {
        span,
        kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None),
    };
    Stmt {
        span,
        kind: StmtKind::If(test, vec![raise], vec![]),
    }
}

pub(super) fn hoist(
    value: Expr,
    prefix: &str,
    scope: &mut Scope,
    prelude: &mut Vec<Stmt>,
) -> LocalId {
    let tmp = hidden_local(scope, prefix, value.span);
    prelude.push(Stmt {
        span: value.span,
        kind: StmtKind::Assign(Place::Local(tmp), value),
    });
    tmp
}
