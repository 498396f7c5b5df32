//! `collections.defaultdict`: a dict that fills a missing key with a fresh default value.
//!
//! `defaultdict(list)` becomes [`ExprKind::DefaultDict`]: a dict allocation site plus the
//! expression of one default value (`[]`, `0`, `""`, …), evaluated once when the dict is made.
//! The runtime keeps that value as the dict's prototype and, on a missing key, stores a fresh
//! copy of it (a new empty container, or the same immutable scalar); so only factories whose
//! every call gives an equal, independent value are accepted: the builtin types and a `lambda`
//! returning a constant (or arithmetic and builtin conversions of constants: `float("inf")`),
//! a display of constants and such values (`{"n": 0, "seen": set()}`, copied all the way
//! down), a defaultdict of such a factory (whose copies keep the factory), or a `Counter`,
//! `OrderedDict` or `deque` of such arguments (an instance, copied deeply); and the program's
//! own functions and classes that amount to such values ([`user_factories`]): a function
//! without parameters that returns one (`def make_bucket(): return []`), a class whose
//! constructor takes no arguments and only sets attributes to them (an instance, copied
//! deeply: `defaultdict(Stats)`).

use super::*;

/// The name `collections` binds a factory to, for the dict's repr.
fn builtin_factory(name: &str) -> Option<&'static str> {
    Some(match name {
        "int" => "int",
        "float" => "float",
        "str" => "str",
        "bool" => "bool",
        "list" => "list",
        "dict" => "dict",
        "set" => "set",
        _ => return None,
    })
}

/// The library's classes whose fresh instance (made with no arguments, or with arguments of
/// the same kind as a factory's constant) a copy of one stands for: `defaultdict(Counter)`,
/// `defaultdict(lambda: deque([0]))`.
const LIBRARY_FACTORIES: &[&str] = &[
    "collections.Counter",
    "collections.OrderedDict",
    "collections.deque",
];

/// What natrix refuses as a `defaultdict` factory.
const UNCOPIED_FACTORY: &str = "a `defaultdict` factory whose calls may do more than build an \
    equal value each time (natrix copies one value of it: builtin types, and functions, \
    classes and lambdas that only build constants, empty containers and displays of them)";

impl Resolver<'_> {
    /// `defaultdict(factory)` (or `collections.defaultdict(factory)`).
    pub(super) fn defaultdict_call(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if c.args.len() == 2 && c.keywords.is_empty() {
            return self.defaultdict_of_items(c, span, scope, sigs);
        }
        let [factory] = c.args.as_slice() else {
            return self.unsupported(
                span,
                "`defaultdict()` without a factory, or with more than a factory and its items",
                scope,
            );
        };
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments to `defaultdict()`", scope);
        }
        let fspan = self.span(factory.range());
        let (name, zero) = match factory {
            ast::Expr::Name(n) if self.library_factory(n.id.as_str(), scope) => {
                let call = ast::Expr::Call(ast::ExprCall {
                    range: n.range,
                    func: Box::new(factory.clone()),
                    args: vec![],
                    keywords: vec![],
                });
                (n.id.to_string(), self.expr(&call, scope, sigs))
            }
            // The program's function or class whose every call gives such a value.
            ast::Expr::Name(n) if self.user_factory(n.id.as_str(), scope).is_some() => {
                let call = ast::Expr::Call(ast::ExprCall {
                    range: n.range,
                    func: Box::new(factory.clone()),
                    args: vec![],
                    keywords: vec![],
                });
                let name = match self.user_factory(n.id.as_str(), scope) {
                    Some(UserFactory::Class(_)) => format!("__main__.{}", n.id),
                    _ => format!("function {}", n.id),
                };
                (name, self.expr(&call, scope, sigs))
            }
            ast::Expr::Name(n) if !self.is_user_name(n.id.as_str(), scope) => {
                let Some(name) = builtin_factory(n.id.as_str()) else {
                    return self.unsupported(fspan, UNCOPIED_FACTORY, scope);
                };
                let kind = match name {
                    "int" => ExprKind::Int(0),
                    "float" => ExprKind::Float(0.0),
                    "str" => ExprKind::Str(String::new()),
                    "bool" => ExprKind::Bool(false),
                    "list" => ExprKind::List(vec![]),
                    "dict" => ExprKind::Dict(vec![]),
                    _ => ExprKind::Builtin(Builtin::Set, vec![]),
                };
                (name.to_string(), self.expr_node(scope, fspan, kind))
            }
            ast::Expr::Lambda(l) if l.args.args.is_empty() && l.args.vararg.is_none() => {
                if !self.fresh_each_call(&l.body, scope) {
                    return self.unsupported(fspan, UNCOPIED_FACTORY, scope);
                }
                let zero = self.expr(&l.body, scope, sigs);
                ("function <lambda>".to_string(), zero)
            }
            _ => return self.unsupported(fspan, UNCOPIED_FACTORY, scope),
        };
        self.expr_node(
            scope,
            span,
            ExprKind::DefaultDict {
                factory: name,
                zero: Box::new(zero),
            },
        )
    }

    /// `defaultdict(factory, items)`: the empty defaultdict, then `update(items)` (a mapping
    /// or an iterable of pairs, as `dict.update` takes them), evaluated in argument order.
    fn defaultdict_of_items(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut empty = c.clone();
        empty.args.truncate(1);
        let dict = self.defaultdict_call(&empty, span, scope, sigs);
        let mut prelude = vec![];
        let dict = super::calls::hoist(dict, "$defaultdict", scope, &mut prelude);
        let items = self.arg_expr(&c.args[1], scope, sigs);
        let items = super::calls::hoist(items, "$defaultdict", scope, &mut prelude);
        // `update` is resolved from source text naming both temporaries.
        let name = |l: LocalId, scope: &Scope| scope.locals[l.0 as usize].name.clone();
        let (dn, iname) = (name(dict, scope), name(items, scope));
        scope.local_ids.insert(dn.clone(), dict);
        scope.local_ids.insert(iname.clone(), items);
        let r = c.range;
        let load = |id: &str| super::closures::param_load(id, r);
        let update = ast::Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(ast::Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(load(&dn)),
                attr: ast::Identifier::new("update"),
                ctx: ast::ExprContext::Load,
            })),
            args: vec![load(&iname)],
            keywords: vec![],
        });
        let update = self.expr(&update, scope, sigs);
        prelude.push(Stmt {
            span,
            kind: StmtKind::Expr(update),
        });
        let value = self.expr(&load(&dn), scope, sigs);
        scope.local_ids.remove(&dn);
        scope.local_ids.remove(&iname);
        self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(value)))
    }

    /// Whether `name` is one of [`LIBRARY_FACTORIES`] (linked, and not a local of that name).
    fn library_factory(&self, name: &str, scope: &Scope) -> bool {
        LIBRARY_FACTORIES.contains(&name)
            && self.class_ids.contains_key(name)
            && !scope.local_ids.contains_key(name)
    }

    /// The program's function or class `name` (not a local of that name) whose every call
    /// without arguments gives an equal value that a copy of one stands for.
    fn user_factory(&self, name: &str, scope: &Scope) -> Option<&UserFactory> {
        if scope.local_ids.contains_key(name) {
            return None;
        }
        let f = self.user_factories.get(name)?;
        let values = match f {
            UserFactory::Function(e) => std::slice::from_ref(e),
            UserFactory::Class(values) => values.as_slice(),
        };
        // (A factory's values may not call the program's factories: no cycle to follow.)
        values
            .iter()
            .all(|v| !calls_user_name(v, &self.user_factories) && self.fresh_each_call(v, scope))
            .then_some(f)
    }

    /// Whether every evaluation of `e` (a factory `lambda`'s body) gives an equal value that a
    /// copy of one of them stands for: a constant, an empty `list()`, `dict()` or `set()`, a
    /// list or dict display of such values (`{"n": 0, "seen": set()}`), a set or tuple
    /// display of constants, a `defaultdict` of such a factory (copied with its factory), or
    /// a call of such a function or class of the program ([`Self::user_factory`]).
    fn fresh_each_call(&self, e: &ast::Expr, scope: &Scope) -> bool {
        let constant = |e: &ast::Expr| self.immutable_constant(e, scope);
        if constant(e) {
            return true;
        }
        // (The runtime copies a list's items and a dict's values the same way.)
        let fresh = |e: &ast::Expr| self.fresh_each_call(e, scope);
        match e {
            ast::Expr::List(x) => x.elts.iter().all(fresh),
            ast::Expr::Set(x) => x.elts.iter().all(constant),
            ast::Expr::Tuple(x) => x.elts.iter().all(constant),
            ast::Expr::Dict(x) => {
                x.keys.iter().all(|k| k.as_ref().is_some_and(constant))
                    && x.values.iter().all(fresh)
            }
            ast::Expr::Call(c)
                if matches!(c.func.as_ref(), ast::Expr::Name(n)
                    if self.library_factory(n.id.as_str(), scope)) =>
            {
                c.args
                    .iter()
                    .chain(c.keywords.iter().map(|k| &k.value))
                    .all(fresh)
            }
            ast::Expr::Call(c) if c.keywords.is_empty() => match c.func.as_ref() {
                ast::Expr::Name(n) if self.user_factory(n.id.as_str(), scope).is_some() => {
                    c.args.is_empty()
                }
                ast::Expr::Name(n) if self.is_user_name(n.id.as_str(), scope) => false,
                ast::Expr::Name(n) if matches!(n.id.as_str(), "list" | "dict" | "set") => {
                    c.args.is_empty()
                }
                ast::Expr::Name(n) if self.defaultdict_names.contains(n.id.as_str()) => {
                    match c.args.as_slice() {
                        [ast::Expr::Name(f)] => {
                            !self.is_user_name(f.id.as_str(), scope)
                                && builtin_factory(f.id.as_str()).is_some()
                        }
                        [ast::Expr::Lambda(l)] => {
                            l.args.args.is_empty() && self.fresh_each_call(&l.body, scope)
                        }
                        _ => false,
                    }
                }
                _ => false,
            },
            e => constant(e),
        }
    }

    /// Whether `e` is an immutable value every evaluation gives alike: a constant, or
    /// arithmetic on constants and builtin conversions of them (`float("inf")`, `10 ** 9`,
    /// `-1`, `(0, 0)`).
    fn immutable_constant(&self, e: &ast::Expr, scope: &Scope) -> bool {
        match e {
            ast::Expr::Constant(k) => !matches!(k.value, ast::Constant::Ellipsis),
            ast::Expr::UnaryOp(u) => self.immutable_constant(&u.operand, scope),
            ast::Expr::BinOp(b) => {
                self.immutable_constant(&b.left, scope) && self.immutable_constant(&b.right, scope)
            }
            ast::Expr::Tuple(t) => t.elts.iter().all(|x| self.immutable_constant(x, scope)),
            ast::Expr::Call(c) if c.keywords.is_empty() => {
                matches!(c.func.as_ref(), ast::Expr::Name(n)
                    if matches!(n.id.as_str(), "float" | "int" | "str" | "bool")
                        && !self.is_user_name(n.id.as_str(), scope))
                    && c.args.iter().all(|x| self.immutable_constant(x, scope))
            }
            _ => false,
        }
    }
}

/// What a call of one of the program's functions or classes without arguments gives, when
/// that may be a `defaultdict` factory: a function's returned expression, or the values a
/// class's `__init__` assigns to attributes (the factory if each is fresh on every call).
#[derive(Debug)]
pub(super) enum UserFactory {
    Function(ast::Expr),
    Class(Vec<ast::Expr>),
}

/// The module-level functions without parameters whose body is `return value` (after a
/// docstring), and the classes whose constructor takes no arguments and does nothing but
/// set attributes (`self.n = 0`; no constructor at all, in a class without bases), with no
/// copy hooks: the candidates [`Resolver::user_factory`] checks.
pub(super) fn user_factories(module: &[ast::Stmt]) -> HashMap<String, UserFactory> {
    let mut out = HashMap::new();
    for s in module {
        match s {
            ast::Stmt::FunctionDef(f) if no_parameters(&f.args) && f.decorator_list.is_empty() => {
                if let [ast::Stmt::Return(ast::StmtReturn { value: Some(v), .. })] =
                    without_docstring(&f.body)
                {
                    out.insert(f.name.to_string(), UserFactory::Function((**v).clone()));
                }
            }
            ast::Stmt::ClassDef(c) if c.decorator_list.is_empty() => {
                if let Some(values) = pure_constructor(c) {
                    out.insert(c.name.to_string(), UserFactory::Class(values));
                }
            }
            _ => {}
        }
    }
    out
}

fn without_docstring(body: &[ast::Stmt]) -> &[ast::Stmt] {
    match body {
        [ast::Stmt::Expr(e), rest @ ..] if matches!(e.value.as_ref(), ast::Expr::Constant(k) if matches!(k.value, ast::Constant::Str(_))) => {
            rest
        }
        all => all,
    }
}

fn no_parameters(a: &ast::Arguments) -> bool {
    a.posonlyargs.is_empty()
        && a.args.is_empty()
        && a.vararg.is_none()
        && a.kwonlyargs.is_empty()
        && a.kwarg.is_none()
}

/// The values class `c`'s `__init__(self)` assigns (`self.attr = value`, nothing else), when
/// that is all its construction does.
fn pure_constructor(c: &ast::StmtClassDef) -> Option<Vec<ast::Expr>> {
    let mut init = None;
    for s in &c.body {
        if let ast::Stmt::FunctionDef(f) = s {
            match f.name.as_str() {
                "__init__" => init = Some(f),
                "__new__" | "__copy__" | "__deepcopy__" | "__reduce__" | "__reduce_ex__"
                | "__getstate__" | "__setstate__" | "__post_init__" => return None,
                _ => {}
            }
        }
    }
    let Some(init) = init else {
        return c.bases.is_empty().then(Vec::new);
    };
    let [this] = init.args.args.as_slice() else {
        return None;
    };
    if !init.args.posonlyargs.is_empty()
        || init.args.vararg.is_some()
        || !init.args.kwonlyargs.is_empty()
        || init.args.kwarg.is_some()
        || !init.decorator_list.is_empty()
    {
        return None;
    }
    let this = this.def.arg.as_str();
    let is_attr = |t: &ast::Expr| {
        matches!(t, ast::Expr::Attribute(a)
            if matches!(a.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == this))
    };
    let mut values = vec![];
    for s in without_docstring(&init.body) {
        match s {
            ast::Stmt::Assign(a) if a.targets.len() == 1 && is_attr(&a.targets[0]) => {
                values.push((*a.value).clone())
            }
            ast::Stmt::AnnAssign(a) if is_attr(&a.target) && a.value.is_some() => {
                values.extend(a.value.as_deref().cloned())
            }
            ast::Stmt::Pass(_) => {}
            _ => return None,
        }
    }
    Some(values)
}

/// Whether `e` calls one of `factories` (by name).
fn calls_user_name(e: &ast::Expr, factories: &HashMap<String, UserFactory>) -> bool {
    let mut found = false;
    let mut v = CallsOf {
        names: factories,
        found: &mut found,
    };
    rustpython_ast::Visitor::visit_expr(&mut v, e.clone());
    found
}

struct CallsOf<'a> {
    names: &'a HashMap<String, UserFactory>,
    found: &'a mut bool,
}

impl rustpython_ast::Visitor for CallsOf<'_> {
    visit_skipped_parts!();

    fn visit_expr_call(&mut self, node: ast::ExprCall) {
        if matches!(node.func.as_ref(), ast::Expr::Name(n) if self.names.contains_key(n.id.as_str()))
        {
            *self.found = true;
        }
        self.generic_visit_expr_call(node);
    }
}
