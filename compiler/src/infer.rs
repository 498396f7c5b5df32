//! Infer: whole-program type inference by abstract interpretation to a fixpoint.
//!
//! Every function is a template; each distinct tuple of argument types at a call site asks for a
//! *specialization* ([`Spec`]). Local, global and return types only grow (by [`TypeTable::join`]),
//! so iterating over all specializations in a fixed order until nothing changes terminates. A
//! final pass over the stable result reports every type error, with the locations that introduced
//! each conflicting type.
//!
//! **Invariant:** inference is deterministic: specializations are numbered in discovery order and
//! visited in that order. Conflicts are found here, never in MIR or codegen.

use crate::diag::{Code, Diagnostic};
use crate::hir::*;
use crate::source::{SourceMap, Span};
use crate::types::{SiteId, Ty, TyKind, TypeTable};
use natrix_abi::ExcKind;
use std::collections::{HashMap, HashSet};

mod attrs;
mod binary;
mod builtins;
mod calls;
mod cells;
mod check;
mod closure_params;
mod compare;
mod dump;
mod dynamic;
mod fixpoint;
mod indexing;
mod instance_binary;
mod instance_compare;
mod method_calls;
mod narrow;
mod nonneg;
mod objects;
mod optional;
mod recursive;
mod rules;
use nonneg::Exponent;
pub use objects::{classes_defining, has_attr};
use optional::NoneUse;
pub use optional::{NoneCheck, NoneError};
use rules::{binary_type, builtin_type, comparable, is_intlike};
mod stmts;
mod system;
mod type_errors;
mod unary;

pub use dump::dump;
pub use fixpoint::infer;
use fixpoint::Seeds;

/// At most this many specializations per function.
pub const MAX_SPECS_PER_FUNCTION: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpecId(pub u32);

/// One specialization of a function for one tuple of argument types.
pub struct Spec {
    pub func: FuncId,
    pub args: Vec<Ty>,
    pub locals: Vec<Ty>,
    pub exprs: Vec<Ty>,
    pub ret: Ty,
    /// The callee specialization of each call expression.
    pub calls: HashMap<ExprId, SpecId>,
    /// Conditions known statically in this specialization: every `isinstance` the value's
    /// type decides, and `if` conditions built from them (the branch not taken is neither
    /// typed nor compiled).
    pub static_conds: HashMap<ExprId, bool>,
    /// Operands of `and`/`or` that decide it from the types alone: the operands after them are
    /// neither typed nor compiled.
    pub short_circuits: std::collections::HashSet<ExprId>,
    /// `a == b` (`!=`) of instances whose static class has no `__eq__` but a subclass the
    /// value may be has one (keyed by the right operand's comparison id): compared by the
    /// runtime, through the class tables; so are `a < b` and `a > b` where the subclasses
    /// define the ordering (`Infer::subclass_orders`).
    pub runtime_eqs: std::collections::HashSet<ExprId>,
    /// The property setter each `obj.name = v` calls, keyed by the assigned value.
    pub setter_calls: HashMap<ExprId, SpecId>,
    /// `a <op> b` calling the right operand's reflected dunder (`b.__radd__(a)`).
    pub reflected_calls: HashMap<ExprId, SpecId>,
    /// The dunder method an operator on an instance calls: comparisons (`__eq__`, `__lt__`, …)
    /// keyed by their right operand, arithmetic (`__add__`, …) and `len()` (`__len__`) by the
    /// expression itself.
    pub dunder_calls: HashMap<ExprId, SpecId>,
    /// A method call on an instance whose class has subclasses overriding the method: the
    /// specialization each group of (instantiated) classes calls. A class not listed has no
    /// such method (AttributeError).
    pub virtual_calls: HashMap<ExprId, Vec<(Vec<ClassId>, SpecId)>>,
    /// The specialization a call of a function value runs, for each function it may be.
    pub closure_calls: HashMap<ExprId, Vec<(FuncId, SpecId)>>,
    /// `raise cls` of a class held in a value, keyed by the value: the type of the instance
    /// its call without arguments makes (the call is in `closure_calls`).
    pub raised_classes: HashMap<ExprId, Ty>,
    /// The functions a call of a function value may be that its arguments do not fit (a dict
    /// of functions taking different arguments), with CPython's TypeError message: the call
    /// raises it when the value is one of them.
    pub closure_call_errors: HashMap<ExprId, Vec<(FuncId, String)>>,
    /// For a generator function: the join of the values it yields.
    pub yields: Ty,
    /// For a generator function: the join of the values `send()` passes in (`Never` when
    /// nothing does).
    pub sent: Ty,
    /// Arguments (of builtins that take an iterable) that are generators, drained into a list
    /// first.
    pub gen_lists: HashMap<ExprId, Ty>,
    /// `for x in obj` over an instance: its `__iter__`, and the `__next__` of what that returns
    /// (none when `__iter__` is a generator).
    pub iter_protocol: HashMap<ExprId, (SpecId, Option<SpecId>)>,
    /// Those of `iter_protocol` over a value whose classes at run time override `__iter__`:
    /// for each override, the classes using it, its specialization, and the `__next__` of what
    /// it returns (the entry in `iter_protocol` is the first).
    pub iter_overrides: HashMap<ExprId, Vec<(Vec<ClassId>, SpecId, Option<SpecId>)>>,
    /// `for x in v` of a dynamic `v` that may hold instances of classes defining `__iter__`:
    /// as `iter_overrides`, for each group of those classes (`Infer::dyn_iter_protocol`).
    pub dyn_iters: HashMap<ExprId, Vec<(Vec<ClassId>, SpecId, Option<SpecId>)>>,
    /// `obj.m(a, *xs)` of a list `xs`: called as the bound method `obj.m` (this function
    /// value type), whose `closure_calls` entry is under the call.
    pub method_values: HashMap<ExprId, Ty>,
    /// A dunder call (in `dunder_calls` or `reflected_calls`, same key) on a value whose
    /// subclasses override the dunder: the specialization for each group of classes.
    pub virtual_dunders: HashMap<ExprId, Vec<(Vec<ClassId>, SpecId)>>,
    /// Expressions of an `Optional[T]` type used as a `T` (an operand, a receiver, an
    /// iterable): typed `T`, with the check that raises CPython's error when the value is
    /// None (see `Infer::operand`).
    pub none_checks: HashMap<ExprId, NoneCheck>,
    /// Indexes that are instances with `__index__` (`names[Level.INFO]`): typed int, with the
    /// instance's class and the `__index__` that gives the int (see `Infer::index_operand`).
    pub index_dunders: HashMap<ExprId, (crate::hir::ClassId, SpecId)>,
    /// Expressions that always raise CPython's TypeError when they run (`"a" + 1`, `3 < "x"`,
    /// calling an int), with its message: typed Never, compiled as a raise after their
    /// operands (see `infer/type_errors.rs`).
    pub type_errors: HashMap<ExprId, (ExcKind, String)>,
}

impl Spec {
    /// Whether `s` is an `if` decided statically in this specialization whose live branch
    /// always returns or raises: the statements after it in its block are dead, neither typed
    /// nor compiled (`if key is None: return sorted(xs)` then code that calls `key`).
    pub fn ends_block(&self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::If(c, a, b) => match self.static_conds.get(&c.id) {
                Some(&live) => crate::resolve::terminates(if live { a } else { b }),
                None => false,
            },
            _ => false,
        }
    }
}

/// The result of inference.
pub struct Typed {
    pub types: TypeTable,
    pub specs: Vec<Spec>,
    pub globals: Vec<Ty>,
    pub main: SpecId,
    pub iterations: u32,
    /// Each class's instance attributes, in discovery order (their slot numbers), with the
    /// join of every value assigned to them anywhere.
    pub fields: Vec<Vec<(String, Ty)>>,
    /// The specializations the program reaches (`false`: made for argument types a later
    /// iteration of inference widened, and never called).
    pub live: Vec<bool>,
    /// The specialization of `__str__` (or else `__repr__`) used to print instances of a class.
    pub str_specs: HashMap<ClassId, SpecId>,
    /// The specialization of `__repr__`, for `repr()` and `!r`.
    pub repr_specs: HashMap<ClassId, SpecId>,
    /// The specialization of `__bool__` (else `__len__`) that decides an instance's truth.
    pub truth_specs: HashMap<ClassId, SpecId>,
    /// `__eq__(C, C)` and `__hash__(C)` of each class defining them, for the runtime's
    /// containers (dict keys, set members, `in`, list `==`).
    pub eq_specs: HashMap<ClassId, SpecId>,
    /// `__eq__(C, Dyn)` of each class defining it whose instances may be held in a value of
    /// run-time type: the runtime calls it against any other type (`v == 3`, `3 in xs`).
    pub eq_dyn_specs: HashMap<ClassId, SpecId>,
    /// `__lt__(C, Dyn)` and `__gt__(C, Dyn)` of the same classes, for ordering.
    pub lt_dyn_specs: HashMap<ClassId, SpecId>,
    pub gt_dyn_specs: HashMap<ClassId, SpecId>,
    pub hash_specs: HashMap<ClassId, SpecId>,
    /// `__lt__(C, Root)` of each class defining it (or inheriting it), for sorting.
    pub lt_specs: HashMap<ClassId, SpecId>,
    /// `__gt__` of a class without `__lt__`: sorting calls it with the operands swapped.
    pub gt_specs: HashMap<ClassId, SpecId>,
    /// The classes the program makes instances of (virtual calls dispatch among these).
    pub instantiated: std::collections::BTreeSet<ClassId>,
    /// The attributes `del obj.attr` deletes, by root class: never "set from construction on"
    /// (`mir/build/init_attrs.rs`).
    pub deleted_attrs: std::collections::BTreeSet<(ClassId, String)>,
    /// Located warnings: code that compiles but always raises when it runs.
    pub warnings: Vec<Diagnostic>,
}

/// The key under which the dunder a statement calls (`obj[k] = v`, `del obj[k]`: recorded by
/// its value or index) keeps its overrides in `Spec::virtual_dunders`, apart from that
/// expression's own dunder call. Expression ids are dense from 0, far below the high bit.
pub fn stmt_dunder_key(id: ExprId) -> ExprId {
    ExprId(id.0 | 1 << 31)
}

impl Typed {
    pub fn spec(&self, id: SpecId) -> &Spec {
        &self.specs[id.0 as usize]
    }

    /// The specializations the runtime's class tables name (`__str__`, `__repr__`, `__eq__`,
    /// `__hash__`, … of each class), which it calls whatever the program's code reaches.
    pub fn class_table_specs(&self) -> Vec<SpecId> {
        let tables = [
            &self.str_specs,
            &self.repr_specs,
            &self.truth_specs,
            &self.eq_specs,
            &self.eq_dyn_specs,
            &self.lt_dyn_specs,
            &self.gt_dyn_specs,
            &self.hash_specs,
            &self.lt_specs,
            &self.gt_specs,
        ];
        let mut out: Vec<SpecId> = tables.iter().flat_map(|t| t.values().copied()).collect();
        out.sort_by_key(|s| s.0);
        out
    }

    /// Whether `__str__`/`__repr__` specialization `s` returns a str only sometimes: a str or
    /// None (an attribute that may be None), or a value of run-time type. Its result is a
    /// pointer the runtime checks (CPython's `TypeError: __str__ returned non-string`).
    pub fn text_result(&self, s: SpecId) -> bool {
        let ret = self.spec(s).ret;
        ret == TypeTable::DYN || self.types.kind(ret) == &TyKind::Optional(TypeTable::STR)
    }

    /// The classes an instance typed `c` may be at run time: `c` and the subclasses of it the
    /// program instantiates (just `c` when it instantiates none).
    pub fn runtime_classes(&self, prog: &Program, c: ClassId) -> Vec<ClassId> {
        let v: Vec<ClassId> = prog
            .subtree(c)
            .into_iter()
            .filter(|d| self.instantiated.contains(d))
            .collect();
        if v.is_empty() {
            vec![c]
        } else {
            v
        }
    }

    /// `name(int, float)`: how a specialization is named in `--emit` output and symbols.
    pub fn spec_name(&self, prog: &Program, id: SpecId) -> String {
        let s = self.spec(id);
        let f = prog.func(s.func);
        if s.func == prog.main {
            return f.name.clone();
        }
        let args: Vec<String> = s.args.iter().map(|t| self.types.display(*t)).collect();
        format!("{}({})", f.name, args.join(", "))
    }
}

/// Where each type of a variable first came from, for diagnostics.
type Origins = HashMap<(Option<SpecId>, Place), Vec<(Ty, Span)>>;

struct Infer<'p> {
    prog: &'p Program,
    t: Typed,
    spec_ids: HashMap<(FuncId, Vec<Ty>), SpecId>,
    changed: bool,
    /// Set on the final pass: report errors instead of only computing types.
    report: bool,
    /// On the final pass, the specializations the program reaches (from `main` and the
    /// runtime's class tables), and those still to visit.
    live: Vec<bool>,
    report_queue: Vec<SpecId>,
    /// Whether the fixpoint has settled once: containers still without elements now stay empty
    /// (see `infer`).
    empty_defaults: bool,
    errors: Vec<Diagnostic>,
    origins: Origins,
    ret_origins: HashMap<SpecId, Vec<(Ty, Span)>>,
    /// Where each (class, attribute slot) got each of its types.
    field_origins: HashMap<(ClassId, usize), Vec<(Ty, Span)>>,
    /// The allocation site of each list display, per specialization.
    sites: HashMap<(SpecId, ExprId), SiteId>,
    /// Each allocation site, where it is, and what it makes ("list", "dict", "set").
    site_spans: Vec<(SiteId, Span, &'static str)>,
    /// The specialization being visited.
    current: SpecId,
    /// Where each element type of each site first came from, for diagnostics.
    /// (site, type, where, is a dict value).
    elem_origins: Vec<(SiteId, Ty, Span, bool)>,
    /// The variables known not to be None where inference is (`narrow.rs`), and the
    /// functions that assign each global (which may change it during a call).
    narrowed: Vec<narrow::Narrowing>,
    global_writers: HashMap<GlobalId, Vec<FuncId>>,
    /// For each captured cell of a nested function (the function, the cell's index among its
    /// captures): the enclosing functions' variables it is (`MakeClosure::cells`).
    cell_sources: HashMap<(FuncId, usize), Vec<(FuncId, LocalId)>>,
    /// The types captured variables start with (widened by their nested functions in an
    /// earlier round), those for the next round, and whether this round widened one further
    /// (see [`infer`]).
    cell_seeds: HashMap<(FuncId, LocalId), Ty>,
    next_seeds: Seeds,
    restart: bool,
    /// The dict (list) displays and calls whose values (items) are dynamic, because an
    /// earlier round found them holding themselves (`recursive.rs`).
    dyn_sites: HashSet<(FuncId, ExprId)>,
    /// The union of function values a parameter takes, where a function was passed too many
    /// different ones to specialize for each (`closure_params.rs`).
    closure_params: HashMap<(FuncId, usize), Ty>,
    /// The parameters that take values of run-time type, where a function was passed too
    /// many different types to specialize for each (`closure_params.rs`).
    dyn_params: HashSet<(FuncId, usize)>,
}

impl<'p> Infer<'p> {
    fn spec_for(&mut self, func: FuncId, args: Vec<Ty>) -> SpecId {
        let id = self.find_or_add_spec(func, args);
        if self.report {
            self.reach(id);
        }
        id
    }

    /// Marks specialization `id` reached on the final pass (to be visited).
    fn reach(&mut self, id: SpecId) {
        let i = id.0 as usize;
        if self.live.len() <= i {
            self.live.resize(i + 1, false);
        }
        if !self.live[i] {
            self.live[i] = true;
            self.report_queue.push(id);
        }
    }

    fn find_or_add_spec(&mut self, func: FuncId, args: Vec<Ty>) -> SpecId {
        let args: Vec<Ty> = args.into_iter().map(|t| self.t.types.canon(t)).collect();
        if let Some(id) = self.spec_ids.get(&(func, args.clone())) {
            return *id;
        }
        if let Some(id) = self.recursive_spec(func, &args) {
            return id;
        }
        let f = self.prog.func(func);
        let id = SpecId(self.t.specs.len() as u32);
        let mut locals = vec![TypeTable::NEVER; f.locals.len()];
        for (p, t) in f.params.iter().zip(&args) {
            locals[p.local.0 as usize] = *t;
        }
        for (l, slot) in locals.iter_mut().enumerate() {
            if let Some(seed) = self.cell_seeds.get(&(func, LocalId(l as u32))) {
                *slot = self.t.types.join(*slot, *seed);
            }
        }
        self.t.specs.push(Spec {
            func,
            args: args.clone(),
            locals,
            exprs: vec![TypeTable::NEVER; f.n_exprs as usize],
            ret: TypeTable::NEVER,
            calls: HashMap::new(),
            static_conds: HashMap::new(),
            short_circuits: Default::default(),
            raised_classes: HashMap::new(),
            runtime_eqs: Default::default(),
            setter_calls: HashMap::new(),
            reflected_calls: HashMap::new(),
            dunder_calls: HashMap::new(),
            virtual_calls: HashMap::new(),
            closure_calls: HashMap::new(),
            closure_call_errors: HashMap::new(),
            type_errors: HashMap::new(),
            yields: TypeTable::NEVER,
            sent: TypeTable::NEVER,
            gen_lists: HashMap::new(),
            iter_protocol: HashMap::new(),
            iter_overrides: HashMap::new(),
            dyn_iters: HashMap::new(),
            method_values: HashMap::new(),
            virtual_dunders: HashMap::new(),
            none_checks: HashMap::new(),
            index_dunders: HashMap::new(),
        });
        if f.is_generator {
            // Calling it makes a generator.
            self.t.specs[id.0 as usize].ret = self.t.types.intern(TyKind::Generator(id.0));
        }
        self.t.types.generator_yields.push(TypeTable::NEVER);
        self.spec_ids.insert((func, args), id);
        self.changed = true;
        id
    }

    fn visit(&mut self, id: SpecId) {
        self.current = id;
        self.t.specs[id.0 as usize].type_errors.clear();
        let f = self.prog.func(self.t.spec(id).func);
        self.block(id, &f.body);
        if f.falls_through && !f.is_generator {
            self.returns(id, TypeTable::NONE, f.span);
        }
    }

    fn returns(&mut self, id: SpecId, ty: Ty, span: Span) {
        let old = self.t.specs[id.0 as usize].ret;
        let new = self.t.types.join(old, ty);
        if new != old {
            self.t.specs[id.0 as usize].ret = new;
            self.changed = true;
        }
        let o = self.ret_origins.entry(id).or_default();
        if ty != TypeTable::NEVER && ty != TypeTable::DYN && !o.iter().any(|(t, _)| *t == ty) {
            o.push((ty, span));
        }
    }

    fn assign(&mut self, id: SpecId, place: Place, ty: Ty, span: Span) {
        let slot = match place {
            Place::Local(l) => &mut self.t.specs[id.0 as usize].locals[l.0 as usize],
            Place::Global(g) => &mut self.t.globals[g.0 as usize],
        };
        let old = *slot;
        let new = self.t.types.join(old, ty);
        if new != old {
            match place {
                Place::Local(l) => self.t.specs[id.0 as usize].locals[l.0 as usize] = new,
                Place::Global(g) => self.t.globals[g.0 as usize] = new,
            }
            self.changed = true;
            // A variable closures capture that takes a value of another type after one was
            // made (`f = lambda: x` … `x = "s"`): their cells must have the wider type from
            // the start.
            if let Place::Local(l) = place {
                let func = self.t.spec(id).func;
                if old != TypeTable::NEVER && self.prog.func(func).locals[l.0 as usize].cell {
                    self.seed_cell(func, l, new);
                }
            }
        }
        // A captured cell (`nonlocal n; n = "s"`): the enclosing function's variable is the
        // same cell, so it takes the value's type too.
        if let Place::Local(l) = place {
            let func = self.t.spec(id).func;
            self.widen_cell_sources(func, l, ty);
        }
        let key = (
            if matches!(place, Place::Global(_)) {
                None
            } else {
                Some(id)
            },
            place,
        );
        let o = self.origins.entry(key).or_default();
        if ty != TypeTable::NEVER && ty != TypeTable::DYN && !o.iter().any(|(t, _)| *t == ty) {
            o.push((ty, span));
        }
    }

    fn block(&mut self, id: SpecId, stmts: &[Stmt]) {
        self.narrowed_block(id, stmts, vec![]);
    }

    /// `stmts` with the variables `places` (proved not None where the block starts: the
    /// condition of its `if` or `while`; or by an `if x is None: return` in it) read as not
    /// None up to the first statement that may store one (`while n is not None:
    /// out.append(n); n = parent[n]`).
    fn narrowed_block(&mut self, id: SpecId, stmts: &[Stmt], places: Vec<narrow::Narrowing>) {
        let saved = self.narrowed.clone();
        self.narrowed.extend(places);
        for s in stmts {
            // A statement that may store a narrowed variable ends its narrowing, before it
            // for a loop or a `try` (which may come back to, or jump from, any point of it);
            // an `if` tests its condition first and its branches, typed as blocks of their
            // own, end it at their own stores (`if x is None: x = 1` / `elif x > 2:`).
            let stored = narrow::stored_in(std::slice::from_ref(s));
            let before = match &s.kind {
                StmtKind::If(c, _, _) => narrow::stored_in_expr(c),
                _ => stored.clone(),
            };
            self.narrowed.retain(|(p, _)| !before.contains(p));
            self.stmt(id, s);
            self.narrowed.retain(|(p, _)| !stored.contains(p));
            // `if key is None: return …` decided statically: what follows is dead here.
            if self.t.spec(id).ends_block(s) {
                break;
            }
            // `if x is None: return …`: `x` is not None after it, up to the first statement
            // that may store it.
            if let StmtKind::If(c, a, b) = &s.kind {
                if b.is_empty() && narrow::exits(a) {
                    let proved = self.narrowed_by(id, c, false);
                    self.narrowed.extend(proved);
                }
            }
        }
        self.narrowed = saved;
    }

    /// A condition (of `if`, `while`, or an operand of `and`/`or` in one): only its truth is
    /// used, so `queue and queue[0] < x` may mix types.
    fn cond(&mut self, id: SpecId, e: &Expr) {
        if let ExprKind::BoolOp { values, is_and } = &e.kind {
            let before = self.narrowed.len();
            for (i, v) in values.iter().enumerate() {
                self.cond(id, v);
                if self.short_circuits(id, v, *is_and) {
                    break;
                }
                self.narrow_rest(id, v, *is_and, &values[i + 1..]);
            }
            self.narrowed.truncate(before);
            self.t.specs[id.0 as usize].exprs[e.id.0 as usize] = TypeTable::BOOL;
            return;
        }
        self.expr(id, e);
    }

    fn error(&mut self, d: Diagnostic) {
        if self.report {
            self.errors.push(d);
        }
    }

    fn expr(&mut self, id: SpecId, e: &Expr) -> Ty {
        // (A None check an earlier pass recorded for the value is recorded again by its user
        // if it still applies: `d["when"].year` of an `Optional[int]`, later of a value of
        // run-time type, which has none.)
        let checks = &mut self.t.specs[id.0 as usize].none_checks;
        if !checks.is_empty() {
            checks.remove(&e.id);
        }
        let t = self.expr_inner(id, e);
        self.t.specs[id.0 as usize].exprs[e.id.0 as usize] = t;
        t
    }

    fn expr_inner(&mut self, id: SpecId, e: &Expr) -> Ty {
        use TypeTable as T;
        match &e.kind {
            ExprKind::Int(_) | ExprKind::BigInt(_) => T::INT,
            ExprKind::Float(_) => T::FLOAT,
            ExprKind::Bool(_) => T::BOOL,
            ExprKind::None => T::NONE,
            ExprKind::Str(_) => T::STR,
            ExprKind::Bytes(_) => T::BYTES,
            // (None when `next()` resumes the generator.)
            ExprKind::Sent => {
                let sent = self.t.specs[id.0 as usize].sent;
                self.t.types.join(T::NONE, sent)
            }
            ExprKind::Load(p @ Place::Local(l)) => {
                self.read_type(*p, self.t.spec(id).locals[l.0 as usize])
            }
            ExprKind::Load(p @ Place::Global(g)) => {
                self.read_type(*p, self.t.globals[g.0 as usize])
            }
            ExprKind::Binary(op, l, r) => self.binary(id, *op, l, r, e),
            ExprKind::Unary(op, v) => self.unary(id, *op, v, e),
            ExprKind::Compare(first, rest) => self.compare(id, first, rest, e),
            ExprKind::BoolOp { is_and, values } => {
                let mut t = T::NEVER;
                let before = self.narrowed.len();
                for (i, v) in values.iter().enumerate() {
                    let vt = self.expr(id, v);
                    // `items or []` with `items` None here: None is falsy, so `or` goes on and
                    // it is never the result.
                    if !*is_and && vt == T::NONE && i + 1 < values.len() {
                        continue;
                    }
                    // `name or "?"` with `name` an `Optional[str]`: it is the result only when
                    // true, so not None.
                    let vt = match self.t.types.nullable(vt) {
                        Some(inner) if !*is_and && i + 1 < values.len() => inner,
                        _ => vt,
                    };
                    // Operands of different types make a dynamic value.
                    t = self.t.types.join(t, vt);
                    if self.short_circuits(id, v, *is_and) {
                        break;
                    }
                    self.narrow_rest(id, v, *is_and, &values[i + 1..]);
                }
                self.narrowed.truncate(before);
                t
            }
            ExprKind::IfExp(c, a, b) => {
                self.cond(id, c);
                // Decided by static types (`x if x is not None else []` with `x` None here):
                // only the live branch is typed and compiled.
                match self.static_cond(id, c) {
                    Some(live) => {
                        self.t.specs[id.0 as usize].static_conds.insert(c.id, live);
                        return self.expr(id, if live { a } else { b });
                    }
                    None => {
                        self.t.specs[id.0 as usize].static_conds.remove(&c.id);
                    }
                }
                // `list(items) if items else []`: `items` is not None in the first branch.
                let (on_true, on_false) = (
                    self.narrowed_by(id, c, true),
                    self.narrowed_by(id, c, false),
                );
                let (sa, sb) = (narrow::stored_in_expr(a), narrow::stored_in_expr(b));
                let ta = self.with_narrowed(on_true, &sa, |me| me.expr(id, a));
                let tb = self.with_narrowed(on_false, &sb, |me| me.expr(id, b));
                // Branches of different types make a dynamic value.
                self.t.types.join(ta, tb)
            }
            ExprKind::Call(fid, args) => {
                let mut arg_tys = vec![];
                for a in args {
                    arg_tys.push(self.expr(id, a));
                }
                if arg_tys.contains(&T::NEVER) {
                    return T::NEVER;
                }
                let arg_tys = self.closure_param_types(*fid, arg_tys);
                let existing = self.t.specs.iter().filter(|s| s.func == *fid).count();
                if existing >= MAX_SPECS_PER_FUNCTION
                    && !self.spec_ids.contains_key(&(*fid, arg_tys.clone()))
                    && !self.widen_closure_params(*fid, &arg_tys)
                    && !self.widen_to_dyn(*fid, &arg_tys)
                {
                    let name = &self.prog.func(*fid).name;
                    let d = Diagnostic::new(
                        Code::TooManySpecializations,
                        e.span,
                        format!("function `{name}` needs more than {MAX_SPECS_PER_FUNCTION} specializations"),
                    )
                    .label("one more here");
                    self.errors.push(d);
                    return T::NEVER;
                }
                let callee = self.spec_for(*fid, arg_tys);
                self.t.specs[id.0 as usize].calls.insert(e.id, callee);
                self.t.spec(callee).ret
            }
            ExprKind::Print {
                args,
                sep,
                end,
                flush,
                ..
            } => {
                for a in args {
                    let t = self.expr(id, a);
                    self.need_str(t);
                }
                if let Some(f) = flush {
                    self.expr(id, f);
                }
                for s in [sep, end].into_iter().flatten() {
                    let t = self.expr(id, s);
                    if t != T::STR && t != T::NONE && t != T::NEVER {
                        let msg = format!(
                            "sep and end must be None or a string, not {}",
                            self.t.types.display(t)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, s.span, msg).label("here"),
                        );
                    }
                }
                T::NONE
            }
            ExprKind::Builtin(
                b @ (Builtin::SysExit
                | Builtin::SysArgv
                | Builtin::SysPlatform
                | Builtin::SetRecursionLimit
                | Builtin::GetRecursionLimit
                | Builtin::Input
                | Builtin::StdinRead
                | Builtin::StdinReadline
                | Builtin::StdinReadlines
                | Builtin::OsListdir
                | Builtin::OsEnviron
                | Builtin::HandledException),
                args,
            ) => self.system_builtin(id, *b, args, e),
            ExprKind::Builtin(Builtin::Ascii, args) => {
                for a in args {
                    self.expr(id, a);
                }
                T::STR
            }
            ExprKind::Builtin(Builtin::UnpackSource, args) => {
                let a = &args[0];
                let t = self.expr(id, a);
                match *self.t.types.kind(t) {
                    TyKind::Generator(_) => self.generator_as_list(id, a, t, false),
                    TyKind::Instance(c)
                        if self.named_tuple_fields(t).is_none()
                            && self.prog.lookup(c, "__iter__").is_some() =>
                    {
                        self.generator_as_list(id, a, t, true)
                    }
                    _ => t,
                }
            }
            ExprKind::Builtin(Builtin::Next, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(id, a)).collect();
                self.next_builtin(&tys, e)
            }
            // `frozenset(set(x))`: the set's type (frozenness is the object's, at run time).
            ExprKind::Builtin(Builtin::FrozenSet, args) if args.len() == 1 => {
                self.expr(id, &args[0])
            }
            // `r = range(a, b, c)`: a list of ints that is, to Python, a range.
            ExprKind::Builtin(Builtin::RangeValue, args) => {
                for a in args {
                    let t = self.expr(id, a);
                    let t = self.index_dunder(id, a, t).unwrap_or(t);
                    if t != T::NEVER && !is_intlike(t) {
                        let msg = format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.t.types.display(t)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, a.span, msg)
                                .label("range() needs an int"),
                        );
                    }
                }
                let site = self.site_at(e);
                self.t.types.set_view(site, crate::types::SeqKind::Range);
                let l = self.t.types.list_of(site);
                self.add_elem(l, T::INT, e.span);
                self.t.types.list_of(site)
            }
            ExprKind::Builtin(b, args) => {
                // (What an earlier pass decided for the call, when its arguments had other
                // types, is decided again: a `format(day)` of a date, then of a value of
                // run-time type.)
                let spec = &mut self.t.specs[id.0 as usize];
                spec.dunder_calls.remove(&e.id);
                spec.virtual_calls.remove(&e.id);
                spec.virtual_dunders.remove(&e.id);
                // (`max(a, b)` compares its arguments: only `max(xs)` iterates one.)
                let iterable = matches!(
                    b,
                    Builtin::List
                        | Builtin::Tuple
                        | Builtin::Set
                        | Builtin::Sorted
                        | Builtin::Sum
                        | Builtin::Any
                        | Builtin::All
                ) || (matches!(b, Builtin::Min | Builtin::Max | Builtin::Dict)
                    && args.len() == 1);
                let tys: Vec<Ty> = args
                    .iter()
                    .map(|a| {
                        let t = self.expr(id, a);
                        let t = match b {
                            Builtin::Len => self.operand(id, a, t, NoneUse::Len),
                            Builtin::Int => self.operand(id, a, t, NoneUse::Convert("int")),
                            Builtin::Float => self.operand(id, a, t, NoneUse::Convert("float")),
                            Builtin::PercentInt | Builtin::PercentReal | Builtin::PercentChar
                                if std::ptr::eq(a, &args[0]) =>
                            {
                                let msg = percent_none_message(*b, &args[1..]);
                                self.operand(id, a, t, NoneUse::Message(msg))
                            }
                            Builtin::Abs => self.operand(
                                id,
                                a,
                                t,
                                NoneUse::Message("bad operand type for abs(): 'NoneType'"),
                            ),
                            Builtin::Round if std::ptr::eq(a, &args[0]) => self.operand(
                                id,
                                a,
                                t,
                                NoneUse::Message("type NoneType doesn't define __round__ method"),
                            ),
                            // `math.gcd(a, 6)` of an `a` that may be None: CPython's error
                            // for None where the function takes an int, or a float.
                            Builtin::Math(i) => {
                                let k = args.iter().position(|x| std::ptr::eq(x, a)).unwrap_or(0);
                                let param = crate::builtins::MATH_FNS[*i as usize].params.get(k);
                                let msg = match param {
                                    Some(crate::builtins::Num::Float) => {
                                        "must be real number, not NoneType"
                                    }
                                    _ => "'NoneType' object cannot be interpreted as an integer",
                                };
                                self.operand(id, a, t, NoneUse::Message(msg))
                            }
                            _ if iterable => self.operand(id, a, t, NoneUse::Iterate),
                            _ => t,
                        };
                        // `bool(g)` of a generator: true, without running it.
                        if let (Builtin::Bool, TyKind::Generator(_)) = (b, self.t.types.kind(t)) {
                            return t;
                        }
                        if let (Builtin::Len, TyKind::Generator(_)) = (b, self.t.types.kind(t)) {
                            let msg = "object of type 'generator' has no len()";
                            self.error(
                                Diagnostic::new(Code::InvalidOperation, a.span, msg)
                                    .label("this generator"),
                            );
                            return T::NEVER;
                        }
                        // (`dict(m)` of a mapping instance takes its `keys()`.)
                        if let (Builtin::Dict, TyKind::Instance(c)) = (b, self.t.types.kind(t)) {
                            if self.prog.lookup(*c, "keys").is_some() {
                                return t;
                            }
                        }
                        self.generator_as_list(id, a, t, iterable)
                    })
                    .collect();
                let tys = if matches!(b, Builtin::Min | Builtin::Max) && args.len() >= 2 {
                    self.compared_operands(id, *b == Builtin::Max, args, tys)
                } else {
                    tys
                };
                if tys.contains(&T::NEVER) {
                    return T::NEVER;
                }
                if *b == Builtin::TypeQualName {
                    return T::STR;
                }
                // (Of the instance of a user exception class too: the runtime finds the
                // exception being handled that carries it.)
                if let (Builtin::FormatException, [e, _]) = (b, tys.as_slice()) {
                    if let TyKind::Instance(c) = self.t.types.kind(*e).clone() {
                        if self.prog.exc_kind(c).is_some() {
                            return T::STR;
                        }
                    }
                }
                if *b == Builtin::HasAttr {
                    let t = self.strip_optional_instance(tys[0]);
                    let builtin_lacks = t != T::DYN
                        && matches!(&args[1].kind, ExprKind::Str(n) if objects::NO_BUILTIN_HAS.contains(&n.as_str()));
                    // (Of a value of a builtin type: decided by the type's attributes.)
                    let builtin = matches!(&args[1].kind, ExprKind::Str(n)
                        if crate::builtin_attrs::has_attr_of(&self.t.types, t, n).is_some());
                    if !builtin_lacks
                        && !builtin
                        && !matches!(
                            self.t.types.kind(t),
                            TyKind::Instance(_) | TyKind::Never | TyKind::Dyn
                        )
                        && !matches!(self.t.types.kind(t), TyKind::Closure(targets)
                            if self.prog.all_functions(targets))
                    {
                        let what = format!(
                            "hasattr() (or getattr() with a default) of a '{}'",
                            self.t.types.display(tys[0])
                        );
                        self.error(Diagnostic::unsupported(e.span, &what));
                    }
                    return T::BOOL;
                }
                if let Builtin::YieldFromResult = b {
                    return T::DYN;
                }
                if let Builtin::NewExc(_) | Builtin::NewExcFrom(_) = b {
                    match (tys.as_slice(), args.as_slice()) {
                        ([t], [a]) if matches!(b, Builtin::NewExc(_)) => {
                            self.check_exc_message(*t, a)
                        }
                        // Several: its `args`, shown by their reprs.
                        _ => tys.iter().for_each(|t| self.need_str(*t)),
                    }
                    return T::EXC;
                }
                // `max(best, (score, i))`: tuples (or lists) of one type compare item by item.
                if matches!(b, Builtin::Min | Builtin::Max)
                    && tys.len() >= 2
                    && tys.iter().all(|t| *t == tys[0])
                    && (self.is_tuple(tys[0]) || self.t.types.site(tys[0]).is_some())
                {
                    return tys[0];
                }
                // `min(a, b)` of instances of an ordered class: through its `__lt__` (or
                // `__gt__`), as sorting compares them.
                let first = tys.first().map(|t| self.t.types.kind(*t).clone());
                if let (Builtin::Min | Builtin::Max, Some(TyKind::Instance(c))) = (b, first) {
                    let ordered = self.prog.lookup(c, "__lt__").is_some()
                        || self.prog.lookup(c, "__gt__").is_some();
                    if tys.len() >= 2 && tys.iter().all(|t| *t == tys[0]) && ordered {
                        self.need_str(tys[0]);
                        return tys[0];
                    }
                }
                // `isinstance(x, cls)` of a class held in a value: any `x`, tested when it runs.
                // `callable(x)` of anything: its type or its class decides.
                if matches!(b, Builtin::IsInstanceOf | Builtin::IsSubclassOf)
                    || (*b == Builtin::Callable && tys.len() == 1)
                {
                    return T::BOOL;
                }
                // Of lists of numbers (others raise CPython's TypeError when they run).
                if matches!(b, Builtin::Hypot | Builtin::Dist) {
                    return T::FLOAT;
                }
                if let Some(t) = self.numeric_builtin(id, *b, &tys, args, e) {
                    return t;
                }
                // Of a value of run-time type that may be an instance with the dunder.
                let dunder = match (b, tys.as_slice()) {
                    (Builtin::Len, [T::DYN]) => Some(("__len__", T::INT)),
                    (Builtin::Abs, [T::DYN]) => Some(("__abs__", T::DYN)),
                    (Builtin::Int, [T::DYN]) => Some(("__int__", T::INT)),
                    (Builtin::Float, [T::DYN]) => Some(("__float__", T::FLOAT)),
                    (Builtin::Format, [T::DYN] | [T::DYN, T::STR | T::DYN]) => {
                        Some(("__format__", T::STR))
                    }
                    _ => None,
                };
                if let Some((name, fallback)) = dunder {
                    let args: &[Ty] = if name == "__format__" { &[T::STR] } else { &[] };
                    if let Some(t) = self.dyn_dunder((e, e.id), name, args, fallback) {
                        return t;
                    }
                }
                if let Some(t) = self.list_builtin(*b, &tys, e) {
                    return t;
                }
                if matches!(
                    b,
                    Builtin::Str | Builtin::Repr | Builtin::Format | Builtin::Bool
                ) && tys
                    .first()
                    .is_some_and(|t| self.t.types.nullable(*t).is_some())
                {
                    // str(), repr(), format() and bool() of a value that may be None.
                    return if *b == Builtin::Bool { T::BOOL } else { T::STR };
                }
                match builtin_type(*b, &tys) {
                    Ok(t) => t,
                    Err(msg) => {
                        if let Some(t) = self.builtin_always_raises(*b, &tys, e) {
                            return t;
                        }
                        let names: Vec<String> =
                            tys.iter().map(|t| self.t.types.display(*t)).collect();
                        let msg = msg.replace("{}", &names.join(", "));
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, e.span, msg)
                                .label(format!("in this call of `{}()`", b.name())),
                        );
                        T::NEVER
                    }
                }
            }
            ExprKind::List(items) => {
                let site = self.site_at(e);
                let list = self.t.types.list_of(site);
                for item in items {
                    let t = self.expr(id, item);
                    self.add_elem(list, t, item.span);
                }
                self.t.types.list_of(site)
            }
            ExprKind::New(c, args, positional) => {
                let mut tys = vec![self.t.types.intern(TyKind::Instance(*c))];
                if self.t.instantiated.insert(*c) {
                    self.changed = true;
                }
                // repr() of a container holding it calls its `__repr__`.
                self.need_str(tys[0]);
                for a in args {
                    tys.push(self.expr(id, a));
                }
                if tys.contains(&T::NEVER) {
                    return tys[0];
                }
                if args.iter().any(|a| {
                    matches!(
                        a.kind,
                        ExprKind::Spread(_) | ExprKind::SpreadKw(_) | ExprKind::KwArg(..)
                    )
                }) {
                    return self.new_bound_at_run_time(id, *c, args, e);
                }
                if self.prog.exc_kind(*c).is_some() {
                    // `BaseException.__new__` keeps the positional arguments as `args`.
                    let t = self
                        .t
                        .types
                        .intern(TyKind::Tuple(tys[1..=*positional].to_vec()));
                    self.set_field(*c, "args", t, e.span);
                }
                if let Some(init) = self.prog.lookup(*c, "__init__") {
                    let callee = self.spec_for(init, tys.clone());
                    self.t.specs[id.0 as usize].calls.insert(e.id, callee);
                }
                tys[0]
            }
            ExprKind::CallValue(callee, args) => self.call_value(id, callee, args, e),
            ExprKind::IsNone { value, .. } | ExprKind::ClassTest(value, _, _) => {
                self.expr(id, value);
                T::BOOL
            }
            // Typed as the tuple; its items become arguments (`CallValue` above).
            ExprKind::Spread(t) | ExprKind::SpreadKw(t) | ExprKind::KwArg(_, t) => self.expr(id, t),
            ExprKind::IsInstance(value, types) => {
                // Decided by the value's type, except `Optional[C]` against C (a null test).
                let t = self.expr(id, value);
                let decided = self.isinstance_of(t, types);
                let conds = &mut self.t.specs[id.0 as usize].static_conds;
                match decided {
                    Some(b) => conds.insert(e.id, b),
                    None => conds.remove(&e.id),
                };
                T::BOOL
            }
            ExprKind::GetAttr(obj, name) => self.get_attr(id, obj, name, e),
            ExprKind::Dict(entries) => {
                let site = self.site_at(e);
                let d = self.t.types.dict_of(site);
                for (k, v) in entries {
                    let kt = self.expr(id, k);
                    let vt = self.expr(id, v);
                    self.add_entry(d, kt, None, k.span);
                    self.add_entry(d, TypeTable::NEVER, Some(vt), v.span);
                }
                self.t.types.dict_of(site)
            }
            ExprKind::DefaultDict { zero, .. } => {
                let site = self.site_at(e);
                let d = self.t.types.dict_of(site);
                let zt = self.expr(id, zero);
                self.add_entry(d, TypeTable::NEVER, Some(zt), zero.span);
                self.t.types.dict_of(site)
            }
            ExprKind::Set(items) => {
                let site = self.site_at(e);
                let st = self.t.types.set_of(site);
                for item in items {
                    let t = self.expr(id, item);
                    self.add_entry(st, t, None, item.span);
                }
                self.t.types.set_of(site)
            }
            ExprKind::Index(obj, index) => self.index_value(id, e, obj, index),
            ExprKind::Slice {
                obj,
                lower,
                upper,
                step,
                reversed,
                object,
            } => self.slice_value(id, e, obj, [lower, upper, step], *reversed, object),
            ExprKind::MakeClosure {
                func,
                cells,
                defaults,
            } => {
                let outer = self.t.spec(id).func;
                for (k, l) in cells.iter().enumerate() {
                    let sources = self.cell_sources.entry((*func, k)).or_default();
                    if !sources.contains(&(outer, *l)) {
                        sources.push((outer, *l));
                    }
                }
                let mut env: Vec<Ty> = cells
                    .iter()
                    .map(|l| self.t.specs[id.0 as usize].locals[l.0 as usize])
                    .collect();
                for d in defaults {
                    env.push(self.expr(id, d));
                }
                // Nested functions that call each other (`expr` → `term` → `expr`): each one's
                // captured cells would hold the other's closure type, without end. A few levels
                // are a composition of closures (`compose(f, compose(g, h))`); more, a type that
                // grows without end.
                const MAX_NESTING: u32 = 6;
                if env
                    .iter()
                    .any(|t| self.closure_nesting(*t, *func, 0) > MAX_NESTING)
                {
                    let name = &self.prog.func(*func).name;
                    let (msg, label) = if name == "<lambda>" {
                        (
                            "a lambda whose captured variables hold closures of itself".to_string(),
                            "write it as a loop over the functions",
                        )
                    } else {
                        (
                            format!("mutual recursion between nested functions (`{name}`)"),
                            "define these functions at module level (or as methods)",
                        )
                    };
                    self.error(Diagnostic::unsupported(e.span, &msg).label(label));
                    return T::NEVER;
                }
                self.t.types.intern(TyKind::Closure(vec![(*func, env)]))
            }
            ExprKind::Is { left, right, .. } => self.identity(id, left, right, e),
            ExprKind::TypeName(v, _) => {
                self.expr(id, v);
                T::STR
            }
            ExprKind::SortBy {
                list,
                keys,
                reverse,
            } => {
                let l = self.expr(id, list);
                let k = self.expr(id, keys);
                self.expr(id, reverse);
                for (t, part) in [(l, list), (k, keys)] {
                    if self.t.types.elem(t).is_none() && t != T::NEVER && t != T::DYN {
                        let msg = format!("sorting a '{}'", self.t.types.display(t));
                        self.error(Diagnostic::unsupported(part.span, &msg));
                    }
                }
                T::NONE
            }
            ExprKind::SuperMethod {
                base,
                from,
                recv,
                name,
                args,
                keywords,
            } => {
                let r = self.expr(id, recv);
                // A method of a str or container that may be None (instances check their own).
                let r = match self.t.types.nullable(r) {
                    Some(x) if !matches!(self.t.types.kind(x), TyKind::Instance(_)) => {
                        self.operand(id, recv, r, NoneUse::Attr(name))
                    }
                    _ => r,
                };
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(id, a)).collect();
                let kw: Vec<Ty> = keywords.iter().map(|(_, k)| self.expr(id, k)).collect();
                if r == T::NEVER || tys.contains(&T::NEVER) || kw.contains(&T::NEVER) {
                    return T::NEVER;
                }
                let call = method_calls::MethodCall {
                    name,
                    tys: &tys,
                    keywords,
                    kw: &kw,
                    span: e.span,
                };
                self.super_method(id, e, *base, *from, r, &call)
            }
            ExprKind::Method {
                recv,
                name,
                args,
                keywords,
            } => {
                let r = self.expr(id, recv);
                // A method of a str or container that may be None (instances check their own).
                let r = match self.t.types.nullable(r) {
                    Some(x) if !matches!(self.t.types.kind(x), TyKind::Instance(_)) => {
                        self.operand(id, recv, r, NoneUse::Attr(name))
                    }
                    _ => r,
                };
                if let Some(k) = self.t.types.view(r).filter(|k| {
                    !(*k == crate::types::SeqKind::Range
                        && matches!(name.as_str(), "index" | "count"))
                }) {
                    // A dict view has none of a list's methods, a range only `index`, `count`.
                    let msg = format!("'{}' object has no attribute '{name}'", k.name());
                    self.error(Diagnostic::new(Code::InvalidOperation, e.span, msg).label("here"));
                    return T::NEVER;
                }
                if let Some(t) = self.method_call_spreading_list(id, r, name, args, keywords, e) {
                    return t;
                }
                let Some(tys) = self.method_arg_types(id, r, name, args, e.span) else {
                    return T::NEVER;
                };
                let kw: Vec<Ty> = keywords.iter().map(|(_, k)| self.expr(id, k)).collect();
                // A dynamic receiver (`infer/dynamic.rs`): decided there, or a str method.
                let r = if r == T::DYN {
                    match self.dyn_receiver(name, &tys, keywords, &kw, recv.span, e) {
                        Some(t) => return t,
                        None => T::STR,
                    }
                } else {
                    r
                };
                if r == T::NEVER
                    || r == T::NONE
                    || tys.contains(&T::NEVER)
                    || kw.contains(&T::NEVER)
                {
                    // A method of None raises AttributeError when it runs.
                    return T::NEVER;
                }
                let inst = self.strip_optional_instance(r);
                if let TyKind::Instance(c) = self.t.types.kind(inst).clone() {
                    return self.instance_method(c, inst, name, &tys, keywords, &kw, e.span, e);
                }
                if let Some(t) = self.class_value_method(r, name, &tys, keywords, &kw, e) {
                    return t;
                }
                if r == T::STR
                    && name == "format"
                    && !tys.contains(&T::NEVER)
                    && keywords.iter().zip(&kw).all(|((k, _), t)| {
                        k != "**"
                            || self
                                .t
                                .types
                                .dict_kv(*t)
                                .is_some_and(|(k, _)| k == T::STR || k == T::NEVER)
                    })
                {
                    // A template known only at run time, with keyword arguments (and a
                    // `**fields` of a dict with str keys).
                    self.template_args(&tys, &kw, e.span);
                    return T::STR;
                }
                if !keywords.is_empty() {
                    let what = format!(
                        "keyword arguments in a call of a `{}` method",
                        self.t.types.display(r)
                    );
                    self.error(Diagnostic::unsupported(e.span, &what));
                    return T::NEVER;
                }
                self.method(r, name, &tys, args, e.span, e)
            }
            ExprKind::Contains {
                item, container, ..
            } => self.contains(id, item, container, e),
            ExprKind::Block(stmts, value) => {
                self.block(id, stmts);
                let t = self.expr(id, value);
                // A block that raises on its way (a call whose arguments never fit) never
                // gives its value.
                if stmts.iter().any(|s| matches!(s.kind, StmtKind::Raise(..))) {
                    return T::NEVER;
                }
                t
            }
            ExprKind::Tuple(items) => {
                let mut tys = vec![];
                for i in items {
                    tys.push(self.expr(id, i));
                }
                if tys.contains(&T::NEVER) {
                    return T::NEVER;
                }
                self.t.types.intern(TyKind::Tuple(tys))
            }
            ExprKind::Unpack {
                value,
                index,
                count,
            } => {
                let v = self.expr(id, value);
                let v = self.operand(id, value, v, NoneUse::Unpack);
                // Each item of a dynamic value, after its length is checked when it runs.
                if v == T::DYN {
                    return T::DYN;
                }
                if v == T::NEVER {
                    return v;
                }
                if let Some(x) = self.t.types.tuple_of(v) {
                    return x;
                }
                match self.t.types.tuple_items(v) {
                    Some(items) if items.len() == *count => items[*index],
                    // CPython's ValueError when it runs (a length test may guard it), with a
                    // warning.
                    Some(items) => {
                        let msg = if items.len() > *count {
                            format!("too many values to unpack (expected {count})")
                        } else {
                            format!(
                                "not enough values to unpack (expected {count}, got {})",
                                items.len()
                            )
                        };
                        self.always_raises(e, ExcKind::ValueError, msg, "this unpacking")
                    }
                    // A str, each character (`a, b = "xy"`): its length is checked when
                    // unpacked.
                    None if v == T::STR => T::STR,
                    // A list or a set: its length is checked when unpacked.
                    None if matches!(self.t.types.kind(v), TyKind::List(_)) => {
                        self.t.types.elem(v).unwrap_or(T::NEVER)
                    }
                    None if matches!(self.t.types.kind(v), TyKind::Set(_)) => {
                        self.t.types.set_elem(v).unwrap_or(T::NEVER)
                    }
                    // A named tuple (`resolve/namedtuples.rs`): its fields, in order.
                    None if self.named_tuple_fields(v).is_some() => {
                        let fields = self.named_tuple_fields(v).unwrap_or_default();
                        if fields.len() != *count {
                            let msg = if fields.len() > *count {
                                format!("too many values to unpack (expected {count})")
                            } else {
                                format!(
                                    "not enough values to unpack (expected {count}, got {})",
                                    fields.len()
                                )
                            };
                            return self.always_raises(
                                e,
                                ExcKind::ValueError,
                                msg,
                                "this unpacking",
                            );
                        }
                        fields[*index]
                    }
                    None => {
                        let msg = format!(
                            "unpacking a '{}' is not supported yet (only tuples, lists, sets and strs)",
                            self.t.types.display(v)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, value.span, msg)
                                .label("this value"),
                        );
                        T::NEVER
                    }
                }
            }
        }
    }

    /// Joins `t` into the elements of the list type `list`, remembering where it came from.
    fn add_elem(&mut self, list: Ty, t: Ty, span: Span) {
        if let Some(site) = self.t.types.site(list) {
            if t != TypeTable::NEVER
                && t != TypeTable::DYN
                && !self
                    .elem_origins
                    .iter()
                    .any(|(s, et, _, val)| *et == t && !*val && self.t.types.find(*s) == site)
            {
                self.elem_origins.push((site, t, span, false));
            }
        }
        self.t.types.add_elem(list, t);
    }

    /// The allocation site of the list made by `e` in the current specialization.
    fn site_at(&mut self, e: &Expr) -> SiteId {
        self.site_for((self.current, e.id), e)
    }

    /// The allocation site of `e` in every specialization of its function at once: a
    /// `**kwargs` dict made at a call, which a specialization for it must not make anew
    /// (`via(**kw)` → `inner.call(**kw)` → `self.fn(**kw)` → `via` again, each with a dict
    /// of its own, would never end).
    fn shared_site_at(&mut self, e: &Expr) -> SiteId {
        self.site_for((SpecId(u32::MAX), e.id), e)
    }

    fn site_for(&mut self, key: (SpecId, ExprId), e: &Expr) -> SiteId {
        if let Some(s) = self.sites.get(&key) {
            return *s;
        }
        let s = self.t.types.new_site();
        self.sites.insert(key, s);
        let what = match &e.kind {
            ExprKind::Dict(_)
            | ExprKind::DefaultDict { .. }
            | ExprKind::Builtin(Builtin::Dict, _) => "dict",
            ExprKind::Set(_) | ExprKind::Builtin(Builtin::Set, _) => "set",
            _ => "list",
        };
        if self
            .dyn_sites
            .contains(&(self.t.spec(self.current).func, e.id))
        {
            self.t.types.dynamic_contents(s, what == "dict");
        }
        self.site_spans.push((s, e.span, what));
        s
    }
}

/// A slice bound known before the program runs: `None` for an absent one (`None`), the value
/// of an int literal.
pub(crate) fn static_bound(e: &Expr) -> Option<Option<i64>> {
    match &e.kind {
        ExprKind::None => Some(None),
        ExprKind::Int(v) => Some(Some(*v)),
        ExprKind::Unary(UnaryOp::Neg, x) => match x.kind {
            ExprKind::Int(v) => v.checked_neg().map(Some),
            _ => None,
        },
        _ => None,
    }
}

/// The TypeError of a %-conversion (`Builtin::PercentInt`, …) given None; `rest` holds the
/// conversion's letter.
fn percent_none_message(b: Builtin, rest: &[Expr]) -> &'static str {
    let conv = match rest.first().map(|e| &e.kind) {
        Some(ExprKind::Str(s)) => s.as_str(),
        _ => "d",
    };
    match (b, conv) {
        (Builtin::PercentReal, _) => "must be real number, not NoneType",
        (Builtin::PercentChar, _) => "%c requires int or char",
        (_, "i") => "%i format: a real number is required, not NoneType",
        (_, "x") => "%x format: an integer is required, not NoneType",
        (_, "X") => "%X format: an integer is required, not NoneType",
        (_, "o") => "%o format: an integer is required, not NoneType",
        _ => "%d format: a real number is required, not NoneType",
    }
}
