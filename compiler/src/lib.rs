//! natrix: an ahead-of-time compiler from Python to native executables.
//!
//! The pipeline, one module per stage (see `docs/ARCHITECTURE.md`):
//! [`parse`] → [`modules`] (links the imported standard library) → [`resolve`] (AST → [`hir`]) → [`infer`] (whole-program types) → [`mir`] (build,
//! then the passes) → [`codegen`] (LLVM) → [`link`]. [`driver`] runs it and is the only module
//! that touches the file system or runs other programs.

pub mod builtins;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod hir;
pub mod infer;
pub mod link;
pub mod mir;
pub mod modules;
pub mod parse;
pub mod resolve;
pub mod source;
pub mod types;
