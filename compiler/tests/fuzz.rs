//! A small fixed batch of random programs (`tests/fuzz/gen.py`, seeds 0..40), compiled by natrix
//! and diffed against CPython by `tests/fuzz/run.py`. Large fresh batches are run by hand (see
//! `tests/fuzz/README.md`). Skipped when `python3` is not installed: CPython is the oracle.

use std::path::Path;
use std::process::Command;

#[test]
fn random_programs_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not found: fuzz batch skipped");
        return;
    }
    let out = Command::new("python3")
        .arg(root.join("tests/fuzz/run.py"))
        .args([
            "--natrix",
            env!("CARGO_BIN_EXE_natrix"),
            "--seeds",
            "0:40",
            "-j",
            "2",
            "--strict",
        ])
        .output()
        .expect("runs python3");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "fuzz batch failed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
