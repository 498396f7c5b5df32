//! Captured variables a nested function rebinds (`nonlocal n; n = "s"`): the cell is the
//! enclosing function's variable too, so its type widens there (and inference starts a new
//! round, see [`super::infer`]).

use super::*;

impl Infer<'_> {
    /// Widens, with `ty`, the enclosing functions' variables that local `l` of `func` is the
    /// captured cell of (and theirs in turn).
    pub(super) fn widen_cell_sources(&mut self, func: FuncId, l: LocalId, ty: Ty) {
        // Only scalar types change how a cell holds its value (and joining others would merge
        // their allocation sites); those mean the same in every round.
        if !self.portable(ty) {
            return;
        }
        let f = self.prog.func(func);
        let first = usize::from(f.self_param);
        let k = l.0 as usize;
        if k < first || k >= first + f.captures {
            return;
        }
        let Some(sources) = self.cell_sources.get(&(func, k - first)).cloned() else {
            return;
        };
        for (outer, ol) in sources {
            let seed = self
                .next_seeds
                .get(&(outer, ol))
                .copied()
                .unwrap_or(TypeTable::NEVER);
            let wider = self.t.types.join(seed, ty);
            if wider != seed {
                self.next_seeds.insert((outer, ol), wider);
            }
            let mut widened = false;
            for s in 0..self.t.specs.len() {
                if self.t.specs[s].func != outer {
                    continue;
                }
                // (A specialization that never assigns the variable keeps it untyped.)
                let slot = self.t.specs[s].locals[ol.0 as usize];
                if slot == TypeTable::NEVER || !self.portable(slot) {
                    continue;
                }
                let new = self.t.types.join(slot, ty);
                if new != slot {
                    self.t.specs[s].locals[ol.0 as usize] = new;
                    self.changed = true;
                    widened = true;
                }
            }
            if widened {
                // Closures made with the narrower cell may already be typed: start over.
                self.restart = true;
                self.widen_cell_sources(outer, ol, ty);
            }
        }
    }

    /// Whether `t` is a scalar type (or an optional or dynamic one), which means the same in
    /// every round of inference.
    pub(super) fn portable(&self, t: Ty) -> bool {
        match self.t.types.kind(t) {
            TyKind::Optional(x) => self.portable(*x),
            k => matches!(
                k,
                TyKind::Int
                    | TyKind::Float
                    | TyKind::Bool
                    | TyKind::Str
                    | TyKind::Bytes
                    | TyKind::None
                    | TyKind::Dyn
                    | TyKind::Never
            ),
        }
    }
}
