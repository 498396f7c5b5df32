//! Bounded memory: `tests/memory/cycles.py` makes 2.75 million objects that only reference
//! cycles keep alive (trees with parent links, doubly linked rings, self-references). Compiled
//! by natrix, it must print what CPython prints and stay under [`PEAK_RSS_LIMIT_KB`] of peak
//! resident memory (about 17 MB measured; without the cycle collector it needs over 200 MB),
//! and leave no object alive at exit (the runtime's leak check).

use std::path::Path;
use std::process::{Command, Stdio};

/// The bound on the program's peak resident set size, in KiB.
const PEAK_RSS_LIMIT_KB: i64 = 64 * 1024;

/// Runs `exe` and returns its stdout, exit status and peak RSS in KiB (from `wait4`).
fn run_measured(exe: &Path) -> (String, i32, i64) {
    let child = Command::new(exe)
        .env("NATRIX_CHECK_LEAKS", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run the compiled program");
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).expect("read stdout");
        s
    });
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in; `pid` is our child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    let out = reader.join().expect("stdout reader");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (out, code, usage.ru_maxrss)
}

#[test]
fn cyclic_garbage_runs_in_bounded_memory() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let src = root.join("tests/memory/cycles.py");
    let exe = std::env::temp_dir().join(format!("natrix-cycles-{}", std::process::id()));
    let build = Command::new(env!("CARGO_BIN_EXE_natrix"))
        .arg("build")
        .arg(&src)
        .arg("-O")
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("run natrix");
    assert!(
        build.status.success(),
        "natrix build failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let (out, code, peak_kb) = run_measured(&exe);
    let _ = std::fs::remove_file(&exe);
    assert_eq!(code, 0, "the program failed (or leaked: see stderr)");
    assert_eq!(out, "2750000 objects in cycles made; 4000000\n");
    assert!(
        peak_kb < PEAK_RSS_LIMIT_KB,
        "peak RSS {peak_kb} KiB is over the bound of {PEAK_RSS_LIMIT_KB} KiB"
    );
    eprintln!("cycles.py: peak RSS {peak_kb} KiB");
}
