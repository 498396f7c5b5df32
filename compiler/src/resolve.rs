//! Resolve: Python AST → HIR.
//!
//! Builds the module's scopes (module globals, function locals, `global` declarations), resolves
//! every name, matches call arguments to parameters, and desugars augmented assignment, tuple
//! assignment, chained assignment and default arguments. Anything outside the compiled subset is
//! reported here as an `unsupported-construct` naming it.
//!
//! **Invariant:** resolve knows nothing of types. It reports every error it finds.

use crate::diag::{Code, Diagnostic};
use crate::hir::*;
use crate::source::{FileId, Span};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// Resolves a parsed module into a program.
pub fn resolve(file: FileId, module: &[ast::Stmt]) -> crate::diag::Result<Program> {
    let mut r = Resolver {
        file,
        globals: vec![],
        global_ids: HashMap::new(),
        func_ids: HashMap::new(),
        funcs: vec![],
        errors: vec![],
        rejected_names: Default::default(),
        math_aliases: Default::default(),
        math_members: HashMap::new(),
    };
    r.run(module);
    if r.errors.is_empty() {
        let main = FuncId(r.funcs.len() as u32 - 1);
        Ok(Program {
            funcs: r.funcs,
            globals: r.globals,
            main,
        })
    } else {
        Err(r.errors)
    }
}

struct Resolver {
    file: FileId,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    /// Top-level `def`s, by name, with their AST.
    func_ids: HashMap<String, FuncId>,
    funcs: Vec<Function>,
    errors: Vec<Diagnostic>,
    /// Names bound by statements natrix rejects (classes, imports): already reported, so a use
    /// of one is not a second, misleading `undefined-name` error.
    rejected_names: std::collections::HashSet<String>,
    /// Names bound to the `math` module (`import math`, `import math as m`).
    math_aliases: std::collections::HashSet<String>,
    /// Names bound to members of `math` (`from math import sqrt as root`): local name → member.
    math_members: HashMap<String, String>,
}

/// What a comprehension makes.
#[derive(Clone, Copy)]
enum CompElt<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
}

/// The iteration of a `for` loop or comprehension clause.
enum LoopHeader {
    Range(Expr, Expr, Expr),
    Iter(Expr),
}

impl LoopHeader {
    fn into_stmt(self, var: Place, body: Vec<Stmt>, orelse: Vec<Stmt>) -> StmtKind {
        match self {
            LoopHeader::Range(start, stop, step) => StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            },
            LoopHeader::Iter(iter) => StmtKind::ForIter {
                var,
                iter,
                body,
                orelse,
            },
        }
    }
}

/// What a function's parameters look like, for matching call arguments.
struct Signature {
    names: Vec<String>,
    defaults: Vec<Option<GlobalId>>,
}

/// The scope of the function being resolved.
struct Scope {
    is_module: bool,
    locals: Vec<Local>,
    local_ids: HashMap<String, LocalId>,
    n_exprs: u32,
    loop_depth: u32,
}

impl Resolver {
    fn span(&self, range: ast::text_size::TextRange) -> Span {
        Span::new(self.file, range.start().into(), range.end().into())
    }

    fn global(&mut self, name: &str, span: Span) -> GlobalId {
        if let Some(id) = self.global_ids.get(name) {
            return *id;
        }
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            name: name.to_string(),
            span,
        });
        self.global_ids.insert(name.to_string(), id);
        id
    }

    fn run(&mut self, module: &[ast::Stmt]) {
        // Pass 1: the module's functions and global variables, so that a function may call one
        // defined later in the file.
        let mut defs = vec![];
        for stmt in module {
            if let ast::Stmt::FunctionDef(def) = stmt {
                let id = FuncId(defs.len() as u32);
                if self.func_ids.insert(def.name.to_string(), id).is_some() {
                    let span = self.span(def.range);
                    self.errors
                        .push(Diagnostic::unsupported(span, "redefining a function"));
                }
                defs.push(def);
            }
        }
        for stmt in module {
            match stmt {
                ast::Stmt::ClassDef(c) => {
                    self.rejected_names.insert(c.name.to_string());
                }
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        if a.name.as_str() == "math" {
                            self.math_aliases.insert(bound.to_string());
                            continue;
                        }
                        let first = bound.as_str().split('.').next().unwrap_or("");
                        self.rejected_names.insert(first.to_string());
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.module.as_ref().map(|m| m.as_str()) == Some("math")
                        && i.level.map_or(true, |l| l.to_u32() == 0) =>
                {
                    for a in &i.names {
                        let member = a.name.to_string();
                        let known = crate::builtins::is_math_fn(&member)
                            || crate::builtins::MATH_CONSTS
                                .iter()
                                .any(|(n, _)| *n == member);
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if known {
                            self.math_members.insert(bound, member);
                        } else {
                            let span = self.span(a.range);
                            self.errors
                                .push(Diagnostic::unsupported(span, &format!("`math.{member}`")));
                            self.rejected_names.insert(bound);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        self.rejected_names
                            .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
                _ => {}
            }
        }
        let mut assigned = vec![];
        collect_assigned(module, &mut assigned);
        for (name, range) in assigned {
            let span = self.span(range);
            if self.func_ids.contains_key(&name) {
                self.errors.push(Diagnostic::unsupported(
                    span,
                    "assigning to a function's name",
                ));
            } else {
                self.global(&name, span);
            }
        }
        // Pass 2: the default values' hidden globals, then every function body.
        let mut sigs = vec![];
        for def in &defs {
            let mut names = vec![];
            let mut defaults = vec![];
            let args = &def.args;
            if !args.posonlyargs.is_empty()
                || args.vararg.is_some()
                || !args.kwonlyargs.is_empty()
                || args.kwarg.is_some()
            {
                let span = self.span(def.range);
                self.errors.push(Diagnostic::unsupported(
                    span,
                    "`*args`, `**kwargs`, positional-only or keyword-only parameters",
                ));
            }
            for a in &args.args {
                names.push(a.def.arg.to_string());
                defaults.push(a.default.as_ref().map(|d| {
                    let span = self.span(d.range());
                    self.global(&format!("{}.<default {}>", def.name, a.def.arg), span)
                }));
            }
            if !def.decorator_list.is_empty() {
                let span = self.span(def.decorator_list[0].range());
                self.errors
                    .push(Diagnostic::unsupported(span, "a decorator"));
            }
            sigs.push(Signature { names, defaults });
        }
        for (i, def) in defs.iter().enumerate() {
            let f = self.function(def, &sigs, &sigs[i]);
            self.funcs.push(f);
        }
        // The module body is the last function.
        let mut scope = Scope {
            is_module: true,
            locals: vec![],
            local_ids: HashMap::new(),
            n_exprs: 0,
            loop_depth: 0,
        };
        let body = self.block(module, &mut scope, &sigs);
        let span = Span::new(self.file, 0, 0);
        self.funcs.push(Function {
            name: "<module>".into(),
            span,
            params: vec![],
            locals: scope.locals,
            body,
            n_exprs: scope.n_exprs,
            falls_through: true,
        });
    }

    fn function(
        &mut self,
        def: &ast::StmtFunctionDef,
        sigs: &[Signature],
        sig: &Signature,
    ) -> Function {
        let span = self.span(def.range);
        let mut scope = Scope {
            is_module: false,
            locals: vec![],
            local_ids: HashMap::new(),
            n_exprs: 0,
            loop_depth: 0,
        };
        let mut declared_global = HashSet::new();
        collect_global_decls(&def.body, &mut declared_global);
        let mut params = vec![];
        for (i, a) in def.args.args.iter().enumerate() {
            let pspan = self.span(a.def.range);
            let name = a.def.arg.to_string();
            let local = new_local(&mut scope, &name, pspan);
            params.push(Param {
                name,
                local,
                default: sig.defaults[i],
            });
        }
        let mut assigned = vec![];
        collect_assigned(&def.body, &mut assigned);
        for (name, range) in assigned {
            if !declared_global.contains(&name) && !scope.local_ids.contains_key(&name) {
                let s = self.span(range);
                new_local(&mut scope, &name, s);
            }
        }
        for name in &declared_global {
            if !self.global_ids.contains_key(name) {
                if self.func_ids.contains_key(name) {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "assigning to a function's name",
                    ));
                } else {
                    self.global(name, span);
                }
            }
        }
        let body = self.block(&def.body, &mut scope, sigs);
        Function {
            name: def.name.to_string(),
            span,
            params,
            locals: scope.locals,
            falls_through: !terminates(&body),
            body,
            n_exprs: scope.n_exprs,
        }
    }

    fn block(&mut self, stmts: &[ast::Stmt], scope: &mut Scope, sigs: &[Signature]) -> Vec<Stmt> {
        let mut out = vec![];
        for s in stmts {
            self.stmt(s, scope, sigs, &mut out);
        }
        out
    }

    fn place(&mut self, name: &str, span: Span, scope: &Scope) -> Option<Place> {
        if let Some(l) = scope.local_ids.get(name) {
            return Some(Place::Local(*l));
        }
        if let Some(g) = self.global_ids.get(name) {
            return Some(Place::Global(*g));
        }
        if self.func_ids.contains_key(name) {
            self.errors
                .push(Diagnostic::unsupported(span, "using a function as a value"));
        } else if self.rejected_names.contains(name) {
            // Its definition was already reported as unsupported.
        } else {
            self.errors.push(
                Diagnostic::new(
                    Code::UndefinedName,
                    span,
                    format!("name `{name}` is not defined"),
                )
                .label("not found in this scope"),
            );
        }
        None
    }

    fn assign_target(
        &mut self,
        target: &ast::Expr,
        value: Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        match target {
            ast::Expr::Name(n) => {
                let tspan = self.span(n.range);
                if let Some(p) = self.place(n.id.as_str(), tspan, scope) {
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Assign(p, value),
                    });
                }
            }
            ast::Expr::Tuple(t) => self.unpack(&t.elts, value, span, scope, sigs, out),
            ast::Expr::List(t) => self.unpack(&t.elts, value, span, scope, sigs, out),
            ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_)) => {
                let obj = self.expr(&sub.value, scope, sigs);
                let index = self.expr(&sub.slice, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetItem { obj, index, value },
                });
            }
            other => {
                let s = self.span(other.range());
                self.errors.push(Diagnostic::unsupported(
                    s,
                    &format!("assigning to {}", describe_expr(other)),
                ));
            }
        }
    }

    /// `a, b = <value>`: only a tuple display of the same length is supported today; its items are
    /// evaluated into hidden temporaries first, so that `a, b = b, a` swaps.
    fn unpack(
        &mut self,
        targets: &[ast::Expr],
        value: Expr,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let items = match value.kind {
            ExprKind::Tuple(items) => items,
            _ => {
                // Unpack a tuple value: evaluate it once, then take its items.
                let n = scope.locals.len();
                let vspan = value.span;
                let tmp = new_local(scope, &format!("$t{n}"), vspan);
                scope.local_ids.remove(&format!("$t{n}"));
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(tmp), value),
                });
                let count = targets.len();
                for (index, target) in targets.iter().enumerate() {
                    let load = self.expr_node(scope, vspan, ExprKind::Load(Place::Local(tmp)));
                    let item = self.expr_node(
                        scope,
                        vspan,
                        ExprKind::Unpack {
                            value: Box::new(load),
                            index,
                            count,
                        },
                    );
                    self.assign_target(target, item, span, scope, sigs, out);
                }
                return;
            }
        };
        if items.len() != targets.len() {
            self.errors.push(
                Diagnostic::new(
                    Code::InvalidOperation,
                    value.span,
                    format!(
                        "cannot unpack {} values into {} targets",
                        items.len(),
                        targets.len()
                    ),
                )
                .label("this tuple"),
            );
            return;
        }
        let mut temps = vec![];
        for item in items {
            let n = scope.locals.len();
            let tmp = new_local(scope, &format!("$t{n}"), item.span);
            temps.push((tmp, item.span));
            out.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(tmp), item),
            });
        }
        for (target, (tmp, tspan)) in targets.iter().zip(temps) {
            let load = self.expr_node(scope, tspan, ExprKind::Load(Place::Local(tmp)));
            self.assign_target(target, load, span, scope, sigs, out);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt, scope: &mut Scope, sigs: &[Signature], out: &mut Vec<Stmt>) {
        let span = self.span(s.range());
        match s {
            ast::Stmt::FunctionDef(def) => {
                if !scope.is_module {
                    self.errors
                        .push(Diagnostic::unsupported(span, "a nested function"));
                    return;
                }
                // Evaluate the default values now, as Python does when `def` runs.
                if let Some(id) = self.func_ids.get(def.name.as_str()).copied() {
                    let defaults: Vec<_> = sigs[id.0 as usize].defaults.clone();
                    for (a, g) in def.args.args.iter().zip(defaults) {
                        if let (Some(d), Some(g)) = (&a.default, g) {
                            let e = self.expr(d, scope, sigs);
                            out.push(Stmt {
                                span,
                                kind: StmtKind::Assign(Place::Global(g), e),
                            });
                        }
                    }
                }
            }
            ast::Stmt::Return(r) => {
                if scope.is_module {
                    self.errors.push(
                        Diagnostic::new(Code::SyntaxError, span, "'return' outside function")
                            .label("here"),
                    );
                    return;
                }
                let e = r.value.as_ref().map(|v| self.expr(v, scope, sigs));
                out.push(Stmt {
                    span,
                    kind: StmtKind::Return(e),
                });
            }
            ast::Stmt::Assign(a) => {
                let value = self.expr(&a.value, scope, sigs);
                if a.targets.len() == 1 {
                    self.assign_target(&a.targets[0], value, span, scope, sigs, out);
                } else {
                    let n = scope.locals.len();
                    let tmp = new_local(scope, &format!("$t{n}"), value.span);
                    let vspan = value.span;
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Assign(Place::Local(tmp), value),
                    });
                    for t in &a.targets {
                        let load = self.expr_node(scope, vspan, ExprKind::Load(Place::Local(tmp)));
                        self.assign_target(t, load, span, scope, sigs, out);
                    }
                }
            }
            ast::Stmt::AugAssign(a) if matches!(a.target.as_ref(), ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_))) =>
            {
                // `obj[i] op= v`: evaluate obj and i once, into hidden temporaries.
                let ast::Expr::Subscript(sub) = a.target.as_ref() else {
                    return;
                };
                let Some(op) = self.binop(&a.op, span) else {
                    return;
                };
                let obj = self.expr(&sub.value, scope, sigs);
                let index = self.expr(&sub.slice, scope, sigs);
                let (ospan, ispan) = (obj.span, index.span);
                let n = scope.locals.len();
                let to = new_local(scope, &format!("$t{n}"), ospan);
                let ti = new_local(scope, &format!("$t{}", n + 1), ispan);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(to), obj),
                });
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(Place::Local(ti), index),
                });
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                let li = self.expr_node(scope, ispan, ExprKind::Load(Place::Local(ti)));
                let old = self.expr_node(scope, span, ExprKind::Index(Box::new(lo), Box::new(li)));
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(old), Box::new(right)),
                );
                let lo = self.expr_node(scope, ospan, ExprKind::Load(Place::Local(to)));
                let li = self.expr_node(scope, ispan, ExprKind::Load(Place::Local(ti)));
                out.push(Stmt {
                    span,
                    kind: StmtKind::SetItem {
                        obj: lo,
                        index: li,
                        value,
                    },
                });
            }
            ast::Stmt::AugAssign(a) => {
                let ast::Expr::Name(n) = a.target.as_ref() else {
                    let ts = self.span(a.target.range());
                    self.errors.push(Diagnostic::unsupported(
                        ts,
                        &format!("augmented assignment to {}", describe_expr(&a.target)),
                    ));
                    return;
                };
                let tspan = self.span(n.range);
                let Some(place) = self.place(n.id.as_str(), tspan, scope) else {
                    return;
                };
                let Some(op) = self.binop(&a.op, span) else {
                    return;
                };
                let left = self.expr_node(scope, tspan, ExprKind::Load(place));
                let right = self.expr(&a.value, scope, sigs);
                let value = self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(op, Box::new(left), Box::new(right)),
                );
                out.push(Stmt {
                    span,
                    kind: StmtKind::Assign(place, value),
                });
            }
            ast::Stmt::Expr(e) => {
                if let ast::Expr::Constant(_) = e.value.as_ref() {
                    return; // a docstring or a bare constant: no effect
                }
                let e = self.expr(&e.value, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::Expr(e),
                });
            }
            ast::Stmt::If(i) => {
                let cond = self.expr(&i.test, scope, sigs);
                let then = self.block(&i.body, scope, sigs);
                let orelse = self.block(&i.orelse, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::If(cond, then, orelse),
                });
            }
            ast::Stmt::While(w) => {
                let cond = self.expr(&w.test, scope, sigs);
                scope.loop_depth += 1;
                let body = self.block(&w.body, scope, sigs);
                scope.loop_depth -= 1;
                let orelse = self.block(&w.orelse, scope, sigs);
                out.push(Stmt {
                    span,
                    kind: StmtKind::While { cond, body, orelse },
                });
            }
            ast::Stmt::For(f) => self.for_stmt(f, span, scope, sigs, out),
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                if scope.loop_depth == 0 {
                    let what = if matches!(s, ast::Stmt::Break(_)) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.errors
                        .push(Diagnostic::new(Code::SyntaxError, span, what).label("here"));
                    return;
                }
                let kind = if matches!(s, ast::Stmt::Break(_)) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                };
                out.push(Stmt { span, kind });
            }
            ast::Stmt::Pass(_) => {}
            ast::Stmt::Global(g) => {
                if !scope.is_module {
                    for name in &g.names {
                        if scope.local_ids.contains_key(name.as_str()) {
                            self.errors.push(Diagnostic::new(
                                Code::SyntaxError,
                                span,
                                format!("name '{name}' is parameter and global"),
                            ));
                        }
                    }
                }
            }
            ast::Stmt::Try(t) => self.try_stmt(t, span, scope, sigs, out),
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(sub) if !matches!(sub.slice.as_ref(), ast::Expr::Slice(_)) => {
                            let obj = self.expr(&sub.value, scope, sigs);
                            let index = self.expr(&sub.slice, scope, sigs);
                            out.push(Stmt { span, kind: StmtKind::DelItem { obj, index } });
                        }
                        other => {
                            let ts = self.span(other.range());
                            self.errors.push(Diagnostic::unsupported(ts, &format!("`del` of {}", describe_expr(other))));
                        }
                    }
                }
            }
            ast::Stmt::Raise(r) => {
                let kind = self.raise(r, span, scope, sigs);
                if let Some(kind) = kind {
                    out.push(Stmt {
                        span,
                        kind: StmtKind::Raise(kind),
                    });
                }
            }
            ast::Stmt::Assert(a) => {
                // `assert test, msg` → `if not test: raise AssertionError(msg)`.
                let test = self.expr(&a.test, scope, sigs);
                let tspan = test.span;
                let cond =
                    self.expr_node(scope, tspan, ExprKind::Unary(UnaryOp::Not, Box::new(test)));
                let msg = a.msg.as_ref().map(|m| self.expr(m, scope, sigs));
                let raise = Stmt {
                    span,
                    kind: StmtKind::Raise(Raise::New(natrix_abi::ExcKind::AssertionError, msg)),
                };
                out.push(Stmt {
                    span,
                    kind: StmtKind::If(cond, vec![raise], vec![]),
                });
            }
            // `import math` and `from math import …` at module level were bound in pass 1.
            ast::Stmt::Import(i)
                if scope.is_module && i.names.iter().all(|a| a.name.as_str() == "math") => {}
            ast::Stmt::ImportFrom(i)
                if scope.is_module && i.module.as_ref().map(|m| m.as_str()) == Some("math") => {}
            other => {
                let what = describe_stmt(other);
                self.errors.push(Diagnostic::unsupported(span, what));
            }
        }
    }

    fn for_stmt(
        &mut self,
        f: &ast::StmtFor,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        if let (ast::Expr::Tuple(t), ast::Expr::Call(c)) = (f.target.as_ref(), f.iter.as_ref()) {
            if let ast::Expr::Name(fname) = c.func.as_ref() {
                let which = fname.id.as_str();
                if (which == "enumerate" || which == "zip")
                    && !self.is_user_name(which, scope)
                    && c.keywords.is_empty()
                {
                    self.for_parallel(
                        which == "enumerate",
                        &t.elts,
                        &c.args,
                        f,
                        span,
                        scope,
                        sigs,
                        out,
                    );
                    return;
                }
            }
        }
        if let ast::Expr::Tuple(t) = f.target.as_ref() {
            // `for a, b in pairs`: a hidden loop variable, unpacked first thing in the body.
            let ts = self.span(f.target.range());
            let n = scope.locals.len();
            let var = new_local(scope, &format!("$item{n}"), ts);
            scope.local_ids.remove(&format!("$item{n}"));
            let Some(header) = self.loop_header(&f.iter, scope, sigs) else {
                return;
            };
            let mut body = vec![];
            let load = self.expr_node(scope, ts, ExprKind::Load(Place::Local(var)));
            self.unpack(&t.elts, load, span, scope, sigs, &mut body);
            scope.loop_depth += 1;
            body.extend(self.block(&f.body, scope, sigs));
            scope.loop_depth -= 1;
            let orelse = self.block(&f.orelse, scope, sigs);
            out.push(Stmt {
                span,
                kind: header.into_stmt(Place::Local(var), body, orelse),
            });
            return;
        }
        let ast::Expr::Name(n) = f.target.as_ref() else {
            let ts = self.span(f.target.range());
            self.errors.push(Diagnostic::unsupported(
                ts,
                "a `for` target that is not a simple name",
            ));
            return;
        };
        let tspan = self.span(n.range);
        let Some(var) = self.place(n.id.as_str(), tspan, scope) else {
            return;
        };
        let Some(header) = self.loop_header(&f.iter, scope, sigs) else {
            return;
        };
        scope.loop_depth += 1;
        let body = self.block(&f.body, scope, sigs);
        scope.loop_depth -= 1;
        let orelse = self.block(&f.orelse, scope, sigs);
        out.push(Stmt {
            span,
            kind: header.into_stmt(var, body, orelse),
        });
    }

    /// `for i, x in enumerate(seq[, start])` and `for a, b in zip(s1, s2, ...)` over lists or
    /// strs, desugared to an index loop that re-reads the lengths (like the iterators):
    /// `k = 0; while k < len(s1) and …: a = s1[k]; …; k += 1; body`.
    #[allow(clippy::too_many_arguments)]
    fn for_parallel(
        &mut self,
        is_enumerate: bool,
        targets: &[ast::Expr],
        args: &[ast::Expr],
        f: &ast::StmtFor,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let want = if is_enumerate { 2 } else { args.len() };
        let ok_args = if is_enumerate {
            (1..=2).contains(&args.len())
        } else {
            !args.is_empty()
        };
        if !ok_args || targets.len() != want {
            self.errors.push(Diagnostic::unsupported(
                span,
                "this form of `enumerate()`/`zip()` in a `for` loop",
            ));
            return;
        }
        let mut places = vec![];
        for t in targets {
            let ast::Expr::Name(n) = t else {
                let ts = self.span(t.range());
                self.errors
                    .push(Diagnostic::unsupported(ts, "a nested `for` target"));
                return;
            };
            let ts = self.span(n.range);
            let Some(p) = self.place(n.id.as_str(), ts, scope) else {
                return;
            };
            places.push(p);
        }
        let hidden = |this: &mut Self, scope: &mut Scope, what: &str, at: Span| {
            let n = scope.locals.len();
            let name = format!("${what}{n}");
            let l = new_local(scope, &name, at);
            scope.local_ids.remove(&name);
            let _ = this;
            l
        };
        let seq_args: &[ast::Expr] = if is_enumerate { &args[..1] } else { args };
        let mut seqs = vec![];
        for a in seq_args {
            let e = self.expr(a, scope, sigs);
            let l = hidden(self, scope, "seq", e.span);
            out.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(l), e),
            });
            seqs.push(l);
        }
        let start = if is_enumerate && args.len() == 2 {
            let e = self.expr(&args[1], scope, sigs);
            let l = hidden(self, scope, "start", e.span);
            out.push(Stmt {
                span,
                kind: StmtKind::Assign(Place::Local(l), e),
            });
            Some(l)
        } else {
            None
        };
        let k = hidden(self, scope, "k", span);
        let zero = self.expr_node(scope, span, ExprKind::Int(0));
        out.push(Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(k), zero),
        });
        let load = |this: &mut Self, scope: &mut Scope, l: LocalId| {
            this.expr_node(scope, span, ExprKind::Load(Place::Local(l)))
        };
        // k < len(s1) and k < len(s2) ...
        let mut conds = vec![];
        for s in &seqs {
            let kk = load(self, scope, k);
            let sv = load(self, scope, *s);
            let len = self.expr_node(scope, span, ExprKind::Builtin(Builtin::Len, vec![sv]));
            conds.push(self.expr_node(
                scope,
                span,
                ExprKind::Compare(Box::new(kk), vec![(CmpOp::Lt, len)]),
            ));
        }
        let cond = if conds.len() == 1 {
            conds.pop().expect("one condition")
        } else {
            self.expr_node(
                scope,
                span,
                ExprKind::BoolOp {
                    is_and: true,
                    values: conds,
                },
            )
        };
        let mut body = vec![];
        let item_places: Vec<Place> = if is_enumerate {
            let kk = load(self, scope, k);
            let index = match start {
                Some(st) => {
                    let sv = load(self, scope, st);
                    self.expr_node(
                        scope,
                        span,
                        ExprKind::Binary(BinOp::Add, Box::new(kk), Box::new(sv)),
                    )
                }
                None => kk,
            };
            body.push(Stmt {
                span,
                kind: StmtKind::Assign(places[0], index),
            });
            places[1..].to_vec()
        } else {
            places.clone()
        };
        for (p, s) in item_places.iter().zip(&seqs) {
            let sv = load(self, scope, *s);
            let kk = load(self, scope, k);
            let item = self.expr_node(scope, span, ExprKind::Index(Box::new(sv), Box::new(kk)));
            body.push(Stmt {
                span,
                kind: StmtKind::Assign(*p, item),
            });
        }
        let kk = load(self, scope, k);
        let one = self.expr_node(scope, span, ExprKind::Int(1));
        let next = self.expr_node(
            scope,
            span,
            ExprKind::Binary(BinOp::Add, Box::new(kk), Box::new(one)),
        );
        body.push(Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(k), next),
        });
        scope.loop_depth += 1;
        body.extend(self.block(&f.body, scope, sigs));
        scope.loop_depth -= 1;
        let orelse = self.block(&f.orelse, scope, sigs);
        out.push(Stmt {
            span,
            kind: StmtKind::While { cond, body, orelse },
        });
    }

    fn try_stmt(
        &mut self,
        t: &ast::StmtTry,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        out: &mut Vec<Stmt>,
    ) {
        let body = self.block(&t.body, scope, sigs);
        let mut handlers = vec![];
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hspan = self.span(h.range);
            let mut kinds = vec![];
            match h.type_.as_deref() {
                None => kinds.push(natrix_abi::ExcKind::BaseException),
                Some(ast::Expr::Tuple(tu)) => {
                    for e in &tu.elts {
                        if let Some(k) = self.exc_class(e) {
                            kinds.push(k);
                        }
                    }
                }
                Some(e) => {
                    if let Some(k) = self.exc_class(e) {
                        kinds.push(k);
                    }
                }
            }
            let var = match &h.name {
                Some(name) => self.place(name.as_str(), hspan, scope),
                None => None,
            };
            let hbody = self.block(&h.body, scope, sigs);
            handlers.push(Handler {
                kinds,
                var,
                body: hbody,
                span: hspan,
            });
        }
        let orelse = self.block(&t.orelse, scope, sigs);
        let finalbody = self.block(&t.finalbody, scope, sigs);
        out.push(Stmt {
            span,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        });
    }

    /// The builtin exception class a name refers to.
    fn exc_class(&mut self, e: &ast::Expr) -> Option<natrix_abi::ExcKind> {
        let span = self.span(e.range());
        if let ast::Expr::Name(n) = e {
            if let Some(k) = natrix_abi::ExcKind::from_name(n.id.as_str()) {
                return Some(k);
            }
            if self.rejected_names.contains(n.id.as_str()) {
                return None;
            }
        }
        self.errors.push(Diagnostic::unsupported(
            span,
            "an exception class other than a builtin one",
        ));
        None
    }

    fn raise(
        &mut self,
        r: &ast::StmtRaise,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<Raise> {
        let Some(exc) = &r.exc else {
            return Some(Raise::Reraise);
        };
        match exc.as_ref() {
            ast::Expr::Name(n)
                if natrix_abi::ExcKind::from_name(n.id.as_str()).is_some()
                    && !self.is_user_name(n.id.as_str(), scope) =>
            {
                natrix_abi::ExcKind::from_name(n.id.as_str()).map(|k| Raise::New(k, None))
            }
            ast::Expr::Call(c) => {
                let ast::Expr::Name(n) = c.func.as_ref() else {
                    self.errors
                        .push(Diagnostic::unsupported(span, "raising this expression"));
                    return None;
                };
                let Some(k) = natrix_abi::ExcKind::from_name(n.id.as_str()) else {
                    let _ = self.exc_class(&c.func);
                    return None;
                };
                if c.args.len() > 1 || !c.keywords.is_empty() {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "an exception with more than one argument",
                    ));
                    return None;
                }
                let msg = c.args.first().map(|a| self.expr(a, scope, sigs));
                Some(Raise::New(k, msg))
            }
            other => Some(Raise::Value(self.expr(other, scope, sigs))),
        }
    }

    /// What a `for` iterates over: `range(...)` becomes a counted loop, anything else iterates a
    /// value (inference checks that it is a list).
    fn loop_header(
        &mut self,
        iter: &ast::Expr,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<LoopHeader> {
        let iter_span = self.span(iter.range());
        let range_args = match iter {
            ast::Expr::Call(c)
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "range" && !self.is_user_name(n.id.as_str(), scope))
                    && c.keywords.is_empty() =>
            {
                if !(1..=3).contains(&c.args.len()) {
                    self.errors.push(
                        Diagnostic::new(
                            Code::ArgumentMismatch,
                            iter_span,
                            format!("range expected 1 to 3 arguments, got {}", c.args.len()),
                        )
                        .label("here"),
                    );
                    return None;
                }
                &c.args
            }
            other => return Some(LoopHeader::Iter(self.expr(other, scope, sigs))),
        };
        let mut args: Vec<Expr> = range_args
            .iter()
            .map(|a| self.expr(a, scope, sigs))
            .collect();
        let (start, stop, step) = match args.len() {
            1 => {
                let stop = args.remove(0);
                (
                    self.expr_node(scope, iter_span, ExprKind::Int(0)),
                    stop,
                    self.expr_node(scope, iter_span, ExprKind::Int(1)),
                )
            }
            2 => {
                let stop = args.remove(1);
                let start = args.remove(0);
                (
                    start,
                    stop,
                    self.expr_node(scope, iter_span, ExprKind::Int(1)),
                )
            }
            _ => {
                let step = args.remove(2);
                let stop = args.remove(1);
                (args.remove(0), stop, step)
            }
        };
        Some(LoopHeader::Range(start, stop, step))
    }

    /// `[elt for x in it if cond ...]` → a block that appends to a fresh list. The loop
    /// variables are hidden locals: a comprehension has its own scope.
    fn list_comp(
        &mut self,
        generators: &[ast::Comprehension],
        elt: CompElt<'_>,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let n = scope.locals.len();
        let result = new_local(scope, &format!("$comp{n}"), span);
        scope.local_ids.remove(&format!("$comp{n}"));
        let empty_kind = match elt {
            CompElt::List(_) => ExprKind::List(vec![]),
            CompElt::Set(_) => ExprKind::Set(vec![]),
            CompElt::Dict(..) => ExprKind::Dict(vec![]),
        };
        let empty = self.expr_node(scope, span, empty_kind);
        let init = Stmt {
            span,
            kind: StmtKind::Assign(Place::Local(result), empty),
        };
        let mut shadowed = vec![];
        let body = self.comp_clauses(
            generators,
            elt,
            result,
            span,
            scope,
            sigs,
            &mut shadowed,
        );
        for (name, old) in shadowed.into_iter().rev() {
            match old {
                Some(l) => scope.local_ids.insert(name, l),
                None => scope.local_ids.remove(&name),
            };
        }
        let value = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        let mut stmts = vec![init];
        stmts.extend(body);
        self.expr_node(scope, span, ExprKind::Block(stmts, Box::new(value)))
    }

    #[allow(clippy::too_many_arguments)]
    fn comp_clauses(
        &mut self,
        gens: &[ast::Comprehension],
        elt: CompElt<'_>,
        result: LocalId,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
        shadowed: &mut Vec<(String, Option<LocalId>)>,
    ) -> Vec<Stmt> {
        let Some((g, rest)) = gens.split_first() else {
            let recv = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
            let kind = match elt {
                CompElt::List(e) | CompElt::Set(e) => {
                    let item = self.expr(e, scope, sigs);
                    let name = if matches!(elt, CompElt::List(_)) { "append" } else { "add" };
                    let call = self.expr_node(scope, span, ExprKind::Method { recv: Box::new(recv), name: name.into(), args: vec![item] });
                    StmtKind::Expr(call)
                }
                CompElt::Dict(k, v) => {
                    let key = self.expr(k, scope, sigs);
                    let value = self.expr(v, scope, sigs);
                    StmtKind::SetItem { obj: recv, index: key, value }
                }
            };
            return vec![Stmt { span, kind }];
        };
        if g.is_async {
            self.errors
                .push(Diagnostic::unsupported(span, "an async comprehension"));
            return vec![];
        }
        // The first iterable is evaluated in the enclosing scope, before the variable exists.
        let Some(header) = self.loop_header(&g.iter, scope, sigs) else {
            return vec![];
        };
        if let ast::Expr::Tuple(t) = &g.target {
            // `for k, v in …`: a hidden item variable, unpacked into hidden, shadowing names.
            let ts = self.span(g.target.range());
            let n = scope.locals.len();
            let item = new_local(scope, &format!("$citem{n}"), ts);
            scope.local_ids.remove(&format!("$citem{n}"));
            let mut names = vec![];
            for e in &t.elts {
                let ast::Expr::Name(nm) = e else {
                    let es = self.span(e.range());
                    self.errors.push(Diagnostic::unsupported(es, "a nested comprehension target"));
                    return vec![];
                };
                let k = scope.locals.len();
                let var = new_local(scope, &format!("$c{k}.{}", nm.id), ts);
                scope.local_ids.remove(&format!("$c{k}.{}", nm.id));
                let old = scope.local_ids.insert(nm.id.to_string(), var);
                shadowed.push((nm.id.to_string(), old));
                names.push(var);
            }
            let count = names.len();
            let mut inner = vec![];
            for (index, var) in names.into_iter().enumerate() {
                let load = self.expr_node(scope, ts, ExprKind::Load(Place::Local(item)));
                let part = self.expr_node(scope, ts, ExprKind::Unpack { value: Box::new(load), index, count });
                inner.push(Stmt { span, kind: StmtKind::Assign(Place::Local(var), part) });
            }
            let mut rest_stmts = self.comp_clauses(rest, elt, result, span, scope, sigs, shadowed);
            for cond in g.ifs.iter().rev() {
                let c = self.expr(cond, scope, sigs);
                rest_stmts = vec![Stmt { span, kind: StmtKind::If(c, rest_stmts, vec![]) }];
            }
            inner.extend(rest_stmts);
            return vec![Stmt { span, kind: header.into_stmt(Place::Local(item), inner, vec![]) }];
        }
        let ast::Expr::Name(name) = &g.target else {
            let ts = self.span(g.target.range());
            self.errors.push(Diagnostic::unsupported(
                ts,
                "a comprehension target that is not a simple name",
            ));
            return vec![];
        };
        let tspan = self.span(name.range);
        let n = scope.locals.len();
        let var = new_local(scope, &format!("$c{n}.{}", name.id), tspan);
        scope.local_ids.remove(&format!("$c{n}.{}", name.id));
        let old = scope.local_ids.insert(name.id.to_string(), var);
        shadowed.push((name.id.to_string(), old));
        let mut inner = self.comp_clauses(rest, elt, result, span, scope, sigs, shadowed);
        for cond in g.ifs.iter().rev() {
            let c = self.expr(cond, scope, sigs);
            inner = vec![Stmt {
                span,
                kind: StmtKind::If(c, inner, vec![]),
            }];
        }
        vec![Stmt {
            span,
            kind: header.into_stmt(Place::Local(var), inner, vec![]),
        }]
    }

    /// `range(...)` as a list: a block that appends each value of the counted loop.
    fn range_list(&mut self, arg: &ast::Expr, span: Span, scope: &mut Scope, sigs: &[Signature]) -> Option<Expr> {
        let ast::Expr::Call(inner) = arg else { return None };
        if !matches!(inner.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "range" && !self.is_user_name("range", scope)) {
            return None;
        }
        let Some(header) = self.loop_header(arg, scope, sigs) else {
            return Some(self.expr_node(scope, span, ExprKind::None));
        };
        let n = scope.locals.len();
        let result = new_local(scope, &format!("$range{n}"), span);
        let var = new_local(scope, &format!("$i{}", n + 1), span);
        scope.local_ids.remove(&format!("$range{n}"));
        scope.local_ids.remove(&format!("$i{}", n + 1));
        let empty = self.expr_node(scope, span, ExprKind::List(vec![]));
        let init = Stmt { span, kind: StmtKind::Assign(Place::Local(result), empty) };
        let recv = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        let item = self.expr_node(scope, span, ExprKind::Load(Place::Local(var)));
        let append = self.expr_node(scope, span, ExprKind::Method { recv: Box::new(recv), name: "append".into(), args: vec![item] });
        let body = vec![Stmt { span, kind: StmtKind::Expr(append) }];
        let lp = Stmt { span, kind: header.into_stmt(Place::Local(var), body, vec![]) };
        let value = self.expr_node(scope, span, ExprKind::Load(Place::Local(result)));
        Some(self.expr_node(scope, span, ExprKind::Block(vec![init, lp], Box::new(value))))
    }

    /// Whether `name` is bound by the program (so a builtin of that name is shadowed).
    fn is_user_name(&self, name: &str, scope: &Scope) -> bool {
        scope.local_ids.contains_key(name)
            || self.global_ids.contains_key(name)
            || self.func_ids.contains_key(name)
    }

    fn expr_node(&mut self, scope: &mut Scope, span: Span, kind: ExprKind) -> Expr {
        let id = ExprId(scope.n_exprs);
        scope.n_exprs += 1;
        Expr { id, span, kind }
    }

    fn binop(&mut self, op: &ast::Operator, span: Span) -> Option<BinOp> {
        Some(match op {
            ast::Operator::Add => BinOp::Add,
            ast::Operator::Sub => BinOp::Sub,
            ast::Operator::Mult => BinOp::Mul,
            ast::Operator::Div => BinOp::Div,
            ast::Operator::FloorDiv => BinOp::FloorDiv,
            ast::Operator::Mod => BinOp::Mod,
            ast::Operator::Pow => BinOp::Pow,
            ast::Operator::LShift => BinOp::LShift,
            ast::Operator::RShift => BinOp::RShift,
            ast::Operator::BitAnd => BinOp::BitAnd,
            ast::Operator::BitOr => BinOp::BitOr,
            ast::Operator::BitXor => BinOp::BitXor,
            ast::Operator::MatMult => {
                self.errors
                    .push(Diagnostic::unsupported(span, "the `@` operator"));
                return None;
            }
        })
    }

    fn expr(&mut self, e: &ast::Expr, scope: &mut Scope, sigs: &[Signature]) -> Expr {
        let span = self.span(e.range());
        let kind = match e {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::None => ExprKind::None,
                ast::Constant::Bool(b) => ExprKind::Bool(*b),
                ast::Constant::Str(s) => ExprKind::Str(s.clone()),
                ast::Constant::Int(i) => match i.to_string().parse::<i64>() {
                    Ok(v)
                        if (natrix_abi::SMALL_INT_MIN..=natrix_abi::SMALL_INT_MAX).contains(&v) =>
                    {
                        ExprKind::Int(v)
                    }
                    _ => ExprKind::BigInt(i.to_string()),
                },
                ast::Constant::Float(f) => ExprKind::Float(*f),
                ast::Constant::Bytes(_) => return self.unsupported(span, "a bytes literal", scope),
                ast::Constant::Complex { .. } => {
                    return self.unsupported(span, "a complex literal", scope)
                }
                ast::Constant::Ellipsis => return self.unsupported(span, "`...`", scope),
                ast::Constant::Tuple(_) => {
                    return self.unsupported(span, "a tuple constant", scope)
                }
            },
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if name == "__name__" && !self.is_user_name(name, scope) {
                    ExprKind::Str("__main__".into())
                } else if let Some(v) = self.math_member(name, scope).and_then(|m| math_const(&m)) {
                    ExprKind::Float(v)
                } else {
                    match self.place(name, span, scope) {
                        Some(p) => ExprKind::Load(p),
                        None => ExprKind::None,
                    }
                }
            }
            ast::Expr::BinOp(b) => {
                let l = self.expr(&b.left, scope, sigs);
                let r = self.expr(&b.right, scope, sigs);
                match self.binop(&b.op, span) {
                    Some(op) => ExprKind::Binary(op, Box::new(l), Box::new(r)),
                    None => ExprKind::None,
                }
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand, scope, sigs);
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                // Fold `-<int literal>` so that the most negative small int is a literal.
                match (op, &v.kind) {
                    (UnaryOp::Neg, ExprKind::Int(i)) => ExprKind::Int(-i),
                    (UnaryOp::Neg, ExprKind::Float(f)) => ExprKind::Float(-f),
                    _ => ExprKind::Unary(op, Box::new(v)),
                }
            }
            ast::Expr::BoolOp(b) => {
                let values = b.values.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::BoolOp {
                    is_and: matches!(b.op, ast::BoolOp::And),
                    values,
                }
            }
            ast::Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn) =>
            {
                let item = Box::new(self.expr(&c.left, scope, sigs));
                let container = Box::new(self.expr(&c.comparators[0], scope, sigs));
                ExprKind::Contains {
                    item,
                    container,
                    negated: matches!(c.ops[0], ast::CmpOp::NotIn),
                }
            }
            ast::Expr::Compare(c) => {
                let left = self.expr(&c.left, scope, sigs);
                let mut rest = vec![];
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    let op = match op {
                        ast::CmpOp::Eq => CmpOp::Eq,
                        ast::CmpOp::NotEq => CmpOp::Ne,
                        ast::CmpOp::Lt => CmpOp::Lt,
                        ast::CmpOp::LtE => CmpOp::Le,
                        ast::CmpOp::Gt => CmpOp::Gt,
                        ast::CmpOp::GtE => CmpOp::Ge,
                        ast::CmpOp::Is | ast::CmpOp::IsNot => {
                            return self.unsupported(span, "the `is` operator", scope)
                        }
                        ast::CmpOp::In | ast::CmpOp::NotIn => {
                            return self.unsupported(span, "`in` inside a comparison chain", scope)
                        }
                    };
                    rest.push((op, self.expr(right, scope, sigs)));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            ast::Expr::IfExp(i) => {
                let c = self.expr(&i.test, scope, sigs);
                let t = self.expr(&i.body, scope, sigs);
                let f = self.expr(&i.orelse, scope, sigs);
                ExprKind::IfExp(Box::new(c), Box::new(t), Box::new(f))
            }
            ast::Expr::Tuple(t) => {
                let items = t.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::Tuple(items)
            }
            ast::Expr::Call(c) => return self.call(c, span, scope, sigs),
            ast::Expr::Attribute(a) if matches!(a.value.as_ref(), ast::Expr::Name(n) if self.rejected_names.contains(n.id.as_str()) && !scope.local_ids.contains_key(n.id.as_str())) =>
            {
                // An attribute of an imported module or class: the import was already reported.
                ExprKind::None
            }
            ast::Expr::Attribute(a) if matches!(a.value.as_ref(), ast::Expr::Name(n) if self.is_math_alias(n.id.as_str(), scope)) => {
                match math_const(a.attr.as_str()) {
                    Some(v) => ExprKind::Float(v),
                    None => {
                        return self.unsupported(
                            span,
                            &format!("`math.{}` as a value", a.attr),
                            scope,
                        )
                    }
                }
            }
            ast::Expr::List(l) => {
                let items = l.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::List(items)
            }
            ast::Expr::ListComp(c) => return self.list_comp(&c.generators, CompElt::List(&c.elt), span, scope, sigs),
            ast::Expr::SetComp(c) => return self.list_comp(&c.generators, CompElt::Set(&c.elt), span, scope, sigs),
            ast::Expr::DictComp(c) => return self.list_comp(&c.generators, CompElt::Dict(&c.key, &c.value), span, scope, sigs),
            ast::Expr::Dict(d) => {
                let mut entries = vec![];
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        return self.unsupported(span, "`**` in a dict display", scope);
                    };
                    let key = self.expr(k, scope, sigs);
                    let value = self.expr(v, scope, sigs);
                    entries.push((key, value));
                }
                ExprKind::Dict(entries)
            }
            ast::Expr::Set(st) => {
                let items = st.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::Set(items)
            }
            ast::Expr::Subscript(sub) => {
                let obj = Box::new(self.expr(&sub.value, scope, sigs));
                match sub.slice.as_ref() {
                    ast::Expr::Slice(sl) => {
                        let mut part = |e: &Option<Box<ast::Expr>>, this: &mut Self| {
                            e.as_ref().map(|e| Box::new(this.expr(e, scope, sigs)))
                        };
                        let lower = part(&sl.lower, self);
                        let upper = part(&sl.upper, self);
                        let step = part(&sl.step, self);
                        ExprKind::Slice {
                            obj,
                            lower,
                            upper,
                            step,
                        }
                    }
                    index => ExprKind::Index(obj, Box::new(self.expr(index, scope, sigs))),
                }
            }
            ast::Expr::JoinedStr(j) => return self.fstring(&j.values, span, scope, sigs),
            ast::Expr::FormattedValue(f) => return self.fstring_field(f, scope, sigs),
            other => return self.unsupported(span, describe_expr(other), scope),
        };
        self.expr_node(scope, span, kind)
    }

    /// An f-string: the concatenation of its literal parts and its formatted fields.
    fn fstring(
        &mut self,
        parts: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let mut acc: Option<Expr> = None;
        for part in parts {
            let e = match part {
                ast::Expr::Constant(c) => match &c.value {
                    ast::Constant::Str(text) => {
                        let pspan = self.span(c.range);
                        self.expr_node(scope, pspan, ExprKind::Str(text.clone()))
                    }
                    _ => self.expr(part, scope, sigs),
                },
                ast::Expr::FormattedValue(f) => self.fstring_field(f, scope, sigs),
                other => self.expr(other, scope, sigs),
            };
            acc = Some(match acc {
                None => e,
                Some(left) => self.expr_node(
                    scope,
                    span,
                    ExprKind::Binary(BinOp::Add, Box::new(left), Box::new(e)),
                ),
            });
        }
        acc.unwrap_or_else(|| self.expr_node(scope, span, ExprKind::Str(String::new())))
    }

    /// `{value!conv:spec}` → `format(repr(value) or str(value) or value, spec)`.
    fn fstring_field(
        &mut self,
        f: &ast::ExprFormattedValue,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        let span = self.span(f.range);
        let mut value = self.expr(&f.value, scope, sigs);
        let vspan = value.span;
        match f.conversion {
            ast::ConversionFlag::None => {}
            ast::ConversionFlag::Str => {
                value = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Str, vec![value]))
            }
            ast::ConversionFlag::Repr => {
                value = self.expr_node(scope, vspan, ExprKind::Builtin(Builtin::Repr, vec![value]))
            }
            ast::ConversionFlag::Ascii => {
                return self.unsupported(span, "the `!a` conversion", scope)
            }
        }
        let mut args = vec![value];
        if let Some(spec) = &f.format_spec {
            let sspan = self.span(spec.range());
            let spec = match spec.as_ref() {
                ast::Expr::JoinedStr(j) => self.fstring(&j.values, sspan, scope, sigs),
                other => self.expr(other, scope, sigs),
            };
            args.push(spec);
        }
        self.expr_node(scope, span, ExprKind::Builtin(Builtin::Format, args))
    }

    fn is_math_alias(&self, name: &str, scope: &Scope) -> bool {
        self.math_aliases.contains(name)
            && !scope.local_ids.contains_key(name)
            && !self.global_ids.contains_key(name)
    }

    /// The `math` member a bare name was imported as (`from math import sqrt`).
    fn math_member(&self, name: &str, scope: &Scope) -> Option<String> {
        if scope.local_ids.contains_key(name) || self.global_ids.contains_key(name) {
            return None;
        }
        self.math_members.get(name).cloned()
    }

    /// `math.<member>(args)`.
    fn math_call(
        &mut self,
        member: &str,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments to a `math` function", scope);
        }
        let Some(i) = crate::builtins::math_fn(member, c.args.len()) else {
            return self.unsupported(
                span,
                &format!("`math.{member}()` with {} arguments", c.args.len()),
                scope,
            );
        };
        let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        self.expr_node(
            scope,
            span,
            ExprKind::Builtin(Builtin::Math(i as u16), args),
        )
    }

    fn unsupported(&mut self, span: Span, what: &str, scope: &mut Scope) -> Expr {
        self.errors.push(Diagnostic::unsupported(span, what));
        self.expr_node(scope, span, ExprKind::None)
    }

    fn call(
        &mut self,
        c: &ast::ExprCall,
        span: Span,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Expr {
        if let ast::Expr::Attribute(attr) = c.func.as_ref() {
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if self.is_math_alias(n.id.as_str(), scope) {
                    return self.math_call(attr.attr.as_str(), c, span, scope, sigs);
                }
            }
            if !c.keywords.is_empty() {
                return self.unsupported(span, "keyword arguments in a method call", scope);
            }
            if let ast::Expr::Name(n) = attr.value.as_ref() {
                if self.rejected_names.contains(n.id.as_str())
                    && !scope.local_ids.contains_key(n.id.as_str())
                {
                    // A method of an imported module or a class: already reported.
                    return self.expr_node(scope, span, ExprKind::None);
                }
            }
            let recv = Box::new(self.expr(&attr.value, scope, sigs));
            let args = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
            return self.expr_node(
                scope,
                span,
                ExprKind::Method {
                    recv,
                    name: attr.attr.to_string(),
                    args,
                },
            );
        }
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return self.unsupported(
                span,
                "calling anything but a function or builtin by name",
                scope,
            );
        };
        let name = n.id.as_str();
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.unsupported(span, "`*` or `**` in a call", scope);
        }
        if let Some(member) = self.math_member(name, scope) {
            return self.math_call(&member, c, span, scope, sigs);
        }
        let callee_user = scope.local_ids.contains_key(name) || self.global_ids.contains_key(name);
        if let (false, Some(fid)) = (callee_user, self.func_ids.get(name).copied()) {
            let sig = &sigs[fid.0 as usize];
            let mut slots: Vec<Option<&ast::Expr>> = vec![None; sig.names.len()];
            let mut ok = true;
            if c.args.len() > sig.names.len() {
                self.errors.push(
                    Diagnostic::new(
                        Code::ArgumentMismatch,
                        span,
                        format!(
                            "{name}() takes {} positional arguments but {} were given",
                            sig.names.len(),
                            c.args.len()
                        ),
                    )
                    .label("in this call"),
                );
                ok = false;
            }
            for (i, a) in c.args.iter().enumerate().take(sig.names.len()) {
                slots[i] = Some(a);
            }
            for k in &c.keywords {
                let kname = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("");
                match sig.names.iter().position(|p| p == kname) {
                    Some(i) if slots[i].is_none() => slots[i] = Some(&k.value),
                    Some(_) => {
                        self.errors.push(
                            Diagnostic::new(
                                Code::ArgumentMismatch,
                                span,
                                format!("{name}() got multiple values for argument '{kname}'"),
                            )
                            .label("in this call"),
                        );
                        ok = false;
                    }
                    None => {
                        self.errors.push(
                            Diagnostic::new(
                                Code::ArgumentMismatch,
                                span,
                                format!("{name}() got an unexpected keyword argument '{kname}'"),
                            )
                            .label("in this call"),
                        );
                        ok = false;
                    }
                }
            }
            let mut args = vec![];
            for (i, slot) in slots.iter().enumerate() {
                match (slot, sig.defaults[i]) {
                    (Some(a), _) => args.push(self.expr(a, scope, sigs)),
                    (None, Some(g)) => {
                        args.push(self.expr_node(scope, span, ExprKind::Load(Place::Global(g))))
                    }
                    (None, None) => {
                        if ok {
                            self.errors.push(
                                Diagnostic::new(
                                    Code::ArgumentMismatch,
                                    span,
                                    format!(
                                        "{name}() missing required argument: '{}'",
                                        sig.names[i]
                                    ),
                                )
                                .label("in this call"),
                            );
                        }
                        ok = false;
                    }
                }
            }
            let kind = if ok {
                ExprKind::Call(fid, args)
            } else {
                ExprKind::None
            };
            return self.expr_node(scope, span, kind);
        }
        if callee_user {
            return self.unsupported(span, "calling a variable", scope);
        }
        if name == "eval"
            || name == "exec"
            || name == "compile"
            || name == "globals"
            || name == "locals"
        {
            return self.unsupported(span, &format!("`{name}()`"), scope);
        }
        let Some(b) = Builtin::from_name(name) else {
            let nspan = self.span(n.range);
            if self.rejected_names.contains(name) {
                // Calling a class or an imported name: the definition was already reported.
                let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
                drop(args);
                return self.expr_node(scope, span, ExprKind::None);
            }
            self.errors.push(
                Diagnostic::new(
                    Code::UndefinedName,
                    nspan,
                    format!(
                        "name `{name}` is not defined, or is a builtin natrix does not support yet"
                    ),
                )
                .label("not found"),
            );
            return self.expr_node(scope, span, ExprKind::None);
        };
        // range(...) as a value (list(range(…)), set(range(…)), sum(range(…)), …): the list of
        // the counted loop's values.
        if matches!(b, Builtin::List | Builtin::Set | Builtin::Sorted | Builtin::Sum | Builtin::Min | Builtin::Max)
            && c.args.len() == 1
            && c.keywords.is_empty()
        {
            if let Some(list) = self.range_list(&c.args[0], span, scope, sigs) {
                if b == Builtin::List {
                    return list;
                }
                return self.expr_node(scope, span, ExprKind::Builtin(b, vec![list]));
            }
        }
        let args: Vec<Expr> = c.args.iter().map(|a| self.expr(a, scope, sigs)).collect();
        if b == Builtin::Print {
            let mut sep = None;
            let mut end = None;
            for k in &c.keywords {
                let v = Box::new(self.expr(&k.value, scope, sigs));
                match k.arg.as_ref().map(|a| a.as_str()) {
                    Some("sep") => sep = Some(v),
                    Some("end") => end = Some(v),
                    _ => {
                        let ks = self.span(k.range);
                        self.errors.push(Diagnostic::unsupported(
                            ks,
                            "this keyword argument of `print()`",
                        ));
                    }
                }
            }
            return self.expr_node(scope, span, ExprKind::Print { args, sep, end });
        }
        if let Some(k) = c.keywords.first() {
            let ks = self.span(k.range);
            self.errors.push(Diagnostic::unsupported(
                ks,
                &format!("keyword arguments to `{name}()`"),
            ));
        }
        self.expr_node(scope, span, ExprKind::Builtin(b, args))
    }
}

fn new_local(scope: &mut Scope, name: &str, span: Span) -> LocalId {
    let id = LocalId(scope.locals.len() as u32);
    scope.locals.push(Local {
        name: name.to_string(),
        span,
    });
    scope.local_ids.insert(name.to_string(), id);
    id
}

fn math_const(name: &str) -> Option<f64> {
    crate::builtins::MATH_CONSTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
}

/// Every name a block binds by assignment or as a loop variable (not inside nested defs).
fn collect_assigned(stmts: &[ast::Stmt], out: &mut Vec<(String, ast::text_size::TextRange)>) {
    fn target(t: &ast::Expr, out: &mut Vec<(String, ast::text_size::TextRange)>) {
        match t {
            ast::Expr::Name(n) => {
                if !out.iter().any(|(name, _)| name == n.id.as_str()) {
                    out.push((n.id.to_string(), n.range));
                }
            }
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| target(e, out)),
            _ => {}
        }
    }
    for s in stmts {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            ast::Stmt::For(f) => {
                target(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_assigned(&i.body, out);
                collect_assigned(&i.orelse, out);
            }
            ast::Stmt::Try(t) => {
                collect_assigned(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(name) = &h.name {
                        if !out.iter().any(|(n, _)| n == name.as_str()) {
                            out.push((name.to_string(), h.range));
                        }
                    }
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

fn collect_global_decls(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in stmts {
        match s {
            ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            ast::Stmt::For(f) => {
                collect_global_decls(&f.body, out);
                collect_global_decls(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_global_decls(&w.body, out);
                collect_global_decls(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_global_decls(&i.body, out);
                collect_global_decls(&i.orelse, out);
            }
            ast::Stmt::Try(t) => {
                collect_global_decls(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_global_decls(&h.body, out);
                }
                collect_global_decls(&t.orelse, out);
                collect_global_decls(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// Whether control can never fall off the end of `stmts`.
pub fn terminates(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise(_) => true,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            terminates(finalbody)
                || ((terminates(body) || terminates(orelse))
                    && handlers.iter().all(|h| terminates(&h.body)))
        }
        StmtKind::If(_, a, b) => terminates(a) && terminates(b),
        StmtKind::While { cond, body, .. } => {
            matches!(cond.kind, ExprKind::Bool(true) | ExprKind::Int(1..)) && !breaks(body)
        }
        _ => false,
    })
}

/// Whether a loop body contains a `break` that leaves this loop.
fn breaks(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If(_, a, b) => breaks(a) || breaks(b),
        _ => false,
    })
}

fn describe_stmt(s: &ast::Stmt) -> &'static str {
    match s {
        ast::Stmt::ClassDef(_) => "a class definition",
        ast::Stmt::AsyncFunctionDef(_) => "an `async def`",
        ast::Stmt::Delete(_) => "the `del` statement",
        ast::Stmt::AnnAssign(_) => "an annotated assignment",
        ast::Stmt::AsyncFor(_) => "`async for`",
        ast::Stmt::With(_) | ast::Stmt::AsyncWith(_) => "the `with` statement",
        ast::Stmt::Match(_) => "the `match` statement",
        ast::Stmt::Raise(_) => "the `raise` statement",
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => "the `try` statement",
        ast::Stmt::Assert(_) => "the `assert` statement",
        ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => "`import`",
        ast::Stmt::Nonlocal(_) => "the `nonlocal` statement",
        ast::Stmt::TypeAlias(_) => "a `type` alias",
        _ => "this statement",
    }
}

fn describe_expr(e: &ast::Expr) -> &'static str {
    match e {
        ast::Expr::NamedExpr(_) => "the walrus operator `:=`",
        ast::Expr::Lambda(_) => "a lambda",
        ast::Expr::Dict(_) => "a dict display",
        ast::Expr::Set(_) => "a set display",
        ast::Expr::ListComp(_) => "a list comprehension",
        ast::Expr::SetComp(_) => "a set comprehension",
        ast::Expr::DictComp(_) => "a dict comprehension",
        ast::Expr::GeneratorExp(_) => "a generator expression",
        ast::Expr::Await(_) => "`await`",
        ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => "`yield` (generators)",
        ast::Expr::FormattedValue(_) | ast::Expr::JoinedStr(_) => "an f-string",
        ast::Expr::Attribute(_) => "attribute access",
        ast::Expr::Subscript(_) => "subscripting",
        ast::Expr::Starred(_) => "a starred expression",
        ast::Expr::List(_) => "a list display",
        ast::Expr::Tuple(_) => "a tuple value",
        ast::Expr::Slice(_) => "a slice",
        _ => "this expression",
    }
}
