//! Assignment targets: a name, an attribute, an item or a slice, and unpacking into several
//! (`a, (b, *rest) = value`), each a store of part of the value.

use super::*;

impl Resolver<'_> {
    pub(super) fn assign_target(
        &mut self,
        target: &ast::Expr,
        value: Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        match target {
            ast::Expr::Name(n) => {
                let tspan = self.span(n.range);
                if let Some(p) = self.place(n.id.as_str(), tspan, scope) {
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Assign(p, value),
                    });
                }
            }
            ast::Expr::Tuple(t) => self.unpack(&t.elts, value, span, scope, sigs, out),
            ast::Expr::List(t) => self.unpack(&t.elts, value, span, scope, sigs, out),
            ast::Expr::Attribute(a) if self.class_attr(a, scope).is_some() => {
                self.check_own_class_attr(a, scope);
                let g = self.class_attr(a, scope).expect("checked");
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Global(g), value),
                });
            }
            // (`type(self).count = n` of a class with subclasses, left so by `self_class.rs`.)
            ast::Expr::Attribute(a) if self.type_call_arg(&a.value, scope).is_some() => {
                self.class_store_through_type(span, scope);
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetAttr {
                        obj,
                        name: a.attr.to_string(),
                        value,
                        raw: false,
                    },
                });
            }
            ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_)) => {
                let obj = self.expr(&sub.value, scope, sigs);
                let index = self.expr(&sub.slice, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetItem { obj, index, value },
                });
            }
            ast::Expr::Subscript(_) => {
                let target = self.expr(target, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetSlice { target, value },
                });
            }
            other => {
                let s = self.span(other.range());
                self.errors.push(Diagnostic::unsupported(
                    s,
                    &format!("assigning to {}", describe_expr(other)),
                ));
            }
        }
    }

    /// `a, b = <value>`: only a tuple display of the same length is supported today; its items are
    /// evaluated into hidden temporaries first, so that `a, b = b, a` swaps.
    pub(super) fn unpack(
        &mut self,
        targets: &[ast::Expr],
        value: Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        if targets.iter().any(|t| matches!(t, ast::Expr::Starred(_))) {
            return self.unpack_starred(targets, value, span, scope, sigs, out);
        }
        let items = match value.kind {
            ExprKind::Tuple(items) => items,
            _ => {
                // Unpack a tuple value: evaluate it once, then take its items.
                let n = scope.locals.len();
                let vspan = value.span;
                let tmp = new_local(scope, &format!("$t{n}"), vspan);
                scope.local_ids.remove(&format!("$t{n}"));
                let value = self.expr_node(
                    scope,
                    vspan,
                    ExprKind::Builtin(Builtin::UnpackSource, vec![value]),
                );
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(tmp), value),
                });
                let count = targets.len();
                for (index, target) in targets.iter().enumerate() {
                    let load = self.expr_node(scope, vspan, ExprKind::Load(Place::Local(tmp)));
                    let item = self.expr_node(
                        scope,
                        vspan,
                        ExprKind::Unpack {
                            value: Box::new(load),
                            index,
                            count,
                        },
                    );
                    self.assign_target(target, item, span, scope, sigs, out);
                }
                return;
            }
        };
        if items.len() != targets.len() {
            self.errors.push(
                Diagnostic::new(
                    Code::InvalidOperation,
                    value.span,
                    format!(
                        "cannot unpack {} values into {} targets",
                        items.len(),
                        targets.len()
                    ),
                )
                .label("this tuple"),
            );
            return;
        }
        let mut temps = vec![];
        for item in items {
            let n = scope.locals.len();
            let tmp = new_local(scope, &format!("$t{n}"), item.span);
            temps.push((tmp, item.span));
            out.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(tmp), item),
            });
        }
        for (target, (tmp, tspan)) in targets.iter().zip(temps) {
            let load = self.expr_node(scope, tspan, ExprKind::Load(Place::Local(tmp)));
            self.assign_target(target, load, span, scope, sigs, out);
        }
    }

    /// One target of a `del` statement: an item, a slice, a function's variable, or several.
    pub(super) fn del_target(
        &mut self,
        t: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        match t {
            // `del a, (b, c)`: each in turn.
            ast::Expr::Tuple(ast::ExprTuple { elts, .. })
            | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.del_target(e, span, scope, sigs, out);
                }
            }
            ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_)) => {
                let obj = self.expr(&sub.value, scope, sigs);
                let index = self.expr(&sub.slice, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::DelItem { obj, index },
                });
            }
            ast::Expr::Subscript(_) => {
                let target = self.expr(t, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::DelSlice(target),
                });
            }
            // `del Shape.cache`: the class attribute (a module-level variable) unbound.
            ast::Expr::Attribute(a)
                if matches!(a.value.as_ref(), ast::Expr::Name(n)
                if !scope.local_ids.contains_key(n.id.as_str())
                    && self.class_ids.get(n.id.as_str()).is_some_and(|c| {
                        self.classes[c.0 as usize].attr(a.attr.as_str()).is_some()
                    })) =>
            {
                let ast::Expr::Name(n) = a.value.as_ref() else {
                    unreachable!("a class's name")
                };
                let c = self.class_ids[n.id.as_str()];
                if let Some(g) = self.classes[c.0 as usize].attr(a.attr.as_str()) {
                    out.push(Stmt {
                        span,
                        kind: StmtKind::DelName(Place::Global(g)),
                    });
                }
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::DelAttr {
                        obj,
                        name: a.attr.to_string(),
                    },
                });
            }
            // A class is not a variable here (classes are not values).
            ast::Expr::Name(n)
                if self.class_ids.contains_key(n.id.as_str())
                    && !scope.local_ids.contains_key(n.id.as_str()) =>
            {
                let ts = self.span(n.range);
                self.errors
                    .push(Diagnostic::unsupported(ts, "`del` of a class's name"));
            }
            ast::Expr::Name(n) => {
                let ts = self.span(n.range);
                match self.place(n.id.as_str(), ts, scope) {
                    Some(p) => out.push(Stmt {
                        span: ts,
                        kind: StmtKind::DelName(p),
                    }),
                    None => {}
                }
            }
            other => {
                let ts = self.span(other.range());
                self.errors.push(Diagnostic::unsupported(
                    ts,
                    &format!("`del` of {}", describe_expr(other)),
                ));
            }
        }
    }
}
