//! The textual form of MIR, for `--emit mir` and the snapshots.

use super::*;
use std::fmt::Write;

pub fn print_program(prog: &Program) -> String {
    let mut out = String::new();
    for (i, (name, ty)) in prog.globals.iter().enumerate() {
        let _ = writeln!(out, "global g{i} {name}: {}", ty.name());
    }
    for (i, s) in prog.strings.iter().enumerate() {
        let _ = writeln!(out, "str s{i} = {s:?}");
    }
    for body in &prog.bodies {
        out.push('\n');
        print_body(&mut out, body, prog);
    }
    out
}

fn operand(prog: &Program, o: &Operand) -> String {
    match o {
        Operand::Local(l) => format!("_{}", l.0),
        Operand::Int(i) => i.to_string(),
        Operand::Float(f) => format!("{f:?}"),
        Operand::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Operand::None => "None".into(),
        Operand::Str(s) => {
            format!(
                "s{s}{:?}",
                prog.strings
                    .get(*s as usize)
                    .map(|s| s.as_str())
                    .unwrap_or("?")
            )
            .replacen('"', "(\"", 1)
                + ")"
        }
    }
}

fn args(prog: &Program, a: &[Operand]) -> String {
    a.iter()
        .map(|o| operand(prog, o))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_body(out: &mut String, body: &Body, prog: &Program) {
    let params: Vec<String> = body.params.iter().map(|p| format!("_{}", p.0)).collect();
    let _ = writeln!(
        out,
        "fn {}({}) -> {} {{",
        body.name,
        params.join(", "),
        body.ret.name()
    );
    for (i, l) in body.locals.iter().enumerate() {
        let owned = if l.owned {
            " owned"
        } else if l.borrowed {
            " borrowed"
        } else {
            ""
        };
        let _ = writeln!(out, "    let _{i}: {}{owned}  // {}", l.ty.name(), l.name);
    }
    for (i, block) in body.blocks.iter().enumerate() {
        // Blocks nothing jumps to (left behind after a `return` or `break`) are not shown.
        if i != 0 && !is_target(body, BlockId(i as u32)) {
            continue;
        }
        let _ = writeln!(out, "  bb{i}:");
        for inst in &block.insts {
            let text = match &inst.kind {
                InstKind::Assign {
                    dst,
                    rv,
                    release_old,
                    ..
                } => {
                    let r = match rv {
                        Rvalue::Use(o) => operand(prog, o),
                        Rvalue::Op(op, a) => format!("{}({})", op.name(), args(prog, a)),
                        Rvalue::Call(s, a) => {
                            format!("call {}({})", prog.bodies[s.0 as usize].name, args(prog, a))
                        }
                        Rvalue::LoadGlobal(g) => format!("load g{}", g.0),
                    };
                    let rel = if *release_old { " (release old)" } else { "" };
                    format!("_{} = {r}{rel}", dst.0)
                }
                InstKind::StoreGlobal {
                    global,
                    value,
                    release_old,
                    unbind,
                } => {
                    let rel = if *release_old { " (release old)" } else { "" };
                    let del = if *unbind { " (unbind)" } else { "" };
                    format!("store g{} = {}{rel}{del}", global.0, operand(prog, value))
                }
                InstKind::Incref(l) => format!("incref _{}", l.0),
                InstKind::Decref(l) => format!("decref _{}", l.0),
            };
            let _ = writeln!(out, "    {text}    @{}", inst.line);
        }
        let term = match &block.term {
            Terminator::Goto(b) => format!("goto bb{}", b.0),
            Terminator::Branch(c, a, b) => {
                format!("if {} then bb{} else bb{}", operand(prog, c), a.0, b.0)
            }
            Terminator::Return(v) => format!("return {}", operand(prog, v)),
            Terminator::CheckError { value, ok, err } => {
                format!("check _{} ok bb{} err bb{}", value.0, ok.0, err.0)
            }
            Terminator::Propagate {
                line,
                cleanup: None,
            } => format!("propagate @{line}"),
            Terminator::Propagate {
                line,
                cleanup: Some(c),
            } => format!("propagate @{line} via bb{}", c.0),
            Terminator::Leave => "leave".into(),
            Terminator::Caught { line, handler } => format!("caught @{line} goto bb{}", handler.0),
            Terminator::Unreachable => "unreachable".into(),
        };
        let _ = writeln!(out, "    {term}");
    }
    out.push_str("}\n");
}

pub fn is_target(body: &Body, b: BlockId) -> bool {
    body.blocks.iter().any(|blk| match &blk.term {
        Terminator::Goto(t) | Terminator::Caught { handler: t, .. } => *t == b,
        Terminator::Branch(_, x, y) => *x == b || *y == b,
        Terminator::CheckError { ok, err, .. } => *ok == b || *err == b,
        Terminator::Propagate {
            cleanup: Some(c), ..
        } => *c == b,
        _ => false,
    })
}
