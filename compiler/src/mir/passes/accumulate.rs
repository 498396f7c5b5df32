//! Accumulate: a function that returns its own call's result plus something (`return fib(n - 1)
//! + fib(n - 2)`, `return 1 + length(node.next)`) loops instead of making that last call.
//!
//! Int addition is exact, associative and commutative, so `return a + f(x)` (where `a` was
//! computed before the call) can add `a` into an accumulator, set the parameters to `x` and
//! start the body again; every other `return v` returns `acc + v`. This is the accumulator
//! recursion elimination of C compilers; it halves the calls of `fib` and turns linear
//! recursions into loops.
//!
//! What Python can observe stays the same:
//! - every evaluation happens in the same order (the call was the last thing evaluated before
//!   the addition, and adding ints has no effects);
//! - each loop-back is a frame CPython would have entered: `Op::Reenter` counts it into the
//!   frame depth, so RecursionError comes at exactly the same call, and the calls it makes
//!   pass the deeper depth on;
//! - an exception leaving the function adds one traceback entry per loop-back at the line of
//!   the call (codegen, from [`Body::reenter_line`]), so the traceback lists the frames
//!   CPython's does.
//!
//! Only bodies without `try` (an exception caught in a later iteration would otherwise see
//! the frames of earlier ones as gone), closures' cells or generators are rewritten, and only
//! call sites on one line (the traceback entries name that line).

use crate::mir::*;

pub fn run(body: &mut Body, main: SpecId) {
    if body.spec == main || body.resume || body.ret != MTy::Int || !plain(body) {
        return;
    }
    let sites = sites(body);
    let Some(&(_, line)) = sites.first() else {
        return;
    };
    let sites: Vec<BlockId> = sites
        .into_iter()
        .filter(|&(_, l)| l == line)
        .map(|(b, _)| b)
        .collect();

    // The loop-backs go to a header holding what bb0 held. bb0 sets `acc = 0` and runs the
    // header's instructions itself, and a return the first pass reaches straight from there
    // returns its value as it is (acc is 0): then the base case of a call, most calls of
    // `fib`, is a test and a return, which LLVM compiles without saving registers.
    let header = body.new_block();
    body.blocks.swap(0, header.0 as usize);
    for block in &mut body.blocks {
        block
            .term
            .map_targets(|b| if b == BlockId(0) { header } else { b });
    }
    let sites: Vec<BlockId> = sites
        .into_iter()
        .map(|b| if b == BlockId(0) { header } else { b })
        .collect();
    let acc = body.new_local(MTy::Int, "%acc");
    let mut entry = body.blocks[header.0 as usize].clone();
    entry.insts.insert(
        0,
        Inst::assign(acc, Rvalue::Use(Operand::Int(0)), body.line),
    );
    let mut first_returns = vec![];
    let mut targets = vec![];
    entry.term.map_targets(|b| {
        targets.push(b);
        b
    });
    for t in targets {
        let block = &body.blocks[t.0 as usize];
        if matches!(block.term, Terminator::Return(_)) && !sites.contains(&t) {
            let copy = block.clone();
            let c = body.new_block();
            *body.block(c) = copy;
            first_returns.push((t, c));
        }
    }
    entry.term.map_targets(|b| {
        first_returns
            .iter()
            .find(|(t, _)| *t == b)
            .map_or(b, |(_, c)| *c)
    });
    body.blocks[0] = entry;
    let plain_returns: Vec<BlockId> = first_returns.iter().map(|(_, c)| *c).collect();

    for b in 0..body.blocks.len() {
        let bid = BlockId(b as u32);
        if plain_returns.contains(&bid) {
            continue;
        }
        if sites.contains(&bid) {
            rewrite_site(body, bid, acc, header);
        } else if let Terminator::Return(v) = body.blocks[b].term.clone() {
            // `return v` → `return acc + v`.
            let line = body.blocks[b].insts.last().map_or(body.line, |i| i.line);
            let sum = body.new_local(MTy::Int, "%sum");
            let add = Rvalue::Op(Op::IntAdd, vec![Operand::Local(acc), v]);
            body.blocks[b].insts.push(Inst::assign(sum, add, line));
            body.blocks[b].term = Terminator::Return(Operand::Local(sum));
        }
    }
    body.reenter_line = Some(line);
}

/// No `try`, no cells, every local a plain value.
fn plain(body: &Body) -> bool {
    let no_handlers = body.blocks.iter().all(|b| {
        !matches!(b.term, Terminator::Caught { .. })
            && b.insts.iter().all(|i| {
                !matches!(
                    i.kind,
                    InstKind::Assign {
                        handler: Some(_),
                        ..
                    }
                )
            })
    });
    no_handlers && body.locals.iter().all(|l| l.ty != MTy::Cell)
}

/// The blocks ending in `r = self(args); s = int_add(a, r); return s` (or `int_add(r, a)`),
/// with `r` and `s` used nowhere else, and the call's line.
fn sites(body: &Body) -> Vec<(BlockId, u32)> {
    let mut uses = vec![0u32; body.locals.len()];
    let mut count = |o: &Operand| {
        if let Operand::Local(l) = o {
            uses[l.0 as usize] += 1;
        }
    };
    for block in &body.blocks {
        for inst in &block.insts {
            match &inst.kind {
                InstKind::Assign { rv, .. } => match rv {
                    Rvalue::Use(o) => count(o),
                    Rvalue::Op(_, args) | Rvalue::Call(_, args) => args.iter().for_each(&mut count),
                    Rvalue::LoadGlobal(_) => {}
                },
                InstKind::StoreGlobal { value, .. } => count(value),
                InstKind::Incref(l) | InstKind::Decref(l) => count(&Operand::Local(*l)),
            }
        }
        match &block.term {
            Terminator::Branch(c, ..) => count(c),
            Terminator::Return(v) => count(v),
            _ => {}
        }
    }
    let mut out = vec![];
    for (b, block) in body.blocks.iter().enumerate() {
        let Terminator::Return(Operand::Local(s)) = block.term else {
            continue;
        };
        let [.., call, add] = &block.insts[..] else {
            continue;
        };
        let InstKind::Assign {
            dst: r,
            rv: Rvalue::Call(callee, _),
            handler: None,
            ..
        } = &call.kind
        else {
            continue;
        };
        let InstKind::Assign {
            dst,
            rv: Rvalue::Op(Op::IntAdd, args),
            handler: None,
            ..
        } = &add.kind
        else {
            continue;
        };
        let r_op = Operand::Local(*r);
        let once = |l: Local| uses[l.0 as usize] == 1 && !body.params.contains(&l);
        if *callee == body.spec
            && *dst == s
            && args.iter().filter(|a| **a == r_op).count() == 1
            && once(*r)
            && once(s)
        {
            out.push((BlockId(b as u32), call.line));
        }
    }
    out
}

/// `r = self(args); s = a + r; return s` → `acc = acc + a; params = args; reenter; goto
/// header`.
fn rewrite_site(body: &mut Body, b: BlockId, acc: Local, header: BlockId) {
    let mut insts = std::mem::take(&mut body.block(b).insts);
    let add = insts.pop().expect("site has an add");
    let call = insts.pop().expect("site has a call");
    let (
        InstKind::Assign {
            rv: Rvalue::Call(_, args),
            dst: r,
            ..
        },
        InstKind::Assign {
            rv: Rvalue::Op(_, sum),
            ..
        },
    ) = (call.kind, add.kind)
    else {
        unreachable!("checked by sites()")
    };
    let line = call.line;
    let other = sum
        .into_iter()
        .find(|o| *o != Operand::Local(r))
        .expect("the add has another operand");
    insts.push(Inst::assign(
        acc,
        Rvalue::Op(Op::IntAdd, vec![Operand::Local(acc), other]),
        line,
    ));
    // Parameters take the arguments at once (an argument may be another parameter).
    let params = body.params.clone();
    let temps: Vec<Local> = params
        .iter()
        .map(|p| {
            let ty = body.ty(*p);
            body.new_local(ty, "%arg")
        })
        .collect();
    for (t, a) in temps.iter().zip(args) {
        insts.push(Inst::assign(*t, Rvalue::Use(a), line));
    }
    for (p, t) in params.iter().zip(&temps) {
        insts.push(Inst::assign(*p, Rvalue::Use(Operand::Local(*t)), line));
    }
    let done = body.new_local(MTy::None, "%reenter");
    insts.push(Inst::assign(done, Rvalue::Op(Op::Reenter, vec![]), line));
    body.block(b).insts = insts;
    body.block(b).term = Terminator::Goto(header);
}
