//! Key functions: `sorted`, `list.sort`, `min` and `max` with `key=`, `reverse=` and
//! `default=`, desugared into a loop that computes each item's key once, then a stable keyed
//! sort (`ExprKind::SortBy`) or a running best. A `lambda` key is inlined: its parameter is the
//! loop's item variable and its body is resolved in the enclosing scope, so it reads the
//! enclosing variables as CPython's closure would at the time of the call.

use super::calls::hoist;
use super::*;

impl Resolver<'_> {
    /// `sorted(xs, key=…, reverse=…)`, `min(xs, key=…, default=…)`, `max(…)`.
    pub(super) fn keyed_builtin(
        &mut self,
        b: Builtin,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let name = b.name();
        let mut key = None;
        let mut reverse = None;
        let mut default = None;
        for k in &c.keywords {
            match (k.arg.as_ref().map(|a| a.as_str()), b) {
                // `key=None`: the items are their own keys.
                (Some("key"), _) if is_none(&k.value) => {}
                (Some("key"), _) => key = Some(&k.value),
                (Some("reverse"), Builtin::Sorted) => reverse = Some(&k.value),
                (Some("default"), Builtin::Min | Builtin::Max) => default = Some(&k.value),
                _ => {
                    let ks = self.span(k.range);
                    let what = format!("this keyword argument of `{name}()`");
                    self.errors.push(Diagnostic::unsupported(ks, &what));
                    return self.expr_node(scope, span, ExprKind::None);
                }
            }
        }
        let one_iterable = c.args.len() == 1;
        if c.args.is_empty() || (b == Builtin::Sorted && !one_iterable) {
            let msg = format!(
                "{name}() expected {} argument{}, got {}",
                if b == Builtin::Sorted {
                    "1"
                } else {
                    "at least 1"
                },
                if b == Builtin::Sorted { "" } else { "s" },
                c.args.len()
            );
            self.errors
                .push(Diagnostic::new(Code::ArgumentMismatch, span, msg).label("in this call"));
            return self.expr_node(scope, span, ExprKind::None);
        }
        if default.is_some() && !one_iterable {
            let msg =
                format!("Cannot specify a default for {name}() with multiple positional arguments");
            self.errors
                .push(Diagnostic::new(Code::ArgumentMismatch, span, msg).label("in this call"));
            return self.expr_node(scope, span, ExprKind::None);
        }
        let mut prelude = vec![];
        // The items: the one iterable, or the positional arguments (`max(a, b, key=f)`).
        let items = if one_iterable {
            match self.range_list(&c.args[0], span, scope, sigs) {
                Some(list) => list,
                None => self.arg_expr(&c.args[0], scope, sigs),
            }
        } else {
            let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
            self.expr_node(scope, span, ExprKind::List(args))
        };
        if b == Builtin::Sorted {
            let copy = self.expr_node(scope, span, ExprKind::Builtin(Builtin::List, vec![items]));
            let list = hoist(copy, "$sorted", scope, &mut prelude);
            self.sort_by(list, key, reverse, span, scope, sigs, &mut prelude);
            return self.with_prelude(prelude, ExprKind::Load(Place::Local(list)), span, scope);
        }
        let default = default.map(|d| self.expr(d, scope, sigs));
        let best = self.running_best(b, items, key, default, span, scope, sigs, &mut prelude);
        self.with_prelude(prelude, ExprKind::Load(Place::Local(best)), span, scope)
    }

    /// `xs.sort(key=…, reverse=…)`: `None` when the call passes other arguments.
    pub(super) fn keyed_sort(
        &mut self,
        recv: &ast::Expr,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        if !c.args.is_empty() {
            return None;
        }
        let mut key = None;
        let mut reverse = None;
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key") if is_none(&k.value) => {}
                Some("key") => key = Some(&k.value),
                Some("reverse") => reverse = Some(&k.value),
                _ => return None,
            }
        }
        let mut prelude = vec![];
        let r = self.expr(recv, scope, sigs);
        let list = hoist(r, "$sort", scope, &mut prelude);
        self.sort_by(list, key, reverse, span, scope, sigs, &mut prelude);
        Some(self.with_prelude(prelude, ExprKind::None, span, scope))
    }

    /// Statements sorting the list in `list` in place: the keys into a parallel list (each
    /// computed once, in order), then a stable sort of the list by them. A key that is a
    /// variable may be None (`def top(xs, key=None): return sorted(xs, key=key)`): it is
    /// tested, and None sorts by the items (the types usually decide the test when compiling).
    #[allow(clippy::too_many_arguments)]
    fn sort_by(
        &mut self,
        list: LocalId,
        key: Option<&ast::Expr>,
        reverse: Option<&ast::Expr>,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        prelude: &mut Vec<Stmt>,
    ) {
        let reverse = match reverse {
            Some(r) => self.expr(r, scope, sigs),
            None => self.expr_node(scope, span, ExprKind::Bool(false)),
        };
        let reverse = hoist(reverse, "$reverse", scope, prelude);
        if let Some(ast::Expr::Name(n)) = key {
            let name = n.id.as_str();
            let variable = (scope.local_ids.contains_key(name)
                || self.global_ids.contains_key(name))
                && !self.func_ids.contains_key(name);
            if variable {
                let k = self.expr(key.expect("a key"), scope, sigs);
                let test = ExprKind::IsNone {
                    value: Box::new(k),
                    negated: false,
                };
                let test = self.expr_node(scope, span, test);
                let mut by_items = vec![];
                self.sort_with(list, None, reverse, span, scope, sigs, &mut by_items);
                let mut by_keys = vec![];
                self.sort_with(list, key, reverse, span, scope, sigs, &mut by_keys);
                prelude.push(Stmt {
                    span,
                    kind: StmtKind::If(test, by_items, by_keys),
                });
                return;
            }
        }
        self.sort_with(list, key, reverse, span, scope, sigs, prelude);
    }

    /// [`Self::sort_by`] once the order is in `reverse` and the key, if any, is a function.
    #[allow(clippy::too_many_arguments)]
    fn sort_with(
        &mut self,
        list: LocalId,
        key: Option<&ast::Expr>,
        reverse: LocalId,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        prelude: &mut Vec<Stmt>,
    ) {
        let keys = match key {
            // Without a key the items are their own keys.
            None => list,
            Some(k) => {
                let empty = self.expr_node(scope, span, ExprKind::List(vec![]));
                let keys = hoist(empty, "$keys", scope, prelude);
                let item = hidden_local(scope, "$item", span);
                let kv = self.key_call(k, item, scope, sigs);
                let recv = self.load(scope, span, keys);
                let append = ExprKind::Method {
                    recv: Box::new(recv),
                    name: "append".into(),
                    args: vec![kv],
                    keywords: vec![],
                };
                let append = self.expr_node(scope, span, append);
                // The keys of the items there are now: a key function that appends to the
                // list must not make the loop endless (the sort then reports the change).
                let whole = self.load(scope, span, list);
                let copy = ExprKind::Slice {
                    obj: Box::new(whole),
                    lower: None,
                    upper: None,
                    step: None,
                    reversed: false,
                    object: None,
                };
                let iter = self.expr_node(scope, span, copy);
                prelude.push(for_each(span, item, iter, StmtKind::Expr(append)));
                keys
            }
        };
        let sort = ExprKind::SortBy {
            list: Box::new(self.load(scope, span, list)),
            keys: Box::new(self.load(scope, span, keys)),
            reverse: Box::new(self.load(scope, span, reverse)),
        };
        let sort = self.expr_node(scope, span, sort);
        prelude.push(Stmt {
            span,
            kind: StmtKind::Expr(sort),
        });
    }

    /// Statements finding the first item with the smallest (`min`) or largest (`max`) key; the
    /// local holding it. Empty: `default`, else CPython's ValueError.
    #[allow(clippy::too_many_arguments)]
    fn running_best(
        &mut self,
        b: Builtin,
        items: Expr,
        key: Option<&ast::Expr>,
        default: Option<Expr>,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        prelude: &mut Vec<Stmt>,
    ) -> LocalId {
        let items = hoist(items, "$items", scope, prelude);
        let yes = self.expr_node(scope, span, ExprKind::Bool(true));
        let first = hoist(yes, "$first", scope, prelude);
        let best = hidden_local(scope, "$best", span);
        let best_key = hidden_local(scope, "$best_key", span);
        let item = hidden_local(scope, "$item", span);
        let mut body = vec![];
        let k = match key {
            Some(kf) => {
                let kv = self.key_call(kf, item, scope, sigs);
                let k = hidden_local(scope, "$key", span);
                body.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(k), kv),
                });
                k
            }
            None => item,
        };
        // `first or key < best_key` (`>` for max): the first of equal keys wins.
        let op = if b == Builtin::Min {
            CmpOp::Lt
        } else {
            CmpOp::Gt
        };
        let (kl, bkl) = (self.load(scope, span, k), self.load(scope, span, best_key));
        let better = self.expr_node(
            scope,
            span,
            ExprKind::Compare(Box::new(kl), vec![(op, bkl)]),
        );
        let is_first = self.load(scope, span, first);
        let cond = ExprKind::BoolOp {
            is_and: false,
            values: vec![is_first, better],
        };
        let cond = self.expr_node(scope, span, cond);
        let no = self.expr_node(scope, span, ExprKind::Bool(false));
        let take = vec![
            self.assign_local(scope, span, best, item),
            self.assign_local(scope, span, best_key, k),
            Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(first), no),
            },
        ];
        body.push(Stmt {
            span,
            kind: StmtKind::If(cond, take, vec![]),
        });
        let iter = self.load(scope, span, items);
        prelude.push(Stmt {
            span,
            kind: StmtKind::ForIter {
                var: Place::Local(item),
                iter,
                body,
                orelse: vec![],
            },
        });
        let empty = match default {
            Some(d) => Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(best), d),
            },
            None => {
                let msg = format!("{}() arg is an empty sequence", b.name());
                let msg = self.expr_node(scope, span, ExprKind::Str(msg));
                Stmt {
                    span,
                    kind: StmtKind::Raise(
                        Raise::New(natrix_abi::ExcKind::ValueError, Some(msg)),
                        None,
                    ),
                }
            }
        };
        let still_first = self.load(scope, span, first);
        prelude.push(Stmt {
            span,
            kind: StmtKind::If(still_first, vec![empty], vec![]),
        });
        best
    }

    /// The key of the item in local `item`: a lambda's body with its parameter bound to the
    /// item, `x.m()` for `key=str.m`, else a call `key(item)`.
    fn key_call(
        &mut self,
        key: &ast::Expr,
        item: LocalId,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let span = self.span(key.range());
        match key {
            ast::Expr::Lambda(l) => {
                let a = &l.args;
                let simple = a.args.len() == 1
                    && a.posonlyargs.is_empty()
                    && a.kwonlyargs.is_empty()
                    && a.vararg.is_none()
                    && a.kwarg.is_none();
                if !simple {
                    return self.unsupported(
                        span,
                        "a key lambda without exactly one parameter",
                        scope,
                    );
                }
                let param = a.args[0].def.arg.to_string();
                let old = scope.local_ids.insert(param.clone(), item);
                let body = self.expr(&l.body, scope, sigs);
                match old {
                    Some(o) => scope.local_ids.insert(param, o),
                    None => scope.local_ids.remove(&param),
                };
                body
            }
            // `key=str.lower`: the method of the item.
            ast::Expr::Attribute(a)
                if matches!(a.value.as_ref(), ast::Expr::Name(n)
                    if matches!(n.id.as_str(), "str" | "int" | "float" | "list" | "dict" | "set" | "tuple")
                        && !self.is_user_name(n.id.as_str(), scope)) =>
            {
                let recv = self.load(scope, span, item);
                let m = ExprKind::Method {
                    recv: Box::new(recv),
                    name: a.attr.to_string(),
                    args: vec![],
                    keywords: vec![],
                };
                self.expr_node(scope, span, m)
            }
            // `key=counts.get` (`max(counts, key=counts.get)`): the item's value, `counts[item]`
            // (a key that is missing raises KeyError, see DIFFERENCES).
            ast::Expr::Attribute(a)
                if a.attr.as_str() == "get"
                    && matches!(a.value.as_ref(), ast::Expr::Name(n)
                        if !self.class_ids.contains_key(n.id.as_str())
                            || self.is_user_name(n.id.as_str(), scope)) =>
            {
                let recv = self.expr(&a.value, scope, sigs);
                let at = self.load(scope, span, item);
                self.expr_node(scope, span, ExprKind::Index(Box::new(recv), Box::new(at)))
            }
            _ => {
                // `key=f`: the call `f(item)`, resolved like one the user wrote, with the item
                // bound to a name no program can use.
                let hidden = format!("$key_arg{}", item.0);
                scope.local_ids.insert(hidden.clone(), item);
                let arg = ast::Expr::Name(ast::ExprName {
                    range: key.range(),
                    id: hidden.as_str().into(),
                    ctx: ast::ExprContext::Load,
                });
                let call = ast::Expr::Call(ast::ExprCall {
                    range: key.range(),
                    func: Box::new(key.clone()),
                    args: vec![arg],
                    keywords: vec![],
                });
                let e = self.expr(&call, scope, sigs);
                scope.local_ids.remove(&hidden);
                e
            }
        }
    }

    /// A read of local `l`.
    pub(super) fn load(&mut self, scope: &mut Scope, span: Span, l: LocalId) -> Expr {
        self.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
    }

    fn assign_local(&mut self, scope: &mut Scope, span: Span, dst: LocalId, src: LocalId) -> Stmt {
        let value = self.load(scope, span, src);
        Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(dst), value),
        }
    }
}

/// Whether `e` is the literal `None`.
fn is_none(e: &ast::Expr) -> bool {
    matches!(
        e,
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::None,
            ..
        })
    )
}
