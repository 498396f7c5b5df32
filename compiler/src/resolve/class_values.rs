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
        let Some(hook) = self.super_lookup(cid, "__init_subclass__") else {
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
            None => self.class_ctor(cid, span, sigs),
        };
        self.function_value(fid, span, scope)
    }

    /// The value of builtin exception class `kind` (`errors = (ValueError, KeyError)`): the
    /// function value of its constructor, made once, which takes any arguments (its `args`).
    pub(super) fn exc_class_value(
        &mut self,
        kind: natrix_abi::ExcKind,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let fid = match self.exc_ctors.get(&kind) {
            Some(fid) => *fid,
            None => {
                let mut inner = Scope::new(false);
                let (params, args) = varargs_param(&mut inner, span);
                let args = self.expr_node(&mut inner, span, ExprKind::Load(Place::Local(args)));
                let kind_new = ExprKind::Builtin(Builtin::NewExcFrom(kind), vec![args]);
                let new = self.expr_node(&mut inner, span, kind_new);
                let body = vec![Stmt {
                    span,
                    kind: StmtKind::Return(Some(new)),
                }];
                let fid = self.add_ctor(kind.name().to_string(), span, params, inner, body);
                // (Named as the class, it is also the class: `<class 'ValueError'>`.)
                if let Some(Some(f)) = self.nested.last_mut() {
                    f.builtin_type = true;
                }
                self.exc_ctors.insert(kind, fid);
                fid
            }
        };
        self.function_value(fid, span, scope)
    }

    /// Makes the constructor of class `cid` (see the module's documentation). An exception
    /// class without an `__init__` takes any arguments, which become its `args`.
    fn class_ctor(&mut self, cid: ClassId, span: Span, sigs: &[Signature]) -> FuncId {
        let name = self.classes[cid.0 as usize].name.clone();
        let init = self.lookup_method(cid, "__init__");
        let mut scope = Scope::new(false);
        if init.is_none() && self.class_exc_kind(cid).is_some() {
            // `e = Class(); e.args = args; return e`.
            let (params, args) = varargs_param(&mut scope, span);
            let e = new_local(&mut scope, "__natrix_e", span);
            let new = self.expr_node(&mut scope, span, ExprKind::New(cid, vec![], 0));
            let obj = self.expr_node(&mut scope, span, ExprKind::Load(Place::Local(e)));
            let value = self.expr_node(&mut scope, span, ExprKind::Load(Place::Local(args)));
            let ret = self.expr_node(&mut scope, span, ExprKind::Load(Place::Local(e)));
            let body = [
                StmtKind::Assign(Place::Local(e), new),
                StmtKind::SetAttr {
                    obj,
                    name: "args".into(),
                    value,
                    raw: false,
                },
                StmtKind::Return(Some(ret)),
            ];
            let body = body.into_iter().map(|kind| Stmt { span, kind }).collect();
            let fid = self.add_ctor(name, span, params, scope, body);
            self.classes[cid.0 as usize].ctor = Some(fid);
            return fid;
        }
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
        let fid = self.add_ctor(name, span, params, scope, body);
        self.classes[cid.0 as usize].ctor = Some(fid);
        fid
    }

    /// Adds the constructor function `name` of these parameters, locals and body.
    fn add_ctor(
        &mut self,
        name: String,
        span: Span,
        params: Vec<Param>,
        scope: Scope,
        body: Vec<Stmt>,
    ) -> FuncId {
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
        FuncId((self.n_top + self.nested.len()) as u32)
    }
}

/// A constructor's one parameter `*args`: the parameter list and its local.
fn varargs_param(scope: &mut Scope, span: Span) -> (Vec<Param>, LocalId) {
    let local = new_local(scope, "args", span);
    let param = Param {
        name: "args".into(),
        local,
        kind: ParamKind::VarArgs,
        default: None,
        env_default: None,
    };
    (vec![param], local)
}
