//! A builtin type's method taken from a value without calling it (`add = seen.append`,
//! `iter(stack.pop, 0)`, `key=names.__getitem__`, `map(", ".join, rows)`): the function that
//! calls it on that value, which is evaluated once, where the method is taken:
//!
//! ```python
//! add = seen.append    →    add = (lambda __natrix_recv: lambda x: __natrix_recv.append(x))(seen)
//! ```
//!
//! Resolve decides by name, as the methods have one meaning across the builtin types (and
//! the library's classes that stand for builtins: `deque`, `Counter`): the name is one of
//! [`BOUND`] and no class of the program has a method of that name, nor is an attribute of
//! that name assigned anywhere (`a.keys = d.keys()` makes `a.keys` data).
//!
//! Also here: `xs.__getitem__(i)`, `s.__contains__(x)`, `d.__setitem__(k, v)` and
//! `d.__delitem__(k)` called by name, which are the operators (the last two statements, in
//! an expression whose value is None).

use super::*;

/// The methods taken as values: name, the function's parameters, and the call it makes of
/// the receiver `{r}`.
const BOUND: &[(&str, &str, &str)] = &[
    ("append", "x", "{r}.append(x)"),
    ("appendleft", "x", "{r}.appendleft(x)"),
    ("extend", "xs", "{r}.extend(xs)"),
    ("add", "x", "{r}.add(x)"),
    ("discard", "x", "{r}.discard(x)"),
    ("remove", "x", "{r}.remove(x)"),
    ("insert", "i, x", "{r}.insert(i, x)"),
    ("index", "x", "{r}.index(x)"),
    ("count", "x", "{r}.count(x)"),
    ("update", "other", "{r}.update(other)"),
    ("get", "key, default=None", "{r}.get(key, default)"),
    (
        "setdefault",
        "key, default=None",
        "{r}.setdefault(key, default)",
    ),
    // (`pop()` of lists, sets, deques; `pop(i)` of lists, `pop(key)` of dicts.)
    ("pop", "i=None", "{r}.pop() if i is None else {r}.pop(i)"),
    (
        "sort",
        "*, key=None, reverse=False",
        "{r}.sort(key=key, reverse=reverse)",
    ),
    ("reverse", "", "{r}.reverse()"),
    ("split", "sep=None, maxsplit=-1", "{r}.split(sep, maxsplit)"),
    (
        "rsplit",
        "sep=None, maxsplit=-1",
        "{r}.rsplit(sep, maxsplit)",
    ),
    (
        "replace",
        "old, new, count=-1",
        "{r}.replace(old, new, count)",
    ),
    (
        "strip",
        "chars=None",
        "{r}.strip() if chars is None else {r}.strip(chars)",
    ),
    (
        "lstrip",
        "chars=None",
        "{r}.lstrip() if chars is None else {r}.lstrip(chars)",
    ),
    (
        "rstrip",
        "chars=None",
        "{r}.rstrip() if chars is None else {r}.rstrip(chars)",
    ),
    ("lower", "", "{r}.lower()"),
    ("upper", "", "{r}.upper()"),
    ("popleft", "", "{r}.popleft()"),
    ("clear", "", "{r}.clear()"),
    ("copy", "", "{r}.copy()"),
    ("keys", "", "{r}.keys()"),
    ("values", "", "{r}.values()"),
    ("items", "", "{r}.items()"),
    ("join", "parts", "{r}.join(parts)"),
    // (`map("{:>5}".format, values)`, `row = "{name}: {qty}".format`.)
    ("format", "*args, **kwargs", "{r}.format(*args, **kwargs)"),
    ("startswith", "prefix", "{r}.startswith(prefix)"),
    ("endswith", "suffix", "{r}.endswith(suffix)"),
    ("find", "sub", "{r}.find(sub)"),
    ("issubset", "other", "{r}.issubset(other)"),
    ("issuperset", "other", "{r}.issuperset(other)"),
    ("__getitem__", "key", "{r}[key]"),
    ("__contains__", "x", "x in {r}"),
    // (`field(default_factory=itertools.count(1).__next__)`: an id source.)
    ("__next__", "", "next({r})"),
];

impl Resolver<'_> {
    /// The function `a` (`obj.method`, not called) stands for, when it is a builtin type's
    /// method of [`BOUND`] no class of the program shares the name of.
    pub(super) fn bound_builtin_method(&self, a: &ast::ExprAttribute, scope: &Scope) -> bool {
        let name = a.attr.as_str();
        // (The library's classes — `deque`, `Counter` — take the builtins' arguments.)
        if !BOUND.iter().any(|(m, ..)| *m == name)
            || self.stored_attrs.contains(name)
            || self.classes.iter().any(|c| {
                !c.name.contains('.') && (c.method(name).is_some() || c.attr(name).is_some())
            })
        {
            return false;
        }
        // A value: a variable (not a class, a function or a module), an attribute or item of
        // one, a call's result, or a literal.
        match a.value.as_ref() {
            ast::Expr::Name(n) => {
                let n = n.id.as_str();
                self.is_user_name(n, scope)
                    && self.class_named(n, scope).is_none()
                    && !self.func_ids.contains_key(n)
            }
            ast::Expr::Attribute(_)
            | ast::Expr::Subscript(_)
            | ast::Expr::Call(_)
            | ast::Expr::Constant(_)
            | ast::Expr::List(_)
            | ast::Expr::Dict(_)
            | ast::Expr::Set(_) => true,
            _ => false,
        }
    }

    /// [`Self::bound_builtin_method`]'s function.
    pub(super) fn bound_method_value(
        &mut self,
        a: &ast::ExprAttribute,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let (_, params, call) = BOUND
            .iter()
            .find(|(m, ..)| *m == a.attr.as_str())
            .expect("checked");
        let call = call.replace("{r}", "__natrix_recv");
        let src = format!(
            "__natrix_bound = (lambda __natrix_recv: lambda {params}: {call})(__natrix_obj)\n"
        );
        let replace = HashMap::from([("__natrix_obj".to_string(), (*a.value).clone())]);
        let stmts = super::dataclasses::place_generated(&src, "<bound method>", a.range, replace)
            .expect("the bound method parses");
        let [ast::Stmt::Assign(assign)] = stmts.as_slice() else {
            unreachable!("one assignment")
        };
        self.expr(&assign.value, scope, sigs)
    }
}

/// The names of the attributes the module assigns or deletes anywhere (`obj.keys = …`,
/// `self.items, self.n = …`, `del obj.get`), or declares as a class's fields (`keys:
/// frozenset` of a named tuple or dataclass).
pub(super) fn assigned_attrs(module: &[ast::Stmt]) -> HashSet<String> {
    let mut names = AttrStores(HashSet::new());
    for s in module {
        if let Err(never) = rustpython_ast::Fold::fold_stmt(&mut names, s.clone()) {
            match never {}
        }
    }
    names.0
}

struct AttrStores(HashSet<String>);

impl rustpython_ast::Fold<ast::text_size::TextRange> for AttrStores {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        if let ast::Stmt::ClassDef(c) = &node {
            for s in &c.body {
                if let ast::Stmt::AnnAssign(a) = s {
                    if let ast::Expr::Name(n) = a.target.as_ref() {
                        self.0.insert(n.id.to_string());
                    }
                }
            }
        }
        rustpython_ast::fold::fold_stmt(self, node)
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        if let ast::Expr::Attribute(a) = &node {
            if !matches!(a.ctx, ast::ExprContext::Load) {
                self.0.insert(a.attr.to_string());
            }
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}

impl Resolver<'_> {
    /// `xs.__getitem__(i)`, `s.__contains__(x)`, `d.__setitem__(k, v)`, `d.__delitem__(k)`
    /// called by name: what the operator (statement) does (`xs[i]`, `x in s`; the class's
    /// dunder for an instance). `None` for other calls.
    pub(super) fn dunder_by_name(
        &mut self,
        c: &ast::ExprCall,
        attr: &ast::ExprAttribute,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        // (`super().__getitem__(i)` is the base's method, not the operator.)
        let is_super = matches!(attr.value.as_ref(), ast::Expr::Call(s)
            if matches!(s.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "super"));
        if !c.keywords.is_empty() || is_super {
            return None;
        }
        let value = attr.value.clone();
        let operator = match (attr.attr.as_str(), c.args.as_slice()) {
            ("__getitem__", [k]) if !matches!(k, ast::Expr::Starred(_)) => {
                ast::Expr::Subscript(ast::ExprSubscript {
                    range: c.range,
                    value,
                    slice: Box::new(k.clone()),
                    ctx: ast::ExprContext::Load,
                })
            }
            ("__contains__", [x]) if !matches!(x, ast::Expr::Starred(_)) => {
                ast::Expr::Compare(ast::ExprCompare {
                    range: c.range,
                    left: Box::new(x.clone()),
                    ops: vec![ast::CmpOp::In],
                    comparators: vec![*value],
                })
            }
            // `d.__setitem__(k, v)`, `d.__delitem__(k)` (a callback's `counts.__setitem__(…)`):
            // the statement, then None.
            ("__setitem__", [k, v])
                if ![k, v].iter().any(|a| matches!(a, ast::Expr::Starred(_))) =>
            {
                let target = ast::Expr::Subscript(ast::ExprSubscript {
                    range: c.range,
                    value,
                    slice: Box::new(k.clone()),
                    ctx: ast::ExprContext::Store,
                });
                let assign = ast::Stmt::Assign(ast::StmtAssign {
                    range: c.range,
                    targets: vec![target],
                    value: Box::new(v.clone()),
                    type_comment: None,
                });
                return Some(self.statement_value(&assign, c, scope, sigs));
            }
            ("__delitem__", [k]) if !matches!(k, ast::Expr::Starred(_)) => {
                let target = ast::Expr::Subscript(ast::ExprSubscript {
                    range: c.range,
                    value,
                    slice: Box::new(k.clone()),
                    ctx: ast::ExprContext::Del,
                });
                let del = ast::Stmt::Delete(ast::StmtDelete {
                    range: c.range,
                    targets: vec![target],
                });
                return Some(self.statement_value(&del, c, scope, sigs));
            }
            _ => return None,
        };
        Some(self.expr(&operator, scope, sigs))
    }

    /// Statement `s` as an expression whose value is None.
    fn statement_value(
        &mut self,
        s: &ast::Stmt,
        c: &ast::ExprCall,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut out = vec![];
        self.stmt(s, scope, sigs, &mut out);
        let span = self.span(c.range);
        let none = Box::new(self.expr_node(scope, span, ExprKind::None));
        self.expr_node(scope, span, ExprKind::Block(out, none))
    }
}
