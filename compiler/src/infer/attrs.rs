//! Inference of attribute reads (`obj.name`): instance attributes, class attributes and
//! properties, bound methods, exception links, and attributes of other values.

use super::*;

impl Infer<'_> {
    /// `obj.name` (expression `e`).
    pub(super) fn get_attr(&mut self, id: SpecId, obj: &Expr, name: &str, e: &Expr) -> Ty {
        use TypeTable as T;
        let o = self.expr(id, obj);
        let o = self.strip_optional_instance(o);
        // `c.__cause__` of a link that may be None (`while c is not None: c = c.__cause__`):
        // AttributeError for None.
        let o = match self.t.types.kind(o) {
            TyKind::Optional(x)
                if *x == T::EXC
                    && matches!(name, "__cause__" | "__context__" | "__suppress_context__") =>
            {
                self.operand(id, obj, o, NoneUse::Attr(name))
            }
            _ => o,
        };
        if let Some(t) = self.exc_link_field(o, name, e.span) {
            return t;
        }
        // `err.__traceback__` of a user exception: natrix has no traceback objects (as for a
        // builtin exception's).
        let inner = match self.t.types.kind(o) {
            TyKind::Optional(x) => *x,
            _ => o,
        };
        if let TyKind::Instance(c) = *self.t.types.kind(inner) {
            if name == "__traceback__"
                && self.prog.exc_kind(c).is_some()
                && self.prog.lookup_attr(c, name).is_none()
            {
                let msg = "attribute `__traceback__` of an exception";
                self.error(Diagnostic::unsupported(e.span, msg));
                return T::NEVER;
            }
        }
        match self.t.types.kind(o).clone() {
            TyKind::Instance(c) => match (
                self.t.fields[self.prog.root(c).0 as usize]
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|f| f.1),
                // (Defined by the class, or only by subclasses: `self.sound` in a base
                // method.)
                self.runtime_classes(c)
                    .into_iter()
                    .find_map(|k| self.prog.lookup_attr(k, name)),
            ) {
                // (An exception's `args` made with arguments of different types is a
                // tuple of its own shape in each: a value of run-time type.)
                (Some(t), None) => t,
                // The class attribute (of the class the instance has when the
                // program runs: a subclass may define its own), unless the instance
                // has its own. (Not when some of those classes read a property of that
                // name instead: `Bird.sound = "tweet"` over `Animal`'s property.)
                (None, Some(_)) if self.property_among(c, name) => {
                    self.property_or_class_attr(c, o, name, e)
                }
                (None, Some(_)) => self.class_attr_type(c, name),
                // Both: the instance's attribute takes the class's type too (`parent = None`
                // in the class body, `self.parent = node` on some instances: Optional).
                (Some(t), Some(_)) => {
                    let ct = self.class_attr_type(c, name);
                    let j = self.t.types.join(t, ct);
                    if j != t {
                        self.set_field(c, name, ct, e.span);
                    }
                    j
                }
                // A `@property`: a call of its getter.
                // (Overridden in a subclass: the getter of the instance's class.)
                (None, None) if self.property(c, name).is_some() => {
                    let Some(callee) = self.dunder_spec(c, name, vec![o], e.id) else {
                        return T::NEVER;
                    };
                    self.t.specs[id.0 as usize]
                        .dunder_calls
                        .insert(e.id, callee);
                    self.dunder_ret(e.id, callee)
                }
                // A property only some subclasses define (`shape.area` of a base-class
                // value): the getter of the instance's class, AttributeError for others.
                (None, None) if self.subclass_property(c, name) => {
                    self.instance_method(c, o, name, &[], &[], &[], e.span, e)
                }
                // Never assigned anywhere: reading it raises AttributeError.
                (None, None) if !self.method_among(c, name) => T::NEVER,
                // `obj.method` as a value: a bound method (of the instance's class; of only
                // some subclasses: AttributeError for the others).
                (None, None) => self.bound_method(c, o, name, e.span),
            },
            TyKind::Dyn => self.dyn_attr(name, obj.span, e),
            // A function value's `__name__` (of functions of different names: the function
            // object's own, when it runs).
            TyKind::Closure(_) if name == "__name__" => T::STR,
            // A class attribute through a class used as a value (`for p in PLUGINS:
            // print(p.label)`): of whichever class it is.
            TyKind::Closure(targets) => {
                let targets = targets.clone();
                let functions = self.prog.all_functions(&targets);
                match self.class_value_attr(&targets, name) {
                    Some(t) => t,
                    // An attribute set on a function object (`wrapper.calls`), of any type;
                    // AttributeError when it has none (`func_attrs.rs` in the runtime).
                    None if functions && !name.starts_with("__") => T::DYN,
                    None => {
                        let msg = format!("attribute `{name}` of '{}'", self.t.types.display(o));
                        self.error(Diagnostic::unsupported(e.span, &msg));
                        T::NEVER
                    }
                }
            }
            TyKind::Never => o,
            // An attribute of None raises AttributeError when it runs.
            TyKind::None => T::NEVER,
            // `e.args` of a caught exception: `(message,)` or `()` for a builtin one,
            // a user exception's own arguments (a tuple of any shape).
            TyKind::Exc if name == "args" => T::DYN,
            // (Of one that may be None: AttributeError for None.)
            TyKind::Optional(x) if x == T::EXC && name == "args" => T::DYN,
            // `e.code` of a SystemExit, `e.value` of a StopIteration (AttributeError for other
            // exceptions, when it runs).
            TyKind::Exc if name == "code" || name == "value" => T::DYN,
            TyKind::Exc if name == "__cause__" || name == "__context__" => {
                self.t.types.intern(TyKind::Optional(T::EXC))
            }
            TyKind::Exc if name == "__suppress_context__" => T::BOOL,
            // `e.need` of an exception caught by a builtin class (`except Exception as e`):
            // the attribute of whichever of the program's classes it is, when it runs (as of
            // a dynamic value; AttributeError for a builtin exception).
            TyKind::Exc if self.exception_field(name) => self.dyn_attr(name, obj.span, e),
            // An OSError's `errno`, `strerror` and file names (AttributeError for other
            // exceptions, when it runs).
            TyKind::Exc if matches!(name, "errno" | "strerror" | "filename" | "filename2") => {
                T::DYN
            }
            // The parts of a real number.
            TyKind::Int | TyKind::Bool
                if matches!(name, "real" | "imag" | "numerator" | "denominator") =>
            {
                T::INT
            }
            TyKind::Float if matches!(name, "real" | "imag") => T::FLOAT,
            // An attribute the builtin type has not (`other.cents` of an int): CPython's
            // AttributeError when it runs.
            _ if let Some(ty) = self.lacked_builtin_attr(o, name) => {
                let msg = format!("'{ty}' object has no attribute '{name}'");
                self.always_raises(e, ExcKind::AttributeError, msg, "this attribute")
            }
            // (Of one that may be None: the NoneType's AttributeError first.)
            TyKind::Optional(x) if let Some(ty) = self.lacked_builtin_attr(x, name) => {
                self.operand(id, obj, o, NoneUse::Attr(name));
                let msg = format!("'{ty}' object has no attribute '{name}'");
                self.always_raises(e, ExcKind::AttributeError, msg, "this attribute")
            }
            _ => {
                let msg = format!("attribute `{name}` of '{}'", self.t.types.display(o));
                self.error(Diagnostic::unsupported(e.span, &msg));
                T::NEVER
            }
        }
    }
}

impl Infer<'_> {
    /// The type of class attribute `name` read through a function value of `targets` that is
    /// a class used as a value: the join of its type in each class that has it (reading it of
    /// another raises AttributeError). `None` unless every target is a class's constructor
    /// and some class has the attribute.
    /// `kind.make(args)` of a class used as a value (`for kind in (Square, Circle):
    /// kind.unit()`): the `@classmethod` or `@staticmethod` of whichever class it is (a
    /// classmethod's copy in that class, whose `cls` it is), each specialized for the
    /// arguments, recorded in `Spec::closure_calls` under the call (a class without the
    /// method: AttributeError when it runs). `None` when `r` is no class value.
    pub(super) fn class_value_method(
        &mut self,
        r: Ty,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        e: &Expr,
    ) -> Option<Ty> {
        let TyKind::Closure(targets) = self.t.types.kind(r).clone() else {
            return None;
        };
        let classes: Vec<ClassId> = targets
            .iter()
            .map(|(f, _)| self.prog.ctor_class(*f))
            .collect::<Option<_>>()?;
        let mut ret = TypeTable::NEVER;
        let mut calls = vec![];
        let mut missing = None;
        for ((ctor, _), class) in targets.iter().zip(classes) {
            let Some(m) = self.prog.lookup(class, name) else {
                // (The value's type may name classes it never holds here.)
                missing.get_or_insert(class);
                continue;
            };
            // (A classmethod a subclass inherits without a copy of its own, one that uses
            // `super` or assigns `cls.attr`, would run with its base as `cls`.)
            let inherited_cls = self.prog.is_classmethod(m) && self.prog.owner(m) != Some(class);
            if inherited_cls || (!self.prog.is_static(m) && !self.prog.is_classmethod(m)) {
                let what = format!("calling `{name}` through a class held in a value");
                self.error(Diagnostic::unsupported(e.span, &what));
                return Some(TypeTable::NEVER);
            }
            let Some(callee) =
                self.method_spec(m, TypeTable::NONE, name, tys, keywords, kw, e.span, e)
            else {
                return Some(TypeTable::NEVER);
            };
            ret = self.t.types.join(ret, self.t.spec(callee).ret);
            calls.push((*ctor, callee));
        }
        if let (Some(class), true) = (missing, calls.is_empty()) {
            let msg = format!(
                "type object '{}' has no attribute '{name}'",
                crate::hir::py_name(&self.prog.class(class).name)
            );
            let d = Diagnostic::new(Code::InvalidOperation, e.span, msg).label("called here");
            self.error(d);
            return Some(TypeTable::NEVER);
        }
        self.t.specs[self.current.0 as usize]
            .closure_calls
            .insert(e.id, calls);
        Some(ret)
    }

    fn class_value_attr(&mut self, targets: &[(FuncId, Vec<Ty>)], name: &str) -> Option<Ty> {
        let mut found = None;
        for (f, _) in targets {
            if let Some(g) = self.prog.lookup_attr(self.prog.ctor_class(*f)?, name) {
                let t = found.unwrap_or(TypeTable::NEVER);
                found = Some(self.t.types.join(t, self.t.globals[g.0 as usize]));
            }
        }
        found
    }

    /// Whether some instantiated exception class of the program has an attribute `name`.
    /// `obj.name` where `name` is a property of some classes `obj` may be and a class
    /// attribute of the others (`unit = "C"` in a subclass over the base's `@property def
    /// unit`): each property's getter, in `Spec::virtual_calls` under the read, and the class
    /// attribute of the rest, chosen by the instance's class when it runs.
    fn property_or_class_attr(&mut self, c: ClassId, o: Ty, name: &str, e: &Expr) -> Ty {
        let mut t = TypeTable::NEVER;
        let mut targets: Vec<(Vec<ClassId>, SpecId)> = vec![];
        for k in self.runtime_classes(c) {
            if let Some(f) = self.prog.nearest_property(k, name) {
                let owner = self.prog.owner(f).unwrap_or(k);
                let self_ty = if owner != c && self.prog.is_subclass(owner, c) {
                    self.t.types.intern(TyKind::Instance(owner))
                } else {
                    o
                };
                let Some(s) = self.method_spec(f, self_ty, name, &[], &[], &[], e.span, e) else {
                    return TypeTable::NEVER;
                };
                t = self.t.types.join(t, self.t.spec(s).ret);
                match targets.iter_mut().find(|(_, x)| *x == s) {
                    Some((ks, _)) => ks.push(k),
                    None => targets.push((vec![k], s)),
                }
            } else if let Some(g) = self.prog.lookup_attr(k, name) {
                t = self.t.types.join(t, self.t.globals[g.0 as usize]);
            }
        }
        let spec = &mut self.t.specs[self.current.0 as usize];
        spec.virtual_calls.insert(e.id, targets);
        t
    }

    fn exception_field(&self, name: &str) -> bool {
        self.t.instantiated.iter().any(|c| {
            self.prog.exc_kind(*c).is_some()
                && self.t.fields[self.prog.root(*c).0 as usize]
                    .iter()
                    .any(|(n, _)| n == name)
        })
    }
}
