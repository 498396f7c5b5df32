//! The machine type of each inference type, and the program-wide tables the builder fills
//! (string literals; list, tuple, dict and optional types by index).

use super::*;

/// Maps a (static, checked) inference type to its machine type.
pub fn mty(types: &TypeTable, t: Ty, tables: &mut Strings) -> MTy {
    match types.kind(t) {
        TyKind::Int => MTy::Int,
        TyKind::Float => MTy::Float,
        TyKind::Bool => MTy::Bool,
        TyKind::Str => MTy::Str,
        TyKind::Exc => MTy::Exc,
        TyKind::Bytes => MTy::Bytes,
        TyKind::Instance(c) => MTy::Instance(*c),
        TyKind::Closure(_) => MTy::Func,
        TyKind::Generator(_) => MTy::Gen,
        TyKind::Optional(x) => match types.kind(*x) {
            TyKind::Instance(c) => MTy::OptInstance(*c),
            TyKind::Int => MTy::OptInt,
            TyKind::Float => MTy::OptFloat,
            TyKind::Bool => MTy::OptBool,
            TyKind::Str
            | TyKind::Exc
            | TyKind::List(_)
            | TyKind::Tuple(_)
            | TyKind::TupleOf(_)
            | TyKind::Dict(_)
            | TyKind::Set(_)
            | TyKind::Closure(_) => {
                let inner = mty(types, *x, tables);
                tables.opt_ty(inner)
            }
            _ => MTy::None,
        },
        TyKind::Dict(_) => {
            let (k, v) = types
                .dict_kv(t)
                .unwrap_or((TypeTable::NEVER, TypeTable::NEVER));
            let (k, v) = (mty(types, k, tables), mty(types, v, tables));
            tables.dict_ty(k, v)
        }
        TyKind::Set(_) => {
            let e = types.set_elem(t).unwrap_or(TypeTable::NEVER);
            let e = mty(types, e, tables);
            match tables.list_ty(e) {
                MTy::List(l) => MTy::Set(l),
                other => other,
            }
        }
        TyKind::Tuple(items) => {
            let items: Vec<MTy> = items.iter().map(|t| mty(types, *t, tables)).collect();
            tables.tuple_ty(items)
        }
        TyKind::TupleOf(x) => {
            let e = mty(types, *x, tables);
            match tables.list_ty(e) {
                MTy::List(l) => MTy::TupleOf(l),
                other => other,
            }
        }
        TyKind::List(_) => {
            // Infer rejected lists that contain themselves, so this recursion ends.
            let elem = types.elem(t).unwrap_or(TypeTable::NEVER);
            let e = mty(types, elem, tables);
            tables.list_ty(e)
        }
        TyKind::Dyn => MTy::Dyn,
        // Never (no value ever flows here), None; infer rejected the other Optionals.
        _ => MTy::None,
    }
}

/// The program-wide tables the builder fills: string literals, and list, tuple, dict and
/// optional types.
#[derive(Default)]
pub struct Strings {
    pub(super) list: Vec<String>,
    pub(super) ids: HashMap<String, u32>,
    pub(super) lists: Vec<MTy>,
    pub(super) list_ids: HashMap<MTy, u32>,
    pub(super) tuples: Vec<Vec<MTy>>,
    pub(super) dicts: Vec<(MTy, MTy)>,
    pub(super) opts: Vec<MTy>,
}

impl Strings {
    /// The list type with elements of type `elem`.
    pub(super) fn list_ty(&mut self, elem: MTy) -> MTy {
        if let Some(i) = self.list_ids.get(&elem) {
            return MTy::List(ListTy(*i));
        }
        let i = self.lists.len() as u32;
        self.lists.push(elem);
        self.list_ids.insert(elem, i);
        MTy::List(ListTy(i))
    }

    /// `Optional[inner]` of a pointer type.
    pub(super) fn opt_ty(&mut self, inner: MTy) -> MTy {
        if let Some(i) = self.opts.iter().position(|t| *t == inner) {
            return MTy::OptPtr(OptTy(i as u32));
        }
        self.opts.push(inner);
        MTy::OptPtr(OptTy(self.opts.len() as u32 - 1))
    }

    /// The non-None type of an optional type.
    pub(super) fn opt_inner(&self, t: MTy) -> MTy {
        match t {
            MTy::OptPtr(OptTy(i)) => self.opts[i as usize],
            MTy::OptInstance(c) => MTy::Instance(c),
            MTy::OptInt => MTy::Int,
            MTy::OptFloat => MTy::Float,
            MTy::OptBool => MTy::Bool,
            other => other,
        }
    }

    /// The tuple type with these item types.
    pub(super) fn tuple_ty(&mut self, items: Vec<MTy>) -> MTy {
        if let Some(i) = self.tuples.iter().position(|t| *t == items) {
            return MTy::Tuple(TupleTy(i as u32));
        }
        self.tuples.push(items);
        MTy::Tuple(TupleTy(self.tuples.len() as u32 - 1))
    }

    /// The dict type with these key and value types.
    pub(super) fn dict_ty(&mut self, k: MTy, v: MTy) -> MTy {
        if let Some(i) = self.dicts.iter().position(|d| *d == (k, v)) {
            return MTy::Dict(DictTy(i as u32));
        }
        self.dicts.push((k, v));
        MTy::Dict(DictTy(self.dicts.len() as u32 - 1))
    }

    pub(super) fn dict_kv(&self, t: MTy) -> (MTy, MTy) {
        match t {
            MTy::Dict(DictTy(i)) => self.dicts[i as usize],
            _ => (MTy::None, MTy::None),
        }
    }

    pub(super) fn tuple_items(&self, t: MTy) -> Vec<MTy> {
        match t {
            MTy::Tuple(TupleTy(i)) => self.tuples[i as usize].clone(),
            _ => vec![],
        }
    }

    pub(super) fn list_elem(&self, t: MTy) -> MTy {
        match t {
            MTy::List(ListTy(i)) | MTy::Set(ListTy(i)) | MTy::TupleOf(ListTy(i)) => {
                self.lists[i as usize]
            }
            _ => MTy::None,
        }
    }

    pub(super) fn intern(&mut self, s: &str) -> Operand {
        if let Some(i) = self.ids.get(s) {
            return Operand::Str(*i);
        }
        let i = self.list.len() as u32;
        self.list.push(s.to_string());
        self.ids.insert(s.to_string(), i);
        Operand::Str(i)
    }
}
