//! Link: a description of each target and the linker call that turns an object file and the
//! runtime archive into an executable.
//!
//! **Invariant:** adding a target means adding a [`Target`] description, not editing `if` chains.
//! Only the driver calls [`link`].

use std::path::{Path, PathBuf};
use std::process::Command;

/// One target triple: what LLVM needs and how to link for it.
#[derive(Clone, Debug)]
pub struct Target {
    pub triple: String,
    pub cpu: String,
    pub features: String,
    /// The C compiler driver used as the linker.
    pub linker: String,
    /// Extra libraries the runtime needs from the C library.
    pub libs: Vec<String>,
    /// Link with `-static`: the executable needs no shared library.
    pub static_link: bool,
}

impl Target {
    /// The machine natrix runs on.
    pub fn host() -> Target {
        let triple = inkwell::targets::TargetMachine::get_default_triple()
            .as_str()
            .to_string_lossy()
            .into_owned();
        Target {
            triple,
            cpu: "generic".into(),
            features: String::new(),
            linker: std::env::var("NATRIX_CC").unwrap_or_else(|_| "cc".into()),
            libs: ["-lm", "-lpthread", "-ldl"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            static_link: false,
        }
    }

    /// The runtime archive for this target: `NATRIX_RUNTIME` if set, else `libnatrix_rt.a` next to
    /// the `natrix` executable (where cargo puts both), or in `../lib/natrix/` for an install.
    pub fn runtime_archive(&self) -> Result<PathBuf, String> {
        if let Ok(p) = std::env::var("NATRIX_RUNTIME") {
            return Ok(PathBuf::from(p));
        }
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot locate the natrix executable: {e}"))?;
        let dir = exe.parent().unwrap_or(Path::new("."));
        let candidates = [
            dir.join("libnatrix_rt.a"),
            dir.join("../libnatrix_rt.a"),
            dir.join("../lib/natrix/libnatrix_rt.a"),
        ];
        candidates
            .iter()
            .find(|p| p.exists())
            .cloned()
            .ok_or_else(|| format!("cannot find the runtime archive libnatrix_rt.a next to {}; build it with `cargo build --workspace` or set NATRIX_RUNTIME", dir.display()))
    }
}

/// Links `object` with the runtime into the executable `out`.
pub fn link(target: &Target, object: &Path, out: &Path) -> Result<(), String> {
    let runtime = target.runtime_archive()?;
    let output = Command::new(&target.linker)
        .arg(object)
        .arg(&runtime)
        .arg("-o")
        .arg(out)
        .arg("-Wl,--gc-sections")
        .args(target.static_link.then_some("-static"))
        // libgcc's unwinder linked in, not `libgcc_s.so`: loading that library runs `cpuid`
        // probes at start-up (about 0.1 ms under a hypervisor), and natrix never unwinds.
        .arg("-static-libgcc")
        // natrix emits no debug info yet; the runtime's would only make the binary bigger.
        .arg("-Wl,--strip-debug")
        .args(&target.libs)
        .output()
        .map_err(|e| format!("cannot run the linker `{}`: {e}", target.linker))?;
    if !output.status.success() {
        return Err(format!(
            "the linker failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
