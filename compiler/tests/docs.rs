//! The docs stay true: every repository path named in `docs/ARCHITECTURE.md` exists, and every
//! diagnostic code is documented in `docs/DIAGNOSTICS.md`.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

#[test]
fn architecture_paths_exist() {
    let text =
        std::fs::read_to_string(root().join("docs/ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut checked = 0;
    for part in text.split('`') {
        let looks_like_path = (part.starts_with("compiler/")
            || part.starts_with("runtime/")
            || part.starts_with("tests/")
            || part.starts_with("docs/")
            || part.starts_with("stdlib/"))
            && !part.contains(' ')
            && !part.contains('*');
        if looks_like_path {
            assert!(
                root().join(part.trim_end_matches('/')).exists(),
                "docs/ARCHITECTURE.md names {part}, which does not exist"
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} paths found");
}

#[test]
fn every_diagnostic_code_is_documented() {
    let text = std::fs::read_to_string(root().join("docs/DIAGNOSTICS.md")).expect("DIAGNOSTICS.md");
    use natrix::diag::Code::*;
    for code in [
        SyntaxError,
        UnsupportedConstruct,
        UndefinedName,
        TypeConflict,
        InvalidOperation,
        ArgumentMismatch,
        TooManySpecializations,
        Internal,
    ] {
        assert!(
            text.contains(&format!("## `{}`", code.id())),
            "{} is not documented",
            code.id()
        );
    }
}
