//! Calls of methods resolve decides: `super().m(…)` and `Base.m(self, …)` (the base's method,
//! not an override), and keyword arguments of builtin types' methods made positional.

use super::*;

impl Resolver<'_> {
    /// `super().name(args)` inside a method: the method as the defining class's base resolves
    /// it, with the method's `self`. `None` when `attr` is no `super()` call.
    pub(super) fn super_call(
        &mut self,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let ast::Expr::Call(inner) = attr.value.as_ref() else {
            return None;
        };
        if !self.builtin_name(&inner.func, "super", scope) {
            return None;
        }
        let Some(owner) = self.current_method_class else {
            return Some(self.unsupported(span, "`super()` outside a method", scope));
        };
        if !(inner.args.is_empty() || self.explicit_super(inner, owner, scope))
            || !inner.keywords.is_empty()
        {
            return Some(self.unsupported(
                span,
                "`super()` with arguments other than the method's class and `self`",
                scope,
            ));
        }
        let spread = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        // The class after `owner` in its method resolution order that defines the method.
        let (base, varies) = self.super_owner(owner, attr.attr.as_str(), span, true);
        if varies && spread {
            let Some(self_load) = self_name(scope, inner.func.range()) else {
                return Some(self.unsupported(span, "`super()` in a method without `self`", scope));
            };
            return Some(self.cooperative_spread(owner, attr, c, self_load, span, scope, sigs));
        }
        if varies {
            // Continued by the instance's class (inference dispatches on it; a class whose
            // order reaches `object` runs `object.__init__`, or raises AttributeError).
            let Some(self_load) = self_name(scope, inner.func.range()) else {
                return Some(self.unsupported(span, "`super()` in a method without `self`", scope));
            };
            let recv = Box::new(self.expr(&self_load, scope, sigs));
            let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
            let base = base.unwrap_or(owner);
            let from = Some(owner);
            return Some(
                self.direct_method_call(base, from, recv, &attr.attr, args, c, span, scope, sigs),
            );
        }
        // `super().__init__(…)` that no base defines: an exception class's sets its `args`,
        // any other's is `object.__init__`, which does nothing (cooperative classes call it
        // anyway).
        let inherited_init = attr.attr.as_str() == "__init__" && base.is_none();
        let exc_init = inherited_init && self.class_exc_kind(owner).is_some();
        if inherited_init && !exc_init {
            // `super().__init__(*args, **kwargs)` forwarding what is left to `object`:
            // CPython's TypeError when something is.
            if spread
                && c.args
                    .iter()
                    .chain(c.keywords.iter().map(|k| &k.value))
                    .count()
                    > 0
            {
                let forwarded = c.args.iter().all(|a| matches!(a, ast::Expr::Starred(_)))
                    && c.keywords.iter().all(|k| k.arg.is_none());
                if forwarded {
                    return Some(self.object_init_leftovers(c, span, scope, sigs));
                }
            }
            if !c.args.is_empty() || !c.keywords.is_empty() {
                return Some(self.unsupported(
                    span,
                    "arguments to `super().__init__(…)` that reaches `object.__init__`",
                    scope,
                ));
            }
            return Some(self.expr_node(scope, span, ExprKind::None));
        }
        // `super().__init_subclass__(**kwargs)` that no base defines: `object`'s, which does
        // nothing (no class keywords reach it).
        if attr.attr.as_str() == "__init_subclass__" && base.is_none() {
            return Some(self.expr_node(scope, span, ExprKind::None));
        }
        // `super().__str__()` / `super().__repr__()` that no base of the program defines:
        // `object`'s, or `BaseException`'s for an exception class.
        let text = matches!(attr.attr.as_str(), "__str__" | "__repr__");
        if text && c.args.is_empty() && c.keywords.is_empty() && base.is_none() {
            let Some(self_load) = self_name(scope, inner.func.range()) else {
                return Some(self.unsupported(span, "`super()` in a method without `self`", scope));
            };
            let me = self.expr(&self_load, scope, sigs);
            let which = i64::from(attr.attr.as_str() == "__repr__");
            let which = self.expr_node(scope, span, ExprKind::Int(which));
            let kind = ExprKind::Builtin(crate::hir::Builtin::BaseText, vec![me, which]);
            return Some(self.expr_node(scope, span, kind));
        }
        let Some(base) = base.or(exc_init.then_some(owner)) else {
            let class = &self.classes[owner.0 as usize];
            let why = match class.bases.is_empty() {
                true => "has no base class",
                false => "inherits no such method",
            };
            let msg = format!(
                "'super' object has no attribute '{}' (class `{}` {why})",
                attr.attr, class.name
            );
            self.errors
                .push(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return Some(self.expr_node(scope, span, ExprKind::None));
        };
        let Some(self_load) = self_name(scope, inner.func.range()) else {
            return Some(self.unsupported(span, "`super()` in a method without `self`", scope));
        };
        if spread && !exc_init {
            // `super().__init__(*args, **kwargs)`: the base's method as a function value
            // (`Base.__init__`), called with `self` first and the arguments bound when the
            // program runs.
            let call = self.class_method_value_call(base, attr, c, self_load, span, scope, sigs);
            return Some(match call {
                Some(e) => e,
                None => self.unsupported(span, "`*` or `**` in a call", scope),
            });
        }
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return Some(self.unsupported(span, "`*` or `**` in a call", scope));
        }
        let recv = Box::new(self.expr(&self_load, scope, sigs));
        let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        if exc_init {
            // `BaseException.__init__(self, *args)`: `self.args = args`.
            if !c.keywords.is_empty() {
                return Some(self.unsupported(
                    span,
                    "keyword arguments to an exception's `__init__`",
                    scope,
                ));
            }
            let value = self.expr_node(scope, span, ExprKind::Tuple(args));
            let set = Stmt {
                span,
                kind: StmtKind::SetAttr {
                    obj: *recv,
                    name: "args".into(),
                    value,
                    raw: false,
                },
            };
            let none = Box::new(self.expr_node(scope, span, ExprKind::None));
            return Some(self.expr_node(scope, span, ExprKind::Block(vec![set], none)));
        }
        let from = Some(owner);
        Some(self.direct_method_call(base, from, recv, &attr.attr, args, c, span, scope, sigs))
    }

    /// The class whose method `name` `super()` in a method of `owner` reaches: the first after
    /// `owner` in its method resolution order that defines it (`None`: `object`'s). With
    /// multiple inheritance, a class deriving from `owner` may continue the order with another
    /// class defining `name` (cooperative multiple inheritance: `super().__init__()` in both
    /// sides of a diamond): a call then picks the method by the instance's class, which
    /// `dynamic` allows (inference dispatches, `hir::ExprKind::SuperMethod`, or
    /// [`Self::cooperative_spread`]); a property read (`dynamic` false) that differs by class
    /// is refused. Also whether some class continues differently.
    fn super_owner(
        &mut self,
        owner: ClassId,
        name: &str,
        span: Span,
        dynamic: bool,
    ) -> (Option<ClassId>, bool) {
        let targets = self.super_targets(owner, name);
        let mine = targets
            .iter()
            .find(|(x, _)| *x == owner)
            .and_then(|(_, t)| *t);
        let others: Vec<(String, Option<ClassId>)> = targets
            .into_iter()
            .filter(|(_, theirs)| *theirs != mine)
            .map(|(x, theirs)| (self.classes[x.0 as usize].name.clone(), theirs))
            .collect();
        if let Some((x, theirs)) = others.first().filter(|_| !dynamic) {
            let class = |k: Option<ClassId>| {
                k.map_or("object".to_string(), |k| {
                    self.classes[k.0 as usize].name.clone()
                })
            };
            let what = format!(
                "`super().{name}` in `{}` reaching `{}` for instances of `{x}` and `{}` for its \
                 own (cooperative multiple inheritance through a property)",
                self.classes[owner.0 as usize].name,
                class(*theirs),
                class(mine),
            );
            self.errors.push(Diagnostic::unsupported(span, &what));
            return (None, false);
        }
        (mine, !others.is_empty())
    }

    /// `object.__init__(self, *args, **kwargs)` reached by `super().__init__(*args,
    /// **kwargs)`: nothing, or CPython's TypeError when `args` or `kwargs` hold something.
    fn object_init_leftovers(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let parts = c
            .args
            .iter()
            .filter_map(|a| match a {
                ast::Expr::Starred(s) => Some((*s.value).clone()),
                _ => None,
            })
            .chain(c.keywords.iter().map(|k| k.value.clone()));
        let parts: Vec<ast::Expr> = parts.collect();
        let mut checks = vec![];
        for p in parts {
            // (One test each: a tuple and a dict are values of different types.)
            let test = self.expr(&p, scope, sigs);
            let msg = "object.__init__() takes exactly one argument (the instance to initialize)";
            let msg = self.expr_node(scope, span, ExprKind::Str(msg.into()));
            let raise = Stmt {
                span,
                kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None),
            };
            checks.push(Stmt {
                span,
                kind: StmtKind::If(test, vec![raise], vec![]),
            });
        }
        let none = Box::new(self.expr_node(scope, span, ExprKind::None));
        self.expr_node(scope, span, ExprKind::Block(checks, none))
    }

    /// For each class deriving from `owner` (itself included), the class whose method `name`
    /// `super()` in `owner`'s method reaches for its instances (`None`: `object`'s).
    fn super_targets(&self, owner: ClassId, name: &str) -> Vec<(ClassId, Option<ClassId>)> {
        (0..self.classes.len() as u32)
            .map(ClassId)
            .filter_map(|x| {
                let mro = &self.classes[x.0 as usize].mro;
                let at = mro.iter().position(|&k| k == owner)?;
                let target = mro[at + 1..]
                    .iter()
                    .copied()
                    .find(|k| self.classes[k.0 as usize].method(name).is_some());
                Some((x, target))
            })
            .collect()
    }

    /// `super().m(*args, **kwargs)` whose class continues differently for different instances
    /// (cooperative multiple inheritance): `T.m(self, *args, **kwargs)` of the class `T` each
    /// instance's class reaches, picked by testing `type(self)` (the function values' calls
    /// bind the arguments when the program runs); `object.__init__` takes none, and another
    /// method `object` lacks raises AttributeError.
    #[allow(clippy::too_many_arguments)]
    fn cooperative_spread(
        &mut self,
        owner: ClassId,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        self_load: ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let name = attr.attr.as_str();
        let targets = self.super_targets(owner, name);
        let mine = targets
            .iter()
            .find(|(x, _)| *x == owner)
            .and_then(|(_, t)| *t);
        let mut groups: Vec<(Option<ClassId>, Vec<ClassId>)> = vec![];
        for (x, t) in targets.into_iter().filter(|(_, t)| *t != mine) {
            match groups.iter_mut().find(|(g, _)| *g == t) {
                Some((_, xs)) => xs.push(x),
                None => groups.push((t, vec![x])),
            }
        }
        let range = c.range;
        let name_of = |id: &str| {
            ast::Expr::Name(ast::ExprName {
                range,
                id: ast::Identifier::new(id),
                ctx: ast::ExprContext::Load,
            })
        };
        // What the instances of a group run: `T.m(self, *args, **kwargs)`; for those reaching
        // `object`, its `__init__` (nothing, or TypeError for arguments left), or CPython's
        // AttributeError.
        let call_of = |me: &mut Self, t: Option<ClassId>, scope: &mut Scope| match t {
            Some(t) => {
                let recv = self_load.clone();
                match me.class_method_value_call(t, attr, c, recv, span, scope, sigs) {
                    Some(e) => e,
                    None => me.unsupported(span, "`*` or `**` in a call", scope),
                }
            }
            None if name == "__init__" => me.object_init_leftovers(c, span, scope, sigs),
            None => {
                let msg = format!("'super' object has no attribute '{name}'");
                let msg = me.expr_node(scope, span, ExprKind::Str(msg));
                let raise = Raise::New(natrix_abi::ExcKind::AttributeError, Some(msg));
                let stmt = Stmt {
                    span,
                    kind: StmtKind::Raise(raise, None),
                };
                let none = Box::new(me.expr_node(scope, span, ExprKind::None));
                me.expr_node(scope, span, ExprKind::Block(vec![stmt], none))
            }
        };
        let mut pick = call_of(self, mine, scope);
        for (t, xs) in groups.into_iter().rev() {
            let mut tests: Vec<ast::Expr> = xs
                .iter()
                .map(|x| {
                    let class_of = ast::Expr::Call(ast::ExprCall {
                        range,
                        func: Box::new(name_of("type")),
                        args: vec![self_load.clone()],
                        keywords: vec![],
                    });
                    ast::Expr::Compare(ast::ExprCompare {
                        range,
                        left: Box::new(class_of),
                        ops: vec![ast::CmpOp::Is],
                        comparators: vec![name_of(&self.classes[x.0 as usize].name)],
                    })
                })
                .collect();
            let test = match tests.len() {
                1 => tests.pop().expect("one test"),
                _ => ast::Expr::BoolOp(ast::ExprBoolOp {
                    range,
                    op: ast::BoolOp::Or,
                    values: tests,
                }),
            };
            let test = Box::new(self.expr(&test, scope, sigs));
            let body = Box::new(call_of(self, t, scope));
            pick = self.expr_node(scope, span, ExprKind::IfExp(test, body, Box::new(pick)));
        }
        pick
    }

    /// Whether `super(Class, self)` names the method's class and its instance parameter (the
    /// older spelling of `super()`).
    fn explicit_super(&self, inner: &ast::ExprCall, owner: ClassId, scope: &Scope) -> bool {
        let [ast::Expr::Name(class), ast::Expr::Name(this)] = inner.args.as_slice() else {
            return false;
        };
        self.class_named(class.id.as_str(), scope) == Some(owner)
            && scope.this.as_deref() == Some(this.id.as_str())
    }

    /// Whether `e` is the builtin `name` (a name the program does not bind itself).
    fn builtin_name(&self, e: &ast::Expr, name: &str, scope: &Scope) -> bool {
        matches!(e, ast::Expr::Name(n) if n.id.as_str() == name) && !self.is_user_name(name, scope)
    }

    /// Whether `e` is `super()` (the builtin, no arguments).
    pub(super) fn is_bare_super(&self, e: &ast::Expr, scope: &Scope) -> bool {
        matches!(e, ast::Expr::Call(c)
            if c.args.is_empty()
                && c.keywords.is_empty()
                && self.builtin_name(&c.func, "super", scope))
    }

    /// `super().name` not called, in a method: a property of a base, read by calling its
    /// getter with the method's `self` (an overriding property extends the base's).
    pub(super) fn super_property(
        &mut self,
        a: &ast::ExprAttribute,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let errors = self.errors.len();
        let base = self
            .current_method_class
            .and_then(|owner| self.super_owner(owner, a.attr.as_str(), span, false).0);
        if self.errors.len() > errors {
            return self.expr_node(scope, span, ExprKind::None);
        }
        let getter = base.and_then(|b| {
            let f = self.classes[b.0 as usize].method(a.attr.as_str())?;
            let is_property = self.classes.iter().any(|k| k.properties.contains(&f));
            is_property.then_some(b)
        });
        let (Some(base), Some(self_load)) = (getter, self_name(scope, a.range)) else {
            return self.unsupported(
                span,
                "`super().name` other than a base class's property, read in a method",
                scope,
            );
        };
        let call = ast::ExprCall {
            range: a.range,
            func: Box::new(ast::Expr::Attribute(a.clone())),
            args: vec![],
            keywords: vec![],
        };
        let recv = Box::new(self.expr(&self_load, scope, sigs));
        self.direct_method_call(base, None, recv, &a.attr, vec![], &call, span, scope, sigs)
    }

    /// `object.__setattr__(obj, "name", value)`: the store itself, which a frozen dataclass's
    /// field accepts (its generated `__init__` stores so, as `__post_init__` does in CPython).
    /// `None` when `attr` is no such call.
    pub(super) fn object_setattr(
        &mut self,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        if attr.attr.as_str() != "__setattr__" || !self.builtin_name(&attr.value, "object", scope) {
            return None;
        }
        let [target, name, value] = c.args.as_slice() else {
            return Some(self.unsupported(
                span,
                "`object.__setattr__` other than with an object, a name and a value",
                scope,
            ));
        };
        let Some(name) = self
            .literal_str(name, scope)
            .filter(|_| c.keywords.is_empty())
        else {
            return Some(self.unsupported(
                span,
                "`object.__setattr__` with an attribute name that is not a string literal",
                scope,
            ));
        };
        // The call evaluates the object before the value, the store the value first: an
        // object other than a variable (`self`) is kept in a temporary.
        let mut stmts = vec![];
        let obj = if matches!(target, ast::Expr::Name(_)) {
            None
        } else {
            let n = scope.locals.len();
            let tmp = new_local(scope, &format!("$t{n}"), span);
            let obj = self.expr(target, scope, sigs);
            stmts.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(tmp), obj),
            });
            Some(tmp)
        };
        let value = self.expr(value, scope, sigs);
        let obj = match obj {
            Some(tmp) => self.expr_node(scope, span, ExprKind::Load(Place::Local(tmp))),
            None => self.expr(target, scope, sigs),
        };
        stmts.push(Stmt {
            span,
            kind: StmtKind::SetAttr {
                obj,
                name,
                value,
                raw: true,
            },
        });
        let none = Box::new(self.expr_node(scope, span, ExprKind::None));
        Some(self.expr_node(scope, span, ExprKind::Block(stmts, none)))
    }

    /// A call of the method `name` as class `base` resolves it (not an override), with `recv`
    /// as `self` and the call's keywords (`**d` as the name `**`, see `hir::Function::bind`);
    /// `from`: the class whose method calls `super()` (see `hir::ExprKind::SuperMethod`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn direct_method_call(
        &mut self,
        base: ClassId,
        from: Option<ClassId>,
        recv: Box<Expr>,
        name: &str,
        args: Vec<Expr>,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let keywords = c
            .keywords
            .iter()
            .map(|k| {
                let name = k.arg.as_ref().map_or("**".to_string(), |a| a.to_string());
                (name, self.expr(&k.value, scope, sigs))
            })
            .collect();
        let kind = ExprKind::SuperMethod {
            base,
            from,
            recv,
            name: name.to_string(),
            args,
            keywords,
        };
        self.expr_node(scope, span, kind)
    }

    /// `Class.method(obj, args)` of a plain method (the class not shadowed by a variable): that
    /// class's method, not an override, called with `obj` as `self` (`Base.__init__(self, x)`).
    pub(super) fn unbound_method_call(
        &mut self,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let ast::Expr::Name(n) = attr.value.as_ref() else {
            return None;
        };
        // `str.upper(s)`, `str.join(", ", parts)` of a builtin type: `s.upper()`.
        let builtin_type = matches!(
            n.id.as_str(),
            "str" | "bytes" | "int" | "float" | "list" | "dict" | "set" | "tuple"
        ) && !self.is_user_name(n.id.as_str(), scope);
        // (Not the builtin types' classmethods: `dict.fromkeys(keys)` is no method of `keys`.)
        let classmethod = matches!(
            attr.attr.as_str(),
            "fromkeys" | "fromhex" | "from_bytes" | "maketrans"
        );
        if builtin_type
            && n.id.as_str() == "str"
            && attr.attr.as_str() == "maketrans"
            && c.keywords.is_empty()
            && c.args.iter().all(|a| !matches!(a, ast::Expr::Starred(_)))
        {
            // `str.maketrans(x, y[, z])`; the one-argument form (a dict) is refused when typed.
            let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
            let kind = ExprKind::Builtin(crate::hir::Builtin::MakeTrans, args);
            return Some(self.expr_node(scope, span, kind));
        }
        if builtin_type && !classmethod && !c.args.is_empty() && c.keywords.is_empty() {
            let name = attr.attr.to_string();
            if let [ast::Expr::Starred(star)] = c.args.as_slice() {
                // `set.intersection(*sets)`: `$s = list(sets); $s[0].intersection(*$s[1:])`.
                let seq = self.expr(&star.value, scope, sigs);
                let seq = self.expr_node(scope, span, ExprKind::Builtin(Builtin::List, vec![seq]));
                let mut prelude = vec![];
                let l = calls::hoist(seq, "$recv", scope, &mut prelude);
                let load = |this: &mut Self, scope: &mut Scope| {
                    this.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
                };
                let (obj, zero) = (
                    load(self, scope),
                    self.expr_node(scope, span, ExprKind::Int(0)),
                );
                let recv =
                    self.expr_node(scope, span, ExprKind::Index(Box::new(obj), Box::new(zero)));
                let (obj, one) = (
                    load(self, scope),
                    self.expr_node(scope, span, ExprKind::Int(1)),
                );
                let rest = ExprKind::Slice {
                    obj: Box::new(obj),
                    lower: Some(Box::new(one)),
                    upper: None,
                    step: None,
                    reversed: false,
                    object: None,
                };
                let rest = self.expr_node(scope, span, rest);
                let args = vec![self.expr_node(scope, span, ExprKind::Spread(Box::new(rest)))];
                let kind = ExprKind::Method {
                    recv: Box::new(recv),
                    name,
                    args,
                    keywords: vec![],
                };
                return Some(self.with_prelude(prelude, kind, span, scope));
            }
            if matches!(c.args[0], ast::Expr::Starred(_)) {
                return Some(self.unsupported(
                    span,
                    "`*` first among other arguments of `type.method(…)`",
                    scope,
                ));
            }
            // `set.union(a, *rest)`: the method of `a`, spreading the rest.
            let recv = Box::new(self.expr(&c.args[0], scope, sigs));
            let args = self.spread_args(&c.args[1..], scope, sigs, &|this, a, scope| {
                this.expr(a, scope, sigs)
            });
            let kind = ExprKind::Method {
                recv,
                name,
                args,
                keywords: vec![],
            };
            return Some(self.expr_node(scope, span, kind));
        }
        let base = self.class_named(n.id.as_str(), scope)?;
        let fid = self.lookup_method(base, attr.attr.as_str())?;
        let special = self.classes.iter().any(|k| {
            k.statics.contains(&fid) || k.classmethods.contains(&fid) || k.properties.contains(&fid)
        });
        if special {
            return None;
        }
        let Some((first, rest)) = c.args.split_first() else {
            let msg = format!(
                "{}() missing 1 required positional argument: 'self'",
                attr.attr
            );
            self.errors
                .push(Diagnostic::new(Code::ArgumentMismatch, span, msg).label("in this call"));
            return Some(self.expr_node(scope, span, ExprKind::None));
        };
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            // `Base.__init__(self, *args, **kwargs)`: the method as a function value, its
            // arguments bound when the program runs.
            return Some(match self.value_call(c, span, scope, sigs) {
                Some(e) => e,
                None => self.unsupported(span, "`*` in a call of `Class.method(obj, …)`", scope),
            });
        }
        let recv = Box::new(self.expr(first, scope, sigs));
        let args: Vec<Expr> = rest.iter().map(|a| self.expr(a, scope, sigs)).collect();
        Some(self.direct_method_call(base, None, recv, &attr.attr, args, c, span, scope, sigs))
    }

    /// `s.split(maxsplit=1)`, `text.splitlines(keepends=True)`: the keyword arguments of a
    /// builtin type's method as positional ones (the parameters before them get their
    /// defaults), unless a class of the program has a method of that name. (The library's
    /// classes with such a method take these keywords in the same places: `re.Pattern.split`
    /// has `maxsplit` second, `os.path`'s `split` no keywords.)
    pub(super) fn builtin_method_keywords(
        &mut self,
        method: &str,
        mut args: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
        span: Span,
        scope: &mut Scope,
    ) -> (Vec<Expr>, Vec<(String, Expr)>) {
        // (The library's classes' names are qualified.)
        let user = self
            .classes
            .iter()
            .any(|k| !k.name.contains('.') && k.method(method).is_some());
        // `d.update(a=1, b=2)`: the dict `{"a": 1, "b": 2}` (as for a `Counter`, the one
        // standard-library class with an `update`).
        if method == "update" && args.is_empty() && !keywords.is_empty() && !user {
            let pairs = keywords
                .into_iter()
                .map(|(k, v)| (self.expr_node(scope, span, ExprKind::Str(k)), v))
                .collect();
            let d = self.expr_node(scope, span, ExprKind::Dict(pairs));
            return (vec![d], vec![]);
        }
        let params: &[(&str, fn() -> ExprKind)] = match method {
            "split" | "rsplit" => &[
                ("sep", || ExprKind::None),
                ("maxsplit", || ExprKind::Int(-1)),
            ],
            "splitlines" => &[("keepends", || ExprKind::Bool(false))],
            "encode" | "decode" => &[
                ("encoding", || ExprKind::Str("utf-8".into())),
                ("errors", || ExprKind::Str("strict".into())),
            ],
            "expandtabs" => &[("tabsize", || ExprKind::Int(8))],
            "to_bytes" => &[
                ("length", || ExprKind::Int(1)),
                ("byteorder", || ExprKind::Str("big".into())),
                ("signed", || ExprKind::Bool(false)),
            ],
            _ => &[],
        };
        let known = |k: &str| params.iter().skip(args.len()).any(|(p, _)| *p == k);
        if keywords.is_empty() || user || !keywords.iter().all(|(k, _)| known(k)) {
            return (args, keywords);
        }
        let last = params
            .iter()
            .rposition(|(p, _)| keywords.iter().any(|(k, _)| k == p))
            .unwrap_or(0);
        let mut keywords = keywords;
        for (p, default) in &params[args.len()..=last] {
            let value = match keywords.iter().position(|(k, _)| k == p) {
                Some(i) => keywords.remove(i).1,
                None => self.expr_node(scope, span, default()),
            };
            args.push(value);
        }
        (args, keywords)
    }
}

impl Resolver<'_> {
    /// `int.from_bytes(data, byteorder="big", *, signed=False)`: a builtin of all three.
    pub(super) fn int_from_bytes(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut byteorder = c.args.get(1);
        let mut signed = None;
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("byteorder") if byteorder.is_none() => byteorder = Some(&k.value),
                Some("signed") => signed = Some(&k.value),
                _ => {
                    let what =
                        "`int.from_bytes()` with arguments other than data, byteorder and signed";
                    return self.unsupported(span, what, scope);
                }
            }
        }
        if c.args.is_empty() || c.args.len() > 2 {
            return self.unsupported(span, "`int.from_bytes()` without its data", scope);
        }
        let data = self.expr(&c.args[0], scope, sigs);
        let byteorder = match byteorder {
            Some(b) => self.expr(b, scope, sigs),
            None => self.expr_node(scope, span, ExprKind::Str("big".into())),
        };
        let signed = match signed {
            Some(s) => self.expr(s, scope, sigs),
            None => self.expr_node(scope, span, ExprKind::Bool(false)),
        };
        let kind = ExprKind::Builtin(Builtin::IntFromBytes, vec![data, byteorder, signed]);
        self.expr_node(scope, span, kind)
    }
}

impl Resolver<'_> {
    /// `self.method(…, **kw)` in a method, of a method no class deriving from the method's
    /// class reaches elsewhere (no override): the method as
    /// a function value (`Owner.method`) called with `self` first, its arguments bound when
    /// the program runs (keyword-only parameters taken from the dict too), as
    /// `super().method(**kw)` is.
    pub(super) fn self_kw_star_call(
        &mut self,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let ast::Expr::Name(recv) = attr.value.as_ref() else {
            return None;
        };
        let this = scope.this.as_deref()?;
        let class = self.current_method_class?;
        if recv.id.as_str() != this || !c.keywords.iter().any(|k| k.arg.is_none()) {
            return None;
        }
        let name = attr.attr.as_str();
        let fid = self.lookup_method(class, name)?;
        let owner = (0..self.classes.len())
            .map(|k| ClassId(k as u32))
            .find(|k| self.classes[k.0 as usize].method(name) == Some(fid))?;
        // (By a subclass, or by a class before `class` in a subclass's order: a mixin.)
        let overridden = (0..self.classes.len()).map(|k| ClassId(k as u32)).any(|k| {
            self.classes[k.0 as usize].mro.contains(&class)
                && self.lookup_method(k, name) != Some(fid)
        });
        let plain = |k: &Class| {
            !k.statics.contains(&fid)
                && !k.classmethods.contains(&fid)
                && !k.properties.contains(&fid)
        };
        if overridden || !plain(&self.classes[owner.0 as usize]) {
            return None;
        }
        let recv = (*attr.value).clone();
        self.class_method_value_call(owner, attr, c, recv, span, scope, sigs)
    }

    /// `Class.method(recv, args…)`, the method `attr` names of class `class` as a function
    /// value called with the call `c`'s arguments after `recv`, bound when the program runs.
    #[allow(clippy::too_many_arguments)]
    fn class_method_value_call(
        &mut self,
        class: ClassId,
        attr: &ast::ExprAttribute,
        c: &ast::ExprCall,
        recv: ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let class_name = ast::Expr::Name(ast::ExprName {
            range: attr.range,
            id: self.classes[class.0 as usize].name.as_str().into(),
            ctx: ast::ExprContext::Load,
        });
        let call = ast::ExprCall {
            range: c.range,
            func: Box::new(ast::Expr::Attribute(ast::ExprAttribute {
                range: attr.range,
                value: Box::new(class_name),
                attr: attr.attr.clone(),
                ctx: ast::ExprContext::Load,
            })),
            args: std::iter::once(recv)
                .chain(c.args.iter().cloned())
                .collect(),
            keywords: c.keywords.clone(),
        };
        self.value_call(&call, span, scope, sigs)
    }
}

/// The method's `self` (its first parameter) as a name read at `range`, if it has one.
fn self_name(scope: &Scope, range: ast::text_size::TextRange) -> Option<ast::Expr> {
    let first = scope.locals.first()?;
    Some(ast::Expr::Name(ast::ExprName {
        range,
        id: first.name.as_str().into(),
        ctx: ast::ExprContext::Load,
    }))
}
