//! Narrowing of `Optional` variables: inside `if x is not None:` (or `if x:`,
//! `if isinstance(x, T):`, or an `and` whose operands include one of these), in the `else`
//! of `if x is None:` (or of an `or` including it), after `if x is None: return` (or
//! `if x is None or …: return`; `raise`, `continue`, `break`) up to the next statement that
//! may assign `x`, and in the operands of an `and` (`or`) after such a test (also of a walrus:
//! `(m := f()) is not None and m.ok`), a read of `x` is typed `T`, not `Optional[T]`, so
//! `out.append(x)` makes a `list[T]`.
//!
//! `isinstance(x, C)` of a variable holding a value of run-time type, or an instance of a base
//! class of `C`, narrows it to an instance of class `C` the same way (also in the operands
//! after it of an `and`), so `x.area()` is a direct call; an instance is its own pointer
//! either way.
//!
//! Only a variable nothing can change in that region narrows: no store to it there, not a
//! cell (a nested function may assign it), and for a module global, no function other than
//! the one being inferred stores it (a call in the region could). The code generator needs
//! nothing: a present `Optional[T]` has the same representation as the `T`.

use super::*;
use crate::hir::visit_stores;

/// A variable known not to be None, and the class a dynamic one is known to hold an instance
/// of (`isinstance(x, C)`).
pub(super) type Narrowing = (Place, Option<ClassId>);

impl Infer<'_> {
    /// The variables `c` proves are not None where it is true (`when`) or false, each with
    /// the class it proves a dynamic one holds an instance of.
    pub(super) fn narrowed_by(&self, id: SpecId, c: &Expr, when: bool) -> Vec<Narrowing> {
        match (&c.kind, when) {
            (ExprKind::IsNone { value, negated }, _) if *negated == when => match &value.kind {
                ExprKind::Load(p) => vec![(*p, None)],
                // `(c := peek()) is not None`: the walrus's variable.
                ExprKind::Block(_, last) => match last.kind {
                    ExprKind::Load(p) => vec![(p, None)],
                    _ => vec![],
                },
                _ => vec![],
            },
            // `if x:` — None is false.
            (ExprKind::Load(p), true) => vec![(*p, None)],
            // `isinstance(x, dict)` — None is no instance of any class but `object`.
            (ExprKind::IsInstance(value, types), true)
                if !types.contains(&TypeRef::Builtin("object")) =>
            {
                let class = match types.as_slice() {
                    [TypeRef::Class(c)] => Some(*c),
                    _ => None,
                };
                match value.kind {
                    ExprKind::Load(p) => vec![(p, class)],
                    _ => vec![],
                }
            }
            (
                ExprKind::BoolOp {
                    is_and: true,
                    values,
                },
                true,
            ) => values
                .iter()
                .flat_map(|v| self.narrowed_by(id, v, true))
                .collect(),
            // `if x is None or x.done: return`: past it, every operand was false.
            (
                ExprKind::BoolOp {
                    is_and: false,
                    values,
                },
                false,
            ) => values
                .iter()
                .flat_map(|v| self.narrowed_by(id, v, false))
                .collect(),
            (ExprKind::Unary(UnaryOp::Not, v), _) => self.narrowed_by(id, v, !when),
            _ => vec![],
        }
        .into_iter()
        .filter(|(p, _)| self.may_narrow(id, *p))
        .collect()
    }

    /// Whether variable `p` of specialization `id` is one that only the code of its own
    /// function can change.
    fn may_narrow(&self, id: SpecId, p: Place) -> bool {
        let func = self.t.spec(id).func;
        match p {
            Place::Local(l) => !self.prog.func(func).locals[l.0 as usize].cell,
            Place::Global(g) => self
                .global_writers
                .get(&g)
                .is_none_or(|fs| fs.iter().all(|f| *f == func)),
        }
    }

    /// Runs `f` with `places` narrowed, but those in `stored` (the variables the region `f`
    /// types assigns: [`stored_in`], [`stored_in_expr`]).
    pub(super) fn with_narrowed<R>(
        &mut self,
        places: Vec<Narrowing>,
        stored: &[Place],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let before = self.narrowed.len();
        self.narrowed
            .extend(places.into_iter().filter(|(p, _)| !stored.contains(p)));
        let r = f(self);
        self.narrowed.truncate(before);
        r
    }

    /// Whether operand `v` of an `and` (`is_and`) or `or`, already typed, decides it from the
    /// types alone (`isinstance(o, P) and o.v == 1` with `o` no P here): the operands after it
    /// never run, so they are not typed (nor compiled); recorded in `Spec::short_circuits`.
    pub(super) fn short_circuits(&mut self, id: SpecId, v: &Expr, is_and: bool) -> bool {
        let ends = self.static_cond(id, v) == Some(!is_and);
        let cuts = &mut self.t.specs[id.0 as usize].short_circuits;
        if ends {
            cuts.insert(v.id);
        } else {
            cuts.remove(&v.id);
        }
        ends
    }

    /// The type of a read of `p`, whose variable has type `t`.
    pub(super) fn read_type(&mut self, p: Place, t: Ty) -> Ty {
        let found = self.narrowed.iter().any(|(q, _)| *q == p);
        // The classes it is proved an instance of, latest first (none for most reads).
        let classes: Vec<ClassId> = (self.narrowed.iter().rev())
            .filter(|(q, _)| *q == p)
            .filter_map(|(_, class)| *class)
            .collect();
        for k in classes {
            // A dynamic value, or an instance of a base class (that may be None), proved an
            // instance of `k`.
            let inner = self.strip_optional_instance(t);
            let base = match self.t.types.kind(inner) {
                TyKind::Instance(c) => Some(*c),
                _ => None,
            };
            let sub = base.is_some_and(|c| c != k && self.prog.is_subclass(k, c));
            // (An exception, or None, proved an instance of one of the program's exception
            // classes: that instance, which MIR takes out of it.)
            let exc = self.t.types.nullable(t).unwrap_or(t) == TypeTable::EXC
                && self.prog.exc_kind(k).is_some();
            if t == TypeTable::DYN || sub || exc {
                return self.t.types.intern(TyKind::Instance(k));
            }
        }
        if found {
            if let Some(inner) = self.t.types.nullable(t) {
                return inner;
            }
            // None so far (a variable whose other values inference has not met yet): no
            // value reaches here.
            if t == TypeTable::NONE {
                return TypeTable::NEVER;
            }
        }
        t
    }
}

/// Whether control never goes past the end of `stmts` (a `return`, `raise`, `continue` or
/// `break` ends it).
pub(super) fn exits(stmts: &[Stmt]) -> bool {
    crate::resolve::terminates(stmts)
        || matches!(
            stmts.last().map(|s| &s.kind),
            Some(StmtKind::Continue | StmtKind::Break)
        )
}

/// The variables `stmts` assign (also inside their expressions).
pub(super) fn stored_in(stmts: &[Stmt]) -> Vec<Place> {
    let mut out = vec![];
    visit_stores(stmts, &mut |q, _| out.push(q));
    out
}

/// The variables expression `e` assigns (a walrus, a comprehension's loop).
pub(super) fn stored_in_expr(e: &Expr) -> Vec<Place> {
    let mut out = vec![];
    e.visit_blocks(&mut |q, _| out.push(q));
    out
}

/// Each global, with the functions that assign it.
pub(super) fn global_writers(prog: &Program) -> HashMap<GlobalId, Vec<FuncId>> {
    let mut out: HashMap<GlobalId, Vec<FuncId>> = HashMap::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        visit_stores(&f.body, &mut |q, _| {
            if let Place::Global(g) = q {
                let fs = out.entry(g).or_default();
                if !fs.contains(&FuncId(i as u32)) {
                    fs.push(FuncId(i as u32));
                }
            }
        });
    }
    out
}

impl Infer<'_> {
    /// Past operand `v` of an `and` (`is_and`) or `or`, what it proves for the operands
    /// after it, `rest` (`isinstance(s, Circle) and s.radius > 1`, `c is None or c in "+-"`,
    /// `(m := f()) is not None and m.ok`), unless one of them assigns the variable (a walrus).
    pub(super) fn narrow_rest(&mut self, id: SpecId, v: &Expr, is_and: bool, rest: &[Expr]) {
        let stored: Vec<Place> = rest.iter().flat_map(stored_in_expr).collect();
        let places = self.narrowed_by(id, v, is_and);
        self.narrowed
            .extend(places.into_iter().filter(|(p, _)| !stored.contains(p)));
    }
}
