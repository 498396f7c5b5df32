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
//! Cycles elsewhere do not matter: a `Task` holding a list of `Packet`s linked to one another
//! is acyclic, since no packet can reach a task. While it lives, the task's reference keeps the
//! packets it holds alive, which the collector sees as a reference from outside; when it dies,
//! refcounting releases them and any cycle among them is collected as usual. Containers are
//! tracked by their kind whatever holds them.

use super::*;

/// The tracking of every class `c` of the program.
pub(super) fn classes(prog: &hir::Program, typed: &Typed, strings: &mut Strings) -> Vec<Tracking> {
    (0..prog.classes.len())
        .map(|c| {
            let c = ClassId(c as u32);
            let root = prog.root(c);
            let mut walk = Walk {
                prog,
                typed,
                target: root,
                seen: vec![root],
            };
            if prog.exc_kind(c).is_some() || walk.class_fields(root) {
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
    /// The root of the hierarchy asked about.
    target: ClassId,
    /// The roots whose attributes are searched already (or being searched).
    seen: Vec<ClassId>,
}

impl Walk<'_> {
    /// Whether an attribute of the hierarchy rooted at `root` can lead to the target.
    fn class_fields(&mut self, root: ClassId) -> bool {
        let typed = self.typed;
        typed.fields[root.0 as usize]
            .iter()
            .any(|(_, t)| self.leads_back(*t, 0))
    }

    /// Whether a value of type `t` can lead to an instance of the target hierarchy.
    fn leads_back(&mut self, t: Ty, depth: u32) -> bool {
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
            TyKind::Optional(x) | TyKind::TupleOf(x) => self.leads_back(*x, d),
            TyKind::Tuple(items) => items.clone().iter().any(|i| self.leads_back(*i, d)),
            // A dict view holds its dict, whose other half the view's type does not say.
            TyKind::List(_) if matches!(types.view(t), Some(SeqKind::Range)) => false,
            TyKind::List(_) if types.view(t).is_some() => true,
            TyKind::List(_) => {
                let e = types.elem(t);
                e.is_some_and(|e| self.leads_back(e, d))
            }
            TyKind::Set(_) => {
                let e = types.set_elem(t);
                e.is_some_and(|e| self.leads_back(e, d))
            }
            TyKind::Dict(_) => {
                let kv = types.dict_kv(t);
                kv.is_some_and(|(k, v)| self.leads_back(k, d) || self.leads_back(v, d))
            }
            TyKind::Instance(c) => {
                let root = self.prog.root(*c);
                if root == self.target || self.prog.exc_kind(*c).is_some() {
                    return true;
                }
                if self.seen.contains(&root) {
                    return false;
                }
                self.seen.push(root);
                self.class_fields(root)
            }
            TyKind::Exc | TyKind::Closure(_) | TyKind::Generator(_) | TyKind::Dyn => true,
        }
    }
}
