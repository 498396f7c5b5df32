//! A class of the program used as a value: `kinds = {"dog": Dog, "cat": Cat}`,
//! `make(Circle, 2.0)`, `for cls in (Circle, Square): shapes.append(cls(1.0))`.
//!
//! The value is a function value of the class's *constructor*: a function made here, once per
//! class, that takes the parameters of the class's `__init__` after `self` (their defaults are
//! `__init__`'s own, the same objects) and returns a new instance. Calling the value is then a
//! call of a function value (one of several classes: the union of their constructors, with
//! CPython's TypeError when the arguments fit only some), `cls.__name__` is the class's name,
//! `is`/`==` and `hash` are those of functions without an environment, and the runtime marks
//! the value a class (`nx_func_as_class`), which prints as `<class '__main__.Dog'>`.

use super::*;

impl Resolver<'_> {
    /// After a `class` statement whose bases define `__init_subclass__` (implicitly a class
    /// method): its call with the new class, as CPython makes when the class is created.
    pub(super) fn init_subclass(
        &mut self,
        cid: ClassId,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let Some(base) = self.classes[cid.0 as usize].base else {
            return;
        };
        let Some(hook) = self.lookup_method(base, "__init_subclass__") else {
            return;
        };
        let sig = &sigs[hook.0 as usize];
        if sig.kinds.is_empty() {
            return;
        }
        // (As a `@classmethod`, its `cls` would be the class defining it in each copy.)
        if self.classes.iter().any(|k| k.classmethods.contains(&hook)) {
            self.errors.push(Diagnostic::unsupported(
                span,
                "an `__init_subclass__` decorated with `@classmethod` (it is one already)",
            ));
            return;
        }
        let params: Vec<(Option<GlobalId>, ParamKind)> = sig.defaults[1..]
            .iter()
            .copied()
            .zip(sig.kinds[1..].iter().copied())
            .collect();
        let class = self.class_value(cid, span, scope, sigs);
        let mut args = vec![class];
        for (default, kind) in params {
            // No class keywords: `**kwargs` is empty, `*args` too, the others their defaults.
            let arg = match (default, kind) {
                (_, ParamKind::VarKw) => ExprKind::Dict(vec![]),
                (_, ParamKind::VarArgs) => ExprKind::Tuple(vec![]),
                (Some(g), _) => ExprKind::Load(Place::Global(g)),
                (None, _) => {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "an `__init_subclass__` taking class keywords",
                    ));
                    return;
                }
            };
            args.push(self.expr_node(scope, span, arg));
        }
        let call = self.expr_node(scope, span, ExprKind::Call(hook, args));
        out.push(Stmt {
            span,
            kind: StmtKind::Expr(call),
        });
    }

    /// The value of class `cid` named at `span`.
    pub(super) fn class_value(
        &mut self,
        cid: ClassId,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let fid = match self.classes[cid.0 as usize].ctor {
            Some(fid) => fid,
            None => match self.class_ctor(cid, span, sigs) {
                Some(fid) => fid,
                None => {
                    let name = &self.classes[cid.0 as usize].name;
                    let what = format!("the exception class `{name}` as a value");
                    self.errors.push(Diagnostic::unsupported(span, &what).label(
                        "an exception class without an `__init__` of its own (its arguments \
                         become `args`, however many) is not a value natrix can hold yet",
                    ));
                    return self.expr_node(scope, span, ExprKind::None);
                }
            },
        };
        self.function_value(fid, span, scope)
    }

    /// Makes the constructor of class `cid` (see the module's documentation); `None` for an
    /// exception class without an `__init__`, whose arguments become `args`, however many
    /// (no parameter list to copy).
    fn class_ctor(&mut self, cid: ClassId, span: Span, sigs: &[Signature]) -> Option<FuncId> {
        let name = self.classes[cid.0 as usize].name.clone();
        let init = self.lookup_method(cid, "__init__");
        if init.is_none() && self.class_exc_kind(cid).is_some() {
            return None;
        }
        let mut scope = Scope::new(false);
        let mut params = vec![];
        let mut args = vec![];
        if let Some(init) = init {
            let sig = &sigs[init.0 as usize];
            for ((pname, default), kind) in
                sig.names.iter().zip(&sig.defaults).zip(&sig.kinds).skip(1)
            {
                let local = new_local(&mut scope, pname, span);
                params.push(Param {
                    name: pname.clone(),
                    local,
                    kind: *kind,
                    default: *default,
                    env_default: None,
                });
                args.push(self.expr_node(&mut scope, span, ExprKind::Load(Place::Local(local))));
            }
        }
        // (An exception's `args` are the arguments passed by position: here all of them.)
        let positional = params.iter().filter(|p| p.kind.is_positional()).count();
        let new = self.expr_node(&mut scope, span, ExprKind::New(cid, args, positional));
        let kind = match self.abstract_class(cid) {
            // (An abstract class: CPython's TypeError whatever the arguments.)
            Some(msg) => {
                let msg = self.expr_node(&mut scope, span, ExprKind::Str(msg));
                StmtKind::Raise(Raise::New(natrix_abi::ExcKind::TypeError, Some(msg)), None)
            }
            None => StmtKind::Return(Some(new)),
        };
        let body = vec![Stmt { span, kind }];
        self.nested.push(Some(Function {
            name,
            span,
            params,
            locals: scope.locals,
            body,
            n_exprs: scope.n_exprs,
            falls_through: false,
            inplace: vec![],
            captures: 0,
            self_param: false,
            is_generator: false,
            builtin_type: false,
        }));
        let fid = FuncId((self.n_top + self.nested.len()) as u32);
        self.classes[cid.0 as usize].ctor = Some(fid);
        Some(fid)
    }
}
