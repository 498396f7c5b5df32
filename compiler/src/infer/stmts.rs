//! Inference of statements: assignments, loops, `try`, `raise`, `yield`, attribute and item
//! stores.

use super::*;

impl Infer<'_> {
    pub(super) fn stmt(&mut self, id: SpecId, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(id, e);
            }
            StmtKind::Assign(p, e) => {
                let t = self.expr(id, e);
                self.assign(id, *p, t, e.span);
            }
            StmtKind::If(c, a, b) => {
                self.cond(id, c);
                // `if isinstance(x, T):` decided by x's static type in this specialization:
                // only the branch that can run is typed (and compiled).
                match self.static_cond(id, c) {
                    Some(live) => {
                        self.t.specs[id.0 as usize].static_conds.insert(c.id, live);
                        self.block(id, if live { a } else { b });
                    }
                    None => {
                        self.t.specs[id.0 as usize].static_conds.remove(&c.id);
                        let (on_true, on_false) = (
                            self.narrowed_by(id, c, true),
                            self.narrowed_by(id, c, false),
                        );
                        self.narrowed_block(id, a, on_true);
                        self.narrowed_block(id, b, on_false);
                    }
                }
            }
            StmtKind::While { cond, body, orelse } => {
                self.cond(id, cond);
                let on_true = self.narrowed_by(id, cond, true);
                self.narrowed_block(id, body, on_true);
                self.block(id, orelse);
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                for e in [start, stop, step] {
                    let t = self.expr(id, e);
                    let t = self.index_dunder(id, e, t).unwrap_or(t);
                    // A dynamic value is checked when the loop starts.
                    if !matches!(
                        t,
                        TypeTable::INT | TypeTable::BOOL | TypeTable::NEVER | TypeTable::DYN
                    ) {
                        let name = self.t.types.display(t);
                        self.error(
                            Diagnostic::new(
                                Code::InvalidOperation,
                                e.span,
                                format!("'{name}' object cannot be interpreted as an integer"),
                            )
                            .label("range() needs an int"),
                        );
                    }
                }
                self.assign(id, *var, TypeTable::INT, s.span);
                self.block(id, body);
                self.block(id, orelse);
            }
            StmtKind::ForIter {
                var,
                iter,
                body,
                orelse,
            } => {
                self.for_var(id, *var, iter);
                self.block(id, body);
                self.block(id, orelse);
            }
            StmtKind::ForZip {
                vars,
                iters,
                body,
                orelse,
                ..
            } => {
                for (var, iter) in vars.iter().zip(iters) {
                    self.for_var(id, *var, iter);
                }
                self.block(id, body);
                self.block(id, orelse);
            }
            StmtKind::SetItem { obj, index, value } => {
                let v = self.expr(id, value);
                let o = self.expr(id, obj);
                let o = self.operand(id, obj, o, NoneUse::ItemAssign);
                let i = self.expr(id, index);
                if self
                    .instance_dunder(o, "__setitem__", vec![o, i, v], value.id, true)
                    .is_some()
                {
                    return;
                }
                if self.immutable_sequence(o, value, obj.span, "does not support item assignment") {
                    return;
                }
                if self.is_slice_object(i) && self.t.types.site(o).is_some() {
                    // `xs[s] = ys` of a slice object: a slice assignment.
                    match self.t.types.kind(v) {
                        TyKind::List(_) => {
                            self.t.types.join(o, v);
                        }
                        TyKind::Dyn => self.add_elem(o, TypeTable::DYN, value.span),
                        TyKind::Never => {}
                        _ => {
                            let msg =
                                format!("assigning a {} to a list slice", self.t.types.display(v));
                            self.error(Diagnostic::unsupported(value.span, &msg));
                        }
                    }
                } else if self.t.types.dict_site(o).is_some() {
                    self.add_entry(o, i, None, index.span);
                    self.add_entry(o, TypeTable::NEVER, Some(v), value.span);
                } else if self.t.types.site(o).is_some() {
                    self.index_operand(id, index, i, "list");
                    self.add_elem(o, v, value.span);
                } else if o == TypeTable::DYN {
                    // Stored through a dynamic value: the key and value become reachable from
                    // it (a container among them is made dynamic too); an instance held in it
                    // (a `Counter` of a dict of mixed values) calls its `__setitem__`.
                    self.t.types.join(i, TypeTable::DYN);
                    self.t.types.join(v, TypeTable::DYN);
                    let key = super::stmt_dunder_key(value.id);
                    let args = [TypeTable::DYN, TypeTable::DYN];
                    self.dyn_dunder((value, key), "__setitem__", &args, TypeTable::NONE);
                } else if o != TypeTable::NEVER {
                    let msg = format!(
                        "'{}' object does not support item assignment",
                        self.t.types.display(o)
                    );
                    match self.certain_type_name(o) {
                        // `word[0] = "J"`: CPython's TypeError once the operands are evaluated
                        // (MIR's `SetItem`), with a warning.
                        Some(name) => {
                            let msg = format!("'{name}' object does not support item assignment");
                            self.item_assign_error(value, obj.span, msg)
                        }
                        None => self.error(
                            Diagnostic::new(Code::InvalidOperation, obj.span, msg)
                                .label("this value"),
                        ),
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(id, body);
                for h in handlers {
                    for v in &h.values {
                        self.expr(id, v);
                    }
                    if let Some(var) = h.var {
                        let t = self.handler_type(h);
                        self.assign(id, var, t, h.span);
                    }
                    self.block(id, &h.body);
                }
                self.block(id, orelse);
                self.block(id, finalbody);
            }
            StmtKind::Raise(r, cause) => {
                self.raise_stmt(id, r);
                if let Some(Cause::Value(c)) = cause {
                    let t = self.expr(id, c);
                    self.check_exception_value(t, c, "exception causes");
                }
            }
            StmtKind::SetSlice { target, value } => {
                let v = self.expr(id, value);
                if self.instance_slice_place(id, target, Some((v, value.id))) {
                    return;
                }
                // A generator or iterable instance (`xs[i:] = reversed(xs[i:])`): drained
                // into a list first.
                let v = self.generator_as_list(id, value, v, true);
                let ExprKind::Slice { obj, .. } = &target.kind else {
                    return;
                };
                let o = self.slice_place(id, target);
                if self.immutable_sequence(o, value, obj.span, "does not support item assignment") {
                    return;
                }
                match (self.t.types.kind(o).clone(), self.t.types.kind(v).clone()) {
                    (TyKind::List(_), TyKind::List(_)) => {
                        self.t.types.join(o, v);
                    }
                    // A list held in a dynamic value: the value's items, dynamic (or CPython's
                    // TypeError for anything else, when it runs).
                    (TyKind::Dyn, _) => {
                        self.t.types.join(TypeTable::DYN, v);
                    }
                    // A value of run-time type: its items, each a dynamic value (MIR's
                    // `SetSlice` lists them).
                    (TyKind::List(_), TyKind::Dyn) => {
                        self.add_elem(o, TypeTable::DYN, value.span);
                    }
                    (TyKind::Never, _) | (_, TyKind::Never | TyKind::Dyn) => {}
                    // A str or a tuple of the list's item type (or into an empty list): its
                    // items (MIR's `slice_source`).
                    (TyKind::List(_), TyKind::Str | TyKind::Tuple(_) | TyKind::TupleOf(_))
                        if self.iter_item(v).is_some_and(|x| {
                            x != TypeTable::DYN
                                && self
                                    .t
                                    .types
                                    .elem(o)
                                    .is_some_and(|e| e == x || e == TypeTable::NEVER)
                        }) =>
                    {
                        let x = self.iter_item(v).unwrap_or(TypeTable::NEVER);
                        self.add_elem(o, x, value.span);
                    }
                    (TyKind::List(_), _) => {
                        let msg =
                            format!("assigning a {} to a list slice", self.t.types.display(v));
                        self.error(Diagnostic::unsupported(value.span, &msg));
                    }
                    _ => {
                        let msg = format!(
                            "'{}' object does not support item assignment",
                            self.t.types.display(o)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, obj.span, msg)
                                .label("this value"),
                        );
                    }
                }
            }
            StmtKind::DelSlice(target) => {
                if self.instance_slice_place(id, target, None) {
                    return;
                }
                let ExprKind::Slice { obj, .. } = &target.kind else {
                    return;
                };
                let o = self.slice_place(id, target);
                // (CPython words a slice's deletion apart.)
                if self.immutable_sequence(o, target, obj.span, "does not support item deletion") {
                    return;
                }
                if !matches!(
                    self.t.types.kind(o),
                    TyKind::List(_) | TyKind::Never | TyKind::Dyn
                ) {
                    let msg = format!(
                        "'{}' object doesn't support item deletion",
                        self.t.types.display(o)
                    );
                    self.error(
                        Diagnostic::new(Code::InvalidOperation, obj.span, msg).label("this value"),
                    );
                }
            }
            StmtKind::DelAttr { obj, name } => self.del_attr(id, obj, name),
            StmtKind::DelItem { obj, index } => {
                let o = self.expr(id, obj);
                let o = match self.t.types.nullable(o) {
                    // (An instance that may be None checks its own.)
                    Some(x) if !matches!(self.t.types.kind(x), TyKind::Instance(_)) => {
                        self.operand(id, obj, o, NoneUse::ItemDelete)
                    }
                    _ => o,
                };
                let i = self.expr(id, index);
                if self.immutable_sequence(o, index, obj.span, "doesn't support item deletion") {
                    return;
                }
                if self
                    .instance_dunder(o, "__delitem__", vec![o, i], index.id, true)
                    .is_some()
                {
                    // `del obj[k]`: the class's `__delitem__` (recorded with the index).
                } else if self.is_slice_object(i) && self.t.types.site(o).is_some() {
                    // `del xs[s]` of a slice object: a slice deletion.
                } else if self.t.types.dict_site(o).is_some() {
                    self.add_entry(o, i, None, index.span);
                } else if self.t.types.site(o).is_some() {
                    self.index_operand(id, index, i, "list");
                } else if o == TypeTable::DYN {
                    // A list or dict held in a dynamic value (the runtime decides): the key
                    // a dynamic value.
                    self.t.types.join(TypeTable::DYN, i);
                } else if o != TypeTable::NEVER {
                    let msg = format!(
                        "'{}' object doesn't support item deletion",
                        self.t.types.display(o)
                    );
                    self.error(
                        Diagnostic::new(Code::InvalidOperation, obj.span, msg).label("this value"),
                    );
                }
            }
            StmtKind::SetAttr {
                obj,
                name,
                value,
                raw,
            } => {
                let v = self.expr(id, value);
                let o = self.expr(id, obj);
                let o = self.strip_optional_instance(o);
                match self.t.types.kind(o).clone() {
                    // Refused by every class the instance may be (frozen, slots): the store
                    // raises, and types nothing.
                    TyKind::Instance(c) if !raw && self.prog.refusing_classes(c, name).1 => {}
                    TyKind::Instance(c) => {
                        let setter = self.prog.lookup_setter(c, name);
                        match setter {
                            Some(_) if v != TypeTable::NEVER => {
                                // (Overridden in a subclass: the setter of the instance's
                                // class.)
                                let key = super::stmt_dunder_key(value.id);
                                let find = |p: &Program, d: ClassId| p.lookup_setter(d, name);
                                if let Some(callee) = self.virtual_spec(c, &find, vec![o, v], key) {
                                    self.t.specs[id.0 as usize]
                                        .setter_calls
                                        .insert(value.id, callee);
                                }
                            }
                            Some(_) => {}
                            // A property without a setter: AttributeError when it runs.
                            None if self.prog.is_property(c, name) => {}
                            // A property only subclasses define: the store depends on the
                            // instance's class (its setter, or an attribute of its own).
                            None if self.subclass_property(c, name) => {
                                let msg = format!(
                                    "setting attribute `{name}` of a `{}` value, a property of only some of its subclasses",
                                    self.prog.class(c).name
                                );
                                self.error(
                                    Diagnostic::unsupported(obj.span, &msg).label("this value"),
                                );
                            }
                            None => {
                                // (`err.__cause__ = other` of a user exception: the field
                                // starts as None.)
                                self.exc_link_field(o, name, value.span);
                                self.set_field(c, name, v, value.span)
                            }
                        }
                    }
                    TyKind::Dyn => self.dyn_set_attr(name, v, obj.span, value.span),
                    // An attribute of a function object, a value of any type (read back as
                    // a dynamic value: a container stored there takes any items).
                    TyKind::Closure(targets)
                        if (!name.starts_with("__")
                            || matches!(name.as_str(), "__name__" | "__qualname__"))
                            && self.prog.all_functions(&targets) =>
                    {
                        self.t.types.join(TypeTable::DYN, v);
                    }
                    // `None.x = v` raises AttributeError when it runs.
                    TyKind::Never | TyKind::None => {}
                    _ => {
                        let msg = format!(
                            "setting attributes of '{}' is not supported",
                            self.t.types.display(o)
                        );
                        self.error(
                            Diagnostic::new(Code::InvalidOperation, obj.span, msg)
                                .label("this value"),
                        );
                    }
                }
            }
            // (`del x` gives `x` no value of any type.)
            StmtKind::Break | StmtKind::Continue | StmtKind::DelName(_) | StmtKind::Unbind(_) => {}
            StmtKind::Return(e) if self.prog.func(self.t.spec(id).func).is_generator => {
                // A generator's `return` ends it (a returned value is StopIteration's, unused).
                if let Some(e) = e {
                    self.expr(id, e);
                }
            }
            StmtKind::Return(e) => {
                let t = match e {
                    Some(e) => self.expr(id, e),
                    None => TypeTable::NONE,
                };
                self.returns(id, t, s.span);
            }
            StmtKind::Yield(e) => {
                let t = self.expr(id, e);
                if !self.prog.func(self.t.spec(id).func).is_generator {
                    self.error(Diagnostic::unsupported(
                        s.span,
                        "`yield` outside a function",
                    ));
                }
                let old = self.t.specs[id.0 as usize].yields;
                let new = self.t.types.join(old, t);
                if new != old {
                    self.t.specs[id.0 as usize].yields = new;
                    self.t.types.generator_yields[id.0 as usize] = new;
                    self.changed = true;
                }
                if new == TypeTable::DYN && old != TypeTable::DYN {
                    let msg = format!(
                        "the generator yields values of different types ({} and {})",
                        self.t.types.display(old),
                        self.t.types.display(t)
                    );
                    self.error(
                        Diagnostic::new(Code::TypeConflict, e.span, msg).label("this value"),
                    );
                }
            }
        }
    }

    /// The message or value of a `raise`.
    /// `for var in iter` (alone or in a `zip`): `var` takes the type of the items.
    fn for_var(&mut self, id: SpecId, var: Place, iter: &Expr) {
        let t = self.expr(id, iter);
        let t = self.operand(id, iter, t, NoneUse::Iterate);
        match self.t.types.elem(t) {
            Some(e) => self.assign(id, var, e, iter.span),
            None if t == TypeTable::STR => self.assign(id, var, TypeTable::STR, iter.span),
            None if self.t.types.dict_kv(t).is_some() => {
                let (key, _) = self
                    .t
                    .types
                    .dict_kv(t)
                    .unwrap_or((TypeTable::NEVER, TypeTable::NEVER));
                self.assign(id, var, key, iter.span)
            }
            None if self.t.types.tuple_of(t).is_some() => {
                let e = self.t.types.tuple_of(t).unwrap_or(TypeTable::NEVER);
                self.assign(id, var, e, iter.span)
            }
            None if self.t.types.set_elem(t).is_some() => {
                let e = self.t.types.set_elem(t).unwrap_or(TypeTable::NEVER);
                self.assign(id, var, e, iter.span)
            }
            None if t == TypeTable::NEVER => {}
            None if t == TypeTable::BYTES => self.assign(id, var, TypeTable::INT, iter.span),
            // The items of a str, list, tuple, dict or set held in a dynamic value, or of
            // an instance's `__iter__`.
            None if t == TypeTable::DYN => {
                self.dyn_iter_protocol(id, iter);
                self.assign(id, var, TypeTable::DYN, iter.span)
            }
            None if matches!(self.t.types.kind(t), TyKind::Instance(_)) => {
                let e = self.iter_protocol(id, iter, t);
                self.assign(id, var, e, iter.span)
            }
            None if matches!(self.t.types.kind(t), TyKind::Generator(_)) => {
                let TyKind::Generator(g) = *self.t.types.kind(t) else {
                    unreachable!()
                };
                let y = self.t.specs[g as usize].yields;
                self.assign(id, var, y, iter.span)
            }
            // A tuple whose items all have one type, or of items of different types: each a
            // dynamic value.
            None if self.t.types.tuple_items(t).is_some() => {
                let e = self.tuple_item(t).unwrap_or(TypeTable::NEVER);
                self.assign(id, var, e, iter.span)
            }
            // A number or None: CPython's TypeError when the loop starts (MIR's `for_zip`).
            None if matches!(
                t,
                TypeTable::INT | TypeTable::FLOAT | TypeTable::BOOL | TypeTable::NONE
            ) =>
            {
                if self.report {
                    let name = self.certain_type_name(t).unwrap_or_default();
                    let text =
                        format!("this always raises TypeError: '{name}' object is not iterable");
                    let d = Diagnostic::new(Code::InvalidOperation, iter.span, text)
                        .label("this value");
                    self.t.warnings.push(d.warning());
                }
            }
            None => {
                let msg = format!(
                    "iterating over '{}' is not supported yet",
                    self.t.types.display(t)
                );
                self.error(
                    Diagnostic::new(Code::InvalidOperation, iter.span, msg).label("this value"),
                );
            }
        }
    }

    /// Whether `o` is a range or a dict view laid out as a list (which the program must not
    /// change): then `what` (the item assignment or deletion) raises CPython's TypeError when
    /// the statement runs, recorded under the statement key of `key` (its value, index or
    /// target).
    fn immutable_sequence(&mut self, o: Ty, key: &Expr, span: Span, what: &str) -> bool {
        if self.t.types.view(o).is_none() {
            return false;
        }
        let name = self.certain_type_name(o).unwrap_or_default();
        self.item_assign_error(key, span, format!("'{name}' object {what}"));
        true
    }

    /// `del obj.name` of an instance: its attribute unset (recorded, so that no read takes
    /// it for set from construction on); an attribute no instance has raises AttributeError
    /// when it runs (MIR).
    fn del_attr(&mut self, id: SpecId, obj: &Expr, name: &str) {
        let o = self.expr(id, obj);
        let o = self.operand(id, obj, o, NoneUse::Attr(name));
        let c = match *self.t.types.kind(o) {
            TyKind::Instance(c) => c,
            TyKind::Never => return,
            _ => {
                let what = format!("`del` of an attribute of '{}'", self.t.types.display(o));
                self.error(Diagnostic::unsupported(obj.span, &what));
                return;
            }
        };
        let refused = if self.prog.is_property(c, name) {
            Some("`del` of a property")
        } else if self.prog.refused_store(c, name).is_some() {
            Some("`del` of an attribute of a frozen dataclass, a named tuple or a slotted class")
        } else {
            None
        };
        if let Some(what) = refused {
            self.error(Diagnostic::unsupported(obj.span, what));
            return;
        }
        let root = self.prog.root(c);
        self.t.deleted_attrs.insert((root, name.to_string()));
    }

    fn raise_stmt(&mut self, id: SpecId, r: &Raise) {
        match r {
            Raise::New(_, Some(msg)) => {
                let t = self.expr(id, msg);
                self.check_exc_message(t, msg);
            }
            Raise::New(_, None) | Raise::Reraise => {}
            Raise::Value(e) => {
                let mut t = self.expr(id, e);
                // `raise cls` of a class held in a value: an instance made without arguments.
                if let TyKind::Closure(targets) = self.t.types.kind(t).clone() {
                    if targets.iter().all(|(f, _)| self.prog.is_class_value(*f)) {
                        t = self.call_closure(&targets, &[], &[], None, None, e);
                        self.t.specs[id.0 as usize].raised_classes.insert(e.id, t);
                    }
                }
                self.check_exception_value(t, e, "exceptions");
                // A traceback or a handler may show it: its class's `__str__`.
                self.need_str(t);
            }
        }
    }

    /// Reports the argument `msg` (of type `t`) of a builtin exception unless its type is one
    /// natrix keeps as the message.
    pub(super) fn check_exc_message(&mut self, t: Ty, msg: &Expr) {
        // A container's message is its repr (`assert ok, (got, want)`, `KeyError((1, 2))`);
        // an instance's, its str (`TypeError(node)`).
        let inst = self.strip_optional_instance(t);
        let container = self.is_tuple(t)
            || matches!(self.t.types.kind(inst), TyKind::Instance(_))
            || self.t.types.site(t).is_some()
            || self.t.types.dict_site(t).is_some()
            || self.t.types.set_site(t).is_some();
        let is_scalar = |t: Ty| {
            matches!(
                t,
                TypeTable::STR
                    | TypeTable::INT
                    | TypeTable::FLOAT
                    | TypeTable::BOOL
                    | TypeTable::NONE
                    | TypeTable::NEVER
                    | TypeTable::DYN
            )
        };
        self.need_str(t);
        // (Or one that may be None: `ValueError(d.get(k))`.)
        let scalar = is_scalar(t) || self.t.types.nullable(t).is_some_and(is_scalar);
        if !scalar && !container {
            let m = format!(
                "an exception message of type '{}' is not supported yet",
                self.t.types.display(t)
            );
            self.error(Diagnostic::new(Code::InvalidOperation, msg.span, m).label("this value"));
        }
    }

    /// Reports `e` (of type `t`) unless it is an exception: a caught one or an instance of a
    /// user exception class.
    fn check_exception_value(&mut self, t: Ty, e: &Expr, what: &str) {
        let user_exc = match self.t.types.kind(t) {
            TyKind::Instance(c) => self.prog.exc_kind(*c).is_some(),
            // A caught exception or None (`last = None` … `raise last`): TypeError if None (a
            // cause of None is `from None`).
            TyKind::Optional(x) => {
                *x == TypeTable::EXC
                    || matches!(self.t.types.kind(*x), TyKind::Instance(c)
                        if self.prog.exc_kind(*c).is_some())
            }
            // A value of run-time type (raising an instance of a user exception, or one of
            // several classes' instances): checked when it is raised.
            TyKind::Dyn => what == "exceptions",
            _ => false,
        };
        if t != TypeTable::EXC && t != TypeTable::NEVER && !user_exc {
            let m = format!(
                "{what} must derive from BaseException, not '{}'",
                self.t.types.display(t)
            );
            self.error(Diagnostic::new(Code::InvalidOperation, e.span, m).label("this value"));
        }
    }
}
