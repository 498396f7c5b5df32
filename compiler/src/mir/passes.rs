//! The MIR passes, in their fixed order. Each pass is one module; [`run`] applies them all and
//! verifies the body after each one.

pub mod exceptions;
pub mod ranges;
pub mod refcount;
pub mod speculate;

use super::Program;

/// The names of the passes, in order, for `--emit mir --after PASS`.
pub const PASSES: &[&str] = &["build", "ranges", "exceptions", "refcount", "speculate"];

/// Measurement modes, which compile something that is not Python to show what a guarantee
/// costs (`benchmarks/exactness`): all off for every real build.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unchecked {
    /// Every int a wrapping machine word: no overflow checks, no big ints.
    pub ints: bool,
    /// No error checks after fallible operations: an exception goes unnoticed.
    pub errors: bool,
}

/// Runs the passes up to and including `last` (all of them when `None`).
pub fn run(prog: &mut Program, last: Option<&str>, unchecked: Unchecked) {
    if last == Some("build") {
        return;
    }
    ranges::run(prog, unchecked.ints);
    super::verify::verify_program(prog);
    if last == Some("ranges") {
        return;
    }
    for body in &mut prog.bodies {
        exceptions::run(body);
        if unchecked.errors {
            for block in &mut body.blocks {
                if let super::Terminator::CheckError { ok, .. } = block.term {
                    block.term = super::Terminator::Goto(ok);
                }
            }
        }
    }
    super::verify::verify_program(prog);
    if last == Some("exceptions") {
        return;
    }
    let mut stats = super::Stats::default();
    for body in &mut prog.bodies {
        refcount::run(body, &mut stats);
    }
    prog.stats = stats;
    super::verify::verify_program(prog);
    if last == Some("refcount") || unchecked.ints {
        return;
    }
    for body in &mut prog.bodies {
        speculate::run(body);
    }
    super::verify::verify_program(prog);
}
