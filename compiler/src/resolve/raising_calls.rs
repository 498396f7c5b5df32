//! Calls whose arguments never fit the parameters: `f(1, 2)` of `def f(x)`, a missing
//! argument, an unknown keyword. CPython raises the TypeError when the call runs, after
//! evaluating the arguments, and programs catch it (`except TypeError as e: print(e)`); the
//! call compiles to just that — its arguments evaluated in source order, then the raise — with
//! a located warning, since such a call is usually a mistake.

use super::*;

impl Resolver<'_> {
    /// The call `c`, whose arguments never fit, as CPython's TypeError `msg`.
    pub(super) fn raising_call(
        &mut self,
        c: &ast::ExprCall,
        msg: String,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        // A method's call of its own class in a class that others derive from is what
        // `type(self)(…)` becomes (`self_class.rs`): the method runs on the subclasses' own
        // copies, whose constructors take other arguments (a mixin's has none).
        let own_class = self.current_method_class.is_some_and(|k| {
            let class = &self.classes[k.0 as usize];
            let derived = self.classes.iter().any(|d| d.mro[1..].contains(&k));
            derived && matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == class.name)
        });
        if !own_class {
            let text = format!("this always raises TypeError: {msg}");
            let d = Diagnostic::new(Code::ArgumentMismatch, span, text).label("in this call");
            self.warnings.push(d.warning());
        }
        // The arguments in source order: positional ones (and `*xs`) come before keywords.
        let values = c.args.iter().map(|a| match a {
            ast::Expr::Starred(s) => s.value.as_ref(),
            a => a,
        });
        let mut stmts: Vec<Stmt> = values
            .chain(c.keywords.iter().map(|k| &k.value))
            .map(|a| {
                let e = self.expr(a, scope, sigs);
                Stmt {
                    span: e.span,
                    kind: StmtKind::Expr(e),
                }
            })
            .collect();
        let msg = self.expr_node(scope, span, ExprKind::Str(msg));
        let raise = Raise::New(natrix_abi::ExcKind::TypeError, Some(msg));
        stmts.push(Stmt {
            span,
            kind: StmtKind::Raise(raise, None),
        });
        // (Never reached: the block raises; inference types it Never.)
        let none = self.expr_node(scope, span, ExprKind::None);
        self.expr_node(scope, span, ExprKind::Block(stmts, Box::new(none)))
    }

    /// The message of the TypeError instantiating class `cid` raises, if it is abstract
    /// (`abstract_classes.rs`).
    pub(super) fn abstract_class(&self, cid: ClassId) -> Option<String> {
        let name = &self.classes[cid.0 as usize].name;
        self.abstract_classes.get(name).cloned()
    }

    /// How CPython names the `__init__` that instances of class `cid` run (in argument
    /// errors): `Point.__init__`, of the nearest class defining it.
    pub(super) fn init_name(&self, cid: ClassId) -> String {
        let owner = self.classes[cid.0 as usize]
            .mro
            .clone()
            .into_iter()
            .find(|k| self.classes[k.0 as usize].method("__init__").is_some())
            .unwrap_or(cid);
        let owner = crate::hir::py_qualname(&self.classes[owner.0 as usize].name);
        format!("{owner}.__init__")
    }
}
