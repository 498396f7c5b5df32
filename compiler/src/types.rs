//! The type lattice of inference.
//!
//! Types are small interned handles ([`Ty`]) into a [`TypeTable`]. The lattice: `Never` (no value
//! seen yet) at the bottom, `Dyn` (only known at run time) at the top, and between them the
//! static types. The join keeps Python's semantics exact: `T ⊔ None = Optional[T]`; `int ⊔ float`
//! and `bool ⊔ int` are *not* merged (a merged value would print differently), so they are `Dyn`.
//!
//! Containers are typed by *allocation site*: every list display (per specialization) owns a
//! site, whose element type is the join of everything ever stored into a list made there, through
//! any alias, anywhere in the program. `List(site)`. Joining two list types unifies their sites
//! (union-find), so a variable holding lists from two displays has one element type.

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ty(u32);

/// An allocation site of lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SiteId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TyKind {
    Never,
    None,
    Bool,
    Int,
    Float,
    Str,
    Optional(Ty),
    /// A list made at this site (or at any site unified with it).
    List(SiteId),
    /// A tuple of these item types (fixed length, immutable: a value, so no site).
    Tuple(Vec<Ty>),
    /// A tuple of any length whose items all have this type (`tuple(xs)`, tuples of different
    /// lengths joined): the same runtime object as `Tuple`.
    TupleOf(Ty),
    /// A caught exception (`except … as e`).
    Exc,
    /// `bytes`: an immutable sequence of byte values.
    Bytes,
    /// A dict made at this site: keys are the site's `elem`, values its `value`.
    Dict(SiteId),
    /// A set made at this site.
    Set(SiteId),
    /// An instance of a user class.
    Instance(crate::hir::ClassId),
    /// A function value: one of these functions (sorted, distinct), each with the types of its
    /// closure's environment (captured variables, then default values).
    Closure(Vec<(crate::hir::FuncId, Vec<Ty>)>),
    /// A generator made by a call of a generator function: the specialization (index) that
    /// runs its body (and whose yield type is what it produces).
    Generator(u32),
    Dyn,
}

struct Site {
    parent: u32,
    /// Elements of a list or set; keys of a dict.
    elem: Ty,
    /// Values of a dict.
    value: Ty,
    /// A list site whose values are, to Python, another sequence type (a dict view, a range).
    view: Option<SeqKind>,
}

/// What a list site is to Python when it is not a list: the runtime lays these objects out as
/// lists (every list operation reads them unchanged) under their own type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeqKind {
    /// `d.keys()`, `d.values()`, `d.items()`: views of a dict.
    Keys,
    Values,
    Items,
    /// `range(…)` kept as a value.
    Range,
}

impl SeqKind {
    /// Its Python type name.
    pub fn name(self) -> &'static str {
        match self {
            SeqKind::Keys => "dict_keys",
            SeqKind::Values => "dict_values",
            SeqKind::Items => "dict_items",
            SeqKind::Range => "range",
        }
    }
}

/// The deepest tuple nesting a static type has (see [`TypeTable::intern`]).
const MAX_TUPLE_NESTING: u32 = 8;

pub struct TypeTable {
    kinds: Vec<TyKind>,
    ids: HashMap<TyKind, Ty>,
    sites: Vec<Site>,
    /// Set when a site's element type grows or two sites unify: facts inference must notice.
    dirty: bool,
    /// The names of the program's classes, for display.
    pub class_names: Vec<String>,
    /// Each class's base (single inheritance): instances of two classes join to their
    /// nearest common base.
    pub class_mros: Vec<Vec<crate::hir::ClassId>>,
    /// The names of the program's functions, for display.
    pub func_names: Vec<String>,
    /// The yield type of each specialization (for displaying generator types; kept up to date
    /// by inference).
    pub generator_yields: Vec<Ty>,
    /// The classes whose instances (or their subclasses') may be held in a dynamic value:
    /// joined with another type into `Dyn` (see [`TypeTable::join`]).
    pub dyn_classes: std::collections::BTreeSet<crate::hir::ClassId>,
    /// While two function values' types are joined: the joins made so far. Their environments
    /// share parts (`lambda env: x(env) + y(env)` of two results of one builder), and joining
    /// the tree they unfold to would take time exponential in the nesting.
    closure_joins: Option<HashMap<(Ty, Ty), Ty>>,
}

impl TypeTable {
    pub const NEVER: Ty = Ty(0);
    pub const NONE: Ty = Ty(1);
    pub const BOOL: Ty = Ty(2);
    pub const INT: Ty = Ty(3);
    pub const FLOAT: Ty = Ty(4);
    pub const STR: Ty = Ty(5);
    pub const DYN: Ty = Ty(6);
    pub const EXC: Ty = Ty(7);
    pub const BYTES: Ty = Ty(8);

    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: vec![],
            ids: HashMap::new(),
            sites: vec![],
            dirty: false,
            class_names: vec![],
            class_mros: vec![],
            dyn_classes: Default::default(),
            func_names: vec![],
            generator_yields: vec![],
            closure_joins: None,
        };
        for k in [
            TyKind::Never,
            TyKind::None,
            TyKind::Bool,
            TyKind::Int,
            TyKind::Float,
            TyKind::Str,
            TyKind::Dyn,
            TyKind::Exc,
            TyKind::Bytes,
        ] {
            t.intern(k);
        }
        t
    }

    pub fn intern(&mut self, k: TyKind) -> Ty {
        if let Some(t) = self.ids.get(&k) {
            return *t;
        }
        // A tuple that holds itself (`chain = (i, chain)` in a loop) would make a new type
        // each round of inference: past this nesting it is known only at run time.
        if let TyKind::Tuple(items) = &k {
            if items.iter().any(|t| self.nesting(*t) >= MAX_TUPLE_NESTING) {
                return TypeTable::DYN;
            }
        }
        let t = Ty(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.ids.insert(k, t);
        t
    }

    pub fn kind(&self, t: Ty) -> &TyKind {
        &self.kinds[t.0 as usize]
    }

    /// How deeply tuples (and optionals of them) nest in `t`.
    fn nesting(&self, t: Ty) -> u32 {
        match self.kind(t) {
            TyKind::Tuple(items) => 1 + items.iter().map(|i| self.nesting(*i)).max().unwrap_or(0),
            TyKind::Optional(x) => self.nesting(*x),
            _ => 0,
        }
    }

    /// A new allocation site, with no elements seen yet.
    pub fn new_site(&mut self) -> SiteId {
        let id = self.sites.len() as u32;
        self.sites.push(Site {
            parent: id,
            elem: TypeTable::NEVER,
            value: TypeTable::NEVER,
            view: None,
        });
        SiteId(id)
    }

    /// Makes the values of dict site `s` (`dict`), or the items of list site `s`, dynamic (a
    /// container that holds itself: `infer/recursive.rs`).
    pub fn dynamic_contents(&mut self, s: SiteId, dict: bool) {
        let root = self.find(s).0 as usize;
        if dict {
            self.sites[root].value = TypeTable::DYN;
        } else {
            self.sites[root].elem = TypeTable::DYN;
        }
    }

    /// Marks list site `s` a sequence of kind `k`.
    pub fn set_view(&mut self, s: SiteId, k: SeqKind) {
        let root = self.find(s);
        self.sites[root.0 as usize].view = Some(k);
    }

    /// What list type `t` is to Python, when not a list.
    pub fn view(&self, t: Ty) -> Option<SeqKind> {
        let s = self.site(t)?;
        self.sites[s.0 as usize].view
    }

    /// The representative of a site's class.
    pub fn find(&self, s: SiteId) -> SiteId {
        let mut i = s.0;
        while self.sites[i as usize].parent != i {
            i = self.sites[i as usize].parent;
        }
        SiteId(i)
    }

    pub fn list_of(&mut self, site: SiteId) -> Ty {
        let root = self.find(site);
        self.intern(TyKind::List(root))
    }

    pub fn dict_of(&mut self, site: SiteId) -> Ty {
        let root = self.find(site);
        self.intern(TyKind::Dict(root))
    }

    pub fn set_of(&mut self, site: SiteId) -> Ty {
        let root = self.find(site);
        self.intern(TyKind::Set(root))
    }

    /// The site of a dict type.
    pub fn dict_site(&self, t: Ty) -> Option<SiteId> {
        match self.kind(t) {
            TyKind::Dict(s) => Some(self.find(*s)),
            _ => None,
        }
    }

    /// The site of a set type.
    pub fn set_site(&self, t: Ty) -> Option<SiteId> {
        match self.kind(t) {
            TyKind::Set(s) => Some(self.find(*s)),
            _ => None,
        }
    }

    /// The key and value types of a dict type.
    pub fn dict_kv(&self, t: Ty) -> Option<(Ty, Ty)> {
        self.dict_site(t).map(|s| {
            (
                self.sites[s.0 as usize].elem,
                self.sites[s.0 as usize].value,
            )
        })
    }

    /// The element type of a set type.
    pub fn set_elem(&self, t: Ty) -> Option<Ty> {
        self.set_site(t).map(|s| self.sites[s.0 as usize].elem)
    }

    /// Joins `k` and `v` into the key and value types of a dict (or `k` into a set's elements).
    pub fn add_entry(&mut self, container: Ty, k: Ty, v: Option<Ty>) {
        let Some(s) = self
            .dict_site(container)
            .or_else(|| self.set_site(container))
        else {
            return;
        };
        let old = self.sites[s.0 as usize].elem;
        let new = self.join(old, k);
        let s = self.find(s);
        if new != self.sites[s.0 as usize].elem {
            self.sites[s.0 as usize].elem = new;
            self.dirty = true;
        }
        if let Some(v) = v {
            let old = self.sites[s.0 as usize].value;
            let new = self.join(old, v);
            let s = self.find(s);
            if new != self.sites[s.0 as usize].value {
                self.sites[s.0 as usize].value = new;
                self.dirty = true;
            }
        }
    }

    /// The same type with list sites replaced by their representatives.
    pub fn canon(&mut self, t: Ty) -> Ty {
        match self.kind(t).clone() {
            TyKind::List(s) => self.list_of(s),
            TyKind::Dict(s) => self.dict_of(s),
            TyKind::Set(s) => self.set_of(s),
            TyKind::Tuple(items) => {
                let items = items.into_iter().map(|t| self.canon(t)).collect();
                self.intern(TyKind::Tuple(items))
            }
            TyKind::TupleOf(x) => {
                let x = self.canon(x);
                self.intern(TyKind::TupleOf(x))
            }
            TyKind::Optional(x) => {
                let x = self.canon(x);
                self.intern(TyKind::Optional(x))
            }
            _ => t,
        }
    }

    /// The site of a list type.
    pub fn site(&self, t: Ty) -> Option<SiteId> {
        match self.kind(t) {
            TyKind::List(s) => Some(self.find(*s)),
            _ => None,
        }
    }

    /// The element type of a list type.
    pub fn elem(&self, t: Ty) -> Option<Ty> {
        self.site(t).map(|s| self.sites[s.0 as usize].elem)
    }

    /// Joins `e` into the element type of the list type `list`.
    pub fn add_elem(&mut self, list: Ty, e: Ty) {
        let Some(s) = self.site(list) else { return };
        let old = self.sites[s.0 as usize].elem;
        let new = self.join(old, e);
        let s = self.find(s); // the join may have unified sites
        if new != self.sites[s.0 as usize].elem {
            self.sites[s.0 as usize].elem = new;
            self.dirty = true;
        }
    }

    /// Whether the list type `t` (or a list nested in it) is made at `site`.
    pub fn contains_site(&self, t: Ty, site: SiteId) -> bool {
        let mut cur = t;
        for _ in 0..64 {
            match self.site(cur) {
                Some(s) if s == self.find(site) => return true,
                Some(s) => cur = self.sites[s.0 as usize].elem,
                None => return false,
            }
        }
        true
    }

    /// Whether a value of type `t` can hold, at any depth, a container made at `site` (through
    /// list and set elements, dict keys and values, tuple items and optionals).
    pub fn reaches_site(&self, t: Ty, site: SiteId) -> bool {
        let target = self.find(site);
        let mut seen = std::collections::HashSet::new();
        let mut work = vec![t];
        while let Some(t) = work.pop() {
            if !seen.insert(t) {
                continue;
            }
            match self.kind(t) {
                TyKind::List(s) | TyKind::Set(s) | TyKind::Dict(s) => {
                    let s = self.find(*s);
                    if s == target {
                        return true;
                    }
                    work.push(self.sites[s.0 as usize].elem);
                    work.push(self.sites[s.0 as usize].value);
                }
                TyKind::Tuple(items) => work.extend(items.iter().copied()),
                TyKind::TupleOf(x) | TyKind::Optional(x) => work.push(*x),
                _ => {}
            }
        }
        false
    }

    /// Whether site facts changed since the last call.
    pub fn take_dirty(&mut self) -> bool {
        std::mem::replace(&mut self.dirty, false)
    }

    /// `Optional[T]` of a number, bool, str, container or instance: compiled as `T`'s own
    /// representation with one more value for `None` (a null pointer, or a word no number
    /// has). Its `T`.
    pub fn nullable(&self, t: Ty) -> Option<Ty> {
        match self.kind(t) {
            TyKind::Optional(x)
                if matches!(
                    self.kind(*x),
                    TyKind::Int
                        | TyKind::Float
                        | TyKind::Bool
                        | TyKind::Str
                        | TyKind::Exc
                        | TyKind::List(_)
                        | TyKind::Tuple(_)
                        | TyKind::TupleOf(_)
                        | TyKind::Dict(_)
                        | TyKind::Set(_)
                        | TyKind::Instance(_)
                        | TyKind::Closure(_)
                ) =>
            {
                Some(*x)
            }
            _ => None,
        }
    }

    /// The least upper bound of two types.
    /// The nearest class both `x` and `y` are (or derive from).
    fn common_base(
        &self,
        x: crate::hir::ClassId,
        y: crate::hir::ClassId,
    ) -> Option<crate::hir::ClassId> {
        let (mx, my) = (
            &self.class_mros[x.0 as usize],
            &self.class_mros[y.0 as usize],
        );
        let common: Vec<_> = mx.iter().copied().filter(|k| my.contains(k)).collect();
        // The common classes no other common class derives from; of several (two bases of
        // both, in different orders), the first defined, so the join stays symmetric.
        common
            .iter()
            .copied()
            .filter(|&k| {
                !common
                    .iter()
                    .any(|&m| m != k && self.class_mros[m.0 as usize].contains(&k))
            })
            .min_by_key(|k| k.0)
    }

    /// The least upper bound of two types. A container that becomes part of a dynamic value
    /// (`Dyn`) is *poisoned*: its elements (keys, values, and those of the containers inside
    /// it) become dynamic too, so code reaching it through the dynamic value may store any
    /// value into it.
    pub fn join(&mut self, a: Ty, b: Ty) -> Ty {
        let j = self.join_static(a, b);
        if j == TypeTable::DYN {
            self.poison(a);
            self.poison(b);
        }
        j
    }

    /// Makes the elements of the containers `t` holds dynamic (see [`TypeTable::join`]), and
    /// notes the classes of instances it may be (`dyn_classes`).
    fn poison(&mut self, t: Ty) {
        match self.kind(t).clone() {
            TyKind::List(s) | TyKind::Set(s) | TyKind::Dict(s) => {
                let r = self.find(s).0 as usize;
                let (elem, value) = (self.sites[r].elem, self.sites[r].value);
                let dict = matches!(self.kind(t), TyKind::Dict(_));
                if elem != TypeTable::DYN || (dict && value != TypeTable::DYN) {
                    self.sites[r].elem = TypeTable::DYN;
                    if dict {
                        self.sites[r].value = TypeTable::DYN;
                    }
                    self.dirty = true;
                    self.poison(elem);
                    self.poison(value);
                }
            }
            TyKind::Tuple(items) => items.into_iter().for_each(|i| self.poison(i)),
            TyKind::TupleOf(x) | TyKind::Optional(x) => self.poison(x),
            TyKind::Instance(c) => {
                // (Inference goes round again: what a dynamic value's method call reaches
                // depends on these classes.)
                if self.dyn_classes.insert(c) {
                    self.dirty = true;
                }
            }
            _ => {}
        }
    }

    /// [`TypeTable::join`] of two function values' types: any of the functions of either, the
    /// environments of a function in both joined itemwise.
    fn join_closures(&mut self, a: Ty, b: Ty) -> Ty {
        let (TyKind::Closure(x), TyKind::Closure(y)) = (self.kind(a).clone(), self.kind(b).clone())
        else {
            unreachable!("two function values' types")
        };
        let mut all = x.clone();
        for (f, env) in y {
            match all.iter().position(|(g, _)| *g == f) {
                Some(i) => {
                    let old = all[i].1.clone();
                    if old.len() != env.len() {
                        return TypeTable::DYN;
                    }
                    let mut joined = vec![];
                    for (p, q) in old.into_iter().zip(env) {
                        let j = self.join(p, q);
                        if j == TypeTable::DYN {
                            return TypeTable::DYN;
                        }
                        joined.push(j);
                    }
                    all[i].1 = joined;
                }
                None => all.push((f, env)),
            }
        }
        all.sort_by_key(|(f, _)| *f);
        self.intern(TyKind::Closure(all))
    }

    fn join_static(&mut self, a: Ty, b: Ty) -> Ty {
        let a = self.canon(a);
        let b = self.canon(b);
        if a == b {
            return a;
        }
        let pair = match (self.kind(a).clone(), self.kind(b).clone()) {
            (TyKind::List(x), TyKind::List(y)) => Some((x, y, 0)),
            (TyKind::Dict(x), TyKind::Dict(y)) => Some((x, y, 1)),
            (TyKind::Set(x), TyKind::Set(y)) => Some((x, y, 2)),
            _ => None,
        };
        if let Some((x, y, which)) = pair {
            // Unify the sites: one element (and value) type for both.
            let (ex, ey) = (self.sites[x.0 as usize].elem, self.sites[y.0 as usize].elem);
            let (vx, vy) = (
                self.sites[x.0 as usize].value,
                self.sites[y.0 as usize].value,
            );
            let (view, other_view) = (
                self.sites[self.find(x).0 as usize].view,
                self.sites[self.find(y).0 as usize].view,
            );
            if view != other_view && self.find(x) != self.find(y) {
                // A range (or a dict view) and a list are values of different types.
                return TypeTable::DYN;
            }
            // The older site stays the root: a function's parameter joined with a dict it
            // makes keeps the type its callers pass, so its specialization stays the same.
            let (x, y) = if x.0 <= y.0 { (x, y) } else { (y, x) };
            self.sites[y.0 as usize].parent = x.0;
            self.dirty = true;
            let e = self.join(ex, ey);
            let v = self.join(vx, vy);
            let root = self.find(x);
            self.sites[root.0 as usize].elem = e;
            self.sites[root.0 as usize].value = v;
            self.sites[root.0 as usize].view = view;
            return match which {
                0 => self.list_of(root),
                1 => self.dict_of(root),
                _ => self.set_of(root),
            };
        }
        if let (TyKind::Tuple(x), TyKind::Tuple(y)) = (self.kind(a).clone(), self.kind(b).clone()) {
            // Same length: itemwise (an item of different types is a dynamic value).
            if x.len() == y.len() {
                let mut items = vec![];
                for (p, q) in x.into_iter().zip(y) {
                    items.push(self.join(p, q));
                }
                return self.intern(TyKind::Tuple(items));
            }
        }
        // Tuples of different lengths, or of any length: one item type for all.
        let items_of = |k: &TyKind| match k {
            TyKind::Tuple(items) => Some(items.clone()),
            TyKind::TupleOf(x) => Some(vec![*x]),
            _ => None,
        };
        if let (Some(x), Some(y)) = (items_of(self.kind(a)), items_of(self.kind(b))) {
            let mut item = TypeTable::NEVER;
            for t in x.into_iter().chain(y) {
                item = self.join(item, t);
            }
            if item == TypeTable::DYN || matches!(self.kind(item), TyKind::Optional(_)) {
                return TypeTable::DYN;
            }
            return self.intern(TyKind::TupleOf(item));
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
            // Function values: any of the functions of either (one environment type per
            // function).
            (TyKind::Closure(_), TyKind::Closure(_)) => {
                let outermost = self.closure_joins.is_none();
                let memo = self.closure_joins.get_or_insert_with(HashMap::new);
                if let Some(j) = memo.get(&(a, b)) {
                    return *j;
                }
                let j = self.join_closures(a, b);
                if outermost {
                    self.closure_joins = None;
                } else if let Some(memo) = &mut self.closure_joins {
                    memo.insert((a, b), j);
                }
                j
            }
            (TyKind::Instance(x), TyKind::Instance(y)) => match self.common_base(x, y) {
                Some(c) => self.intern(TyKind::Instance(c)),
                None => TypeTable::DYN,
            },
            // `Optional[X] ⊔ Y` joins X and Y: `Optional[Base]` for classes with a common base,
            // one list site for two lists.
            (TyKind::Optional(x), _) | (_, TyKind::Optional(x)) => {
                let other = if self.kind(a) == &TyKind::Optional(x) {
                    b
                } else {
                    a
                };
                let other = match self.kind(other).clone() {
                    TyKind::Optional(y) => y,
                    _ => other,
                };
                match self.join(x, other) {
                    j if matches!(self.kind(j), TyKind::Dyn | TyKind::Optional(_)) => {
                        TypeTable::DYN
                    }
                    j => self.intern(TyKind::Optional(j)),
                }
            }
            _ => TypeTable::DYN,
        }
    }

    /// How a person reads the type.
    pub fn display(&self, t: Ty) -> String {
        self.display_at(t, 0)
    }

    /// `display` at nesting `depth`: a type that contains itself (a recursive dict, reported
    /// as an error) prints `...` past a few levels instead of recursing forever.
    fn display_at(&self, t: Ty, depth: u32) -> String {
        if depth > 8 {
            return "...".into();
        }
        let d = depth + 1;
        match self.kind(t) {
            TyKind::Never => "Never".into(),
            TyKind::None => "None".into(),
            TyKind::Bool => "bool".into(),
            TyKind::Int => "int".into(),
            TyKind::Float => "float".into(),
            TyKind::Str => "str".into(),
            TyKind::Bytes => "bytes".into(),
            TyKind::Optional(x) => format!("Optional[{}]", self.display_at(*x, d)),
            TyKind::List(site) => self.display_list(*site, d),
            TyKind::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|t| self.display_at(*t, d)).collect();
                format!("tuple[{}]", parts.join(", "))
            }
            TyKind::TupleOf(x) => format!("tuple[{}, ...]", self.display_at(*x, d)),
            TyKind::Exc => "exception".into(),
            TyKind::Generator(s) => format!(
                "generator[{}]",
                self.generator_yields
                    .get(*s as usize)
                    .map(|t| self.display_at(*t, d))
                    .unwrap_or_else(|| "?".into())
            ),
            TyKind::Closure(fs) => {
                let names: Vec<String> = fs
                    .iter()
                    .map(|(f, _)| {
                        self.func_names
                            .get(f.0 as usize)
                            .cloned()
                            .unwrap_or_else(|| "?".into())
                    })
                    .collect();
                format!("function[{}]", names.join(" | "))
            }
            TyKind::Instance(c) => self
                .class_names
                .get(c.0 as usize)
                .cloned()
                .unwrap_or_else(|| "object".into()),
            TyKind::Dict(s) => {
                let r = self.find(*s);
                let site = &self.sites[r.0 as usize];
                format!(
                    "dict[{}, {}]",
                    self.display_at(site.elem, d),
                    self.display_at(site.value, d)
                )
            }
            TyKind::Set(s) => {
                let r = self.find(*s);
                format!("set[{}]", self.display_at(self.sites[r.0 as usize].elem, d))
            }
            TyKind::Dyn => "Dyn".into(),
        }
    }

    fn display_list(&self, site: SiteId, depth: u32) -> String {
        let root = self.find(site);
        let e = self.sites[root.0 as usize].elem;
        if depth > 8 {
            return "list[...]".into();
        }
        let name = match self.sites[root.0 as usize].view {
            Some(k) => k.name(),
            None => "list",
        };
        match self.kind(e) {
            TyKind::List(inner) => format!("{name}[{}]", self.display_list(*inner, depth + 1)),
            _ => format!("{name}[{}]", self.display_at(e, depth + 1)),
        }
    }

    /// The item type of a tuple of any length.
    pub fn tuple_of(&self, t: Ty) -> Option<Ty> {
        match self.kind(t) {
            TyKind::TupleOf(x) => Some(*x),
            _ => None,
        }
    }

    /// The item types of a tuple type.
    pub fn tuple_items(&self, t: Ty) -> Option<Vec<Ty>> {
        match self.kind(t) {
            TyKind::Tuple(items) => Some(items.clone()),
            _ => None,
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

    #[test]
    fn list_sites_unify_on_join() {
        let mut t = TypeTable::new();
        let (a, b) = (t.new_site(), t.new_site());
        let (la, lb) = (t.list_of(a), t.list_of(b));
        t.add_elem(la, TypeTable::INT);
        assert_eq!(t.display(la), "list[int]");
        assert_eq!(t.display(lb), "list[Never]");
        let j = t.join(la, lb);
        t.add_elem(lb, TypeTable::INT);
        assert_eq!(t.display(j), "list[int]");
        assert_eq!(t.canon(lb), t.canon(la));
        t.add_elem(lb, TypeTable::STR);
        assert_eq!(t.display(la), "list[Dyn]");
    }
}
