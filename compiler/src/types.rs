//! The type lattice of inference.
//!
//! Types are small interned handles ([`Ty`]) into a [`TypeTable`]. The lattice: `Never` (no value
//! seen yet) at the bottom, `Dyn` (only known at run time) at the top, and between them the
//! static types. The join keeps Python's semantics exact: `T ⊔ None = Optional[T]`; `int ⊔ float`
//! and `bool ⊔ int` are *not* merged (a merged value would print differently), so they are `Dyn`.

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ty(u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TyKind {
    Never,
    None,
    Bool,
    Int,
    Float,
    Str,
    Optional(Ty),
    Dyn,
}

pub struct TypeTable {
    kinds: Vec<TyKind>,
    ids: HashMap<TyKind, Ty>,
}

impl TypeTable {
    pub const NEVER: Ty = Ty(0);
    pub const NONE: Ty = Ty(1);
    pub const BOOL: Ty = Ty(2);
    pub const INT: Ty = Ty(3);
    pub const FLOAT: Ty = Ty(4);
    pub const STR: Ty = Ty(5);
    pub const DYN: Ty = Ty(6);

    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: vec![],
            ids: HashMap::new(),
        };
        for k in [
            TyKind::Never,
            TyKind::None,
            TyKind::Bool,
            TyKind::Int,
            TyKind::Float,
            TyKind::Str,
            TyKind::Dyn,
        ] {
            t.intern(k);
        }
        t
    }

    pub fn intern(&mut self, k: TyKind) -> Ty {
        if let Some(t) = self.ids.get(&k) {
            return *t;
        }
        let t = Ty(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.ids.insert(k, t);
        t
    }

    pub fn kind(&self, t: Ty) -> &TyKind {
        &self.kinds[t.0 as usize]
    }

    /// The least upper bound of two types.
    pub fn join(&mut self, a: Ty, b: Ty) -> Ty {
        if a == b {
            return a;
        }
        match (self.kind(a).clone(), self.kind(b).clone()) {
            (TyKind::Never, _) => b,
            (_, TyKind::Never) => a,
            (TyKind::Dyn, _) | (_, TyKind::Dyn) => TypeTable::DYN,
            (TyKind::None, TyKind::Optional(_)) => b,
            (TyKind::Optional(_), TyKind::None) => a,
            (TyKind::None, _) => self.intern(TyKind::Optional(b)),
            (_, TyKind::None) => self.intern(TyKind::Optional(a)),
            (TyKind::Optional(x), _) if x == b => a,
            (_, TyKind::Optional(y)) if y == a => b,
            _ => TypeTable::DYN,
        }
    }

    /// How a person reads the type.
    pub fn display(&self, t: Ty) -> String {
        match self.kind(t) {
            TyKind::Never => "Never".into(),
            TyKind::None => "None".into(),
            TyKind::Bool => "bool".into(),
            TyKind::Int => "int".into(),
            TyKind::Float => "float".into(),
            TyKind::Str => "str".into(),
            TyKind::Optional(x) => format!("Optional[{}]", self.display(*x)),
            TyKind::Dyn => "Dyn".into(),
        }
    }

    pub fn is_numeric(&self, t: Ty) -> bool {
        t == TypeTable::INT || t == TypeTable::FLOAT || t == TypeTable::BOOL
    }
}

impl Default for TypeTable {
    fn default() -> Self {
        TypeTable::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_is_exact() {
        let mut t = TypeTable::new();
        assert_eq!(t.join(TypeTable::INT, TypeTable::NEVER), TypeTable::INT);
        let opt = t.join(TypeTable::INT, TypeTable::NONE);
        assert_eq!(t.display(opt), "Optional[int]");
        assert_eq!(t.join(opt, TypeTable::INT), opt);
        assert_eq!(t.join(TypeTable::INT, TypeTable::FLOAT), TypeTable::DYN);
        assert_eq!(t.join(TypeTable::BOOL, TypeTable::INT), TypeTable::DYN);
        assert_eq!(t.join(TypeTable::STR, TypeTable::STR), TypeTable::STR);
    }
}
