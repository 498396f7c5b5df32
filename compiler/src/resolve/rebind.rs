//! Parameters rebound at the top level of their function start a new variable.
//!
//! `def f(tags=None): tags = tags if tags is not None else []` (or `tags = tags or []`, or
//! `if tags is None: tags = []`) gives the name `tags` a second variable from that statement
//! on. A top-level statement of a function runs once, after everything before it and before
//! everything after it, so the split is exact; the parameter alone may then be None (and the
//! test on it is decided per specialization) while the variable is a list. A parameter a
//! nested function captures keeps its single variable (the closure must see the rebinding).

use super::*;

impl Resolver<'_> {
    /// A function body, with each parameter's first top-level rebinding starting a new
    /// variable.
    pub(super) fn function_body(
        &mut self,
        body: &[ast::Stmt],
        params: &[Param],
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Vec<Stmt> {
        let mut out = vec![];
        let mut rebound: HashSet<String> = HashSet::new();
        for s in body {
            if let Some((name, value)) = rebinding(s) {
                let old = params.iter().find(|p| p.name == name).map(|p| p.local);
                let fresh = old.is_some_and(|old| {
                    !rebound.contains(name)
                        && scope.local_ids.get(name) == Some(&old)
                        && !scope.locals[old.0 as usize].cell
                });
                if let (true, Some(old)) = (fresh, old) {
                    let span = self.span(s.range());
                    let value = match value {
                        Rebind::Value(v) => self.expr(v, scope, sigs),
                        // `if test: p = v` is `p = v if test else p`.
                        Rebind::If(test, v) => {
                            let c = self.expr(test, scope, sigs);
                            let v = self.expr(v, scope, sigs);
                            let keep =
                                self.expr_node(scope, span, ExprKind::Load(Place::Local(old)));
                            self.expr_node(
                                scope,
                                span,
                                ExprKind::IfExp(Box::new(c), Box::new(v), Box::new(keep)),
                            )
                        }
                    };
                    let new = new_local(scope, name, span);
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Assign(Place::Local(new), value),
                    });
                    rebound.insert(name.to_string());
                    continue;
                }
            }
            self.stmt(s, scope, sigs, &mut out);
        }
        out
    }
}

enum Rebind<'a> {
    /// `p = value`.
    Value(&'a ast::Expr),
    /// `if test: p = value` (no `else`).
    If(&'a ast::Expr, &'a ast::Expr),
}

/// The name a statement rebinds, if it is `name = value` or `if test: name = value`.
fn rebinding(s: &ast::Stmt) -> Option<(&str, Rebind<'_>)> {
    if let Some((name, value)) = simple_assign(s) {
        return Some((name, Rebind::Value(value)));
    }
    let ast::Stmt::If(i) = s else {
        return None;
    };
    let ([only], true) = (i.body.as_slice(), i.orelse.is_empty()) else {
        return None;
    };
    let (name, value) = simple_assign(only)?;
    Some((name, Rebind::If(&i.test, value)))
}

/// `name = value`.
fn simple_assign(s: &ast::Stmt) -> Option<(&str, &ast::Expr)> {
    let ast::Stmt::Assign(a) = s else {
        return None;
    };
    let [ast::Expr::Name(n)] = a.targets.as_slice() else {
        return None;
    };
    Some((n.id.as_str(), a.value.as_ref()))
}
