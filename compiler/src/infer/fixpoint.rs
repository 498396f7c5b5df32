//! The driver of inference: rounds that start over with what the rounds before them learned
//! (`Seeds`), each iterating every specialization to a fixpoint, and the final pass over the
//! specializations the program reaches, which reports the errors.

use super::*;

/// Infers types for the whole program.
///
/// A nested function that gives a captured variable a value of another type (`nonlocal n;
/// n = "s"`) widens the enclosing function's variable; closure values made before that would
/// keep the narrower cell type, so inference then starts over with the variable of the wider
/// type from the beginning (a few rounds at most: the seeds only widen). A variable closures
/// capture that the enclosing function itself gives a value of another type after making one
/// starts over the same way, and so do containers found holding themselves
/// (`recursive.rs`) and functions passed more different function values than they may be
/// specialized for, or values of more different types (`closure_params.rs`).
pub fn infer(prog: &Program, _map: &SourceMap) -> crate::diag::Result<Typed> {
    let mut types = TypeTable::new();
    types.class_names = prog.classes.iter().map(|c| c.name.clone()).collect();
    types.class_mros = prog.classes.iter().map(|c| c.mro.clone()).collect();
    types.func_names = prog.funcs.iter().map(|f| f.name.clone()).collect();
    let mut seeds = Seeds::default();
    for _ in 0..32 {
        match run(prog, types, seeds) {
            Round::Done(result) => return result,
            Round::Again(t, wider) => (types, seeds) = (t, wider),
        }
    }
    let span = prog.func(prog.main).span;
    Err(vec![Diagnostic::new(
        Code::Internal,
        span,
        "type inference of captured variables did not settle",
    )])
}

/// The outcome of one round of inference.
enum Round {
    Done(crate::diag::Result<Typed>),
    /// Start over with these seeds (and the type table, whose interned types stay valid).
    Again(TypeTable, Seeds),
}

/// What a round of inference starts from, learned by the rounds before it (they only grow).
#[derive(Default, Clone)]
pub(super) struct Seeds {
    /// The types of captured variables (`cells.rs`).
    pub(super) cells: HashMap<(FuncId, LocalId), Ty>,
    /// The displays making containers that hold themselves (`recursive.rs`).
    pub(super) dyn_sites: HashSet<(FuncId, ExprId)>,
    /// The function values parameters take (`closure_params.rs`).
    pub(super) closure_params: HashMap<(FuncId, usize), Ty>,
    /// The parameters that take values of run-time type (`closure_params.rs`).
    pub(super) dyn_params: HashSet<(FuncId, usize)>,
}

fn run(prog: &Program, types: TypeTable, seeds: Seeds) -> Round {
    let globals = vec![TypeTable::NEVER; prog.globals.len()];
    let mut inf = Infer {
        prog,
        t: Typed {
            types,
            specs: vec![],
            globals,
            main: SpecId(0),
            iterations: 0,
            // Exception hierarchies keep `args` in slot 0 (the runtime prints it).
            fields: (0..prog.classes.len() as u32)
                .map(|c| {
                    let c = ClassId(c);
                    let root = prog.root(c) == c
                        && prog.classes.iter().enumerate().any(|(k, class)| {
                            class.layout == c && prog.exc_kind(ClassId(k as u32)).is_some()
                        });
                    if root {
                        vec![("args".to_string(), TypeTable::NEVER)]
                    } else {
                        vec![]
                    }
                })
                .collect(),
            live: vec![],
            str_specs: HashMap::new(),
            repr_specs: HashMap::new(),
            truth_specs: HashMap::new(),
            eq_specs: HashMap::new(),
            eq_dyn_specs: HashMap::new(),
            lt_dyn_specs: HashMap::new(),
            gt_dyn_specs: HashMap::new(),
            hash_specs: HashMap::new(),
            lt_specs: HashMap::new(),
            gt_specs: HashMap::new(),
            instantiated: Default::default(),
            deleted_attrs: Default::default(),
            warnings: vec![],
        },
        spec_ids: HashMap::new(),
        changed: false,
        report: false,
        live: vec![],
        report_queue: vec![],
        empty_defaults: false,
        errors: vec![],
        origins: HashMap::new(),
        ret_origins: HashMap::new(),
        field_origins: HashMap::new(),
        sites: HashMap::new(),
        site_spans: vec![],
        current: SpecId(0),
        elem_origins: vec![],
        narrowed: vec![],
        global_writers: narrow::global_writers(prog),
        cell_sources: HashMap::new(),
        next_seeds: seeds.clone(),
        cell_seeds: seeds.cells,
        restart: false,
        dyn_sites: seeds.dyn_sites,
        closure_params: seeds.closure_params,
        dyn_params: seeds.dyn_params,
    };
    inf.t.main = inf.spec_for(prog.main, vec![]);
    // Two fixpoints: in the first, an operation on a container with no elements yet
    // (`sum(xs)` of a `list[Never]`) has no type either, since elements may still arrive; the
    // second gives the containers that stay empty their defaults (`sum([])` is an int).
    for settled in [false, true] {
        inf.empty_defaults = settled;
        loop {
            inf.changed = false;
            inf.t.iterations += 1;
            let mut i = 0;
            while i < inf.t.specs.len() && inf.t.specs.len() <= MAX_SPECS {
                inf.visit(SpecId(i as u32));
                i += 1;
            }
            if inf.t.types.take_dirty() {
                inf.changed = true;
            }
            if !inf.changed {
                break;
            }
            // (Specializations made without end, a new one for each new one, are the same
            // failure as iterations without end.)
            if inf.t.iterations > 10_000 || inf.t.specs.len() > MAX_SPECS {
                let span = prog.func(prog.main).span;
                return Round::Done(Err(vec![Diagnostic::new(
                    Code::Internal,
                    span,
                    "type inference did not reach a fixpoint",
                )]));
            }
        }
    }
    if inf.widen_recursive_containers() {
        inf.restart = true;
        inf.next_seeds.dyn_sites = inf.dyn_sites.clone();
    }
    if inf.restart {
        return Round::Again(inf.t.types, inf.next_seeds);
    }
    // The final pass visits the specializations the program reaches: one made for argument
    // types that a later iteration widened (`f(Optional[int])` before the dict's values
    // became dynamic) is never called, and its errors are none of the program's.
    inf.report = true;
    let roots: Vec<SpecId> = std::iter::once(inf.t.main)
        .chain(inf.t.class_table_specs())
        .collect();
    roots.into_iter().for_each(|s| inf.reach(s));
    while let Some(s) = inf.report_queue.pop() {
        inf.visit(s);
    }
    // (Then again in order, for the errors and warnings: as the program's order shows them.)
    inf.errors.clear();
    inf.t.warnings.clear();
    inf.live.resize(inf.t.specs.len(), false);
    for i in 0..inf.t.specs.len() {
        if inf.live[i] {
            inf.visit(SpecId(i as u32));
        }
    }
    inf.t.live = std::mem::take(&mut inf.live);
    inf.check_places();
    inf.check_hashes();
    let mut seen = std::collections::HashSet::new();
    inf.t
        .warnings
        .retain(|d| seen.insert((d.span.start, d.span.end, d.message.clone())));
    if inf.errors.is_empty() {
        Round::Done(Ok(inf.t))
    } else {
        // Deduplicate: the same error is found once per specialization.
        let mut seen = std::collections::HashSet::new();
        let errors = inf
            .errors
            .into_iter()
            .filter(|d| seen.insert((d.span.start, d.span.end, d.message.clone())))
            .collect();
        Round::Done(Err(errors))
    }
}

/// More specializations than any program needs: inference that makes them has not converged.
const MAX_SPECS: usize = 200_000;
