//! Resolve: Python AST → HIR.
//!
//! Builds the module's scopes (module globals, function locals, `global` declarations), resolves
//! every name, matches call arguments to parameters, and desugars augmented assignment, tuple
//! assignment, chained assignment and default arguments. Anything outside the compiled subset is
//! reported here as an `unsupported-construct` naming it.
//!
//! **Invariant:** resolve knows nothing of types. It reports every error it finds.

use crate::diag::{Code, Diagnostic};
use crate::hir::*;
use crate::source::{FileId, SourceMap, Span};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

mod abstract_classes;
mod assigned;
mod attr_calls;
mod bound_methods;
mod builtin_keywords;
mod cached_properties;
mod calls;
mod class_body;
mod class_defs;
mod class_dunders;
mod class_scope;
mod class_values;
mod classmethods;
mod closures;
mod collections;
mod constants;
mod dataclass_calls;
mod dataclasses;
mod property_calls;
mod property_deleters;
pub(crate) use dataclasses::place_generated;
mod decorators;
mod self_class;
pub(crate) use assigned::{collect_assigned, collect_global_decls};
pub(crate) use dataclasses::Relocate;
pub(crate) use type_tests::STATIC_ONLY;
mod def_groups;
mod describe;
mod dict_keywords;
mod displays;
mod enums;
mod flow;
pub use decorators::UNDECORATED;
pub use flow::terminates;
mod iterators;
mod keys;
mod loops;
mod loopvars;
mod memoize;
mod method_calls;
mod namedtuples;
mod not_implemented;
mod patterns;
mod percent;
mod raising_calls;
mod rebind;
mod sequence_iter;
mod slice_objects;
mod star_calls;
mod stmts;
mod str_format;
mod str_names;
mod super_classmethods;
mod sys_module;
use sys_module::{SYS_MEMBERS, VERSION_INFO};
mod targets;
mod total_ordering;
mod type_tests;
mod versions;

use describe::{describe_expr, describe_stmt};

/// Resolves a parsed module into a program.
///
/// `module` may hold statements of several files (linked standard-library modules, see
/// `modules.rs`); `map` locates each range in its file.
pub fn resolve(
    map: &SourceMap,
    file: FileId,
    module: &[ast::Stmt],
) -> crate::diag::Result<Program> {
    let mut r = Resolver {
        file,
        map,
        globals: vec![],
        global_ids: HashMap::new(),
        func_ids: HashMap::new(),
        top_level: Default::default(),
        funcs: vec![],
        errors: vec![],
        warnings: vec![],
        rejected_names: Default::default(),
        math_aliases: Default::default(),
        math_members: HashMap::new(),
        sys_aliases: Default::default(),
        sys_members: HashMap::new(),
        collections_aliases: Default::default(),
        defaultdict_names: Default::default(),
        user_factories: HashMap::new(),
        str_constants: HashMap::new(),
        generator_funcs: HashSet::new(),
        not_implemented_methods: HashSet::new(),
        exc_ctors: HashMap::new(),
        docstrings: HashMap::new(),
        classes: vec![],
        class_ids: HashMap::new(),
        current_cls: None,
        stored_attrs: HashSet::new(),
        current_method_class: None,
        nested: vec![],
        n_top: 0,
        frozen: HashMap::new(),
        value_types: HashMap::new(),
        fallbacks: HashMap::new(),
        late_class_attrs: HashMap::new(),
        abstract_classes: HashMap::new(),
        getattr_called: false,
    };
    let module = class_defs::generic_bases(module.to_vec());
    let (module, errors, value_types) = enums::expand(module, map);
    if !errors.is_empty() {
        return Err(errors);
    }
    r.value_types = value_types;
    let (module, abstract_classes) = abstract_classes::expand(property_deleters::expand(
        cached_properties::expand(property_calls::expand(module)),
    ));
    let module = not_implemented::final_twins(self_class::expand(module));
    r.abstract_classes = abstract_classes;
    let (module, errors) = patterns::expand(module, map);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (module, fallbacks) = sequence_iter::expand(class_body::expand(module));
    r.fallbacks = fallbacks;
    let module = versions::expand(loopvars::expand(decorators::expand(memoize::expand(
        classmethods::expand(super_classmethods::expand(module)),
    ))));
    // (The named tuples' `_replace` names `type(self)`: their subclasses get copies.)
    let module = self_class::expand(namedtuples::expand(&total_ordering::expand(&module)));
    let (module, frozen) = dataclasses::expand(&module);
    r.frozen = frozen;
    r.str_constants = constants::str_constants(&module);
    r.user_factories = collections::user_factories(&module);
    r.run(&module);
    if r.errors.is_empty() {
        // The module-level functions, the module body, then the nested functions.
        let main = FuncId(r.n_top as u32);
        let mut funcs = r.funcs;
        funcs.extend(
            r.nested
                .into_iter()
                .map(|f| f.expect("every nested function resolved")),
        );
        let errors: Vec<Diagnostic> = funcs.iter().flat_map(unsupported_dels).collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut classes = r.classes;
        Program::connect_layouts(&mut classes);
        Ok(Program {
            funcs,
            globals: r.globals,
            classes,
            main,
            warnings: r.warnings,
        })
    } else {
        Err(r.errors)
    }
}

/// The `del x` statements of `f` natrix does not compile yet: of a parameter, of a variable
/// of an enclosing function (`nonlocal`) or one an inner function uses (a cell), and any in a
/// generator.
fn unsupported_dels(f: &Function) -> Vec<Diagnostic> {
    let mut out = vec![];
    visit_stores(&f.body, &mut |p, s| {
        let (Place::Local(l), Store::Del(span)) = (p, s) else {
            return;
        };
        let what = if f.is_generator {
            "`del` of a variable in a generator"
        } else if (l.0 as usize) < f.captures {
            "`del` of a variable of an enclosing function"
        } else if (l.0 as usize) < f.params.len() {
            "`del` of a parameter"
        } else if f.locals[l.0 as usize].cell {
            "`del` of a variable an inner function uses"
        } else {
            return;
        };
        out.push(Diagnostic::unsupported(span, what));
    });
    out
}

struct Resolver<'m> {
    file: FileId,
    /// The frozen dataclasses and named tuples, by class name (`dataclasses::expand`).
    frozen: HashMap<String, crate::hir::Frozen>,
    /// The enums whose members are ints or strs (`IntEnum`, `StrEnum`, the mixins), by class
    /// name (`enums::expand`): `hir::Class::value_type`.
    value_types: HashMap<String, &'static str>,
    /// The methods `sequence_iter::expand` gave each class, by class name.
    fallbacks: HashMap<String, Vec<String>>,
    /// Class attributes the module's top level assigns after the class body (`Token.KINDS =
    /// […]`), by class name: attributes of the class, without a value until then.
    late_class_attrs: HashMap<String, Vec<String>>,
    /// The classes that cannot be instantiated (`abstract_classes.rs`), by name, with the
    /// message of the TypeError calling them raises.
    abstract_classes: HashMap<String, String>,
    /// Resolving the callee of a call that is itself a call (`getattr(obj, name)(…)`): a
    /// computed `getattr` there looks for methods only (`attr_calls.rs`).
    getattr_called: bool,
    /// Where each file starts in the parser's offset space.
    map: &'m SourceMap,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    /// Top-level `def`s, by name, with their AST.
    func_ids: HashMap<String, FuncId>,
    /// Where the module's top-level `def`s and `class`es start: one found elsewhere at module
    /// level (under an `if`, in a loop or `try`) is not supported.
    top_level: std::collections::HashSet<u32>,
    /// The module's classes, by name.
    classes: Vec<Class>,
    class_ids: HashMap<String, ClassId>,
    funcs: Vec<Function>,
    errors: Vec<Diagnostic>,
    /// Calls that always raise TypeError (`raising_calls.rs`).
    warnings: Vec<Diagnostic>,
    /// Names bound by statements natrix rejects (classes, imports): already reported, so a use
    /// of one is not a second, misleading `undefined-name` error.
    rejected_names: std::collections::HashSet<String>,
    /// Names bound to the `math` module (`import math`, `import math as m`).
    math_aliases: std::collections::HashSet<String>,
    /// While resolving a `@classmethod`: its class.
    current_cls: Option<ClassId>,
    /// The attributes some method assigns through its instance parameter (`self.x = …`).
    stored_attrs: HashSet<String>,
    /// While resolving a method: the class that defines it (for `super()`).
    current_method_class: Option<ClassId>,
    /// Nested functions and lambdas, numbered from `n_top + 1` (after the module body).
    nested: Vec<Option<Function>>,
    /// The number of module-level functions (and methods): the module body's `FuncId`.
    n_top: usize,
    /// Names bound to members of `math` (`from math import sqrt as root`): local name → member.
    math_members: HashMap<String, String>,
    /// Names bound to the `sys` module, and to its members (`from sys import exit`).
    sys_aliases: std::collections::HashSet<String>,
    sys_members: HashMap<String, String>,
    /// Names bound to the `collections` module, and to `collections.defaultdict`.
    collections_aliases: std::collections::HashSet<String>,
    defaultdict_names: std::collections::HashSet<String>,
    /// The program's functions and classes that may be `defaultdict` factories
    /// (`collections::user_factories`).
    user_factories: HashMap<String, collections::UserFactory>,
    /// Module-level names bound once to a str literal (see `resolve/constants.rs`).
    str_constants: HashMap<String, String>,
    /// The module-level functions that are generators.
    generator_funcs: HashSet<String>,
    /// The methods whose body has a `return NotImplemented` (`not_implemented.rs`).
    not_implemented_methods: HashSet<FuncId>,
    /// The constructors made for builtin exception classes used as values
    /// (`class_values.rs`).
    exc_ctors: HashMap<natrix_abi::ExcKind, FuncId>,
    /// The docstrings of the program's top-level functions and classes, by name (`__doc__`).
    docstrings: HashMap<String, String>,
}

/// What a comprehension makes.
#[derive(Clone, Copy)]
enum CompElt<'a> {
    List(&'a ast::Expr),
    Set(&'a ast::Expr),
    Dict(&'a ast::Expr, &'a ast::Expr),
}

/// The iteration of a `for` loop or comprehension clause.
enum LoopHeader {
    Range(Expr, Expr, Expr),
    Iter(Expr),
    /// `zip(…)`/`enumerate(…)`: the iterables, the hidden variable each item goes to, the
    /// tuple of the items (with enumerate's counter first) that is the loop variable's value,
    /// and enumerate's `k = k + 1`.
    Zip {
        iters: Vec<Expr>,
        items: Vec<Place>,
        tuple: Expr,
        bump: Option<Stmt>,
        strict: bool,
    },
}

impl LoopHeader {
    fn into_stmt(self, var: Place, body: Vec<Stmt>, orelse: Vec<Stmt>) -> StmtKind {
        match self {
            LoopHeader::Range(start, stop, step) => StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            },
            LoopHeader::Iter(iter) => StmtKind::ForIter {
                var,
                iter,
                body,
                orelse,
            },
            LoopHeader::Zip {
                iters,
                items,
                tuple,
                bump,
                strict,
            } => {
                let span = tuple.span;
                let mut inner = vec![Stmt {
                    span,
                    kind: StmtKind::Assign(var, tuple),
                }];
                inner.extend(bump);
                inner.extend(body);
                StmtKind::ForZip {
                    vars: items,
                    iters,
                    body: inner,
                    orelse,
                    strict,
                }
            }
        }
    }
}

/// What a function's parameters look like, for matching call arguments.
struct Signature {
    names: Vec<String>,
    defaults: Vec<Option<GlobalId>>,
    kinds: Vec<ParamKind>,
}

/// The parameters of a `def` in natrix's order (positional, `*args`, keyword-only): name, default
/// value, kind, where.
fn def_params(
    args: &ast::Arguments,
) -> Vec<(
    &str,
    Option<&ast::Expr>,
    ParamKind,
    ast::text_size::TextRange,
)> {
    let mut out = vec![];
    for a in &args.posonlyargs {
        out.push((
            a.def.arg.as_str(),
            a.default.as_deref(),
            ParamKind::PosOnly,
            a.def.range,
        ));
    }
    for a in &args.args {
        out.push((
            a.def.arg.as_str(),
            a.default.as_deref(),
            ParamKind::Positional,
            a.def.range,
        ));
    }
    if let Some(v) = &args.vararg {
        out.push((v.arg.as_str(), None, ParamKind::VarArgs, v.range));
    }
    for a in &args.kwonlyargs {
        out.push((
            a.def.arg.as_str(),
            a.default.as_deref(),
            ParamKind::KwOnly,
            a.def.range,
        ));
    }
    if let Some(k) = &args.kwarg {
        out.push((k.arg.as_str(), None, ParamKind::VarKw, k.range));
    }
    out
}

/// The scope of the function being resolved.
struct Scope {
    is_module: bool,
    locals: Vec<Local>,
    local_ids: HashMap<String, LocalId>,
    n_exprs: u32,
    loop_depth: u32,
    /// The function's local variables that only hold one of a few str literals
    /// (`str_names.rs`).
    strs: HashMap<String, Vec<String>>,
    /// The function's local variables assigned a `getattr` that are only ever called
    /// (`attr_calls::called_getattrs`).
    called_getattrs: HashSet<String>,
    /// In a `@classmethod`: the name of its first parameter and the class it stands for.
    cls: Option<(String, ClassId)>,
    /// The binary operations of augmented assignments to names (`x += y`).
    inplace: Vec<ExprId>,
    /// The groups of mutually recursive functions defined in this function.
    groups: Vec<def_groups::DefGroup>,
    /// In a method: its name and its first two parameters (`__eq__`, `self`, `other`), for
    /// `return NotImplemented`.
    method: Option<(String, String, String)>,
    /// In a method: its first parameter (`self`), for calls of attributes holding functions.
    this: Option<String>,
}

impl Scope {
    /// An empty scope: of the module body, or of a function.
    fn new(is_module: bool) -> Scope {
        Scope {
            is_module,
            locals: vec![],
            local_ids: HashMap::new(),
            n_exprs: 0,
            loop_depth: 0,
            cls: None,
            inplace: vec![],
            groups: vec![],
            method: None,
            this: None,
            strs: HashMap::new(),
            called_getattrs: HashSet::new(),
        }
    }
}

impl Resolver<'_> {
    fn span(&self, range: ast::text_size::TextRange) -> Span {
        self.map.span(range.start().into(), range.end().into())
    }

    fn global(&mut self, name: &str, span: Span) -> GlobalId {
        if let Some(id) = self.global_ids.get(name) {
            return *id;
        }
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            name: name.to_string(),
            span,
        });
        self.global_ids.insert(name.to_string(), id);
        id
    }

    fn run(&mut self, module: &[ast::Stmt]) {
        // Pass 1: the module's functions and global variables, so that a function may call one
        // defined later in the file.
        let mut defs = vec![];
        // The qualified name of each def (`Class.method` for methods), for hidden globals.
        let mut qualnames: Vec<String> = vec![];
        self.late_class_attrs = class_defs::late_class_attrs(module);
        for stmt in module {
            if matches!(stmt, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_)) {
                self.top_level.insert(stmt.range().start().to_u32());
            }
            if let ast::Stmt::FunctionDef(def) = stmt {
                let id = FuncId(defs.len() as u32);
                if closures::contains_yield(&def.body) {
                    self.generator_funcs.insert(def.name.to_string());
                }
                if let Some(doc) = docstring(&def.body) {
                    self.docstrings.insert(def.name.to_string(), doc);
                }
                if self.func_ids.insert(def.name.to_string(), id).is_some() {
                    let span = self.span(def.range);
                    self.errors
                        .push(Diagnostic::unsupported(span, "redefining a function"));
                }
                defs.push(def);
                qualnames.push(def.name.to_string());
            }
            if let ast::Stmt::ClassDef(c) = stmt {
                self.class_def(c, &mut defs, &mut qualnames);
            }
        }
        for stmt in module {
            match stmt {
                ast::Stmt::ClassDef(_) => {}
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        if a.name.as_str() == "math" {
                            self.math_aliases.insert(bound.to_string());
                            continue;
                        }
                        if a.name.as_str() == "sys" {
                            self.sys_aliases.insert(bound.to_string());
                            continue;
                        }
                        if a.name.as_str() == "collections" {
                            self.collections_aliases.insert(bound.to_string());
                            continue;
                        }
                        let first = bound.as_str().split('.').next().unwrap_or("");
                        self.rejected_names.insert(first.to_string());
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.module.as_ref().map(|m| m.as_str()) == Some("math")
                        && i.level.map_or(true, |l| l.to_u32() == 0) =>
                {
                    for a in &i.names {
                        let member = a.name.to_string();
                        let known = crate::builtins::is_math_fn(&member)
                            || crate::builtins::MATH_CONSTS
                                .iter()
                                .any(|(n, _)| *n == member);
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if known {
                            self.math_members.insert(bound, member);
                        } else {
                            let span = self.span(a.range);
                            self.errors
                                .push(Diagnostic::unsupported(span, &format!("`math.{member}`")));
                            self.rejected_names.insert(bound);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.module.as_ref().map(|m| m.as_str()) == Some("sys")
                        && i.level.map_or(true, |l| l.to_u32() == 0) =>
                {
                    for a in &i.names {
                        let member = a.name.to_string();
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if SYS_MEMBERS.contains(&member.as_str()) {
                            self.sys_members.insert(bound, member);
                        } else {
                            let span = self.span(a.range);
                            self.errors
                                .push(Diagnostic::unsupported(span, &format!("`sys.{member}`")));
                            self.rejected_names.insert(bound);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i)
                    if i.module.as_ref().map(|m| m.as_str()) == Some("collections")
                        && i.level.map_or(true, |l| l.to_u32() == 0) =>
                {
                    for a in &i.names {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        if a.name.as_str() == "defaultdict" {
                            self.defaultdict_names.insert(bound);
                        } else {
                            let span = self.span(a.range);
                            self.errors.push(Diagnostic::unsupported(
                                span,
                                &format!("`collections.{}`", a.name),
                            ));
                            self.rejected_names.insert(bound);
                        }
                    }
                }
                ast::Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        self.rejected_names
                            .insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                    }
                }
                _ => {}
            }
        }
        let mut assigned = vec![];
        collect_assigned(module, &mut assigned);
        // (A `def` under `if`, in a loop, `try` or `with` binds a global too.)
        for (name, range) in assigned::nested_defs(module) {
            if !self.func_ids.contains_key(&name) && !assigned.iter().any(|(n, _)| *n == name) {
                assigned.push((name, range));
            }
        }
        for (name, range) in assigned {
            let span = self.span(range);
            if self.func_ids.contains_key(&name) {
                self.errors.push(Diagnostic::unsupported(
                    span,
                    "assigning to a function's name",
                ));
            } else {
                self.global(&name, span);
            }
        }
        // Pass 2: the default values' hidden globals, then every function body.
        self.stored_attrs = attr_calls::stored_attrs(&defs);
        self.stored_attrs
            .extend(bound_methods::assigned_attrs(module));
        self.n_top = defs.len();
        let mut sigs = vec![];
        for (k, def) in defs.iter().enumerate() {
            let qualname = qualnames[k].clone();
            let mut names = vec![];
            let mut defaults = vec![];
            let mut kinds = vec![];
            let args = &def.args;
            for (name, default, kind, _) in def_params(args) {
                names.push(name.to_string());
                kinds.push(kind);
                defaults.push(default.map(|d| {
                    let span = self.span(d.range());
                    self.global(&format!("{qualname}.<default {name}>"), span)
                }));
            }
            let fid = FuncId(k as u32);
            let known = self.classes.iter().any(|c| {
                c.statics.contains(&fid)
                    || c.properties.contains(&fid)
                    || c.classmethods.contains(&fid)
                    || c.setters.iter().any(|(_, f)| *f == fid)
            });
            if !def.decorator_list.is_empty() && !known {
                // The program's own decorators were applied before (`decorators.rs`): what is
                // left is another module's, or one on a method that calls `super()`.
                let span = self.span(def.decorator_list[0].range());
                self.errors.push(
                    Diagnostic::unsupported(span, "this decorator").label(
                        "natrix applies the program's own decorators (not on a method using `super` other than as `super().m(…)`), `@staticmethod`, `@classmethod`, `@property`, `@dataclass` and `functools` caches",
                    ),
                );
            }
            sigs.push(Signature {
                names,
                defaults,
                kinds,
            });
        }
        for (i, def) in defs.iter().enumerate() {
            let fid = FuncId(i as u32);
            let cls = self
                .classes
                .iter()
                .position(|c| c.classmethods.contains(&fid))
                .map(|c| ClassId(c as u32));
            self.current_cls = cls;
            self.current_method_class = self
                .classes
                .iter()
                .position(|c| c.methods.iter().any(|(_, m)| *m == fid))
                .map(|c| ClassId(c as u32));
            let f = self.function(def, &sigs, &sigs[i]);
            self.current_cls = None;
            self.current_method_class = None;
            self.funcs.push(f);
        }
        // The module body is the last function.
        let mut scope = Scope::new(true);
        let body = self.block(module, &mut scope, &sigs);
        let span = Span::new(self.file, 0, 0);
        self.funcs.push(Function {
            name: "<module>".into(),
            span,
            params: vec![],
            locals: scope.locals,
            body,
            n_exprs: scope.n_exprs,
            inplace: scope.inplace,
            falls_through: true,
            captures: 0,
            self_param: false,
            is_generator: false,
            builtin_type: false,
        });
    }

    fn function(
        &mut self,
        def: &ast::StmtFunctionDef,
        sigs: &[Signature],
        sig: &Signature,
    ) -> Function {
        let span = self.span(def.range);
        let mut scope = Scope::new(false);
        let first_param = def.args.posonlyargs.first().or(def.args.args.first());
        if let (Some(c), Some(first)) = (self.current_cls, first_param) {
            scope.cls = Some((first.def.arg.to_string(), c));
        }
        let positional: Vec<&ast::ArgWithDefault> =
            def.args.posonlyargs.iter().chain(&def.args.args).collect();
        if let (Some(_), Some(this)) = (self.current_method_class, positional.first()) {
            scope.this = Some(this.def.arg.to_string());
        }
        if let (Some(_), [this, other, ..]) = (self.current_method_class, positional.as_slice()) {
            scope.method = Some((
                crate::hir::py_name(def.name.as_str()),
                this.def.arg.to_string(),
                other.def.arg.to_string(),
            ));
        }
        let mut declared_global = HashSet::new();
        collect_global_decls(&def.body, &mut declared_global);
        let mut params = vec![];
        for (i, (name, _, kind, range)) in def_params(&def.args).into_iter().enumerate() {
            let pspan = self.span(range);
            let local = new_local(&mut scope, name, pspan);
            params.push(Param {
                name: name.to_string(),
                local,
                kind,
                default: sig.defaults[i],
                env_default: None,
            });
        }
        let mut assigned = vec![];
        collect_assigned(&def.body, &mut assigned);
        for (name, range) in assigned {
            if !declared_global.contains(&name) && !scope.local_ids.contains_key(&name) {
                let s = self.span(range);
                new_local(&mut scope, &name, s);
            }
        }
        self.prepare_nested(&def.body, &mut scope, span);
        let param_names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
        scope.strs = str_names::literal_strs(&def.body, &param_names);
        scope.called_getattrs = attr_calls::called_getattrs(&def.body);
        for name in &declared_global {
            if !self.global_ids.contains_key(name) {
                if self.func_ids.contains_key(name) {
                    self.errors.push(Diagnostic::unsupported(
                        span,
                        "assigning to a function's name",
                    ));
                } else {
                    self.global(name, span);
                }
            }
        }
        let body = self.function_body(&def.body, &params, &mut scope, sigs);
        Function {
            name: def.name.to_string(),
            span,
            params,
            locals: scope.locals,
            falls_through: !terminates(&body),
            body,
            n_exprs: scope.n_exprs,
            inplace: scope.inplace,
            captures: 0,
            self_param: false,
            is_generator: closures::contains_yield(&def.body),
            builtin_type: false,
        }
    }

    fn block(&mut self, stmts: &[ast::Stmt], scope: &mut Scope, sigs: &[Signature]) -> Vec<Stmt> {
        let mut out = vec![];
        for s in stmts {
            self.stmt(s, scope, sigs, &mut out);
        }
        out
    }

    fn place(&mut self, name: &str, span: Span, scope: &Scope) -> Option<Place> {
        if let Some(l) = scope.local_ids.get(name) {
            return Some(Place::Local(*l));
        }
        if let Some(g) = self.global_ids.get(name) {
            return Some(Place::Global(*g));
        }
        if self.func_ids.contains_key(name) {
            self.errors
                .push(Diagnostic::unsupported(span, "using a function as a value"));
        } else if self.rejected_names.contains(name) {
            // Its definition was already reported as unsupported.
        } else if self.math_aliases.contains(name)
            || self.sys_aliases.contains(name)
            || self.collections_aliases.contains(name)
        {
            self.errors.push(Diagnostic::unsupported(
                span,
                &format!("using the module `{name}` as a value"),
            ));
        } else if self.class_ids.contains_key(name)
            || natrix_abi::ExcKind::from_name(name).is_some()
        {
            // A module-level name bound once to classes is read through (`modules/class_aliases.rs`).
            self.errors.push(
                Diagnostic::unsupported(span, &format!("using the class `{name}` as a value"))
                    .label(format!(
                        "a class held in a variable; a top-level name bound once to it \
                         (`ERRORS = ({name}, …)`) compiles"
                    )),
            );
        } else {
            self.errors.push(
                Diagnostic::new(
                    Code::UndefinedName,
                    span,
                    format!("name `{name}` is not defined"),
                )
                .label("not found in this scope"),
            );
        }
        None
    }

    /// The class a name stands for: a class not shadowed by a variable, or the `cls` of the
    /// enclosing `@classmethod`.
    pub(super) fn class_named(&self, name: &str, scope: &Scope) -> Option<ClassId> {
        if let Some((c, cid)) = &scope.cls {
            if c == name {
                return Some(*cid);
            }
        }
        if scope.local_ids.contains_key(name) || self.global_ids.contains_key(name) {
            return None;
        }
        self.class_ids.get(name).copied()
    }

    /// `Class.name` naming a class attribute (the class not shadowed by a variable): its global.
    fn class_attr(&self, a: &ast::ExprAttribute, scope: &Scope) -> Option<GlobalId> {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return None;
        };
        let cid = self.class_named(n.id.as_str(), scope)?;
        let name = a.attr.as_str();
        self.classes[cid.0 as usize]
            .mro
            .clone()
            .into_iter()
            .find_map(|k| self.classes[k.0 as usize].attr(name))
    }

    /// The method `name` as `super()` in a method of class `c` finds it: from the classes after
    /// `c` in its method resolution order.
    pub(super) fn super_lookup(&self, c: ClassId, name: &str) -> Option<FuncId> {
        let mro = &self.classes[c.0 as usize].mro;
        mro[1..]
            .iter()
            .find_map(|k| self.classes[k.0 as usize].method(name))
    }

    /// The method `name` of class `c`, own or inherited.
    pub(super) fn lookup_method(&self, c: ClassId, name: &str) -> Option<FuncId> {
        self.classes[c.0 as usize]
            .mro
            .clone()
            .into_iter()
            .find_map(|k| self.classes[k.0 as usize].method(name))
    }

    /// The method `Class.name` names, when it is a plain method or a staticmethod (not a
    /// classmethod, whose `cls` would need binding, nor a property).
    fn unbound_method(&self, a: &ast::ExprAttribute, scope: &Scope) -> Option<FuncId> {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return None;
        };
        let cid = self.class_named(n.id.as_str(), scope)?;
        let fid = self.lookup_method(cid, a.attr.as_str())?;
        let special = self
            .classes
            .iter()
            .any(|c| c.classmethods.contains(&fid) || c.properties.contains(&fid));
        (!special).then_some(fid)
    }

    /// `Class.m` naming a `@classmethod` of the program's class `Class`: the class's name.
    fn classmethod_named(&self, a: &ast::ExprAttribute, scope: &Scope) -> Option<String> {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return None;
        };
        let cid = self.class_named(n.id.as_str(), scope)?;
        let fid = self.lookup_method(cid, a.attr.as_str())?;
        self.classes
            .iter()
            .any(|c| c.classmethods.contains(&fid))
            .then(|| n.id.to_string())
    }

    /// `Class.name = v` must name the class's own attribute: assigning through a subclass
    /// would give the subclass an attribute of its own, which natrix does not model yet.
    fn check_own_class_attr(&mut self, a: &ast::ExprAttribute, scope: &Scope) {
        let ast::Expr::Name(n) = a.value.as_ref() else {
            return;
        };
        let Some(cid) = self.class_named(n.id.as_str(), scope) else {
            return;
        };
        if self.classes[cid.0 as usize].attr(a.attr.as_str()).is_none() {
            let span = self.span(a.range);
            self.errors.push(Diagnostic::unsupported(
                span,
                "assigning an inherited class attribute through a subclass",
            ));
        }
    }

    pub(super) fn is_user_name(&self, name: &str, scope: &Scope) -> bool {
        scope.local_ids.contains_key(name)
            || self.global_ids.contains_key(name)
            || self.func_ids.contains_key(name)
    }

    fn expr_node(&mut self, scope: &mut Scope, span: Span, kind: ExprKind) -> Expr {
        let id = ExprId(scope.n_exprs);
        scope.n_exprs += 1;
        Expr { id, span, kind }
    }

    fn expr(&mut self, e: &ast::Expr, scope: &mut Scope, sigs: &[Signature]) -> Expr {
        let span = self.span(e.range());
        let kind = match e {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::None => ExprKind::None,
                ast::Constant::Bool(b) => ExprKind::Bool(*b),
                ast::Constant::Str(s) => ExprKind::Str(s.clone()),
                ast::Constant::Int(i) => match i.to_string().parse::<i64>() {
                    Ok(v)
                        if (natrix_abi::SMALL_INT_MIN..=natrix_abi::SMALL_INT_MAX).contains(&v) =>
                    {
                        ExprKind::Int(v)
                    }
                    _ => ExprKind::BigInt(i.to_string()),
                },
                ast::Constant::Float(f) => ExprKind::Float(*f),
                ast::Constant::Bytes(b) => ExprKind::Bytes(b.clone()),
                ast::Constant::Complex { .. } => {
                    return self.unsupported(span, "a complex literal", scope)
                }
                ast::Constant::Ellipsis => return self.unsupported(span, "`...`", scope),
                ast::Constant::Tuple(_) => {
                    return self.unsupported(span, "a tuple constant", scope)
                }
            },
            // `cls` as a value (`isinstance(obj, cls)`, `registry[name] = cls`): the class the
            // method is resolved for (`classmethods.rs` copies it into subclasses).
            ast::Expr::Name(n) if scope.cls.as_ref().is_some_and(|(c, _)| c == n.id.as_str()) => {
                let cid = scope.cls.as_ref().map(|(_, k)| *k).expect("checked");
                return self.class_value(cid, span, scope, sigs);
            }
            ast::Expr::Lambda(l) => return self.lambda(l, span, scope, sigs),
            ast::Expr::Name(n)
                if !self.is_user_name(n.id.as_str(), scope)
                    && self.sys_members.contains_key(n.id.as_str()) =>
            {
                let member = self.sys_members[n.id.as_str()].clone();
                return self.sys_value(&member, span, scope);
            }
            ast::Expr::GeneratorExp(g) => return self.generator_expr(g, span, scope, sigs),
            // A module-level function used as a value.
            ast::Expr::Name(n)
                if self.func_ids.contains_key(n.id.as_str())
                    && !scope.local_ids.contains_key(n.id.as_str())
                    && !self.global_ids.contains_key(n.id.as_str()) =>
            {
                let fid = self.func_ids[n.id.as_str()];
                return self.function_value(fid, span, scope);
            }
            // `reduce(gcd, xs)` after `from math import gcd`.
            ast::Expr::Name(n)
                if self.math_member(n.id.as_str(), scope).is_some()
                    && !self.func_ids.contains_key(n.id.as_str()) =>
            {
                let member = self.math_member(n.id.as_str(), scope).expect("checked");
                if math_const(&member).is_none() {
                    return self.math_fn_value(n.id.as_str(), &member, n.range, span, scope, sigs);
                }
                ExprKind::Float(math_const(&member).expect("checked"))
            }
            ast::Expr::Name(n)
                if closures::VALUE_BUILTINS.contains(&n.id.as_str())
                    && !self.is_user_name(n.id.as_str(), scope)
                    && !self.rejected_names.contains(n.id.as_str()) =>
            {
                let value = self.builtin_value(n, span, scope, sigs);
                return self.named_value(value, n.id.as_str());
            }
            // A builtin exception class as a value (`expect(ZeroDivisionError, f)`); also at
            // the top level before the program defines a class of that name.
            ast::Expr::Name(n)
                if !self.is_user_name(n.id.as_str(), scope)
                    && !self.rejected_names.contains(n.id.as_str())
                    && natrix_abi::ExcKind::from_name(n.id.as_str()).is_some()
                    && self.class_ids.get(n.id.as_str()).is_none_or(|c| {
                        let def = self.classes[c.0 as usize].span;
                        scope.is_module && def.file == span.file && def.start > span.start
                    }) =>
            {
                let kind = natrix_abi::ExcKind::from_name(n.id.as_str()).expect("checked");
                return self.exc_class_value(kind, span, scope);
            }
            // A class of the program as a value (`make(Dog)`): its constructor.
            ast::Expr::Name(n)
                if !self.is_user_name(n.id.as_str(), scope)
                    && self.class_ids.contains_key(n.id.as_str()) =>
            {
                let cid = self.class_ids[n.id.as_str()];
                return self.class_value(cid, span, scope, sigs);
            }
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if name == "__name__" && !self.is_user_name(name, scope) {
                    ExprKind::Str("__main__".into())
                } else if let Some(v) = self.math_member(name, scope).and_then(|m| math_const(&m)) {
                    ExprKind::Float(v)
                } else {
                    match self.place(name, span, scope) {
                        Some(p) => ExprKind::Load(p),
                        None => ExprKind::None,
                    }
                }
            }
            ast::Expr::BinOp(b)
                if matches!(b.op, ast::Operator::Mod)
                    && self.literal_str(&b.left, scope).is_some() =>
            {
                let text = self.literal_str(&b.left, scope).expect("checked");
                return self.percent_format(&text, &b.right, span, scope, sigs);
            }
            ast::Expr::BinOp(b) => {
                let l = self.expr(&b.left, scope, sigs);
                let r = self.expr(&b.right, scope, sigs);
                ExprKind::Binary(binop(&b.op), Box::new(l), Box::new(r))
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand, scope, sigs);
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                // Fold `-<int literal>` so that the most negative small int is a literal.
                match (op, &v.kind) {
                    (UnaryOp::Neg, ExprKind::Int(i)) => ExprKind::Int(-i),
                    (UnaryOp::Neg, ExprKind::Float(f)) => ExprKind::Float(-f),
                    _ => ExprKind::Unary(op, Box::new(v)),
                }
            }
            ast::Expr::BoolOp(b) => {
                let values = b.values.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::BoolOp {
                    is_and: matches!(b.op, ast::BoolOp::And),
                    values,
                }
            }
            // `type(a) == type(b)`, `type(x) is Point`, `type(x) != int`: compared by the
            // classes' names (unique among the program's classes and the builtin types).
            ast::Expr::Compare(c) if self.type_compare(c, scope).is_some() => {
                let rewritten = self.type_compare(c, scope).expect("checked");
                return self.expr(&rewritten, scope, sigs);
            }
            // `exc_type is ValueError` in `__exit__`: the class object's test.
            ast::Expr::Compare(c) if self.class_identity(c, scope).is_some() => {
                let (value, class, negated) = self.class_identity(c, scope).expect("checked");
                let value = Box::new(self.expr(value, scope, sigs));
                let test =
                    self.expr_node(scope, span, ExprKind::ClassTest(value, vec![class], true));
                if !negated {
                    return test;
                }
                ExprKind::Unary(UnaryOp::Not, Box::new(test))
            }
            // `typ is bytes`, `typ == frozenset`: the builtin classes that are no values here
            // (the others are tested above, as `class_identity`).
            ast::Expr::Compare(c) if self.builtin_class_compared(c, scope).is_some() => {
                let at = self.builtin_class_compared(c, scope).expect("checked");
                return self.unsupported(
                    at,
                    "comparing with the class `bytes` or `frozenset` (`typ is int` and `type(x) is bytes` work)",
                    scope,
                );
            }
            ast::Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn) =>
            {
                let item = Box::new(self.expr(&c.left, scope, sigs));
                let container = Box::new(self.expr(&c.comparators[0], scope, sigs));
                ExprKind::Contains {
                    item,
                    container,
                    negated: matches!(c.ops[0], ast::CmpOp::NotIn),
                }
            }
            ast::Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None)) =>
            {
                let value = Box::new(self.expr(&c.left, scope, sigs));
                ExprKind::IsNone {
                    value,
                    negated: matches!(c.ops[0], ast::CmpOp::IsNot),
                }
            }
            ast::Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) =>
            {
                let left = Box::new(self.expr(&c.left, scope, sigs));
                let right = Box::new(self.expr(&c.comparators[0], scope, sigs));
                ExprKind::Is {
                    left,
                    right,
                    negated: matches!(c.ops[0], ast::CmpOp::IsNot),
                }
            }
            // An object's attribute dictionary: natrix's instances keep their attributes in
            // slots, and a copy would not be the live dict CPython's is.
            ast::Expr::Attribute(a) if a.attr.as_str() == "__dict__" => {
                return self.unsupported(
                    span,
                    "`__dict__` (an object's attribute dictionary)",
                    scope,
                );
            }
            // `Class.__name__`, `Class.__doc__`, `type(x).__name__`, …
            ast::Expr::Attribute(a) if let Some(kind) = self.class_dunder(a, scope, sigs) => kind,
            ast::Expr::Compare(c) => {
                let left = self.expr(&c.left, scope, sigs);
                let mut rest = vec![];
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    let op = match op {
                        ast::CmpOp::Eq => CmpOp::Eq,
                        ast::CmpOp::NotEq => CmpOp::Ne,
                        ast::CmpOp::Lt => CmpOp::Lt,
                        ast::CmpOp::LtE => CmpOp::Le,
                        ast::CmpOp::Gt => CmpOp::Gt,
                        ast::CmpOp::GtE => CmpOp::Ge,
                        ast::CmpOp::Is | ast::CmpOp::IsNot => {
                            return self.unsupported(
                                span,
                                "the `is` operator (other than `is None`)",
                                scope,
                            )
                        }
                        ast::CmpOp::In | ast::CmpOp::NotIn => {
                            return self.unsupported(span, "`in` inside a comparison chain", scope)
                        }
                    };
                    rest.push((op, self.expr(right, scope, sigs)));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            ast::Expr::IfExp(i) => {
                let c = self.expr(&i.test, scope, sigs);
                let t = self.expr(&i.body, scope, sigs);
                let f = self.expr(&i.orelse, scope, sigs);
                ExprKind::IfExp(Box::new(c), Box::new(t), Box::new(f))
            }
            // `(name := value)`: assigned, then its value.
            ast::Expr::NamedExpr(n) => {
                let ast::Expr::Name(t) = n.target.as_ref() else {
                    return self.unsupported(
                        span,
                        "the walrus operator `:=` with this target",
                        scope,
                    );
                };
                let tspan = self.span(t.range);
                let value = self.expr(&n.value, scope, sigs);
                let Some(place) = self.place(t.id.as_str(), tspan, scope) else {
                    return self.expr_node(scope, span, ExprKind::None);
                };
                let assign = Stmt {
                    span,
                    kind: StmtKind::Assign(place, value),
                };
                let load = self.expr_node(scope, tspan, ExprKind::Load(place));
                ExprKind::Block(vec![assign], Box::new(load))
            }
            ast::Expr::Tuple(t) if t.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) => {
                return self.starred_display(displays::Display::Tuple, &t.elts, span, scope, sigs)
            }
            ast::Expr::Tuple(t) => {
                let items = t.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::Tuple(items)
            }
            ast::Expr::Call(c) => return self.call(c, span, scope, sigs),
            ast::Expr::Attribute(a) if matches!(a.value.as_ref(), ast::Expr::Name(n) if self.rejected_names.contains(n.id.as_str()) && !scope.local_ids.contains_key(n.id.as_str())) =>
            {
                // An attribute of an imported module or class: the import was already reported.
                ExprKind::None
            }
            // `sys.version_info.minor`: the field.
            ast::Expr::Attribute(a)
                if matches!(a.value.as_ref(), ast::Expr::Attribute(v)
                    if self.sys_member_of(v, scope).as_deref() == Some("version_info"))
                    && VERSION_INFO.iter().any(|(f, _)| *f == a.attr.as_str()) =>
            {
                let (_, v) = VERSION_INFO
                    .iter()
                    .find(|(f, _)| *f == a.attr.as_str())
                    .expect("checked");
                return match v.parse::<i64>() {
                    Ok(n) => self.expr_node(scope, span, ExprKind::Int(n)),
                    Err(_) => {
                        self.expr_node(scope, span, ExprKind::Str(v.trim_matches('"').into()))
                    }
                };
            }
            ast::Expr::Attribute(a) if self.sys_member_of(a, scope).is_some() => {
                let member = self.sys_member_of(a, scope).expect("checked");
                return self.sys_value(&member, span, scope);
            }
            // `input = sys.stdin.readline`, `write = sys.stdout.write`: a function calling it
            // (with the text to write).
            ast::Expr::Attribute(a)
                if (matches!(a.attr.as_str(), "readline" | "read" | "readlines")
                    && self.std_stream_in(&a.value, scope))
                    || (matches!(a.attr.as_str(), "write" | "flush")
                        && self.std_stream(&a.value, scope).is_some()) =>
            {
                let write = a.attr.as_str() == "write";
                let call = ast::Expr::Call(ast::ExprCall {
                    range: a.range,
                    func: Box::new(e.clone()),
                    args: if write {
                        vec![closures::param_load("__natrix_text", a.range)]
                    } else {
                        vec![]
                    },
                    keywords: vec![],
                });
                let lambda = if write {
                    closures::one_param_lambda("__natrix_text", call, a.range)
                } else {
                    closures::no_param_lambda(call, a.range)
                };
                return self.expr(&ast::Expr::Lambda(lambda), scope, sigs);
            }
            ast::Expr::Attribute(a) if self.class_attr(a, scope).is_some() => {
                ExprKind::Load(Place::Global(self.class_attr(a, scope).expect("checked")))
            }
            // `str.upper` not called (`map(str.upper, words)`): `lambda s: s.upper()`.
            ast::Expr::Attribute(a)
                if matches!(a.value.as_ref(), ast::Expr::Name(n)
                    if matches!(n.id.as_str(), "str" | "bytes" | "int" | "float" | "list" | "dict" | "set" | "tuple")
                        && !matches!(a.attr.as_str(), "fromkeys" | "fromhex" | "from_bytes" | "maketrans")
                        && !self.is_user_name(n.id.as_str(), scope)) =>
            {
                return self.builtin_method_value(a, span, scope, sigs);
            }
            // `Class.make` of a classmethod, not called: a function that calls it.
            ast::Expr::Attribute(a) if self.classmethod_named(a, scope).is_some() => {
                let class = self.classmethod_named(a, scope).expect("checked");
                return self.classmethod_value(a, &class, span, scope, sigs);
            }
            // Classes are not values yet (`x.__class__.__name__` is handled above).
            ast::Expr::Attribute(a) if a.attr.as_str() == "__class__" => {
                return self.unsupported(
                    span,
                    "`__class__` (a class as a value; `x.__class__.__name__` works)",
                    scope,
                );
            }
            // `Class.method` not called: the function itself (`f = Item.weight`, then
            // `f(item)`), or a staticmethod.
            ast::Expr::Attribute(a) if self.unbound_method(a, scope).is_some() => {
                let fid = self.unbound_method(a, scope).expect("checked");
                return self.function_value(fid, span, scope);
            }
            ast::Expr::Attribute(a) if self.is_bare_super(&a.value, scope) => {
                return self.super_property(a, span, scope, sigs);
            }
            // `add = seen.append`: a function calling the method on that value.
            ast::Expr::Attribute(a) if self.bound_builtin_method(a, scope) => {
                return self.bound_method_value(a, scope, sigs);
            }
            ast::Expr::Attribute(a) if !matches!(a.value.as_ref(), ast::Expr::Name(n) if self.is_math_alias(n.id.as_str(), scope)) =>
            {
                let obj = self.expr(&a.value, scope, sigs);
                ExprKind::GetAttr(Box::new(obj), a.attr.to_string())
            }
            ast::Expr::Attribute(a) if matches!(a.value.as_ref(), ast::Expr::Name(n) if self.is_math_alias(n.id.as_str(), scope)) =>
            {
                match math_const(a.attr.as_str()) {
                    Some(v) => ExprKind::Float(v),
                    // `reduce(math.gcd, xs)`: a function calling it.
                    None if crate::builtins::is_math_fn(a.attr.as_str()) => {
                        let ast::Expr::Name(m) = a.value.as_ref() else {
                            unreachable!("checked")
                        };
                        let callee = format!("{}.{}", m.id, a.attr);
                        return self.math_fn_value(
                            &callee,
                            a.attr.as_str(),
                            a.range,
                            span,
                            scope,
                            sigs,
                        );
                    }
                    None => {
                        return self.unsupported(
                            span,
                            &format!("`math.{}` as a value", a.attr),
                            scope,
                        )
                    }
                }
            }
            ast::Expr::List(l) if l.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) => {
                return self.starred_display(displays::Display::List, &l.elts, span, scope, sigs)
            }
            ast::Expr::List(l) => {
                let items = l.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::List(items)
            }
            ast::Expr::ListComp(c) => {
                return self.list_comp(&c.generators, CompElt::List(&c.elt), span, scope, sigs)
            }
            ast::Expr::SetComp(c) => {
                return self.list_comp(&c.generators, CompElt::Set(&c.elt), span, scope, sigs)
            }
            ast::Expr::DictComp(c) => {
                return self.list_comp(
                    &c.generators,
                    CompElt::Dict(&c.key, &c.value),
                    span,
                    scope,
                    sigs,
                )
            }
            ast::Expr::Dict(d) if d.keys.iter().any(|k| k.is_none()) => {
                return self.spread_dict_display(d, span, scope, sigs)
            }
            ast::Expr::Dict(d) => {
                let mut entries = vec![];
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        unreachable!("a dict display with `**` is a spread_dict_display");
                    };
                    let key = self.expr(k, scope, sigs);
                    let value = self.expr(v, scope, sigs);
                    entries.push((key, value));
                }
                ExprKind::Dict(entries)
            }
            ast::Expr::Set(st) if st.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) => {
                return self.starred_display(displays::Display::Set, &st.elts, span, scope, sigs)
            }
            ast::Expr::Set(st) => {
                let items = st.elts.iter().map(|v| self.expr(v, scope, sigs)).collect();
                ExprKind::Set(items)
            }
            ast::Expr::Subscript(sub) => {
                let obj = Box::new(self.expr(&sub.value, scope, sigs));
                match sub.slice.as_ref() {
                    ast::Expr::Slice(sl) => {
                        let mut part = |e: &Option<Box<ast::Expr>>, this: &mut Self| {
                            e.as_ref().map(|e| Box::new(this.expr(e, scope, sigs)))
                        };
                        let lower = part(&sl.lower, self);
                        let upper = part(&sl.upper, self);
                        let step = part(&sl.step, self);
                        let object = self.slice_object(sl, scope, sigs);
                        ExprKind::Slice {
                            obj,
                            lower,
                            upper,
                            step,
                            reversed: false,
                            object,
                        }
                    }
                    index => ExprKind::Index(obj, Box::new(self.expr(index, scope, sigs))),
                }
            }
            // `yield v` as a value: the `yield`, then what `send()` passed in.
            ast::Expr::Yield(y) => {
                let value = match &y.value {
                    Some(v) => self.expr(v, scope, sigs),
                    None => self.expr_node(scope, span, ExprKind::None),
                };
                let stmt = Stmt {
                    span,
                    kind: StmtKind::Yield(value),
                };
                let sent = self.expr_node(scope, span, ExprKind::Sent);
                ExprKind::Block(vec![stmt], Box::new(sent))
            }
            ast::Expr::JoinedStr(j) => return self.fstring(&j.values, span, scope, sigs),
            ast::Expr::FormattedValue(f) => return self.fstring_field(f, scope, sigs),
            other => return self.unsupported(span, describe_expr(other), scope),
        };
        self.expr_node(scope, span, kind)
    }
}

fn class_attr_target(s: &ast::Stmt) -> Option<String> {
    match s {
        ast::Stmt::Assign(a) if a.targets.len() == 1 => match &a.targets[0] {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            _ => None,
        },
        ast::Stmt::AnnAssign(a) if a.value.is_some() => match a.target.as_ref() {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A fresh local no source name refers to (named from `prefix`, for `--emit hir`).
/// `for item in iter: <body>`, a loop of one statement that desugaring builds (`yield from`,
/// `sum` of a list, a copy for `extend`).
fn for_each(span: Span, item: LocalId, iter: Expr, body: StmtKind) -> Stmt {
    Stmt {
        span,
        kind: StmtKind::ForIter {
            var: Place::Local(item),
            iter,
            body: vec![Stmt { span, kind: body }],
            orelse: vec![],
        },
    }
}

fn hidden_local(scope: &mut Scope, prefix: &str, span: Span) -> LocalId {
    let name = format!("{prefix}{}", scope.locals.len());
    let l = new_local(scope, &name, span);
    scope.local_ids.remove(&name);
    l
}

/// The docstring of a function's or class's body: its first statement, a str literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(e) => match e.value.as_ref() {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.to_string()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn new_local(scope: &mut Scope, name: &str, span: Span) -> LocalId {
    let id = LocalId(scope.locals.len() as u32);
    scope.locals.push(Local {
        name: name.to_string(),
        span,
        cell: false,
    });
    scope.local_ids.insert(name.to_string(), id);
    id
}

fn math_const(name: &str) -> Option<f64> {
    crate::builtins::MATH_CONSTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
}

/// The HIR operator of a Python binary operator.
fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::MatMult => BinOp::MatMul,
    }
}

/// A class definition's bases without `typing.Generic[T]` and `typing.Protocol`, which only
/// annotate (`class Stack(Generic[T])`, `class Drawable(Protocol)`): natrix infers what the
/// type parameters say, and a protocol's methods are found by name anyway.
fn bases(c: &ast::StmtClassDef) -> Vec<&ast::Expr> {
    let annotating = |n: &str| matches!(n, "typing.Generic" | "typing.Protocol");
    let generic = |e: &ast::Expr| match e {
        ast::Expr::Subscript(s) => {
            matches!(s.value.as_ref(), ast::Expr::Name(n) if annotating(n.id.as_str()))
        }
        ast::Expr::Name(n) => annotating(n.id.as_str()),
        _ => false,
    };
    c.bases.iter().filter(|b| !generic(b)).collect()
}
