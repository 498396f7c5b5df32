//! `return NotImplemented` in a binary dunder (`if not isinstance(other, Money): return
//! NotImplemented`): what CPython ends up doing when the other operand's class has no answer
//! either. `__eq__` compares identities (`self is other`; `__ne__`: `is not`), as CPython's
//! fallback does; an ordering or arithmetic dunder raises CPython's `TypeError` naming both classes
//! (reflected ones with the operands in the original order). Before that, as CPython, the
//! other operand's reflected method when its class (another of the program's) defines one:
//! `A(1) * B(2)` with `A.__mul__` returning NotImplemented calls `B.__rmul__`, `A(1) < B(2)`
//! `B.__gt__`, `A(1) == B(1)` `B.__eq__`. A comparison whose reflection may return
//! NotImplemented itself (which would come back here) calls a twin of it, made before
//! resolution (`final_twins`: `__natrix_final__gt__`), whose NotImplemented goes straight to
//! the final outcome. (A subclass's reflected method that goes first is inference's:
//! `Infer::subclass_reflected_binary`.)

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

/// The method of the right operand CPython tries when binary dunder `dunder` of the left one
/// returns NotImplemented (`__add__` → `__radd__`, `__lt__` → `__gt__`); `None` for a
/// reflected one (`__radd__`), whose NotImplemented is final.
fn reflection(dunder: &str) -> Option<String> {
    let name = dunder.strip_prefix("__")?.strip_suffix("__")?;
    let swapped = match name {
        "eq" | "ne" => name,
        "lt" => "gt",
        "gt" => "lt",
        "le" => "ge",
        "ge" => "le",
        _ => match operator(dunder)? {
            (_, false) => return Some(format!("__r{name}__")),
            (_, true) => return None,
        },
    };
    Some(format!("__{swapped}__"))
}

/// The prefix of a comparison's twin whose NotImplemented is final (`__natrix_final__eq__`).
pub(super) const FINAL: &str = "__natrix_final";

const COMPARISONS: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

/// Each comparison method of a class that may return NotImplemented gets a twin named
/// `FINAL` + its name, for the reflected calls of other classes' comparisons.
pub(super) fn final_twins(module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    module
        .into_iter()
        .map(|s| match s {
            ast::Stmt::ClassDef(mut c) => {
                let twins: Vec<ast::Stmt> = c
                    .body
                    .iter()
                    .filter_map(|m| match m {
                        ast::Stmt::FunctionDef(f)
                            if COMPARISONS.contains(&f.name.as_str())
                                && f.decorator_list.is_empty()
                                && returns_not_implemented(&f.body) =>
                        {
                            let mut twin = f.clone();
                            twin.name = ast::Identifier::new(format!("{FINAL}{}", f.name));
                            Some(ast::Stmt::FunctionDef(twin))
                        }
                        _ => None,
                    })
                    .collect();
                c.body.extend(twins);
                ast::Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect()
}

/// Whether `body` (a method's) has a `return NotImplemented` anywhere.
pub(super) fn returns_not_implemented(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::Return(r) => {
            matches!(r.value.as_deref(), Some(ast::Expr::Name(n)) if n.id.as_str() == "NotImplemented")
        }
        ast::Stmt::If(i) => returns_not_implemented(&i.body) || returns_not_implemented(&i.orelse),
        ast::Stmt::For(f) => returns_not_implemented(&f.body) || returns_not_implemented(&f.orelse),
        ast::Stmt::While(w) => {
            returns_not_implemented(&w.body) || returns_not_implemented(&w.orelse)
        }
        ast::Stmt::With(w) => returns_not_implemented(&w.body),
        ast::Stmt::Try(t) => {
            returns_not_implemented(&t.body)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    returns_not_implemented(&h.body)
                })
                || returns_not_implemented(&t.orelse)
                || returns_not_implemented(&t.finalbody)
        }
        _ => false,
    })
}

impl Resolver<'_> {
    /// What `return NotImplemented` in binary dunder `dunder` (of parameters `this` and
    /// `other`) tries before its final outcome: for each other class of the program that
    /// defines the reflected method, `if isinstance(other, K): return other.__rop__(this)`.
    pub(super) fn reflected_fallbacks(
        &self,
        dunder: &str,
        (this, other): (&str, &str),
        range: ast::text_size::TextRange,
    ) -> Vec<ast::Stmt> {
        let Some(reflected) = reflection(dunder) else {
            return vec![];
        };
        // (A comparison's reflection is a comparison, which may come back here.)
        let comparison = COMPARISONS.contains(&dunder);
        let name = |id: &str| {
            ast::Expr::Name(ast::ExprName {
                id: ast::Identifier::new(id),
                ctx: ast::ExprContext::Load,
                range,
            })
        };
        let call = |func: ast::Expr, args: Vec<ast::Expr>| {
            ast::Expr::Call(ast::ExprCall {
                func: Box::new(func),
                args,
                keywords: vec![],
                range,
            })
        };
        let mut out = vec![];
        for (k, class) in self.classes.iter().enumerate() {
            // (Arithmetic tries the reflection only for operands of different types; a
            // comparison for any: `b1 < b2` is `b2.__gt__(b1)` when `__lt__` gives up.)
            if Some(ClassId(k as u32)) == self.current_method_class && !comparison {
                continue;
            }
            // (An ABC of the library, `Mapping`, counts values of builtin types among its
            // instances, whose own reflection is no method of the program's.)
            let abc = ["_collections_abc.", "numbers."];
            if abc.iter().any(|p| class.name.starts_with(p)) {
                continue;
            }
            let Some(method) = class.method(&reflected) else {
                continue;
            };
            // (One that may give up too: its twin, which does not come back.)
            let called = match comparison && self.not_implemented_methods.contains(&method) {
                true => format!("{FINAL}{reflected}"),
                false => reflected.clone(),
            };
            if class.method(&called).is_none() {
                continue;
            }
            // (Only a value typed as one of the program's classes: another, of run-time type,
            // would have every class's method typed for it.)
            let classes = ast::Expr::Tuple(ast::ExprTuple {
                elts: vec![name(&class.name), name(super::type_tests::STATIC_ONLY)],
                ctx: ast::ExprContext::Load,
                range,
            });
            let test = call(name("isinstance"), vec![name(other), classes]);
            let method = ast::Expr::Attribute(ast::ExprAttribute {
                value: Box::new(name(other)),
                attr: ast::Identifier::new(called.as_str()),
                ctx: ast::ExprContext::Load,
                range,
            });
            let ret = ast::Stmt::Return(ast::StmtReturn {
                value: Some(Box::new(call(method, vec![name(this)]))),
                range,
            });
            out.push(ast::Stmt::If(ast::StmtIf {
                test: Box::new(test),
                body: vec![ret],
                orelse: vec![],
                range,
            }));
        }
        out
    }

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
            // `isinstance(other, C) and self is other` (only an instance of the method's class
            // may be the same object; the test narrows `other` for `is`).
            let class = self.current_method_class?;
            let mut load = |param: &str| {
                let local = *scope.local_ids.get(param)?;
                Some(self.expr_node(scope, span, ExprKind::Load(Place::Local(local))))
            };
            let (this, other, other2) = (load(this)?, load(other)?, load(other)?);
            let test = ExprKind::IsInstance(Box::new(other), vec![TypeRef::Class(class)]);
            let test = self.expr_node(scope, span, test);
            let same = ExprKind::Is {
                left: Box::new(this),
                right: Box::new(other2),
                negated: false,
            };
            let same = self.expr_node(scope, span, same);
            let v = ExprKind::BoolOp {
                is_and: true,
                values: vec![test, same],
            };
            let mut v = self.expr_node(scope, span, v);
            if dunder == "__ne__" {
                v = self.expr_node(scope, span, ExprKind::Unary(UnaryOp::Not, Box::new(v)));
            }
            return Some(StmtKind::Return(Some(v)));
        }
        let (op, reflected) = operator(dunder)?;
        let name_of = |me: &mut Self, scope: &mut Scope, param: &str| {
            let local = *scope.local_ids.get(param)?;
            let load = me.expr_node(scope, span, ExprKind::Load(Place::Local(local)));
            Some(me.expr_node(scope, span, ExprKind::TypeName(Box::new(load), false)))
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
        // `"a" + obj`, `[1] * obj`: a sequence on the left has its own message; so has one
        // on the right of `*` (`obj * "ab"`: the sequence's repetition refuses `obj`).
        if (reflected && matches!(op, "+" | "*")) || (!reflected && op == "*") {
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
