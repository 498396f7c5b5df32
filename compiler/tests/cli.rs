//! The command line: exit statuses, every `--emit` stage, `run`, and no output left behind when a
//! build fails.

use std::path::PathBuf;
use std::process::Command;

fn natrix() -> Command {
    Command::new(env!("CARGO_BIN_EXE_natrix"))
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("natrix-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

fn write(name: &str, text: &str) -> PathBuf {
    let p = temp(name);
    std::fs::write(&p, text).expect("write");
    p
}

const GOOD: &str = "def sq(x):\n    return x * x\n\nprint(sq(7), sq(1.5))\n";

#[test]
fn every_stage_prints() {
    let src = write("good.py", GOOD);
    for stage in ["tokens", "ast", "hir", "types", "mir", "llvm", "asm"] {
        let out = natrix()
            .args(["build", "--emit", stage])
            .arg(&src)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "--emit {stage} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "--emit {stage} printed nothing");
    }
    let types = natrix()
        .args(["build", "--emit", "types"])
        .arg(&src)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&types.stdout);
    assert!(
        text.contains("sq(int) -> int") && text.contains("sq(float) -> float"),
        "{text}"
    );
    let obj = temp("good.o");
    let out = natrix()
        .args(["build", "--emit", "obj", "-o"])
        .arg(&obj)
        .arg(&src)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let bytes = std::fs::read(&obj).expect("object written");
    assert!(
        object::File::parse(&*bytes).is_ok(),
        "--emit obj wrote something that is not an object file"
    );
}

/// Builds `src` into `exe` with the extra `flags`; the build must succeed.
fn build_ok(src: &std::path::Path, exe: &std::path::Path, flags: &[&str]) {
    let out = natrix()
        .arg("build")
        .arg(src)
        .args(flags)
        .arg("-o")
        .arg(exe)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn build_and_run() {
    let src = write("hello.py", GOOD);
    let exe = temp("hello");
    build_ok(&src, &exe, &["-O"]);
    let run = Command::new(&exe).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "49 2.25\n");
    let cache = temp("cache");
    let run = natrix()
        .env("NATRIX_CACHE", &cache)
        .arg("run")
        .arg(&src)
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "49 2.25\n");
}

/// A long script of top-level statements builds at `-O` in time linear in its length. Every
/// statement's temporaries used to be released by one block shared by every exception exit:
/// LLVM made a value for each temporary from each exit, and 300 statement pairs took over two
/// minutes (now a few seconds, in a debug build of natrix too).
#[test]
fn long_module_body_builds_quickly() {
    let pairs = 300;
    let mut text = String::from("xs = [(i, i * 2) for i in range(10)]\ntotal = 0\n");
    let mut expected = 0;
    for k in 0..pairs {
        text += &format!(
            "a{k} = xs[{k} % 10]\nif a{k}[0] > {}:\n    total += a{k}[1]\n",
            k % 7
        );
        if k % 10 > k % 7 {
            expected += 2 * (k % 10);
        }
    }
    text += "print(total)\n";
    let src = write("long_script.py", &text);
    let exe = temp("long_script");
    let start = std::time::Instant::now();
    build_ok(&src, &exe, &["-O"]);
    let took = start.elapsed().as_secs_f64();
    assert!(
        took < 60.0,
        "building {pairs} statement pairs took {took:.1} s"
    );
    let run = Command::new(&exe).output().expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        format!("{expected}\n")
    );
}

#[test]
fn static_build_needs_no_shared_library() {
    use object::Object;
    let src = write("hello_static.py", GOOD);
    let exe = temp("hello_static");
    build_ok(&src, &exe, &["--static"]);
    let bytes = std::fs::read(&exe).expect("executable written");
    let file = object::File::parse(&*bytes).expect("an object file");
    // A dynamically linked executable names its loader in `.interp`.
    assert!(
        file.section_by_name(".interp").is_none(),
        "has an interpreter"
    );
    let run = Command::new(&exe).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "49 2.25\n");
}

#[test]
fn run_passes_the_exit_status_through() {
    let src = write("fails.py", "print('before')\nprint(1 // 0)\n");
    let cache = temp("cache2");
    let run = natrix()
        .env("NATRIX_CACHE", &cache)
        .arg("run")
        .arg(&src)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&run.stdout), "before\n");
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert_eq!(
        err.lines().last(),
        Some("ZeroDivisionError: integer division or modulo by zero")
    );
}

#[test]
fn compile_errors_exit_1_and_leave_no_output() {
    let src = write("bad.py", "x = 1\nprint(eval(\"x + 1\"))\n");
    let exe = temp("bad");
    let out = natrix()
        .arg("build")
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error[unsupported-construct]: `eval()` is not supported by natrix"),
        "{err}"
    );
    assert!(err.contains("bad.py:2:7"), "{err}");
    assert!(
        !exe.exists(),
        "a failed build left {} behind",
        exe.display()
    );
    let check = natrix().arg("check").arg(&src).output().expect("runs");
    assert_eq!(check.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    let out = natrix()
        .args(["build", "--emit", "nonsense", "x.py"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = natrix().arg("frobnicate").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = natrix()
        .args(["build", "-O7", "x.py"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_is_an_error() {
    let out = natrix()
        .args(["check", "/nonexistent/x.py"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn never_panics_on_odd_input() {
    let cases = [
        "",
        "\n\n",
        "x = (",
        "def f(:\n",
        "\u{feff}print(1)\n",
        "return 5\n",
        "break\n",
        "def f():\n    global x\n    x = 1\nf()\nprint(x)\n",
        "def f(a, a):\n    pass\n",
        "print(undefined_thing)\n",
        "x = 1\nx = 'a'\nprint(x)\n",
        "def f():\n    return f()\nprint(f())\n",
        "print(1 if True else 'a')\n",
        "for i in range(3.5):\n    pass\n",
        "a, b = 1\n",
        "a, b = 1, 2, 3\n",
        "print(99999999999999999999999)\n",
        "print(len(5))\n",
        "x = -x\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let src = write(&format!("odd{i}.py"), text);
        let out = natrix()
            .args(["build", "--emit", "mir"])
            .arg(&src)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("panicked"),
            "case {i} {text:?} panicked: {err}"
        );
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "case {i} {text:?}: status {:?}",
            out.status.code()
        );
    }
}
