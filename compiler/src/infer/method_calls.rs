//! Method calls on instances: the method each class an instance may be reaches (its own or
//! inherited, through the method resolution order), one direct call or a dispatch on the
//! instance's class (`Spec::virtual_calls`); `super().m()` the same way from the class after
//! the one whose method calls it.

use super::*;

impl Infer<'_> {
    /// `obj.name(args)` on an instance typed `c` (`r` is that type): a call of the method with
    /// `obj` first, missing trailing arguments taken from the method's defaults. When the
    /// classes `obj` may be at run time use different overrides, the call dispatches on the
    /// class (`Spec::virtual_calls`); each override is specialized for its own class.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn instance_method(
        &mut self,
        c: ClassId,
        r: Ty,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        e: &Expr,
    ) -> Ty {
        let (groups, missing) = self.method_groups(self.runtime_classes(c), name);
        if groups.is_empty() {
            let class = self.prog.class(c);
            let msg = if self.t.fields[self.prog.root(c).0 as usize]
                .iter()
                .any(|(n, _)| n == name)
            {
                format!("calling the attribute `{name}` is not supported yet")
            } else {
                format!(
                    "'{}' object has no attribute '{name}'",
                    crate::hir::py_name(&class.name)
                )
            };
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return TypeTable::NEVER;
        }
        // One method whatever the instance's class, whose parameters the arguments never fit:
        // CPython's TypeError when the call runs.
        if let ([(fid, _)], false) = (groups.as_slice(), missing) {
            if let Err(msg) = self.bind_method(*fid, name, tys.len(), keywords) {
                if !msg.starts_with("natrix:") {
                    let (code, kind) = (Code::ArgumentMismatch, ExcKind::TypeError);
                    return self.always_raises_as(code, e, kind, msg, "in this call");
                }
            }
        }
        let call = MethodCall {
            name,
            tys,
            keywords,
            kw,
            span,
        };
        self.dispatch_method(r, groups, missing, &call, e, SelfAs::Receiver(c))
    }

    /// `super().name(args)` in a method of class `from`, on `self` typed `c`: the method each
    /// class `self` may be reaches, the first after `from` in the class's method resolution
    /// order that defines it (several with cooperative multiple inheritance), and whether
    /// some class reaches `object` instead.
    pub(super) fn super_groups(
        &self,
        c: ClassId,
        from: ClassId,
        name: &str,
    ) -> (Vec<(FuncId, Vec<ClassId>)>, bool) {
        let mut groups: Vec<(FuncId, Vec<ClassId>)> = vec![];
        let mut missing = false;
        for d in self.runtime_classes(c) {
            let mro: Vec<ClassId> = self.prog.mro(d).collect();
            let Some(at) = mro.iter().position(|&k| k == from) else {
                continue;
            };
            let Some(f) = mro[at + 1..]
                .iter()
                .find_map(|k| self.prog.class(*k).method(name))
            else {
                missing = true;
                continue;
            };
            match groups.iter_mut().find(|(g, _)| *g == f) {
                Some(g) => g.1.push(d),
                None => groups.push((f, vec![d])),
            }
        }
        (groups, missing)
    }

    /// The call of method `call.name` on an instance typed `c` (`r`), each group of the classes
    /// it may be calling its method: one direct call, or a dispatch on the class
    /// (`Spec::virtual_calls`; always when `missing`: the value may be of another class or
    /// type). Each method is specialized with `self` typed as `self_as` says.
    pub(super) fn dispatch_method(
        &mut self,
        r: Ty,
        groups: Vec<(FuncId, Vec<ClassId>)>,
        missing: bool,
        call: &MethodCall,
        e: &Expr,
        self_as: SelfAs,
    ) -> Ty {
        let MethodCall {
            name,
            tys,
            keywords,
            kw,
            span,
        } = *call;
        let mut ret = TypeTable::NEVER;
        let mut targets = vec![];
        for (fid, classes) in groups {
            let c = match self_as {
                SelfAs::Receiver(c) => c,
                SelfAs::Group | SelfAs::Owner => classes[0],
            };
            let owner = self.prog.owner(fid).unwrap_or(c);
            if self.prog.is_classmethod(fid) && classes.iter().any(|d| *d != owner) {
                let msg = format!(
                    "the @classmethod `{name}` of `{}` called on an instance of a subclass",
                    self.prog.class(owner).name
                );
                self.error(Diagnostic::unsupported(span, &msg));
            }
            let self_ty = match self_as {
                SelfAs::Group => {
                    let mut t = TypeTable::NEVER;
                    for k in &classes {
                        let kt = self.t.types.intern(TyKind::Instance(*k));
                        t = self.t.types.join(t, kt);
                    }
                    t
                }
                SelfAs::Receiver(c) if owner == c || !self.prog.is_subclass(owner, c) => r,
                SelfAs::Receiver(_) | SelfAs::Owner => self.t.types.intern(TyKind::Instance(owner)),
            };
            let Some(callee) = self.method_spec(fid, self_ty, name, tys, keywords, kw, span, e)
            else {
                return TypeTable::NEVER;
            };
            // Overrides that return different types make the call's value dynamic.
            ret = self.t.types.join(ret, self.t.spec(callee).ret);
            targets.push((classes, callee));
        }
        let spec = &mut self.t.specs[self.current.0 as usize];
        if targets.len() == 1 && !missing {
            spec.calls.insert(e.id, targets[0].1);
            spec.virtual_calls.remove(&e.id);
        } else {
            spec.calls.remove(&e.id);
            spec.virtual_calls.insert(e.id, targets);
        }
        ret
    }

    /// `super().name(args)` in a method of class `from` (`None`: `Base.m(self, …)`, the method
    /// as `base` resolves it), on `self` typed `r`: the method the class after `from` in the
    /// instance's method resolution order defines, by the instance's class when classes
    /// continue differently (cooperative multiple inheritance).
    pub(super) fn super_method(
        &mut self,
        id: SpecId,
        e: &Expr,
        base: ClassId,
        from: Option<ClassId>,
        r: Ty,
        call: &MethodCall,
    ) -> Ty {
        let MethodCall {
            name,
            tys,
            keywords,
            kw,
            span,
        } = *call;
        // Cooperative multiple inheritance: the method by the instance's class.
        if let (Some(from), TyKind::Instance(c)) = (from, self.t.types.kind(r).clone()) {
            let (groups, missing) = self.super_groups(c, from, name);
            let fixed = self.prog.lookup(base, name);
            // Every class reaching `object`: its `__init__` does nothing.
            if groups.is_empty() && missing && name == "__init__" {
                let spec = &mut self.t.specs[id.0 as usize];
                spec.calls.remove(&e.id);
                spec.virtual_calls.remove(&e.id);
                return TypeTable::NONE;
            }
            let differs = groups.first().is_some_and(|g| Some(g.0) != fixed);
            if groups.len() > 1 || differs || (missing && !groups.is_empty()) {
                return self.dispatch_method(r, groups, missing, call, e, SelfAs::Group);
            }
        }
        let Some(fid) = self.prog.lookup(base, name) else {
            // `object.__init__()`: nothing to do.
            if name == "__init__" && tys.is_empty() && keywords.is_empty() {
                return TypeTable::NONE;
            }
            let msg = format!("'super' object has no attribute '{name}'");
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return TypeTable::NEVER;
        };
        let Some(callee) = self.method_spec(fid, r, name, tys, keywords, kw, span, e) else {
            return TypeTable::NEVER;
        };
        self.t.specs[id.0 as usize].calls.insert(e.id, callee);
        self.t.specs[id.0 as usize].virtual_calls.remove(&e.id);
        self.t.spec(callee).ret
    }
}

/// How [`Infer::dispatch_method`] types `self` for each method it calls.
#[derive(Clone, Copy)]
pub(super) enum SelfAs {
    /// The receiver's type (the instance is typed this class), or the class defining the
    /// method where that derives from it.
    Receiver(ClassId),
    /// The classes of the method's group, joined (`super()`'s targets).
    Group,
    /// The class defining the method (a value of run-time type).
    Owner,
}

/// The parts of a method call that [`Infer::dispatch_method`] specializes each target for.
#[derive(Clone, Copy)]
pub(super) struct MethodCall<'e> {
    pub name: &'e str,
    pub tys: &'e [Ty],
    pub keywords: &'e [(String, Expr)],
    pub kw: &'e [Ty],
    pub span: Span,
}
