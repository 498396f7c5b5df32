//! Which classes' instances can never be part of a reference cycle, so that the cycle
//! collector need not track them (`ClassTable::acyclic`).
//!
//! A class hierarchy shares one layout, its root's attributes, so the question is asked of
//! roots: an instance can be part of a cycle only if some attribute's type leads back to an
//! instance of its own hierarchy. The search follows the types: numbers, strs and bytes hold no
//! references; a container, an optional or an instance of another class leads wherever what it
//! can hold leads; a dynamic value, a function value (its closure), a generator (its frame), a
//! cell or an exception could hold anything, so they count as leading back. An exception class
//! is never acyclic (its instances keep their arguments and traceback).
//!
//! Cycles elsewhere do not matter: a `Task` holding a list of `Packet`s linked to one another
//! is acyclic, since no packet can reach a task. While it lives, the task's reference keeps the
//! packets it holds alive, which the collector sees as a reference from outside; when it dies,
//! refcounting releases them and any cycle among them is collected as usual. Containers are
//! tracked by their kind whatever holds them.

use super::*;

/// `acyclic[c]` for every class `c` of the program.
pub(super) fn classes(prog: &hir::Program, typed: &Typed, strings: &mut Strings) -> Vec<bool> {
    let fields: Vec<Vec<MTy>> = typed
        .fields
        .iter()
        .map(|fs| {
            fs.iter()
                .map(|(_, t)| mty(&typed.types, *t, strings))
                .collect()
        })
        .collect();
    (0..prog.classes.len())
        .map(|c| {
            let c = ClassId(c as u32);
            let root = prog.root(c);
            let mut walk = Walk {
                prog,
                fields: &fields,
                strings,
                target: root,
                seen: vec![root],
            };
            prog.exc_kind(c).is_none() && !walk.class_fields(root)
        })
        .collect()
}

/// A search of the types reachable from one hierarchy's attributes.
struct Walk<'a> {
    prog: &'a hir::Program,
    /// The attribute types of each class (those of roots are the hierarchy's layout).
    fields: &'a [Vec<MTy>],
    strings: &'a Strings,
    /// The root of the hierarchy asked about.
    target: ClassId,
    /// The roots whose attributes are searched already (or being searched).
    seen: Vec<ClassId>,
}

impl Walk<'_> {
    /// Whether an attribute of the hierarchy rooted at `root` can lead to the target.
    fn class_fields(&mut self, root: ClassId) -> bool {
        let fields = self.fields;
        fields[root.0 as usize].iter().any(|t| self.leads_back(*t))
    }

    /// Whether a value of type `t` can lead to an instance of the target hierarchy.
    fn leads_back(&mut self, t: MTy) -> bool {
        let s = self.strings;
        match t {
            MTy::Int
            | MTy::Float
            | MTy::Bool
            | MTy::None
            | MTy::Str
            | MTy::Bytes
            | MTy::OptInt
            | MTy::OptFloat
            | MTy::OptBool => false,
            MTy::List(l) | MTy::Set(l) | MTy::TupleOf(l) => self.leads_back(s.lists[l.0 as usize]),
            MTy::Tuple(tt) => s.tuples[tt.0 as usize]
                .iter()
                .any(|item| self.leads_back(*item)),
            MTy::Dict(d) => {
                let (k, v) = s.dicts[d.0 as usize];
                self.leads_back(k) || self.leads_back(v)
            }
            MTy::OptPtr(o) => self.leads_back(s.opts[o.0 as usize]),
            MTy::Instance(c) | MTy::OptInstance(c) => {
                let root = self.prog.root(c);
                if root == self.target || self.prog.exc_kind(c).is_some() {
                    return true;
                }
                if self.seen.contains(&root) {
                    return false;
                }
                self.seen.push(root);
                self.class_fields(root)
            }
            MTy::Exc | MTy::Cell | MTy::Func | MTy::Gen | MTy::Dyn => true,
        }
    }
}
