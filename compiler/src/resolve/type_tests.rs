//! Tests of a value's type: `isinstance(x, T)`, `issubclass(A, B)`, comparisons of
//! `type(x)` with another `type(…)` or a class (`type(a) == type(b)`, `type(x) is Point`),
//! and tests of a class object held in a value (`exc_type is KeyError`, `issubclass(exc_type,
//! LookupError)` in `__exit__`).

use super::*;

/// A name the resolver's own `isinstance` tests list among their classes: the test is false
/// for a value of run-time type, whatever it holds (`not_implemented.rs`: a reflected method
/// is tried only on a value whose static type shows its class).
pub(crate) const STATIC_ONLY: &str = "__natrix_static__";

/// The builtin types a type test names (`type(x) == int`, `int.__name__`).
const BUILTIN_TYPES: &[&str] = &[
    "int", "float", "str", "bool", "list", "dict", "set", "tuple", "bytes",
];

/// What an `isinstance` test against a name of `collections.abc`, `numbers` or `typing`
/// tests: an ABC (`natrix_abi::abcs`), or for the aliases of builtin types (`typing.List`)
/// the type.
fn abc_type(name: &str) -> Option<&'static str> {
    let abc = |n: &str| natrix_abi::abcs::ABCS.iter().copied().find(|a| *a == n);
    if let Some(n) = name.strip_prefix(crate::modules::COLLECTIONS_ABC) {
        return n.strip_prefix('.').and_then(abc);
    }
    if let Some(n) = name.strip_prefix("numbers.") {
        return abc(n);
    }
    match name.strip_prefix("typing.")? {
        "List" => Some("list"),
        "Dict" => Some("dict"),
        "Set" => Some("set"),
        "FrozenSet" => Some("frozenset"),
        "Tuple" => Some("tuple"),
        "AbstractSet" => Some("Set"),
        n => abc(n),
    }
}

impl Resolver<'_> {
    /// Whether `name` is one of the builtin types (`int`, `str`, …), not a name of the
    /// program's.
    pub(super) fn is_builtin_type(&self, name: &str, scope: &Scope) -> bool {
        BUILTIN_TYPES.contains(&name) && !self.is_user_name(name, scope)
    }

    /// Whether `name` is bound by the program (so a builtin of that name is shadowed).
    /// `type(a) == type(b)` (also `!=`, `is`, `is not`), or `type(a)` against a class of the
    /// program or a builtin type, rewritten as a comparison of `type(…).__name__` and the
    /// class's name. `None` for any other comparison.
    pub(super) fn type_compare(&self, c: &ast::ExprCompare, scope: &Scope) -> Option<ast::Expr> {
        let [op] = c.ops.as_slice() else {
            return None;
        };
        let eq = match op {
            ast::CmpOp::Eq | ast::CmpOp::Is => true,
            ast::CmpOp::NotEq | ast::CmpOp::IsNot => false,
            _ => return None,
        };
        let is_type_call = |e: &ast::Expr| self.type_call_arg(e, scope).is_some();
        let class_name = |e: &ast::Expr| match e {
            ast::Expr::Name(n) if self.class_named(n.id.as_str(), scope).is_some() => {
                Some(crate::hir::py_name(n.id.as_str()))
            }
            ast::Expr::Name(n) if self.is_builtin_type(n.id.as_str(), scope) => {
                Some(n.id.to_string())
            }
            _ => None,
        };
        let right = &c.comparators[0];
        let r = c.range;
        let name_of = |e: &ast::Expr| {
            ast::Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(e.clone()),
                attr: ast::Identifier::new("__name__"),
                ctx: ast::ExprContext::Load,
            })
        };
        let text = |s: String| {
            ast::Expr::Constant(ast::ExprConstant {
                range: r,
                value: ast::Constant::Str(s),
                kind: None,
            })
        };
        // A class held in a variable (`type(x) is cls`, `type(x) == self.kind`): its name.
        let named = |e: &ast::Expr| match class_name(e) {
            Some(n) => Some(text(n)),
            None if matches!(
                e,
                ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_)
            ) =>
            {
                Some(name_of(e))
            }
            None => None,
        };
        let (a, b) = match (is_type_call(&c.left), is_type_call(right)) {
            (true, true) => (name_of(&c.left), name_of(right)),
            (true, false) => (name_of(&c.left), named(right)?),
            (false, true) => (named(&c.left)?, name_of(right)),
            (false, false) => return None,
        };
        Some(ast::Expr::Compare(ast::ExprCompare {
            range: r,
            left: Box::new(a),
            ops: vec![if eq {
                ast::CmpOp::Eq
            } else {
                ast::CmpOp::NotEq
            }],
            comparators: vec![b],
        }))
    }

    /// The argument of `type(x)` (the builtin `type`, not shadowed), when `e` is that call
    /// (or `x.__class__`).
    pub(super) fn type_call_arg<'e>(
        &self,
        e: &'e ast::Expr,
        scope: &Scope,
    ) -> Option<&'e ast::Expr> {
        match e {
            ast::Expr::Call(call)
                if call.args.len() == 1
                    && call.keywords.is_empty()
                    && matches!(call.func.as_ref(), ast::Expr::Name(n)
                        if n.id.as_str() == "type" && !self.is_user_name("type", scope)) =>
            {
                Some(&call.args[0])
            }
            // (`x.__class__`, the same.)
            ast::Expr::Attribute(a) if a.attr.as_str() == "__class__" => Some(&a.value),
            _ => None,
        }
    }

    /// `type(self).count += 1` in a method a subclass inherits (`self_class.rs` names the
    /// class where no subclass does): CPython gives the instance's class an attribute of its
    /// own, which natrix does not model.
    pub(super) fn class_store_through_type(&mut self, span: Span, scope: &mut Scope) {
        let what =
            "assigning a class attribute through `type(self)` in a method that subclasses inherit";
        self.unsupported(span, what, scope);
    }

    /// `type(x)` where it is shown (printed, `str()`, an f-string field): the text CPython
    /// shows, `<class 'int'>`, `<class '__main__.Point'>`. Classes are not values yet, so
    /// `type(x)` elsewhere (but compared, `type(x) == T`) is not this.
    pub(super) fn type_display(
        &mut self,
        e: &ast::Expr,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let arg = self.type_call_arg(e, scope)?;
        let span = self.span(e.range());
        let x = self.expr(arg, scope, sigs);
        let name = self.expr_node(
            scope,
            span,
            ExprKind::Builtin(Builtin::TypeQualName, vec![x]),
        );
        let open = self.expr_node(scope, span, ExprKind::Str("<class '".into()));
        let close = self.expr_node(scope, span, ExprKind::Str("'>".into()));
        Some(self.concat(vec![open, name, close], span, scope))
    }

    /// `isinstance(value, T)` / `isinstance(value, (T, U, …))`.
    pub(super) fn isinstance(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if c.args.len() != 2 || !c.keywords.is_empty() {
            return self.unsupported(span, "isinstance() with other than two arguments", scope);
        }
        // A class held in a variable (`isinstance(item, kind)`, `isinstance(e, self.kind)`):
        // tested when it runs.
        let held = match &c.args[1] {
            ast::Expr::Name(n) if abc_type(n.id.as_str()).is_some() => false,
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                self.is_user_name(name, scope) && !self.func_ids.contains_key(name)
            }
            // `(A, B)`, `A | B`: classes named here.
            ast::Expr::Tuple(_) => false,
            ast::Expr::BinOp(b) => b.op != ast::Operator::BitOr,
            _ => true,
        };
        if held {
            let args = vec![
                self.expr(&c.args[0], scope, sigs),
                self.expr(&c.args[1], scope, sigs),
            ];
            return self.expr_node(scope, span, ExprKind::Builtin(Builtin::IsInstanceOf, args));
        }
        let names = class_tuple_items(&c.args[1]);
        let mut types = vec![];
        for n in names {
            let ast::Expr::Name(n) = n else {
                return self.unsupported(
                    self.span(n.range()),
                    "an isinstance() type other than a name",
                    scope,
                );
            };
            let name = n.id.as_str();
            const BUILTIN: [&str; 11] = [
                "int",
                "float",
                "str",
                "bytes",
                "bool",
                "list",
                "dict",
                "set",
                "frozenset",
                "tuple",
                "object",
            ];
            // (An ABC is a class natrix's library defines too, but tested as CPython does.)
            if let Some(t) = abc_type(name) {
                types.push(TypeRef::Builtin(t));
            } else if let Some(cid) = self.class_ids.get(name) {
                types.push(TypeRef::Class(*cid));
            } else if name == STATIC_ONLY {
                types.push(TypeRef::Builtin(STATIC_ONLY));
            } else if let Some(b) = BUILTIN.iter().find(|b| **b == name) {
                types.push(TypeRef::Builtin(b));
            } else if let Some(k) = natrix_abi::ExcKind::from_name(name) {
                types.push(TypeRef::Exc(k));
            } else {
                return self.unsupported(
                    self.span(n.range),
                    &format!(
                        "isinstance() against `{}`",
                        super::versions::source_name(name)
                    ),
                    scope,
                );
            }
        }
        let value = Box::new(self.expr(&c.args[0], scope, sigs));
        self.expr_node(scope, span, ExprKind::IsInstance(value, types))
    }

    /// `issubclass(A, B)` / `issubclass(A, (B, C))` of classes named in the program or builtin
    /// exception classes: decided here (classes do not change).
    pub(super) fn issubclass(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let class = |this: &Self, e: &ast::Expr| match e {
            ast::Expr::Name(n) => this.class_named(n.id.as_str(), scope),
            _ => None,
        };
        let builtin = |this: &Self, e: &ast::Expr| match e {
            ast::Expr::Name(n) if !this.is_user_name(n.id.as_str(), scope) => {
                natrix_abi::ExcKind::from_name(n.id.as_str())
            }
            _ => None,
        };
        let [sub, sup] = c.args.as_slice() else {
            return self.unsupported(span, "`issubclass()` without two arguments", scope);
        };
        // A class object held in a value (`issubclass(exc_type, KeyError)` in `__exit__`):
        // tested when it runs.
        if class(self, sub).is_none() && builtin(self, sub).is_none() {
            let names: Option<Vec<String>> = class_tuple_items(sup)
                .into_iter()
                .map(|b| self.class_qualname(b, scope))
                .collect();
            if let Some(names) = names {
                let value = self.expr(sub, scope, sigs);
                return self.expr_node(
                    scope,
                    span,
                    ExprKind::ClassTest(Box::new(value), names, false),
                );
            }
        }
        // Classes held in a value on the right (`issubclass(exc_type, self.types)`): tested
        // when it runs.
        let named = class_tuple_items(sup)
            .into_iter()
            .all(|b| self.class_qualname(b, scope).is_some());
        if !named {
            let args = vec![self.expr(sub, scope, sigs), self.expr(sup, scope, sigs)];
            return self.expr_node(scope, span, ExprKind::Builtin(Builtin::IsSubclassOf, args));
        }
        // The class tested: a user class (and the builtin exception it derives from), or a
        // builtin exception class.
        let (user, kind) = match (class(self, sub), builtin(self, sub)) {
            (Some(d), _) => (Some(d), self.class_exc_kind(d)),
            (None, Some(k)) => (None, Some(k)),
            (None, None) => {
                return self.unsupported(
                    span,
                    "`issubclass()` of anything but a class of the program or a builtin exception",
                    scope,
                );
            }
        };
        let mut result = false;
        for b in class_tuple_items(sup) {
            if let Some(k) = class(self, b) {
                if let Some(x) = user {
                    result |= self.classes[x.0 as usize].mro.contains(&k);
                }
            } else if let Some(k) = builtin(self, b) {
                result |= kind.is_some_and(|mine| mine.is_subclass_of(k));
            } else if matches!(b, ast::Expr::Name(n) if n.id.as_str() == "object") {
                result = true;
            } else {
                return self.unsupported(
                    span,
                    "`issubclass()` against anything but classes",
                    scope,
                );
            }
        }
        self.expr_node(scope, span, ExprKind::Bool(result))
    }

    /// The qualified name of the class `e` names, as a class object holds it: a class of the
    /// program (`__main__.AppError`), a builtin exception class, or `object`.
    pub(super) fn class_qualname(&self, e: &ast::Expr, scope: &Scope) -> Option<String> {
        let ast::Expr::Name(n) = e else {
            return None;
        };
        let name = n.id.as_str();
        if let Some(c) = self.class_named(name, scope) {
            return Some(self.classes[c.0 as usize].qualname());
        }
        if self.is_user_name(name, scope) {
            return None;
        }
        if name == "object" || super::closures::BUILTIN_TYPES.contains(&name) {
            return Some(name.to_string());
        }
        natrix_abi::ExcKind::from_name(name).map(|k| k.qualified_name())
    }

    /// `cls is K` / `cls is not K` (or `==`, `!=`) of a value `cls` and a class `K` (the
    /// `exc_type` of `__exit__` against an exception class, `kind is float` of a builtin type
    /// passed as a value): the value, the class's qualified name, and whether the test is
    /// negated.
    pub(super) fn class_identity<'e>(
        &self,
        c: &'e ast::ExprCompare,
        scope: &Scope,
    ) -> Option<(&'e ast::Expr, String, bool)> {
        let [op] = c.ops.as_slice() else {
            return None;
        };
        // (A class equals only itself.)
        let negated = match op {
            ast::CmpOp::Is | ast::CmpOp::Eq => false,
            ast::CmpOp::IsNot | ast::CmpOp::NotEq => true,
            _ => return None,
        };
        let right = &c.comparators[0];
        let (value, class) = match (
            self.class_qualname(&c.left, scope),
            self.class_qualname(right, scope),
        ) {
            (None, Some(k)) => (&*c.left, k),
            (Some(k), None) => (right, k),
            _ => return None,
        };
        Some((value, class, negated))
    }
}

impl Resolver<'_> {
    /// Where comparison `c` (by `is`, `is not`, `==` or `!=`) has a builtin class named as an
    /// operand (`typ is int`).
    pub(super) fn builtin_class_compared(
        &self,
        c: &ast::ExprCompare,
        scope: &Scope,
    ) -> Option<Span> {
        let identity = c.ops.iter().all(|op| {
            matches!(
                op,
                ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::Eq | ast::CmpOp::NotEq
            )
        });
        if !identity {
            return None;
        }
        std::iter::once(&*c.left)
            .chain(&c.comparators)
            .find(|e| {
                matches!(e, ast::Expr::Name(n)
                    if crate::modules::class_aliases::BUILTIN_CLASSES.contains(&n.id.as_str())
                        && !self.is_user_name(n.id.as_str(), scope))
            })
            .map(|e| self.span(e.range()))
    }
}

/// The classes `isinstance()` or `issubclass()` tests against: one, or the items of a tuple
/// of them, nested tuples flattened (as CPython accepts them).
fn class_tuple_items(e: &ast::Expr) -> Vec<&ast::Expr> {
    match e {
        ast::Expr::Tuple(t) => t.elts.iter().flat_map(class_tuple_items).collect(),
        union => union_items(union),
    }
}

/// The classes of a union type `int | str | None` (which `isinstance` takes as the tuple
/// `(int, str, NoneType)`), or `e` itself.
fn union_items(e: &ast::Expr) -> Vec<&ast::Expr> {
    match e {
        ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            let mut items = union_items(&b.left);
            items.extend(union_items(&b.right));
            items
        }
        one => vec![one],
    }
}
