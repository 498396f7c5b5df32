//! Unbound: reading a variable that has no value raises, as in CPython.
//!
//! - A local read where some path reaches it without an assignment (`last` after a `for` loop
//!   that may run zero times, a name assigned in one arm of an `if`) raises
//!   `UnboundLocalError: cannot access local variable 'x' where it is not associated with a
//!   value`. The builder puts an `Op::BoundCheck` at every read of a variable; a forward
//!   "definitely assigned" analysis removes the ones every path reaches assigned, and turns the
//!   rest into a test of a bool flag that the variable's assignments set.
//! - A module-level name read before any store on some path of the module's code, or read in
//!   a function that may run (called from the module's code, directly or not) before the
//!   name's first store on some path, raises `NameError: name 'x' is not defined`, tested on
//!   a flag global set after each store.
//!
//! The flags cost a store per assignment and a test per read, and only for variables that
//! need them; a program whose reads are all preceded by assignments is unchanged. Generators'
//! resume functions keep their locals in the generator frame across resumptions: there a
//! variable holding an int, a str, a container or an object tests at each read for the value
//! it starts with, and the others are not checked (see docs/DIFFERENCES.md).

use crate::mir::*;
use natrix_abi::ExcKind;

/// Whether `l` is a Python variable of the body (not a parameter, a temporary, a hidden
/// helper or a closure cell): the locals whose reads this pass checks.
pub fn is_variable(body: &Body, l: Local) -> bool {
    let decl = &body.locals[l.0 as usize];
    identifier(&decl.name) && decl.ty != MTy::Cell && !body.params.contains(&l)
}

/// Whether a local's or global's name is a Python name (not a temporary, a hidden helper, a
/// flag of this pass or a default value's slot).
pub fn identifier(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

pub fn run(prog: &mut Program) {
    for b in 0..prog.bodies.len() {
        if prog.bodies[b].resume {
            generator_checks(prog, b);
        } else {
            locals(prog, b);
        }
        release_unbinds(&mut prog.bodies[b]);
    }
    globals(prog);
}

/// Whether an assignment is `del x` ([`Op::Unbind`]), which leaves `x` without a value.
fn unbinds(rv: &Rvalue) -> bool {
    matches!(rv, Rvalue::Op(Op::Unbind, _))
}

/// `del x` releases the value of `x`: `x = NoneOf` of its type (nothing for a value that
/// holds no reference).
fn release_unbinds(body: &mut Body) {
    let types: Vec<MTy> = body.locals.iter().map(|d| d.ty).collect();
    for block in &mut body.blocks {
        block.insts.retain_mut(|inst| match &mut inst.kind {
            InstKind::Assign { dst, rv, .. } if unbinds(rv) => {
                let ty = types[dst.0 as usize];
                *rv = Rvalue::Op(Op::NoneOf(ty), vec![]);
                ty.is_refcounted()
            }
            _ => true,
        });
    }
}

fn strip_checks(body: &mut Body) {
    for block in &mut body.blocks {
        block.insts.retain(|i| is_check(i).is_none());
    }
}

/// The variable an `Op::BoundCheck` instruction reads.
fn is_check(inst: &Inst) -> Option<Local> {
    match &inst.kind {
        InstKind::Assign {
            rv: Rvalue::Op(Op::BoundCheck, args),
            ..
        } => match args[..] {
            [Operand::Local(l)] => Some(l),
            _ => None,
        },
        _ => None,
    }
}

/// The block an instruction's exception goes to (its `try`'s dispatch), if any.
fn handler(inst: &Inst) -> Option<BlockId> {
    match inst.kind {
        InstKind::Assign { handler, .. } => handler,
        _ => None,
    }
}

/// The blocks a terminator may go to.
fn successors(term: &Terminator) -> Vec<BlockId> {
    let mut out = vec![];
    let mut t = term.clone();
    t.map_targets(|b| {
        out.push(b);
        b
    });
    out
}

/// A forward must-analysis over the blocks: `gen` says what an instruction makes known (an
/// assignment, a store), starting from nothing known on entry. Returns each reachable
/// block's entry state.
fn must_analysis(
    body: &Body,
    n: usize,
    gen: impl Fn(&Inst, &mut Vec<bool>),
) -> Vec<Option<Vec<bool>>> {
    let mut states: Vec<Option<Vec<bool>>> = vec![None; body.blocks.len()];
    states[0] = Some(vec![false; n]);
    let mut work = vec![0usize];
    let join =
        |states: &mut Vec<Option<Vec<bool>>>, work: &mut Vec<usize>, to: BlockId, st: &[bool]| {
            let slot = &mut states[to.0 as usize];
            let changed = match slot {
                None => {
                    *slot = Some(st.to_vec());
                    true
                }
                Some(old) => {
                    let mut changed = false;
                    for (o, s) in old.iter_mut().zip(st) {
                        if *o && !*s {
                            *o = false;
                            changed = true;
                        }
                    }
                    changed
                }
            };
            if changed {
                work.push(to.0 as usize);
            }
        };
    while let Some(b) = work.pop() {
        let mut st = states[b].clone().expect("queued blocks have a state");
        for inst in &body.blocks[b].insts {
            if let Some(h) = handler(inst) {
                // The exception leaves before the instruction's effect.
                join(&mut states, &mut work, h, &st);
            }
            gen(inst, &mut st);
        }
        for s in successors(&body.blocks[b].term) {
            join(&mut states, &mut work, s, &st);
        }
    }
    states
}

fn intern(prog: &mut Program, s: &str) -> Operand {
    let i = match prog.strings.iter().position(|x| x == s) {
        Some(i) => i,
        None => {
            prog.strings.push(s.to_string());
            prog.strings.len() - 1
        }
    };
    Operand::Str(i as u32)
}

fn assign(dst: Local, rv: Rvalue, handler: Option<BlockId>, line: u32) -> Inst {
    Inst {
        kind: InstKind::Assign {
            dst,
            rv,
            release_old: false,
            handler,
        },
        line,
    }
}

/// A test that a variable has a value, before instruction `at` of `block`: if `flag` is set
/// the rest of the block runs, else `kind` is raised with `msg` (to `handler`, the reading
/// instruction's, if any).
struct Test {
    block: BlockId,
    at: usize,
    flag: Operand,
    kind: ExcKind,
    msg: Operand,
    handler: Option<BlockId>,
    line: u32,
}

fn split_test(body: &mut Body, t: Test) {
    let rest = body.block(t.block).insts.split_off(t.at);
    let term = std::mem::replace(&mut body.block(t.block).term, Terminator::Unreachable);
    let cont = body.new_block();
    body.block(cont).insts = rest;
    body.block(cont).term = term;
    let raise = body.new_block();
    let none = body.new_local(MTy::None, &format!("%{}", body.locals.len()));
    body.block(raise).insts = vec![assign(
        none,
        Rvalue::Op(Op::RaiseStr(t.kind), vec![t.msg]),
        t.handler,
        t.line,
    )];
    body.block(t.block).term = Terminator::Branch(t.flag, cont, raise);
}

/// Locals: remove the checks every path reaches assigned, test a flag at the others.
fn locals(prog: &mut Program, b: usize) {
    let body = &prog.bodies[b];
    let n = body.locals.len();
    let states = must_analysis(body, n, |inst, st| {
        if let InstKind::Assign { dst, rv, .. } = &inst.kind {
            st[dst.0 as usize] = !unbinds(rv);
        }
        if let Some(l) = is_check(inst) {
            st[l.0 as usize] = true;
        }
    });
    // The checks that stay: (block, instruction index, variable).
    let mut needed: Vec<(usize, usize, Local)> = vec![];
    for (bi, block) in body.blocks.iter().enumerate() {
        let Some(mut st) = states[bi].clone() else {
            continue;
        };
        for (ii, inst) in block.insts.iter().enumerate() {
            if let Some(l) = is_check(inst) {
                if !st[l.0 as usize] {
                    needed.push((bi, ii, l));
                }
                st[l.0 as usize] = true;
            }
            if let InstKind::Assign { dst, rv, .. } = &inst.kind {
                st[dst.0 as usize] = !unbinds(rv);
            }
        }
    }
    if needed.is_empty() {
        strip_checks(&mut prog.bodies[b]);
        return;
    }
    // A flag per variable that needs one: false on entry, true after each assignment.
    let mut flags: Vec<Option<Local>> = vec![None; n];
    for &(_, _, l) in &needed {
        if flags[l.0 as usize].is_none() {
            let body = &mut prog.bodies[b];
            let name = format!("{}$bound", body.locals[l.0 as usize].name);
            flags[l.0 as usize] = Some(body.new_local(MTy::Bool, &name));
        }
    }
    // The checks not needed are removed afterwards.
    raise_unbound(prog, b, &needed, |_, l, _| {
        let flag = flags[l.0 as usize].expect("flag made above");
        (vec![], Operand::Local(flag))
    });
    let body = &mut prog.bodies[b];
    strip_checks(body);
    for block in &mut body.blocks {
        let mut out = Vec::with_capacity(block.insts.len());
        for inst in std::mem::take(&mut block.insts) {
            let set = match &inst.kind {
                InstKind::Assign { dst, rv, .. } => flags
                    .get(dst.0 as usize)
                    .copied()
                    .flatten()
                    .map(|f| (f, !unbinds(rv))),
                _ => None,
            };
            let line = inst.line;
            out.push(inst);
            if let Some((f, bound)) = set {
                out.push(assign(f, Rvalue::Use(Operand::Bool(bound)), None, line));
            }
        }
        block.insts = out;
    }
    let line = body.line;
    let inits: Vec<Inst> = flags
        .iter()
        .flatten()
        .map(|f| assign(*f, Rvalue::Use(Operand::Bool(false)), None, line))
        .collect();
    body.blocks[0].insts.splice(0..0, inits);
}

/// Turns each check that stays (block, instruction, variable) into a test raising
/// UnboundLocalError: `test(body, variable, line)` gives the instructions to put before the
/// check and the bool they compute (true when the variable has a value). The blocks are split
/// from the last check of each block backwards, so the earlier indices stay valid.
fn raise_unbound(
    prog: &mut Program,
    b: usize,
    checks: &[(usize, usize, Local)],
    mut test: impl FnMut(&mut Body, Local, u32) -> (Vec<Inst>, Operand),
) {
    let mut msgs = vec![];
    for &(bi, ii, l) in checks {
        let name = &prog.bodies[b].locals[l.0 as usize].name;
        let text = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        msgs.push((bi, ii, l, intern(prog, &text)));
    }
    msgs.sort_by_key(|&(bi, ii, ..)| (bi, std::cmp::Reverse(ii)));
    let body = &mut prog.bodies[b];
    for (bi, ii, l, msg) in msgs {
        let inst = &body.blocks[bi].insts[ii];
        let (handler, line) = (handler(inst), inst.line);
        let (before, flag) = test(body, l, line);
        let at = ii + before.len();
        body.blocks[bi].insts.splice(ii..ii, before);
        split_test(
            body,
            Test {
                block: BlockId(bi as u32),
                at,
                flag,
                kind: ExcKind::UnboundLocalError,
                msg,
                handler,
                line,
            },
        );
    }
}

/// A generator's resume function: its locals live in the frame across `yield`s, reloaded on
/// every entry, so the analysis of [`locals`] does not apply. A variable that holds a str, a
/// container or an object is null until assigned, and an int the word no int is (its
/// constructor puts that in the frame, `mir/build/generators.rs`), so each read tests that
/// instead; a float or a bool reads its zero value (docs/DIFFERENCES.md).
fn generator_checks(prog: &mut Program, b: usize) {
    let body = &prog.bodies[b];
    let n = body.locals.len();
    // Assigned since this call began (a read where every path from the entry assigned the
    // variable first needs no test). A reload from the frame restores a value that may be
    // the initial one, so it does not count.
    let frame = Operand::Local(body.params[0]);
    let assigns = |inst: &Inst, st: &mut Vec<bool>| {
        if let InstKind::Assign { dst, rv, .. } = &inst.kind {
            let reload = matches!(rv, Rvalue::Op(Op::TupleGet(..), args) if args[0] == frame);
            if !reload {
                st[dst.0 as usize] = true;
            }
        }
        if let Some(l) = is_check(inst) {
            st[l.0 as usize] = true;
        }
    };
    let states = must_analysis(body, n, assigns);
    let mut tests = vec![];
    for (bi, block) in body.blocks.iter().enumerate() {
        let Some(mut st) = states[bi].clone() else {
            continue;
        };
        for (ii, inst) in block.insts.iter().enumerate() {
            if let Some(l) = is_check(inst) {
                let ty = body.ty(l);
                let nullable = matches!(
                    ty,
                    MTy::OptInstance(_) | MTy::OptPtr(_) | MTy::Dyn | MTy::Cell
                );
                if !st[l.0 as usize] && ((ty.is_pointer() && !nullable) || ty == MTy::Int) {
                    tests.push((bi, ii, l));
                }
            }
            assigns(inst, &mut st);
        }
    }
    raise_unbound(prog, b, &tests, |body, l, line| {
        let null = body.new_local(MTy::Bool, &format!("%{}", body.locals.len()));
        let bound = body.new_local(MTy::Bool, &format!("%{}", body.locals.len()));
        let is_null = Rvalue::Op(Op::IsNull, vec![Operand::Local(l)]);
        let not_null = Rvalue::Op(Op::BoolNot, vec![Operand::Local(null)]);
        let test = vec![
            assign(null, is_null, None, line),
            assign(bound, not_null, None, line),
        ];
        (test, Operand::Local(bound))
    });
    let body = &mut prog.bodies[b];
    strip_checks(body);
}

/// Module-level names: where the module's code may read one before storing it, and where a
/// function may (because the module's code may call it first).
fn globals(prog: &mut Program) {
    let main = prog.main.0 as usize;
    let n = prog.globals.len();
    let tracked: Vec<bool> = prog
        .globals
        .iter()
        .map(|(name, _)| identifier(name))
        .collect();
    // Names some `del` unbinds, and those a function's `del` (`global x; del x`) does: a
    // function may run between any store and read, so every read of those is tested.
    let mut deleted = vec![false; n];
    let mut deleted_in_function = vec![false; n];
    for (b, body) in prog.bodies.iter().enumerate() {
        for inst in body.blocks.iter().flat_map(|bl| &bl.insts) {
            if let InstKind::StoreGlobal {
                global,
                unbind: true,
                ..
            } = inst.kind
            {
                deleted[global.0 as usize] = true;
                deleted_in_function[global.0 as usize] |= b != main;
            }
        }
    }
    let stores = |inst: &Inst, st: &mut Vec<bool>| {
        if let InstKind::StoreGlobal { global, unbind, .. } = inst.kind {
            st[global.0 as usize] = !unbind;
        }
    };
    let states = must_analysis(&prog.bodies[main], n, stores);
    // Reads in the module's code that may come first, and the names some instruction that
    // may run a function finds not yet stored.
    let mut early: Vec<(usize, usize, GlobalId)> = vec![];
    let mut risky = vec![false; n];
    let mut runs = Runs::new(prog);
    let body = &prog.bodies[main];
    for (bi, block) in body.blocks.iter().enumerate() {
        let Some(mut st) = states[bi].clone() else {
            continue;
        };
        for (ii, inst) in block.insts.iter().enumerate() {
            if let InstKind::Assign { rv, .. } = &inst.kind {
                if let Rvalue::LoadGlobal(g) = rv {
                    let g_ = g.0 as usize;
                    if tracked[g_] && (!st[g_] || deleted_in_function[g_]) {
                        early.push((bi, ii, *g));
                    }
                    st[g_] = true;
                }
                if let Some(read) = runs.reads(prog, body, rv) {
                    for (g, r) in risky.iter_mut().enumerate() {
                        *r |= tracked[g] && !st[g] && read[g];
                    }
                }
            }
            stores(inst, &mut st);
        }
    }
    // A function may run after a `del`.
    for (r, d) in risky.iter_mut().zip(&deleted) {
        *r |= *d;
    }
    // Reads in functions of names that may not be stored yet when they run.
    let mut late: Vec<(usize, usize, usize, GlobalId)> = vec![];
    for (b, body) in prog.bodies.iter().enumerate() {
        if b == main || !risky.iter().any(|r| *r) {
            continue;
        }
        let mut known = vec![false; n];
        // Once stored or found stored, a name stays until a `del` (one in a function is
        // never taken as known: a call may run it).
        let states = must_analysis(body, n, |inst, st| {
            match &inst.kind {
                InstKind::Assign {
                    rv: Rvalue::LoadGlobal(g),
                    ..
                } => st[g.0 as usize] = true,
                InstKind::StoreGlobal { global, unbind, .. } => st[global.0 as usize] = !unbind,
                _ => {}
            };
        });
        for (bi, block) in body.blocks.iter().enumerate() {
            let Some(st) = states[bi].as_ref() else {
                continue;
            };
            known.copy_from_slice(st);
            for (ii, inst) in block.insts.iter().enumerate() {
                match &inst.kind {
                    InstKind::Assign {
                        rv: Rvalue::LoadGlobal(g),
                        ..
                    } => {
                        let g_ = g.0 as usize;
                        if risky[g_] && (!known[g_] || deleted_in_function[g_]) {
                            late.push((b, bi, ii, *g));
                        }
                        known[g_] = true;
                    }
                    InstKind::StoreGlobal { global, unbind, .. } => {
                        known[global.0 as usize] = !unbind;
                    }
                    _ => {}
                }
            }
        }
    }
    let mut sites: Vec<(usize, usize, usize, GlobalId)> = early
        .into_iter()
        .map(|(bi, ii, g)| (main, bi, ii, g))
        .chain(late)
        .collect();
    if sites.is_empty() {
        return;
    }
    // A flag global per name that needs one, set after each store of the name.
    let mut flags: Vec<Option<GlobalId>> = vec![None; n];
    for &(.., g) in &sites {
        if flags[g.0 as usize].is_none() {
            let name = format!("{}$bound", prog.globals[g.0 as usize].0);
            prog.globals.push((name, MTy::Bool));
            flags[g.0 as usize] = Some(GlobalId(prog.globals.len() as u32 - 1));
        }
    }
    sites.sort_by_key(|&(b, bi, ii, _)| (b, bi, std::cmp::Reverse(ii)));
    let classes: std::collections::HashSet<String> =
        prog.class_tables.iter().map(|t| t.name.clone()).collect();
    for (b, bi, ii, g) in sites {
        let name = prog.globals[g.0 as usize].0.clone();
        let short = name.rsplit('.').next().unwrap_or(&name);
        // A class attribute the module assigns after the class body (`Token.KINDS = […]`),
        // read before that: CPython's AttributeError of the class.
        let class_attr = name
            .rsplit_once('.')
            .filter(|(owner, _)| classes.contains(*owner));
        let (kind, text) = match class_attr {
            Some((owner, attr)) => {
                let class = crate::hir::py_name(owner);
                let text = format!("type object '{class}' has no attribute '{attr}'");
                (ExcKind::AttributeError, text)
            }
            None => (ExcKind::NameError, format!("name '{short}' is not defined")),
        };
        let msg = intern(prog, &text);
        let body = &mut prog.bodies[b];
        let inst = &body.blocks[bi].insts[ii];
        let (handler, line) = (handler(inst), inst.line);
        let flag = body.new_local(MTy::Bool, &format!("%{}", body.locals.len()));
        let flag_global = flags[g.0 as usize].expect("flag made above");
        body.blocks[bi].insts.insert(
            ii,
            assign(flag, Rvalue::LoadGlobal(flag_global), None, line),
        );
        let (flag, block) = (Operand::Local(flag), BlockId(bi as u32));
        split_test(
            body,
            Test {
                block,
                at: ii + 1,
                flag,
                kind,
                msg,
                handler,
                line,
            },
        );
    }
    for body in &mut prog.bodies {
        for block in &mut body.blocks {
            let mut out = Vec::with_capacity(block.insts.len());
            for inst in std::mem::take(&mut block.insts) {
                let (set, unbind) = match inst.kind {
                    InstKind::StoreGlobal { global, unbind, .. } => {
                        (flags[global.0 as usize], unbind)
                    }
                    _ => (None, false),
                };
                let line = inst.line;
                out.push(inst);
                if let Some(f) = set {
                    out.push(Inst {
                        kind: InstKind::StoreGlobal {
                            global: f,
                            value: Operand::Bool(!unbind),
                            release_old: false,
                            unbind: false,
                        },
                        line,
                    });
                }
            }
            block.insts = out;
        }
    }
}

/// What the functions an instruction of the module's code may run can read.
struct Runs {
    /// The globals each body reads.
    reads: Vec<Vec<bool>>,
    /// Each body's direct callees, and whether it may also run code the call graph does not
    /// show (an operation on an object whose methods the runtime calls).
    callees: Vec<Vec<usize>>,
    indirect: Vec<bool>,
    /// The globals any body reads (what running arbitrary code may read).
    any: Vec<bool>,
    /// The globals read by everything a call of each body may run, once computed.
    memo: Vec<Option<Vec<bool>>>,
}

impl Runs {
    fn new(prog: &Program) -> Runs {
        let n = prog.globals.len();
        let mut reads = vec![vec![false; n]; prog.bodies.len()];
        let mut callees = vec![vec![]; prog.bodies.len()];
        let mut indirect = vec![false; prog.bodies.len()];
        for (b, body) in prog.bodies.iter().enumerate() {
            for inst in body.blocks.iter().flat_map(|bl| &bl.insts) {
                let InstKind::Assign { rv, .. } = &inst.kind else {
                    continue;
                };
                match rv {
                    Rvalue::LoadGlobal(g) => reads[b][g.0 as usize] = true,
                    Rvalue::Call(s, _) => callees[b].push(s.0 as usize),
                    _ => {}
                }
                indirect[b] |= op_runs_code(prog, body, rv);
            }
        }
        let any = (0..n).map(|g| reads.iter().any(|r| r[g])).collect();
        let memo = vec![None; prog.bodies.len()];
        Runs {
            reads,
            callees,
            indirect,
            any,
            memo,
        }
    }

    /// The globals the code an instruction may run can read, or `None` if it runs none.
    fn reads(&mut self, prog: &Program, body: &Body, rv: &Rvalue) -> Option<Vec<bool>> {
        if op_runs_code(prog, body, rv) {
            return Some(self.any.clone());
        }
        let Rvalue::Call(s, _) = rv else {
            return None;
        };
        let start = s.0 as usize;
        if let Some(r) = &self.memo[start] {
            return Some(r.clone());
        }
        let mut seen = vec![false; self.reads.len()];
        let mut work = vec![start];
        let mut out = vec![false; self.any.len()];
        while let Some(b) = work.pop() {
            if std::mem::replace(&mut seen[b], true) {
                continue;
            }
            if self.indirect[b] {
                out = self.any.clone();
                break;
            }
            for (o, r) in out.iter_mut().zip(&self.reads[b]) {
                *o |= *r;
            }
            work.extend(&self.callees[b]);
        }
        self.memo[start] = Some(out.clone());
        Some(out)
    }
}

/// Whether an operation (not a call) may run a function of the program: one on a value whose
/// methods (`__repr__`, `__eq__`, `__hash__`, a generator's body, a function value) the
/// runtime may call.
fn op_runs_code(prog: &Program, body: &Body, rv: &Rvalue) -> bool {
    match rv {
        // Moving references around never calls a method.
        Rvalue::Op(
            Op::GetAttr(..)
            | Op::GetAttrInit(..)
            | Op::SetAttr(..)
            | Op::SetAttrInit(..)
            | Op::AttrIsSet(..)
            | Op::InstanceNew(..)
            | Op::ClassIs(_)
            | Op::ExcIsClass(_)
            | Op::ExcIsKind(_)
            | Op::IsNull
            | Op::PtrEq
            | Op::NoneOf(_)
            | Op::TupleNew(_)
            | Op::TupleGet(..)
            | Op::TupleItem(_)
            | Op::ItemSet(..)
            | Op::ListNew(_)
            | Op::ListAppend(_)
            | Op::ListGet(..)
            | Op::ListSet(..)
            | Op::ListLen
            | Op::ListPop(_)
            | Op::FuncNew(_)
            | Op::GenNew(_)
            | Op::CellNew
            | Op::CellGet(_)
            | Op::CellSet(_)
            | Op::ExcMatches(_)
            | Op::ExcMatchesClass(_)
            | Op::ExcTake,
            _,
        ) => false,
        Rvalue::Op(_, args) => args.iter().any(|a| match a {
            Operand::Local(l) => holds_code(prog, body.ty(*l), 0),
            _ => false,
        }),
        Rvalue::Call(..) | Rvalue::Use(_) | Rvalue::LoadGlobal(_) => false,
    }
}

/// Whether a value of type `t` may hold an object with methods of the program (an instance,
/// an exception, a function, a generator, a dynamic value, or a container of one).
fn holds_code(prog: &Program, t: MTy, depth: u32) -> bool {
    if t.holds_no_object() {
        return false;
    }
    if depth > 8 {
        return true;
    }
    let inner = |t: MTy| holds_code(prog, t, depth + 1);
    match t {
        MTy::List(l) | MTy::Set(l) | MTy::TupleOf(l) => inner(prog.list_elems[l.0 as usize]),
        MTy::Tuple(t) => prog.tuple_items[t.0 as usize].iter().any(|t| inner(*t)),
        MTy::Dict(d) => {
            let (k, v) = prog.dict_types[d.0 as usize];
            inner(k) || inner(v)
        }
        MTy::OptPtr(o) => inner(prog.opt_inner[o.0 as usize]),
        // An instance, an exception, a function, a generator, a cell, a dynamic value.
        _ => true,
    }
}
