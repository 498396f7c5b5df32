//! Functions given many different function values: `attempt("label", lambda: …)` called
//! with forty lambdas would need a specialization per lambda, more than a function may have
//! (`MAX_SPECS_PER_FUNCTION`). When a call would pass that limit and some of its arguments
//! are function values, the next round of inference gives each such parameter the union of
//! every function value passed there so far (a value that is one of several functions, which
//! a call dispatches on by the function's number, as for a dict of lambdas), so the calls
//! share specializations. A function value not in the union yet widens it for another round.
//!
//! A function passed values of more different types than it may be specialized for (a
//! recursive encoder reaching every type of a program's data, `json._encode`) gets, in the
//! next round, values of run-time type in the parameters where the types differ: one
//! specialization serves them all, dispatching on each value when it runs.

use super::*;

impl Infer<'_> {
    /// The argument types a call of `func` specializes on: a function value, where an
    /// earlier round widened the parameter, is given as the union it belongs to.
    pub(super) fn closure_param_types(&mut self, func: FuncId, mut args: Vec<Ty>) -> Vec<Ty> {
        for (i, t) in args.iter_mut().enumerate() {
            let Some(&union) = self.closure_params.get(&(func, i)) else {
                continue;
            };
            if !matches!(self.t.types.kind(*t), TyKind::Closure(_)) {
                continue;
            }
            let wider = self.t.types.join(union, *t);
            if wider != union && wider != TypeTable::DYN {
                self.widen_closure_param(func, i, wider);
            }
            *t = union;
        }
        for (i, t) in args.iter_mut().enumerate() {
            if self.dyn_params.contains(&(func, i)) && *t != TypeTable::NEVER {
                // (Joining with a dynamic value makes the containers of `t` hold dynamic
                // values too, as for any value stored in one.)
                *t = self.t.types.join(TypeTable::DYN, *t);
            }
        }
        args
    }

    /// The types the specializations of `func` so far take in parameter `i`.
    fn passed(&self, func: FuncId, i: usize) -> impl Iterator<Item = Ty> + '_ {
        self.t
            .specs
            .iter()
            .filter(move |s| s.func == func)
            .filter_map(move |s| s.args.get(i).copied())
    }

    /// A call of `func` with argument types `args` needs one specialization more than it
    /// may have: the parameters (but function values) whose types differ between the calls
    /// take values of run-time type from the next round; whether inference starts over.
    pub(super) fn widen_to_dyn(&mut self, func: FuncId, args: &[Ty]) -> bool {
        let mut widened = false;
        for (i, &t) in args.iter().enumerate() {
            if self.next_seeds.dyn_params.contains(&(func, i)) {
                continue;
            }
            let passed: Vec<Ty> = self.passed(func, i).chain([t]).collect();
            // A parameter that takes a function (or None instead) is called: it stays static.
            let called = passed
                .iter()
                .any(|a| matches!(self.t.types.kind(*a), TyKind::Closure(_)));
            if !called && passed.iter().any(|a| *a != t) {
                self.next_seeds.dyn_params.insert((func, i));
                self.restart = true;
                widened = true;
            }
        }
        widened
    }

    /// A call of `func` with argument types `args` needs one specialization more than it
    /// may have: when some arguments are function values, widens those parameters to the
    /// union of every function value passed there, for the next round; whether inference
    /// starts over (else the limit stands).
    pub(super) fn widen_closure_params(&mut self, func: FuncId, args: &[Ty]) -> bool {
        let mut widened = false;
        for (i, &t) in args.iter().enumerate() {
            if !matches!(self.t.types.kind(t), TyKind::Closure(_)) {
                continue;
            }
            let passed: Vec<Ty> = self
                .passed(func, i)
                .filter(|a| matches!(self.t.types.kind(*a), TyKind::Closure(_)))
                .collect();
            let mut union = t;
            for a in passed {
                union = self.t.types.join(union, a);
            }
            if union != TypeTable::DYN {
                self.widen_closure_param(func, i, union);
                widened = true;
            }
        }
        widened && self.restart
    }

    /// Parameter `i` of `func` takes the function values of `union` in the next round.
    fn widen_closure_param(&mut self, func: FuncId, i: usize, union: Ty) {
        let old = self
            .next_seeds
            .closure_params
            .get(&(func, i))
            .copied()
            .unwrap_or(TypeTable::NEVER);
        let wider = self.t.types.join(old, union);
        if wider != old && wider != TypeTable::DYN {
            self.next_seeds.closure_params.insert((func, i), wider);
            self.restart = true;
        }
    }
}
