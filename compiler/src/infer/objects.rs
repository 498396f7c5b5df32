//! Inference for user classes: attribute types, method calls, `__str__`/`__repr__`/truth
//! specializations, operator dunders, `Optional[C]`, and slice places.

use super::*;

impl Infer<'_> {
    /// `obj[i]`, `x in obj`, `obj[i] = v` on an instance whose class defines the dunder: a call
    /// of it with `args`, recorded under `key` (in `setter_calls` for statements). `None` when
    /// `obj` is no such instance.
    pub(super) fn instance_dunder(
        &mut self,
        obj: Ty,
        dunder: &str,
        args: Vec<Ty>,
        key: ExprId,
        stmt: bool,
    ) -> Option<Ty> {
        let TyKind::Instance(c) = self.t.types.kind(obj).clone() else {
            return None;
        };
        let m = self.prog.classes[c.0 as usize].method(dunder)?;
        if args.contains(&TypeTable::NEVER) {
            return Some(TypeTable::NEVER);
        }
        let callee = self.spec_for(m, args);
        let spec = &mut self.t.specs[self.current.0 as usize];
        if stmt {
            spec.setter_calls.insert(key, callee);
        } else {
            spec.dunder_calls.insert(key, callee);
        }
        Some(self.t.spec(callee).ret)
    }

    /// The value of an `isinstance(...)` condition (or its `not`) when the tested value's type
    /// decides it; `None` when it depends on the run (an `Optional[C]`) or is no such test.
    pub(super) fn static_cond(&self, id: SpecId, c: &Expr) -> Option<bool> {
        match &c.kind {
            ExprKind::Unary(UnaryOp::Not, inner) => self.static_cond(id, inner).map(|b| !b),
            ExprKind::IsInstance(value, types) => {
                let t = self.t.specs[id.0 as usize].exprs[value.id.0 as usize];
                self.isinstance_of(t, types)
            }
            _ => None,
        }
    }

    /// `isinstance(v, types)` for a `v` of type `t`, when the type decides it: `None` for an
    /// `Optional[C]` that C matches (None is no C: the run decides) and for unknown types.
    pub(super) fn isinstance_of(&self, t: Ty, types: &[TypeRef]) -> Option<bool> {
        let object = types.contains(&TypeRef::Builtin("object"));
        let kind = match self.t.types.kind(t).clone() {
            TyKind::Dyn | TyKind::Never => return None,
            TyKind::Optional(_) if object => return Some(true),
            TyKind::Optional(x) => {
                let inner = self.isinstance_of(x, types)?;
                return if inner { None } else { Some(false) };
            }
            k => k,
        };
        {
            {
                let matches = |r: &TypeRef| match (r, &kind) {
                    (TypeRef::Builtin("object"), _) => true,
                    (TypeRef::Class(c), TyKind::Instance(d)) => c == d,
                    (TypeRef::Builtin("int"), TyKind::Int | TyKind::Bool) => true,
                    (TypeRef::Builtin("float"), TyKind::Float) => true,
                    (TypeRef::Builtin("str"), TyKind::Str) => true,
                    (TypeRef::Builtin("bool"), TyKind::Bool) => true,
                    (TypeRef::Builtin("list"), TyKind::List(_)) => true,
                    (TypeRef::Builtin("dict"), TyKind::Dict(_)) => true,
                    (TypeRef::Builtin("set"), TyKind::Set(_)) => true,
                    (TypeRef::Builtin("tuple"), TyKind::Tuple(_)) => true,
                    _ => false,
                };
                Some(types.iter().any(matches))
            }
        }
    }

    /// The getter of property `name` of class `c`.
    pub(super) fn property(&self, c: ClassId, name: &str) -> Option<FuncId> {
        let class = &self.prog.classes[c.0 as usize];
        let m = class.method(name)?;
        class.properties.contains(&m).then_some(m)
    }

    /// `a <op> b` where `a` is an instance: `__eq__` (`!=` negates it), `__lt__`, `__le__`,
    /// `__gt__`, `__ge__` of its class, specialized and recorded under the right operand `r`;
    /// `==`/`!=` without `__eq__` compare identity. Returns false when `a` is no instance.
    pub(super) fn instance_compare(
        &mut self,
        op: CmpOp,
        a: Ty,
        b: Ty,
        r: &Expr,
        span: Span,
    ) -> bool {
        let ai = self.strip_optional_instance(a);
        let TyKind::Instance(c) = self.t.types.kind(ai).clone() else {
            return false;
        };
        let dunder = match op {
            CmpOp::Eq | CmpOp::Ne => "__eq__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        };
        let class = &self.prog.classes[c.0 as usize];
        match class.method(dunder) {
            Some(m) if b != TypeTable::NEVER => {
                let callee = self.spec_for(m, vec![a, b]);
                self.t.specs[self.current.0 as usize]
                    .dunder_calls
                    .insert(r.id, callee);
            }
            Some(_) => {}
            None if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let bi = self.strip_optional_instance(b);
                if bi != ai && b != TypeTable::NEVER && b != TypeTable::NONE {
                    let msg = format!(
                        "comparing '{}' with '{}' is not supported by natrix yet",
                        self.t.types.display(a),
                        self.t.types.display(b)
                    );
                    self.error(Diagnostic::unsupported(span, &msg));
                }
            }
            None => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    class.name,
                    self.t.types.display(b)
                );
                self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            }
        }
        true
    }

    /// `a <op> b` with an instance `a` whose class defines the operator's dunder (`__add__`,
    /// `__sub__`, …): a call of it, recorded under `e`. `None` when `a` is no such instance.
    pub(super) fn instance_binary(&mut self, op: BinOp, a: Ty, b: Ty, e: &Expr) -> Option<Ty> {
        let dunder = match op {
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
        };
        let forward = match self.t.types.kind(a).clone() {
            TyKind::Instance(c) => self.prog.classes[c.0 as usize].method(dunder),
            _ => None,
        };
        if let Some(m) = forward {
            let callee = self.spec_for(m, vec![a, b]);
            self.t.specs[self.current.0 as usize]
                .dunder_calls
                .insert(e.id, callee);
            return Some(self.t.spec(callee).ret);
        }
        // `2 * v`: the right operand's reflected method (`__rmul__`), when the left has none.
        let TyKind::Instance(c) = self.t.types.kind(b).clone() else {
            return None;
        };
        let reflected = format!("__r{}", &dunder[2..]);
        let m = self.prog.classes[c.0 as usize].method(&reflected)?;
        let callee = self.spec_for(m, vec![b, a]);
        self.t.specs[self.current.0 as usize]
            .reflected_calls
            .insert(e.id, callee);
        Some(self.t.spec(callee).ret)
    }

    /// The list and the bounds of a slice being assigned or deleted (the slice `target` itself
    /// is a place, not a value): the list's type.
    pub(super) fn slice_place(&mut self, id: SpecId, target: &Expr) -> Ty {
        let ExprKind::Slice {
            obj,
            lower,
            upper,
            step,
        } = &target.kind
        else {
            return TypeTable::NEVER;
        };
        let o = self.expr(id, obj);
        for part in [lower, upper, step].into_iter().flatten() {
            let t = self.expr(id, part);
            if t != TypeTable::NONE {
                self.check_index(t, part.span);
            }
        }
        self.t.specs[id.0 as usize].exprs[target.id.0 as usize] = o;
        o
    }

    /// `Optional[C]` → `C` for a class `C` (using an attribute of None raises at run time);
    /// other types unchanged.
    pub(super) fn strip_optional_instance(&mut self, t: Ty) -> Ty {
        match self.t.types.kind(t).clone() {
            TyKind::Optional(x) if matches!(self.t.types.kind(x), TyKind::Instance(_)) => x,
            _ => t,
        }
    }

    /// Joins `t` into the type of attribute `name` of class `c` (adding the attribute).
    pub(super) fn set_field(&mut self, c: ClassId, name: &str, t: Ty, span: Span) {
        let fields = &mut self.t.fields[c.0 as usize];
        let slot = match fields.iter().position(|(n, _)| n == name) {
            Some(i) => {
                let old = fields[i].1;
                let new = self.t.types.join(old, t);
                if new != old {
                    self.t.fields[c.0 as usize][i].1 = new;
                    self.changed = true;
                }
                i
            }
            None => {
                fields.push((name.to_string(), t));
                self.changed = true;
                fields.len() - 1
            }
        };
        let o = self.field_origins.entry((c, slot)).or_default();
        if t != TypeTable::NEVER && t != TypeTable::DYN && !o.iter().any(|(x, _)| *x == t) {
            o.push((t, span));
        }
    }

    /// Printing or `str()` of an instance calls its `__str__` (or `__repr__`): specialize it.
    pub(super) fn need_str(&mut self, t: Ty) {
        let t = self.strip_optional_instance(t);
        if let TyKind::Instance(c) = self.t.types.kind(t).clone() {
            let class = &self.prog.classes[c.0 as usize];
            let (str_m, repr_m) = (class.method("__str__"), class.method("__repr__"));
            if let Some(m) = repr_m {
                let s = self.spec_for(m, vec![t]);
                self.t.repr_specs.insert(c, s);
            }
            if let Some(m) = str_m.or(repr_m) {
                let s = self.spec_for(m, vec![t]);
                self.t.str_specs.insert(c, s);
            }
            let class = &self.prog.classes[c.0 as usize];
            if let Some(m) = class.method("__bool__").or_else(|| class.method("__len__")) {
                let s = self.spec_for(m, vec![t]);
                self.t.truth_specs.insert(c, s);
            }
            let class = &self.prog.classes[c.0 as usize];
            let (eq_m, hash_m) = (class.method("__eq__"), class.method("__hash__"));
            if let Some(m) = eq_m {
                let s = self.spec_for(m, vec![t, t]);
                self.t.eq_specs.insert(c, s);
            }
            if let Some(m) = hash_m {
                let s = self.spec_for(m, vec![t]);
                self.t.hash_specs.insert(c, s);
            }
        }
    }

    /// The type of `recv.name(args)`.
    /// `obj.name(args)` on an instance of a user class: a call of the method with `obj` first,
    /// missing trailing arguments taken from the method's defaults.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn instance_method(
        &mut self,
        c: ClassId,
        r: Ty,
        name: &str,
        tys: &[Ty],
        keywords: &[(String, Expr)],
        kw: &[Ty],
        span: Span,
        e: &Expr,
    ) -> Ty {
        let class = &self.prog.classes[c.0 as usize];
        let Some(fid) = class.method(name) else {
            let msg = if self.t.fields[c.0 as usize].iter().any(|(n, _)| n == name) {
                format!("calling the attribute `{name}` is not supported yet")
            } else {
                format!("'{}' object has no attribute '{name}'", class.name)
            };
            self.error(Diagnostic::new(Code::InvalidOperation, span, msg).label("here"));
            return TypeTable::NEVER;
        };
        let f = self.prog.func(fid);
        let names: Vec<&str> = keywords.iter().map(|(k, _)| k.as_str()).collect();
        let qualname = format!("{}.{name}", self.prog.classes[c.0 as usize].name);
        // A `@staticmethod` takes no `self`.
        let is_static = self.prog.classes[c.0 as usize].statics.contains(&fid);
        let skip = usize::from(!is_static);
        let binding = match f.bind(&qualname, skip, tys.len(), &names) {
            Ok(b) => b,
            Err(msg) => {
                self.error(
                    Diagnostic::new(Code::ArgumentMismatch, span, msg).label("in this call"),
                );
                return TypeTable::NEVER;
            }
        };
        // A `@classmethod` gets `None` for `cls`.
        let is_cm = self.prog.classes[c.0 as usize].classmethods.contains(&fid);
        let mut args = match (is_static, is_cm) {
            (true, _) => vec![],
            (_, true) => vec![TypeTable::NONE],
            _ => vec![r],
        };
        for a in binding {
            args.push(match a {
                Arg::Pos(i) => tys[i],
                Arg::Kw(j) => kw[j],
                Arg::Default(g) => self.t.globals[g.0 as usize],
            });
        }
        if args.contains(&TypeTable::NEVER) {
            return TypeTable::NEVER;
        }
        let callee = self.spec_for(fid, args);
        self.t.specs[self.current.0 as usize]
            .calls
            .insert(e.id, callee);
        self.t.spec(callee).ret
    }
}
