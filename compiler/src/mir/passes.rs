//! The MIR passes, in their fixed order. Each pass is one module; [`run`] applies them all and
//! verifies the body after each one.

pub mod exceptions;
pub mod ranges;
pub mod refcount;

use super::Program;

/// The names of the passes, in order, for `--emit mir --after PASS`.
pub const PASSES: &[&str] = &["build", "ranges", "exceptions", "refcount"];

/// Runs the passes up to and including `last` (all of them when `None`).
pub fn run(prog: &mut Program, last: Option<&str>) {
    if last == Some("build") {
        return;
    }
    ranges::run(prog);
    super::verify::verify_program(prog);
    if last == Some("ranges") {
        return;
    }
    for body in &mut prog.bodies {
        exceptions::run(body);
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
}
