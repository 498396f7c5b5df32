//! Control flow the resolver decides: whether a block can fall off its end (a function that
//! cannot returns no `None`), and whether a loop body breaks out of its loop.

use super::*;

/// Whether control can never fall off the end of `stmts`.
pub fn terminates(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise(..) => true,
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

/// Whether a loop body contains a `break` that leaves this loop (not one of an inner loop).
pub(super) fn breaks(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If(_, a, b) => breaks(a) || breaks(b),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            breaks(body)
                || handlers.iter().any(|h| breaks(&h.body))
                || breaks(orelse)
                || breaks(finalbody)
        }
        _ => false,
    })
}
