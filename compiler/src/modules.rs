//! Modules: links the standard-library modules a program imports into one module.
//!
//! natrix's standard library is Python source (`stdlib/*.py`, embedded in the compiler), compiled
//! together with the program like the user's own code, so `heapq.heappush` is specialized and
//! inlined like any user function. Linking is a source-level step between parse and resolve:
//!
//! 1. every `import m` / `from m import x` of a module in [`STDLIB`] (at the top level of the
//!    program, or of another such module) loads `m`'s source into the [`SourceMap`] and parses
//!    it there, so its diagnostics and spans point into `<stdlib>/m.py`;
//! 2. every name a module binds at its top level is renamed `m.name` in that module, and every
//!    use of an imported member (`m.x`, `alias.x`, or the `y` of `from m import x as y`) is
//!    renamed to the same qualified name: a dot cannot occur in a Python identifier, so the
//!    qualified names never meet the program's own;
//! 3. the modules' statements run first (dependencies before their importers), then the
//!    program's, as one module for resolve.
//!
//! Renaming follows Python's scoping: a name bound in a function (a parameter, an assignment
//! target, a nested `def`) is that function's own unless declared `global`, and a class body's
//! names are not visible to its methods.
//!
//! **Invariant:** after linking no `import` of a standard-library module remains; modules the
//! compiler serves itself (`sys`, `dataclasses`, and the members of the mixed modules their
//! Python source does not define: `collections.defaultdict` / `namedtuple`, `math.sqrt` and
//! the rest of `math` but `prod` and `fsum`) are left to resolve.

use crate::diag::{Code, Diagnostic};
use crate::parse;
use crate::resolve::{collect_assigned, collect_global_decls};
use crate::source::SourceMap;
use rustpython_parser::ast::{self, fold::Fold};
use std::collections::{HashMap, HashSet};

/// The standard-library modules written in Python: name and source.
pub const STDLIB: &[(&str, &str)] = &[
    ("__future__", include_str!("../../stdlib/__future__.py")),
    ("_re_engine", include_str!("../../stdlib/_re_engine.py")),
    ("abc", include_str!("../../stdlib/abc.py")),
    ("bisect", include_str!("../../stdlib/bisect.py")),
    ("calendar", include_str!("../../stdlib/calendar.py")),
    (
        "_collections_abc",
        include_str!("../../stdlib/_collections_abc.py"),
    ),
    ("builtins", include_str!("../../stdlib/builtins.py")),
    ("collections", include_str!("../../stdlib/collections.py")),
    ("contextlib", include_str!("../../stdlib/contextlib.py")),
    ("copy", include_str!("../../stdlib/copy.py")),
    ("csv", include_str!("../../stdlib/csv.py")),
    ("datetime", include_str!("../../stdlib/datetime.py")),
    ("errno", include_str!("../../stdlib/errno.py")),
    ("fractions", include_str!("../../stdlib/fractions.py")),
    ("functools", include_str!("../../stdlib/functools.py")),
    ("heapq", include_str!("../../stdlib/heapq.py")),
    ("html", include_str!("../../stdlib/html.py")),
    ("io", include_str!("../../stdlib/io.py")),
    ("itertools", include_str!("../../stdlib/itertools.py")),
    ("json", include_str!("../../stdlib/json.py")),
    ("logging", include_str!("../../stdlib/logging.py")),
    ("math", include_str!("../../stdlib/math.py")),
    ("numbers", include_str!("../../stdlib/numbers.py")),
    ("operator", include_str!("../../stdlib/operator.py")),
    ("os", include_str!("../../stdlib/os.py")),
    ("pprint", include_str!("../../stdlib/pprint.py")),
    ("random", include_str!("../../stdlib/random.py")),
    ("re", include_str!("../../stdlib/re.py")),
    ("statistics", include_str!("../../stdlib/statistics.py")),
    ("string", include_str!("../../stdlib/string.py")),
    ("textwrap", include_str!("../../stdlib/textwrap.py")),
    ("time", include_str!("../../stdlib/time.py")),
    ("traceback", include_str!("../../stdlib/traceback.py")),
    ("typing", include_str!("../../stdlib/typing.py")),
    ("unicodedata", include_str!("../../stdlib/unicodedata.py")),
];

/// Every module a program may import, for diagnostics: these and the ones the compiler serves
/// itself.
pub const AVAILABLE: &[&str] = &[
    "__future__",
    "abc",
    "bisect",
    "calendar",
    "collections",
    "collections.abc",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "enum",
    "fractions",
    "functools",
    "heapq",
    "html",
    "io",
    "itertools",
    "json",
    "logging",
    "math",
    "numbers",
    "operator",
    "os",
    "pprint",
    "random",
    "re",
    "statistics",
    "string",
    "sys",
    "textwrap",
    "time",
    "traceback",
    "typing",
    "unicodedata",
];

/// Attributes of a library function that are functions themselves: the function's qualified
/// name, the attribute, and the module's function it stands for (a `def` of its own, called
/// directly: attributes set on a function value are values of run-time type).
const FUNCTION_ATTRS: &[(&str, &str, &str)] = &[(
    "itertools.chain",
    "from_iterable",
    "itertools._chain_from_iterable",
)];

/// Modules partly served by the compiler itself: the names their Python source does not
/// define are left to resolve (`collections.defaultdict`, `collections.namedtuple`,
/// `math.sqrt`), and their import statements are kept for it.
const MIXED: &[&str] = &["collections", "math"];

/// The library's module `collections.abc` is (`modules/collections_abc.rs`).
pub(crate) const COLLECTIONS_ABC: &str = "_collections_abc";

/// The class `object()` makes (`stdlib/builtins.py`).
pub(crate) const OBJECT_CLASS: &str = "builtins.object";
/// `iter(f, sentinel)`: the library's generator over `f()` until it returns `sentinel`.
const ITER_CALL: &str = "builtins._iter_call";
/// `open()`: the library's text files, and binary ones for a literal binary mode.
const OPEN_TEXT: &str = "builtins._open_text";
const OPEN_BINARY: &str = "builtins._open_binary";
/// `print(…, file=f)` of another file than sys.stdout or sys.stderr (resolve calls it).
pub const PRINT_TO: &str = "builtins._print_to";

/// `sys.stdout` and `sys.stderr` as values: the library's stream objects.
pub const STDOUT_VALUE: &str = "builtins._stdout";
pub const STDERR_VALUE: &str = "builtins._stderr";
/// `zip(*[it] * n)`: groups of `n` items of one iterator.
pub const ZIP_REPEATED: &str = "builtins._zip_repeated";
/// `sys.exc_info()`.
pub const EXC_INFO: &str = "builtins._exc_info";

/// The class of `slice` objects (`stdlib/builtins.py`).
pub const SLICE_CLASS: &str = "builtins.slice";

/// Whether a subscript's index is a tuple with a slice among its items (`m[1:3, 0]`).
fn has_slice_item(index: &ast::Expr) -> bool {
    matches!(index, ast::Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, ast::Expr::Slice(_))))
}

/// `e` itself, or the call `slice(lower, upper, step)` when `e` is a slice (`1:3` among the
/// items of `m[1:3, 0]`), which makes the same slice object.
fn slice_call(e: &ast::Expr) -> ast::Expr {
    let ast::Expr::Slice(sl) = e else {
        return e.clone();
    };
    let r = sl.range;
    let none = ast::Expr::Constant(ast::ExprConstant {
        range: r,
        value: ast::Constant::None,
        kind: None,
    });
    let args = [&sl.lower, &sl.upper, &sl.step]
        .iter()
        .map(|p| p.as_deref().cloned().unwrap_or_else(|| none.clone()))
        .collect();
    ast::Expr::Call(ast::ExprCall {
        range: r,
        func: Box::new(ast::Expr::Name(ast::ExprName {
            range: r,
            id: ast::Identifier::new("slice"),
            ctx: ast::ExprContext::Load,
        })),
        args,
        keywords: vec![],
    })
}

/// Classes whose CPython module is a submodule of the one natrix defines them in: their
/// qualified name here, and the name CPython prints (in a traceback's last line).
const DISPLAY_NAMES: &[(&str, &str)] = &[
    ("json.JSONDecodeError", "json.decoder.JSONDecodeError"),
    ("csv.Error", "_csv.Error"),
];

/// Library code that runs once per use of a feature rather than once per item (a regular
/// expression's parser and compiler, a replacement template's parser): compiled without
/// LLVM's optimizations even at `-O`, which saves most of the time a program that imports
/// `re` takes to compile. A module function, a class (all its methods) or `Class.method`.
const UNOPTIMIZED: &[&str] = &[
    "re._Parser",
    "re._width",
    "re._first",
    "re._compile_node",
    "re._compile_repeat",
    "re._emit_single",
    "re._parse_template",
    "re.Pattern.__init__",
    "re.Pattern.__repr__",
    "re.error.__init__",
];

/// Whether function `f` is among the [`UNOPTIMIZED`] library code.
pub fn unoptimized(prog: &crate::hir::Program, f: crate::hir::FuncId) -> bool {
    let name = &prog.func(f).name;
    UNOPTIMIZED.iter().any(|u| {
        *u == name
            || prog.classes.iter().any(|c| {
                c.methods.iter().any(|(m, id)| {
                    *id == f
                        && (*u == c.name
                            || u.strip_prefix(c.name.as_str()) == Some(&format!(".{m}")))
                })
            })
    })
}

/// The name a class prints as, from its qualified name.
pub fn display_name(qualified: &str) -> &str {
    DISPLAY_NAMES
        .iter()
        .find(|(q, _)| *q == qualified)
        .map_or(qualified, |(_, shown)| shown)
}

/// Whether `name` is one of the standard-library modules written in Python.
fn is_stdlib_name(name: &str) -> bool {
    STDLIB.iter().any(|(m, _)| *m == name)
}

/// Whether a top-level class of `stmts` defines `__getitem__`, `__setitem__` or
/// `__delitem__`.
fn defines_item_access(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| {
        matches!(s, ast::Stmt::ClassDef(c) if c.body.iter().any(|m| matches!(m,
            ast::Stmt::FunctionDef(d)
                if matches!(d.name.as_str(), "__getitem__" | "__setitem__" | "__delitem__"))))
    })
}

fn stdlib_source(name: &str) -> Option<&'static str> {
    STDLIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

mod aliases;
pub(crate) mod class_aliases;
mod class_decorators;
mod collections_abc;
mod context_managers;
mod function_imports;
mod getters;
mod guards;
mod nested_classes;
pub use nested_classes::SEP as NESTED;
mod os_path;

/// Links the standard-library modules `main` imports (transitively) in front of it, after
/// moving its functions' imports to its top level (`function_imports.rs`), deciding its
/// import guards (`try: import m` / `except ImportError:`, `guards.rs`) and rewriting its
/// `@contextmanager` functions and `with suppress(…)` (`context_managers.rs`); its type
/// aliases are dropped (`aliases.rs`) and its class aliases read through (`class_aliases.rs`).
pub fn link(map: &mut SourceMap, main: Vec<ast::Stmt>) -> crate::diag::Result<Vec<ast::Stmt>> {
    let main = nested_classes::hoist(main);
    let main = context_managers::apply(guards::decide(function_imports::hoist(main)));
    let mut linker = Linker {
        map,
        loaded: HashMap::new(),
        order: vec![],
        errors: vec![],
    };
    let main = linker.module(None, main);
    let main = class_aliases::inline(aliases::drop_aliases(class_decorators::apply(main)));
    if !linker.errors.is_empty() {
        return Err(linker.errors);
    }
    let mut out: Vec<ast::Stmt> = vec![];
    for name in &linker.order {
        out.extend(linker.loaded.remove(name).unwrap_or_default());
    }
    out.extend(main);
    Ok(out)
}

struct Linker<'a> {
    map: &'a mut SourceMap,
    /// Linked modules' renamed statements, by module name.
    loaded: HashMap<String, Vec<ast::Stmt>>,
    /// Modules in the order their statements run (dependencies first).
    order: Vec<String>,
    errors: Vec<Diagnostic>,
}

impl Linker<'_> {
    /// Loads, parses and links the standard-library module `name` once.
    fn load(&mut self, name: &str) {
        if self.loaded.contains_key(name) {
            return;
        }
        // Mark it first: a cycle of imports links each module once.
        self.loaded.insert(name.to_string(), vec![]);
        let src = stdlib_source(name).unwrap_or_default();
        let file = self.map.add(format!("<stdlib>/{name}.py"), src);
        match parse::parse(self.map, file) {
            Ok(stmts) => {
                let stmts = self.module(Some(name), stmts);
                self.loaded.insert(name.to_string(), stmts);
                self.order.push(name.to_string());
            }
            Err(ds) => self.errors.extend(ds),
        }
    }

    /// Renames one module's names and its imports' members (its imports of `os.path` first
    /// made imports of `os`'s members: `os_path.rs`, and those of `collections.abc` of its
    /// module: `collections_abc.rs`); `own` is the module's name (`None` for
    /// the program itself, whose top-level names stay as they are).
    fn module(&mut self, own: Option<&str>, stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
        let stmts = collections_abc::rewrite(os_path::rewrite(stmts));
        let mut renamer = Renamer::default();
        renamer.binds_object = top_level_names(&stmts).iter().any(|n| n == "object");
        renamer.binds_slice = top_level_names(&stmts).iter().any(|n| n == "slice");
        renamer.binds_iter = top_level_names(&stmts).iter().any(|n| n == "iter");
        renamer.binds_open = top_level_names(&stmts).iter().any(|n| n == "open");
        // A class of the program's own that may be sliced (`obj[1:3]` passes a `slice` to
        // its `__getitem__`): the library's class `builtins.slice` is needed.
        if !own.is_some_and(is_stdlib_name) && defines_item_access(&stmts) {
            renamer.uses_builtins = true;
        }
        if let Some(m) = own {
            for name in top_level_names(&stmts) {
                let q = format!("{m}.{name}");
                renamer.members.insert(name, q);
            }
        }
        let mut kept = vec![];
        for stmt in stmts {
            match &stmt {
                ast::Stmt::Import(i) if i.names.iter().any(|a| is_stdlib(&a.name)) => {
                    let mut rest = vec![];
                    for a in &i.names {
                        if is_stdlib(&a.name) {
                            self.load(&a.name);
                            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                            renamer.members.remove(&bound);
                            renamer.modules.insert(bound, a.name.to_string());
                            if MIXED.contains(&a.name.as_str()) {
                                rest.push(a.clone());
                            }
                        } else {
                            rest.push(a.clone());
                        }
                    }
                    if !rest.is_empty() {
                        kept.push(ast::Stmt::Import(ast::StmtImport {
                            names: rest,
                            range: i.range,
                        }));
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.level.map_or(true, |l| l.to_u32() == 0)
                        && i.module.as_ref().is_some_and(|m| is_stdlib(m)) =>
                {
                    let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                    self.load(&module);
                    let exported = self.exports(&module);
                    let mixed = MIXED.contains(&module.as_str());
                    // The names of a mixed module that resolve serves keep their import.
                    let served: Vec<ast::Alias> = i
                        .names
                        .iter()
                        .filter(|a| mixed && !exported.contains(a.name.as_str()))
                        .cloned()
                        .collect();
                    if !served.is_empty() {
                        let mut keep = i.clone();
                        keep.names = served;
                        kept.push(ast::Stmt::ImportFrom(keep));
                    }
                    for a in i
                        .names
                        .iter()
                        .filter(|a| !mixed || exported.contains(a.name.as_str()))
                    {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if a.name.as_str() == "*" {
                            for n in exported.iter().filter(|n| !n.starts_with('_')) {
                                renamer.members.insert(n.clone(), format!("{module}.{n}"));
                            }
                        } else if exported.contains(a.name.as_str()) {
                            renamer
                                .members
                                .insert(bound, format!("{module}.{}", a.name));
                        } else {
                            let span = self.map.span(a.range.start().into(), a.range.end().into());
                            self.errors.push(
                                Diagnostic::new(
                                    Code::UndefinedName,
                                    span,
                                    format!("cannot import name `{}` from `{module}`", a.name),
                                )
                                .label("not defined in this module"),
                            );
                        }
                    }
                }
                _ => kept.push(stmt),
            }
        }
        // Members named by `m.x` must exist.
        let mut exports = HashMap::new();
        for m in renamer.modules.values() {
            exports.insert(m.clone(), self.exports(m));
        }
        renamer.exports = exports;
        let out = kept
            .into_iter()
            .map(|s| renamer.fold_stmt(s).unwrap_or_else(|e| match e {}))
            .collect();
        if renamer.uses_builtins {
            self.load("builtins");
        }
        for (range, what) in std::mem::take(&mut renamer.getter_uses) {
            let span = self.map.span(range.start().into(), range.end().into());
            self.errors.push(Diagnostic::unsupported(span, what));
        }
        for (name, range) in std::mem::take(&mut renamer.missing) {
            let span = self.map.span(range.start().into(), range.end().into());
            let (m, member) = name.split_once('.').unwrap_or((&name, ""));
            self.errors.push(
                Diagnostic::new(
                    Code::UndefinedName,
                    span,
                    format!("module `{m}` has no attribute `{member}`"),
                )
                .label("not defined in this module"),
            );
        }
        out
    }

    /// The names a linked module binds at its top level (unqualified).
    fn exports(&self, module: &str) -> HashSet<String> {
        let prefix = format!("{module}.");
        let mut out = HashSet::new();
        if let Some(stmts) = self.loaded.get(module) {
            for name in top_level_names(stmts) {
                if let Some(n) = name.strip_prefix(&prefix) {
                    out.insert(n.to_string());
                }
            }
        }
        out
    }
}

fn is_stdlib(name: &str) -> bool {
    stdlib_source(name).is_some()
}

/// The names bound by a module's top-level statements.
pub(crate) fn top_level_names(stmts: &[ast::Stmt]) -> Vec<String> {
    let mut assigned = vec![];
    collect_assigned(stmts, &mut assigned);
    let mut out: Vec<String> = assigned.into_iter().map(|(n, _)| n).collect();
    for s in stmts {
        match s {
            ast::Stmt::FunctionDef(f) => out.push(f.name.to_string()),
            ast::Stmt::ClassDef(c) => out.push(c.name.to_string()),
            _ => {}
        }
    }
    out
}

/// One scope the renamer is inside: the names it binds itself.
struct Frame {
    locals: HashSet<String>,
    /// A class body: its names are not visible to the functions nested in it.
    is_class: bool,
}

/// Renames module-level names to their qualified form, scope by scope (also used by
/// `resolve/loopvars.rs` to give a loop its own variables).
#[derive(Default)]
pub(crate) struct Renamer {
    /// Unqualified module-level name → qualified name.
    members: HashMap<String, String>,
    /// Names bound to linked modules (`import heapq as hq`: `hq` → `heapq`).
    modules: HashMap<String, String>,
    /// The members each module in `modules` defines.
    exports: HashMap<String, HashSet<String>>,
    frames: Vec<Frame>,
    /// `m.x` where `m` has no `x`: qualified name, where.
    missing: Vec<(String, ast::text_size::TextRange)>,
    /// Reads of `operator.attrgetter` other than the calls `getters` rewrites.
    getter_uses: Vec<(ast::text_size::TextRange, &'static str)>,
    /// Whether the module binds `object` at its top level (then `object()` is its own).
    binds_object: bool,
    /// Whether the module binds `slice` at its top level (then it is not the builtin).
    binds_slice: bool,
    /// Whether the module binds `iter` at its top level (then `iter(f, end)` is its own).
    binds_iter: bool,
    /// Whether the module binds `open` at its top level (then `open()` is its own).
    binds_open: bool,
    /// Whether the module needs `stdlib/builtins.py` linked: it calls `object()` of the
    /// builtin (renamed to `builtins.object()`, its class there), `dict(m)` of one
    /// argument (which may be a mapping instance: `builtins._dict_of_mapping`), `open()`
    /// (`builtins._open_text`) or `print(…, file=f)` (`builtins._print_to`), or reads a class's
    /// `__mro__` or `__bases__` (which end with `object`).
    uses_builtins: bool,
}

impl Renamer {
    /// A renamer of these module-level names (name → new name) and nothing else.
    pub(crate) fn of(members: HashMap<String, String>) -> Renamer {
        Renamer {
            members,
            ..Renamer::default()
        }
    }

    /// Whether `name` here refers to the module-level binding (not shadowed by a local).
    fn is_global(&self, name: &str) -> bool {
        let innermost = self.frames.len();
        for (k, f) in self.frames.iter().enumerate().rev() {
            // A class body's names are visible only directly in it.
            if f.is_class && k + 1 != innermost {
                continue;
            }
            if f.locals.contains(name) {
                return false;
            }
        }
        true
    }

    /// `object()` of the builtin `object`: a fresh instance with nothing but its identity (a
    /// sentinel), made by the library's class `builtins.object`.
    fn is_builtin_object_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "object")
            && c.args.is_empty()
            && c.keywords.is_empty()
            && !self.binds_object
            && self.is_global("object")
    }

    /// A read of the builtin `slice` (`isinstance(i, slice)`, `slice(1, 3)`): the library's
    /// class `builtins.slice`.
    fn is_builtin_slice(&self, n: &ast::ExprName) -> bool {
        n.id.as_str() == "slice"
            && matches!(n.ctx, ast::ExprContext::Load)
            && !self.binds_slice
            && self.is_global("slice")
    }

    fn qualified(&self, name: &str) -> Option<String> {
        if !self.is_global(name) {
            return None;
        }
        self.members.get(name).cloned()
    }

    fn function_frame(args: &ast::Arguments, body: &[ast::Stmt]) -> Frame {
        let mut locals = HashSet::new();
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            locals.insert(a.def.arg.to_string());
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            locals.insert(a.arg.to_string());
        }
        let mut assigned = vec![];
        collect_assigned(body, &mut assigned);
        let mut globals = HashSet::new();
        collect_global_decls(body, &mut globals);
        locals.extend(
            assigned
                .into_iter()
                .map(|(n, _)| n)
                .filter(|n| !globals.contains(n)),
        );
        locals.extend(nested_defs(body));
        Frame {
            locals,
            is_class: false,
        }
    }

    /// A comprehension's loops and results: its targets are its own variables (in Python 3 a
    /// comprehension is a scope), and its first iterable is evaluated in the enclosing scope.
    fn fold_comprehension(
        &mut self,
        generators: Vec<ast::Comprehension>,
        results: Vec<ast::Expr>,
    ) -> Result<(Vec<ast::Comprehension>, Vec<ast::Expr>), std::convert::Infallible> {
        fn targets(e: &ast::Expr, out: &mut HashSet<String>) {
            match e {
                ast::Expr::Name(n) => {
                    out.insert(n.id.to_string());
                }
                ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
                ast::Expr::List(t) => t.elts.iter().for_each(|e| targets(e, out)),
                ast::Expr::Starred(s) => targets(&s.value, out),
                _ => {}
            }
        }
        let mut locals = HashSet::new();
        generators
            .iter()
            .for_each(|g| targets(&g.target, &mut locals));
        let mut folded_first = None;
        if let Some(first) = generators.first() {
            folded_first = Some(self.fold_expr(first.iter.clone())?);
        }
        self.frames.push(Frame {
            locals,
            is_class: false,
        });
        let mut out = Vec::with_capacity(generators.len());
        for (i, mut g) in generators.into_iter().enumerate() {
            g.target = self.fold_expr(g.target)?;
            g.iter = match (i, folded_first.take()) {
                (0, Some(iter)) => iter,
                _ => self.fold_expr(g.iter)?,
            };
            g.ifs = g
                .ifs
                .into_iter()
                .map(|e| self.fold_expr(e))
                .collect::<Result<_, _>>()?;
            out.push(g);
        }
        let results = results
            .into_iter()
            .map(|e| self.fold_expr(e))
            .collect::<Result<_, _>>();
        self.frames.pop();
        Ok((out, results?))
    }

    fn rename_ident(&self, id: &ast::Identifier) -> ast::Identifier {
        match self.qualified(id.as_str()) {
            Some(q) => ast::Identifier::new(q),
            None => id.clone(),
        }
    }
}

/// The names of the `def`s and classes directly in a body (through compound statements).
fn nested_defs(body: &[ast::Stmt]) -> Vec<String> {
    let mut out = vec![];
    for s in body {
        match s {
            ast::Stmt::FunctionDef(f) => out.push(f.name.to_string()),
            ast::Stmt::ClassDef(c) => out.push(c.name.to_string()),
            ast::Stmt::If(i) => {
                out.extend(nested_defs(&i.body));
                out.extend(nested_defs(&i.orelse));
            }
            ast::Stmt::For(f) => {
                out.extend(nested_defs(&f.body));
                out.extend(nested_defs(&f.orelse));
            }
            ast::Stmt::While(w) => {
                out.extend(nested_defs(&w.body));
                out.extend(nested_defs(&w.orelse));
            }
            _ => {}
        }
    }
    out
}

impl Fold<ast::text_size::TextRange> for Renamer {
    fold_keeping_ranges!();

    fn fold_stmt(&mut self, node: ast::Stmt) -> Result<ast::Stmt, Self::Error> {
        match node {
            ast::Stmt::FunctionDef(mut f) => {
                // The name, decorators and defaults belong to the enclosing scope.
                f.name = self.rename_ident(&f.name);
                f.decorator_list = f
                    .decorator_list
                    .into_iter()
                    .map(|d| self.fold_expr(d))
                    .collect::<Result<_, _>>()?;
                let frame = Renamer::function_frame(&f.args, &f.body);
                let args = *f.args;
                f.args = Box::new(self.fold_arguments(args)?);
                self.frames.push(frame);
                let body = std::mem::take(&mut f.body);
                let body = body.into_iter().map(|s| self.fold_stmt(s));
                let body = body.collect::<Result<_, _>>();
                self.frames.pop();
                f.body = body?;
                Ok(ast::Stmt::FunctionDef(f))
            }
            ast::Stmt::ClassDef(mut c) => {
                c.name = self.rename_ident(&c.name);
                c.bases = c
                    .bases
                    .into_iter()
                    .map(|e| self.fold_expr(e))
                    .collect::<Result<_, _>>()?;
                // (`metaclass=ABCMeta`.)
                for k in c.keywords.iter_mut() {
                    k.value = self.fold_expr(k.value.clone())?;
                }
                c.decorator_list = c
                    .decorator_list
                    .into_iter()
                    .map(|d| self.fold_expr(d))
                    .collect::<Result<_, _>>()?;
                let mut assigned = vec![];
                collect_assigned(&c.body, &mut assigned);
                let mut locals: HashSet<String> = assigned.into_iter().map(|(n, _)| n).collect();
                locals.extend(nested_defs(&c.body));
                self.frames.push(Frame {
                    locals,
                    is_class: true,
                });
                let body = std::mem::take(&mut c.body);
                let body = body.into_iter().map(|s| self.fold_stmt(s));
                let body = body.collect::<Result<_, _>>();
                self.frames.pop();
                c.body = body?;
                Ok(ast::Stmt::ClassDef(c))
            }
            ast::Stmt::Global(mut g) => {
                // `global x` names the module-level binding, whatever the frame binds.
                g.names = g
                    .names
                    .into_iter()
                    .map(|n| match self.members.get(n.as_str()) {
                        Some(q) => ast::Identifier::new(q.clone()),
                        None => n,
                    })
                    .collect();
                Ok(ast::Stmt::Global(g))
            }
            other => ast::fold::fold_stmt(self, other),
        }
    }

    fn fold_expr(&mut self, node: ast::Expr) -> Result<ast::Expr, Self::Error> {
        // `m[1:3, 0]`: each slice among the items a `slice(…)` call, folded as one.
        let node = match node {
            ast::Expr::Subscript(mut s) if has_slice_item(&s.slice) => {
                if let ast::Expr::Tuple(t) = s.slice.as_mut() {
                    t.elts = t.elts.iter().map(slice_call).collect();
                }
                ast::Expr::Subscript(s)
            }
            other => other,
        };
        // `Class.__mro__` and `Class.__bases__` end with `object`: its class, the library's.
        if let ast::Expr::Attribute(a) = &node {
            if matches!(a.attr.as_str(), "__mro__" | "__bases__") && !self.binds_object {
                self.uses_builtins = true;
            }
            // `sys.stdout` / `sys.stderr`, which may be used as values (resolve decides).
            if matches!(a.attr.as_str(), "stdout" | "stderr" | "exc_info")
                && matches!(a.value.as_ref(), ast::Expr::Name(_))
            {
                self.uses_builtins = true;
            }
        }
        // (And as imported: `from sys import stderr`.)
        if matches!(&node, ast::Expr::Name(n) if matches!(n.id.as_str(), "stdout" | "stderr" | "exc_info"))
        {
            self.uses_builtins = true;
        }
        match node {
            ast::Expr::Name(mut n) => {
                if self.is_builtin_slice(&n) {
                    n.id = ast::Identifier::new(SLICE_CLASS);
                    self.uses_builtins = true;
                    return Ok(ast::Expr::Name(n));
                }
                n.id = self.rename_ident(&n.id);
                if let Some((_, what)) = getters::NAMED_ONLY
                    .iter()
                    .find(|(g, _)| *g == n.id.as_str())
                {
                    if matches!(n.ctx, ast::ExprContext::Load) {
                        self.getter_uses.push((n.range, what));
                    }
                }
                Ok(ast::Expr::Name(n))
            }
            ast::Expr::Call(mut c) => {
                // `slice(stop)`, `slice(start, stop)`: the class takes all three parts.
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if self.is_builtin_slice(n))
                    && c.keywords.is_empty()
                    && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
                {
                    let none = |r| {
                        ast::Expr::Constant(ast::ExprConstant {
                            range: r,
                            value: ast::Constant::None,
                            kind: None,
                        })
                    };
                    let r = c.range;
                    match c.args.len() {
                        1 => {
                            c.args.insert(0, none(r));
                            c.args.push(none(r));
                        }
                        2 => c.args.push(none(r)),
                        _ => {}
                    }
                }
                if self.is_builtin_object_call(&c) {
                    if let ast::Expr::Name(n) = c.func.as_mut() {
                        n.id = ast::Identifier::new(OBJECT_CLASS);
                        self.uses_builtins = true;
                        return Ok(ast::Expr::Call(c));
                    }
                }
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "iter")
                    && c.args.len() == 2
                    && c.keywords.is_empty()
                    && !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
                    && !self.binds_iter
                    && self.is_global("iter")
                {
                    if let ast::Expr::Name(n) = c.func.as_mut() {
                        n.id = ast::Identifier::new(ITER_CALL);
                        self.uses_builtins = true;
                    }
                }
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "dict")
                    && c.args.len() == 1
                    && c.keywords.is_empty()
                {
                    self.uses_builtins = true;
                }
                // `open(path, mode, …)`: the library's text file, or with a literal binary mode
                // its binary file.
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "open")
                    && !self.binds_open
                    && self.is_global("open")
                {
                    let mode = c.args.get(1).or_else(|| {
                        let k = c
                            .keywords
                            .iter()
                            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "mode"));
                        k.map(|k| &k.value)
                    });
                    let binary = matches!(mode, Some(ast::Expr::Constant(ast::ExprConstant {
                        value: ast::Constant::Str(m), ..
                    })) if m.contains('b'));
                    if let ast::Expr::Name(n) = c.func.as_mut() {
                        n.id = ast::Identifier::new(if binary { OPEN_BINARY } else { OPEN_TEXT });
                    }
                    self.uses_builtins = true;
                }
                // `zip(*[it] * n)`: the library's `_zip_repeated` (resolve).
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "zip")
                    && matches!(c.args.as_slice(), [ast::Expr::Starred(s)]
                        if matches!(s.value.as_ref(), ast::Expr::BinOp(_)))
                {
                    self.uses_builtins = true;
                }
                // `print(…, file=f)` writes through the library's `_print_to` (resolve).
                if matches!(c.func.as_ref(), ast::Expr::Name(n) if n.id.as_str() == "print")
                    && c.keywords
                        .iter()
                        .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "file"))
                {
                    self.uses_builtins = true;
                }
                let folded = ast::fold::fold_expr(self, ast::Expr::Call(c))?;
                let ast::Expr::Call(c) = folded else {
                    return Ok(folded);
                };
                match getters::rewrite(&c) {
                    Some(lambda) => {
                        let callee = rustpython_ast::Ranged::range(c.func.as_ref());
                        self.getter_uses.retain(|(r, _)| *r != callee);
                        Ok(lambda)
                    }
                    None => Ok(ast::Expr::Call(c)),
                }
            }
            ast::Expr::Attribute(a) => {
                if let ast::Expr::Name(n) = a.value.as_ref() {
                    if let Some(m) = self.modules.get(n.id.as_str()) {
                        if self.is_global(n.id.as_str()) {
                            let q = format!("{m}.{}", a.attr);
                            let known = self
                                .exports
                                .get(m)
                                .is_some_and(|e| e.contains(a.attr.as_str()));
                            if !known && MIXED.contains(&m.as_str()) {
                                // Served by resolve (`collections.defaultdict`).
                                return ast::fold::fold_expr(self, ast::Expr::Attribute(a));
                            }
                            if !known {
                                self.missing.push((q.clone(), a.range));
                            }
                            return Ok(ast::Expr::Name(ast::ExprName {
                                id: ast::Identifier::new(q),
                                ctx: a.ctx,
                                range: a.range,
                            }));
                        }
                    }
                }
                let folded = ast::fold::fold_expr(self, ast::Expr::Attribute(a))?;
                // A library function's attribute that is a function (`chain.from_iterable`).
                if let ast::Expr::Attribute(a) = &folded {
                    if let ast::Expr::Name(n) = a.value.as_ref() {
                        let found = FUNCTION_ATTRS
                            .iter()
                            .find(|(f, attr, _)| *f == n.id.as_str() && *attr == a.attr.as_str());
                        if let Some((_, _, function)) = found {
                            return Ok(ast::Expr::Name(ast::ExprName {
                                id: ast::Identifier::new(*function),
                                ctx: a.ctx,
                                range: a.range,
                            }));
                        }
                    }
                }
                Ok(folded)
            }
            ast::Expr::Lambda(mut l) => {
                let frame = Renamer::function_frame(&l.args, &[]);
                let args = *l.args;
                l.args = Box::new(self.fold_arguments(args)?);
                self.frames.push(frame);
                let body = self.fold_expr(*l.body);
                self.frames.pop();
                l.body = Box::new(body?);
                Ok(ast::Expr::Lambda(l))
            }
            ast::Expr::ListComp(c) => {
                let (generators, mut elts) = self.fold_comprehension(c.generators, vec![*c.elt])?;
                Ok(ast::Expr::ListComp(ast::ExprListComp {
                    range: c.range,
                    elt: Box::new(elts.remove(0)),
                    generators,
                }))
            }
            ast::Expr::SetComp(c) => {
                let (generators, mut elts) = self.fold_comprehension(c.generators, vec![*c.elt])?;
                Ok(ast::Expr::SetComp(ast::ExprSetComp {
                    range: c.range,
                    elt: Box::new(elts.remove(0)),
                    generators,
                }))
            }
            ast::Expr::GeneratorExp(c) => {
                let (generators, mut elts) = self.fold_comprehension(c.generators, vec![*c.elt])?;
                Ok(ast::Expr::GeneratorExp(ast::ExprGeneratorExp {
                    range: c.range,
                    elt: Box::new(elts.remove(0)),
                    generators,
                }))
            }
            ast::Expr::DictComp(c) => {
                let (generators, mut kv) =
                    self.fold_comprehension(c.generators, vec![*c.key, *c.value])?;
                let value = kv.remove(1);
                Ok(ast::Expr::DictComp(ast::ExprDictComp {
                    range: c.range,
                    key: Box::new(kv.remove(0)),
                    value: Box::new(value),
                    generators,
                }))
            }
            other => ast::fold::fold_expr(self, other),
        }
    }
}
