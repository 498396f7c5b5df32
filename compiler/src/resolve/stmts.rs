//! Resolution of statements: classes (their bodies), nested `def`s, assignments and augmented
//! assignments, `if`, `while`, `for`, `try`, `raise`, `assert`, `global`, `nonlocal`, `yield`.

use super::class_scope::class_scope_expr;
use super::*;

impl Resolver<'_> {
    /// The values of `a, b, c = range(3)` (the builtin `range` of int literals, as many values
    /// as targets), the enumeration idiom.
    fn enum_range(&self, a: &ast::StmtAssign, scope: &Scope) -> Option<Vec<i64>> {
        let [ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. })] = a.targets.as_slice()
        else {
            return None;
        };
        let ast::Expr::Call(c) = a.value.as_ref() else {
            return None;
        };
        let is_range = matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "range");
        if !is_range || !c.keywords.is_empty() || self.is_user_name("range", scope) {
            return None;
        }
        if elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            return None;
        }
        super::constants::constant_range(&c.args).filter(|v| v.len() == elts.len())
    }

    pub(super) fn stmt(
        &mut self,
        s: &ast::Stmt,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let span = self.span(s.range());
        if scope.is_module
            && matches!(s, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_))
            && !self.top_level.contains(&s.range().start().to_u32())
        {
            // `def` under `if`, in a loop, `try` or `with` at module level: the function
            // value, assigned to the global of its name when the statement runs (unless a
            // top-level `def` has the name too).
            if let ast::Stmt::FunctionDef(def) = s {
                if !self.func_ids.contains_key(def.name.as_str()) {
                    self.nested_def(def, span, scope, sigs, out);
                    return;
                }
            }
            let what = if matches!(s, ast::Stmt::ClassDef(_)) {
                "a `class` under `if`, in a loop, `try` or `with` at module level"
            } else {
                "a `def` under `if`, in a loop, `try` or `with` at module level"
            };
            self.errors.push(Diagnostic::unsupported(span, what));
            return;
        }
        match s {
            ast::Stmt::ClassDef(c) => {
                if !scope.is_module {
                    self.errors
                        .push(Diagnostic::unsupported(span, "a nested class"));
                    return;
                }
                // Evaluate the methods' default values now, as Python does when `class` runs.
                let Some(cid) = self.class_ids.get(c.name.as_str()).copied() else {
                    return;
                };
                // The body runs in order: class attributes are assigned and method defaults
                // evaluated as they come.
                let class = &self.classes[cid.0 as usize];
                let (mut methods, attrs) = (class.methods.clone().into_iter(), class.attrs.clone());
                // The attributes assigned so far, which the body's later statements see.
                let mut seen: Vec<String> = vec![];
                let class_name = c.name.to_string();
                for item in &c.body {
                    if let ast::Stmt::FunctionDef(def) = item {
                        // (The methods in order, past aliases: `__radd__ = __add__`.)
                        let Some((_, fid)) = methods.find(|(n, _)| n == def.name.as_str()) else {
                            break;
                        };
                        let defaults: Vec<_> = sigs[fid.0 as usize].defaults.clone();
                        for ((_, d, _, _), g) in def_params(&def.args).into_iter().zip(defaults) {
                            if let (Some(d), Some(g)) = (d, g) {
                                let d = class_scope_expr(d, &class_name, &seen);
                                let e = self.expr(&d, scope, sigs);
                                out.push(Stmt {
                                    span,
                                    kind: StmtKind::Assign(Place::Global(g), e),
                                });
                            }
                        }
                        // (A plain method is seen by later statements too: a dispatch table
                        // `OPS = {"+": add}` holds the function.)
                        if def.decorator_list.is_empty() && !seen.contains(&def.name.to_string()) {
                            seen.push(def.name.to_string());
                        }
                    } else if let Some(name) = class_attr_target(item) {
                        let value = match item {
                            ast::Stmt::Assign(a) => &a.value,
                            ast::Stmt::AnnAssign(a) => a.value.as_ref().expect("a value"),
                            _ => continue,
                        };
                        let Some((_, g)) = attrs.iter().find(|(n, _)| *n == name) else {
                            continue;
                        };
                        let value = class_scope_expr(value, &class_name, &seen);
                        let e = self.expr(&value, scope, sigs);
                        out.push(Stmt {
                            span: self.span(item.range()),
                            kind: StmtKind::Assign(Place::Global(*g), e),
                        });
                        if !seen.contains(&name) {
                            seen.push(name);
                        }
                    }
                }
                self.init_subclass(cid, span, scope, sigs, out);
            }
            ast::Stmt::FunctionDef(def) => {
                if !scope.is_module {
                    self.nested_def(def, span, scope, sigs, out);
                    return;
                }
                // Evaluate the default values now, as Python does when `def` runs.
                if let Some(id) = self.func_ids.get(def.name.as_str()).copied() {
                    let defaults: Vec<_> = sigs[id.0 as usize].defaults.clone();
                    for ((_, d, _, _), g) in def_params(&def.args).into_iter().zip(defaults) {
                        if let (Some(d), Some(g)) = (d, g) {
                            let e = self.expr(d, scope, sigs);
                            out.push(Stmt {
                                span,
                                kind: StmtKind::Assign(Place::Global(g), e),
                            });
                        }
                    }
                }
            }
            ast::Stmt::Return(r) => {
                if scope.is_module {
                    self.errors.push(
                        Diagnostic::new(Code::SyntaxError, span, "'return' outside function")
                            .label("here"),
                    );
                    return;
                }
                if let (Some(ast::Expr::Name(n)), Some((m, this, other))) =
                    (r.value.as_deref(), scope.method.clone())
                {
                    if n.id.as_str() == "NotImplemented"
                        && !self.is_user_name("NotImplemented", scope)
                    {
                        // (In a comparison's twin, the final outcome at once.)
                        let twin = m.strip_prefix(super::not_implemented::FINAL);
                        let dunder = twin.unwrap_or(&m);
                        match self.not_implemented(dunder, (&this, &other), span, scope) {
                            Some(kind) => {
                                let fallbacks = match twin {
                                    Some(_) => vec![],
                                    None => {
                                        self.reflected_fallbacks(dunder, (&this, &other), r.range)
                                    }
                                };
                                for s in fallbacks {
                                    self.stmt(&s, scope, sigs, out);
                                }
                                out.push(Stmt { span, kind })
                            }
                            None => self.errors.push(Diagnostic::unsupported(
                                span,
                                "`NotImplemented` outside a binary operator's method",
                            )),
                        }
                        return;
                    }
                }
                let e = r.value.as_ref().map(|v| self.expr(v, scope, sigs));
                out.push(Stmt {
                    span,
                    kind: StmtKind::Return(e),
                });
            }
            // `x: int` declares nothing at run time; `x: int = v` is `x = v` (natrix reads no
            // annotations).
            ast::Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let assign = ast::Stmt::Assign(ast::StmtAssign {
                        targets: vec![(*a.target).clone()],
                        value: v.clone(),
                        type_comment: None,
                        range: a.range,
                    });
                    self.stmt(&assign, scope, sigs, out);
                }
            }
            // `x = yield from source`: `for item in source: yield item`, then `x` gets what
            // the source generator returned.
            ast::Stmt::Assign(a)
                if a.targets.len() == 1 && matches!(a.value.as_ref(), ast::Expr::YieldFrom(_)) =>
            {
                let ast::Expr::YieldFrom(y) = a.value.as_ref() else {
                    unreachable!()
                };
                let iter = self.expr(&y.value, scope, sigs);
                let source = hidden_local(scope, "$yield_source", span);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(source), iter),
                });
                let iter = self.expr_node(scope, span, ExprKind::Load(Place::Local(source)));
                self.yield_each(iter, span, scope, out);
                let load = self.expr_node(scope, span, ExprKind::Load(Place::Local(source)));
                let result = ExprKind::Builtin(Builtin::YieldFromResult, vec![load]);
                let result = self.expr_node(scope, span, result);
                self.assign_target(&a.targets[0], result, span, scope, sigs, out);
            }
            ast::Stmt::Assign(a) => {
                // `a, b, c = map(int, line.split())`: an iterator unpacked at once is drained
                // into a list first (as CPython's unpacking drains it).
                let unpacking = a
                    .targets
                    .iter()
                    .all(|t| matches!(t, ast::Expr::Tuple(_) | ast::Expr::List(_)));
                let value = if let Some(values) = self.enum_range(a, scope) {
                    // `RED, GREEN, BLUE = range(3)`: known values, as a tuple of them.
                    let items = values
                        .into_iter()
                        .map(|v| self.expr_node(scope, span, ExprKind::Int(v)))
                        .collect();
                    self.expr_node(scope, span, ExprKind::Tuple(items))
                } else if unpacking {
                    self.arg_expr(&a.value, scope, sigs)
                } else {
                    // (`visitor = getattr(self, name)` of a variable only ever called: a
                    // method is called.)
                    let getattr = matches!(a.value.as_ref(), ast::Expr::Call(c)
                        if matches!(c.func.as_ref(), ast::Expr::Name(f) if f.id.as_str() == "getattr"));
                    self.getattr_called = getattr
                        && matches!(a.targets.as_slice(),
                        [ast::Expr::Name(n)] if scope.called_getattrs.contains(n.id.as_str()));
                    let value = self.expr(&a.value, scope, sigs);
                    self.getattr_called = false;
                    value
                };
                if a.targets.len() == 1 {
                    self.assign_target(&a.targets[0], value, span, scope, sigs, out);
                } else {
                    let n = scope.locals.len();
                    let tmp = new_local(scope, &format!("$t{n}"), value.span);
                    let vspan = value.span;
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Assign(Place::Local(tmp), value),
                    });
                    for t in &a.targets {
                        let load = self.expr_node(scope, vspan, ExprKind::Load(Place::Local(tmp)));
                        self.assign_target(t, load, span, scope, sigs, out);
                    }
                }
            }
            ast::Stmt::AugAssign(a) if matches!(a.target.as_ref(), ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_))) =>
            {
                // `obj[i] op= v`: evaluate obj and i once, into hidden temporaries.
                let ast::Expr::Subscript(sub) = a.target.as_ref() else {
                    return;
                };
                let op = binop(&a.op);
                let obj = self.expr(&sub.value, scope, sigs);
                let index = self.expr(&sub.slice, scope, sigs);
                let (ospan, ispan) = (obj.span, index.span);
                let n = scope.locals.len();
                let to = new_local(scope, &format!("$t{n}"), ospan);
                let ti = new_local(scope, &format!("$t{}", n + 1), ispan);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(to), obj),
                });
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(ti), index),
                });
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                let li = self.expr_node(scope, ispan, ExprKind::Load(Place::Local(ti)));
                let old = self.expr_node(scope, span, ExprKind::Index(Box::new(lo), Box::new(li)));
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(old), Box::new(right)),
                );
                scope.inplace.push(value.id);
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                let li = self.expr_node(scope, ispan, ExprKind::Load(Place::Local(ti)));
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetItem {
                        obj: lo,
                        index: li,
                        value,
                    },
                });
            }
            ast::Stmt::AugAssign(a) if matches!(a.target.as_ref(), ast::Expr::Attribute(t) if self.class_attr(t, scope).is_some()) =>
            {
                // `Class.count += 1`: a hidden global.
                let ast::Expr::Attribute(t) = a.target.as_ref() else {
                    return;
                };
                self.check_own_class_attr(t, scope);
                let g = self.class_attr(t, scope).expect("checked");
                let op = binop(&a.op);
                let old = self.expr_node(scope, span, ExprKind::Load(Place::Global(g)));
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(old), Box::new(right)),
                );
                scope.inplace.push(value.id);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Global(g), value),
                });
            }
            ast::Stmt::AugAssign(a) if matches!(a.target.as_ref(), ast::Expr::Attribute(_)) => {
                // `obj.x op= v`: evaluate obj once.
                let ast::Expr::Attribute(attr) = a.target.as_ref() else {
                    return;
                };
                if self.type_call_arg(&attr.value, scope).is_some() {
                    self.class_store_through_type(span, scope);
                    return;
                }
                let op = binop(&a.op);
                let obj = self.expr(&attr.value, scope, sigs);
                let ospan = obj.span;
                let n = scope.locals.len();
                let to = new_local(scope, &format!("$t{n}"), ospan);
                scope.local_ids.remove(&format!("$t{n}"));
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(to), obj),
                });
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                let old = self.expr_node(
                    scope,
                    span,
                    ExprKind::GetAttr(Box::new(lo), attr.attr.to_string()),
                );
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(old), Box::new(right)),
                );
                scope.inplace.push(value.id);
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetAttr {
                        obj: lo,
                        name: attr.attr.to_string(),
                        value,
                        raw: false,
                    },
                });
            }
            ast::Stmt::AugAssign(a) => {
                let ast::Expr::Name(n) = a.target.as_ref() else {
                    let ts = self.span(a.target.range());
                    self.errors.push(Diagnostic::unsupported(
                        ts,
                        &format!("augmented assignment to {}", describe_expr(&a.target)),
                    ));
                    return;
                };
                let tspan = self.span(n.range);
                let Some(place) = self.place(n.id.as_str(), tspan, scope) else {
                    return;
                };
                let op = binop(&a.op);
                let left = self.expr_node(scope, tspan, ExprKind::Load(place));
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(left), Box::new(right)),
                );
                scope.inplace.push(value.id);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(place, value),
                });
            }
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Yield(_)) => {
                let ast::Expr::Yield(y) = e.value.as_ref() else {
                    unreachable!()
                };
                let value = match &y.value {
                    Some(v) => self.expr(v, scope, sigs),
                    None => self.expr_node(scope, span, ExprKind::None),
                };
                out.push(Stmt {
                    span,
                    kind: StmtKind::Yield(value),
                });
            }
            // `yield from it`: `for x in it: yield x`.
            ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::YieldFrom(_)) => {
                let ast::Expr::YieldFrom(y) = e.value.as_ref() else {
                    unreachable!()
                };
                let iter = self.expr(&y.value, scope, sigs);
                self.yield_each(iter, span, scope, out);
            }
            ast::Stmt::Expr(e) => {
                if let ast::Expr::Constant(_) = e.value.as_ref() {
                    return; // a docstring or a bare constant: no effect
                }
                let e = self.expr(&e.value, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Expr(e),
                });
            }
            ast::Stmt::If(i) => {
                let cond = self.expr(&i.test, scope, sigs);
                let then = self.block(&i.body, scope, sigs);
                let orelse = self.block(&i.orelse, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::If(cond, then, orelse),
                });
            }
            ast::Stmt::While(w) => {
                let cond = self.expr(&w.test, scope, sigs);
                scope.loop_depth += 1;
                let body = self.block(&w.body, scope, sigs);
                scope.loop_depth -= 1;
                let orelse = self.block(&w.orelse, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::While { cond, body, orelse },
                });
            }
            ast::Stmt::For(f) => self.for_stmt(f, span, scope, sigs, out),
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                if scope.loop_depth == 0 {
                    let what = if matches!(s, ast::Stmt::Break(_)) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.errors
                        .push(Diagnostic::new(Code::SyntaxError, span, what).label("here"));
                    return;
                }
                let kind = if matches!(s, ast::Stmt::Break(_)) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                };
                out.push(Stmt { span, kind });
            }
            ast::Stmt::Pass(_) => {}
            // The names are the function's captured cells (see `closures.rs`).
            ast::Stmt::Nonlocal(n) if !scope.is_module => {
                for name in &n.names {
                    let cell = scope
                        .local_ids
                        .get(name.as_str())
                        .is_some_and(|l| scope.locals[l.0 as usize].cell);
                    if !cell {
                        let msg = format!("no binding for nonlocal '{name}' found");
                        self.errors
                            .push(Diagnostic::new(Code::UndefinedName, span, msg).label("here"));
                    }
                }
            }
            ast::Stmt::Global(g) => {
                if !scope.is_module {
                    for name in &g.names {
                        if scope.local_ids.contains_key(name.as_str()) {
                            self.errors.push(Diagnostic::new(
                                Code::SyntaxError,
                                span,
                                format!("name '{name}' is parameter and global"),
                            ));
                        }
                    }
                }
            }
            ast::Stmt::Try(t) => self.try_stmt(t, span, scope, sigs, out),
            ast::Stmt::With(w) => self.with_stmt(&w.items, &w.body, span, scope, sigs, out),
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    self.del_target(t, span, scope, sigs, out);
                }
            }
            ast::Stmt::Raise(r) => {
                let kind = self.raise(r, span, scope, sigs);
                let cause = r.cause.as_deref().map(|c| match c {
                    ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None) => Cause::None,
                    c => Cause::Value(self.expr(c, scope, sigs)),
                });
                if let Some(kind) = kind {
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Raise(kind, cause),
                    });
                }
            }
            ast::Stmt::Assert(a) => {
                // `assert test, msg` → `if not test: raise AssertionError(msg)`.
                let test = self.expr(&a.test, scope, sigs);
                let tspan = test.span;
                let cond =
                    self.expr_node(scope, tspan, ExprKind::Unary(UnaryOp::Not, Box::new(test)));
                let msg = a.msg.as_ref().map(|m| self.expr(m, scope, sigs));
                let raise = Stmt {
                    span,
                    kind: StmtKind::Raise(
                        Raise::New(natrix_abi::ExcKind::AssertionError, msg),
                        None,
                    ),
                };
                out.push(Stmt {
                    span,
                    kind: StmtKind::If(cond, vec![raise], vec![]),
                });
            }
            // `import math`, `import sys`, `import collections` and `from math/sys/collections
            // import …` at module level were bound in pass 1; the standard-library modules
            // written in Python were linked before resolve (`modules.rs`).
            ast::Stmt::Import(i)
                if scope.is_module
                    && i.names
                        .iter()
                        .all(|a| matches!(a.name.as_str(), "math" | "sys" | "collections")) => {}
            ast::Stmt::ImportFrom(i)
                if scope.is_module
                    && matches!(
                        i.module.as_ref().map(|m| m.as_str()),
                        Some("math" | "sys" | "collections")
                    ) => {}
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) if scope.is_module => {
                let module = match s {
                    ast::Stmt::Import(i) => i
                        .names
                        .iter()
                        .map(|a| a.name.as_str())
                        .find(|m| !matches!(*m, "math" | "sys" | "collections"))
                        .unwrap_or_default()
                        .to_string(),
                    ast::Stmt::ImportFrom(i) => {
                        i.module.as_ref().map(|m| m.to_string()).unwrap_or_default()
                    }
                    _ => String::new(),
                };
                // Names `dataclasses` or `enum` lacks (the expansion took the import
                // otherwise).
                let provided = match module.as_str() {
                    "dataclasses" => {
                        "`dataclass`, `field`, `fields`, `replace`, `asdict`, `astuple` \
                                      and `FrozenInstanceError`"
                    }
                    _ => "`Enum`, `IntEnum`, `StrEnum`, `auto` and `unique`",
                };
                if let (ast::Stmt::ImportFrom(i), "dataclasses" | "enum") = (s, module.as_str()) {
                    let missing: Vec<String> = i
                        .names
                        .iter()
                        .map(|a| a.name.as_str())
                        .filter(|n| !matches!(*n, "dataclass" | "field" | "FrozenInstanceError"))
                        .map(|n| format!("`{module}.{n}`"))
                        .collect();
                    self.errors.push(
                        Diagnostic::new(
                            Code::UnsupportedConstruct,
                            span,
                            format!("{} is not supported by natrix", missing.join(", ")),
                        )
                        .label(format!("natrix's `{module}` provides {provided}")),
                    );
                    return;
                }
                self.errors.push(
                    Diagnostic::new(
                        Code::UnsupportedConstruct,
                        span,
                        format!("the module `{module}` is not supported by natrix"),
                    )
                    .label(format!(
                        "natrix provides {}",
                        crate::modules::AVAILABLE.join(", ")
                    )),
                );
            }
            other => {
                let what = describe_stmt(other);
                self.errors.push(Diagnostic::unsupported(span, what));
                // The names an unsupported import binds are not reported again where used.
                let aliases = match other {
                    ast::Stmt::Import(i) => i.names.as_slice(),
                    ast::Stmt::ImportFrom(i) => i.names.as_slice(),
                    _ => &[],
                };
                for a in aliases {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    let root = bound.split('.').next().unwrap_or_default();
                    self.rejected_names.insert(root.to_string());
                }
            }
        }
    }

    /// `with cm as v: body`, as PEP 343 spells it out:
    ///
    /// ```text
    /// $with = cm; v = $with.__enter__(); $ok = True
    /// try:
    ///     try: body
    ///     except BaseException as $e:
    ///         $ok = False
    ///         if not $with.__exit__(type($e), $e, None): raise
    /// finally:
    ///     if $ok: $with.__exit__(None, None, None)
    /// ```
    ///
    /// (`type($e)` is a class object, a dynamic value; there are no traceback objects, so the
    /// third argument is always None.)
    pub(super) fn with_stmt(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let Some((item, rest)) = items.split_first() else {
            out.extend(self.block(body, scope, sigs));
            return;
        };
        let cm = self.expr(&item.context_expr, scope, sigs);
        let tmp = hidden_local(scope, "$with", span);
        out.push(Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(tmp), cm),
        });
        let recv = Box::new(self.expr_node(scope, span, ExprKind::Load(Place::Local(tmp))));
        let enter = ExprKind::Method {
            recv,
            name: "__enter__".into(),
            args: vec![],
            keywords: vec![],
        };
        let enter = self.expr_node(scope, span, enter);
        match &item.optional_vars {
            Some(target) => self.assign_target(target, enter, span, scope, sigs, out),
            None => out.push(Stmt {
                span,
                kind: StmtKind::Expr(enter),
            }),
        }
        let mut inner = vec![];
        self.with_stmt(rest, body, span, scope, sigs, &mut inner);
        let ok = hidden_local(scope, "$with_ok", span);
        let caught = hidden_local(scope, "$with_exc", span);
        let stmt = |kind| Stmt { span, kind };
        let set_ok = |this: &mut Self, scope: &mut Scope, v: bool| {
            let b = this.expr_node(scope, span, ExprKind::Bool(v));
            stmt(StmtKind::Assign(Place::Local(ok), b))
        };
        let exit_call = |this: &mut Self, scope: &mut Scope, args: Vec<Expr>| {
            let recv = Box::new(this.expr_node(scope, span, ExprKind::Load(Place::Local(tmp))));
            let exit = ExprKind::Method {
                recv,
                name: "__exit__".into(),
                args,
                keywords: vec![],
            };
            this.expr_node(scope, span, exit)
        };
        // The exception path: `__exit__(type(e), e, None)`, re-raising unless it returns true.
        let e = self.expr_node(scope, span, ExprKind::Load(Place::Local(caught)));
        let class = self.expr_node(scope, span, ExprKind::Builtin(Builtin::ClassOf, vec![e]));
        let e = self.expr_node(scope, span, ExprKind::Load(Place::Local(caught)));
        let tb = self.expr_node(scope, span, ExprKind::None);
        let suppressed = exit_call(self, scope, vec![class, e, tb]);
        let reraise = self.expr_node(
            scope,
            span,
            ExprKind::Unary(UnaryOp::Not, Box::new(suppressed)),
        );
        let handler = Handler {
            kinds: vec![natrix_abi::ExcKind::BaseException],
            classes: vec![],
            values: vec![],
            var: Some(Place::Local(caught)),
            body: vec![
                set_ok(self, scope, false),
                stmt(StmtKind::If(
                    reraise,
                    vec![stmt(StmtKind::Raise(Raise::Reraise, None))],
                    vec![],
                )),
            ],
            span,
        };
        // The normal path (also `return`, `break`, `continue`): `__exit__(None, None, None)`.
        let nones = (0..3)
            .map(|_| self.expr_node(scope, span, ExprKind::None))
            .collect();
        let exit = exit_call(self, scope, nones);
        let still_ok = self.expr_node(scope, span, ExprKind::Load(Place::Local(ok)));
        out.push(set_ok(self, scope, true));
        out.push(stmt(StmtKind::Try {
            body: vec![stmt(StmtKind::Try {
                body: inner,
                handlers: vec![handler],
                orelse: vec![],
                finalbody: vec![],
            })],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![stmt(StmtKind::If(
                still_ok,
                vec![stmt(StmtKind::Expr(exit))],
                vec![],
            ))],
        }));
    }
}

impl Resolver<'_> {
    /// `yield from iter` as a statement: `for item in iter: yield item`.
    fn yield_each(&mut self, iter: Expr, span: Span, scope: &mut Scope, out: &mut Vec<Stmt>) {
        let item = hidden_local(scope, "$yield_from", span);
        let value = self.expr_node(scope, span, ExprKind::Load(Place::Local(item)));
        out.push(for_each(span, item, iter, StmtKind::Yield(value)));
    }
}
