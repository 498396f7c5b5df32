//! Which classes' instances can never be part of a reference cycle, so that the cycle
//! collector need not track them, and which hold no references at all, so that freeing one
//! releases nothing (`ClassTable::tracking`).
//!
//! A class hierarchy shares one layout, its root's attributes, so the question is asked of
//! roots: an instance can be part of a cycle only if some attribute's type leads back to an
//! instance of its own hierarchy. The search follows the types: numbers, strs and bytes hold no
//! references; a container, an optional or an instance of another class leads wherever what it
//! can hold leads; a dynamic value, a function value (its closure), a generator (its frame), a
//! cell or an exception could hold anything, so they count as leading back, and so does a
//! dict view, which holds its dict while its type says only the keys' or values' half. An
//! exception class is never acyclic (its instances keep their arguments and traceback).
//!
//! A link back to the hierarchy does not count when it can only point to an instance made
//! before the one holding it. That is so when every link on the way is *immutable*: an
//! optional, a tuple, or an attribute of a *settled* hierarchy, one whose instances get their
//! attributes only from their own constructor, before `self` escapes ([`settled`]). A tree of
//! `Node(left, right)` never assigned later is then untracked: a new node can reach only older
//! ones, and an older one never gains a link, so no cycle can form. A list, set or dict on the
//! way (`self.children = []`), or a store outside the constructor (`node.next = other`), keeps
//! the hierarchy tracked.
//!
//! Cycles elsewhere do not matter: a `Task` holding a list of `Packet`s linked to one another
//! is acyclic, since no packet can reach a task. While it lives, the task's reference keeps the
//! packets it holds alive, which the collector sees as a reference from outside; when it dies,
//! refcounting releases them and any cycle among them is collected as usual. Containers are
//! tracked by their kind whatever holds them.

use super::*;

/// The tracking of every class `c` of the program.
pub(super) fn classes(
    prog: &hir::Program,
    typed: &Typed,
    bodies: &[Body],
    strings: &mut Strings,
) -> Vec<Tracking> {
    let settled = settled(prog, typed, bodies);
    (0..prog.classes.len())
        .map(|c| {
            let c = ClassId(c as u32);
            let root = prog.root(c);
            let mut walk = Walk {
                prog,
                typed,
                settled: &settled,
                target: root,
                seen: vec![(root, false)],
            };
            if prog.exc_kind(c).is_some() || walk.class_fields(root, false) {
                Tracking::Tracked
            } else if typed.fields[root.0 as usize]
                .iter()
                .all(|(_, t)| !mty(&typed.types, *t, strings).is_refcounted())
            {
                Tracking::Plain
            } else {
                Tracking::Acyclic
            }
        })
        .collect()
}

/// A search of the types reachable from one hierarchy's attributes.
struct Walk<'a> {
    prog: &'a hir::Program,
    typed: &'a Typed,
    /// By class: is its hierarchy settled ([`settled`])?
    settled: &'a [bool],
    /// The root of the hierarchy asked about.
    target: ClassId,
    /// The roots whose attributes are searched already (or being searched), with whether the
    /// way there had a mutable link (searching with one finds all that searching without does).
    seen: Vec<(ClassId, bool)>,
}

impl Walk<'_> {
    /// Whether an attribute of the hierarchy rooted at `root` can lead to the target (by a way
    /// with a mutable link when `mutable`, or back to it when it is not settled).
    fn class_fields(&mut self, root: ClassId, mutable: bool) -> bool {
        let typed = self.typed;
        typed.fields[root.0 as usize]
            .iter()
            .any(|(_, t)| self.leads_back(*t, 0, mutable))
    }

    /// Whether a value of type `t`, reached by a way with a mutable link when `mutable`, can
    /// lead to an instance of the target hierarchy that may be part of a cycle.
    fn leads_back(&mut self, t: Ty, depth: u32, mutable: bool) -> bool {
        let types = &self.typed.types;
        // Types nest only as deep as the program writes them; a bound keeps this total.
        if depth > 64 {
            return true;
        }
        let d = depth + 1;
        match types.kind(t) {
            TyKind::Never
            | TyKind::None
            | TyKind::Bool
            | TyKind::Int
            | TyKind::Float
            | TyKind::Str
            | TyKind::Bytes => false,
            TyKind::Optional(x) | TyKind::TupleOf(x) => self.leads_back(*x, d, mutable),
            TyKind::Tuple(items) => items
                .clone()
                .iter()
                .any(|i| self.leads_back(*i, d, mutable)),
            // A dict view holds its dict, whose other half the view's type does not say.
            TyKind::List(_) if matches!(types.view(t), Some(SeqKind::Range)) => false,
            TyKind::List(_) if types.view(t).is_some() => true,
            TyKind::List(_) => {
                let e = types.elem(t);
                e.is_some_and(|e| self.leads_back(e, d, true))
            }
            TyKind::Set(_) => {
                let e = types.set_elem(t);
                e.is_some_and(|e| self.leads_back(e, d, true))
            }
            TyKind::Dict(_) => {
                let kv = types.dict_kv(t);
                kv.is_some_and(|(k, v)| self.leads_back(k, d, true) || self.leads_back(v, d, true))
            }
            TyKind::Instance(c) => {
                let root = self.prog.root(*c);
                let mutable = mutable || !self.settled[root.0 as usize];
                if root == self.target {
                    return mutable;
                }
                if self.prog.exc_kind(*c).is_some() {
                    return true;
                }
                if self.seen.contains(&(root, mutable)) || self.seen.contains(&(root, true)) {
                    return mutable;
                }
                self.seen.push((root, mutable));
                self.class_fields(root, mutable)
            }
            TyKind::Exc | TyKind::Closure(_) | TyKind::Generator(_) | TyKind::Dyn => true,
        }
    }
}

/// By class: whether its hierarchy is *settled*, its instances given attributes only by the
/// constructors of the hierarchy while `self` has not escaped, so that nothing an attribute
/// holds can reach the instance. Decided on the freshly built bodies:
/// - every attribute store into an instance of the hierarchy is one of its `__init__`s'
///   stores into `self` (not of `self` itself);
/// - in those `__init__`s, `self` is never assigned and used only as the object of an
///   attribute read or store, or as the first argument of another of its `__init__`s
///   (`super().__init__(…)`), and never by a terminator;
/// - an `__init__` of the hierarchy is called only on an instance just made for it (by
///   `Class(…)`) or, from one of them, on `self` (a call through a bound method value, which
///   `obj.__init__` would make, does neither).
fn settled(prog: &hir::Program, typed: &Typed, bodies: &[Body]) -> Vec<bool> {
    let mut settled = vec![true; prog.classes.len()];
    // The hierarchy whose constructor a specialization is.
    let init_of = |s: SpecId| {
        let f = typed.specs.get(s.0 as usize)?.func;
        (prog.func(f).name == "__init__")
            .then(|| prog.owner(f))
            .flatten()
            .map(|c| prog.root(c))
    };
    for body in bodies {
        let hierarchy_of = |o: &Operand| match o {
            Operand::Local(l) => match body.locals[l.0 as usize].ty {
                MTy::Instance(c) | MTy::OptInstance(c) => Some(prog.root(c)),
                _ => None,
            },
            _ => None,
        };
        // In a constructor: its hierarchy and `self`.
        let own = init_of(body.spec).zip(body.params.first().copied());
        let me = own.map(|(_, me)| Operand::Local(me));
        let mentions = |ops: &[Operand]| me.as_ref().is_some_and(|m| ops.contains(m));
        let mut escapes = false;
        // The instances `Class(…)` makes here, before their `__init__` runs.
        let fresh: Vec<Local> = body
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter_map(|i| match &i.kind {
                InstKind::Assign {
                    dst,
                    rv: Rvalue::Op(Op::InstanceNew(..), _),
                    ..
                } => Some(*dst),
                _ => None,
            })
            .collect();
        for block in &body.blocks {
            for inst in &block.insts {
                let (dst, rv) = match &inst.kind {
                    InstKind::Assign { dst, rv, .. } => (*dst, rv),
                    InstKind::StoreGlobal { value, .. } => {
                        escapes |= mentions(std::slice::from_ref(value));
                        continue;
                    }
                    InstKind::Incref(_) | InstKind::Decref(_) => continue,
                };
                escapes |= own.is_some_and(|(_, me)| me == dst);
                match rv {
                    Rvalue::Op(Op::SetAttr(..) | Op::SetAttrInit(..), args) => {
                        let Some(r) = hierarchy_of(&args[0]) else {
                            continue;
                        };
                        let into_self =
                            own.is_some_and(|(h, _)| h == r) && Some(&args[0]) == me.as_ref();
                        if !into_self {
                            settled[r.0 as usize] = false;
                        }
                        escapes |= mentions(&args[1..]);
                    }
                    Rvalue::Op(Op::GetAttr(..) | Op::GetAttrInit(..) | Op::AttrIsSet(..), args) => {
                        escapes |= mentions(&args[1..]);
                    }
                    Rvalue::Call(callee, args) if init_of(*callee).is_some() => {
                        let r = init_of(*callee).expect("a constructor");
                        let on_fresh =
                            matches!(args.first(), Some(Operand::Local(l)) if fresh.contains(l));
                        let on_self =
                            own.is_some_and(|(h, _)| h == r) && args.first() == me.as_ref();
                        if !(on_fresh || on_self) {
                            settled[r.0 as usize] = false;
                        }
                        escapes |= mentions(&args[1..]);
                    }
                    _ => escapes |= mentions(rv.operands()),
                }
            }
            let used = match &block.term {
                Terminator::Branch(o, ..) | Terminator::Return(o) => {
                    mentions(std::slice::from_ref(o))
                }
                _ => false,
            };
            escapes |= used;
        }
        if let (Some((h, _)), true) = (own, escapes) {
            settled[h.0 as usize] = false;
        }
    }
    // Asked of any class: the answer is its root's.
    (0..prog.classes.len())
        .map(|c| settled[prog.root(ClassId(c as u32)).0 as usize])
        .collect()
}
