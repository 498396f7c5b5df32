//! Lowering: typed HIR → MIR, one [`Body`] per specialization.
//!
//! Produces plain operations with no error checks and no reference counting; later passes add
//! both. Implicit numeric conversions (bool → int → float) become explicit operations here.

use super::*;

mod acyclic;
mod binary;
mod builtins;
mod closures;
use closures::Cells;
mod generators;
mod init_attrs;
pub use generators::DONE as GEN_DONE;
mod compare;
mod constants;
mod containers;
mod control;
mod convert;
mod dict_loops;
mod dynamic;
mod exceptions;
mod objects;
mod print;
mod stmts;
mod tables;
use crate::hir::{self, BinOp, Builtin, ClassId, CmpOp, Expr, ExprKind, Place, StmtKind, UnaryOp};
use crate::infer::{SpecId, Typed};
use crate::source::SourceMap;
use crate::types::{SeqKind, Ty, TyKind, TypeTable};
use natrix_abi::DynOp;
use std::collections::HashMap;
pub use tables::{mty, Strings};

pub fn build(prog: &hir::Program, typed: &Typed, map: &SourceMap) -> Program {
    let mut strings = Strings::default();
    let mut bodies = vec![];
    // Each generator's resume function is numbered after every specialization.
    let n = typed.specs.len();
    let mut resumes = HashMap::new();
    for i in 0..n {
        let s = SpecId(i as u32);
        if prog.func(typed.spec(s).func).is_generator {
            resumes.insert(s, SpecId((n + resumes.len()) as u32));
        }
    }
    let mut resume_bodies = vec![];
    for i in 0..n {
        let s = SpecId(i as u32);
        match resumes.get(&s).copied() {
            Some(rid) => {
                let (c, r) =
                    generators::build_generator(prog, typed, map, s, rid, &mut strings, &resumes);
                bodies.push(c);
                resume_bodies.push(r);
            }
            None => bodies.push(build_body(prog, typed, map, s, &mut strings, &resumes)),
        }
    }
    bodies.extend(resume_bodies);
    init_attrs::mark_initialised(prog, typed, &mut bodies);
    let globals = prog
        .globals
        .iter()
        .zip(&typed.globals)
        .map(|(g, t)| (g.name.clone(), mty(&typed.types, *t, &mut strings)))
        .collect();
    let tracking = acyclic::classes(prog, typed, &bodies, &mut strings);
    let slots: Vec<Vec<MTy>> = (0..prog.classes.len())
        .map(|c| {
            let root = prog.root(ClassId(c as u32));
            typed.fields[root.0 as usize]
                .iter()
                .map(|(_, t)| mty(&typed.types, *t, &mut strings))
                .collect()
        })
        .collect();
    Program {
        bodies,
        globals,
        strings: strings.list,
        list_elems: strings.lists,
        tuple_items: strings.tuples,
        dict_types: strings.dicts,
        opt_inner: strings.opts,
        main: typed.main,
        class_tables: (0..prog.classes.len())
            .map(|c| {
                let c = ClassId(c as u32);
                let returning = |specs: &HashMap<ClassId, SpecId>, ty: Ty| {
                    let s = *specs.get(&c)?;
                    (typed.spec(s).ret == ty).then_some(s)
                };
                ClassTable {
                    repr: typed
                        .repr_specs
                        .get(&c)
                        .copied()
                        .filter(|s| typed.spec(*s).ret == TypeTable::STR || typed.text_result(*s)),
                    str: typed
                        .str_specs
                        .get(&c)
                        .copied()
                        .filter(|s| typed.spec(*s).ret == TypeTable::STR || typed.text_result(*s)),
                    eq: returning(&typed.eq_specs, TypeTable::BOOL),
                    hash: returning(&typed.hash_specs, TypeTable::INT)
                        .filter(|_| !prog.eq_drops_hash(c)),
                    lt: returning(&typed.lt_specs, TypeTable::BOOL),
                    gt: returning(&typed.gt_specs, TypeTable::BOOL),
                    defines_eq: prog.lookup(c, "__eq__").is_some(),
                    exc_kind: prog.exc_kind(c),
                    base: prog.class(c).base,
                    name: prog.class(c).name.clone(),
                    tracking: tracking[c.0 as usize],
                    slots: slots[c.0 as usize].clone(),
                }
            })
            .collect(),
        stats: Stats::default(),
    }
}

struct Builder<'a> {
    prog: &'a hir::Program,
    typed: &'a Typed,
    map: &'a SourceMap,
    spec: SpecId,
    body: Body,
    cur: BlockId,
    line: u32,
    strings: &'a mut Strings,
    global_tys: Vec<MTy>,
    /// (continue target, break target) of the enclosing loops.
    /// (continue target, break target, depth of `finally_stack` at the loop) of the enclosing
    /// loops.
    loops: Vec<(BlockId, BlockId, usize)>,
    /// The `finally` bodies and running handlers of the enclosing `try` statements: a
    /// `return`, `break` or `continue` that leaves them runs (or leaves) them first.
    finally_stack: Vec<exceptions::Unwind>,
    /// The dispatch blocks of the enclosing `try` statements (innermost last).
    handlers: Vec<BlockId>,
    /// The exceptions being handled by the enclosing `except` clauses, for a bare `raise`.
    current_exc: Vec<Local>,
    /// The resume function of each generator specialization.
    resumes: &'a HashMap<SpecId, SpecId>,
    /// While building a generator's resume function.
    gen: Option<generators::GenBuild>,
    /// The generators `for` loops are walking, made by their iterables: each loop lets go of
    /// its own when it ends (so a generator left suspended is closed there, as in CPython).
    /// The items of the constant tuple displays loops walk (`Walk::Consts`).
    const_walks: Vec<Vec<Operand>>,
    loop_gens: Vec<Local>,
    /// The key and value of the hidden item of each `for k, v in d.items()` loop being built,
    /// which its unpacking reads (no tuple is made).
    pairs: HashMap<hir::LocalId, (Local, Local)>,
    /// The variables a walrus in the statement being built assigns: their reads are copied
    /// when made (`e + (e := 2)`, `f(q, (q := 2))`), since a read is otherwise the variable
    /// itself, seen when the operation runs.
    walrus: Vec<Local>,
}

fn build_body(
    prog: &hir::Program,
    typed: &Typed,
    map: &SourceMap,
    id: SpecId,
    strings: &mut Strings,
    resumes: &HashMap<SpecId, SpecId>,
) -> Body {
    let f = prog.func(typed.spec(id).func);
    let body = base_body(prog, typed, map, id, strings);
    let mut b = Builder::new(prog, typed, map, id, body, strings, resumes);
    b.receive_params();
    b.make_cells(Cells::All);
    b.block(&f.body);
    let ret = b.body.ret;
    let end = if f.falls_through {
        Terminator::Return(default_value(ret))
    } else {
        Terminator::Unreachable
    };
    b.terminate(end);
    prune_unreachable(&mut b.body);
    b.body
}

/// Empties the blocks control never reaches (code after an expression that always raises,
/// lowered as it comes): no pass or codegen needs to make sense of them.
pub(super) fn prune_unreachable(body: &mut Body) {
    let n = body.blocks.len();
    let mut seen = vec![false; n];
    let mut stack = vec![0usize];
    while let Some(b) = stack.pop() {
        if b >= n || seen[b] {
            continue;
        }
        seen[b] = true;
        let block = &body.blocks[b];
        for inst in &block.insts {
            if let InstKind::Assign {
                handler: Some(h), ..
            } = inst.kind
            {
                stack.push(h.0 as usize);
            }
        }
        match &block.term {
            Terminator::Goto(t) | Terminator::Caught { handler: t, .. } => stack.push(t.0 as usize),
            Terminator::Branch(_, a, c) => {
                stack.push(a.0 as usize);
                stack.push(c.0 as usize);
            }
            Terminator::CheckError { ok, err, .. } => {
                stack.push(ok.0 as usize);
                stack.push(err.0 as usize);
            }
            Terminator::Propagate {
                cleanup: Some(c), ..
            } => stack.push(c.0 as usize),
            _ => {}
        }
    }
    for (b, block) in body.blocks.iter_mut().enumerate() {
        if !seen[b] {
            block.insts.clear();
            block.term = Terminator::Unreachable;
        }
    }
}

/// A specialization's body with its locals and parameters and an empty entry block.
fn base_body(
    prog: &hir::Program,
    typed: &Typed,
    map: &SourceMap,
    id: SpecId,
    strings: &mut Strings,
) -> Body {
    let spec = typed.spec(id);
    let f = prog.func(spec.func);
    let locals = f
        .locals
        .iter()
        .zip(&spec.locals)
        .map(|(l, t)| LocalDecl {
            ty: if l.cell {
                MTy::Cell
            } else {
                mty(&typed.types, *t, strings)
            },
            name: l.name.clone(),
            owned: false,
            borrowed: false,
            small: false,
        })
        .collect();
    let line = map.line(f.span);
    let body = Body {
        spec: id,
        name: typed.spec_name(prog, id),
        // A linked module's function is named `module.name` (see `modules.rs`).
        py_name: hir::py_name(&f.name),
        file: map.file(f.span.file).path.clone(),
        params: f.params.iter().map(|p| Local(p.local.0)).collect(),
        locals,
        blocks: vec![Block {
            insts: vec![],
            term: Terminator::Unreachable,
        }],
        ret: if spec.func == prog.main {
            MTy::None
        } else {
            mty(&typed.types, spec.ret, strings)
        },
        line,
        resume: false,
        inline: false,
        guard: None,
        speculated: vec![],
        reenter_line: None,
    };
    body
}

impl<'a> Builder<'a> {
    fn new(
        prog: &'a hir::Program,
        typed: &'a Typed,
        map: &'a SourceMap,
        id: SpecId,
        body: Body,
        strings: &'a mut Strings,
        resumes: &'a HashMap<SpecId, SpecId>,
    ) -> Self {
        let global_tys = typed
            .globals
            .iter()
            .map(|t| mty(&typed.types, *t, strings))
            .collect();
        let line = body.line;
        Builder {
            prog,
            typed,
            map,
            spec: id,
            body,
            cur: BlockId(0),
            line,
            strings,
            global_tys,
            loops: vec![],
            finally_stack: vec![],
            handlers: vec![],
            current_exc: vec![],
            resumes,
            gen: None,
            loop_gens: vec![],
            const_walks: vec![],
            pairs: HashMap::new(),
            walrus: vec![],
        }
    }
}

fn default_value(t: MTy) -> Operand {
    match t {
        MTy::Int => Operand::Int(0),
        MTy::Float => Operand::Float(0.0),
        MTy::Bool => Operand::Bool(false),
        MTy::None
        | MTy::Str
        | MTy::List(_)
        | MTy::Tuple(_)
        | MTy::TupleOf(_)
        | MTy::Exc
        | MTy::Dict(_)
        | MTy::Set(_)
        | MTy::Instance(_)
        | MTy::OptInstance(_)
        | MTy::OptPtr(_)
        | MTy::OptInt
        | MTy::OptFloat
        | MTy::OptBool
        | MTy::Cell
        | MTy::Func
        | MTy::Gen
        | MTy::Bytes
        | MTy::Dyn => Operand::None,
    }
}

impl Builder<'_> {
    fn ty(&mut self, e: &Expr) -> MTy {
        mty(
            &self.typed.types,
            self.typed.spec(self.spec).exprs[e.id.0 as usize],
            self.strings,
        )
    }

    fn temp(&mut self, ty: MTy) -> Local {
        let n = self.body.locals.len();
        self.body.locals.push(LocalDecl {
            ty,
            name: format!("%{n}"),
            owned: false,
            borrowed: false,
            small: false,
        });
        Local(n as u32)
    }

    fn emit(&mut self, kind: InstKind) {
        let line = self.line;
        let cur = self.cur;
        self.body.block(cur).insts.push(Inst { kind, line });
    }

    fn assign(&mut self, dst: Local, rv: Rvalue) {
        let handler = self.handlers.last().copied();
        self.emit(InstKind::Assign {
            dst,
            rv,
            release_old: false,
            handler,
        });
    }

    /// A container runtime call whose operands `conv[i] = Some(t)` travel as slot bits of type
    /// `t`, and whose result, if `ret` is given, comes back as slot bits of that type.
    fn slots(
        &mut self,
        name: &str,
        args: Vec<Operand>,
        conv: &[Option<MTy>],
        ret: Option<MTy>,
        ty: MTy,
    ) -> Operand {
        let f = natrix_abi::runtime_fn(name)
            .unwrap_or_else(|| panic!("{name} is not in the ABI table"));
        let mut a = [None; 4];
        for (k, c) in conv.iter().enumerate().take(4) {
            a[k] = *c;
        }
        self.op(Op::Slots { f, args: a, ret }, args, ty)
    }

    /// A call of the runtime function `name` (from the ABI table) as an operation.
    fn rt(&mut self, name: &str, args: Vec<Operand>, ty: MTy) -> Operand {
        let f = natrix_abi::runtime_fn(name)
            .unwrap_or_else(|| panic!("{name} is not in the ABI table"));
        self.op(Op::Runtime(f), args, ty)
    }

    /// `tmp = op(args)`, returning the temporary.
    fn op(&mut self, op: Op, args: Vec<Operand>, ty: MTy) -> Operand {
        let t = self.temp(ty);
        self.assign(t, Rvalue::Op(op, args));
        Operand::Local(t)
    }

    /// Ends the current block; following code goes to a fresh (unreachable) block.
    fn terminate(&mut self, term: Terminator) {
        let cur = self.cur;
        if self.body.block(cur).term == Terminator::Unreachable {
            self.body.block(cur).term = term;
        }
        self.cur = self.body.new_block();
    }

    fn goto(&mut self, target: BlockId) {
        let cur = self.cur;
        self.body.block(cur).term = Terminator::Goto(target);
        self.cur = target;
    }

    fn block(&mut self, stmts: &[hir::Stmt]) {
        for s in stmts {
            let first = self.body.locals.len();
            self.stmt(s);
            // (Inside a loop the next iteration reuses them: the loop statement releases
            // them all once it is done.)
            if self.loops.is_empty() {
                self.release_temps(first);
            }
            if self.typed.spec(self.spec).ends_block(s) {
                break;
            }
        }
    }

    /// Lets go of the objects the temporaries made since local `first` hold, once the
    /// statement that made them is done (CPython drops its temporaries as soon as they are
    /// used): a list built for `sum([...])` is freed then, not when the function returns, and
    /// a generator passed to a call is closed (its `finally` runs) then.
    fn release_temps(&mut self, first: usize) {
        for i in first..self.body.locals.len() {
            let d = &self.body.locals[i];
            if !d.name.starts_with('%') {
                continue;
            }
            let ty = d.ty;
            if ty == MTy::Int || (ty.is_pointer() && ty != MTy::Cell) {
                self.assign(Local(i as u32), Rvalue::Op(Op::NoneOf(ty), vec![]));
            }
        }
    }

    /// A parameter the body makes dynamic (`x += 0.5` of an int `x`, `start += v` over floats)
    /// arrives as the specialization's argument type, in a fresh local, and is boxed into the
    /// variable on entry: every call passes arguments in the argument types.
    fn receive_params(&mut self) {
        let spec = self.typed.spec(self.spec);
        let f = self.prog.func(spec.func);
        for (k, p) in f.params.iter().enumerate() {
            let Some(&arg) = spec.args.get(k) else {
                continue;
            };
            let local = Local(p.local.0);
            let at = mty(&self.typed.types, arg, self.strings);
            if self.body.ty(local) != MTy::Dyn
                || at == MTy::Dyn
                || f.locals[p.local.0 as usize].cell
            {
                continue;
            }
            let incoming = self.temp(at);
            self.body.params[k] = incoming;
            let v = self.coerce(Operand::Local(incoming), at, MTy::Dyn);
            self.assign(local, Rvalue::Use(v));
        }
    }

    /// Arguments (from parameter `first` on) of a call of specialization `callee`, each in its
    /// parameter's representation: a parameter that the body also assigns a value of another
    /// type (`stop = start` after `stop=None`) may be optional where the argument is not. (One
    /// that becomes dynamic is boxed by the callee: [`Builder::receive_params`].)
    pub(super) fn to_params(
        &mut self,
        callee: SpecId,
        first: usize,
        vals: Vec<Operand>,
        tys: &[MTy],
    ) -> Vec<Operand> {
        let spec = self.typed.spec(callee);
        let params: Vec<Ty> = self
            .prog
            .func(spec.func)
            .params
            .iter()
            .map(|p| spec.locals[p.local.0 as usize])
            .collect();
        vals.into_iter()
            .enumerate()
            .map(|(i, v)| {
                let Some(&pt) = params.get(first + i) else {
                    return v;
                };
                let pt = mty(&self.typed.types, pt, self.strings);
                let at = tys.get(i).copied().unwrap_or(pt);
                if pt != at && (pt.is_optional_value() || matches!(pt, MTy::OptInstance(_))) {
                    self.coerce(v, at, pt)
                } else {
                    v
                }
            })
            .collect()
    }

    /// str() of a value of type `t`, as a str operand.
    fn builtin_str(&mut self, v: Operand, t: MTy) -> Operand {
        match t {
            MTy::Str => v,
            MTy::Int => self.op(Op::IntToStr, vec![v], MTy::Str),
            MTy::Float => self.op(Op::FloatToStr, vec![v], MTy::Str),
            MTy::Bool => self.op(Op::BoolToStr, vec![v], MTy::Str),
            MTy::None => self.strings.intern("None"),
            MTy::List(_) | MTy::Tuple(_) | MTy::TupleOf(_) | MTy::Dict(_) | MTy::Set(_) => {
                self.op(Op::ObjRepr, vec![v], MTy::Str)
            }
            MTy::Exc | MTy::Func | MTy::Cell | MTy::Gen | MTy::Bytes => {
                self.rt("nx_obj_str", vec![v], MTy::Str)
            }
            MTy::Instance(c) => self.instance_str(v, c),
            MTy::OptInstance(c) => self.opt_text(v, c, false),
            MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                self.optional_text(v, t, false)
            }
            MTy::Dyn => self.rt("nx_dyn_str", vec![v], MTy::Str),
        }
    }

    fn int_expr(&mut self, e: &Expr) -> Operand {
        let v = self.expr(e);
        let t = self.ty(e);
        self.coerce(v, t, MTy::Int)
    }

    /// The MIR type of a variable.
    pub(super) fn place_ty(&mut self, place: Place) -> MTy {
        match place {
            Place::Local(l) if self.is_cell(l) => self.local_value_ty(l),
            Place::Local(l) => self.body.ty(Local(l.0)),
            Place::Global(g) => self.global_tys[g.0 as usize],
        }
    }

    /// The type of operand `v`.
    pub(super) fn operand_ty(&self, v: &Operand) -> MTy {
        match v {
            Operand::Local(l) => self.body.ty(*l),
            Operand::Int(_) => MTy::Int,
            Operand::Float(_) => MTy::Float,
            Operand::Bool(_) => MTy::Bool,
            Operand::None => MTy::None,
            Operand::Str(_) => MTy::Str,
        }
    }

    fn store(&mut self, place: Place, v: Operand) {
        // A variable that also holds values of other types: box this one (a `for i in
        // range(…)` counter, an unpacked item, …).
        let v = match self.place_ty(place) {
            MTy::Dyn => {
                let from = self.operand_ty(&v);
                self.coerce(v, from, MTy::Dyn)
            }
            _ => v,
        };
        match place {
            Place::Local(l) if self.is_cell(l) => self.cell_store(l, v),
            Place::Local(l) => {
                let l = Local(l.0);
                // `x = <op>` computes straight into `x` rather than through a temporary: a
                // temporary made by the block's last instruction is used nowhere else. Not
                // inside a `try` when the operation can raise: the handler must still see
                // the old value of `x`.
                if let Operand::Local(t) = v {
                    let decl = &self.body.locals[t.0 as usize];
                    let fusable = decl.name.starts_with('%') && decl.ty == self.body.ty(l);
                    let cur = self.cur;
                    if let Some(Inst {
                        kind:
                            InstKind::Assign {
                                dst, rv, handler, ..
                            },
                        ..
                    }) = self.body.block(cur).insts.last_mut()
                    {
                        let caught = handler.is_some() && rv.can_raise();
                        if *dst == t && fusable && !caught {
                            *dst = l;
                            return;
                        }
                    }
                }
                self.assign(l, Rvalue::Use(v));
            }
            Place::Global(g) => self.emit(InstKind::StoreGlobal {
                global: g,
                value: v,
                release_old: false,
                unbind: false,
            }),
        }
    }

    /// A read of variable `l` where it never has a value: UnboundLocalError (a hidden local
    /// is never read so). What follows is dead code.
    pub(super) fn unbound_read(&mut self, l: Local) {
        if !crate::mir::passes::unbound::is_variable(&self.body, l) {
            return;
        }
        let name = &self.body.locals[l.0 as usize].name;
        let msg = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        let text = self.strings.intern(&msg);
        self.op(
            Op::RaiseStr(ExcKind::UnboundLocalError),
            vec![text],
            MTy::None,
        );
        self.terminate(Terminator::Unreachable);
        self.cur = self.body.new_block();
    }

    /// The truth value of an expression, as a bool operand.
    fn cond(&mut self, e: &Expr) -> Operand {
        if let ExprKind::BoolOp { is_and, values } = &e.kind {
            // Short-circuit on each operand's truth.
            let result = self.temp(MTy::Bool);
            let end = self.body.new_block();
            for (i, v) in values.iter().enumerate() {
                let c = self.cond(v);
                self.assign(result, Rvalue::Use(c));
                // An operand inference decided ends it (`isinstance(o, P) and o.v == 1` with
                // `o` no P here: the rest is never typed).
                if self.typed.spec(self.spec).short_circuits.contains(&v.id) {
                    break;
                }
                if i + 1 < values.len() {
                    let next = self.body.new_block();
                    let r = Operand::Local(result);
                    self.body.block(self.cur).term = if *is_and {
                        Terminator::Branch(r, next, end)
                    } else {
                        Terminator::Branch(r, end, next)
                    };
                    self.cur = next;
                }
            }
            self.goto(end);
            return Operand::Local(result);
        }
        let v = self.expr(e);
        let t = self.ty(e);
        self.truthy(v, t)
    }

    fn expr(&mut self, e: &Expr) -> Operand {
        match self.expr_deferred(e) {
            (v, None) => v,
            (v, Some(check)) => self.check_not_none(v, &check),
        }
    }

    /// The left operand of a binary operator: CPython evaluates the right operand before the
    /// operator finds that the left one is None, so the check comes after it.
    pub(super) fn left_operand(&mut self, l: &Expr, r: &Expr) -> (Operand, Operand) {
        let (a, check) = self.expr_deferred(l);
        let b = self.expr(r);
        let a = match check {
            Some(check) => self.check_not_none(a, &check),
            None => a,
        };
        (a, b)
    }

    /// Lowers expressions evaluated in order (a call's arguments).
    pub(super) fn exprs(&mut self, es: &[Expr]) -> Vec<Operand> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// Lowers `e`; an `Optional[T]` used as a `T` comes back with the check still to make.
    fn expr_deferred(&mut self, e: &Expr) -> (Operand, Option<crate::infer::NoneCheck>) {
        if self.typed.spec(self.spec).exprs[e.id.0 as usize] == TypeTable::NEVER
            && !matches!(e.kind, ExprKind::Load(_))
        {
            return (self.never(e), None);
        }
        if let Some(check) = self.typed.spec(self.spec).none_checks.get(&e.id).cloned() {
            // An `Optional[T]` used as a `T`: the same pointer once it is known not null.
            let ot = mty(&self.typed.types, check.optional, self.strings);
            let v = self.expr_of_type(e, ot);
            // A value that is always None (`d[key]` of `key = None`): the optional's None.
            let none = match &v {
                Operand::None => true,
                Operand::Local(l) => self.body.ty(*l) == MTy::None,
                _ => false,
            };
            let v = if none && ot != MTy::None {
                self.op(Op::NoneOf(ot), vec![], ot)
            } else {
                v
            };
            return (v, Some(check));
        }
        let ty = self.ty(e);
        let v = self.expr_of_type(e, ty);
        // A dict view kept in a variable or attribute shows the dict as it is now.
        if matches!(e.kind, ExprKind::Load(_) | ExprKind::GetAttr(..))
            && matches!(
                self.typed
                    .types
                    .view(self.typed.spec(self.spec).exprs[e.id.0 as usize]),
                Some(SeqKind::Keys | SeqKind::Values | SeqKind::Items)
            )
        {
            self.rt("nx_view_refresh", vec![v.clone()], MTy::None);
        }
        (v, None)
    }

    /// Lowers `e` (of machine type `ty`), whatever its inferred type.
    pub(super) fn expr_of_type(&mut self, e: &Expr, ty: MTy) -> Operand {
        if ty == MTy::Int && matches!(e.kind, ExprKind::Binary(..) | ExprKind::Unary(..)) {
            // Folded as CPython's compiler folds it.
            if let Some(v) = constants::int_value(e) {
                return Operand::Int(v);
            }
        }
        match &e.kind {
            ExprKind::Int(i) => Operand::Int(*i),
            // A big literal is parsed from its digits when evaluated (rare enough to not matter).
            ExprKind::BigInt(digits) => {
                let text = self.strings.intern(digits);
                self.op(Op::StrToInt, vec![text], MTy::Int)
            }
            ExprKind::Float(f) => Operand::Float(*f),
            ExprKind::Bool(b) => Operand::Bool(*b),
            ExprKind::None => Operand::None,
            ExprKind::Str(s) => self.strings.intern(s),
            ExprKind::Bytes(b) => {
                let text: String = b.iter().map(|x| *x as char).collect();
                let lit = self.strings.intern(&text);
                self.rt("nx_bytes_literal", vec![lit], MTy::Bytes)
            }
            ExprKind::Load(Place::Local(l)) if self.is_cell(*l) => self.cell_load(*l),
            ExprKind::Load(Place::Local(l))
                if self.typed.spec(self.spec).exprs[e.id.0 as usize] == TypeTable::NEVER =>
            {
                // A variable that never holds a value here: reading it raises.
                let l = Local(l.0);
                self.unbound_read(l);
                Operand::Local(l)
            }
            ExprKind::Load(Place::Local(l)) => {
                let l = Local(l.0);
                if crate::mir::passes::unbound::is_variable(&self.body, l) {
                    // Where the variable may be unassigned, the unbound pass turns this into
                    // the UnboundLocalError test; elsewhere it removes it.
                    self.assign(l, Rvalue::Op(Op::BoundCheck, vec![Operand::Local(l)]));
                }
                if self.walrus.contains(&l) {
                    let t = self.temp(self.body.ty(l));
                    self.assign(t, Rvalue::Use(Operand::Local(l)));
                    return Operand::Local(t);
                }
                Operand::Local(l)
            }
            ExprKind::MakeClosure { .. } => self.make_closure(e),
            ExprKind::Is {
                left,
                right,
                negated,
            } => {
                let (at, bt) = (self.ty(left), self.ty(right));
                let a = self.expr(left);
                let b = self.expr(right);
                let same = match (at, bt) {
                    (MTy::Bool, MTy::Bool) => {
                        let a = self.op(Op::BoolToInt, vec![a], MTy::Int);
                        let b = self.op(Op::BoolToInt, vec![b], MTy::Int);
                        self.op(Op::IntCmp(CmpOp::Eq), vec![a, b], MTy::Bool)
                    }
                    // `x is True` of a dynamic value: the boxed bools are the two singletons.
                    (MTy::Dyn, MTy::Bool) => {
                        let b = self.coerce(b, MTy::Bool, MTy::Dyn);
                        self.op(Op::PtrEq, vec![a, b], MTy::Bool)
                    }
                    (MTy::Bool, MTy::Dyn) => {
                        let a = self.coerce(a, MTy::Bool, MTy::Dyn);
                        self.op(Op::PtrEq, vec![a, b], MTy::Bool)
                    }
                    // A bool and a value of another type: never the same object.
                    (MTy::Bool, _) | (_, MTy::Bool) => Operand::Bool(false),
                    _ => self.op(Op::PtrEq, vec![a, b], MTy::Bool),
                };
                if *negated {
                    self.op(Op::BoolNot, vec![same], MTy::Bool)
                } else {
                    same
                }
            }
            ExprKind::GetAttr(obj, name) if exceptions::is_exc_attr(self.ty(obj), name) => {
                self.exc_attr(obj, name, ty)
            }
            ExprKind::TypeName(v) => {
                let vt = self.ty(v);
                let x = self.expr(v);
                let name = match vt {
                    MTy::Int => "int",
                    MTy::Float => "float",
                    MTy::Bool => "bool",
                    MTy::None => "NoneType",
                    MTy::Str => "str",
                    // A list may be a dict view (`dict_keys`), a set a frozenset: ask the runtime.
                    MTy::List(_) | MTy::Set(_) => {
                        return self.rt("nx_type_name", vec![x], MTy::Str)
                    }
                    MTy::Tuple(_) | MTy::TupleOf(_) => "tuple",
                    // A dict may be a `defaultdict`: ask the runtime.
                    MTy::Dict(_) => return self.rt("nx_type_name", vec![x], MTy::Str),
                    MTy::Func => "function",
                    MTy::Gen => "generator",
                    MTy::Bytes => "bytes",
                    MTy::Cell => "cell",
                    MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                        let inner = self.strings.opt_inner(vt).name();
                        return self.if_none(
                            x,
                            MTy::Str,
                            |b| b.strings.intern("NoneType"),
                            |b| b.strings.intern(inner),
                        );
                    }
                    // The class of the object at run time.
                    MTy::Exc
                    | MTy::Instance(_)
                    | MTy::OptInstance(_)
                    | MTy::OptPtr(_)
                    | MTy::Dyn => return self.rt("nx_type_name", vec![x], MTy::Str),
                };
                self.strings.intern(name)
            }
            ExprKind::CallValue(..)
                if self.typed.spec(self.spec).closure_calls.contains_key(&e.id) =>
            {
                self.call_closure(e, ty)
            }
            ExprKind::Load(Place::Global(g)) => {
                let t = self.temp(self.global_tys[g.0 as usize]);
                self.assign(t, Rvalue::LoadGlobal(*g));
                Operand::Local(t)
            }
            ExprKind::Binary(op, l, r) => {
                if let Some(v) = self.with_one_item(e, *op, l, r, ty) {
                    return v;
                }
                if let Some(v) = self.str_concat_chain(e) {
                    return v;
                }
                let (lt, rt) = (self.ty(l), self.ty(r));
                let (a, b) = self.left_operand(l, r);
                if let Some(dunder) = self.typed.spec(self.spec).dunder_calls.get(&e.id).copied() {
                    return self.dunder_call(e.id, dunder, vec![a, b], ty, false);
                }
                if let Some(r) = self
                    .typed
                    .spec(self.spec)
                    .reflected_calls
                    .get(&e.id)
                    .copied()
                {
                    return self.dunder_call(e.id, r, vec![b, a], ty, false);
                }
                let func = self.typed.spec(self.spec).func;
                if self.prog.func(func).inplace.contains(&e.id) {
                    if ty == MTy::Dyn {
                        return self.dyn_binop_as(*op, (a, lt), (b, rt), true);
                    }
                    if let Some(v) = self.inplace_binary(*op, (a.clone(), lt), (b.clone(), rt), ty)
                    {
                        return v;
                    }
                }
                self.binary(*op, a, lt, b, rt, ty)
            }
            ExprKind::Unary(_, v)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `-obj`, `+obj`, `~obj`: the class's `__neg__`, `__pos__`, `__invert__`.
                let x = self.expr(v);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![x], ty, false)
            }
            ExprKind::Unary(op, v) => {
                let vt = self.ty(v);
                let x = self.expr(v);
                match op {
                    UnaryOp::Not => {
                        let b = self.truthy(x, vt);
                        self.op(Op::BoolNot, vec![b], MTy::Bool)
                    }
                    UnaryOp::Neg if vt == MTy::Dyn => self.dyn_unary(DynOp::Neg, x),
                    UnaryOp::Pos if vt == MTy::Dyn => self.dyn_unary(DynOp::Pos, x),
                    UnaryOp::Invert if vt == MTy::Dyn => self.dyn_unary(DynOp::Invert, x),
                    UnaryOp::Pos => self.coerce(x, vt, ty),
                    UnaryOp::Neg if ty == MTy::Float => self.op(Op::FloatNeg, vec![x], MTy::Float),
                    UnaryOp::Neg => {
                        let x = self.coerce(x, vt, MTy::Int);
                        self.op(Op::IntNeg, vec![x], MTy::Int)
                    }
                    UnaryOp::Invert => {
                        let x = self.coerce(x, vt, MTy::Int);
                        self.op(Op::IntInvert, vec![x], MTy::Int)
                    }
                }
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest),
            ExprKind::BoolOp { is_and, values } => {
                let result = self.temp(ty);
                let end = self.body.new_block();
                for (i, v) in values.iter().enumerate() {
                    let vt = self.ty(v);
                    let x = self.expr(v);
                    if !*is_and && vt == MTy::None && i + 1 < values.len() && ty != MTy::None {
                        // A None operand of `or` (falsy): evaluated, never the result.
                        continue;
                    }
                    // (The truth of the operand as it is: an `Optional` one of `or` may be None,
                    // and is the result only when it is not.)
                    let t = (i + 1 < values.len()).then(|| self.truthy(x.clone(), vt));
                    let x = self.coerce(x, vt, ty);
                    self.assign(result, Rvalue::Use(x.clone()));
                    if self.typed.spec(self.spec).short_circuits.contains(&v.id) {
                        break;
                    }
                    if let Some(t) = t {
                        let next = self.body.new_block();
                        let term = if *is_and {
                            Terminator::Branch(t, next, end)
                        } else {
                            Terminator::Branch(t, end, next)
                        };
                        self.body.block(self.cur).term = term;
                        self.cur = next;
                    }
                }
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::IfExp(c, a, b)
                if self.typed.spec(self.spec).static_conds.contains_key(&c.id) =>
            {
                // Decided by static types: the condition for its effects, then the live branch.
                let live = self.typed.spec(self.spec).static_conds[&c.id];
                self.cond(c);
                let e = if live { a } else { b };
                let et = self.ty(e);
                let v = self.expr(e);
                self.coerce(v, et, ty)
            }
            ExprKind::IfExp(c, a, b) => {
                let result = self.temp(ty);
                let cond = self.cond(c);
                let (tb, fb, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(cond, tb, fb);
                for (blk, e) in [(tb, a), (fb, b)] {
                    self.cur = blk;
                    let et = self.ty(e);
                    let v = self.expr(e);
                    let v = self.coerce(v, et, ty);
                    self.assign(result, Rvalue::Use(v));
                    self.goto(end);
                }
                Operand::Local(result)
            }
            ExprKind::Call(_, args) => {
                let vals: Vec<Operand> = self.exprs(args);
                let Some(callee) = self.typed.spec(self.spec).calls.get(&e.id).copied() else {
                    return Operand::None;
                };
                let tys: Vec<MTy> = args.iter().map(|a| self.ty(a)).collect();
                let vals = self.to_params(callee, 0, vals, &tys);
                let t = self.temp(ty);
                self.assign(t, Rvalue::Call(callee, vals));
                Operand::Local(t)
            }
            ExprKind::New(c, args, positional) => self.new_instance(e, *c, args, *positional, ty),
            ExprKind::CallValue(callee, args) => {
                // `obj(args)`: `__call__` with `obj` first, the keywords and the defaults of
                // parameters not passed.
                let r = self.expr(callee);
                let (pos, kws) = self.call_value_args_kw(args);
                let Some(f) = self.typed.spec(self.spec).calls.get(&e.id).copied() else {
                    return Operand::None;
                };
                let kw: Vec<(Operand, MTy)> = kws.iter().map(|(_, v, t)| (v.clone(), *t)).collect();
                let names: Vec<&str> = kws.iter().map(|(n, ..)| n.as_str()).collect();
                let vals = self.method_args(f, "__call__", r, &pos, &kw, &names);
                let t = self.temp(ty);
                self.assign(t, Rvalue::Call(f, vals));
                Operand::Local(t)
            }
            // The tuple itself; `call_value_args` spreads it.
            ExprKind::Spread(t) | ExprKind::SpreadKw(t) | ExprKind::KwArg(_, t) => self.expr(t),
            ExprKind::IsInstance(value, _) => {
                // Inference decided it from the value's type, except `Optional[C]` against C.
                let v = self.expr(value);
                match self.typed.spec(self.spec).static_conds.get(&e.id) {
                    Some(b) => Operand::Bool(*b),
                    None => {
                        let vt = self.ty(value);
                        let ExprKind::IsInstance(_, types) = &e.kind else {
                            unreachable!()
                        };
                        self.instance_isinstance(v, vt, types)
                    }
                }
            }
            ExprKind::ClassTest(value, classes, exact) => {
                let vt = self.ty(value);
                let v = self.expr(value);
                let v = self.to_dyn(v, vt);
                let result = self.temp(MTy::Bool);
                self.assign(result, Rvalue::Use(Operand::Bool(false)));
                let end = self.body.new_block();
                for class in classes {
                    let name = self.strings.intern(class);
                    let exact = Operand::Int(i64::from(*exact));
                    let hit = self.rt("nx_class_test", vec![v.clone(), name, exact], MTy::Bool);
                    self.assign(result, Rvalue::Use(hit));
                    let next = self.body.new_block();
                    self.body.block(self.cur).term =
                        Terminator::Branch(Operand::Local(result), end, next);
                    self.cur = next;
                }
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::IsNone { value, negated } => {
                let vt = self.ty(value);
                let v = self.expr(value);
                let is_none = match vt {
                    t if t.is_optional_value() || matches!(t, MTy::OptInstance(_) | MTy::Dyn) => {
                        self.op(Op::IsNull, vec![v], MTy::Bool)
                    }
                    MTy::None => Operand::Bool(true),
                    // Any other static type is never None.
                    _ => Operand::Bool(false),
                };
                if *negated {
                    self.op(Op::BoolNot, vec![is_none], MTy::Bool)
                } else {
                    is_none
                }
            }
            ExprKind::GetAttr(obj, name)
                if self.typed.spec(self.spec).virtual_calls.contains_key(&e.id) =>
            {
                // A property only some subclasses define: the getter of the instance's class,
                // or AttributeError.
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                self.method_call_on(e, o, ot, name, &[], &[], &[], ty)
            }
            ExprKind::GetAttr(obj, name)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // A `@property`: call its getter.
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                let getter = self.typed.spec(self.spec).dunder_calls[&e.id];
                // (The getter of the instance's class when subclasses override it.)
                self.dunder_call(e.id, getter, vec![o], ty, false)
            }
            ExprKind::GetAttr(obj, name) => {
                let o = self.expr(obj);
                let ot = self.ty(obj);
                let o = self.non_none(o, ot, name);
                if ot == MTy::Dyn {
                    return self.dyn_getattr(o, name, ty);
                }
                if ot == MTy::Exc {
                    // A user exception's attribute, through a builtin exception type.
                    let d = self.rt("nx_exc_instance_or_self", vec![o], MTy::Dyn);
                    return self.dyn_getattr(d, name, ty);
                }
                if let (MTy::Func, "__name__") = (ot, name.as_str()) {
                    let ft = self.typed.spec(self.spec).exprs[obj.id.0 as usize];
                    if let TyKind::Closure(_) = self.typed.types.kind(ft) {
                        // The name the object holds (`functools.wraps` may have changed it).
                        return self.rt("nx_func_name", vec![o], MTy::Str);
                    }
                }
                let (MTy::Instance(c) | MTy::OptInstance(c)) = self.ty(obj) else {
                    return Operand::None;
                };
                // `obj.method` as a value: a bound method (an attribute holding a function is
                // read as any attribute).
                let et = self.typed.spec(self.spec).exprs[e.id.0 as usize];
                if let TyKind::Closure(_) = self.typed.types.kind(et) {
                    if self.field(c, name).is_none() && self.prog.lookup(c, name).is_some() {
                        return self.bound_method(c, name, o, et);
                    }
                }
                let class_attr = self
                    .typed
                    .runtime_classes(self.prog, c)
                    .into_iter()
                    .find_map(|k| self.prog.lookup_attr(k, name));
                let Some((slot, ft, count)) = self.field(c, name) else {
                    // Only a class attribute.
                    if class_attr.is_none() {
                        return Operand::None;
                    }
                    return self.class_attr_of(c, name, &o, ty);
                };
                let n = self.strings.intern(name);
                if class_attr.is_none() {
                    return self.op(Op::GetAttr(slot, ft, count), vec![o, n], ft);
                }
                // The instance's own value when it has one, else the class's.
                let result = self.temp(ft);
                let set = self.op(Op::AttrIsSet(slot, count), vec![o.clone()], MTy::Bool);
                let (own, class, end) = (
                    self.body.new_block(),
                    self.body.new_block(),
                    self.body.new_block(),
                );
                self.body.block(self.cur).term = Terminator::Branch(set, own, class);
                self.cur = own;
                let v = self.op(Op::GetAttr(slot, ft, count), vec![o.clone(), n], ft);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
                self.cur = class;
                let v = self.class_attr_of(c, name, &o, ft);
                self.assign(result, Rvalue::Use(v));
                self.goto(end);
                Operand::Local(result)
            }
            ExprKind::Print {
                args,
                sep,
                end,
                stderr,
                flush,
            } => self.print(
                args,
                sep.as_deref(),
                end.as_deref(),
                *stderr,
                flush.as_deref(),
            ),
            ExprKind::Builtin(Builtin::Next, args) => self.next_builtin(args, ty, e.id),
            ExprKind::Builtin(_, args)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `len(obj)`: the class's `__len__` (`hash(obj)`: from the int its `__hash__`
                // returns, as CPython's `slot_tp_hash` makes it).
                let mut vals: Vec<Operand> = self.exprs(args);
                let dunder = self.typed.spec(self.spec).dunder_calls[&e.id];
                // `format(obj)`: `obj.__format__("")`.
                if matches!(e.kind, ExprKind::Builtin(Builtin::Format, _)) && vals.len() == 1 {
                    vals.push(self.strings.intern(""));
                }
                if matches!(e.kind, ExprKind::Builtin(Builtin::Hash, _)) {
                    let rt = self.ret_ty(dunder);
                    let h = self.dunder_call(e.id, dunder, vals, rt, false);
                    let h = self.coerce(h, rt, MTy::Int);
                    return self.rt("nx_hash_result", vec![h], MTy::Int);
                }
                let r = self.dunder_call(e.id, dunder, vals, ty, false);
                if matches!(e.kind, ExprKind::Builtin(Builtin::Len, _)) && ty == MTy::Int {
                    return self.rt("nx_len_result", vec![r], MTy::Int);
                }
                r
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, ty),
            ExprKind::Tuple(items) => {
                let want = self.strings.tuple_items(ty);
                let mut vals = vec![];
                for (item, to) in items.iter().zip(want) {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    vals.push(self.coerce(v, it, to));
                }
                let MTy::Tuple(tt) = ty else {
                    return Operand::None;
                };
                self.op(Op::TupleNew(tt), vals, ty)
            }
            ExprKind::Unpack {
                value,
                index,
                count,
            } => self.unpack_item(value, *index, *count, ty),
            ExprKind::Dict(entries) => {
                let MTy::Dict(dt) = ty else {
                    return Operand::None;
                };
                let (k, v) = self.strings.dict_kv(ty);
                let d = self.op(Op::DictNew(dt), vec![], ty);
                for (ke, ve) in entries {
                    let kt = self.ty(ke);
                    let kv = self.expr(ke);
                    let kv = self.coerce(kv, kt, k);
                    let vt = self.ty(ve);
                    let vv = self.expr(ve);
                    let vv = self.coerce(vv, vt, v);
                    self.slots(
                        "nx_dict_set",
                        vec![d.clone(), kv, vv],
                        &[None, Some(k), Some(v)],
                        None,
                        MTy::None,
                    );
                }
                d
            }
            ExprKind::DefaultDict { factory, zero } => {
                let MTy::Dict(dt) = ty else {
                    return Operand::None;
                };
                let (_, v) = self.strings.dict_kv(ty);
                let d = self.op(Op::DictNew(dt), vec![], ty);
                let zt = self.ty(zero);
                let z = self.expr(zero);
                let z = self.coerce(z, zt, v);
                let name = self.strings.intern(factory);
                self.slots(
                    "nx_dict_set_factory",
                    vec![d.clone(), z, name],
                    &[None, Some(v), None],
                    None,
                    MTy::None,
                );
                d
            }
            ExprKind::Set(items) => {
                let MTy::Set(lt) = ty else {
                    return Operand::None;
                };
                let e = self.strings.list_elem(ty);
                let st = self.op(Op::SetNew(lt), vec![], ty);
                for item in items {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    let v = self.coerce(v, it, e);
                    self.slots(
                        "nx_set_add",
                        vec![st.clone(), v],
                        &[None, Some(e)],
                        None,
                        MTy::None,
                    );
                }
                // CPython folds a display of three or more constants into a frozenset at compile
                // time and builds the set from it: the same elements, re-added in the frozenset's
                // order, then copied in by `update`. Iteration order follows that history.
                if items.len() >= 3 && items.iter().all(constants::is_constant) {
                    let list_ty = self.strings.list_ty(e);
                    let l = self.rt("nx_set_to_list", vec![st], list_ty);
                    let frozen = self.op(Op::SetNew(lt), vec![], ty);
                    let xs = self.temp(list_ty);
                    self.assign(xs, Rvalue::Use(l));
                    // (Its distinct elements: a repeated constant counts once.)
                    let (head, end, x) = self.list_loop(xs, e, 0);
                    self.slots(
                        "nx_set_add",
                        vec![frozen.clone(), x],
                        &[None, Some(e)],
                        None,
                        MTy::None,
                    );
                    self.goto(head);
                    self.cur = end;
                    let fresh = self.op(Op::SetNew(lt), vec![], ty);
                    self.rt("nx_set_update", vec![fresh.clone(), frozen], MTy::None);
                    return fresh;
                }
                st
            }
            ExprKind::List(items) => {
                let elem = self.strings.list_elem(ty);
                let list = self.op(Op::ListNew(elem), vec![], ty);
                for item in items {
                    let it = self.ty(item);
                    let v = self.expr(item);
                    let v = self.coerce(v, it, elem);
                    self.op(Op::ListAppend(elem), vec![list.clone(), v], MTy::None);
                }
                list
            }
            ExprKind::Index(obj, index)
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `obj[i]`: the class's `__getitem__`.
                let o = self.expr(obj);
                let i = self.expr(index);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![o, i], ty, false)
            }
            ExprKind::Contains {
                item,
                container,
                negated,
            } if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) => {
                // `x in obj`: the class's `__contains__`, as a bool.
                let x = self.expr(item);
                let c = self.expr(container);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                let rt = self.dunder_ty(e.id, f);
                let t = self.dunder_call(e.id, f, vec![c, x], rt, false);
                let b = self.truthy(t, rt);
                if *negated {
                    self.op(Op::BoolNot, vec![b], MTy::Bool)
                } else {
                    b
                }
            }
            ExprKind::Index(obj, index) => self.index(obj, index, ty),
            ExprKind::Slice { obj, .. }
                if self.typed.spec(self.spec).dunder_calls.contains_key(&e.id) =>
            {
                // `reversed(obj)`: the class's `__reversed__`.
                let o = self.expr(obj);
                let f = self.typed.spec(self.spec).dunder_calls[&e.id];
                self.dunder_call(e.id, f, vec![o], ty, false)
            }
            ExprKind::Slice { .. } => self.slice(e, ty),
            ExprKind::Method { .. }
                if self.typed.spec(self.spec).method_values.contains_key(&e.id) =>
            {
                self.call_method_value(e, ty)
            }
            ExprKind::Method { recv, .. }
                if matches!(self.ty(recv), MTy::Instance(_) | MTy::OptInstance(_))
                    || (self.ty(recv) == MTy::Dyn
                        && self.typed.spec(self.spec).virtual_calls.contains_key(&e.id)) =>
            {
                self.instance_method_call(e, ty)
            }
            ExprKind::SuperMethod { .. } => self.instance_method_call(e, ty),
            ExprKind::SortBy {
                list,
                keys,
                reverse,
            } => {
                let l = self.expr(list);
                let k = self.expr(keys);
                let r = self.cond(reverse);
                self.rt("nx_list_sort_by", vec![l, k, r], MTy::None)
            }
            ExprKind::Method {
                recv, name, args, ..
            } => self.method(recv, name, args, ty),
            ExprKind::Contains {
                item,
                container,
                negated,
            } if matches!(self.ty(container), MTy::Tuple(_)) => {
                let x = (self.expr(item), self.ty(item));
                let MTy::Tuple(tt) = self.ty(container) else {
                    unreachable!()
                };
                let c = self.expr(container);
                let found = self.tuple_contains(x, c, tt);
                if *negated {
                    self.op(Op::BoolNot, vec![found], MTy::Bool)
                } else {
                    found
                }
            }
            ExprKind::Contains {
                item,
                container,
                negated,
            } => {
                let it = self.ty(item);
                let x = self.expr(item);
                let ct = self.ty(container);
                let c = self.expr(container);
                let list_like = matches!(ct, MTy::List(_) | MTy::TupleOf(_));
                if ct == MTy::Dyn
                    || it == MTy::Dyn
                    || (list_like && self.sought_as_dyn(it, self.strings.list_elem(ct)))
                {
                    let c = self.to_dyn(c, ct);
                    let x = self.to_dyn(x, it);
                    let r = self.rt("nx_dyn_contains", vec![c, x], MTy::Bool);
                    return if *negated {
                        self.op(Op::BoolNot, vec![r], MTy::Bool)
                    } else {
                        r
                    };
                }
                if ct == MTy::Bytes {
                    let r = if it == MTy::Bytes {
                        self.rt("nx_bytes_contains_bytes", vec![c, x], MTy::Bool)
                    } else {
                        let v = self.coerce(x, it, MTy::Int);
                        self.rt("nx_bytes_contains", vec![c, v], MTy::Bool)
                    };
                    return if *negated {
                        self.op(Op::BoolNot, vec![r], MTy::Bool)
                    } else {
                        r
                    };
                }
                if let MTy::Dict(_) | MTy::Set(_) = ct {
                    let k = if let MTy::Dict(_) = ct {
                        self.strings.dict_kv(ct).0
                    } else {
                        self.strings.list_elem(ct)
                    };
                    let name = if let MTy::Dict(_) = ct {
                        "nx_dict_contains"
                    } else {
                        "nx_set_contains"
                    };
                    // (A key that may be None, of a dict whose keys never are: not in it
                    // when it is None.)
                    let r = self.unless_none_key(
                        (x, it),
                        k,
                        MTy::Bool,
                        |_| Operand::Bool(false),
                        |b, x| b.slots(name, vec![c, x], &[None, Some(k)], None, MTy::Bool),
                    );
                    return if *negated {
                        self.op(Op::BoolNot, vec![r], MTy::Bool)
                    } else {
                        r
                    };
                }
                if ct == MTy::Str {
                    let r = self.rt("nx_str_contains", vec![c, x], MTy::Bool);
                    return if *negated {
                        self.op(Op::BoolNot, vec![r], MTy::Bool)
                    } else {
                        r
                    };
                }
                let elem = self.strings.list_elem(ct);
                let (c, _) = self.tuple_as_list(c, ct);
                // (In a list that is always empty, a None stands in for the value.)
                let x = if containers::never_holds(elem, it) {
                    Operand::None
                } else {
                    self.coerce(x, it, elem)
                };
                let r = self.op(Op::ListContains(elem), vec![c, x], MTy::Bool);
                if *negated {
                    self.op(Op::BoolNot, vec![r], MTy::Bool)
                } else {
                    r
                }
            }
            ExprKind::Block(stmts, value) => {
                self.block(stmts);
                self.expr(value)
            }
        }
    }
}

/// The locals a walrus (`:=`) in `e` assigns.
pub(super) fn walrus_targets(e: &Expr, out: &mut Vec<Local>) {
    if let ExprKind::Block(stmts, value) = &e.kind {
        for s in stmts {
            if let StmtKind::Assign(p, v) = &s.kind {
                if let Place::Local(l) = p {
                    out.push(Local(l.0));
                }
                walrus_targets(v, out);
            }
        }
        return walrus_targets(value, out);
    }
    for c in e.kind.children() {
        walrus_targets(c, out);
    }
}
