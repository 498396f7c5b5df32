//! insta snapshots of what the compiler shows: `--emit types` and `--emit mir` for a handful of
//! programs, and one snapshot per diagnostic in `tests/diagnostics/`. Each snapshot stores the
//! source beside the output, so a reviewer reads it alone. Review changes with
//! `cargo insta review`; never accept one blindly.

use natrix::diag;
use natrix::driver::{self, Failure};
use natrix::source::SourceMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Loads `tests/<dir>/<name>.py` under a short, machine-independent path.
fn load(dir: &str, name: &str) -> (SourceMap, natrix::source::FileId, String) {
    let text = std::fs::read_to_string(root().join("tests").join(dir).join(format!("{name}.py")))
        .expect("program exists");
    let mut map = SourceMap::default();
    let file = map.add(format!("{name}.py"), text.clone());
    (map, file, text)
}

fn settings(source: &str) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(root().join("tests/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.set_description(source.to_string());
    s.set_omit_expression(true);
    s
}

const TYPED_PROGRAMS: &[&str] = &[
    "classes",
    "linked_nodes",
    "inheritance_shapes",
    "user_exceptions",
    "closures",
    "generators",
    "specialization",
    "recursion_fib",
    "global_counters",
    "strings_build",
    "kwargs_defaults",
];
const MIR_PROGRAMS: &[&str] = &[
    "mir_basics",
    "mir_counters",
    "mir_accumulate",
    "mir_unbound",
    "mir_bounds",
    "mir_attrs",
    "mir_pair_keys",
];

#[test]
fn types() {
    for name in TYPED_PROGRAMS {
        let (map, file, text) = load("programs", name);
        let front = driver::front(map, file).unwrap_or_else(|f| panic!("{name}: {}", f.report()));
        let out = natrix::infer::dump(&front.hir, &front.typed);
        settings(&text).bind(|| insta::assert_snapshot!(format!("types__{name}"), out));
    }
}

#[test]
fn mir() {
    for name in MIR_PROGRAMS {
        for after in natrix::mir::passes::PASSES {
            // A MIR program that also runs end to end lives in `tests/programs`.
            let in_programs = root().join(format!("tests/programs/{name}.py")).exists();
            let dir = if in_programs { "programs" } else { "snapshots" };
            let (map, file, text) = load(dir, name);
            let front =
                driver::front(map, file).unwrap_or_else(|f| panic!("{name}: {}", f.report()));
            let prog = driver::lower(&front, Some(after), driver::Unchecked::default());
            let out = natrix::mir::print::print_program(&prog);
            settings(&text)
                .bind(|| insta::assert_snapshot!(format!("mir__{name}__after_{after}"), out));
        }
    }
}

#[test]
fn diagnostics() {
    let dir = root().join("tests/diagnostics");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/diagnostics exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".py"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in names {
        let (map, file, text) = load("diagnostics", &name);
        let rendered = match driver::front(map, file) {
            // A program that compiles with warnings (code that always raises).
            Ok(f) if !f.warnings().is_empty() => f.warnings().trim_end().to_string(),
            Ok(_) => panic!("{name}: expected a compile error or a warning"),
            Err(Failure::Diagnostics(map, ds)) => ds
                .iter()
                .map(|d| diag::render(&map, d))
                .collect::<Vec<_>>()
                .join("\n\n"),
            Err(Failure::Message(m)) => m,
        };
        settings(&text).bind(|| insta::assert_snapshot!(format!("diag__{name}"), rendered));
    }
}
