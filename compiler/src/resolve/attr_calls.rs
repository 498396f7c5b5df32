//! Attributes reached other than by `obj.name`:
//!
//! - `self.on_done(result)` where `on_done` is an attribute holding a function (a callback, a
//!   strategy, a bound method: `self.handler = self.reject`), not a method: a call of the
//!   attribute's value (`CallValue(GetAttr(self, "on_done"))`). Resolve decides it by name:
//!   some method assigns `self.on_done = …`, no class of the program has a method of that
//!   name, and the receiver is a method's instance parameter or the name is no method of a
//!   builtin type.
//! - `hasattr(obj, "name")` and `getattr(obj, "name"[, default])` with a literal name;
//!   `setattr(obj, "name", value)` with a literal name is the assignment.
//! - `getattr(obj, name[, default])` with a name computed at run time (`getattr(self,
//!   "visit_" + kind, self.generic_visit)`): a call of a generated function testing the name
//!   against every method and attribute name (not dunders) of the program's classes that
//!   `obj` has, returning the one it names, else the default (CPython's AttributeError without
//!   one). Called at once (`getattr(obj, op)(*args)`), or assigned to a local variable that
//!   is only ever called (`visitor = getattr(self, name)`, then `visitor(node)`), only
//!   methods are looked for. `hasattr(obj, name)` likewise.

use super::*;
use rustpython_ast::Visitor;

/// The attributes every object has (of `object` and `type(obj)`), which `hasattr` finds
/// whatever the class.
#[rustfmt::skip]
const OBJECT_ATTRS: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
    "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__",
];

/// The methods of builtin types (`s.strip()` stays a method call whatever attributes the
/// program's classes have).
#[rustfmt::skip]
const BUILTIN_METHODS: &[&str] = &[
    "add", "append", "as_integer_ratio", "bit_count", "bit_length", "capitalize", "casefold",
    "center", "clear", "close", "conjugate", "copy", "count", "decode", "denominator",
    "difference", "difference_update", "discard", "encode", "endswith", "expandtabs", "extend",
    "find", "format", "format_map", "from_bytes", "fromhex", "fromkeys", "get", "hex", "imag",
    "index", "insert", "intersection", "intersection_update", "is_integer", "isalnum",
    "isalpha", "isascii", "isdecimal", "isdigit", "isdisjoint", "isidentifier", "islower",
    "isnumeric", "isprintable", "isspace", "issubset", "issuperset", "istitle", "isupper",
    "items", "join", "keys", "ljust", "lower", "lstrip", "maketrans", "numerator", "partition",
    "pop", "popitem", "read", "readline", "readlines", "real", "remove", "removeprefix",
    "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "rstrip", "send", "setdefault", "sort", "split", "splitlines", "startswith", "strip",
    "swapcase", "symmetric_difference", "symmetric_difference_update", "throw", "title",
    "to_bytes", "translate", "union", "update", "upper", "values", "write", "zfill",
];

/// The attribute names assigned through a method's first parameter (`self.x = …`, also
/// augmented and annotated) anywhere in `defs`.
pub(super) fn stored_attrs(defs: &[&ast::StmtFunctionDef]) -> HashSet<String> {
    let mut out = HashSet::new();
    for def in defs {
        let Some(first) = def.args.posonlyargs.first().or(def.args.args.first()) else {
            continue;
        };
        collect(&def.body, first.def.arg.as_str(), &mut out);
    }
    out
}

/// The attributes of `this` an assignment target stores (`self.x`, each of `self.n, self.f`).
fn stored(t: &ast::Expr, this: &str, out: &mut HashSet<String>) {
    match t {
        ast::Expr::Attribute(a) => {
            if matches!(a.value.as_ref(), ast::Expr::Name(n) if n.id.as_str() == this) {
                out.insert(a.attr.to_string());
            }
        }
        ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().for_each(|e| stored(e, this, out))
        }
        ast::Expr::Starred(st) => stored(&st.value, this, out),
        _ => {}
    }
}

fn collect(body: &[ast::Stmt], this: &str, out: &mut HashSet<String>) {
    let target = |t: &ast::Expr, out: &mut HashSet<String>| stored(t, this, out);
    for s in body {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            ast::Stmt::If(i) => {
                collect(&i.body, this, out);
                collect(&i.orelse, this, out);
            }
            ast::Stmt::For(f) => {
                collect(&f.body, this, out);
                collect(&f.orelse, this, out);
            }
            ast::Stmt::While(w) => {
                collect(&w.body, this, out);
                collect(&w.orelse, this, out);
            }
            ast::Stmt::With(w) => collect(&w.body, this, out),
            ast::Stmt::Try(t) => {
                collect(&t.body, this, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect(&h.body, this, out);
                }
                collect(&t.orelse, this, out);
                collect(&t.finalbody, this, out);
            }
            _ => {}
        }
    }
}

impl Resolver<'_> {
    /// `hasattr(obj, "name")`, `getattr(obj, "name")` and `getattr(obj, "name", default)` with
    /// a literal name: the attribute read, decided by `obj`'s class (`Builtin::HasAttr`).
    pub(super) fn attr_builtin(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Expr> {
        let called = std::mem::take(&mut self.getattr_called);
        if !matches!(name, "hasattr" | "getattr" | "setattr")
            || self.is_user_name(name, scope)
            || !c.keywords.is_empty()
        {
            return None;
        }
        let literal = |e: &ast::Expr| match e {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        };
        if let ([_, a, _], "setattr") = (c.args.as_slice(), name) {
            if literal(a).is_none() {
                return Some(self.dynamic_setattr(c, span, scope, sigs));
            }
        }
        if let ([o, a, v], "setattr") = (c.args.as_slice(), name) {
            let attr = literal(a)?;
            let o = self.expr(o, scope, sigs);
            let v = self.expr(v, scope, sigs);
            return Some(self.set_attr(o, attr, v, span, scope));
        }
        let (obj, attr, default) = match c.args.as_slice() {
            [_, a] | [_, a, _] if name == "getattr" && literal(a).is_none() => {
                return Some(self.dynamic_getattr(c, called, span, scope, sigs))
            }
            [_, a] if name == "hasattr" && literal(a).is_none() => {
                return Some(self.dynamic_hasattr(c, span, scope, sigs))
            }
            [o, a] => (o, literal(a)?, None),
            [o, a, d] if name == "getattr" => (o, literal(a)?, Some(d)),
            _ => return None,
        };
        // (The object is read twice by `getattr` with a default: other than a variable, it
        // is evaluated once into a hidden one first.)
        let mut prelude = vec![];
        let held = match (&default, obj) {
            (None, _) | (_, ast::Expr::Name(_)) => None,
            _ => {
                let tmp = hidden_local(scope, "$getattr", span);
                let o = self.expr(obj, scope, sigs);
                prelude.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(tmp), o),
                });
                Some(tmp)
            }
        };
        let load = |me: &mut Self, scope: &mut Scope| match held {
            Some(tmp) => me.expr_node(scope, span, ExprKind::Load(Place::Local(tmp))),
            None => me.expr(obj, scope, sigs),
        };
        let get = |me: &mut Self, scope: &mut Scope| {
            let o = load(me, scope);
            me.expr_node(scope, span, ExprKind::GetAttr(Box::new(o), attr.clone()))
        };
        let has = |me: &mut Self, scope: &mut Scope| {
            let o = load(me, scope);
            let n = me.expr_node(scope, span, ExprKind::Str(attr.clone()));
            me.expr_node(scope, span, ExprKind::Builtin(Builtin::HasAttr, vec![o, n]))
        };
        Some(match (name, default) {
            ("hasattr", _) => has(self, scope),
            (_, None) => get(self, scope),
            (_, Some(d)) => {
                let test = has(self, scope);
                let value = get(self, scope);
                let d = self.expr(d, scope, sigs);
                let pick = ExprKind::IfExp(Box::new(test), Box::new(value), Box::new(d));
                let pick = self.expr_node(scope, span, pick);
                match prelude.is_empty() {
                    true => pick,
                    false => self.expr_node(scope, span, ExprKind::Block(prelude, Box::new(pick))),
                }
            }
        })
    }

    /// `setattr(o, "name", v)`: `o` evaluated first, as CPython evaluates arguments.
    fn set_attr(
        &mut self,
        o: Expr,
        name: String,
        value: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let tmp = hidden_local(scope, "$setattr", span);
        let obj = self.expr_node(scope, span, ExprKind::Load(Place::Local(tmp)));
        let stmts = vec![
            Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(tmp), o),
            },
            Stmt {
                span,
                kind: StmtKind::SetAttr {
                    obj,
                    name,
                    value,
                    raw: false,
                },
            },
        ];
        let none = self.expr_node(scope, span, ExprKind::None);
        self.expr_node(scope, span, ExprKind::Block(stmts, Box::new(none)))
    }

    /// `getattr(obj, name[, default])` of a name computed at run time (see the module's
    /// documentation).
    /// Called (`called`), it looks for methods only: a data attribute that may hold anything
    /// would make the value's type one known only at run time, which cannot be called.
    fn dynamic_getattr(
        &mut self,
        c: &ast::ExprCall,
        called: bool,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut src = String::from("def __natrix_getattr(o, n, d=None):\n");
        for n in self.attr_names(c, !called, false, scope) {
            src.push_str(&format!(
                "    if hasattr(o, {n:?}) and n == {n:?}:\n        return o.{n}\n"
            ));
        }
        src.push_str(match c.args.len() {
            2 => "    raise AttributeError(f\"'{type(o).__name__}' object has no attribute '{n}'\")\n",
            _ => "    return d\n",
        });
        self.generated_call(&src, "<getattr>", c, span, scope, sigs)
    }

    /// `hasattr(obj, name)` of a name computed at run time: a generated function testing the
    /// name against every method (dunders included) and attribute name of the program's
    /// classes and of the builtin types, each test decided by `obj`'s type; any other name
    /// is an attribute every object has (`__class__`, `__doc__`, …) or none.
    fn dynamic_hasattr(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut src = String::from("def __natrix_hasattr(o, n):\n");
        for n in self.attr_names(c, true, true, scope) {
            src.push_str(&format!(
                "    if hasattr(o, {n:?}) and n == {n:?}:\n        return True\n"
            ));
        }
        src.push_str(&format!("    return n in {OBJECT_ATTRS:?}\n"));
        let src = src.replace('[', "(").replace(']', ")");
        self.generated_call(&src, "<hasattr>", c, span, scope, sigs)
    }

    /// The attribute names a `getattr`/`hasattr` of a name computed at run time tests:
    /// the methods of the program's classes (with `dunders`, dunders and the attributes of
    /// builtin types too), with `data` their class attributes and the attributes methods
    /// store too; narrowed to those a name made
    /// with a literal prefix starts with (`"do_" + cmd`, `f"visit_{kind}"`), or to the few
    /// literals a variable is only ever set to (`side`, set only to `"left"` or `"right"`).
    fn attr_names(
        &self,
        c: &ast::ExprCall,
        data: bool,
        dunders: bool,
        scope: &Scope,
    ) -> Vec<String> {
        let mut names: Vec<&str> = vec![];
        for class in self.classes.iter().filter(|k| !k.name.contains('.')) {
            // (Properties are data.)
            let own = (class.methods.iter())
                .filter(|(_, f)| data || !class.properties.contains(f))
                .map(|(m, _)| m.as_str());
            // (A frozen dataclass's or named tuple's fields are stored by its generated
            // `__init__` other than by `self.x = …`.)
            let frozen = class.frozen.iter().flat_map(|f| &f.fields);
            let attrs = class.attrs.iter().map(|(a, _)| a).chain(frozen);
            for n in own.chain(attrs.map(String::as_str).filter(|_| data)) {
                if (dunders || !n.starts_with("__")) && !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        for n in self.stored_attrs.iter().filter(|_| data) {
            if !names.contains(&n.as_str()) {
                names.push(n);
            }
        }
        // (`hasattr` of a value of a builtin type: its attributes too.)
        if dunders {
            for n in crate::builtin_attrs::names() {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        // (Only names the program could write: the generated source must parse.)
        names.retain(|n| n.chars().all(|ch| ch == '_' || ch.is_alphanumeric()));
        if let Some(prefix) = c.args.get(1).and_then(literal_prefix) {
            names.retain(|n| n.starts_with(&prefix));
        }
        if let Some(strs) = c.args.get(1).and_then(|a| str_values(a, scope)) {
            names.retain(|n| strs.iter().any(|s| s == n));
        }
        names.sort_unstable();
        names.into_iter().map(str::to_string).collect()
    }

    /// A call of the function `src` defines (generated source, placed at the call `c`) with
    /// `c`'s arguments.
    fn generated_call(
        &mut self,
        src: &str,
        label: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let def = super::dataclasses::place_generated(src, label, c.range, HashMap::new())
            .and_then(|mut stmts| stmts.pop());
        let Some(ast::Stmt::FunctionDef(def)) = def else {
            unreachable!("the generated {label} function parses")
        };
        let f = self.closure(label, span, &def.args, &def.body, scope, sigs);
        let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        self.expr_node(scope, span, ExprKind::CallValue(Box::new(f), args))
    }

    /// `setattr(obj, name, value)` of a name that is one of a few str literals
    /// (`str_names.rs`): the store of whichever attribute it names, as a generated function
    /// of `if n == "left": o.left = v` tests; any other name is refused (each attribute
    /// takes the value's type, so it must be known).
    fn dynamic_setattr(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let valid =
            |n: &String| !n.is_empty() && n.chars().all(|ch| ch == '_' || ch.is_alphanumeric());
        let Some(strs) = str_values(&c.args[1], scope).filter(|s| s.iter().all(valid)) else {
            return self.unsupported(
                span,
                "`setattr()` of a name other than a str literal or a variable only ever set to a few of them",
                scope,
            );
        };
        let mut src = String::from("def __natrix_setattr(o, n, v):\n");
        for n in &strs {
            src.push_str(&format!(
                "    if n == {n:?}:\n        o.{n} = v\n        return\n"
            ));
        }
        self.generated_call(&src, "<setattr>", c, span, scope, sigs)
    }

    /// Whether `recv.name(…)` calls the value of attribute `name` rather than a method: the
    /// receiver is a method's `self`, or the name is no method of a builtin type either
    /// (`button.on_click(x)` from outside the class).
    /// A class attribute counts too (`token_class = Word`, then `self.token_class(text)`):
    /// the call of a class it holds (inference refuses a function there, which CPython would
    /// bind to the instance).
    pub(super) fn is_attr_call(&self, recv: &ast::Expr, name: &str, scope: &Scope) -> bool {
        let is_self = matches!((recv, &scope.this),
            (ast::Expr::Name(n), Some(this)) if n.id.as_str() == this);
        let class_attr = self.classes.iter().any(|k| k.attr(name).is_some());
        (is_self || !BUILTIN_METHODS.contains(&name))
            && (self.stored_attrs.contains(name) || class_attr)
            && !self.classes.iter().any(|k| k.method(name).is_some())
    }
}

/// The local variables of a function body assigned a `getattr(obj, name)` of a computed name
/// and read nowhere but as the function of a call (`visitor = getattr(self, method)`, then
/// `visitor(node)`): such a `getattr` looks for methods only.
pub(super) fn called_getattrs(body: &[ast::Stmt]) -> HashSet<String> {
    let mut uses = Uses::default();
    for s in body {
        uses.visit_stmt(s.clone());
    }
    uses.getattrs
        .difference(&uses.read)
        .filter(|n| uses.called.contains(*n))
        .cloned()
        .collect()
}

/// What [`called_getattrs`] gathers: the names assigned a `getattr` call, those called, and
/// those read any other way.
#[derive(Default)]
struct Uses {
    getattrs: HashSet<String>,
    called: HashSet<String>,
    read: HashSet<String>,
}

impl Visitor for Uses {
    visit_skipped_parts!();

    fn visit_stmt_assign(&mut self, node: ast::StmtAssign) {
        if let ([ast::Expr::Name(n)], ast::Expr::Call(c)) =
            (node.targets.as_slice(), node.value.as_ref())
        {
            if matches!(c.func.as_ref(), ast::Expr::Name(f) if f.id.as_str() == "getattr") {
                self.getattrs.insert(n.id.to_string());
            }
        }
        self.generic_visit_stmt_assign(node);
    }

    fn visit_expr_call(&mut self, node: ast::ExprCall) {
        match node.func.as_ref() {
            ast::Expr::Name(n) => {
                self.called.insert(n.id.to_string());
            }
            f => self.visit_expr(f.clone()),
        }
        node.args.into_iter().for_each(|a| self.visit_expr(a));
        node.keywords
            .into_iter()
            .for_each(|k| self.visit_expr(k.value));
    }

    fn visit_expr_name(&mut self, node: ast::ExprName) {
        if matches!(node.ctx, ast::ExprContext::Load) {
            self.read.insert(node.id.to_string());
        }
    }
}

/// The literal text a str expression starts with: `"do_" + cmd`, `f"visit_{kind}"`.
fn literal_prefix(e: &ast::Expr) -> Option<String> {
    let text = |e: &ast::Expr| match e {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(s),
            ..
        }) => Some(s.to_string()),
        _ => None,
    };
    match e {
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::Add) => {
            text(&b.left).or_else(|| literal_prefix(&b.left))
        }
        ast::Expr::JoinedStr(j) => j.values.first().and_then(text),
        _ => None,
    }
    .filter(|p| !p.is_empty())
}

/// The str literals attribute-name expression `e` may be: a literal, a conditional expression
/// of them, or a local variable only ever set to them (`str_names.rs`).
fn str_values(e: &ast::Expr, scope: &Scope) -> Option<Vec<String>> {
    match e {
        ast::Expr::Name(n) => scope.strs.get(n.id.as_str()).cloned(),
        e => super::str_names::literals_of(e),
    }
}
