//! Captured variables a nested function rebinds (`nonlocal n; n = "s"`): the cell is the
//! enclosing function's variable too, so its type widens there (and inference starts a new
//! round, see [`super::infer`]).

use super::*;

impl Infer<'_> {
    /// Variable `l` of `func`, a cell closures capture, widened to `ty` after a closure was
    /// made with it: the next round starts it at `ty` (for a scalar type).
    pub(super) fn seed_cell(&mut self, func: FuncId, l: LocalId, ty: Ty) {
        if !self.portable(ty) {
            return;
        }
        let seed = self
            .next_seeds
            .cells
            .get(&(func, l))
            .copied()
            .unwrap_or(TypeTable::NEVER);
        let wider = self.t.types.join(seed, ty);
        if wider != seed {
            self.next_seeds.cells.insert((func, l), wider);
            self.restart = true;
        }
    }

    /// Widens, with `ty`, the enclosing functions' variables that local `l` of `func` is the
    /// captured cell of (and theirs in turn).
    pub(super) fn widen_cell_sources(&mut self, func: FuncId, l: LocalId, ty: Ty) {
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
            let mut widened = false;
            let mut seeds = vec![];
            for s in 0..self.t.specs.len() {
                if self.t.specs[s].func != outer {
                    continue;
                }
                // (Two containers need nothing: their types differ by allocation site, not in
                // how a cell holds them, and joining them here would merge the sites. A
                // variable the enclosing function never assigns itself, only through the
                // nested one — a walrus in a generator expression — takes the type.)
                let slot = self.t.specs[s].locals[ol.0 as usize];
                if slot != TypeTable::NEVER && !self.portable(slot) && !self.portable(ty) {
                    continue;
                }
                let new = self.t.types.join(slot, ty);
                if new != slot {
                    self.t.specs[s].locals[ol.0 as usize] = new;
                    self.changed = true;
                    widened = true;
                    seeds.push(new);
                }
            }
            if widened {
                // Closures made with the narrower cell may already be typed: start over with
                // the wider type (when it means the same in the next round; an `Optional`
                // container joins closures' cell types item by item anyway).
                for new in seeds {
                    self.seed_cell(outer, ol, new);
                }
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
