//! Dicts and lists that hold themselves: a trie (`node = node.setdefault(ch, {})`), a tree
//! of nested dict displays of unequal depths (`{"a": {"b": {}}, "c": {}}`), lists nested to
//! a depth known only when the program runs (`cur.append(inner); cur = inner`). Their
//! values' (items') type would have to contain itself, which the static types cannot say:
//! such a dict's values (a list's items) are dynamic instead (each a `Dyn`, here holding a
//! dict or a list). The sites are found once inference settles; inference then starts over
//! with the displays (and calls) that make them giving dynamic values from the start (see
//! `infer`'s rounds), so every use is typed for them.

use super::*;

impl Infer<'_> {
    /// Marks the displays whose dicts (lists) hold themselves as making dicts of dynamic
    /// values (lists of dynamic items); whether any was not marked yet (then inference
    /// starts over).
    pub(super) fn widen_recursive_containers(&mut self) -> bool {
        let sites: Vec<(SiteId, &'static str)> = self
            .site_spans
            .iter()
            .filter(|(_, _, what)| matches!(*what, "dict" | "list"))
            .map(|(s, _, what)| (*s, *what))
            .collect();
        let mut roots = vec![];
        for (s, what) in sites {
            let root = self.t.types.find(s);
            let held = if what == "dict" {
                let dict = self.t.types.dict_of(root);
                self.t.types.dict_kv(dict).map(|kv| kv.1)
            } else {
                let list = self.t.types.list_of(root);
                self.t.types.elem(list)
            };
            let Some(held) = held else {
                continue;
            };
            if self.t.types.reaches_site(held, root) && !roots.contains(&root) {
                roots.push(root);
            }
        }
        let mut grew = false;
        for (&(spec, expr), &s) in &self.sites {
            // (A `**kwargs` site shared by every specialization has no one function.)
            if spec.0 == u32::MAX {
                continue;
            }
            if roots.contains(&self.t.types.find(s)) {
                let func = self.t.spec(spec).func;
                grew |= self.dyn_sites.insert((func, expr));
            }
        }
        grew
    }
}
