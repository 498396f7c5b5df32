//! Attributes of classes and functions that name them, decided here: `Class.__name__`,
//! `Class.__doc__` and `function.__doc__` (constants), `Class.__mro__` and `Class.__bases__`
//! (tuples of the class values), and `type(x).__name__`, `type(x).__qualname__`,
//! `x.__class__.__name__` (`ExprKind::TypeName`, of the value's class).

use super::*;

impl Resolver<'_> {
    /// What `a` reads when it is one of the attributes above; `None` otherwise.
    pub(super) fn class_dunder(
        &mut self,
        a: &ast::ExprAttribute,
        scope: &mut Scope,
        sigs: &[Signature],
    ) -> Option<ExprKind> {
        let attr = a.attr.as_str();
        match (attr, a.value.as_ref()) {
            // `Class.__name__`, `cls.__name__` in a `@classmethod`, `int.__name__`.
            ("__name__", ast::Expr::Name(n))
                if self.class_named(n.id.as_str(), scope).is_some() =>
            {
                let cid = self.class_named(n.id.as_str(), scope)?;
                let name = self
                    .class_ids
                    .iter()
                    .find(|(_, c)| **c == cid)
                    .map(|(k, _)| crate::hir::py_name(k))
                    .unwrap_or_default();
                Some(ExprKind::Str(name))
            }
            // `Class.__mro__`, `Class.__bases__`: the classes as values.
            ("__mro__" | "__bases__", ast::Expr::Name(n))
                if self.class_named(n.id.as_str(), scope).is_some() =>
            {
                let cid = self.class_named(n.id.as_str(), scope)?;
                let names = self.class_names_of(cid, attr == "__mro__");
                let range = a.range;
                let elts = names
                    .into_iter()
                    .map(|n| {
                        ast::Expr::Name(ast::ExprName {
                            range,
                            id: ast::Identifier::new(n),
                            ctx: ast::ExprContext::Load,
                        })
                    })
                    .collect();
                let tuple = ast::Expr::Tuple(ast::ExprTuple {
                    range,
                    elts,
                    ctx: ast::ExprContext::Load,
                });
                Some(self.expr(&tuple, scope, sigs).kind)
            }
            ("__name__", ast::Expr::Name(n)) if self.is_builtin_type(n.id.as_str(), scope) => {
                Some(ExprKind::Str(n.id.to_string()))
            }
            // `Class.__doc__`, `function.__doc__`: its docstring, or None.
            ("__doc__", ast::Expr::Name(n))
                if self.class_named(n.id.as_str(), scope).is_some()
                    || (self.func_ids.contains_key(n.id.as_str())
                        && !self.is_variable(n.id.as_str(), scope)) =>
            {
                Some(match self.docstrings.get(n.id.as_str()) {
                    Some(doc) => ExprKind::Str(doc.clone()),
                    None => ExprKind::None,
                })
            }
            // `Class.method.__doc__`: the docstring of the method the class reaches, or None.
            ("__doc__", ast::Expr::Attribute(m))
                if matches!(m.value.as_ref(), ast::Expr::Name(n)
                if self.class_named(n.id.as_str(), scope).is_some_and(|c| {
                    self.classes[c.0 as usize].mro.iter().any(|k| {
                        self.classes[k.0 as usize].method(m.attr.as_str()).is_some()
                    })
                })) =>
            {
                let ast::Expr::Name(n) = m.value.as_ref() else {
                    return None;
                };
                let cid = self.class_named(n.id.as_str(), scope)?;
                let owner = self.classes[cid.0 as usize]
                    .mro
                    .iter()
                    .find(|k| self.classes[k.0 as usize].method(m.attr.as_str()).is_some())?;
                let key = format!("{}.{}", self.classes[owner.0 as usize].name, m.attr);
                Some(match self.docstrings.get(&key) {
                    Some(doc) => ExprKind::Str(doc.clone()),
                    None => ExprKind::None,
                })
            }
            // `type(x).__name__`, `type(x).__qualname__`; `x.__class__.__name__` the same.
            ("__name__" | "__qualname__", value) => {
                let x = self.type_call_arg(value, scope)?;
                let x = Box::new(self.expr(x, scope, sigs));
                Some(ExprKind::TypeName(x, attr == "__qualname__"))
            }
            // (Other attributes of `type(x)` outside the class's own methods, where `type(self)`
            // is its class (`self_class.rs`): a class attribute of the class object, read when
            // it runs, `mir/build/dynamic.rs`.)
            _ => None,
        }
    }

    /// The names of the classes of `cid`'s method resolution order (`mro`: itself first, then
    /// its builtin exception classes and `object`), or of its bases (`object` for none).
    fn class_names_of(&self, cid: ClassId, mro: bool) -> Vec<String> {
        let class = &self.classes[cid.0 as usize];
        let mut names: Vec<String> = match mro {
            true => class
                .mro
                .iter()
                .map(|k| self.classes[k.0 as usize].name.clone())
                .collect(),
            false => class
                .bases
                .iter()
                .map(|k| self.classes[k.0 as usize].name.clone())
                .collect(),
        };
        let exc = match mro {
            true => self.class_exc_kind(cid),
            false => class.exc_base,
        };
        let builtins = std::iter::successors(exc, |k| if mro { k.parent() } else { None });
        names.extend(builtins.map(|k| k.name().to_string()));
        if mro || names.is_empty() {
            // (The library's class, linked for these reads: `modules.rs`.)
            let object = crate::modules::OBJECT_CLASS;
            let linked = self.class_ids.contains_key(object);
            names.push(if linked { object } else { "object" }.to_string());
        }
        names
    }

    /// Whether `name` is a variable here (a local or a global), not a function's name.
    fn is_variable(&self, name: &str, scope: &Scope) -> bool {
        scope.local_ids.contains_key(name) || self.global_ids.contains_key(name)
    }
}
