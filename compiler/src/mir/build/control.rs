//! MIR lowering of loops (`for` over ranges and sequences).

use super::*;

impl Builder<'_> {
    pub(super) fn for_range(
        &mut self,
        var: Place,
        start: &Expr,
        stop: &Expr,
        step: &Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        let s0 = self.int_expr(start);
        let s1 = self.int_expr(stop);
        let st = self.int_expr(step);
        let counter = self.temp(MTy::Int);
        let stop_l = self.temp(MTy::Int);
        self.assign(counter, Rvalue::Use(s0));
        self.assign(stop_l, Rvalue::Use(s1));
        let (head, body_b, latch, else_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        match st {
            Operand::Int(k) if k != 0 => {}
            _ => {
                // A step known only at run time: check for zero, then pick the comparison.
                let step_l = self.temp(MTy::Int);
                self.assign(step_l, Rvalue::Use(st.clone()));
                self.range_step_check(Operand::Local(step_l));
                let up = self.op(
                    Op::IntCmp(CmpOp::Gt),
                    vec![Operand::Local(step_l), Operand::Int(0)],
                    MTy::Bool,
                );
                // The loop condition: up ? counter < stop : counter > stop.
                let c = self.temp(MTy::Bool);
                self.goto(head);
                let up2 = up.clone();
                let lt = self.op(
                    Op::IntCmp(CmpOp::Lt),
                    vec![Operand::Local(counter), Operand::Local(stop_l)],
                    MTy::Bool,
                );
                let gt = self.op(
                    Op::IntCmp(CmpOp::Gt),
                    vec![Operand::Local(counter), Operand::Local(stop_l)],
                    MTy::Bool,
                );
                let and1 = self.op(Op::BoolAnd, vec![up2.clone(), lt], MTy::Bool);
                let not_up = self.op(Op::BoolNot, vec![up2], MTy::Bool);
                let and2 = self.op(Op::BoolAnd, vec![not_up, gt], MTy::Bool);
                self.assign(c, Rvalue::Op(Op::BoolOr, vec![and1, and2]));
                self.body.block(self.cur).term =
                    Terminator::Branch(Operand::Local(c), body_b, else_b);
                return self.for_range_body(
                    var,
                    counter,
                    Operand::Local(step_l),
                    (head, body_b, latch, else_b, end),
                    body,
                    orelse,
                );
            }
        }
        self.goto(head);
        let op = if matches!(st, Operand::Int(k) if k > 0) {
            CmpOp::Lt
        } else {
            CmpOp::Gt
        };
        let c = self.op(
            Op::IntCmp(op),
            vec![Operand::Local(counter), Operand::Local(stop_l)],
            MTy::Bool,
        );
        self.body.block(self.cur).term = Terminator::Branch(c, body_b, else_b);
        // A constant step is added as the constant: a generator's counter is then one the
        // ranges pass proves small though its locals are not propagated (see `copyprop`).
        self.for_range_body(
            var,
            counter,
            st,
            (head, body_b, latch, else_b, end),
            body,
            orelse,
        );
    }

    pub(super) fn for_range_body(
        &mut self,
        var: Place,
        counter: Local,
        step: Operand,
        (head, body_b, latch, else_b, end): (BlockId, BlockId, BlockId, BlockId, BlockId),
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        self.cur = body_b;
        self.store(var, Operand::Local(counter));
        self.loops.push((latch, end, self.finally_stack.len()));
        self.block(body);
        self.loops.pop();
        self.goto(latch);
        self.assign(
            counter,
            Rvalue::Op(Op::IntAdd, vec![Operand::Local(counter), step]),
        );
        self.goto(head);
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
    }

    /// `for var in xs`: the loop of [`Self::for_zip`] over one iterable.
    pub(super) fn for_iter(
        &mut self,
        var: Place,
        iter: &Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) {
        if self.dict_loop(var, iter, body, orelse) {
            return;
        }
        self.for_zip(&[var], std::slice::from_ref(iter), body, orelse, false);
    }

    /// `for a, b in zip(xs, ys)`: a cursor over each iterable, all advanced at the head of
    /// each iteration, in order; the first that runs out ends the loop (its `else` runs), and
    /// the later ones are then not advanced.
    pub(super) fn for_zip(
        &mut self,
        vars: &[Place],
        iters: &[Expr],
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
        strict: bool,
    ) {
        // An iterable that never completes (`for x in walk(n.left)` where `n` is always None:
        // an AttributeError): the iterables up to it, and no loop.
        if let Some(k) = iters.iter().position(|e| {
            self.typed.spec(self.spec).exprs[e.id.0 as usize] == TypeTable::NEVER
                && !matches!(e.kind, ExprKind::Load(_))
        }) {
            for e in &iters[..=k] {
                self.expr(e);
            }
            return;
        }
        // A number or None (`for x in 5`): CPython's TypeError when the loop starts.
        if let Some(k) = iters.iter().position(|e| {
            matches!(
                self.typed.spec(self.spec).exprs[e.id.0 as usize],
                TypeTable::INT | TypeTable::FLOAT | TypeTable::BOOL | TypeTable::NONE
            )
        }) {
            for e in &iters[..=k] {
                self.expr(e);
            }
            let t = self.typed.spec(self.spec).exprs[iters[k].id.0 as usize];
            let msg = format!("'{}' object is not iterable", scalar_name(t));
            let text = self.strings.intern(&msg);
            self.op(
                Op::RaiseStr(natrix_abi::ExcKind::TypeError),
                vec![text],
                MTy::None,
            );
            self.terminate(Terminator::Unreachable);
            return;
        }
        let end = self.body.new_block();
        // An iterable that is always empty (`for x in []`): the body never runs.
        let empty = iters.iter().any(|e| self.never_items(e));
        let body = if empty { None } else { Some(body) };
        let gens = self.loop_gens.len();
        // Inside a `try`, an exception leaving a loop over a generator lets go of it before
        // the handler runs (CPython pops the loop's iterator as it unwinds): a block on the way.
        let walks_generator = iters.iter().any(|e| {
            let spec = self.typed.spec(self.spec);
            let t = spec.exprs[e.id.0 as usize];
            self.resume_of(t).is_some()
                || matches!(spec.iter_protocol.get(&e.id), Some((_, None)))
                || spec
                    .iter_overrides
                    .get(&e.id)
                    .is_some_and(|o| o.iter().any(|(_, _, next)| next.is_none()))
                || spec.dyn_iters.contains_key(&e.id)
        });
        let unwind = (walks_generator && !self.handlers.is_empty()).then(|| {
            let u = self.body.new_block();
            self.handlers.push(u);
            u
        });
        self.zip_loop(vec![], (vars, strict), iters, body, orelse, end);
        if unwind.is_some() {
            self.handlers.pop();
        }
        self.cur = end;
        // The loop's generators are let go of as it ends: one left suspended (`break`) is
        // closed now, when CPython closes it.
        let walked = self.loop_gens.split_off(gens);
        for g in &walked {
            self.let_go(*g);
        }
        if let Some(u) = unwind {
            self.cur = u;
            for g in &walked {
                self.let_go(*g);
            }
            let outer = *self.handlers.last().expect("inside a try");
            self.body.block(u).term = Terminator::Goto(outer);
            self.cur = end;
        }
    }

    /// The loop of [`Self::for_zip`] once `cursors` walk the first iterables: makes those of
    /// `rest`, and builds the loop, which leaves to `end`. An instance whose classes override
    /// `__iter__` makes one loop per override, chosen by its class (its `__iter__` may return
    /// iterators of different types).
    fn zip_loop(
        &mut self,
        mut cursors: Vec<Cursor>,
        (vars, strict): (&[Place], bool),
        rest: &[Expr],
        body: Option<&[hir::Stmt]>,
        orelse: &[hir::Stmt],
        end: BlockId,
    ) {
        for (i, e) in rest.iter().enumerate() {
            if let Some(targets) = self.dyn_iters(e) {
                // A dynamic value: one loop per `__iter__` of the classes it may hold, chosen
                // by its class, and one over the runtime's walk of anything else.
                let obj = self.expr(e);
                self.by_iter_class(&obj, targets, |b, c| {
                    let mut cs = cursors.clone();
                    cs.push(c);
                    b.zip_loop(cs, (vars, strict), &rest[i + 1..], body, orelse, end);
                });
                let c = self.dyn_cursor(obj);
                cursors.push(c);
                continue;
            }
            let Some(targets) = self.iter_overrides(e) else {
                let c = self.cursor(e);
                cursors.push(c);
                continue;
            };
            let obj = self.expr(e);
            self.by_class(&obj, targets, |b, (it_spec, next)| {
                let mut cs = cursors.clone();
                cs.push(b.protocol_cursor(obj.clone(), it_spec, next));
                b.zip_loop(cs, (vars, strict), &rest[i + 1..], body, orelse, end);
            });
            return;
        }
        let (head, else_b) = (self.body.new_block(), self.body.new_block());
        self.goto(head);
        let items: Vec<Operand> = if strict {
            self.strict_items(&cursors, else_b)
        } else {
            cursors.iter().map(|c| self.advance(c, else_b)).collect()
        };
        if let Some(body) = body {
            for (var, x) in vars.iter().zip(items) {
                self.store(*var, x);
            }
            // A `return` in the body leaves the loop: its generators are let go of on the way
            // out, in order with the `finally` bodies around and inside the loop.
            let unwinds = self.finally_stack.len();
            for c in &cursors {
                if let Cursor::Gen { g, .. } = c {
                    self.finally_stack
                        .push(super::exceptions::Unwind::LetGo(*g));
                }
            }
            self.loops.push((head, end, self.finally_stack.len()));
            self.block(body);
            self.loops.pop();
            self.finally_stack.truncate(unwinds);
            self.goto(head);
        } else {
            self.body.block(self.cur).term = Terminator::Unreachable;
        }
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
    }

    /// The items of `zip(…, strict=True)`'s next step, taken from `cursors`; when the first
    /// runs out, a later one with an item left raises CPython's ValueError, as does a later
    /// one that runs out before it; the loop goes on to `done` when all end together.
    fn strict_items(&mut self, cursors: &[Cursor], done: BlockId) -> Vec<Operand> {
        let raise = |b: &mut Self, k: usize, what: &str| {
            let firsts = match k {
                1 => "argument 1".to_string(),
                _ => format!("arguments 1-{k}"),
            };
            let msg = format!("zip() argument {} is {what} than {firsts}", k + 1);
            let text = b.strings.intern(&msg);
            b.op(Op::RaiseStr(ExcKind::ValueError), vec![text], MTy::None);
            b.terminate(Terminator::Unreachable);
        };
        let first_done = self.body.new_block();
        let mut items = vec![self.advance(&cursors[0], first_done)];
        for (k, c) in cursors.iter().enumerate().skip(1) {
            let short = self.body.new_block();
            items.push(self.advance(c, short));
            let more = self.cur;
            self.cur = short;
            raise(self, k, "shorter");
            self.cur = more;
        }
        let more = self.cur;
        self.cur = first_done;
        for (k, c) in cursors.iter().enumerate().skip(1) {
            let ended = self.body.new_block();
            self.advance(c, ended);
            raise(self, k, "longer");
            self.cur = ended;
        }
        self.goto(done);
        self.cur = more;
        items
    }

    /// The `__iter__` of each group of classes dynamic iterable `e` may hold an instance of
    /// (`Spec::dyn_iters`), as [`Self::iter_overrides`] gives them.
    pub(super) fn dyn_iters(&mut self, e: &Expr) -> Option<Vec<IterTarget>> {
        if self.ty(e) != MTy::Dyn {
            return None;
        }
        Some(iter_targets(
            self.typed.spec(self.spec).dyn_iters.get(&e.id)?,
        ))
    }

    /// For dynamic value `obj`, an instance of one of the classes of `targets` (each with its
    /// `__iter__`, `Self::dyn_iters`): the cursor of that class's `__iter__`, given to `each`
    /// in its own block (which `each` must leave); continues where `obj` is none of them.
    pub(super) fn by_iter_class(
        &mut self,
        obj: &Operand,
        targets: Vec<IterTarget>,
        mut each: impl FnMut(&mut Self, Cursor),
    ) {
        let other = self.when_instance(obj);
        for (classes, (it_spec, next)) in targets {
            let this = self.body.new_block();
            self.branch_if_class(obj, &classes, this);
            let tests = self.cur;
            self.cur = this;
            let c = self.protocol_cursor(obj.clone(), it_spec, next);
            each(self, c);
            self.cur = tests;
        }
        self.goto(other);
        self.cur = other;
    }

    /// The cursor over the items of dynamic value `v` as the runtime walks them (a
    /// generator's values as it yields them, a str's characters, a container's items;
    /// CPython's TypeError for others).
    fn dyn_cursor(&mut self, v: Operand) -> Cursor {
        let walked = self.rt("nx_dyn_iter", vec![v], MTy::Dyn);
        let it = self.temp(MTy::Dyn);
        self.assign(it, Rvalue::Use(walked));
        let i = self.temp(MTy::Int);
        self.assign(i, Rvalue::Use(Operand::Int(0)));
        Cursor::Dyn { it, i }
    }

    /// The overrides of `__iter__` that iterable `e` may use (`Spec::iter_overrides`), as
    /// [`Self::by_class`] targets: the classes, the `__iter__` and what it returns' `__next__`.
    pub(super) fn iter_overrides(&self, e: &Expr) -> Option<Vec<IterTarget>> {
        Some(iter_targets(
            self.typed.spec(self.spec).iter_overrides.get(&e.id)?,
        ))
    }

    /// The cursor over instance `obj` through its `__iter__` (`it_spec`): the generator it
    /// returns, or the iterator whose `__next__` is `next`.
    pub(super) fn protocol_cursor(
        &mut self,
        obj: Operand,
        it_spec: SpecId,
        next: Option<SpecId>,
    ) -> Cursor {
        let it_ty = self.ret_ty(it_spec);
        let it = self.temp(it_ty);
        self.assign(it, Rvalue::Call(it_spec, vec![obj]));
        if self.typed.spec(it_spec).ret == TypeTable::NEVER {
            // `__iter__` always raises: nothing after the call runs (an empty walk).
            self.terminate(Terminator::Unreachable);
            let lt = self.strings.list_ty(MTy::None);
            let empty = self.temp(lt);
            self.assign(empty, Rvalue::Op(Op::ListNew(MTy::None), vec![]));
            return self.index_cursor(empty, Walk::List(MTy::None));
        }
        // What it returns is known only at run time (generators of several kinds, a tuple's
        // iterator over items of several types): the runtime's walk of it.
        if self.typed.spec(it_spec).ret == TypeTable::DYN {
            return self.dyn_cursor(Operand::Local(it));
        }
        match next {
            Some(next) => Cursor::Next { it, next },
            None => {
                let gt = self.typed.spec(it_spec).ret;
                let resume = self.resume_of(gt).expect("`__iter__` is a generator");
                self.loop_gens.push(it);
                Cursor::Gen { g: it, resume }
            }
        }
    }

    /// Runs `f` on each item of iterable `iter` (a sequence, a dict view or a generator), as
    /// it comes: a generator is resumed once per item, after `f`'s code for the one before.
    pub(super) fn each_item(&mut self, iter: &Expr, mut f: impl FnMut(&mut Self, Operand)) {
        let gens = self.loop_gens.len();
        let c = self.cursor(iter);
        let (head, end) = (self.body.new_block(), self.body.new_block());
        self.goto(head);
        let x = self.advance(&c, end);
        f(self, x);
        self.goto(head);
        self.cur = end;
        for g in self.loop_gens.split_off(gens) {
            self.let_go(g);
        }
    }

    /// Appends every item cursor `c` has left to list `list`.
    pub(super) fn drain_cursor(&mut self, c: &Cursor, list: Local) {
        let elem = self.strings.list_elem(self.body.ty(list));
        let (head, end) = (self.body.new_block(), self.body.new_block());
        self.goto(head);
        let x = self.advance(c, end);
        let xt = self.operand_ty(&x);
        let x = self.coerce(x, xt, elem);
        self.op(
            Op::ListAppend(elem),
            vec![Operand::Local(list), x],
            MTy::None,
        );
        self.goto(head);
        self.cur = end;
    }

    /// The cursor over `s.split()` or `s.split(sep)` (`rsplit` too: without a count it splits
    /// the same) of a str: its pieces are made as the loop takes them, not listed first (a
    /// str never changes, so they are the same pieces). `None` for any other iterable.
    fn split_cursor(&mut self, iter: &Expr) -> Option<Cursor> {
        let ExprKind::Method {
            recv,
            name,
            args,
            keywords,
        } = &iter.kind
        else {
            return None;
        };
        let sep_ok = |b: &mut Self, a: &Expr| match b.ty(a) {
            MTy::Str => true,
            t @ MTy::OptPtr(_) => b.strings.opt_inner(t) == MTy::Str,
            _ => false,
        };
        if !matches!(name.as_str(), "split" | "rsplit")
            || !keywords.is_empty()
            || args.len() > 1
            || self.ty(recv) != MTy::Str
            || !args.iter().all(|a| sep_ok(self, a))
        {
            return None;
        }
        let s = self.expr(recv);
        // (A separator that is None: on whitespace.)
        let sep = match args.first() {
            Some(a) => self.expr(a),
            None => self.op(Op::NoneOf(MTy::Str), vec![], MTy::Str),
        };
        let v = self.rt("nx_str_split_iter", vec![s, sep], MTy::Dyn);
        let it = self.temp(MTy::Dyn);
        self.assign(it, Rvalue::Use(v));
        Some(Cursor::Split { it })
    }

    /// Whether iterable `e` has items of no type: it never produces one.
    fn never_items(&self, e: &Expr) -> bool {
        let types = &self.typed.types;
        let t = self.typed.spec(self.spec).exprs[e.id.0 as usize];
        let item = match types.kind(t) {
            TyKind::Generator(g) => Some(self.typed.spec(SpecId(*g)).yields),
            // `for it in iterables` of `chain()` called with none.
            TyKind::Tuple(items) if items.is_empty() => Some(TypeTable::NEVER),
            _ => types
                .elem(t)
                .or_else(|| types.set_elem(t))
                .or_else(|| types.tuple_of(t))
                .or_else(|| types.dict_kv(t).map(|(k, _)| k)),
        };
        item == Some(TypeTable::NEVER)
    }

    /// Evaluates iterable `iter` and makes the cursor that walks it.
    fn cursor(&mut self, iter: &Expr) -> Cursor {
        if let Some(c) = self.split_cursor(iter) {
            return c;
        }
        let t = self.typed.spec(self.spec).exprs[iter.id.0 as usize];
        if let Some(resume) = self.resume_of(t) {
            // The generator the iterable made (`for x in numbers(5)`) is walked in its own
            // temporary, which the loop lets go of; one held by a variable is walked in a copy.
            let gl = match self.expr(iter) {
                Operand::Local(l) if self.body.locals[l.0 as usize].name.starts_with('%') => l,
                g => {
                    let gl = self.temp(MTy::Gen);
                    self.assign(gl, Rvalue::Use(g));
                    gl
                }
            };
            self.loop_gens.push(gl);
            return Cursor::Gen { g: gl, resume };
        }
        let protocol = self
            .typed
            .spec(self.spec)
            .iter_protocol
            .get(&iter.id)
            .copied();
        // (Only of an instance: a value that was one while inference ran, and is of run-time
        // type in the end, goes the dynamic way.)
        let protocol =
            protocol.filter(|_| matches!(self.ty(iter), MTy::Instance(_) | MTy::OptInstance(_)));
        if let Some((it_spec, next)) = protocol {
            // An instance: `obj.__iter__()`, then the generator it returns or its `__next__`.
            let obj = self.expr(iter);
            return self.protocol_cursor(obj, it_spec, next);
        }
        let it_ty = self.ty(iter);
        if let Some(consts) = self.constant_items(iter, it_ty) {
            // A display of constants of one type (`for dx in (-1, 0, 1)`): the counter picks
            // each item, and no tuple is made (CPython's is a constant of the code object).
            let elem = self.strings.tuple_items(it_ty)[0];
            let len = consts.len() as i64;
            let id = self.const_walks.len() as u32;
            self.const_walks.push(consts);
            let none = self.temp(MTy::None);
            self.assign(none, Rvalue::Use(Operand::None));
            return self.index_cursor(none, Walk::Consts { id, len, elem });
        }
        let v = self.expr(iter);
        if let MTy::Tuple(_) = it_ty {
            let items = self.strings.tuple_items(it_ty);
            if items.windows(2).all(|w| w[0] == w[1]) {
                // Items of one type: read in place, up to the (static) length.
                let t = self.temp(it_ty);
                self.assign(t, Rvalue::Use(v));
                let elem = items.first().copied().unwrap_or(MTy::None);
                let len = items.len() as i64;
                return self.index_cursor(t, Walk::Tuple { len, elem });
            }
        }
        // A dict, a dict view or a set: each step first checks that the loop's body did not
        // change its size (CPython's RuntimeError).
        let watched = matches!(it_ty, MTy::Dict(_) | MTy::Set(_))
            || matches!(
                self.typed.types.view(t),
                Some(SeqKind::Keys | SeqKind::Values | SeqKind::Items)
            );
        let (v, watch) = if watched {
            let src = self.temp(it_ty);
            self.assign(src, Rvalue::Use(v));
            let size = self.temp(MTy::Int);
            let n = self.rt("nx_iter_size", vec![Operand::Local(src)], MTy::Int);
            self.assign(size, Rvalue::Use(n));
            (Operand::Local(src), Some((src, size)))
        } else {
            (v, None)
        };
        if it_ty == MTy::Dyn {
            return self.dyn_cursor(v);
        }
        let (v, it_ty) = match it_ty {
            // Items of different types: a list of them boxed as dynamic values.
            MTy::Tuple(_) => {
                let lt = self.strings.list_ty(MTy::Dyn);
                (self.rt("nx_dyn_iter_list", vec![v], lt), lt)
            }
            // A dict iterates its keys, a set its elements: over a list of them.
            MTy::Dict(_) => {
                let (k, _) = self.strings.dict_kv(it_ty);
                let lt = self.strings.list_ty(k);
                (self.rt("nx_dict_keys", vec![v], lt), lt)
            }
            MTy::Set(_) => {
                let e = self.strings.list_elem(it_ty);
                let lt = self.strings.list_ty(e);
                (self.rt("nx_set_to_list", vec![v], lt), lt)
            }
            MTy::TupleOf(_) => self.tuple_as_list(v, it_ty),
            MTy::Bytes => {
                let lt = self.strings.list_ty(MTy::Int);
                (self.rt("nx_bytes_to_list", vec![v], lt), lt)
            }
            _ => (v, it_ty),
        };
        let seq = self.temp(it_ty);
        self.assign(seq, Rvalue::Use(v));
        let walk = if it_ty == MTy::Str {
            Walk::Str
        } else {
            Walk::List(self.strings.list_elem(it_ty))
        };
        let mut c = self.index_cursor(seq, walk);
        if let Cursor::Index { watch: w, .. } = &mut c {
            *w = watch;
        }
        c
    }

    fn index_cursor(&mut self, seq: Local, walk: Walk) -> Cursor {
        let i = self.temp(MTy::Int);
        self.assign(i, Rvalue::Use(Operand::Int(0)));
        Cursor::Index {
            seq,
            i,
            walk,
            watch: None,
        }
    }

    /// The next item of cursor `c`, or a jump to `exhausted` when it has none.
    fn advance(&mut self, c: &Cursor, exhausted: BlockId) -> Operand {
        match *c {
            Cursor::Index {
                seq,
                i,
                walk,
                watch,
            } => {
                if let Some((src, size)) = watch {
                    let args = vec![Operand::Local(src), Operand::Local(size)];
                    self.rt("nx_iter_size_check", args, MTy::None);
                }
                let more = self.body.new_block();
                // A list's length is re-read on every iteration, like CPython's list iterator.
                let n = match walk {
                    Walk::Tuple { len, .. } | Walk::Consts { len, .. } => Operand::Int(len),
                    Walk::Str => self.op(Op::StrLen, vec![Operand::Local(seq)], MTy::Int),
                    Walk::List(_) => self.op(Op::ListLen, vec![Operand::Local(seq)], MTy::Int),
                };
                let c = self.op(Op::IntCmp(CmpOp::Lt), vec![Operand::Local(i), n], MTy::Bool);
                self.body.block(self.cur).term = Terminator::Branch(c, more, exhausted);
                self.cur = more;
                let args = vec![Operand::Local(seq), Operand::Local(i)];
                let x = match walk {
                    Walk::Tuple { elem, .. } => self.op(Op::TupleItem(elem), args, elem),
                    Walk::Consts { id, elem, .. } => self.const_item(id, i, elem),
                    Walk::Str => self.rt("nx_str_getitem", args, MTy::Str),
                    Walk::List(elem) => self.op(Op::ListGet(elem, Index::Any), args, elem),
                };
                self.assign(
                    i,
                    Rvalue::Op(Op::IntAdd, vec![Operand::Local(i), Operand::Int(1)]),
                );
                x
            }
            Cursor::Gen { g, resume } => {
                let yt = self.body_ret_of(resume);
                let v = self.temp(yt);
                self.assign(v, Rvalue::Call(resume, vec![Operand::Local(g)]));
                let done = self.op(Op::GenDone, vec![Operand::Local(g)], MTy::Bool);
                let (stop, more) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(done, stop, more);
                // (The loop took the StopIteration: a later `next()` raises one of its own.)
                self.cur = stop;
                self.rt("nx_gen_exhausted", vec![Operand::Local(g)], MTy::None);
                self.goto(exhausted);
                self.cur = more;
                Operand::Local(v)
            }
            Cursor::Dyn { it, i } => {
                let at = vec![Operand::Local(it), Operand::Local(i)];
                let x = self.rt("nx_dyn_iter_step", at.clone(), MTy::Dyn);
                let done = self.rt("nx_dyn_iter_done", at, MTy::Bool);
                let more = self.body.new_block();
                self.body.block(self.cur).term = Terminator::Branch(done, exhausted, more);
                self.cur = more;
                self.assign(
                    i,
                    Rvalue::Op(Op::IntAdd, vec![Operand::Local(i), Operand::Int(1)]),
                );
                x
            }
            Cursor::Next { it, next } => {
                // `__next__` raising StopIteration ends the loop; anything else goes on.
                let (more, stop) = (self.body.new_block(), self.body.new_block());
                let outer = self.handlers.last().copied();
                let line = self.line;
                let vt = self.ret_ty(next);
                let v = self.temp(vt);
                self.handlers.push(stop);
                self.assign(v, Rvalue::Call(next, vec![Operand::Local(it)]));
                self.handlers.pop();
                self.goto(more);
                self.cur = stop;
                let is_stop = self.op(Op::ExcMatches(ExcKind::StopIteration), vec![], MTy::Bool);
                let (done, other) = (self.body.new_block(), self.body.new_block());
                self.body.block(self.cur).term = Terminator::Branch(is_stop, done, other);
                self.cur = done;
                let e = self.temp(MTy::Exc);
                self.assign(e, Rvalue::Op(Op::ExcTake, vec![]));
                self.goto(exhausted);
                self.cur = other;
                self.body.block(self.cur).term = match outer {
                    Some(o) => Terminator::Goto(o),
                    None => Terminator::Propagate {
                        line,
                        cleanup: None,
                    },
                };
                self.cur = more;
                Operand::Local(v)
            }
            Cursor::Split { it } => {
                let x = self.rt("nx_str_split_next", vec![Operand::Local(it)], MTy::Str);
                let done = self.op(Op::IsNull, vec![x.clone()], MTy::Bool);
                let more = self.body.new_block();
                self.body.block(self.cur).term = Terminator::Branch(done, exhausted, more);
                self.cur = more;
                x
            }
        }
    }

    /// `range()`'s ValueError for a zero `step` (an int known only at run time).
    pub(super) fn range_step_check(&mut self, step: Operand) {
        let zero = self.op(
            Op::IntCmp(CmpOp::Eq),
            vec![step, Operand::Int(0)],
            MTy::Bool,
        );
        let (bad, ok) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(zero, bad, ok);
        self.cur = bad;
        self.op(
            Op::Raise(ExcKind::ValueError, "range() arg 3 must not be zero"),
            vec![],
            MTy::None,
        );
        self.terminate(Terminator::Unreachable);
        self.cur = ok;
    }
}

/// The classes an instance may have, and their `__iter__` and the `__next__` of what it
/// returns (none for a generator): a [`Builder::by_class`] target.
pub(super) type IterTarget = (Vec<ClassId>, (SpecId, Option<SpecId>));

/// The targets of `Spec::iter_overrides` or `Spec::dyn_iters` groups.
fn iter_targets(groups: &[(Vec<ClassId>, SpecId, Option<SpecId>)]) -> Vec<IterTarget> {
    (groups.iter())
        .map(|(classes, it_spec, next)| (classes.clone(), (*it_spec, *next)))
        .collect()
}

/// How a `for` loop walks one iterable.
#[derive(Clone)]
pub(super) enum Cursor {
    /// By index `i` into `seq`; when it walks a snapshot of a dict, dict view or set, `watch`
    /// holds that container and its size at the start (checked before each step).
    Index {
        seq: Local,
        i: Local,
        walk: Walk,
        watch: Option<(Local, Local)>,
    },
    /// Resuming generator `g` until it is done.
    Gen { g: Local, resume: SpecId },
    /// Calling `next` (an iterator class's `__next__`) on `it` until it raises StopIteration.
    Next { it: Local, next: SpecId },
    /// Over a value of run-time type: step `i` of `it` (`nx_dyn_iter`: a generator resumed
    /// lazily, else a list of the items).
    Dyn { it: Local, i: Local },
    /// Over the pieces of `s.split(sep)`, made one at a time (`runtime/src/str_split_iter.rs`).
    Split { it: Local },
}

/// What an index cursor walks.
#[derive(Clone, Copy)]
pub(super) enum Walk {
    List(MTy),
    Str,
    /// A tuple of `len` items of type `elem`.
    Tuple {
        len: i64,
        elem: MTy,
    },
    /// The `len` constants of type `elem` of a tuple display (`Builder::const_walks[id]`).
    Consts {
        id: u32,
        len: i64,
        elem: MTy,
    },
}

impl Builder<'_> {
    /// The items of `iter` when it is a tuple display of at least two constants of one type
    /// (ints below 2**61, floats, bools, strs), as operands.
    fn constant_items(&mut self, iter: &Expr, ty: MTy) -> Option<Vec<Operand>> {
        let (ExprKind::Tuple(items), MTy::Tuple(_)) = (&iter.kind, ty) else {
            return None;
        };
        let types = self.strings.tuple_items(ty);
        let elem = *types.first()?;
        if items.len() < 2 || types.iter().any(|t| *t != elem) {
            return None;
        }
        let small = |v: i64| v.unsigned_abs() < 1 << 61;
        items
            .iter()
            .map(|e| match (&e.kind, elem) {
                (ExprKind::Int(v), MTy::Int) if small(*v) => Some(Operand::Int(*v)),
                (ExprKind::Unary(UnaryOp::Neg, x), MTy::Int) => match x.kind {
                    ExprKind::Int(v) if small(v) => Some(Operand::Int(-v)),
                    _ => None,
                },
                (ExprKind::Float(f), MTy::Float) => Some(Operand::Float(*f)),
                (ExprKind::Bool(b), MTy::Bool) => Some(Operand::Bool(*b)),
                (ExprKind::Str(s), MTy::Str) => Some(self.strings.intern(s)),
                _ => None,
            })
            .collect()
    }

    /// Item `i` (the loop's counter, below the length) of a walk of constants: a chain of
    /// selects, which LLVM folds when it unrolls the loop.
    fn const_item(&mut self, id: u32, i: Local, elem: MTy) -> Operand {
        let items = self.const_walks[id as usize].clone();
        let mut x = items.last().cloned().expect("at least two items");
        for (k, item) in items.iter().enumerate().rev().skip(1) {
            let args = vec![Operand::Local(i), Operand::Int(k as i64)];
            let is = self.op(Op::IntCmp(CmpOp::Eq), args, MTy::Bool);
            x = self.op(Op::Select, vec![is, item.clone(), x], elem);
        }
        x
    }

    /// Item `index` of `value` unpacked into `count` targets (`a, b = pair`, the targets of a
    /// `for`): a tuple's item, a named tuple's field, or a list's or dynamic value's item with
    /// CPython's ValueError when the length differs.
    pub(super) fn unpack_item(
        &mut self,
        value: &Expr,
        index: usize,
        count: usize,
        ty: MTy,
    ) -> Operand {
        if let ExprKind::Load(Place::Local(l)) = &value.kind {
            if let Some(&(k, v)) = self.pairs.get(l) {
                // The hidden item of a `for k, v in d.items()` loop: its key or value.
                let part = if index == 0 { k } else { v };
                let pt = self.body.ty(part);
                return self.coerce(Operand::Local(part), pt, ty);
            }
        }
        let vt = self.ty(value);
        let v = self.expr(value);
        if let MTy::Instance(c) = vt {
            // A named tuple: field `index` (its slots are its fields, in order).
            let fields = &self.typed.fields[self.prog.root(c).0 as usize];
            let n = fields.len() as u32;
            let name = self.strings.intern(&fields[index].0.clone());
            let ft = mty(&self.typed.types, fields[index].1, self.strings);
            return self.op(Op::GetAttr(index as u32, ft, n), vec![v, name], ft);
        }
        if vt == MTy::Dyn {
            let (n, k) = (Operand::Int(count as i64), Operand::Int(index as i64));
            return self.rt("nx_dyn_unpack_item", vec![v, n, k], MTy::Dyn);
        }
        if let MTy::TupleOf(_) = vt {
            let (n, k) = (Operand::Int(count as i64), Operand::Int(index as i64));
            return self.slots(
                "nx_tuple_unpack_item",
                vec![v, n, k],
                &[None, None, None],
                Some(ty),
                ty,
            );
        }
        let (v, vt) = if vt == MTy::Str {
            // `a, b = "xy"`: the characters.
            let (chars, _) = self.items_list(v, vt);
            (chars, self.strings.list_ty(MTy::Str))
        } else if let MTy::Set(_) = vt {
            // `(only,) = a & b`: the members, in the set's order.
            let lt = self.strings.list_ty(ty);
            (self.rt("nx_set_to_list", vec![v], lt), lt)
        } else {
            (v, vt)
        };
        if let MTy::List(_) = vt {
            if index == 0 {
                self.check_unpack_len(v.clone(), count);
            }
            let i = Operand::Int(index as i64);
            return self.op(Op::ListGet(ty, Index::Any), vec![v, i], ty);
        }
        let MTy::Tuple(tt) = vt else {
            return Operand::None;
        };
        self.op(Op::TupleGet(tt, index as u32), vec![v], ty)
    }
}

/// CPython's name of scalar type `t` (an int, float, bool or None).
fn scalar_name(t: crate::types::Ty) -> &'static str {
    match t {
        TypeTable::INT => "int",
        TypeTable::FLOAT => "float",
        TypeTable::BOOL => "bool",
        _ => "NoneType",
    }
}
