//! Speculate: a fast version of each body that does int arithmetic on small ints only.
//!
//! An int is a tagged word: small, or a pointer to a big int. Where the ranges pass cannot
//! prove an int small (a parameter, a value read from a list, `n = 3 * n + 1`), every
//! operation tests both tags, joins the runtime's slow path, and releases the old value of its
//! destination, which may be a big int. Real programs almost never leave the small range, so
//! this pass versions the body: the original blocks stay as the *exact* version, and a copy
//! becomes the *fast* version, in which a chosen set of int locals (the speculated ones) is
//! known to hold small ints at every point:
//!
//! - on entry, a speculated parameter that is not small sends the call to the exact version;
//! - an operation on speculated operands takes its `Spec*` form (no tag test, no slow path, no
//!   reference counting) and, when the machine arithmetic overflows, goes to a block that redoes
//!   it exactly and continues in the exact version — the values are the same words in both
//!   versions, so nothing is converted;
//! - any other assignment to a speculated local (a call's result, a list item, a copy of an
//!   unspeculated local) is followed by a tag test that continues in the exact version when the
//!   value is big;
//! - comparisons and conversions to float of speculated operands are machine instructions, and
//!   increfs and decrefs of speculated locals disappear.
//!
//! So a program computes in machine words until a value really grows, then continues exactly,
//! with the result CPython gives. The exact version is entered only through a failed guard or
//! overflow, both weighted as unlikely, so LLVM lays it out cold. A body is versioned only when
//! it pays: some operation gets a fast form, and in a large body one instruction in
//! twelve does (the copy costs compile time). Generators' resume functions are not
//! versioned.

use crate::hir::CmpOp;
use crate::mir::*;
use natrix_abi::{SMALL_INT_MAX, SMALL_INT_MIN};

/// Bodies larger than this stay as they are (the copy doubles the code).
const MAX_BLOCKS: usize = 2000;

/// A body of more instructions than this is versioned only when at least one instruction in
/// `DENSITY` gets a fast form, an operation inside a loop counting [`IN_LOOP`] times (an
/// interpreter's dispatch loop runs its few int operations millions of times).
const SMALL_BODY: usize = 60;
const DENSITY: usize = 12;
const IN_LOOP: usize = 8;

/// A versioned body with at most this many instructions (before versioning) and no call of
/// itself is inlined everywhere: small helpers like `eval_a(i, j)` in an inner loop would be
/// inlined by LLVM if the exact version did not double their size.
const INLINE_INSTS: usize = 32;

/// The speculative form of an int operation, and whether it can still fail.
fn fast_form(op: Op) -> Option<(Op, bool)> {
    Some(match op {
        Op::IntAdd => (Op::SpecIntAdd, true),
        Op::IntSub => (Op::SpecIntSub, true),
        Op::IntMul => (Op::SpecIntMul, true),
        Op::IntNeg => (Op::SpecIntNeg, true),
        Op::IntFloorDiv => (Op::SpecIntFloorDiv, true),
        Op::IntMod => (Op::SpecIntMod, true),
        Op::IntCmp(c) => (Op::SmallIntCmp(c), false),
        Op::IntToFloat => (Op::SmallIntToFloat, false),
        _ => return None,
    })
}

/// Operations whose int result is always small.
fn small_result(op: Op) -> bool {
    op.is_spec_int()
        || matches!(
            op,
            Op::SmallIntAdd
                | Op::SmallIntSub
                | Op::SmallIntMul
                | Op::SmallIntNeg
                | Op::SmallIntFloorDiv
                | Op::SmallIntMod
                | Op::BoolToInt
                | Op::NoneOf(MTy::Int)
        )
}

/// Whether `o` holds a small int at every point of the fast version: a speculated local, one
/// the ranges pass proved small, or a small constant.
fn known_small(body: &Body, spec: &[bool], o: &Operand) -> bool {
    match o {
        Operand::Local(l) => spec[l.0 as usize] || body.locals[l.0 as usize].small,
        Operand::Int(c) => (SMALL_INT_MIN..=SMALL_INT_MAX).contains(c),
        _ => false,
    }
}

struct Versioner<'a> {
    body: &'a mut Body,
    /// The speculated locals.
    spec: Vec<bool>,
    /// The number of blocks of the exact version; block `b` of it is `n + b` in the fast one.
    n: u32,
    /// The bool local the guards test.
    flag: Local,
}

impl Versioner<'_> {
    fn fast(&self, b: BlockId) -> BlockId {
        BlockId(b.0 + self.n)
    }

    /// Known to be small at every point of the fast version.
    fn small(&self, o: &Operand) -> bool {
        known_small(self.body, &self.spec, o)
    }

    fn guard(&self, l: Local, line: u32) -> Inst {
        Inst {
            kind: InstKind::Assign {
                dst: self.flag,
                rv: Rvalue::Op(Op::IntIsSmall, vec![Operand::Local(l)]),
                release_old: false,
                handler: None,
            },
            line,
        }
    }

    fn push(&mut self, insts: Vec<Inst>, term: Terminator) -> BlockId {
        self.body.blocks.push(Block { insts, term });
        BlockId(self.body.blocks.len() as u32 - 1)
    }

    /// Writes the fast version of exact block `b` (and the blocks it needs) into `n + b`.
    fn version(&mut self, b: usize) {
        let orig = self.body.blocks[b].clone();
        let last = orig.insts.len().wrapping_sub(1);
        let mut cur = self.fast(BlockId(b as u32));
        let mut insts = vec![];
        let mut term = orig.term.clone();
        term.map_targets(|t| self.fast(t));
        for (k, inst) in orig.insts.iter().enumerate() {
            let exact = inst.clone();
            let mut inst = inst.clone();
            match &mut inst.kind {
                InstKind::Incref(l) | InstKind::Decref(l) if self.spec[l.0 as usize] => continue,
                InstKind::Assign {
                    dst,
                    rv,
                    release_old,
                    handler,
                } => {
                    let dst = *dst;
                    // The old value of a speculated local is small: nothing to release.
                    if self.spec[dst.0 as usize] {
                        *release_old = false;
                    }
                    if let Some(h) = handler {
                        *h = self.fast(*h);
                    }
                    let checked = k == last
                        && matches!(orig.term, Terminator::CheckError { value, .. } if value == dst);
                    let mut small_value = match rv {
                        Rvalue::Use(o) => self.small(o),
                        Rvalue::Op(op, _) => small_result(*op),
                        _ => false,
                    };
                    if let Rvalue::Op(op, args) = rv {
                        if let Some((form, can_fail)) = fast_form(*op) {
                            let word_eq = matches!(op, Op::IntCmp(CmpOp::Eq | CmpOp::Ne))
                                && args.iter().any(|a| self.small(a));
                            if (word_eq || args.iter().all(|a| self.small(a)))
                                && (checked || !can_fail)
                            {
                                *op = form;
                                small_value = true;
                                if let (true, Terminator::CheckError { ok, err, .. }) =
                                    (checked, &orig.term)
                                {
                                    // The check no longer raises: it leads to the exact redo,
                                    // or (for a form that cannot fail) is gone.
                                    let (ok, err) = (*ok, *err);
                                    term = if can_fail {
                                        let redo = self.push(
                                            vec![exact],
                                            Terminator::CheckError {
                                                value: dst,
                                                ok,
                                                err,
                                            },
                                        );
                                        Terminator::CheckError {
                                            value: dst,
                                            ok: self.fast(ok),
                                            err: redo,
                                        }
                                    } else {
                                        Terminator::Goto(self.fast(ok))
                                    };
                                }
                            }
                        }
                    }
                    let line = inst.line;
                    insts.push(inst);
                    if !self.spec[dst.0 as usize] || small_value {
                        continue;
                    }
                    // A value that may be big enters a speculated local: test it.
                    if checked {
                        if let Terminator::CheckError { ok, err, .. } = orig.term {
                            let test = self.push(
                                vec![self.guard(dst, line)],
                                Terminator::Branch(Operand::Local(self.flag), self.fast(ok), ok),
                            );
                            term = Terminator::CheckError {
                                value: dst,
                                ok: test,
                                err: self.fast(err),
                            };
                        }
                    } else {
                        let exact_rest = self.push(orig.insts[k + 1..].to_vec(), orig.term.clone());
                        let next = self.push(vec![], Terminator::Unreachable);
                        insts.push(self.guard(dst, line));
                        self.body.blocks[cur.0 as usize] = Block {
                            insts: std::mem::take(&mut insts),
                            term: Terminator::Branch(Operand::Local(self.flag), next, exact_rest),
                        };
                        cur = next;
                    }
                }
                InstKind::Incref(_) | InstKind::Decref(_) | InstKind::StoreGlobal { .. } => {
                    insts.push(inst)
                }
            }
        }
        self.body.blocks[cur.0 as usize] = Block { insts, term };
    }
}

/// Versions one body; whether it did.
pub fn run(body: &mut Body) -> bool {
    if body.resume || body.blocks.len() > MAX_BLOCKS {
        return false;
    }
    // Speculate on the int locals that are operands of an operation with a fast form and
    // are either computed (a parameter, a constant, arithmetic: values that stay small from one
    // operation to the next) or used by several such operations. A value only ever read from
    // elsewhere and used once (`fib(n - 1) + fib(n - 2)`) would trade one tag test for one
    // guard and double the code for nothing.
    let int_local = |l: &Local| {
        let d = &body.locals[l.0 as usize];
        d.ty == MTy::Int && !d.small
    };
    let mut uses = vec![0u32; body.locals.len()];
    let mut computed = vec![false; body.locals.len()];
    for p in &body.params {
        computed[p.0 as usize] = true;
    }
    for block in &body.blocks {
        for inst in &block.insts {
            let InstKind::Assign { dst, rv, .. } = &inst.kind else {
                continue;
            };
            match rv {
                Rvalue::Op(op, args) if fast_form(*op).is_some() => {
                    for a in args {
                        if let Operand::Local(l) = a {
                            uses[l.0 as usize] += 1;
                        }
                    }
                    computed[dst.0 as usize] = true;
                }
                // `==`/`!=` with a small side already compares words, but a speculated
                // operand also needs no reference counting (`op == PUSH` on an opcode read
                // from a tuple).
                Rvalue::Op(Op::SmallIntCmp(_), args) => {
                    for a in args {
                        if let Operand::Local(l) = a {
                            uses[l.0 as usize] += 1;
                        }
                    }
                }
                Rvalue::Use(Operand::Int(_)) => computed[dst.0 as usize] = true,
                _ => {}
            }
        }
    }
    // And on the values in transit between containers (`stack.append(variables[arg])`,
    // `variables[arg] = stack.pop()`): a guard where the value is read replaces the reference
    // counting of the read, the release of the old value and the write's own test.
    let mut stored = vec![false; body.locals.len()];
    for block in &body.blocks {
        for inst in &block.insts {
            if let InstKind::Assign {
                rv: Rvalue::Op(Op::ListAppend(MTy::Int) | Op::ListSet(MTy::Int, _), args),
                ..
            } = &inst.kind
            {
                if let Some(Operand::Local(l)) = args.last() {
                    stored[l.0 as usize] = true;
                }
            }
        }
    }
    let mut spec: Vec<bool> = (0..body.locals.len())
        .map(|i| {
            int_local(&Local(i as u32))
                && ((uses[i] >= 1 && (computed[i] || uses[i] >= 2)) || stored[i])
        })
        .collect();
    // And on a value used once beside speculated operands (`stack.pop() + b`): its guard
    // replaces the operation's tag test, and the operation gets its fast form.
    for block in &body.blocks {
        for inst in &block.insts {
            if let InstKind::Assign {
                rv: Rvalue::Op(op, args),
                ..
            } = &inst.kind
            {
                if fast_form(*op).is_none() {
                    continue;
                }
                let is_spec = |o: &Operand| matches!(o, Operand::Local(l) if spec[l.0 as usize]);
                if args.iter().any(is_spec) && !args.iter().all(|a| known_small(body, &spec, a)) {
                    for a in args {
                        if let Operand::Local(l) = a {
                            spec[l.0 as usize] |= int_local(l);
                        }
                    }
                }
            }
        }
    }
    // And on the int locals copied into them, so that copies need no guard.
    let mut grew = true;
    while grew {
        grew = false;
        for block in &body.blocks {
            for inst in &block.insts {
                if let InstKind::Assign {
                    dst,
                    rv: Rvalue::Use(Operand::Local(l)),
                    ..
                } = &inst.kind
                {
                    let decl = &body.locals[l.0 as usize];
                    if spec[dst.0 as usize]
                        && !spec[l.0 as usize]
                        && decl.ty == MTy::Int
                        && !decl.small
                    {
                        spec[l.0 as usize] = true;
                        grew = true;
                    }
                }
            }
        }
    }
    // And on the int locals computed only by operations that get a fast form (`x = a + b`
    // of speculated operands, then appended to a list): such a local holds the fast form's
    // small result, so it needs no guard, and its reference counting disappears.
    let mut only_fast = vec![true; body.locals.len()];
    let mut defined = vec![false; body.locals.len()];
    for p in &body.params {
        only_fast[p.0 as usize] = false;
    }
    let mut grew = true;
    while grew {
        grew = false;
        for block in &body.blocks {
            for inst in &block.insts {
                let InstKind::Assign { dst, rv, .. } = &inst.kind else {
                    continue;
                };
                let d = dst.0 as usize;
                defined[d] = true;
                let fast = matches!(rv, Rvalue::Op(op, args)
                    if matches!(op, Op::IntAdd | Op::IntSub | Op::IntMul | Op::IntNeg
                        | Op::IntFloorDiv | Op::IntMod)
                        && args.iter().all(|a| known_small(body, &spec, a)));
                if !fast {
                    only_fast[d] = false;
                }
            }
        }
        for l in 0..body.locals.len() {
            if only_fast[l] && defined[l] && !spec[l] && int_local(&Local(l as u32)) {
                spec[l] = true;
                grew = true;
            }
        }
    }
    // Worth it when operations get a fast form: at least one, and in a large body at least
    // one instruction in [`DENSITY`], those in loops weighing more (the copy costs compile
    // time in proportion to the body).
    let small = |o: &Operand| known_small(body, &spec, o);
    let in_loop = super::bounds::loop_blocks(body);
    let fast_ops: usize = body
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| {
            let n = block
                .insts
                .iter()
                .filter(|i| {
                    matches!(&i.kind, InstKind::Assign { rv: Rvalue::Op(op, args), .. }
                        if fast_form(*op).is_some()
                            && args.iter().all(small)
                            && args.iter().any(|a| matches!(a, Operand::Local(l) if spec[l.0 as usize])))
                })
                .count();
            if in_loop[b] {
                n * IN_LOOP
            } else {
                n
            }
        })
        .sum();
    let size: usize = body.blocks.iter().map(|b| b.insts.len()).sum();
    if fast_ops == 0 || (size > SMALL_BODY && fast_ops * DENSITY < size) {
        return false;
    }
    let n = body.blocks.len() as u32;
    let recursive = body.blocks.iter().any(|b| {
        b.insts.iter().any(|i| {
            matches!(&i.kind, InstKind::Assign { rv: Rvalue::Call(s, _), .. } if *s == body.spec)
        })
    });
    body.inline = size <= INLINE_INSTS && !recursive;
    let flag = body.new_local(MTy::Bool, "%small");
    body.guard = Some(flag);
    body.blocks.extend((0..n).map(|_| Block {
        insts: vec![],
        term: Terminator::Unreachable,
    }));
    body.speculated = spec.clone();
    let mut v = Versioner {
        body,
        spec,
        n,
        flag,
    };
    for b in 0..n as usize {
        v.version(b);
    }
    // The entry (block 0) becomes the guards on the speculated parameters; the exact
    // version's entry moves to a new block.
    let exact_entry = BlockId(v.body.blocks.len() as u32);
    let entry = v.body.blocks[0].clone();
    v.body.blocks.push(entry);
    for block in &mut v.body.blocks {
        block
            .term
            .map_targets(|t| if t.0 == 0 { exact_entry } else { t });
        for inst in &mut block.insts {
            if let InstKind::Assign {
                handler: Some(h), ..
            } = &mut inst.kind
            {
                if h.0 == 0 {
                    *h = exact_entry;
                }
            }
        }
    }
    let params: Vec<Local> = v
        .body
        .params
        .iter()
        .copied()
        .filter(|p| v.spec[p.0 as usize])
        .collect();
    let line = v.body.line;
    let mut next = v.fast(BlockId(0));
    for p in params.into_iter().rev() {
        next = v.push(
            vec![v.guard(p, line)],
            Terminator::Branch(Operand::Local(flag), next, exact_entry),
        );
    }
    v.body.blocks[0] = Block {
        insts: vec![],
        term: Terminator::Goto(next),
    };
    true
}
