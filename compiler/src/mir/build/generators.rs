//! Generators. A generator function compiles to two bodies: the *constructor* (the
//! specialization itself), which makes a frame object holding the arguments, and the
//! *resume* function (numbered after every specialization, `Program::resumes`), which runs the
//! body from where it last stopped and returns the next value.
//!
//! The frame is a tuple-like object: the state (0 before the start, `k` after the `k`-th
//! `yield`, `DONE` once finished, `close_state(k)` while being closed at the `k`-th), the
//! function's name, the address of the resume function, the element kind of the values it
//! yields (bit 8 set when some `yield` sits inside a `try`, so closing it runs code), the value
//! its `return` gave (a value of run-time type, None until then: the `StopIteration`'s
//! `value`, what `yield from` evaluates to), the value `send()` passed in for the `yield` it
//! resumes (of run-time type, None after `next()`), then one item per local that lives across a
//! `yield` (`crate::mir::liveness`; a temporary used between two `yield`s gets none) or is a
//! variable of the program holding an object whose release can be seen (a generator, an
//! instance, a function, or a container of them: kept as long as the frame, as in CPython,
//! and let go of when the frame finishes). At each
//! `yield`, the locals the code after it reads are stored into the frame (which takes its own
//! references, inline), the other items are emptied, and the function returns the value; on
//! resume, the entry block tests the state and reloads those locals before jumping to the code
//! after that `yield`. The state is set to
//! `DONE` on entry, so a generator that returns or raises is finished; callers test it
//! (`Op::GenDone`) after each call.
//!
//! Closing: when the last reference to a generator suspended at a `yield` inside a `try` goes
//! away, the runtime (`runtime/src/closure.rs`) sets the state to `close_state(k)` and calls the
//! resume function, whose entry then raises `GeneratorExit` at that `yield` (a block built with
//! the `yield`'s handlers), so its `finally` clauses and `except GeneratorExit` handlers run
//! as in CPython. `g.throw(e)` goes the same way: the runtime leaves `e` in the frame's sent
//! item and sets that state, and every `yield` has such a block, which raises `e` when it is
//! there (`nx_gen_raise_at_yield`).

use super::*;

/// The state of a finished generator.
pub const DONE: i64 = natrix_abi::GEN_DONE;

/// The state of a generator being closed while suspended at its `k`-th `yield` (`k >= 1`).
pub const fn close_state(k: i64) -> i64 {
    -(k + 1)
}

/// The frame's item holding the value the generator returned.
const RESULT: u32 = 4;

/// While building a resume body: its frame parameter, where its body starts, and each
/// `yield`'s block (ending in the return of the value) and the block that continues after it.
pub(super) struct GenBuild {
    pub(super) frame: Local,
    start: BlockId,
    /// Each `yield`: its block, the block after it, and the block raising `GeneratorExit`
    /// (closing) or what `g.throw()` passed in there.
    yields: Vec<(BlockId, BlockId, Option<BlockId>)>,
    /// Whether some `yield` sits inside a `try`, so that closing the generator runs code.
    closes: bool,
}

/// Builds the resume body (number `rid`) of generator specialization `id`, and its
/// constructor; returns (constructor, resume).
pub(super) fn build_generator(
    prog: &hir::Program,
    typed: &Typed,
    map: &SourceMap,
    id: SpecId,
    rid: SpecId,
    strings: &mut Strings,
    resumes: &HashMap<SpecId, SpecId>,
) -> (Body, Body) {
    let spec = typed.spec(id);
    let f = prog.func(spec.func);
    let yield_ty = mty(&typed.types, spec.yields, strings);
    let mut resume = base_body(prog, typed, map, id, strings);
    resume.spec = rid;
    resume.name = format!("{} (generator)", resume.name);
    resume.ret = yield_ty;
    resume.resume = true;
    let frame = Local(resume.locals.len() as u32);
    resume.locals.push(LocalDecl {
        ty: MTy::Gen,
        name: "$frame".into(),
        owned: false,
        borrowed: false,
        small: false,
    });
    resume.params = vec![frame];
    let mut b = Builder::new(prog, typed, map, id, resume, strings, resumes);
    let start = b.body.new_block();
    b.gen = Some(GenBuild {
        frame,
        start,
        yields: vec![],
        closes: false,
    });
    b.cur = start;
    b.make_cells(Cells::Locals);
    b.block(&f.body);
    b.terminate(Terminator::Return(default_value(yield_ty)));
    let closes = b.gen.as_ref().is_some_and(|g| g.closes);
    // A parameter always has a value (the constructor stores it in the frame).
    let params: Vec<Local> = f.params.iter().map(|p| Local(p.local.0)).collect();
    for block in &mut b.body.blocks {
        block.insts.retain(|inst| {
            !matches!(&inst.kind, InstKind::Assign { rv: Rvalue::Op(Op::BoundCheck, args), .. }
                if matches!(args[..], [Operand::Local(l)] if params.contains(&l)))
        });
    }
    let (tt, slots) = b.finish_generator();
    prune_unreachable(&mut b.body);
    let resume = b.body;

    // The constructor: a frame holding the arguments, not started.
    let constructor = base_body(prog, typed, map, id, strings);
    let mut c = Builder::new(prog, typed, map, id, constructor, strings, resumes);
    c.receive_params();
    c.make_cells(Cells::Params);
    let items = c.strings.tuple_items(MTy::Tuple(tt));
    let name = c.strings.intern(&f.name);
    // The resume function (the runtime drains a generator held in a value of run-time type
    // with it), and the kind of the values, with bit 8 set when closing it runs code.
    let hook = c.op(Op::FuncAddr(rid), vec![], MTy::Int);
    let kind = Operand::Int(elem_kind(yield_ty) as i64 | (i64::from(closes) << 8));
    let result = zero(&mut c, MTy::Dyn);
    let sent = zero(&mut c, MTy::Dyn);
    let mut vals = vec![Operand::Int(0), name, hook, kind, result, sent];
    for (l, ty) in slots.iter().zip(&items[FRAME_HEADER as usize..]) {
        let is_param = f.params.iter().any(|p| p.local.0 == l.0);
        let name = &resume.locals[l.0 as usize].name;
        vals.push(if is_param {
            Operand::Local(*l)
        } else if *ty == MTy::Int && crate::mir::passes::unbound::identifier(name) {
            // An int variable starts as the word no int is (`OPT_INT_NONE`), which its reads
            // test for (`mir/passes/unbound.rs`) and reference counting skips.
            let t = c.temp(MTy::Int);
            c.assign(t, Rvalue::Op(Op::NoneOf(MTy::OptInt), vec![]));
            Operand::Local(t)
        } else {
            zero(&mut c, *ty)
        });
    }
    let g = c.op(Op::GenNew(tt), vals, MTy::Gen);
    c.terminate(Terminator::Return(g));
    prune_unreachable(&mut c.body);
    (c.body, resume)
}

/// A value of type `ty` holding nothing (a never-assigned local for pointers: null).
fn zero(b: &mut Builder, ty: MTy) -> Operand {
    match ty {
        MTy::Int => Operand::Int(0),
        MTy::Float => Operand::Float(0.0),
        MTy::Bool => Operand::Bool(false),
        MTy::None => Operand::None,
        t => Operand::Local(b.temp(t)),
    }
}

impl Builder<'_> {
    /// `return value` in a generator: the value is kept in its frame (for the StopIteration
    /// that `next()` raises, and for `yield from`).
    pub(super) fn generator_result(&mut self, v: Operand, from: MTy) {
        if from == MTy::None {
            return;
        }
        let frame = self.gen.as_ref().expect("in a generator").frame;
        let v = self.coerce(v, from, MTy::Dyn);
        self.op(
            Op::ItemSet(RESULT, MTy::Dyn),
            vec![Operand::Local(frame), v],
            MTy::None,
        );
    }

    /// `yield value`: the value is returned; the code after it is where the next call resumes.
    pub(super) fn yield_stmt(&mut self, e: &Expr) {
        let v = self.expr(e);
        let from = self.ty(e);
        let v = self.coerce(v, from, self.body.ret);
        let resume = self.body.new_block();
        let yielded = self.cur;
        self.body.block(yielded).term = Terminator::Return(v);
        // Where closing the generator raises GeneratorExit, and `g.throw(e)` raises `e`.
        let throw = self.body.new_block();
        self.cur = throw;
        let in_try = !self.handlers.is_empty();
        let gen = self
            .gen
            .as_mut()
            .expect("inference accepts `yield` only in generators");
        gen.closes |= in_try;
        let frame = Operand::Local(gen.frame);
        self.rt("nx_gen_raise_at_yield", vec![frame], MTy::None);
        self.terminate(Terminator::Unreachable);
        let gen = self.gen.as_mut().expect("a generator");
        gen.yields.push((yielded, resume, Some(throw)));
        self.cur = resume;
    }

    /// Lets go of the generator a `for` loop walked (local `g`): in a generator's resume
    /// function, the copy its frame keeps too (the frame holds every local across a `yield`).
    pub(super) fn let_go(&mut self, g: Local) {
        self.assign(g, Rvalue::Op(Op::NoneOf(MTy::Gen), vec![]));
        if let Some(gen) = &self.gen {
            let frame = gen.frame;
            // Numbered by local until `finish_generator` knows the local's item.
            self.op(
                Op::ItemSet(FRAME_HEADER + g.0, MTy::Gen),
                vec![Operand::Local(frame), Operand::Local(g)],
                MTy::None,
            );
        }
    }

    /// Whether the body being built is a generator's resume function.
    pub(super) fn in_generator(&self) -> bool {
        self.gen.is_some()
    }

    /// Once the resume body is complete: the stores of the locals each `yield`'s continuation
    /// reads, and the entry block that dispatches on the state and reloads them. A local no
    /// continuation reads (a temporary used between two `yield`s) gets no item in the frame.
    /// Returns the frame's type and the local each of its items after the header holds.
    fn finish_generator(&mut self) -> (TupleTy, Vec<Local>) {
        let gen = self.gen.take().expect("a generator");
        let frame = Operand::Local(gen.frame);
        // Liveness where each `yield` goes on to the code after it (and to where closing it
        // raises), as the next call does: what is read after a later `yield` lives across this
        // one too. The branch reads the yielded value as the return does.
        let returns: Vec<Terminator> = gen
            .yields
            .iter()
            .map(|(y, r, t)| {
                let term = &mut self.body.block(*y).term;
                let Terminator::Return(v) = term.clone() else {
                    unreachable!("a `yield` returns its value")
                };
                std::mem::replace(term, Terminator::Branch(v, *r, t.unwrap_or(*r)))
            })
            .collect();
        let live = crate::mir::liveness::live_in(&self.body);
        for ((y, _, _), term) in gen.yields.iter().zip(returns) {
            self.body.block(*y).term = term;
        }
        let n = self.body.locals.len();
        // The program's own variables holding objects live as long as the frame, read again or
        // not, as in CPython: a generator held in one is closed (its `finally` run) when this
        // one finishes, not at the `yield` after its last use.
        let variable: Vec<bool> = (0..n)
            .map(|l| {
                let decl = &self.body.locals[l];
                self.finalizes(decl.ty) && !decl.name.starts_with(['%', '$'])
            })
            .collect();
        // What each `yield` keeps: what is read after it, or by its `GeneratorExit` handlers.
        let kept: Vec<Vec<bool>> = gen
            .yields
            .iter()
            .map(|(_, r, t)| {
                (0..n)
                    .map(|l| {
                        variable[l]
                            || live[r.0 as usize][l]
                            || t.is_some_and(|t| live[t.0 as usize][l])
                    })
                    .collect()
            })
            .collect();
        let at_start = &live[gen.start.0 as usize];
        let slots: Vec<(Local, MTy)> = (0..n)
            .filter(|&l| l != gen.frame.0 as usize)
            .filter(|&l| at_start[l] || kept.iter().any(|k| k[l]))
            .map(|l| (Local(l as u32), self.body.ty(Local(l as u32))))
            .collect();
        let mut slot_of: Vec<Option<u32>> = vec![None; n];
        for (j, (l, _)) in slots.iter().enumerate() {
            slot_of[l.0 as usize] = Some(FRAME_HEADER + j as u32);
        }
        self.renumber_let_go(gen.frame, &slot_of);
        let mut items = vec![MTy::Int, MTy::Str, MTy::Int, MTy::Int, MTy::Dyn, MTy::Dyn];
        items.extend(slots.iter().map(|(_, t)| *t));
        let MTy::Tuple(tt) = self.strings.tuple_ty(items) else {
            unreachable!("a tuple type")
        };
        for (k, (yielded, _, _)) in gen.yields.iter().enumerate() {
            let term =
                std::mem::replace(&mut self.body.block(*yielded).term, Terminator::Unreachable);
            self.cur = *yielded;
            for (j, (l, ty)) in slots.iter().enumerate() {
                // What this continuation does not read lets go of what an earlier `yield` kept.
                let v = if kept[k][l.0 as usize] {
                    Operand::Local(*l)
                } else if ty.is_refcounted() {
                    zero(self, *ty)
                } else {
                    continue;
                };
                let set = Op::ItemSet(FRAME_HEADER + j as u32, *ty);
                self.op(set, vec![frame.clone(), v], MTy::None);
            }
            let state = Operand::Int(k as i64 + 1);
            self.op(
                Op::ItemSet(0, MTy::Int),
                vec![frame.clone(), state],
                MTy::None,
            );
            self.body.block(*yielded).term = term;
        }
        // Finished (returned or raised): the frame lets go of what it kept, as CPython clears
        // a finished generator's frame (a generator held in a variable is closed then).
        let yield_blocks: std::collections::HashSet<BlockId> =
            gen.yields.iter().map(|(y, _, _)| *y).collect();
        let exits: Vec<BlockId> = (0..self.body.blocks.len())
            .map(|b| BlockId(b as u32))
            .filter(|b| !yield_blocks.contains(b))
            .filter(|&b| {
                matches!(
                    self.body.block(b).term,
                    Terminator::Return(_)
                        | Terminator::Leave
                        | Terminator::Propagate { cleanup: None, .. }
                )
            })
            .collect();
        for b in exits {
            self.cur = b;
            for (j, (_, ty)) in slots.iter().enumerate() {
                if self.finalizes(*ty) {
                    let set = Op::ItemSet(FRAME_HEADER + j as u32, *ty);
                    let v = zero(self, *ty);
                    self.op(set, vec![frame.clone(), v], MTy::None);
                }
            }
        }
        // Entry: the state decides where to go; it reads `DONE` until the next `yield`.
        self.cur = BlockId(0);
        let st = self.op(Op::TupleGet(tt, 0), vec![frame.clone()], MTy::Int);
        let done = Operand::Int(DONE);
        self.op(
            Op::ItemSet(0, MTy::Int),
            vec![frame.clone(), done],
            MTy::None,
        );
        let targets = std::iter::once((0, gen.start, at_start.clone()))
            .chain(
                gen.yields
                    .iter()
                    .zip(&kept)
                    .enumerate()
                    .map(|(k, ((_, r, _), kept))| (k as i64 + 1, *r, kept.clone())),
            )
            .chain(gen.yields.iter().zip(&kept).enumerate().filter_map(
                |(k, ((_, _, t), kept))| t.map(|t| (close_state(k as i64 + 1), t, kept.clone())),
            ));
        for (state, target, reload) in targets {
            let is = self.op(
                Op::IntCmp(CmpOp::Eq),
                vec![st.clone(), Operand::Int(state)],
                MTy::Bool,
            );
            let (reload_block, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(is, reload_block, next);
            self.cur = reload_block;
            // The rest start empty, as every local does.
            for (j, (l, _)) in slots.iter().enumerate() {
                if reload[l.0 as usize] {
                    let get = Op::TupleGet(tt, FRAME_HEADER + j as u32);
                    self.assign(*l, Rvalue::Op(get, vec![frame.clone()]));
                }
            }
            self.goto(target);
            self.cur = next;
        }
        // Finished already: no more values.
        let ret = self.body.ret;
        self.body.block(self.cur).term = Terminator::Return(default_value(ret));
        (tt, slots.into_iter().map(|(l, _)| l).collect())
    }

    /// Whether releasing a value of type `ty` may run code or be seen (a generator's
    /// `finally`, an instance's or a function's, through what they hold): the variables a
    /// frame keeps to its end, and empties as it finishes, are those. Numbers, strs and
    /// containers of them are released whenever the frame goes.
    fn finalizes(&self, ty: MTy) -> bool {
        match ty {
            MTy::List(_) | MTy::Set(_) => self.finalizes(self.strings.list_elem(ty)),
            MTy::Dict(_) => {
                let (k, v) = self.strings.dict_kv(ty);
                self.finalizes(k) || self.finalizes(v)
            }
            MTy::Tuple(_) => self
                .strings
                .tuple_items(ty)
                .into_iter()
                .any(|t| self.finalizes(t)),
            _ => ty.is_refcounted() && !ty.is_leaf(),
        }
    }

    /// Points the frame stores [`Self::let_go`] made (numbered by local) at the items the
    /// locals got; a local with no item needs none.
    fn renumber_let_go(&mut self, frame: Local, slot_of: &[Option<u32>]) {
        for block in &mut self.body.blocks {
            block.insts.retain_mut(|inst| {
                let InstKind::Assign {
                    rv: Rvalue::Op(Op::ItemSet(item, _), args),
                    ..
                } = &mut inst.kind
                else {
                    return true;
                };
                if args[0] != Operand::Local(frame) || *item < FRAME_HEADER {
                    return true;
                }
                let Operand::Local(g) = args[1] else {
                    unreachable!("let_go stores a local")
                };
                match slot_of[g.0 as usize] {
                    Some(s) => {
                        *item = s;
                        true
                    }
                    None => false,
                }
            });
        }
    }

    /// The resume function of the generator a value of type `t` is.
    pub(super) fn resume_of(&self, t: Ty) -> Option<SpecId> {
        match self.typed.types.kind(t) {
            TyKind::Generator(s) => self.resumes.get(&SpecId(*s)).copied(),
            _ => None,
        }
    }

    /// A list of the values an iterable instance (expression `e`) produces, through its
    /// `__iter__` (`it_spec`) and the `__next__` of what that returns (none: a generator).
    pub(super) fn drain_protocol(
        &mut self,
        e: &Expr,
        it_spec: SpecId,
        next: Option<SpecId>,
        list_ty: MTy,
    ) -> Operand {
        let obj = self.expr(e);
        let elem = self.strings.list_elem(list_ty);
        let list = self.temp(list_ty);
        self.assign(list, Rvalue::Op(Op::ListNew(elem), vec![]));
        // One `__iter__`, or the one of the value's class when subclasses override it.
        let targets = self
            .iter_overrides(e)
            .unwrap_or_else(|| vec![(vec![], (it_spec, next))]);
        let end = self.body.new_block();
        self.by_class(&obj, targets, |b, (it_spec, next)| {
            let c = b.protocol_cursor(obj.clone(), it_spec, next);
            b.drain_cursor(&c, list);
            b.goto(end);
        });
        self.cur = end;
        Operand::Local(list)
    }

    /// A list of the values a generator (expression `e`) produces (for builtins that take an
    /// iterable).
    pub(super) fn drain_generator(&mut self, e: &Expr, list_ty: MTy) -> Operand {
        let t = self.typed.spec(self.spec).exprs[e.id.0 as usize];
        let resume = self.resume_of(t).expect("a generator");
        let g = self.expr(e);
        self.drain_resume(g, resume, list_ty)
    }

    /// One step of a loop over generator `gl` (resume function `resume`): resumes it, goes to
    /// `done` once it has finished, else goes on in a new block with the value it yielded.
    fn gen_step(&mut self, gl: Local, resume: SpecId, done: BlockId) -> (Operand, MTy) {
        let yt = self.body_ret_of(resume);
        let v = self.temp(yt);
        self.assign(v, Rvalue::Call(resume, vec![Operand::Local(gl)]));
        let finished = self.op(Op::GenDone, vec![Operand::Local(gl)], MTy::Bool);
        let (stop, more) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(finished, stop, more);
        self.cur = stop;
        self.rt("nx_gen_exhausted", vec![Operand::Local(gl)], MTy::None);
        self.goto(done);
        self.cur = more;
        (Operand::Local(v), yt)
    }

    /// A list of the values generator `g` (resume function `resume`) produces.
    fn drain_resume(&mut self, g: Operand, resume: SpecId, list_ty: MTy) -> Operand {
        let elem = self.strings.list_elem(list_ty);
        let list = self.temp(list_ty);
        self.assign(list, Rvalue::Op(Op::ListNew(elem), vec![]));
        self.append_resumed(g, resume, Operand::Local(list), elem);
        Operand::Local(list)
    }

    /// Appends each value generator `g` (resume function `resume`) produces to `list` (of
    /// items typed `elem`) as it comes: `xs.extend(g)` of a generator reading `xs` sees the
    /// items appended before, as in CPython.
    fn append_resumed(&mut self, g: Operand, resume: SpecId, list: Operand, elem: MTy) {
        let gl = self.temp(MTy::Gen);
        self.assign(gl, Rvalue::Use(g));
        let (head, end) = (self.body.new_block(), self.body.new_block());
        self.goto(head);
        let (v, yt) = self.gen_step(gl, resume, end);
        if super::containers::never_holds(yt, elem) {
            // A generator that never yields (`x for x in []`, its values typed None): it
            // only ends.
            self.terminate(Terminator::Unreachable);
        } else {
            let item = self.coerce(v, yt, elem);
            self.op(Op::ListAppend(elem), vec![list, item], MTy::None);
            self.goto(head);
        }
        self.cur = end;
    }

    /// `xs.extend(g)` of a generator `e`, its values appended one by one: true; false (nothing
    /// done) for any other iterable.
    pub(super) fn extend_by_generator(&mut self, list: Operand, elem: MTy, e: &Expr) -> bool {
        let t = self.typed.spec(self.spec).exprs[e.id.0 as usize];
        let protocol = self.typed.spec(self.spec).iter_protocol.contains_key(&e.id);
        let Some(resume) = self.resume_of(t).filter(|_| !protocol) else {
            return false;
        };
        let g = self.expr(e);
        self.append_resumed(g, resume, list, elem);
        true
    }

    /// `any(g)` (`all(g)` when `!any`) of a generator: its values one at a time, stopping at the
    /// first true (false) one, as CPython's do; the generator is left suspended there.
    pub(super) fn any_all_generator(&mut self, e: &Expr, any: bool) -> Operand {
        // `all(g)`: not (some value is false).
        let found = self.found_in_generator(e, |b, v, yt| {
            let truth = b.truthy(v, yt);
            if any {
                truth
            } else {
                b.op(Op::BoolNot, vec![truth], MTy::Bool)
            }
        });
        if any {
            found
        } else {
            self.op(Op::BoolNot, vec![found], MTy::Bool)
        }
    }

    /// `x in g` of a generator `e`: its values compared with `x` in turn, stopping at the
    /// first equal one (what is left stays in the generator, as in CPython).
    pub(super) fn generator_contains(&mut self, x: (Operand, MTy), e: &Expr) -> Operand {
        self.found_in_generator(e, |b, v, yt| b.compare_pair(CmpOp::Eq, x.clone(), (v, yt)))
    }

    /// Whether some value of generator `e` passes `test` (a bool of the value and its type),
    /// resuming it one value at a time and stopping at the first that does.
    fn found_in_generator(
        &mut self,
        e: &Expr,
        test: impl FnOnce(&mut Self, Operand, MTy) -> Operand,
    ) -> Operand {
        let t = self.typed.spec(self.spec).exprs[e.id.0 as usize];
        let resume = self.resume_of(t).expect("a generator");
        let g = self.expr(e);
        let gl = self.temp(MTy::Gen);
        self.assign(gl, Rvalue::Use(g));
        let result = self.temp(MTy::Bool);
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        let (head, found, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.goto(head);
        let (v, yt) = self.gen_step(gl, resume, end);
        if self.yields_nothing(t) {
            self.terminate(Terminator::Unreachable);
        } else {
            let passed = test(self, v, yt);
            self.body.block(self.cur).term = Terminator::Branch(passed, found, head);
        }
        self.cur = found;
        self.assign(result, Rvalue::Use(Operand::Bool(true)));
        self.goto(end);
        Operand::Local(result)
    }

    /// `next(g)`: the generator's next value; StopIteration (or the default) once it is done.
    pub(super) fn next_builtin(&mut self, args: &[Expr], ty: MTy, key: hir::ExprId) -> Operand {
        if let MTy::Instance(_) = self.ty(&args[0]) {
            return self.next_of_iterator(args, ty, key);
        }
        if self.ty(&args[0]) == MTy::Dyn {
            let g = self.expr(&args[0]);
            let (d, given) = match args.get(1) {
                Some(d) => {
                    let (v, dt) = (self.expr(d), self.ty(d));
                    (self.coerce(v, dt, MTy::Dyn), 1)
                }
                None => (self.coerce(Operand::None, MTy::None, MTy::Dyn), 0),
            };
            let v = self.rt("nx_dyn_next", vec![g, d, Operand::Int(given)], MTy::Dyn);
            return self.coerce(v, MTy::Dyn, ty);
        }
        let t = self.typed.spec(self.spec).exprs[args[0].id.0 as usize];
        let Some(resume) = self.resume_of(t) else {
            return Operand::None;
        };
        let g = self.expr(&args[0]);
        let default = args.get(1).map(|d| (self.expr(d), self.ty(d)));
        self.gen_next(g, resume, t, default, ty)
    }

    /// `next(g[, default])` of generator `g` (of type `t`, resume function `resume`), the
    /// value of type `ty`.
    fn gen_next(
        &mut self,
        g: Operand,
        resume: SpecId,
        t: Ty,
        default: Option<(Operand, MTy)>,
        ty: MTy,
    ) -> Operand {
        // (A variable is used as it is: a copy would keep its generator alive, and a
        // `finally` in it from running, until the function returns.)
        let gl = match g {
            Operand::Local(l) => l,
            g => {
                let gl = self.temp(MTy::Gen);
                self.assign(gl, Rvalue::Use(g));
                gl
            }
        };
        let yt = self.body_ret_of(resume);
        let v = self.temp(yt);
        self.assign(v, Rvalue::Call(resume, vec![Operand::Local(gl)]));
        let done = self.op(Op::GenDone, vec![Operand::Local(gl)], MTy::Bool);
        let result = self.temp(ty);
        let (stop, more, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.body.block(self.cur).term = Terminator::Branch(done, stop, more);
        self.cur = stop;
        match default {
            Some((d, dt)) => {
                self.rt("nx_gen_exhausted", vec![Operand::Local(gl)], MTy::None);
                let d = self.coerce(d, dt, ty);
                self.assign(result, Rvalue::Use(d));
                self.goto(end);
            }
            None => {
                // (With the value its `return` gave, if any.)
                self.rt("nx_gen_stop", vec![Operand::Local(gl)], MTy::None);
                self.terminate(Terminator::Unreachable);
            }
        }
        self.cur = more;
        // A generator that never yields (of an empty list) never gets here.
        if self.yields_nothing(t) {
            self.terminate(Terminator::Unreachable);
        } else {
            let x = self.coerce(Operand::Local(v), yt, ty);
            self.assign(result, Rvalue::Use(x));
            self.goto(end);
        }
        self.cur = end;
        Operand::Local(result)
    }

    /// `g.send(v)` of generator `g` (expression `recv`, its value `r`): `v` is what the `yield`
    /// it resumes at evaluates to; then as `next(g)`.
    pub(super) fn gen_send(&mut self, recv: &Expr, r: Operand, v: &Expr, ty: MTy) -> Operand {
        let t = self.typed.spec(self.spec).exprs[recv.id.0 as usize];
        let Some(resume) = self.resume_of(t) else {
            return Operand::None;
        };
        let vt = self.ty(v);
        let x = self.expr(v);
        let x = self.coerce(x, vt, MTy::Dyn);
        self.rt("nx_gen_send", vec![r.clone(), x], MTy::None);
        self.gen_next(r, resume, t, None, ty)
    }

    /// `g.throw(exc)` of generator `g` (expression `recv`, its value `r`): `exc` raised at the
    /// `yield` it resumes at (or at once, when it has not started or has finished); then as
    /// `next(g)`.
    pub(super) fn gen_throw(&mut self, recv: &Expr, r: Operand, exc: &Expr, ty: MTy) -> Operand {
        let t = self.typed.spec(self.spec).exprs[recv.id.0 as usize];
        let Some(resume) = self.resume_of(t) else {
            return Operand::None;
        };
        let x = self.expr(exc);
        self.rt("nx_gen_throw", vec![r.clone(), x], MTy::None);
        self.gen_next(r, resume, t, None, ty)
    }

    /// `next(it)` / `next(it, default)` of an iterator instance: its `__next__` (under `key`),
    /// whose `StopIteration` the default replaces.
    fn next_of_iterator(&mut self, args: &[Expr], ty: MTy, key: hir::ExprId) -> Operand {
        let it = self.expr(&args[0]);
        let Some(f) = self.typed.spec(self.spec).dunder_calls.get(&key).copied() else {
            return Operand::None;
        };
        let rt = self.dunder_ty(key, f);
        let Some(default) = args.get(1) else {
            let v = self.dunder_call(key, f, vec![it], rt, false);
            return self.coerce(v, rt, ty);
        };
        let d = (self.expr(default), self.ty(default));
        let result = self.temp(ty);
        let (stopped, end) = (self.body.new_block(), self.body.new_block());
        // The call's exceptions go to `stopped`, which keeps only a StopIteration.
        let outer = self.handlers.last().copied();
        self.handlers.push(stopped);
        let v = self.dunder_call(key, f, vec![it], rt, false);
        self.handlers.pop();
        let virtual_targets = self
            .typed
            .spec(self.spec)
            .virtual_dunders
            .contains_key(&key);
        if !virtual_targets && self.typed.spec(f).ret == TypeTable::NEVER {
            // A `__next__` that always raises.
            self.terminate(Terminator::Unreachable);
        } else {
            let v = self.coerce(v, rt, ty);
            self.assign(result, Rvalue::Use(v));
            self.goto(end);
        }
        self.cur = stopped;
        let is_stop = self.op(Op::ExcMatches(ExcKind::StopIteration), vec![], MTy::Bool);
        let (take, other) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(is_stop, take, other);
        self.cur = other;
        self.body.block(self.cur).term = match outer {
            Some(o) => Terminator::Goto(o),
            None => Terminator::Propagate {
                line: self.line,
                cleanup: None,
            },
        };
        self.cur = take;
        self.op(Op::ExcTake, vec![], MTy::Exc);
        let dv = self.coerce(d.0, d.1, ty);
        self.assign(result, Rvalue::Use(dv));
        self.goto(end);
        Operand::Local(result)
    }

    /// Whether generator type `t` never yields (of an empty list): a step that gets a value
    /// from it is never reached.
    fn yields_nothing(&self, t: Ty) -> bool {
        matches!(self.typed.types.kind(t),
            TyKind::Generator(g) if self.typed.specs[*g as usize].yields == TypeTable::NEVER)
    }

    /// The type a resume function returns: its generator's yield type.
    pub(super) fn body_ret_of(&mut self, resume: SpecId) -> MTy {
        let (s, _) = self
            .resumes
            .iter()
            .find(|(_, r)| **r == resume)
            .expect("a resume function");
        let y = self.typed.spec(*s).yields;
        mty(&self.typed.types, y, self.strings)
    }
}
