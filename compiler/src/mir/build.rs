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
mod exprs;
mod objects;
mod print;
mod slice_objects;
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
                // (One that always raises returns nothing the runtime reads: it tests the
                // pending exception.)
                let returning = |specs: &HashMap<ClassId, SpecId>, ty: Ty| {
                    let s = *specs.get(&c)?;
                    let ret = typed.spec(s).ret;
                    (ret == ty || ret == TypeTable::NEVER).then_some(s)
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
                    eq_dyn: returning(&typed.eq_dyn_specs, TypeTable::BOOL),
                    lt_dyn: returning(&typed.lt_dyn_specs, TypeTable::BOOL),
                    gt_dyn: returning(&typed.gt_dyn_specs, TypeTable::BOOL),
                    hash: returning(&typed.hash_specs, TypeTable::INT)
                        .filter(|_| !prog.eq_drops_hash(c)),
                    lt: returning(&typed.lt_specs, TypeTable::BOOL),
                    gt: returning(&typed.gt_specs, TypeTable::BOOL),
                    unhashable: prog.lookup(c, "__eq__").is_some() || prog.eq_drops_hash(c),
                    atomic: prog.class(c).atomic,
                    exc_kind: prog.exc_kind(c),
                    mro: prog.mro(c).skip(1).collect(),
                    eq_operand: prog.operand_class(c, "__eq__"),
                    order_operand: match prog.lookup(c, "__lt__") {
                        Some(_) => prog.operand_class(c, "__lt__"),
                        None => prog.operand_class(c, "__gt__"),
                    },
                    name: crate::modules::display_name(&prog.class(c).name).to_string(),
                    tracking: tracking[c.0 as usize],
                    slots: slots[c.0 as usize].clone(),
                    attr_names: typed.fields[prog.root(c).0 as usize]
                        .iter()
                        .map(|(n, _)| n.clone())
                        .collect(),
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
    if !typed.live.get(id.0 as usize).copied().unwrap_or(true) {
        // Made for argument types inference later widened, and never called (its types
        // may not hold together): a body that says so, should the impossible happen.
        let text = b
            .strings
            .intern("natrix: a specialization the program does not reach ran");
        b.op(Op::RaiseStr(ExcKind::RuntimeError), vec![text], MTy::None);
        b.terminate(Terminator::Unreachable);
        return b.body;
    }
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
        unoptimized: crate::modules::unoptimized(prog, spec.func),
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

    /// The value of global `g` (in a new temporary) and its type.
    fn load_global(&mut self, g: GlobalId) -> (Operand, MTy) {
        let gt = self.global_tys[g.0 as usize];
        let t = self.temp(gt);
        self.assign(t, Rvalue::LoadGlobal(g));
        (Operand::Local(t), gt)
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
        let declared = spec.args.clone();
        vals.into_iter()
            .enumerate()
            .map(|(i, v)| {
                let Some(&pt) = params.get(first + i) else {
                    return v;
                };
                let pt = mty(&self.typed.types, pt, self.strings);
                let at = tys.get(i).copied().unwrap_or(pt);
                // (A specialization whose parameters inference made dynamic, `dyn_params` of a
                // function specialized for too many types, takes the arguments boxed.)
                let dyn_arg = declared.get(first + i) == Some(&TypeTable::DYN);
                if dyn_arg && at != MTy::Dyn {
                    self.to_dyn(v, at)
                } else if pt != at && (pt.is_optional_value() || matches!(pt, MTy::OptInstance(_)))
                {
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
        if let Some((c, f)) = self.typed.spec(self.spec).index_dunders.get(&e.id).copied() {
            // An index that is an instance: the int its `__index__` gives.
            let v = self.expr_of_type(e, MTy::Instance(c));
            let rt = self.ret_ty(f);
            let vals = self.to_params(f, 0, vec![v], &[MTy::Instance(c)]);
            let t = self.temp(rt);
            self.assign(t, Rvalue::Call(f, vals));
            return (self.coerce(Operand::Local(t), rt, MTy::Int), None);
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
