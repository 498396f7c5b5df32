//! The runtime archive exports exactly the ABI table: every `nx_*` function and global in
//! `natrix_abi` is defined, and nothing else named `nx_*` is exported.

use object::{Object, ObjectSymbol};
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn runtime_archive_exports_exactly_the_abi_table() {
    let natrix = Path::new(env!("CARGO_BIN_EXE_natrix"));
    let archive_path = natrix.parent().expect("target dir").join("libnatrix_rt.a");
    let data = std::fs::read(&archive_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `cargo build --workspace` first",
            archive_path.display()
        )
    });
    let archive = object::read::archive::ArchiveFile::parse(&*data).expect("an ar archive");
    let mut exported = BTreeSet::new();
    for member in archive.members() {
        let member = member.expect("archive member");
        let Ok(bytes) = member.data(&*data) else {
            continue;
        };
        let Ok(file) = object::File::parse(bytes) else {
            continue;
        };
        for sym in file.symbols() {
            if sym.is_definition() && sym.is_global() {
                if let Ok(name) = sym.name() {
                    if name.starts_with("nx_") {
                        exported.insert(name.to_string());
                    }
                }
            }
        }
    }
    let mut expected: BTreeSet<String> = natrix_abi::RUNTIME_FNS
        .iter()
        .map(|f| f.name.to_string())
        .collect();
    expected.extend(natrix_abi::RUNTIME_GLOBALS.iter().map(|g| g.to_string()));
    let missing: Vec<_> = expected.difference(&exported).collect();
    let extra: Vec<_> = exported.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing from the runtime: {missing:?}\nexported but not in the ABI table: {extra:?}"
    );
}
