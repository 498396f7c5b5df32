//! The checks after the fixpoint: every `Optional` a variable, return value, attribute or
//! container holds has a representation, no list contains itself, and every `__hash__` returns
//! an int. (Values of different types are dynamic values, `Dyn`; operations natrix cannot
//! apply to them are reported where they are used.)

use super::*;

impl Infer<'_> {
    /// After the fixpoint: every variable and return type must be one static type.
    pub(super) fn check_places(&mut self) {
        let mut errors = vec![];
        let mut describe = |types: &TypeTable,
                            what: String,
                            ty: Ty,
                            origins: Option<&Vec<(Ty, Span)>>,
                            fallback: Span| {
            let conflict = false;
            // Every `Optional[T]` that `nullable` accepts has a representation.
            let optional =
                matches!(types.kind(ty), TyKind::Optional(_)) && types.nullable(ty).is_none();
            if !conflict && !optional {
                return;
            }
            let origins = origins.cloned().unwrap_or_default();
            let listed: Vec<String> = origins.iter().map(|(t, _)| types.display(*t)).collect();
            let span = origins.get(1).map(|o| o.1).unwrap_or(fallback);
            let msg = if conflict && listed.len() < 2 {
                // The conflict arose elsewhere (an argument, an attribute) and flowed here.
                format!("{what} receives a value whose type changes, which is not supported yet")
            } else if conflict {
                format!("{what} holds values of different types ({}); a value whose type changes is not supported yet", listed.join(", "))
            } else {
                let shown = types.display(ty);
                let inner = shown
                    .strip_prefix("Optional[")
                    .and_then(|s| s.strip_suffix(']'))
                    .unwrap_or(&shown);
                format!("{what} may be None or {inner}; optional values are not supported yet")
            };
            let mut d = Diagnostic::new(Code::TypeConflict, span, msg);
            if let Some(o) = origins.get(1) {
                d = d.label(format!("{} here", types.display(o.0)));
            }
            if let Some((t, s)) = origins.first() {
                d = d.note(*s, format!("{} here", types.display(*t)));
            }
            errors.push(d);
        };
        for (i, spec) in self.t.specs.iter().enumerate() {
            let f = self.prog.func(spec.func);
            for (l, ty) in spec.locals.iter().enumerate() {
                let place = Place::Local(LocalId(l as u32));
                let name = &f.locals[l].name;
                let what = if name.starts_with('$') {
                    "this value".to_string()
                } else {
                    format!("variable `{name}`")
                };
                describe(
                    &self.t.types,
                    what,
                    *ty,
                    self.origins.get(&(Some(SpecId(i as u32)), place)),
                    f.locals[l].span,
                );
            }
            describe(
                &self.t.types,
                format!("the return value of `{}`", f.name),
                spec.ret,
                self.ret_origins.get(&SpecId(i as u32)),
                f.span,
            );
        }
        for (g, ty) in self.t.globals.iter().enumerate() {
            let name = &self.prog.globals[g].name;
            describe(
                &self.t.types,
                format!("global `{name}`"),
                *ty,
                self.origins.get(&(None, Place::Global(GlobalId(g as u32)))),
                self.prog.globals[g].span,
            );
        }
        for (c, fields) in self.t.fields.iter().enumerate() {
            let class = &self.prog.classes[c];
            for (slot, (name, ty)) in fields.iter().enumerate() {
                // An exception's `args` may have different shapes (reading it then is an error).
                if name == "args" && self.prog.exc_kind(ClassId(c as u32)).is_some() {
                    continue;
                }
                describe(
                    &self.t.types,
                    format!("attribute `{}.{name}`", class.name),
                    *ty,
                    self.field_origins.get(&(ClassId(c as u32), slot)),
                    class.span,
                );
            }
        }
        self.errors.extend(errors);
        // Every list's elements must have one static type, and a list cannot contain itself.
        let mut seen = std::collections::HashSet::new();
        for (site, span, what) in self.site_spans.clone() {
            let root = self.t.types.find(site);
            if !seen.insert(root) {
                continue;
            }
            // Keys or members of which some compare with others only through `__eq__`
            // (`(1, 2) in seen` of a set of named tuples).
            let keys: Vec<(Ty, Span)> = self
                .elem_origins
                .iter()
                .filter(|(s, _, _, is_value)| self.t.types.find(*s) == root && !*is_value)
                .map(|(_, t, at, _)| (*t, *at))
                .collect();
            let mixed = keys.iter().enumerate().find_map(|(i, (a, _))| {
                let (b, at) = keys[i + 1..]
                    .iter()
                    .find(|(b, _)| self.eq_needs_dunder(*a, *b))?;
                Some((*a, *b, *at))
            });
            if let (Some((a, b, at)), "set" | "dict") = (mixed, what) {
                let msg = format!(
                    "'{}' and '{}' values compared through `__eq__` in one {what} are not supported by natrix yet",
                    self.t.types.display(a),
                    self.t.types.display(b)
                );
                self.errors.push(
                    Diagnostic::new(Code::InvalidOperation, at, msg)
                        .label("this value")
                        .note(span, format!("the {what} is made here")),
                );
            }
            let list = self.t.types.list_of(root);
            let Some(elem) = self.t.types.elem(list) else {
                continue;
            };
            let dict = self.t.types.dict_of(root);
            let value = self
                .t
                .types
                .dict_kv(dict)
                .map(|kv| kv.1)
                .unwrap_or(TypeTable::NEVER);
            // `Optional[T]` of a pointer type is fine anywhere (a null pointer, which the
            // runtime hashes and compares as None); of a number, as a value (its `None` in a
            // slot of kind `OptInt`/…), not as an element, key or set member.
            let optional_class = |t: Ty| self.t.types.nullable(t).is_some();
            let bad_value =
                matches!(self.t.types.kind(value), TyKind::Optional(_)) && !optional_class(value);
            let elem = if bad_value { value } else { elem };
            let part = match (what, bad_value) {
                ("dict", true) => "values",
                ("dict", false) => "keys",
                _ => "elements",
            };
            let bad = match self.t.types.kind(elem) {
                TyKind::Optional(_) if !optional_class(elem) => Some(format!(
                    "may hold None among other {part}; optional {part} are not supported yet"
                )),
                _ if self.t.types.reaches_site(elem, root)
                    || (what == "dict" && self.t.types.reaches_site(value, root)) =>
                {
                    Some(format!(
                        "contains itself; recursive {what}s are not supported yet"
                    ))
                }
                _ => None,
            };
            if let Some(why) = bad {
                let mut d = Diagnostic::new(Code::TypeConflict, span, format!("this {what} {why}"))
                    .label(format!("the {what} is made here"));
                let singular = part.trim_end_matches('s');
                for (s, t, at, is_value) in &self.elem_origins {
                    if self.t.types.find(*s) == root && *is_value == bad_value {
                        d = d.note(*at, format!("{} {singular} here", self.t.types.display(*t)));
                    }
                }
                self.errors.push(d);
            }
        }
    }

    /// A `__hash__` must return an int (or a bool, which `hash()` converts): the runtime's
    /// hash tables call it through their class table, which has room for nothing else
    /// (CPython raises the TypeError or the exception at run time; natrix refuses the program
    /// rather than build a wrong one).
    pub(super) fn check_hashes(&mut self) {
        for spec in &self.t.specs {
            let f = self.prog.func(spec.func);
            if f.name == "__hash__" && spec.ret != TypeTable::INT && spec.ret != TypeTable::BOOL {
                self.errors.push(Diagnostic::unsupported(
                    f.span,
                    "a `__hash__` that does not return an int",
                ));
            }
        }
    }
}
