//! A class definition's first pass: its methods (with their decorators: `@staticmethod`,
//! `@classmethod`, `@property` and setters), class attributes, `__slots__` and method aliases
//! become the `hir::Class`; the methods' bodies are resolved later, with the module's other
//! functions.

use super::*;

impl<'a> Resolver<'_> {
    /// Records class `c` (its methods join `defs`, named `Class.method` in `qualnames`).
    pub(super) fn class_def(
        &mut self,
        c: &'a ast::StmtClassDef,
        defs: &mut Vec<&'a ast::StmtFunctionDef>,
        qualnames: &mut Vec<String>,
    ) {
        let span = self.span(c.range);
        let (bases, exc_base) = self.base_class(c);
        if !c.decorator_list.is_empty() {
            let ds = self.span(c.decorator_list[0].range());
            self.errors
                .push(Diagnostic::unsupported(
                    ds,
                    "a class decorator other than one of the program's functions returning the class it is given",
                ));
        }
        let cid = ClassId(self.classes.len() as u32);
        let mut methods = vec![];
        let mut attrs = vec![];
        let mut statics = vec![];
        let mut properties = vec![];
        let mut classmethods = vec![];
        let mut setters = vec![];
        let mut slots = None;
        for item in &c.body {
            match item {
                ast::Stmt::FunctionDef(def) => {
                    let id = FuncId(defs.len() as u32);
                    let is_static = matches!(def.decorator_list.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "staticmethod");
                    let is_property = matches!(def.decorator_list.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "property");
                    if is_property {
                        properties.push(id);
                    }
                    let is_classmethod = matches!(def.decorator_list.as_slice(), [ast::Expr::Name(n)] if n.id.as_str() == "classmethod");
                    if is_classmethod {
                        classmethods.push(id);
                    }
                    if let [ast::Expr::Attribute(a)] = def.decorator_list.as_slice() {
                        if let ast::Expr::Name(p) = a.value.as_ref() {
                            if a.attr.as_str() == "setter" && p.id.as_str() == def.name.as_str() {
                                setters.push((def.name.to_string(), id));
                            }
                        }
                    }
                    // Attribute access through methods (the class's own, or a descriptor's
                    // in a class attribute) would change what every `obj.name` means, and a
                    // finalizer would run at times natrix does not keep: refused rather
                    // than silently ignored.
                    if matches!(
                        def.name.as_str(),
                        "__getattr__"
                            | "__getattribute__"
                            | "__setattr__"
                            | "__delattr__"
                            | "__del__"
                            | "__get__"
                            | "__set__"
                            | "__delete__"
                            | "__set_name__"
                    ) {
                        let ds = self.span(def.range);
                        let what = match def.name.as_str() {
                            "__get__" | "__set__" | "__delete__" | "__set_name__" => {
                                format!("a descriptor class (one defining `{}`)", def.name)
                            }
                            name => format!("a class defining `{name}`"),
                        };
                        self.errors.push(Diagnostic::unsupported(ds, &what));
                    }
                    if is_static {
                        statics.push(id);
                    } else if def.args.args.is_empty() && def.args.posonlyargs.is_empty() {
                        let ds = self.span(def.range);
                        self.errors
                            .push(Diagnostic::unsupported(ds, "a method without `self`"));
                    }
                    if super::not_implemented::returns_not_implemented(&def.body) {
                        self.not_implemented_methods.insert(id);
                    }
                    methods.push((def.name.to_string(), id));
                    defs.push(def);
                    qualnames.push(format!("{}.{}", c.name, def.name));
                }
                ast::Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::Constant(_)) => {}
                ast::Stmt::Pass(_) => {}
                // `x: float`: an annotation declares nothing at run time.
                ast::Stmt::AnnAssign(a) if a.value.is_none() => {}
                // `__rmul__ = __mul__`: another name for a method defined above.
                ast::Stmt::Assign(a) if method_alias(a, &methods).is_some() => {
                    if let Some(alias) = method_alias(a, &methods) {
                        methods.push(alias);
                    }
                }
                other if class_attr_target(other).is_some() => {
                    let name = class_attr_target(other).unwrap_or_default();
                    if name == "__slots__" {
                        slots = slot_names(other);
                    }
                    let os = self.span(other.range());
                    if !attrs.iter().any(|(n, _): &(String, GlobalId)| *n == name) {
                        let g = self.global(&format!("{}.{name}", c.name), os);
                        attrs.push((name, g));
                    }
                }
                other => {
                    let os = self.span(other.range());
                    let what = match other {
                        ast::Stmt::ClassDef(_) => "a class defined inside a class body".into(),
                        ast::Stmt::For(_) | ast::Stmt::While(_) => "a loop in a class body".into(),
                        ast::Stmt::If(_) => "an `if` in a class body".into(),
                        ast::Stmt::Assign(_)
                        | ast::Stmt::AugAssign(_)
                        | ast::Stmt::AnnAssign(_) => {
                            "this assignment in a class body (class attributes are `NAME = value`, \
                             `A, B = 1, 2` of names and `A = B = value`)"
                                .into()
                        }
                        s => format!("{} in a class body", describe_stmt(s)),
                    };
                    self.errors.push(Diagnostic::unsupported(os, &what));
                }
            }
        }
        // `Token.KINDS = […]` after the body: an attribute from then on (one a base has stays
        // the base's: assigning it through the subclass is refused where it is assigned).
        for name in self
            .late_class_attrs
            .remove(c.name.as_str())
            .unwrap_or_default()
        {
            let known =
                attrs.iter().any(|(n, _)| *n == name) || methods.iter().any(|(n, _)| *n == name);
            let inherited = bases.iter().any(|b| {
                self.classes[b.0 as usize].mro.iter().any(|k| {
                    let k = &self.classes[k.0 as usize];
                    k.attr(&name).is_some() || k.method(&name).is_some()
                })
            });
            if !known && !inherited {
                let g = self.global(&format!("{}.{name}", c.name), span);
                attrs.push((name, g));
            }
        }
        let mro = self.class_mro(cid, &bases, span);
        self.classes.push(Class {
            slots,
            name: c.name.to_string(),
            span,
            base: bases.first().copied(),
            bases,
            mro,
            layout: cid,
            exc_base,
            methods,
            attrs,
            statics,
            properties,
            classmethods,
            setters,
            frozen: self.frozen.remove(c.name.as_str()),
            fallbacks: self.fallbacks.remove(c.name.as_str()).unwrap_or_default(),
            ctor: None,
            atomic: copies_itself(c),
            value_type: self.value_types.get(c.name.as_str()).copied(),
        });
        if let Some(doc) = super::docstring(&c.body) {
            self.docstrings.insert(c.name.to_string(), doc);
        }
        // (A method's under `Class.method`.)
        for s in &c.body {
            if let ast::Stmt::FunctionDef(f) = s {
                if let Some(doc) = super::docstring(&f.body) {
                    self.docstrings
                        .insert(format!("{}.{}", c.name, f.name), doc);
                }
            }
        }
        if self.class_ids.insert(c.name.to_string(), cid).is_some() {
            self.errors
                .push(Diagnostic::unsupported(span, "redefining a class"));
        }
    }
}

/// The name a class-body statement assigns as a class attribute (`count = 0`,
/// `limit: int = 10`), if it is one.
/// The names `__slots__ = ("x", "y")` lists (a tuple or list of str literals, or one str).
fn slot_names(s: &ast::Stmt) -> Option<Vec<String>> {
    let value = match s {
        ast::Stmt::Assign(a) => a.value.as_ref(),
        ast::Stmt::AnnAssign(a) => a.value.as_deref()?,
        _ => return None,
    };
    let literal = |e: &ast::Expr| match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    match value {
        ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. }) => elts.iter().map(literal).collect(),
        one => literal(one).map(|s| vec![s]),
    }
}

/// `name = other` in a class body where `other` is a method defined above: the method under
/// its new name.
fn method_alias(a: &ast::StmtAssign, methods: &[(String, FuncId)]) -> Option<(String, FuncId)> {
    let ([ast::Expr::Name(target)], ast::Expr::Name(value)) =
        (a.targets.as_slice(), a.value.as_ref())
    else {
        return None;
    };
    let (_, id) = methods.iter().rev().find(|(n, _)| n == value.id.as_str())?;
    Some((target.id.to_string(), *id))
}

/// The attributes the module's top level assigns to its classes by name (`Token.KINDS = […]`),
/// by class name.
pub(super) fn late_class_attrs(module: &[ast::Stmt]) -> HashMap<String, Vec<String>> {
    let classes: HashSet<&str> = module
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::ClassDef(c) => Some(c.name.as_str()),
            _ => None,
        })
        .collect();
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for s in module {
        let target = match s {
            ast::Stmt::Assign(a) if a.targets.len() == 1 => &a.targets[0],
            ast::Stmt::AnnAssign(a) if a.value.is_some() => a.target.as_ref(),
            _ => continue,
        };
        if let ast::Expr::Attribute(at) = target {
            if let ast::Expr::Name(n) = at.value.as_ref() {
                if classes.contains(n.id.as_str()) {
                    let names = out.entry(n.id.to_string()).or_default();
                    if !names.iter().any(|x| x == at.attr.as_str()) {
                        names.push(at.attr.to_string());
                    }
                }
            }
        }
    }
    out
}

/// Whether class `c` defines `__deepcopy__` as `return self` (its first parameter): its
/// instances are their own copies (`hir::Class::atomic`).
fn copies_itself(c: &ast::StmtClassDef) -> bool {
    c.body.iter().any(|s| match s {
        ast::Stmt::FunctionDef(f) if f.name.as_str() == "__deepcopy__" => {
            let this = f.args.args.first().map(|a| a.def.arg.as_str());
            matches!(f.body.as_slice(), [ast::Stmt::Return(ast::StmtReturn { value: Some(v), .. })]
                if matches!(v.as_ref(), ast::Expr::Name(n) if Some(n.id.as_str()) == this))
        }
        _ => false,
    })
}

impl Resolver<'_> {
    /// The bases of a class definition: classes defined earlier (any number: multiple
    /// inheritance), `object`, and last a builtin exception class (`class NotFound(AppError,
    /// KeyError)`, where the builtin must derive from the builtins the program's exception
    /// bases derive from: the method resolution order is the program's classes, then the
    /// builtin's).
    pub(super) fn base_class(
        &mut self,
        c: &ast::StmtClassDef,
    ) -> (Vec<ClassId>, Option<natrix_abi::ExcKind>) {
        if let Some(k) = c.keywords.first() {
            let span = self.span(k.range);
            self.errors.push(Diagnostic::unsupported(
                span,
                "keywords in a class definition",
            ));
        }
        let all = bases(c);
        let mut users: Vec<ClassId> = vec![];
        let mut exc = None;
        for (i, b) in all.iter().enumerate() {
            let span = self.span(b.range());
            let name = match b {
                ast::Expr::Name(n) => n.id.as_str(),
                _ => "",
            };
            if let Some(&k) = self.class_ids.get(name) {
                if users.contains(&k) {
                    let msg = format!("duplicate base class {name}");
                    self.errors.push(
                        Diagnostic::new(Code::InvalidOperation, span, msg).label("repeated here"),
                    );
                } else {
                    users.push(k);
                }
            } else if name == "object" {
            } else if let Some(k) = natrix_abi::ExcKind::from_name(name) {
                if i + 1 == all.len() {
                    exc = Some(k);
                } else {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "a builtin exception class before other bases",
                    ));
                }
            } else {
                self.errors.push(Diagnostic::unsupported(
                    span,
                    "a base class other than a class defined earlier in the module",
                ));
            }
        }
        if let Some(k) = exc {
            let ancestors: Vec<_> = std::iter::successors(Some(k), |k| k.parent()).collect();
            let mixed = users
                .iter()
                .filter_map(|&u| self.class_exc_kind(u))
                .any(|from| !ancestors.contains(&from));
            if mixed {
                let span = self.span(all[all.len() - 1].range());
                self.errors.push(Diagnostic::unsupported(
                    span,
                    "an exception class deriving from builtin exceptions of two hierarchies",
                ));
            }
        }
        (users, exc)
    }

    /// The method resolution order of a class with bases `bases` (its id `cid`), or CPython's
    /// TypeError as a diagnostic.
    pub(super) fn class_mro(
        &mut self,
        cid: ClassId,
        bases: &[ClassId],
        span: Span,
    ) -> Vec<ClassId> {
        let mros: Vec<Vec<ClassId>> = bases
            .iter()
            .map(|b| self.classes[b.0 as usize].mro.clone())
            .collect();
        if let Some(mro) = crate::hir::c3_linearization(cid, &mros) {
            return mro;
        }
        let names: Vec<&str> = bases
            .iter()
            .map(|b| self.classes[b.0 as usize].name.as_str())
            .collect();
        let msg = format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        );
        self.errors
            .push(Diagnostic::new(Code::InvalidOperation, span, msg).label("this class"));
        vec![cid]
    }
}

/// The module with each base that gives a generic class of the module type arguments
/// (`class IntBox(Box[int])`) made the class itself: natrix infers what the arguments say.
pub(super) fn generic_bases(mut module: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let classes = super::classmethods::class_names(&module);
    for s in module.iter_mut() {
        let ast::Stmt::ClassDef(c) = s else {
            continue;
        };
        for b in c.bases.iter_mut() {
            if let ast::Expr::Subscript(sub) = b {
                if matches!(sub.value.as_ref(), ast::Expr::Name(n) if classes.contains(n.id.as_str()))
                {
                    *b = (*sub.value).clone();
                }
            }
        }
    }
    module
}
