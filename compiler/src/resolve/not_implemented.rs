//! `return NotImplemented` in a binary dunder (`if not isinstance(other, Money): return
//! NotImplemented`): what CPython ends up doing when the other operand's class has no answer
//! either. `__eq__` gives `False` and `__ne__` `True` (objects of different classes are not
//! equal); an ordering or arithmetic dunder raises CPython's `TypeError` naming both classes
//! (reflected ones with the operands in the original order). The other operand's reflected
//! method is not tried first (`docs/DIFFERENCES.md`).

use super::*;

/// The operator of a binary dunder, and whether it is a reflected one (`__radd__`).
fn operator(dunder: &str) -> Option<(&'static str, bool)> {
    let name = dunder.strip_prefix("__")?.strip_suffix("__")?;
    let (name, reflected) = match name.strip_prefix('r') {
        Some(rest) if !matches!(name, "rshift") || rest == "rshift" => (rest, true),
        _ => (name, false),
    };
    let op = match name {
        "lt" if !reflected => "<",
        "le" if !reflected => "<=",
        "gt" if !reflected => ">",
        "ge" if !reflected => ">=",
        "add" => "+",
        "sub" => "-",
        "mul" => "*",
        "matmul" => "@",
        "truediv" => "/",
        "floordiv" => "//",
        "mod" => "%",
        "pow" => "** or pow()",
        "lshift" => "<<",
        "rshift" => ">>",
        "and" => "&",
        "or" => "|",
        "xor" => "^",
        _ => return None,
    };
    Some((op, reflected))
}

impl Resolver<'_> {
    /// The statement `return NotImplemented` stands for in method `dunder` whose first two
    /// parameters are `this` and `other`; `None` outside a binary dunder.
    pub(super) fn not_implemented(
        &mut self,
        dunder: &str,
        (this, other): (&str, &str),
        span: Span,
        scope: &mut Scope,
    ) -> Option<StmtKind> {
        if let "__eq__" | "__ne__" = dunder {
            let v = self.expr_node(scope, span, ExprKind::Bool(dunder == "__ne__"));
            return Some(StmtKind::Return(Some(v)));
        }
        let (op, reflected) = operator(dunder)?;
        let name_of = |me: &mut Self, scope: &mut Scope, param: &str| {
            let local = *scope.local_ids.get(param)?;
            let load = me.expr_node(scope, span, ExprKind::Load(Place::Local(local)));
            Some(me.expr_node(scope, span, ExprKind::TypeName(Box::new(load))))
        };
        let (a, b) = if reflected {
            (other, this)
        } else {
            (this, other)
        };
        let (a, b) = (name_of(self, scope, a)?, name_of(self, scope, b)?);
        let text = |me: &mut Self, scope: &mut Scope, s: String| {
            me.expr_node(scope, span, ExprKind::Str(s))
        };
        let head = if matches!(op, "<" | "<=" | ">" | ">=") {
            format!("'{op}' not supported between instances of '")
        } else {
            format!("unsupported operand type(s) for {op}: '")
        };
        let parts = vec![
            text(self, scope, head),
            a,
            text(self, scope, "' and '".into()),
            b,
            text(self, scope, "'".into()),
        ];
        let msg = self.concat(parts, span, scope);
        let mut stmt = StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None);
        // `"a" + obj`, `[1] * obj`: a sequence on the left has its own message.
        if reflected && matches!(op, "+" | "*") {
            for seq in ["str", "list", "tuple"] {
                let this_name = name_of(self, scope, this)?;
                let text = if op == "+" {
                    let parts = vec![
                        text(self, scope, format!("can only concatenate {seq} (not \"")),
                        this_name,
                        text(self, scope, format!("\") to {seq}")),
                    ];
                    self.concat(parts, span, scope)
                } else {
                    let parts = vec![
                        text(
                            self,
                            scope,
                            "can't multiply sequence by non-int of type '".into(),
                        ),
                        this_name,
                        text(self, scope, "'".into()),
                    ];
                    self.concat(parts, span, scope)
                };
                let local = *scope.local_ids.get(other)?;
                let load = self.expr_node(scope, span, ExprKind::Load(Place::Local(local)));
                let test = self.expr_node(
                    scope,
                    span,
                    ExprKind::IsInstance(Box::new(load), vec![TypeRef::Builtin(seq)]),
                );
                let raise =
                    StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(text)), None);
                stmt = StmtKind::If(
                    test,
                    vec![Stmt { span, kind: raise }],
                    vec![Stmt { span, kind: stmt }],
                );
            }
        }
        Some(stmt)
    }
}
