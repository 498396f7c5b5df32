//! MIR lowering of `try` and `raise`.
//!
//! A `try` body's errors go to a dispatch block that tests each `except` clause in turn. A
//! clause (and a `finally` body run by an exception) brackets its code with `nx_exc_enter` and
//! `nx_exc_leave` on every way out, so that exceptions raised inside get the handled one as
//! their `__context__`; `return`, `break` and `continue` leave through [`Unwind`] entries.

use super::*;

/// Whether `obj.name` of a value of type `t` reads an attribute of an exception object
/// ([`Builder::exc_attr`]). (Inference allows `args` of an `Optional` pointer only for an
/// exception.)
pub(super) fn is_exc_attr(t: MTy, name: &str) -> bool {
    match name {
        "args" => matches!(t, MTy::Exc | MTy::OptPtr(_)),
        "code" | "value" | "__cause__" | "__context__" | "__suppress_context__" => t == MTy::Exc,
        "errno" | "strerror" | "filename" | "filename2" => t == MTy::Exc,
        _ => false,
    }
}

/// What a `return`, `break` or `continue` does on its way out of a `try` construct.
#[derive(Clone, Debug)]
pub(super) enum Unwind {
    /// Runs a `finally` body, with the handler depth outside its `try`.
    Finally(Vec<hir::Stmt>, usize),
    /// Leaves the handler of the exception object in this local.
    Handler(Local),
    /// Lets go of the generator a `for` loop walks (this local): `return` leaves the loop.
    LetGo(Local),
}

impl Builder<'_> {
    /// `e.code`: the `code` attribute of a user exception class's instance the exception
    /// carries (`self.code = code` in its `__init__`, or `code = 404` in the class body: the
    /// most derived class's first), else a SystemExit's code (AttributeError for other
    /// exceptions).
    fn exc_code(&mut self, e: Operand, ty: MTy) -> Operand {
        let result = self.temp(ty);
        let end = self.body.new_block();
        let mut classes: Vec<ClassId> = self.typed.instantiated.iter().copied().collect();
        classes.retain(|c| self.prog.exc_kind(*c).is_some());
        classes.sort_by_key(|c| std::cmp::Reverse(c.0));
        for c in classes {
            let field = self.field(c, "code");
            let class_attr = self.prog.lookup_attr(c, "code");
            if field.is_none() && class_attr.is_none() {
                continue;
            }
            let is = self.op(Op::ExcIsClass(c), vec![e.clone()], MTy::Bool);
            let (hit, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(is, hit, next);
            self.cur = hit;
            if let Some((slot, ft, count)) = field {
                let inst = self.rt("nx_exc_instance", vec![e.clone()], MTy::Instance(c));
                let own = self.body.new_block();
                let class = self.body.new_block();
                // (The instance's own value when it has one, else the class's.)
                match class_attr {
                    Some(_) => {
                        let set =
                            self.op(Op::AttrIsSet(slot, count), vec![inst.clone()], MTy::Bool);
                        self.body.block(self.cur).term = Terminator::Branch(set, own, class);
                    }
                    None => self.body.block(self.cur).term = Terminator::Goto(own),
                }
                self.cur = own;
                let n = self.strings.intern("code");
                let v = self.op(Op::GetAttr(slot, ft, count), vec![inst, n], ft);
                let v = self.coerce(v, ft, ty);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
                self.cur = class;
            }
            match class_attr {
                Some(g) => {
                    let (v, gt) = self.load_global(g);
                    let v = self.coerce(v, gt, ty);
                    self.assign(result, Rvalue::Use(v));
                    self.goto(end);
                }
                None => self.body.block(self.cur).term = Terminator::Unreachable,
            }
            self.cur = next;
        }
        let v = self.rt("nx_exc_code", vec![e], ty);
        self.assign(result, Rvalue::Use(v));
        self.goto(end);
        Operand::Local(result)
    }

    /// `e.args`, `e.code` (of a SystemExit), `e.value` (of a StopIteration), `e.errno`,
    /// `e.strerror`, `e.filename`, `e.filename2` (of an OSError), `e.__cause__`,
    /// `e.__context__` or
    /// `e.__suppress_context__` of an exception object, as a `ty`.
    pub(super) fn exc_attr(&mut self, obj: &Expr, name: &str, ty: MTy) -> Operand {
        let o = self.expr(obj);
        match name {
            "args" => self.rt("nx_exc_args", vec![o], ty),
            "code" => self.exc_code(o, ty),
            "value" => self.rt("nx_exc_value", vec![o], ty),
            "errno" | "strerror" | "filename" | "filename2" => {
                let which = ["errno", "strerror", "filename", "filename2"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                self.rt("nx_exc_os_attr", vec![o, Operand::Int(which as i64)], ty)
            }
            "__suppress_context__" => self.rt("nx_exc_suppress_context", vec![o], ty),
            _ => {
                let which = Operand::Int(i64::from(name == "__context__"));
                self.rt("nx_exc_link", vec![o, which], ty)
            }
        }
    }

    /// Runs the `finally` bodies (and leaves the handlers) entered since `depth`, innermost
    /// first, each `finally` body with the handlers and `finally` bodies that enclose it.
    pub(super) fn run_finally(&mut self, depth: usize) {
        for k in (depth..self.finally_stack.len()).rev() {
            match self.finally_stack[k].clone() {
                Unwind::Finally(body, handlers_len) => {
                    let saved_finally = self.finally_stack.split_off(k);
                    let saved_handlers = self
                        .handlers
                        .split_off(handlers_len.min(self.handlers.len()));
                    self.block(&body);
                    self.handlers.extend(saved_handlers);
                    self.finally_stack.extend(saved_finally);
                }
                Unwind::Handler(e) => {
                    self.rt("nx_exc_leave", vec![Operand::Local(e)], MTy::None);
                }
                Unwind::LetGo(g) => self.let_go(g),
            }
        }
    }

    /// `try`: the body's errors go to a dispatch block that tests each `except` clause in turn;
    /// `finally` runs on the normal path and, around a re-raise, on the exceptional one.
    pub(super) fn try_stmt(
        &mut self,
        body: &[hir::Stmt],
        handlers: &[hir::Handler],
        orelse: &[hir::Stmt],
        finalbody: &[hir::Stmt],
    ) {
        let line = self.line;
        let outer = self.handlers.last().copied();
        let (dispatch, normal_exit, after) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        let fin_exc = (!finalbody.is_empty()).then(|| self.body.new_block());
        if fin_exc.is_some() {
            self.finally_stack
                .push(Unwind::Finally(finalbody.to_vec(), self.handlers.len()));
        }
        // The classes clauses catch that values hold (`except self.retry_on:`), read as the
        // statement starts: reading them while the exception is pending could not raise.
        let mut held: Vec<Vec<Operand>> = vec![];
        for h in handlers {
            let mut ops = vec![];
            for v in &h.values {
                let vt = self.ty(v);
                let cls = self.expr(v);
                let cls = self.to_dyn(cls, vt);
                let t = self.temp(MTy::Dyn);
                self.assign(t, Rvalue::Use(cls));
                ops.push(Operand::Local(t));
            }
            held.push(ops);
        }
        // The body, with its errors going to the dispatch block.
        self.handlers.push(dispatch);
        self.block(body);
        self.handlers.pop();
        // `else` and the clauses: their errors skip this try's clauses.
        if let Some(f) = fin_exc {
            self.handlers.push(f);
        }
        self.block(orelse);
        self.goto(normal_exit);
        // Where an exception goes on: through `finally` if there is one.
        let on = match (fin_exc, outer) {
            (Some(f), _) => Terminator::Goto(f),
            (None, Some(o)) => Terminator::Goto(o),
            (None, None) => Terminator::Propagate {
                line,
                cleanup: None,
            },
        };
        self.cur = dispatch;
        for (h, held) in handlers.iter().zip(held) {
            let mut cond: Option<Operand> = None;
            let tests = h.kinds.iter().map(|k| Op::ExcMatches(*k));
            let tests = tests.chain(h.classes.iter().map(|c| Op::ExcMatchesClass(*c)));
            let mut tested: Vec<Operand> = vec![];
            for test in tests.collect::<Vec<_>>() {
                tested.push(self.op(test, vec![], MTy::Bool));
            }
            for cls in held {
                tested.push(self.rt("nx_exc_matches_value", vec![cls], MTy::Bool));
            }
            for m in tested {
                cond = Some(match cond {
                    None => m,
                    Some(c) => self.op(Op::BoolOr, vec![c, m], MTy::Bool),
                });
            }
            let Some(cond) = cond else { continue };
            let (clause, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(cond, clause, next);
            self.cur = clause;
            let e = self.temp(MTy::Exc);
            self.assign(e, Rvalue::Op(Op::ExcTake, vec![]));
            self.rt("nx_exc_enter", vec![Operand::Local(e)], MTy::None);
            if let Some(var) = h.var {
                match self.place_ty(var) {
                    // `except AppError as e`: the instance the exception carries.
                    t @ MTy::Instance(c) => {
                        let inst = self.rt("nx_exc_instance", vec![Operand::Local(e)], t);
                        // Its `__cause__`, `__context__` and `__suppress_context__`, where
                        // the program reads them.
                        for (which, name) in ["__cause__", "__context__"].iter().enumerate() {
                            if let Some((slot, ft, n)) = self.field(c, name) {
                                let which = Operand::Int(which as i64);
                                let link =
                                    self.rt("nx_exc_link", vec![Operand::Local(e), which], ft);
                                self.op(
                                    Op::SetAttr(slot, ft, n),
                                    vec![inst.clone(), link],
                                    MTy::None,
                                );
                            }
                        }
                        if let Some((slot, ft, n)) = self.field(c, "__suppress_context__") {
                            let e = Operand::Local(e);
                            let s = self.rt("nx_exc_suppress_context", vec![e], MTy::Bool);
                            self.op(Op::SetAttr(slot, ft, n), vec![inst.clone(), s], MTy::None);
                        }
                        self.store(var, inst);
                    }
                    _ => self.store(var, Operand::Local(e)),
                }
            }
            self.current_exc.push(e);
            self.handling(e, &h.body, on.clone());
            self.current_exc.pop();
            self.goto(normal_exit);
            self.cur = next;
        }
        // No clause matched: the exception goes on.
        self.body.block(self.cur).term = on;
        if fin_exc.is_some() {
            self.handlers.pop();
            self.finally_stack.pop();
        }
        // `finally` on the normal path.
        self.cur = normal_exit;
        self.block(finalbody);
        self.goto(after);
        // `finally` on the exceptional path: take the exception, run the body handling it,
        // raise it again.
        if let Some(f) = fin_exc {
            self.cur = f;
            let saved = self.temp(MTy::Exc);
            self.assign(saved, Rvalue::Op(Op::ExcTake, vec![]));
            self.rt("nx_exc_enter", vec![Operand::Local(saved)], MTy::None);
            let on = match outer {
                Some(o) => Terminator::Goto(o),
                None => Terminator::Propagate {
                    line,
                    cleanup: None,
                },
            };
            self.handling(saved, finalbody, on);
            self.rt("nx_exc_resume", vec![Operand::Local(saved)], MTy::None);
            self.terminate(Terminator::Unreachable);
        }
        self.cur = after;
    }

    /// `body`, run while handling the exception object `e` (entered already): left on every
    /// path; an exception out of it leaves, then goes `on`. Ends in the block after a normal
    /// exit.
    fn handling(&mut self, e: Local, body: &[hir::Stmt], on: Terminator) {
        let leave = self.body.new_block();
        self.handlers.push(leave);
        self.finally_stack.push(Unwind::Handler(e));
        self.block(body);
        self.finally_stack.pop();
        self.handlers.pop();
        self.rt("nx_exc_leave", vec![Operand::Local(e)], MTy::None);
        let rest = self.cur;
        self.cur = leave;
        self.rt("nx_exc_leave", vec![Operand::Local(e)], MTy::None);
        self.body.block(self.cur).term = on;
        self.cur = rest;
    }

    /// `raise`: the value (or message) first, then the `from` cause, as CPython evaluates them.
    /// The message of a builtin exception made with argument `m`, and whether it is the
    /// argument's repr (a number, a container: `KeyError(0)` shows `0`, `repr(e)` too).
    fn exc_message(&mut self, m: &Expr) -> (Operand, bool) {
        let mt = self.ty(m);
        let v = self.expr(m);
        let text = self.builtin_str(v, mt);
        let is_repr = matches!(
            mt,
            MTy::Int
                | MTy::Float
                | MTy::Bool
                | MTy::None
                | MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Dict(_)
                | MTy::Set(_)
        );
        (text, is_repr)
    }

    /// `ValueError("bad")` as a value: a new exception object, not raised.
    pub(super) fn new_exc_value(&mut self, kind: ExcKind, args: &[Expr]) -> Operand {
        if args.len() > 1 || args.first().is_some_and(|a| kept_as_arg(self.ty(a))) {
            // Its `args` kept as they are (`str` and `repr` come from them).
            let vals = self.exprs(args);
            let tys: Vec<MTy> = args.iter().map(|a| self.ty(a)).collect();
            let tt = self.strings.tuple_ty(tys);
            let MTy::Tuple(t) = tt else {
                unreachable!("a tuple type")
            };
            let tuple = self.op(Op::TupleNew(t), vals, tt);
            let k = Operand::Int(kind as i64);
            return self.rt("nx_exc_new_args", vec![k, tuple], MTy::Exc);
        }
        let (text, how) = match args.first() {
            Some(m) => match self.exc_message(m) {
                (text, is_repr) => (text, is_repr as i64),
            },
            None => (self.strings.intern(""), 2),
        };
        let k = Operand::Int(kind as i64);
        self.rt("nx_exc_new", vec![k, text, Operand::Int(how)], MTy::Exc)
    }

    pub(super) fn raise_stmt(&mut self, r: &hir::Raise, cause: Option<&hir::Cause>) {
        enum Act {
            New(ExcKind, Operand),
            /// An argument whose str is also its repr (a number, a tuple, a list).
            NewRepr(ExcKind, Operand),
            Bare(ExcKind),
            Instance(Operand),
            Again(Operand),
            /// A value of run-time type: an exception object or an exception instance.
            Dyn(Operand),
            Resume(Local),
            Current,
        }
        let act = match r {
            hir::Raise::New(kind, Some(m)) if kept_as_arg(self.ty(m)) => {
                Act::Again(self.new_exc_value(*kind, std::slice::from_ref(m)))
            }
            hir::Raise::New(kind, msg) => {
                match msg {
                    Some(m) => match self.exc_message(m) {
                        (text, true) => Act::NewRepr(*kind, text),
                        (text, false) => Act::New(*kind, text),
                    },
                    // Without an argument: `args` is `()`.
                    None => Act::Bare(*kind),
                }
            }
            // (An `Optional` one: TypeError for None.)
            hir::Raise::Value(e)
                if matches!(self.ty(e), MTy::Instance(_) | MTy::OptInstance(_)) =>
            {
                let v = self.expr(e);
                // A `__cause__` the program set on the instance is the raise's, unless a
                // `from` gives another.
                let set = match self.ty(e) {
                    MTy::Instance(c) if cause.is_none() => self.field(c, "__cause__"),
                    _ => None,
                };
                if let Some((slot, ft @ (MTy::Dyn | MTy::OptPtr(_)), n)) = set {
                    let name = self.strings.intern("__cause__");
                    let link = self.op(Op::GetAttr(slot, ft, n), vec![v.clone(), name], ft);
                    self.rt("nx_exc_keep_cause", vec![link], MTy::None);
                }
                Act::Instance(v)
            }
            // `raise cls` of a class held in a value: its instance, made without arguments.
            hir::Raise::Value(e)
                if self
                    .typed
                    .spec(self.spec)
                    .raised_classes
                    .contains_key(&e.id) =>
            {
                let t = self.typed.spec(self.spec).raised_classes[&e.id];
                let ty = mty(&self.typed.types, t, self.strings);
                let f = self.expr(e);
                let ft = self.typed.spec(self.spec).exprs[e.id.0 as usize];
                let made = self.call_function_value(f, ft, &[], &[], e.id, ty);
                // (A builtin exception class makes an exception object; several classes, a
                // value of run-time type.)
                match ty {
                    MTy::Exc => Act::Again(made),
                    MTy::Dyn => Act::Dyn(made),
                    _ => Act::Instance(made),
                }
            }
            hir::Raise::Value(e) if self.ty(e) == MTy::Dyn => Act::Dyn(self.expr(e)),
            hir::Raise::Value(e) => Act::Again(self.expr(e)),
            hir::Raise::Reraise => match self.current_exc.last().copied() {
                Some(e) => Act::Resume(e),
                None => Act::Current,
            },
        };
        match cause {
            Some(hir::Cause::Value(c)) => {
                let v = self.expr(c);
                self.rt("nx_exc_set_cause", vec![v], MTy::None);
            }
            Some(hir::Cause::None) => {
                self.rt("nx_exc_set_cause_none", vec![], MTy::None);
            }
            None => {}
        }
        match act {
            Act::New(kind, text) => self.op(Op::RaiseStr(kind), vec![text], MTy::None),
            Act::NewRepr(kind, text) => {
                let k = Operand::Int(kind as i64);
                self.rt("nx_raise_repr", vec![k, text], MTy::None)
            }
            Act::Bare(kind) => self.op(Op::Raise(kind, ""), vec![], MTy::None),
            Act::Instance(v) => self.rt("nx_raise_instance", vec![v], MTy::None),
            Act::Again(v) => self.op(Op::ExcReraise, vec![v], MTy::None),
            Act::Dyn(v) => self.rt("nx_raise_dyn", vec![v], MTy::None),
            Act::Resume(e) => self.rt("nx_exc_resume", vec![Operand::Local(e)], MTy::None),
            Act::Current => self.rt("nx_exc_reraise_current", vec![], MTy::None),
        };
        self.terminate(Terminator::Unreachable);
    }
}

/// An exception argument kept as itself in `args` (`KeyError((1, 2))`), its message made
/// from it when the program runs: a container, or a value of run-time type (its str, or for
/// a KeyError its repr).
fn kept_as_arg(t: MTy) -> bool {
    // (A value that may be None too: `ValueError(None)` shows `None`, `ValueError(3)` `3`;
    // an instance, `TypeError(node)`, shows its `__str__`.)
    matches!(
        t,
        MTy::List(_)
            | MTy::Tuple(_)
            | MTy::TupleOf(_)
            | MTy::Dict(_)
            | MTy::Set(_)
            | MTy::Dyn
            | MTy::Instance(_)
            | MTy::OptInstance(_)
    ) || t.is_optional_value()
}
