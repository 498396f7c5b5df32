//! natrix: an ahead-of-time compiler from Python to native executables.
//!
//! The pipeline, one module per stage (see `docs/ARCHITECTURE.md`):
//! [`parse`] → [`modules`] (links the imported standard library) → [`resolve`] (AST → [`hir`]) → [`infer`] (whole-program types) → [`mir`] (build,
//! then the passes) → [`codegen`] (LLVM) → [`link`]. [`driver`] runs it and is the only module
//! that touches the file system or runs other programs.

/// rustpython-ast's generic `Visitor` stops at a call's keyword arguments, a `with` item and
/// the default values of a function's parameters, though they hold expressions too
/// (`sorted(xs, reverse=rev)`, `with open(path) as f`, `def f(x=limit)`); and at a
/// comprehension's clauses (see `closures::walk_comprehension`). Every visitor that looks at
/// names or expressions includes this in its `impl`, so it sees them all.
macro_rules! visit_skipped_parts {
    () => {
        fn visit_keyword(&mut self, k: rustpython_parser::ast::Keyword) {
            self.visit_expr(k.value);
        }
        fn visit_withitem(&mut self, w: rustpython_parser::ast::WithItem) {
            self.visit_expr(w.context_expr);
            if let Some(v) = w.optional_vars {
                self.visit_expr(*v);
            }
        }
        fn visit_arguments(&mut self, a: rustpython_parser::ast::Arguments) {
            for arg in a.posonlyargs.into_iter().chain(a.args).chain(a.kwonlyargs) {
                if let Some(d) = arg.default {
                    self.visit_expr(*d);
                }
            }
        }
    };
}

/// The items of a `rustpython_ast::Fold` over source ranges, each rebuilt node's range being
/// `$range` (of `$this`, the folder, and `$user`, the node's own range).
macro_rules! fold_ranges {
    ($this:ident, $user:ident => $range:expr) => {
        type TargetU = rustpython_parser::ast::text_size::TextRange;
        type Error = std::convert::Infallible;
        type UserContext = ();

        fn will_map_user(&mut self, _: &rustpython_parser::ast::text_size::TextRange) {}

        fn map_user(
            &mut $this,
            $user: rustpython_parser::ast::text_size::TextRange,
            _: (),
        ) -> Result<rustpython_parser::ast::text_size::TextRange, Self::Error> {
            Ok($range)
        }
    };
}

/// A fold that keeps every range as it is (the folds that rewrite names and calls).
macro_rules! fold_keeping_ranges {
    () => {
        fold_ranges!(self, user => user);
    };
}

/// A fold that places every node it rebuilds at one range, the folder's field `.0` (generated
/// code placed where it stands in the source).
macro_rules! fold_to_range_0 {
    () => {
        fold_ranges!(self, _user => self.0);
    };
}

pub mod builtin_attrs;
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
