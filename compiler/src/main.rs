//! The `natrix` command line.

use clap::{Args, Parser, Subcommand};
use natrix::driver::{self, Failure, Stage};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "natrix",
    version,
    about = "Compile Python programs to native executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program to an executable (or print one stage with --emit).
    Build {
        #[command(flatten)]
        common: Common,
        /// Output file (default: the source file's stem).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Print a stage instead: tokens, ast, hir, types, mir, llvm, asm, obj (obj writes -o).
        #[arg(long, value_parser = parse_stage)]
        emit: Option<Stage>,
        /// With --emit mir: stop after this pass (build, unbound, constants, hoist,
        /// accumulate, copyprop, bounds, ranges, exceptions, borrow, refcount, speculate, ifconvert,
        /// recursion).
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(natrix::mir::passes::PASSES))]
        after: Option<String>,
        /// Print inference and refcount statistics to stderr.
        #[arg(long)]
        stats: bool,
        /// For measuring the cost of exact ints only (`benchmarks/exactness`): every int is a
        /// wrapping machine word, with no overflow checks and no big ints. Not Python.
        #[arg(long, hide = true)]
        unchecked_ints: bool,
        /// For measuring the cost of error checks only: no check after fallible operations.
        #[arg(long, hide = true)]
        unchecked_errors: bool,
    },
    /// Compile (cached) and run a program, passing arguments and the exit status through.
    Run {
        #[command(flatten)]
        common: Common,
        /// Arguments for the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Check a program: parse, resolve and infer types, reporting every error.
    Check {
        /// The Python source file.
        file: PathBuf,
    },
}

#[derive(Args)]
struct Common {
    /// The Python source file.
    file: PathBuf,
    /// Optimization level: -O0, -O1, -O2, -O3; `-O` alone means -O2.
    #[arg(short = 'O', default_value = "0", value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: u8,
    /// Link statically: an executable that needs no shared library at all (not even libc).
    #[arg(long = "static")]
    static_link: bool,
}

fn parse_stage(s: &str) -> Result<Stage, String> {
    Stage::parse(s).ok_or_else(|| {
        format!("unknown stage `{s}` (expected tokens, ast, hir, types, mir, llvm, asm or obj)")
    })
}

fn main() -> ExitCode {
    // `-O` alone means `-O2`; clap cannot tell `-O prog.py` from `-O <level>` by itself.
    let args = std::env::args_os().map(|a| if a == "-O" { "-O2".into() } else { a });
    let cli = Cli::parse_from(args);
    // A panic is a natrix bug: report it as an internal error, never as a crash.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error[internal-error]: natrix panicked: {info}\nThis is a bug in natrix; please report it with the program that caused it.");
    }));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(code) => code,
        Err(_) => ExitCode::from(1),
    }
}

fn fail(f: Failure) -> ExitCode {
    eprint!("{}", f.report());
    ExitCode::from(1)
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            common,
            output,
            emit,
            after,
            stats,
            unchecked_ints,
            unchecked_errors,
        } => {
            if let Some(stage) = emit {
                return match driver::emit(
                    &common.file,
                    stage,
                    common.opt,
                    after.as_deref(),
                    output.as_deref(),
                    driver::Unchecked {
                        ints: unchecked_ints,
                        errors: unchecked_errors,
                    },
                ) {
                    Ok(bytes) => {
                        use std::io::Write;
                        let _ = std::io::stdout().write_all(&bytes);
                        ExitCode::SUCCESS
                    }
                    Err(f) => fail(f),
                };
            }
            let out = output.unwrap_or_else(|| driver::default_output(&common.file));
            match driver::build(
                &common.file,
                &out,
                driver::Options {
                    opt: common.opt,
                    static_link: common.static_link,
                },
                stats,
                driver::Unchecked {
                    ints: unchecked_ints,
                    errors: unchecked_errors,
                },
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(f) => fail(f),
            }
        }
        Command::Run { common, args } => {
            let options = driver::Options {
                opt: common.opt,
                static_link: common.static_link,
            };
            let exe = match driver::build_cached(&common.file, options) {
                Ok(e) => e,
                Err(f) => return fail(f),
            };
            match std::process::Command::new(&exe).args(&args).status() {
                Ok(status) => {
                    use std::os::unix::process::ExitStatusExt;
                    let code = status
                        .code()
                        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
                    ExitCode::from(code as u8)
                }
                Err(e) => fail(Failure::Message(format!(
                    "cannot run {}: {e}",
                    exe.display()
                ))),
            }
        }
        Command::Check { file } => {
            let loaded = driver::load(&file).and_then(|(map, id)| driver::front(map, id));
            match loaded {
                Ok(front) => {
                    eprint!("{}", front.warnings());
                    ExitCode::SUCCESS
                }
                Err(f) => fail(f),
            }
        }
    }
}
