//! The driver: runs the pipeline for the CLI, writes outputs, calls the linker, caches `run`.
//!
//! **Invariant:** only the driver touches the file system or starts other programs; every other
//! module is a pure function of its input.

use crate::codegen::{self, Output};
use crate::diag::{self, Diagnostic};
use crate::link::{self, Target};
pub use crate::mir::passes::Unchecked;
use crate::source::{FileId, SourceMap};
use crate::{hir, infer, mir, modules, parse, resolve};
use std::path::{Path, PathBuf};

/// A stage that `--emit` can print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Tokens,
    Ast,
    Hir,
    Types,
    Mir,
    Llvm,
    Asm,
    Obj,
}

impl Stage {
    pub fn parse(s: &str) -> Option<Stage> {
        Some(match s {
            "tokens" => Stage::Tokens,
            "ast" => Stage::Ast,
            "hir" => Stage::Hir,
            "types" => Stage::Types,
            "mir" => Stage::Mir,
            "llvm" => Stage::Llvm,
            "asm" => Stage::Asm,
            "obj" => Stage::Obj,
            _ => return None,
        })
    }
}

/// Why a command failed.
pub enum Failure {
    /// Located errors in the program (exit status 1).
    Diagnostics(SourceMap, Vec<Diagnostic>),
    /// Anything else that stops compilation (exit status 1).
    Message(String),
}

impl Failure {
    pub fn report(&self) -> String {
        match self {
            Failure::Diagnostics(map, ds) => {
                let mut out = String::new();
                // In source order, whatever order the stages found them in.
                let mut ds: Vec<&Diagnostic> = ds.iter().collect();
                ds.sort_by_key(|d| (d.span.file, d.span.start));
                for d in &ds {
                    out.push_str(&diag::render(map, d));
                    out.push_str("\n\n");
                }
                let n = ds.len();
                out.push_str(&format!(
                    "error: could not compile: {n} error{}\n",
                    if n == 1 { "" } else { "s" }
                ));
                out
            }
            Failure::Message(m) => format!("error: {m}\n"),
        }
    }
}

/// The front end's results for one program.
pub struct Front {
    pub map: SourceMap,
    pub file: FileId,
    pub hir: hir::Program,
    pub typed: infer::Typed,
}

impl Front {
    /// The warnings found (code that compiles but always raises), rendered in source order.
    pub fn warnings(&self) -> String {
        let mut ws: Vec<&Diagnostic> = self
            .hir
            .warnings
            .iter()
            .chain(&self.typed.warnings)
            .collect();
        ws.sort_by_key(|d| (d.span.file, d.span.start));
        ws.iter()
            .map(|d| format!("{}\n\n", diag::render(&self.map, d)))
            .collect()
    }
}

pub fn load(path: &Path) -> Result<(SourceMap, FileId), Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Message(format!("cannot read {}: {e}", path.display())))?;
    let mut map = SourceMap::default();
    let file = map.add(path.display().to_string(), text);
    Ok((map, file))
}

/// Parse, resolve and infer.
pub fn front(mut map: SourceMap, file: FileId) -> Result<Front, Failure> {
    let ast = match parse_and_link(&mut map, file) {
        Ok(a) => a,
        Err(ds) => return Err(Failure::Diagnostics(map, ds)),
    };
    let hir = match resolve::resolve(&map, file, &ast) {
        Ok(h) => h,
        Err(ds) => return Err(Failure::Diagnostics(map, ds)),
    };
    let typed = match infer::infer(&hir, &map) {
        Ok(t) => t,
        Err(ds) => return Err(Failure::Diagnostics(map, ds)),
    };
    Ok(Front {
        map,
        file,
        hir,
        typed,
    })
}

/// Parses the program and links the standard-library modules it imports.
fn parse_and_link(
    map: &mut SourceMap,
    file: FileId,
) -> crate::diag::Result<Vec<rustpython_parser::ast::Stmt>> {
    let ast = parse::parse(map, file)?;
    modules::link(map, ast)
}

/// Lowers to MIR and runs the passes (up to `after`, or all); `unchecked` is off except when
/// measuring what a guarantee costs.
pub fn lower(front: &Front, after: Option<&str>, unchecked: Unchecked) -> mir::Program {
    let mut prog = mir::build::build(&front.hir, &front.typed, &front.map);
    mir::verify::verify_program(&prog);
    mir::passes::run(&mut prog, after, unchecked);
    prog
}

/// Prints one stage of the pipeline.
pub fn emit(
    path: &Path,
    stage: Stage,
    opt: u8,
    after: Option<&str>,
    out: Option<&Path>,
    unchecked: Unchecked,
) -> Result<Vec<u8>, Failure> {
    let (mut map, file) = load(path)?;
    match stage {
        Stage::Tokens => {
            return parse::dump_tokens(&map, file)
                .map(String::into_bytes)
                .map_err(|ds| Failure::Diagnostics(map, ds))
        }
        Stage::Ast => {
            return match parse::parse(&map, file) {
                Ok(a) => Ok(parse::dump_ast(&a).into_bytes()),
                Err(ds) => Err(Failure::Diagnostics(map, ds)),
            }
        }
        Stage::Hir => {
            let ast = match parse_and_link(&mut map, file) {
                Ok(a) => a,
                Err(ds) => return Err(Failure::Diagnostics(map, ds)),
            };
            return match resolve::resolve(&map, file, &ast) {
                Ok(h) => Ok(format!("{h:#?}\n").into_bytes()),
                Err(ds) => Err(Failure::Diagnostics(map, ds)),
            };
        }
        _ => {}
    }
    let f = front(map, file)?;
    if stage == Stage::Types {
        return Ok(infer::dump(&f.hir, &f.typed).into_bytes());
    }
    let prog = lower(&f, after, unchecked);
    if stage == Stage::Mir {
        return Ok(mir::print::print_program(&prog).into_bytes());
    }
    let target = Target::host();
    let output = match stage {
        Stage::Llvm => Output::LlvmIr,
        Stage::Asm => Output::Asm,
        _ => Output::Object,
    };
    let bytes = codegen::generate(&prog, &target, opt, output).map_err(Failure::Message)?;
    if stage == Stage::Obj {
        let out = out
            .map(Path::to_path_buf)
            .unwrap_or_else(|| default_output(path).with_extension("o"));
        write_atomic(&out, &bytes)?;
        return Ok(vec![]);
    }
    Ok(bytes)
}

/// How to build an executable.
#[derive(Clone, Copy, Debug, Default, Hash)]
pub struct Options {
    /// LLVM optimization level, 0 to 3.
    pub opt: u8,
    /// Link statically (`--static`): no shared library at all.
    pub static_link: bool,
}

/// `natrix build`: source → executable at `out`. Leaves no output file behind on failure.
pub fn build(
    path: &Path,
    out: &Path,
    options: Options,
    stats: bool,
    unchecked: Unchecked,
) -> Result<(), Failure> {
    let (map, file) = load(path)?;
    let f = front(map, file)?;
    eprint!("{}", f.warnings());
    let prog = lower(&f, None, unchecked);
    if stats {
        let funcs = f.hir.funcs.len();
        eprintln!(
            "natrix: {funcs} functions, {} specializations, {} inference iterations; refcount: {} increfs, {} decrefs, {} elided, {} locals borrowed",
            f.typed.specs.len(),
            f.typed.iterations,
            prog.stats.increfs,
            prog.stats.decrefs,
            prog.stats.refcount_ops_elided,
            prog.stats.borrowed_locals
        );
    }
    let mut target = Target::host();
    target.static_link = options.static_link;
    let obj =
        codegen::generate(&prog, &target, options.opt, Output::Object).map_err(Failure::Message)?;
    let tmp_obj = sibling(out, ".natrix-tmp.o");
    let tmp_exe = sibling(out, ".natrix-tmp");
    write_atomic(&tmp_obj, &obj)?;
    let linked = link::link(&target, &tmp_obj, &tmp_exe);
    let _ = std::fs::remove_file(&tmp_obj);
    if let Err(e) = linked {
        let _ = std::fs::remove_file(&tmp_exe);
        return Err(Failure::Message(e));
    }
    std::fs::rename(&tmp_exe, out)
        .map_err(|e| Failure::Message(format!("cannot write {}: {e}", out.display())))
}

/// `natrix run`: build into the cache (keyed by source, options and compiler) and return the
/// executable's path.
pub fn build_cached(path: &Path, options: Options) -> Result<PathBuf, Failure> {
    use std::hash::{Hash, Hasher};
    let text = std::fs::read(path)
        .map_err(|e| Failure::Message(format!("cannot read {}: {e}", path.display())))?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    options.hash(&mut h);
    path.hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    for p in [
        std::env::current_exe().ok(),
        Target::host().runtime_archive().ok(),
    ]
    .into_iter()
    .flatten()
    {
        if let Ok(m) = std::fs::metadata(&p).and_then(|m| m.modified()) {
            m.hash(&mut h);
        }
    }
    let dir = cache_dir();
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::Message(format!("cannot create the cache {}: {e}", dir.display())))?;
    let exe = dir.join(format!(
        "{}-{:016x}",
        default_output(path).display().to_string().replace('/', "_"),
        h.finish()
    ));
    if !exe.exists() {
        build(path, &exe, options, false, Unchecked::default())?;
    }
    Ok(exe)
}

fn cache_dir() -> PathBuf {
    if let Ok(d) = std::env::var("NATRIX_CACHE") {
        return PathBuf::from(d);
    }
    if let Ok(d) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("natrix");
    }
    match std::env::var("HOME") {
        Ok(h) => PathBuf::from(h).join(".cache/natrix"),
        Err(_) => std::env::temp_dir().join("natrix-cache"),
    }
}

/// The default executable name: the source file's stem.
pub fn default_output(path: &Path) -> PathBuf {
    PathBuf::from(path.file_stem().unwrap_or_default())
}

fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(format!("{suffix}.{}", std::process::id()));
    out.with_file_name(name)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes)
        .map_err(|e| Failure::Message(format!("cannot write {}: {e}", path.display())))
}
