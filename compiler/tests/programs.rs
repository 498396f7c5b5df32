//! End-to-end tests: every program in `tests/programs/` is compiled by natrix and run, with
//! `<name>.stdin` (if present) as its standard input; its stdout, exit status and last stderr
//! line must equal the expectations recorded from CPython (`<name>.stdout`, `<name>.exit`);
//! where `<name>.stderr` exists, so must the whole traceback (without the source lines CPython
//! prints under each entry, which natrix does not).
//! When `python3` is on PATH, the expectations themselves are re-checked against CPython, so
//! they can never drift from the oracle. Every program also runs with the runtime's leak check
//! on.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

struct Outcome {
    stdout: Vec<u8>,
    status: i32,
    last_stderr: String,
    /// All of stderr without the lines indented by four spaces (source lines and carets).
    frames: String,
}

/// Runs `cmd` (whose current directory is `dir`); the traceback it prints names files relative
/// to `dir` (CPython names the script by its absolute path).
fn run_with_timeout(cmd: &mut Command, dir: &Path, limit: Duration) -> Result<Outcome, String> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let t_out = std::thread::spawn(move || {
        let mut v = vec![];
        let _ = std::io::Read::read_to_end(&mut out, &mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = vec![];
        let _ = std::io::Read::read_to_end(&mut err, &mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {limit:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = t_out.join().unwrap_or_default();
    let stderr = t_err.join().unwrap_or_default();
    use std::os::unix::process::ExitStatusExt;
    let status = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    let stderr = String::from_utf8_lossy(&stderr);
    let last_stderr = stderr.lines().last().unwrap_or("").to_string();
    let prefix = format!(
        "{}/",
        dir.canonicalize().unwrap_or(dir.to_path_buf()).display()
    );
    let frames = stderr
        .lines()
        .filter(|l| !l.starts_with("    "))
        .map(|l| format!("{}\n", l.replace(&prefix, "")))
        .collect();
    Ok(Outcome {
        stdout,
        status,
        last_stderr,
        frames,
    })
}

struct Expected {
    stdout: Vec<u8>,
    status: i32,
    last_stderr: String,
    frames: Option<String>,
}

/// A program's standard input: `<name>.stdin` when there is one, else nothing.
fn stdin_for(dir: &Path, name: &str) -> Stdio {
    match std::fs::File::open(dir.join(format!("{name}.stdin"))) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    }
}

fn expected(dir: &Path, name: &str) -> Expected {
    let stdout = std::fs::read(dir.join(format!("{name}.stdout")))
        .unwrap_or_else(|_| panic!("{name}.stdout is missing: run tests/record.py"));
    let exit = std::fs::read_to_string(dir.join(format!("{name}.exit")))
        .unwrap_or_else(|_| panic!("{name}.exit is missing"));
    let mut lines = exit.lines();
    let status = lines
        .next()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name}.exit: bad status line"));
    let last_stderr = lines.next().unwrap_or("").to_string();
    let frames = std::fs::read_to_string(dir.join(format!("{name}.stderr"))).ok();
    Expected {
        stdout,
        status,
        last_stderr,
        frames,
    }
}

fn compare(name: &str, who: &str, got: &Outcome, want: &Expected) -> Option<String> {
    if got.stdout != want.stdout {
        let g = String::from_utf8_lossy(&got.stdout);
        let w = String::from_utf8_lossy(&want.stdout);
        let line = g
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(g.lines().count().min(w.lines().count()));
        return Some(format!(
            "{name} ({who}): stdout differs at line {}:\n  got:  {:?}\n  want: {:?}",
            line + 1,
            g.lines().nth(line).unwrap_or("<end>"),
            w.lines().nth(line).unwrap_or("<end>")
        ));
    }
    if got.status != want.status {
        return Some(format!(
            "{name} ({who}): exit status {} (want {}); stderr: {}",
            got.status, want.status, got.last_stderr
        ));
    }
    if got.last_stderr != want.last_stderr {
        return Some(format!(
            "{name} ({who}): last stderr line {:?} (want {:?})",
            got.last_stderr, want.last_stderr
        ));
    }
    match &want.frames {
        Some(w) if *w != got.frames => Some(format!(
            "{name} ({who}): traceback differs:\n--- got:\n{}--- want:\n{w}",
            got.frames
        )),
        _ => None,
    }
}

fn python3_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Runs `check` over every program, two at a time, and fails with every mismatch.
fn for_each_program(check: impl Fn(&Path, &str) -> Option<String> + Sync) {
    let dir = root().join("tests/programs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".py"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 30,
        "expected at least 30 programs, found {}",
        names.len()
    );
    let failures = std::sync::Mutex::new(vec![]);
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(name) = names.get(i) else { break };
                if let Some(f) = check(&dir, name) {
                    failures.lock().expect("lock").push(f);
                }
            });
        }
    });
    let failures = failures.into_inner().expect("lock");
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn compiled_programs_match_cpython() {
    let natrix = env!("CARGO_BIN_EXE_natrix");
    let out_dir = std::env::temp_dir().join(format!("natrix-programs-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    for_each_program(|dir, name| {
        let exe = out_dir.join(name);
        // Built from the program's directory, so tracebacks name the file as CPython's do.
        let build = Command::new(natrix)
            .current_dir(dir)
            .arg("build")
            .arg(format!("{name}.py"))
            .arg("-O")
            .arg("-o")
            .arg(&exe)
            .output();
        match build {
            Ok(o) if o.status.success() => {}
            Ok(o) => {
                return Some(format!(
                    "{name}: natrix build failed:\n{}",
                    String::from_utf8_lossy(&o.stderr)
                ))
            }
            Err(e) => return Some(format!("{name}: cannot run natrix: {e}")),
        }
        let got =
            // With NATRIX_CHECK_LEAKS the runtime reports objects still alive at a normal exit,
            // which changes the last stderr line: every program doubles as a refcount test.
            match run_with_timeout(
                Command::new(&exe)
                    .current_dir(dir)
                    .env("NATRIX_CHECK_LEAKS", "1")
                    .stdin(stdin_for(dir, name)),
                dir,
                Duration::from_secs(20),
            ) {
                Ok(o) => o,
                Err(e) => return Some(format!("{name}: {e}")),
            };
        compare(name, "natrix", &got, &expected(dir, name))
    });
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn expectations_match_cpython() {
    if !python3_available() {
        eprintln!("python3 not found: the recorded expectations are not re-checked");
        return;
    }
    for_each_program(|dir, name| {
        let mut cmd = Command::new("python3");
        cmd.arg(format!("{name}.py"))
            .current_dir(dir)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(stdin_for(dir, name));
        let got = match run_with_timeout(&mut cmd, dir, Duration::from_secs(20)) {
            Ok(o) => o,
            Err(e) => return Some(format!("{name}: python3 {e}")),
        };
        compare(name, "CPython", &got, &expected(dir, name))
    });
}
