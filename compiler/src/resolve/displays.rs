//! Displays with unpacking: `[*xs, y]`, `(*xs, y)`, `{*xs, y}`, `{**d, k: v}`.
//!
//! Each is the concatenation of its parts, in source order: a starred item is its iterable
//! made into a list, tuple or set, a run of plain items is a display of its own, and the parts
//! are joined with `+` (sets: `|`). A tuple of tuples of known lengths stays a tuple of known
//! length. A dict display is a new dict that each `**d` updates and each `k: v` stores into,
//! in source order (a later key wins).

use super::*;

/// The kind of display being built.
#[derive(Clone, Copy)]
pub(super) enum Display {
    List,
    Tuple,
    Set,
}

impl Resolver<'_> {
    /// A list, tuple or set display with starred items.
    pub(super) fn starred_display(
        &mut self,
        kind: Display,
        elts: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let (convert, join) = match kind {
            Display::List => (Builtin::List, BinOp::Add),
            Display::Tuple => (Builtin::Tuple, BinOp::Add),
            Display::Set => (Builtin::Set, BinOp::BitOr),
        };
        let mut parts = vec![];
        let mut run: Vec<Expr> = vec![];
        let flush =
            |this: &mut Self, scope: &mut Scope, run: &mut Vec<Expr>, parts: &mut Vec<Expr>| {
                if run.is_empty() {
                    return;
                }
                let items = std::mem::take(run);
                let display = match kind {
                    Display::List => ExprKind::List(items),
                    Display::Tuple => ExprKind::Tuple(items),
                    Display::Set => ExprKind::Set(items),
                };
                parts.push(this.expr_node(scope, span, display));
            };
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    flush(self, scope, &mut run, &mut parts);
                    let iterable = self.expr(&s.value, scope, sigs);
                    let sp = self.span(s.range);
                    parts.push(self.expr_node(
                        scope,
                        sp,
                        ExprKind::Builtin(convert, vec![iterable]),
                    ));
                }
                other => run.push(self.expr(other, scope, sigs)),
            }
        }
        flush(self, scope, &mut run, &mut parts);
        self.joined(parts, join, span, scope)
    }

    /// A dict display with `**d` entries: a new dict, then in source order each `**d`
    /// merged in (`update`) and each `k: v` stored.
    pub(super) fn spread_dict_display(
        &mut self,
        d: &ast::ExprDict,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let dict = hidden_local(scope, "$dict", span);
        let empty = self.expr_node(scope, span, ExprKind::Dict(vec![]));
        let mut prelude = vec![Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(dict), empty),
        }];
        for (k, v) in d.keys.iter().zip(&d.values) {
            let kind = match k {
                Some(k) => {
                    let index = self.expr(k, scope, sigs);
                    let value = self.expr(v, scope, sigs);
                    let obj = self.load(scope, span, dict);
                    StmtKind::SetItem { obj, index, value }
                }
                None => {
                    let mapping = self.expr(v, scope, sigs);
                    let recv = Box::new(self.load(scope, span, dict));
                    let update = ExprKind::Method {
                        recv,
                        name: "update".into(),
                        args: vec![mapping],
                        keywords: vec![],
                    };
                    StmtKind::Expr(self.expr_node(scope, span, update))
                }
            };
            prelude.push(Stmt { span, kind });
        }
        let result = self.load(scope, span, dict);
        self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(result)))
    }

    /// `a op b op c …`, left to right.
    fn joined(&mut self, parts: Vec<Expr>, op: BinOp, span: Span, scope: &mut Scope) -> Expr {
        let mut parts = parts.into_iter();
        let first = parts
            .next()
            .expect("a display with a starred item has a part");
        parts.fold(first, |acc, p| {
            self.expr_node(
                scope,
                span,
                ExprKind::Binary(op, Box::new(acc), Box::new(p)),
            )
        })
    }
}
