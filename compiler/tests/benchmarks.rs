//! Benchmarks are not tests, but CI checks that each benchmark natrix compiles still prints
//! CPython's checksum at the small size (`benchmarks/check`). Skipped without `python3`.

use std::path::Path;
use std::process::Command;

#[test]
fn benchmarks_print_cpythons_checksums() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not found: benchmark check skipped");
        return;
    }
    let out = Command::new("python3")
        .arg(root.join("benchmarks/check"))
        .env("NATRIX", env!("CARGO_BIN_EXE_natrix"))
        .output()
        .expect("runs python3");
    assert!(
        out.status.success(),
        "benchmarks/check failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
