//! HIR: the resolved, desugared program that inference and MIR lowering consume.
//!
//! Names are resolved to [`Place`]s (a function's local or a module global) or to a known
//! function or builtin; calls have their arguments matched to parameters; tuple assignment,
//! augmented assignment and default arguments are desugared. Every expression has an [`ExprId`],
//! unique within its function, that inference uses to record its type per specialization.
//!
//! **Invariant:** the HIR knows nothing of types and nothing of the Python AST.

use crate::source::Span;

mod builtin;
pub use builtin::Builtin;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

impl ExprId {
    /// The key of a comparison's dunder call in a chain (`a == b`, `a < b < c`): its right
    /// operand's id, moved out of the way of the calls recorded under that operand itself
    /// (`a == -b`, `a == obj.prop`).
    pub fn comparison(self) -> ExprId {
        ExprId(self.0 | 1 << 31)
    }

    /// The key of a binary operator's reflected dunder call on a value of run-time type
    /// (`1 + v`: `v.__radd__(1)`), apart from the forward one recorded under the operator.
    pub fn reflected(self) -> ExprId {
        ExprId(self.0 | 1 << 30)
    }
}

/// A whole program: the module body is the function `main`.
#[derive(Debug)]
pub struct Program {
    pub funcs: Vec<Function>,
    pub globals: Vec<Global>,
    pub classes: Vec<Class>,
    pub main: FuncId,
    /// Located warnings: calls whose arguments never fit, compiled as CPython's TypeError.
    pub warnings: Vec<crate::diag::Diagnostic>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ClassId(pub u32);

impl Program {
    /// The module-level function called `name` (a library function's qualified name:
    /// `builtins._dict_of_mapping`), if the program has it.
    pub fn func_named(&self, name: &str) -> Option<FuncId> {
        let k = self.funcs.iter().position(|f| f.name == name)?;
        Some(FuncId(k as u32))
    }

    /// The class whose constructor function `f` is (a class used as a value), if any.
    pub fn ctor_class(&self, f: FuncId) -> Option<ClassId> {
        let k = self.classes.iter().position(|c| c.ctor == Some(f))?;
        Some(ClassId(k as u32))
    }

    /// Whether function `f` is a class used as a value: a class's constructor, or a builtin
    /// type or exception class (`int`, `ValueError`).
    pub fn is_class_value(&self, f: FuncId) -> bool {
        self.func(f).builtin_type || self.ctor_class(f).is_some()
    }

    /// Whether a value that may be any of `targets` (a function value's type) is a function
    /// object, none of them a class.
    pub fn all_functions<T>(&self, targets: &[(FuncId, T)]) -> bool {
        targets.iter().all(|(f, _)| !self.is_class_value(*f))
    }

    /// The qualified names of class `c` and of the classes it derives from, nearest first,
    /// `object` last (`__main__.AppError`, `ValueError`, …): what a class object tests
    /// `issubclass` against.
    pub fn class_chain(&self, c: ClassId) -> Vec<String> {
        let mut names = vec![];
        let mut exc = None;
        for k in self.mro(c) {
            let class = &self.classes[k.0 as usize];
            names.push(class.qualname());
            exc = exc.or(class.exc_base);
        }
        names.extend(std::iter::successors(exc, |k| k.parent()).map(|k| k.qualified_name()));
        names.push("object".to_string());
        names
    }
}

/// A class: a name and its methods (functions whose first parameter is the instance).
#[derive(Debug)]
pub struct Class {
    pub name: String,
    pub span: Span,
    /// The first of its bases that is a class of the program (its primary base).
    pub base: Option<ClassId>,
    /// Its bases that are classes of the program, in order (defined earlier in the module).
    pub bases: Vec<ClassId>,
    /// Its method resolution order: itself, then its bases' classes in CPython's C3
    /// linearization ([`c3_linearization`]).
    pub mro: Vec<ClassId>,
    /// The class whose attribute layout its instances share: the first class defined of those
    /// its bases connect it to (with multiple inheritance, the hierarchies of all its bases
    /// become one, laid out alike; set when every class is known, `Program::connect_layouts`).
    pub layout: ClassId,
    /// The builtin exception class it derives from directly (`class AppError(ValueError)`).
    pub exc_base: Option<natrix_abi::ExcKind>,
    pub methods: Vec<(String, FuncId)>,
    /// Class attributes (`count = 0` in the class body), each a hidden global `Class.name`.
    pub attrs: Vec<(String, GlobalId)>,
    /// The `@staticmethod`s among `methods` (no `self`).
    pub statics: Vec<FuncId>,
    /// The `@property` getters among `methods` (`obj.name` calls them).
    pub properties: Vec<FuncId>,
    /// Property setters (`@name.setter`): `obj.name = v` calls them.
    pub setters: Vec<(String, FuncId)>,
    /// The `@classmethod`s among `methods`: their first parameter (`cls`) stands for the class
    /// itself and is passed `None`.
    pub classmethods: Vec<FuncId>,
    /// A frozen dataclass or a named tuple: assigning its attributes raises.
    pub frozen: Option<Frozen>,
    /// Methods natrix wrote for CPython's fallbacks (`__iter__` by indexing, `__contains__`
    /// by iterating, `__reversed__` by indexing): they work, but are no attributes.
    pub fallbacks: Vec<String>,
    /// The names its `__slots__` lists (a literal tuple, list or str): when every class of
    /// its chain has slots, its instances have no other attributes.
    pub slots: Option<Vec<String>>,
    /// The function standing for the class when it is used as a value (its constructor:
    /// `resolve/class_values.rs`), once it is.
    pub ctor: Option<FuncId>,
    /// Its `__deepcopy__` returns `self` (an enum's): a copy of an instance, also inside a
    /// container being copied, is the instance.
    pub atomic: bool,
    /// An enum whose members are ints or strs (`"int"`, `"str"`: `IntEnum`, `StrEnum`, the
    /// mixins): `isinstance(member, int)` is true.
    pub value_type: Option<&'static str>,
}

impl Class {
    /// Its qualified name, as its class object shows it: `__main__.Point`, or for a class of
    /// natrix's library its own (`collections.Counter`), a builtin's bare (`object`).
    pub fn qualname(&self) -> String {
        if let Some(builtin) = self.name.strip_prefix("builtins.") {
            builtin.to_string()
        } else if self.name.contains('.') {
            crate::modules::display_name(&self.name).to_string()
        } else {
            format!("__main__.{}", py_qualname(&self.name))
        }
    }
}

/// What `@dataclass(frozen=True)` (or a named tuple) makes of a class: CPython's generated
/// `__setattr__` raises for every attribute of an instance of the class itself and for the
/// fields of one of a subclass; only `object.__setattr__` stores (its generated `__init__`
/// does).
#[derive(Clone, Debug, Default)]
pub struct Frozen {
    /// The fields, its dataclass bases' included.
    pub fields: Vec<String>,
    /// A named tuple: `AttributeError: can't set attribute` (a dataclass raises
    /// `dataclasses.FrozenInstanceError: cannot assign to field 'x'`).
    pub named_tuple: bool,
}

/// CPython's C3 linearization of a class `head` whose bases have the method resolution
/// orders `base_mros` (each starting with the base itself, in the order of the bases): `head`,
/// then repeatedly the first head of those lists that is in no other list's tail. `None` when
/// there is no consistent order (CPython's `TypeError: Cannot create a consistent method
/// resolution order (MRO)`).
pub fn c3_linearization<T: Copy + Eq>(head: T, base_mros: &[Vec<T>]) -> Option<Vec<T>> {
    let mut lists: Vec<Vec<T>> = base_mros.to_vec();
    lists.push(
        base_mros
            .iter()
            .filter_map(|m| m.first().copied())
            .collect(),
    );
    let mut out = vec![head];
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Some(out);
        }
        let next = lists
            .iter()
            .map(|l| l[0])
            .find(|&h| !lists.iter().any(|l| l[1..].contains(&h)))?;
        out.push(next);
        for l in lists.iter_mut() {
            if l[0] == next {
                l.remove(0);
            }
        }
    }
}

impl Class {
    pub fn attr(&self, name: &str) -> Option<GlobalId> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    pub fn method(&self, name: &str) -> Option<FuncId> {
        self.methods
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, f)| *f)
    }
}

impl Program {
    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.0 as usize]
    }

    pub fn class(&self, c: ClassId) -> &Class {
        &self.classes[c.0 as usize]
    }

    /// `c` and its bases, most derived first, in the method resolution order.
    pub fn mro(&self, c: ClassId) -> impl Iterator<Item = ClassId> + '_ {
        self.class(c).mro.iter().copied()
    }

    /// The method `name` that instances of `c` have, own or inherited.
    pub fn lookup(&self, c: ClassId, name: &str) -> Option<FuncId> {
        self.mro(c).find_map(|k| self.class(k).method(name))
    }

    /// Whether instances of class `c` are instances of the ABC `abc` of `collections.abc` or
    /// `numbers` (`natrix_abi::abcs`): by the methods they have, as CPython's `__subclasshook__`s decide
    /// (not those natrix wrote for fallbacks), or for the library's classes by what CPython
    /// registers them as (a `deque` is a `MutableSequence`, a `Counter` a `MutableMapping`, a
    /// `Fraction` a `Rational`), or by the ABC they derive from.
    pub fn is_abc(&self, c: ClassId, abc: &str) -> bool {
        let has = |m: &str| {
            self.mro(c).any(|k| {
                let k = self.class(k);
                k.method(m).is_some() && !k.fallbacks.iter().any(|f| f == m)
            })
        };
        let registered = self.mro(c).any(|k| {
            let name = self.class(k).name.as_str();
            let like = match name {
                "collections.deque" => "list",
                "fractions.Fraction" => "Fraction",
                _ if natrix_abi::DICT_SUBCLASSES.contains(&name) => "dict",
                // (A subclass of an ABC, `class Deck(Sequence)`, `class Money(numbers.Real)`.)
                _ => {
                    let base = (name.strip_prefix("_collections_abc."))
                        .or_else(|| name.strip_prefix("numbers."));
                    return base.is_some_and(|b| natrix_abi::abcs::abc_is_abc(b, abc));
                }
            };
            natrix_abi::abcs::builtin_is_abc(like, abc)
        });
        (registered && abc != "Hashable")
            || match abc {
                "Hashable" => !self.eq_drops_hash(c),
                "Iterable" => has("__iter__"),
                "Iterator" => has("__iter__") && has("__next__"),
                "Generator" => ["__iter__", "__next__", "send", "throw", "close"]
                    .iter()
                    .all(|m| has(m)),
                "Reversible" => has("__reversed__") && has("__iter__"),
                "Sized" => has("__len__"),
                "Container" => has("__contains__"),
                "Collection" => has("__len__") && has("__iter__") && has("__contains__"),
                "Callable" => has("__call__"),
                _ => false,
            }
    }

    /// Whether instances of `c` are unhashable: the nearest class of its hierarchy that
    /// defines `__eq__` or `__hash__` itself defines `__eq__` alone (Python then sets
    /// `__hash__` to None), or sets `__hash__ = None` in its body.
    pub fn eq_drops_hash(&self, c: ClassId) -> bool {
        self.mro(c)
            .find_map(|k| {
                let k = self.class(k);
                if k.method("__hash__").is_some() {
                    Some(false)
                } else if k.attr("__hash__").is_some() {
                    Some(true)
                } else {
                    k.method("__eq__").map(|_| true)
                }
            })
            .unwrap_or(false)
    }

    /// The class that defines the method `f`.
    pub fn owner(&self, f: FuncId) -> Option<ClassId> {
        (0..self.classes.len() as u32)
            .map(ClassId)
            .find(|c| self.class(*c).methods.iter().any(|(_, m)| *m == f))
    }

    /// The class attribute `name` of `c`, own or inherited.
    pub fn lookup_attr(&self, c: ClassId, name: &str) -> Option<GlobalId> {
        self.mro(c).find_map(|k| self.class(k).attr(name))
    }

    /// The property getter `name` of instances of `c` when the first class of its method
    /// resolution order that defines `name` (as a class attribute or a method) defines a
    /// property.
    pub fn nearest_property(&self, c: ClassId, name: &str) -> Option<FuncId> {
        let k = self.mro(c).find(|&m| {
            let class = self.class(m);
            class.attr(name).is_some() || class.method(name).is_some()
        })?;
        let class = self.class(k);
        let f = class.method(name).filter(|_| class.attr(name).is_none())?;
        class.properties.contains(&f).then_some(f)
    }

    /// Whether `name` is a property of `c` (own or inherited).
    pub fn is_property(&self, c: ClassId, name: &str) -> bool {
        self.mro(c).any(|k| {
            let class = self.class(k);
            class
                .method(name)
                .is_some_and(|f| class.properties.contains(&f))
        })
    }

    /// The classes of `c`'s subtree (an instance typed `c` may be of any) whose instances
    /// refuse `obj.name = v` ([`Program::refused_store`]), and whether all of them do.
    pub fn refusing_classes(&self, c: ClassId, name: &str) -> (Vec<ClassId>, bool) {
        // (Asked of every attribute store, while inference iterates: most programs have no
        // frozen or slotted class at all.)
        if self
            .classes
            .iter()
            .all(|k| k.frozen.is_none() && k.slots.is_none())
        {
            return (vec![], false);
        }
        let all = self.subtree(c);
        let refusing: Vec<ClassId> = all
            .iter()
            .copied()
            .filter(|k| self.refused_store(*k, name).is_some())
            .collect();
        let every = refusing.len() == all.len();
        (refusing, every)
    }

    /// The exception `obj.name = v` raises when `obj` is an instance of `c` whose class or a
    /// base is frozen (see [`Frozen`]), or whose classes all have `__slots__` without `name`:
    /// its kind and message.
    pub fn refused_store(&self, c: ClassId, name: &str) -> Option<(natrix_abi::ExcKind, String)> {
        // Slots on every class of the chain and none named so: no such attribute (CPython's
        // instances of such a class have no `__dict__`); a property's setter stores anyway.
        let slotted =
            self.mro(c).all(|k| self.class(k).slots.is_some()) && !self.is_property(c, name);
        let in_slots = || {
            self.mro(c)
                .any(|k| self.class(k).slots.iter().flatten().any(|s| s == name))
        };
        if slotted && !in_slots() {
            let class = py_name(&self.class(c).name);
            let msg = if self.mro(c).any(|k| self.class(k).attr(name).is_some()) {
                format!("'{class}' object attribute '{name}' is read-only")
            } else {
                format!("'{class}' object has no attribute '{name}'")
            };
            return Some((natrix_abi::ExcKind::AttributeError, msg));
        }
        let (frozen, field) = self.mro(c).find_map(|k| {
            let f = self.class(k).frozen.as_ref()?;
            let field = f.fields.iter().any(|x| x == name);
            (k == c || field).then_some((f, field))
        })?;
        Some(if frozen.named_tuple {
            // A named tuple's fields are read-only properties; it has no other attributes
            // (`__slots__ = ()`).
            let msg = if field {
                "can't set attribute".to_string()
            } else {
                format!(
                    "'{}' object has no attribute '{name}'",
                    py_name(&self.class(c).name)
                )
            };
            (natrix_abi::ExcKind::AttributeError, msg)
        } else {
            (
                natrix_abi::ExcKind::FrozenInstanceError,
                format!("cannot assign to field '{name}'"),
            )
        })
    }

    /// The property setter `name` of `c`, own or inherited.
    pub fn lookup_setter(&self, c: ClassId, name: &str) -> Option<FuncId> {
        self.mro(c).find_map(|k| {
            let class = self.class(k);
            class
                .setters
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, f)| *f)
        })
    }

    /// The builtin exception class `c` derives from (through its bases), if any: its instances
    /// can be raised, and attribute slot 0 of its hierarchy holds `args`.
    pub fn exc_kind(&self, c: ClassId) -> Option<natrix_abi::ExcKind> {
        self.mro(c).find_map(|k| self.class(k).exc_base)
    }

    /// Whether `c` is the class of slice objects (`builtins.slice`, `stdlib/builtins.py`).
    pub fn is_slice_class(&self, c: ClassId) -> bool {
        self.class(c).name == crate::modules::SLICE_CLASS
    }

    /// The class whose attribute layout instances of `c` have (the topmost base of a single
    /// hierarchy): every class connected to it through bases shares it.
    pub fn root(&self, c: ClassId) -> ClassId {
        self.class(c).layout
    }

    /// The topmost class of `c`'s chain of first bases (its hierarchy's root under single
    /// inheritance).
    pub fn top(&self, c: ClassId) -> ClassId {
        std::iter::successors(Some(c), |k| self.class(*k).base)
            .last()
            .unwrap_or(c)
    }

    /// The class the other operand of method `name` (`__eq__`, `__lt__`, `__gt__`) of
    /// instances of `c` is compiled for, when the runtime compares two instances: the
    /// [`Program::top`] of the class defining the method (any class of a single hierarchy;
    /// with multiple inheritance, those deriving from the comparing mixin).
    pub fn operand_class(&self, c: ClassId, name: &str) -> ClassId {
        let owner = self
            .lookup(c, name)
            .and_then(|m| self.owner(m))
            .unwrap_or(c);
        // (An enum's members meet only their own class's: its mixins are no hierarchy.)
        match self.class(owner).atomic {
            true => owner,
            false => self.top(owner),
        }
    }

    /// Sets each class's `layout`: the first class defined among those its bases connect it
    /// to, directly or not (a class with two bases joins their hierarchies).
    pub fn connect_layouts(classes: &mut [Class]) {
        let mut parent: Vec<usize> = (0..classes.len()).collect();
        fn find(parent: &mut [usize], mut k: usize) -> usize {
            while parent[k] != k {
                parent[k] = parent[parent[k]];
                k = parent[k];
            }
            k
        }
        for c in 0..classes.len() {
            for b in classes[c].bases.clone() {
                let (x, y) = (find(&mut parent, c), find(&mut parent, b.0 as usize));
                // The first class defined stays the root.
                parent[x.max(y)] = x.min(y);
            }
        }
        for c in 0..classes.len() {
            classes[c].layout = ClassId(find(&mut parent, c) as u32);
        }
    }

    /// Whether `d` is `c` or derives from it.
    pub fn is_subclass(&self, d: ClassId, c: ClassId) -> bool {
        self.mro(d).any(|k| k == c)
    }

    /// `c` and every class deriving from it, in definition order.
    pub fn subtree(&self, c: ClassId) -> Vec<ClassId> {
        (0..self.classes.len() as u32)
            .map(ClassId)
            .filter(|d| self.is_subclass(*d, c))
            .collect()
    }

    /// Whether the method `f` is a `@staticmethod` (takes no `self`).
    pub fn is_static(&self, f: FuncId) -> bool {
        self.classes.iter().any(|c| c.statics.contains(&f))
    }

    /// Whether the method `f` is a `@classmethod` (its `cls` is passed `None`).
    pub fn is_classmethod(&self, f: FuncId) -> bool {
        self.classes.iter().any(|c| c.classmethods.contains(&f))
    }
}

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub span: Span,
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    pub span: Span,
    /// Parameters are the first locals, in order.
    pub params: Vec<Param>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// Number of expression ids used in `body`.
    pub n_exprs: u32,
    /// Whether control can reach the end of the body (an implicit `return None`).
    pub falls_through: bool,
    /// The binary operations of augmented assignments (`x += y`): on instances they call the
    /// in-place dunder (`__iadd__`) when the class has one.
    pub inplace: Vec<ExprId>,
    /// For a nested function or lambda: how many leading parameters receive the cells of the
    /// enclosing variables it uses (its closure's environment holds them, then the default
    /// values of its parameters).
    pub captures: usize,
    /// Whether the first parameter (before the captured cells) is the closure itself (the
    /// function calls itself by name).
    pub self_param: bool,
    /// The body yields: calling the function makes a generator that runs it on demand.
    pub is_generator: bool,
    /// A builtin type used as a value (`int` in `for t in (int, str)`, the function
    /// `lambda obj: int(obj)`): its function value is also the class (`<class 'int'>`).
    pub builtin_type: bool,
}

/// A type named in `isinstance`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    Class(ClassId),
    /// `int`, `float`, `str`, `bool`, `list`, `dict`, `set`, `tuple`, `object`.
    Builtin(&'static str),
    /// A builtin exception class (`ValueError`).
    Exc(natrix_abi::ExcKind),
}

/// Where the value of one parameter comes from in a call (see [`Function::bind`]).
#[derive(Clone, Debug)]
pub enum Arg {
    /// The call's positional argument `i`.
    Pos(usize),
    /// The call's keyword argument `j`.
    Kw(usize),
    /// The parameter's default value.
    Default(GlobalId),
    /// `*args`: a tuple of the call's positional arguments at these indices.
    VarArgs(Vec<usize>),
    /// `**kwargs`: a dict of the call's keyword arguments at these indices.
    VarKw(Vec<usize>),
}

/// The name Python shows for a function (`__name__`, tracebacks): the last part of its
/// qualified name, without the suffix a decorated function's own name carries.
pub fn py_name(name: &str) -> String {
    name.rsplit(['.', crate::modules::NESTED])
        .next()
        .unwrap_or_default()
        .trim_end_matches(crate::resolve::UNDECORATED)
        .to_string()
}

/// The `__qualname__` of a class named `name`: without its module (`collections.Counter` is
/// `Counter`); a nested class's is its enclosing classes' names and its own joined by dots
/// (`LinkedList.Node`).
pub fn py_qualname(name: &str) -> String {
    natrix_abi::class_qualname(name)
}

/// CPython's TypeError message for a call of function `name` missing the required `what`
/// ("positional" or "keyword-only") arguments `names` (`'a', 'b', and 'c'`).
pub fn missing_args(name: &str, what: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let listed = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    format!(
        "{name}() missing {} required {what} argument{s}: {listed}",
        names.len()
    )
}

/// CPython's TypeError message for a call passing `given` positional arguments (and
/// `kwonly_given` keyword-only ones) to function `name`, whose positional parameters are
/// `min` required ones and `max` in all.
pub fn too_many_positional_of(
    name: &str,
    (min, max): (usize, usize),
    given: usize,
    kwonly_given: usize,
) -> String {
    let sig = if min < max {
        format!("from {min} to {max}")
    } else {
        max.to_string()
    };
    let s = if max == 1 { "" } else { "s" };
    let kwonly = if kwonly_given > 0 {
        let s1 = if given == 1 { "" } else { "s" };
        let s2 = if kwonly_given == 1 { "" } else { "s" };
        format!(" positional argument{s1} (and {kwonly_given} keyword-only argument{s2})")
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    format!("{name}() takes {sig} positional argument{s} but {given}{kwonly} {verb} given")
}

/// CPython's TypeError message for a call passing `given` positional arguments to a function
/// of `name` that takes `takes`.
pub fn too_many_positional(name: &str, takes: usize, given: usize) -> String {
    let s = if takes == 1 { "" } else { "s" };
    let verb = if given == 1 { "was" } else { "were" };
    format!("{name}() takes {takes} positional argument{s} but {given} {verb} given")
}

impl Function {
    /// Matches `npos` positional arguments and keyword arguments named `kws` to the parameters
    /// after the first `skip` (`self`), in parameter order; the error is CPython's TypeError
    /// message for a call of `name`.
    pub fn bind(
        &self,
        name: &str,
        skip: usize,
        npos: usize,
        kws: &[&str],
    ) -> Result<Vec<Arg>, String> {
        let params = &self.params[skip.min(self.params.len())..];
        let positional = params.iter().filter(|p| p.kind.is_positional()).count();
        let varargs = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        let varkw = params.iter().position(|p| p.kind == ParamKind::VarKw);
        if npos > positional && varargs.is_none() {
            let least = params
                .iter()
                .filter(|p| p.kind.is_positional() && p.default.is_none())
                .count();
            let kwonly = kws
                .iter()
                .filter(|k| {
                    params
                        .iter()
                        .any(|p| p.name == **k && p.kind == ParamKind::KwOnly)
                })
                .count();
            return Err(too_many_positional_of(
                name,
                (least + skip, positional + skip),
                npos + skip,
                kwonly,
            ));
        }
        let mut slots: Vec<Option<Arg>> = (0..params.len())
            .map(|i| (i < npos.min(positional)).then_some(Arg::Pos(i)))
            .collect();
        if let Some(v) = varargs {
            slots[v] = Some(Arg::VarArgs((positional..npos).collect()));
        }
        let mut extra_kw = vec![];
        for (j, k) in kws.iter().enumerate() {
            // `**d` (the name `**`): its entries go to `**kwargs`.
            if *k == "**" {
                if varkw.is_none() {
                    return Err(format!(
                        "natrix: `**` into {name}(), which has no `**kwargs` parameter, is not supported yet"
                    ));
                }
                extra_kw.push(j);
                continue;
            }
            let by_name = params
                .iter()
                .position(|p| p.name == *k && p.kind.takes_keyword());
            let posonly = params
                .iter()
                .any(|p| p.name == *k && p.kind == ParamKind::PosOnly);
            match by_name {
                None if posonly && varkw.is_none() => {
                    return Err(format!("{name}() got some positional-only arguments passed as keyword arguments: '{k}'"))
                }
                Some(i) if slots[i].is_none() => slots[i] = Some(Arg::Kw(j)),
                None if varkw.is_some() => extra_kw.push(j),
                Some(_) => return Err(format!("{name}() got multiple values for argument '{k}'")),
                None => return Err(format!("{name}() got an unexpected keyword argument '{k}'")),
            }
        }
        if let Some(v) = varkw {
            slots[v] = Some(Arg::VarKw(extra_kw));
        }
        slots
            .into_iter()
            .zip(params)
            .map(|(s, p)| match s {
                Some(a) => Ok(a),
                None => p.default.map(Arg::Default).ok_or_else(|| {
                    let what = match p.kind {
                        ParamKind::KwOnly => "keyword-only",
                        _ => "positional",
                    };
                    format!("{name}() missing 1 required {what} argument: '{}'", p.name)
                }),
            })
            .collect()
    }
}

/// How a parameter takes its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Before `/`: by position only.
    PosOnly,
    /// By position or by keyword.
    Positional,
    /// `*args`: a tuple of the extra positional arguments.
    VarArgs,
    /// After `*` or `*args`: by keyword only.
    KwOnly,
    /// `**kwargs`: a dict of the keyword arguments no other parameter takes.
    VarKw,
}

impl ParamKind {
    /// Whether an argument can be passed by position.
    pub fn is_positional(self) -> bool {
        matches!(self, ParamKind::PosOnly | ParamKind::Positional)
    }

    /// Whether an argument can be passed by its name.
    pub fn takes_keyword(self) -> bool {
        matches!(self, ParamKind::Positional | ParamKind::KwOnly)
    }
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub local: LocalId,
    pub kind: ParamKind,
    /// The hidden global holding the default value, evaluated when the `def` ran.
    pub default: Option<GlobalId>,
    /// For a nested function: the index in its closure's environment of the default value,
    /// evaluated each time the `def` (or `lambda`) ran.
    pub env_default: Option<usize>,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub span: Span,
    /// The variable lives in a cell, shared with the nested functions that use it (and, for the
    /// first `Function::captures` parameters, received from the enclosing function).
    pub cell: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Place, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`: a counted loop.
    ForRange {
        var: Place,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in iter` over a list: by index, re-reading the length each time (like CPython's
    /// list iterator, it sees elements appended during the loop).
    ForIter {
        var: Place,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for a, b in zip(xs, ys)` (and `enumerate`, whose counter resolve assigns in the body):
    /// the iterables advanced in lockstep, each the way a `for` over it alone is (a generator
    /// resumed, a list indexed). The loop ends when the first one runs out; the later ones are
    /// then not advanced, as in CPython. `strict` (`zip(…, strict=True)`): an iterable that
    /// runs out before or after the first raises CPython's ValueError instead.
    ForZip {
        vars: Vec<Place>,
        iters: Vec<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        strict: bool,
    },
    /// `obj[index] = value` (the value is evaluated first, as in Python).
    SetItem {
        obj: Expr,
        index: Expr,
        value: Expr,
    },
    /// `obj.name = value` (the value is evaluated first). `raw` for
    /// `object.__setattr__(obj, "name", value)`, which a frozen dataclass's field accepts.
    SetAttr {
        obj: Expr,
        name: String,
        value: Expr,
        raw: bool,
    },
    /// `obj[lower:upper:step] = value`; `target` is the `Slice` expression naming the place
    /// (the value is evaluated first, then the list, then the bounds).
    SetSlice {
        target: Expr,
        value: Expr,
    },
    /// `del obj[lower:upper:step]` (`target` is a `Slice` expression).
    DelSlice(Expr),
    /// `del x` of a function's variable: releases its value; reading it again raises
    /// UnboundLocalError until it is assigned.
    DelName(Place),
    /// The end of an `except … as e` clause: `e` (the name as it was before the clause) has
    /// no value any more, whether it had one or not (CPython's `e = None; del e`).
    Unbind(Place),
    /// `del obj[index]`.
    DelItem {
        obj: Expr,
        index: Expr,
    },
    /// `del obj.name`: the instance attribute unset (AttributeError when it has none).
    DelAttr {
        obj: Expr,
        name: String,
    },
    /// `try`/`except`/`else`/`finally`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise …`, with its `from` clause.
    Raise(Raise, Option<Cause>),
    /// `yield value` in a generator function.
    Yield(Expr),
    Break,
    Continue,
    Return(Option<Expr>),
}

/// One `except` clause.
#[derive(Clone, Debug)]
pub struct Handler {
    /// The builtin classes it catches (`except:` catches `BaseException`).
    pub kinds: Vec<natrix_abi::ExcKind>,
    /// The user exception classes it catches.
    pub classes: Vec<ClassId>,
    /// Classes held in values it catches (`except self.retry_on:`, a parameter): each a class
    /// object or a tuple of them, read as the `try` statement starts.
    pub values: Vec<Expr>,
    /// `as name`.
    pub var: Option<Place>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// The `from` clause of a `raise`.
#[derive(Clone, Debug)]
pub enum Cause {
    /// `from None`: the context is not shown.
    None,
    /// `from e`: a caught exception or an exception instance.
    Value(Expr),
}

#[derive(Clone, Debug)]
pub enum Raise {
    /// `raise Kind` / `raise Kind(message)`.
    New(natrix_abi::ExcKind, Option<Expr>),
    /// `raise e` of a caught exception, or of an instance of a user exception class
    /// (`raise AppError("x")`).
    Value(Expr),
    /// A bare `raise`: the exception being handled.
    Reraise,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    /// `@`: only classes define it (`__matmul__`).
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }

    /// The method a class defines to implement the operator (`__add__`).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::Div => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::BitAnd => "__and__",
            BinOp::BitOr => "__or__",
            BinOp::BitXor => "__xor__",
            BinOp::MatMul => "__matmul__",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator with its operands swapped: `a < b` is `b > a`.
    pub fn reversed(self) -> CmpOp {
        match self {
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An int literal that fits a small int.
    Int(i64),
    /// An int literal beyond the small range, in decimal.
    BigInt(String),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    /// A bytes literal `b"…"`.
    Bytes(Vec<u8>),
    Load(Place),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `a < b <= c`: each operand is evaluated once, left to right, stopping at the first false.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a and b and c` (`is_and`) or `a or b`: returns an operand.
    BoolOp {
        is_and: bool,
        values: Vec<Expr>,
    },
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A call of a user function; `args` are matched to its parameters, in parameter order.
    Call(FuncId, Vec<Expr>),
    /// `print(*args, sep=, end=, file=, flush=)`: `sep`, `end` and `flush` are `None` when not
    /// given; `file` is stdout, or stderr (`file=sys.stderr`, `sys.stderr.write(s)`).
    Print {
        args: Vec<Expr>,
        sep: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
        stderr: bool,
        flush: Option<Box<Expr>>,
    },
    /// Any other builtin, with positional arguments.
    Builtin(Builtin, Vec<Expr>),
    /// A tuple display `(a, b)`.
    Tuple(Vec<Expr>),
    /// Item `index` of a value being unpacked into `count` targets (`a, b = pair`).
    Unpack {
        value: Box<Expr>,
        index: usize,
        count: usize,
    },
    /// A list display `[a, b]`: an allocation site.
    List(Vec<Expr>),
    /// `Class(args)`: a new instance, then `__init__` with `args` (matched to its parameters
    /// after `self`). The first `n` arguments are the ones the call passed by position (an
    /// exception's `args`).
    New(ClassId, Vec<Expr>, usize),
    /// Sort list `list` in place, stably, by the parallel list `keys` (the list itself when
    /// sorting by the items), descending when `reverse` is true.
    SortBy {
        list: Box<Expr>,
        keys: Box<Expr>,
        reverse: Box<Expr>,
    },
    /// A function as a value: nested function or lambda `func` closing over the cells of the
    /// enclosing function's variables `cells` (in `func`'s capture order), with the default
    /// values of its parameters (evaluated now); a module-level function has neither.
    MakeClosure {
        func: FuncId,
        cells: Vec<LocalId>,
        defaults: Vec<Expr>,
    },
    /// `left is right` (`is not` when `negated`) of two objects: identity.
    Is {
        left: Box<Expr>,
        right: Box<Expr>,
        negated: bool,
    },
    /// `type(value).__name__` (`__qualname__` when the flag is set).
    TypeName(Box<Expr>, bool),
    /// `super().name(args)` in a method of class `from`: the method `name` as `base` resolves
    /// it, called with `recv` (the method's `self`) first; when `recv` may be of a class that
    /// continues its method resolution order after `from` with another class defining `name`
    /// (cooperative multiple inheritance), that class's method, chosen by the instance's class.
    SuperMethod {
        base: ClassId,
        from: Option<ClassId>,
        recv: Box<Expr>,
        name: String,
        args: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
    },
    /// `obj.name`.
    GetAttr(Box<Expr>, String),
    /// `value(args)` for a variable `value`: its class's `__call__`.
    CallValue(Box<Expr>, Vec<Expr>),
    /// `*t` as the last argument of a `CallValue`: the items of the tuple `t`, each an
    /// argument (found nowhere else).
    Spread(Box<Expr>),
    /// `name=value`, a keyword argument of a `CallValue` (after the positional ones).
    KwArg(String, Box<Expr>),
    /// `**d` as the last argument of a `CallValue`: a dict nothing is ever stored into (a
    /// forwarded `**kwargs` no call fills), so no arguments.
    SpreadKw(Box<Expr>),
    /// `isinstance(value, T)` or `isinstance(value, (T, U))`: decided by the value's static
    /// type (a class, or a builtin type by name: `int`, `float`, `str`, …).
    IsInstance(Box<Expr>, Vec<TypeRef>),
    /// `cls is K` (`exact`) or `issubclass(cls, (K, …))` of a class object held in a value
    /// (the `exc_type` of `__exit__`), tested when it runs against the classes' qualified
    /// names (`ValueError`, `__main__.AppError`, `object`).
    ClassTest(Box<Expr>, Vec<String>, bool),
    /// `value is None` (`is not None` when `negated`).
    IsNone {
        value: Box<Expr>,
        negated: bool,
    },
    /// A dict display `{k: v}`: an allocation site.
    Dict(Vec<(Expr, Expr)>),
    /// `defaultdict(factory)`: a dict allocation site whose missing keys get a fresh copy of
    /// `zero` (one value of the factory, evaluated when the dict is made); `factory` names it
    /// for the repr.
    DefaultDict {
        factory: String,
        zero: Box<Expr>,
    },
    /// A set display `{a, b}`: an allocation site.
    Set(Vec<Expr>),
    /// `obj[index]`.
    Index(Box<Expr>, Box<Expr>),
    /// `obj[lower:upper:step]`; absent parts are `None`. `reversed` for the `obj[::-1]` that
    /// `reversed(obj)` iterates (an instance's `__reversed__` answers it).
    Slice {
        obj: Box<Expr>,
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
        reversed: bool,
        /// In a program with a class that may be sliced: `builtins.slice(lower, upper,
        /// step)` (absent parts None), what an instance's `__getitem__`, `__setitem__` or
        /// `__delitem__` receives instead of the bounds. Evaluated only then (so it is none
        /// of the expression's `children`).
        object: Option<Box<Expr>>,
    },
    /// `recv.name(args)`, resolved by the receiver's type in inference.
    Method {
        recv: Box<Expr>,
        name: String,
        args: Vec<Expr>,
        /// `name=value` arguments, after the positional ones (only for methods of user
        /// classes).
        keywords: Vec<(String, Expr)>,
    },
    /// `item in container` (`not in` when `negated`).
    Contains {
        item: Box<Expr>,
        container: Box<Expr>,
        negated: bool,
    },
    /// Statements, then a value: what comprehensions desugar to.
    Block(Vec<Stmt>, Box<Expr>),
    /// In a generator, right after a `yield`: the value `send()` passed in as the generator
    /// resumed there (None when `next()` or a loop resumed it). `x = yield v` is a block of
    /// the `yield` statement and this.
    Sent,
}

/// How a statement writes a variable, for analyses that follow the values a variable takes.
pub enum Store<'a> {
    /// `x = value` (an augmented `x += 1` is `x = x + 1`).
    Value(&'a Expr),
    /// The counter of `for x in range(start, stop, step)`.
    Range { start: &'a Expr, step: &'a Expr },
    /// The variable of a `for` over a list or tuple display (`for p in [5, 7, 13]`): one of
    /// its items.
    Items(&'a [Expr]),
    /// Any other write: a `for` over an iterable, `except … as x`.
    Other,
    /// `del x` (at the statement's span).
    Del(Span),
}

/// Calls `f` with every variable write in `body`, also those inside expressions (the loops
/// of a comprehension).
pub fn visit_stores<'a>(body: &'a [Stmt], f: &mut dyn FnMut(Place, Store<'a>)) {
    for s in body {
        match &s.kind {
            StmtKind::Assign(p, e) => {
                f(*p, Store::Value(e));
                e.visit_blocks(f);
            }
            StmtKind::DelName(p) => f(*p, Store::Del(s.span)),
            StmtKind::Unbind(p) => f(*p, Store::Other),
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                f(*var, Store::Range { start, step });
                for e in [start, stop, step] {
                    e.visit_blocks(f);
                }
                visit_stores(body, f);
                visit_stores(orelse, f);
            }
            StmtKind::ForIter {
                var,
                iter,
                body,
                orelse,
            } => {
                let store = match &iter.kind {
                    ExprKind::List(items) | ExprKind::Tuple(items) => Store::Items(items),
                    _ => Store::Other,
                };
                f(*var, store);
                iter.visit_blocks(f);
                visit_stores(body, f);
                visit_stores(orelse, f);
            }
            StmtKind::ForZip {
                vars,
                iters,
                body,
                orelse,
                ..
            } => {
                for v in vars {
                    f(*v, Store::Other);
                }
                for e in iters {
                    e.visit_blocks(f);
                }
                visit_stores(body, f);
                visit_stores(orelse, f);
            }
            StmtKind::If(c, a, b) => {
                c.visit_blocks(f);
                visit_stores(a, f);
                visit_stores(b, f);
            }
            StmtKind::While { cond, body, orelse } => {
                cond.visit_blocks(f);
                visit_stores(body, f);
                visit_stores(orelse, f);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                visit_stores(body, f);
                for h in handlers {
                    if let Some(v) = h.var {
                        f(v, Store::Other);
                    }
                    visit_stores(&h.body, f);
                }
                visit_stores(orelse, f);
                visit_stores(finalbody, f);
            }
            StmtKind::Expr(e) | StmtKind::Yield(e) | StmtKind::DelSlice(e) => e.visit_blocks(f),
            StmtKind::Return(e) => e.iter().for_each(|e| e.visit_blocks(f)),
            StmtKind::SetItem { obj, index, value } => {
                for e in [obj, index, value] {
                    e.visit_blocks(f);
                }
            }
            StmtKind::SetAttr { obj, value, .. } => {
                obj.visit_blocks(f);
                value.visit_blocks(f);
            }
            StmtKind::SetSlice { target, value } => {
                target.visit_blocks(f);
                value.visit_blocks(f);
            }
            StmtKind::DelItem { obj, index } => {
                obj.visit_blocks(f);
                index.visit_blocks(f);
            }
            StmtKind::DelAttr { obj, .. } => obj.visit_blocks(f),
            StmtKind::Raise(r, cause) => {
                match r {
                    Raise::New(_, Some(e)) | Raise::Value(e) => e.visit_blocks(f),
                    _ => {}
                }
                if let Some(Cause::Value(e)) = cause {
                    e.visit_blocks(f);
                }
            }
            StmtKind::Break | StmtKind::Continue => {}
        }
    }
}

impl ExprKind {
    /// The operand expressions of an expression, in evaluation order (a block's statements
    /// are not among them, only its value).
    pub fn children(&self) -> Vec<&Expr> {
        match self {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Sent
            | ExprKind::Load(_) => vec![],
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => vec![a, b],
            ExprKind::Unary(_, a)
            | ExprKind::GetAttr(a, _)
            | ExprKind::Spread(a)
            | ExprKind::SpreadKw(a)
            | ExprKind::KwArg(_, a) => vec![a],
            ExprKind::IsNone { value, .. }
            | ExprKind::IsInstance(value, _)
            | ExprKind::ClassTest(value, _, _) => vec![value],
            ExprKind::CallValue(callee, args) => std::iter::once(&**callee).chain(args).collect(),
            ExprKind::Unpack { value, .. } => vec![value],
            ExprKind::Compare(first, rest) => std::iter::once(&**first)
                .chain(rest.iter().map(|(_, e)| e))
                .collect(),
            ExprKind::BoolOp { values, .. } => values.iter().collect(),
            ExprKind::IfExp(c, a, b) => vec![c, a, b],
            ExprKind::Call(_, args)
            | ExprKind::Builtin(_, args)
            | ExprKind::Tuple(args)
            | ExprKind::List(args)
            | ExprKind::New(_, args, _)
            | ExprKind::Set(args) => args.iter().collect(),
            ExprKind::Print {
                args,
                sep,
                end,
                flush,
                ..
            } => args
                .iter()
                .chain(sep.as_deref())
                .chain(end.as_deref())
                .chain(flush.as_deref())
                .collect(),
            ExprKind::Dict(entries) => entries.iter().flat_map(|(k, v)| [k, v]).collect(),
            ExprKind::DefaultDict { zero, .. } => vec![zero],
            ExprKind::Slice {
                obj,
                lower,
                upper,
                step,
                ..
            } => std::iter::once(&**obj)
                .chain(lower.as_deref())
                .chain(upper.as_deref())
                .chain(step.as_deref())
                .collect(),
            ExprKind::Method {
                recv,
                args,
                keywords,
                ..
            }
            | ExprKind::SuperMethod {
                recv,
                args,
                keywords,
                ..
            } => std::iter::once(&**recv)
                .chain(args)
                .chain(keywords.iter().map(|(_, k)| k))
                .collect(),
            ExprKind::Contains {
                item, container, ..
            } => vec![item, container],
            ExprKind::SortBy {
                list,
                keys,
                reverse,
            } => vec![list, keys, reverse],
            ExprKind::MakeClosure { defaults, .. } => defaults.iter().collect(),
            ExprKind::Is { left, right, .. } => vec![left, right],
            ExprKind::TypeName(v, _) => vec![v],
            ExprKind::Block(_, value) => vec![value],
        }
    }
}

impl Expr {
    /// Calls `f` with the variable writes of the statement blocks inside this expression.
    pub fn visit_blocks<'a>(&'a self, f: &mut dyn FnMut(Place, Store<'a>)) {
        if let ExprKind::Block(stmts, _) = &self.kind {
            visit_stores(stmts, f);
        }
        for c in self.kind.children() {
            c.visit_blocks(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::c3_linearization;

    /// The orders of the C3 paper's example, as CPython computes them (`K1.__mro__`, …).
    #[test]
    fn c3_matches_cpython() {
        let mro = |head, bases: &[&Vec<char>]| {
            let bases: Vec<Vec<char>> = bases.iter().map(|b| (*b).clone()).collect();
            c3_linearization(head, &bases).expect("a consistent order")
        };
        let (a, b, c) = (vec!['A'], vec!['B'], vec!['C']);
        let (d, e) = (vec!['D'], vec!['E']);
        let k1 = mro('1', &[&a, &b, &c]);
        let k2 = mro('2', &[&d, &b, &e]);
        let k3 = mro('3', &[&d, &a]);
        let z = mro('Z', &[&k1, &k2, &k3]);
        assert_eq!(k1, vec!['1', 'A', 'B', 'C']);
        assert_eq!(z, vec!['Z', '1', '2', '3', 'D', 'A', 'B', 'C', 'E']);
        // `class X(A, B)` after `class B(A)`: no consistent order.
        let b_of_a = mro('B', &[&a]);
        assert_eq!(c3_linearization('X', &[a.clone(), b_of_a]), None);
    }
}
