//! MIR lowering of methods of builtin types (str, list, dict, set) and `min`/`max` of lists.

use super::*;

impl Builder<'_> {
    /// A method call of a str, a container, a generator or a value of run-time type (the
    /// keywords only for a run-time template's `format`).
    pub(super) fn method(
        &mut self,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        keywords: &[(String, Expr)],
        ty: MTy,
    ) -> Operand {
        let rt = self.ty(recv);
        let r = self.expr(recv);
        if rt == MTy::Dyn && crate::builtins::DYN_CONTAINER_METHODS.contains(&name) {
            let vals: Vec<(Operand, MTy)> =
                args.iter().map(|a| (self.expr(a), self.ty(a))).collect();
            return self.dyn_container_method(r, name, vals);
        }
        // A str method of a dynamic value: AttributeError unless it holds a str.
        let rt = if rt == MTy::Dyn {
            let (ok, bad) = (self.body.new_block(), self.body.new_block());
            let s = self.strings.intern("str");
            let is = self.rt("nx_dyn_isinstance", vec![r.clone(), s], MTy::Bool);
            self.body.block(self.cur).term = Terminator::Branch(is, ok, bad);
            self.cur = bad;
            self.dyn_attr_error(r.clone(), name);
            self.cur = ok;
            MTy::Str
        } else {
            rt
        };
        if let (MTy::Gen, "close") = (rt, name) {
            return self.rt("nx_gen_close", vec![r], MTy::None);
        }
        if let (MTy::Gen, "send", [v]) = (rt, name, args) {
            return self.gen_send(recv, r, v, ty);
        }
        if let (MTy::Gen, "throw", [v]) = (rt, name, args) {
            return self.gen_throw(recv, r, v, ty);
        }
        if let (MTy::Tuple(tt), "index" | "count", [a]) = (rt, name, args) {
            let x = (self.expr(a), self.ty(a));
            return self.tuple_search(x, r, tt, name == "index");
        }
        // Of a tuple of any length: the list method of its items (with the tuple's message).
        let (r, rt) = match (rt, name, args) {
            (MTy::TupleOf(_), "index", [a]) => {
                let (l, lt) = self.tuple_as_list(r, rt);
                let (elem, at) = (self.strings.list_elem(lt), self.ty(a));
                let v = self.expr(a);
                if self.sought_as_dyn(at, elem) {
                    let x = self.to_dyn(v, at);
                    return self.rt("nx_list_search_dyn", vec![l, x, Operand::Int(3)], MTy::Int);
                }
                let v = self.coerce(v, at, elem);
                let slots = [None, Some(elem)];
                return self.slots("nx_tuple_items_index", vec![l, v], &slots, None, MTy::Int);
            }
            (MTy::TupleOf(_), "count", _) => self.tuple_as_list(r, rt),
            _ => (r, rt),
        };
        if let (MTy::Int | MTy::Bool, "bit_length" | "bit_count") = (rt, name) {
            let x = self.coerce(r, rt, MTy::Int);
            let f = if name == "bit_length" {
                "nx_int_bit_length"
            } else {
                "nx_int_bit_count"
            };
            return self.rt(f, vec![x], MTy::Int);
        }
        // `n.to_bytes(length=1, byteorder="big", signed=False)`.
        if let (MTy::Int | MTy::Bool, "to_bytes") = (rt, name) {
            let mut ops = vec![self.coerce(r, rt, MTy::Int)];
            for (k, want) in [MTy::Int, MTy::Str, MTy::Bool].into_iter().enumerate() {
                let v = match args.get(k) {
                    Some(a) => {
                        let at = self.ty(a);
                        let v = self.expr(a);
                        self.coerce(v, at, want)
                    }
                    None => match k {
                        0 => Operand::Int(1),
                        1 => self.strings.intern("big"),
                        _ => Operand::Bool(false),
                    },
                };
                ops.push(v);
            }
            return self.rt("nx_int_to_bytes", ops, MTy::Bytes);
        }
        let in_table = crate::builtins::bytes_method(name, args.len()).is_some();
        if (rt == MTy::Str && name == "encode") || (rt == MTy::Bytes && !in_table) {
            // `s.encode([encoding])`, `b.decode([encoding])`, `b.hex()`.
            let f = match name {
                "encode" => "nx_str_encode",
                "decode" => "nx_bytes_decode",
                "startswith" | "endswith"
                    if matches!(self.ty(&args[0]), MTy::Tuple(_) | MTy::TupleOf(_)) =>
                {
                    // Any of a tuple of bytes objects: the tuple as a list.
                    let v = self.expr(&args[0]);
                    let lt = self.strings.list_ty(MTy::Bytes);
                    let kind = Operand::Int(natrix_abi::ElemKind::Obj as i64);
                    let l = self.rt("nx_tuple_to_list", vec![v, kind], lt);
                    let end = Operand::Bool(name == "endswith");
                    return self.rt("nx_bytes_affix_any", vec![r, l, end], ty);
                }
                "join" | "startswith" | "endswith" => {
                    let f = match name {
                        "join" => "nx_bytes_join",
                        "startswith" => "nx_bytes_startswith",
                        _ => "nx_bytes_endswith",
                    };
                    let a = self.expr(&args[0]);
                    return self.rt(f, vec![r, a], ty);
                }
                _ if args.is_empty() => return self.rt("nx_bytes_hex", vec![r], ty),
                _ => {
                    // `b.hex(sep[, bytes_per_sep])`.
                    let sep = self.expr(&args[0]);
                    let per = match args.get(1) {
                        Some(a) => {
                            let at = self.ty(a);
                            let v = self.expr(a);
                            self.coerce(v, at, MTy::Int)
                        }
                        None => Operand::Int(1),
                    };
                    return self.rt("nx_bytes_hex_sep", vec![r, sep, per], ty);
                }
            };
            let enc = match args.first() {
                Some(a) => self.expr(a),
                None => self.strings.intern("utf-8"),
            };
            let errors = match args.get(1) {
                Some(a) => self.expr(a),
                None => self.strings.intern("strict"),
            };
            return self.rt(f, vec![r, enc, errors], ty);
        }
        if rt == MTy::Float {
            let f = match name {
                "hex" => "nx_float_hex",
                "is_integer" => "nx_float_is_integer",
                _ => "nx_float_as_integer_ratio",
            };
            return self.rt(f, vec![r], ty);
        }
        if let MTy::Set(_) = rt {
            if args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_))) {
                return self.set_method_spread(r, rt, name, args, ty);
            }
        }
        // `d.update(pairs)` of an iterable of key-value pairs.
        if let (MTy::Dict(_), "update", [a]) = (rt, name, args) {
            if !matches!(self.ty(a), MTy::Dict(_)) {
                self.dict_update_pairs(r, rt, a);
                return Operand::None;
            }
        }
        if let MTy::Dict(_) | MTy::Set(_) = rt {
            let vals: Vec<(Operand, MTy)> =
                args.iter().map(|a| (self.expr(a), self.ty(a))).collect();
            return self.container_method(r, rt, name, vals, ty);
        }
        if let (MTy::Str, "format", Some((last, pre))) = (rt, name, args.split_last()) {
            if let ExprKind::Spread(seq) = &last.kind {
                // `template.format(a, *xs)`: the items after the other arguments.
                let tys: Vec<MTy> = pre.iter().map(|a| self.ty(a)).collect();
                let vals: Vec<Operand> = pre.iter().map(|a| self.expr(a)).collect();
                let st = self.ty(seq);
                let xs = self.expr(seq);
                let tt = match st {
                    MTy::List(l) => MTy::TupleOf(l),
                    t => t,
                };
                let mut tuple = match st {
                    MTy::List(_) => self.rt("nx_tuple_from_list", vec![xs], tt),
                    _ => xs,
                };
                if !pre.is_empty() {
                    let ft = self.strings.tuple_ty(tys);
                    let MTy::Tuple(t) = ft else {
                        return Operand::None;
                    };
                    let first = self.op(Op::TupleNew(t), vals, ft);
                    tuple = self.rt("nx_tuple_concat", vec![first, tuple], tt);
                }
                return self.format_template(r, tuple, keywords);
            }
        }
        if rt == MTy::Str && name == "format" {
            // A template known only at run time: the arguments in a tuple, to the runtime.
            let tys: Vec<MTy> = args.iter().map(|a| self.ty(a)).collect();
            let vals: Vec<Operand> = self.exprs(args);
            let tt = self.strings.tuple_ty(tys);
            let MTy::Tuple(t) = tt else {
                return Operand::None;
            };
            let tuple = self.op(Op::TupleNew(t), vals, tt);
            return self.format_template(r, tuple, keywords);
        }
        if rt == MTy::Str
            && matches!(name, "split" | "rsplit")
            && args.first().is_some_and(|a| self.ty(a) == MTy::None)
        {
            // `s.split(None[, maxsplit])`: on runs of whitespace.
            self.expr(&args[0]);
            let Some(max) = args.get(1) else {
                return self.rt("nx_str_split_ws", vec![r], ty);
            };
            let mt = self.ty(max);
            let m = self.expr(max);
            let m = self.coerce(m, mt, MTy::Int);
            let f = if name == "split" {
                "nx_str_split_ws_max"
            } else {
                "nx_str_rsplit_ws_max"
            };
            return self.rt(f, vec![r, m], ty);
        }
        if let (MTy::Str, "startswith" | "endswith", [a, window @ ..]) = (rt, name, args) {
            if let MTy::Tuple(_) | MTy::TupleOf(_) = self.ty(a) {
                // Any of a tuple of strs: the tuple as a list (in `s[start:end]` when given).
                let v = self.expr(a);
                let lt = self.strings.list_ty(MTy::Str);
                let kind = Operand::Int(natrix_abi::ElemKind::Obj as i64);
                let l = self.rt("nx_tuple_to_list", vec![v, kind], lt);
                let mut ops = vec![r, l];
                for w in window {
                    let wt = self.ty(w);
                    let v = self.expr(w);
                    ops.push(self.coerce(v, wt, MTy::Int));
                }
                let f = match (name, window.len()) {
                    ("startswith", 0) => "nx_str_startswith_any",
                    ("endswith", 0) => "nx_str_endswith_any",
                    ("startswith", _) => "nx_str_startswith_any_in",
                    _ => "nx_str_endswith_any_in",
                };
                if window.len() == 1 {
                    ops.push(Operand::Int(natrix_abi::SMALL_INT_MAX));
                }
                return self.rt(f, ops, ty);
            }
        }
        let table = match rt {
            MTy::Str => crate::builtins::str_method(name, args.len()),
            MTy::Bytes => crate::builtins::bytes_method(name, args.len()),
            _ => None,
        };
        if let Some(m) = table {
            let mut ops = vec![r];
            for (a, shape) in args.iter().zip(m.params) {
                let (v, at) = if name == "join" {
                    // (A generator drained into a list.)
                    self.iterable_arg(a)
                } else {
                    let at = self.ty(a);
                    (self.expr(a), at)
                };
                let v = match (shape, at) {
                    (crate::builtins::Shape::Int, _) => self.coerce(v, at, MTy::Int),
                    (crate::builtins::Shape::Str, MTy::Dyn) => self.coerce(v, at, MTy::Str),
                    // `sep.join(parts)` of a dynamic value (a list in a dict of mixed
                    // values): its items, each checked to be a str below.
                    (crate::builtins::Shape::StrList, MTy::Dyn) => {
                        let lt = self.strings.list_ty(MTy::Dyn);
                        self.rt("nx_dyn_join_items", vec![v], lt)
                    }
                    // `" ".join(d)` of a dict: its keys.
                    (crate::builtins::Shape::StrList, MTy::Dict(_)) => {
                        let lt = self.strings.list_ty(MTy::Str);
                        self.rt("nx_dict_keys", vec![v], lt)
                    }
                    // `"-".join("abc")`: the str's characters.
                    (crate::builtins::Shape::StrList, MTy::Str) => {
                        let lt = self.strings.list_ty(MTy::Str);
                        self.rt("nx_str_chars", vec![v], lt)
                    }
                    // `sep.join(parts)` of a tuple of strs (`*args`): as a list (of dynamic
                    // values, each checked below, when some items are not strs).
                    (crate::builtins::Shape::StrList, MTy::Tuple(_) | MTy::TupleOf(_)) => {
                        let items = match at {
                            MTy::TupleOf(_) => vec![self.strings.list_elem(at)],
                            _ => self.strings.tuple_items(at),
                        };
                        let elem = match items.iter().all(|t| *t == MTy::Str) {
                            true => MTy::Str,
                            false => MTy::Dyn,
                        };
                        let lt = self.strings.list_ty(elem);
                        let kind = Operand::Int(natrix_abi::ElemKind::Obj as i64);
                        self.rt("nx_tuple_to_list", vec![v, kind], lt)
                    }
                    _ => v,
                };
                ops.push(v);
            }
            match m.extra {
                Some(crate::builtins::Extra::Str(extra)) => ops.push(self.strings.intern(extra)),
                Some(crate::builtins::Extra::Int(v)) => ops.push(Operand::Int(v)),
                None => {}
            }
            // `sep.join(values)` of a list of dynamic values: each checked to be a str.
            if name == "join" && args.len() == 1 {
                let at = self.ty(&args[0]);
                // (Strs that may be None are pointers, null for None, as dynamic values are.)
                let elem = self.strings.list_elem(at);
                let dyn_items = matches!(at, MTy::List(_))
                    && (elem == MTy::Dyn
                        || (matches!(elem, MTy::OptPtr(_))
                            && self.strings.opt_inner(elem) == MTy::Str));
                let dyn_tuple = matches!(at, MTy::Tuple(_))
                    && self.strings.tuple_items(at).iter().any(|t| *t != MTy::Str);
                let dyn_items = dyn_items || dyn_tuple;
                if dyn_items || at == MTy::Dyn {
                    return self.rt("nx_str_join_dyn", ops, ty);
                }
            }
            return self.rt(m.runtime, ops, ty);
        }
        // `xs.extend(ys)`: of a generator, each value appended as it comes; of an iterable
        // instance, its items drained into a list first.
        if let ("extend", [a]) = (name, args) {
            if self.extend_by_generator(r.clone(), self.strings.list_elem(rt), a) {
                return Operand::None;
            }
            let (other, ot) = self.iterable_arg(a);
            let (other, ot) = self.iterable_list(other, ot);
            self.list_extend(r, rt, other, ot);
            return Operand::None;
        }
        let elem = self.strings.list_elem(rt);
        let mut vals = vec![];
        for a in args {
            let at = self.ty(a);
            let v = self.expr(a);
            vals.push((v, at));
        }
        // A value of another kind than the items (`"a" in ints`, `ints.count(2.0)`): compared
        // as a dynamic value, each item against it, as CPython does.
        if let ("index" | "count" | "remove", [(v, at)]) = (name, vals.as_slice()) {
            if self.sought_as_dyn(*at, elem) {
                let x = self.to_dyn(v.clone(), *at);
                let op = match name {
                    "index" => 0,
                    "count" => 1,
                    _ => 2,
                };
                let n = self.rt("nx_list_search_dyn", vec![r, x, Operand::Int(op)], MTy::Int);
                return if name == "remove" { Operand::None } else { n };
            }
        }
        let arg = |this: &mut Self, i: usize, to: MTy| {
            let (v, t) = vals[i].clone();
            if never_holds(to, t) {
                // A value sought in a list that is always empty (its elements typed None):
                // a None stands in; it is not found either.
                return Operand::None;
            }
            this.coerce(v, t, to)
        };
        match (name, args.len()) {
            ("append", 1) => {
                let v = arg(self, 0, elem);
                self.op(Op::ListAppend(elem), vec![r, v], MTy::None)
            }
            ("insert", 2) => {
                let i = arg(self, 0, MTy::Int);
                let v = arg(self, 1, elem);
                self.op(Op::ListInsert(elem), vec![r, i, v], MTy::None)
            }
            ("pop", 0) => self.op(Op::ListPop(elem), vec![r], elem),
            ("pop", _) => {
                let i = arg(self, 0, MTy::Int);
                self.op(Op::ListPopAt(elem), vec![r, i], elem)
            }
            ("index", 1) => {
                let v = arg(self, 0, elem);
                self.op(Op::ListIndex(elem), vec![r, v], MTy::Int)
            }
            ("index", n) => {
                let v = arg(self, 0, elem);
                let start = arg(self, 1, MTy::Int);
                let stop = if n == 3 {
                    arg(self, 2, MTy::Int)
                } else {
                    Operand::Int(natrix_abi::SMALL_INT_MAX)
                };
                self.slots(
                    "nx_list_index_in",
                    vec![r, v, start, stop],
                    &[None, Some(elem), None, None],
                    None,
                    MTy::Int,
                )
            }
            ("count", _) => {
                let v = arg(self, 0, elem);
                self.op(Op::ListCount(elem), vec![r, v], MTy::Int)
            }
            ("remove", _) => {
                let v = arg(self, 0, elem);
                self.slots(
                    "nx_list_remove",
                    vec![r, v],
                    &[None, Some(elem)],
                    None,
                    MTy::None,
                )
            }
            ("sort", _) => self.op(Op::ListSort, vec![r], MTy::None),
            ("reverse", _) => self.op(Op::ListReverse, vec![r], MTy::None),
            ("clear", _) => self.op(Op::ListClear, vec![r], MTy::None),
            ("copy", _) => self.op(Op::ListCopy, vec![r], ty),
            _ => Operand::None,
        }
    }

    /// `template.format(…)` of a template known only at run time: the positional arguments in
    /// `tuple`, the keyword ones (and the items of a `**fields`) in a dict of values of run-time
    /// type.
    fn format_template(
        &mut self,
        r: Operand,
        tuple: Operand,
        keywords: &[(String, Expr)],
    ) -> Operand {
        if keywords.is_empty() {
            return self.rt("nx_str_format_args", vec![r, tuple], MTy::Str);
        }
        let dt = self.strings.dict_ty(MTy::Str, MTy::Dyn);
        let MTy::Dict(d) = dt else {
            return Operand::None;
        };
        let kwargs = self.op(Op::DictNew(d), vec![], dt);
        for (k, e) in keywords {
            let et = self.ty(e);
            let v = self.expr(e);
            if k == "**" {
                // `**fields`: its items, made values of run-time type.
                self.rt("nx_dict_update", vec![kwargs.clone(), v], MTy::None);
                continue;
            }
            let v = self.coerce(v, et, MTy::Dyn);
            let k = self.strings.intern(k);
            self.slots(
                "nx_dict_set",
                vec![kwargs.clone(), k, v],
                &[None, Some(MTy::Str), Some(MTy::Dyn)],
                None,
                MTy::None,
            );
        }
        self.rt("nx_str_format_kwargs", vec![r, tuple, kwargs], MTy::Str)
    }

    /// The items of iterable `v` (of type `t`) as a list (and its type): a list itself, a
    /// str's, tuple's, set's or dict's items in a new one.
    pub(super) fn iterable_list(&mut self, v: Operand, t: MTy) -> (Operand, MTy) {
        match t {
            MTy::List(_) => (v, t),
            // Of a run-time type: the items `for` visits (CPython's TypeError for others).
            MTy::Dyn => {
                let lt = self.strings.list_ty(MTy::Dyn);
                (self.rt("nx_dyn_iter_list", vec![v], lt), lt)
            }
            MTy::Set(_) => {
                let lt = self.strings.list_ty(self.strings.list_elem(t));
                (self.rt("nx_set_to_list", vec![v], lt), lt)
            }
            _ => {
                let (l, e) = self.items_list(v, t);
                (l, self.strings.list_ty(e))
            }
        }
    }

    /// `xs.extend(ys)` / `xs += ys` of the list `r` (type `rt`) by the list `other`.
    pub(super) fn list_extend(&mut self, r: Operand, rt: MTy, other: Operand, ot: MTy) {
        let (elem, oelem) = (self.strings.list_elem(rt), self.strings.list_elem(ot));
        if never_holds(oelem, elem) {
            return;
        }
        if elem == oelem {
            // One element representation: the runtime copies them (a list extended by itself
            // doubles, its length read first).
            self.rt("nx_list_extend", vec![r, other], MTy::None);
            return;
        }
        // Each element converted and appended (the lists differ, so `other` stays as long).
        let o = self.temp(ot);
        self.assign(o, Rvalue::Use(other));
        let (head, end, x) = self.list_loop(o, oelem, 0);
        let x = self.coerce(x, oelem, elem);
        self.op(Op::ListAppend(elem), vec![r, x], MTy::None);
        self.goto(head);
        self.cur = end;
    }

    /// The head of a counted loop over the list in local `xs` (elements `elem`) from index
    /// `start`: returns the loop's head and exit blocks and the current item, with the index
    /// already advanced. The caller emits the body, then `goto(head)` and continues at the exit.
    pub(super) fn list_loop(
        &mut self,
        xs: Local,
        elem: MTy,
        start: i64,
    ) -> (BlockId, BlockId, Operand) {
        let i = self.temp(MTy::Int);
        self.assign(i, Rvalue::Use(Operand::Int(start)));
        let (head, body_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.goto(head);
        let n = self.op(Op::ListLen, vec![Operand::Local(xs)], MTy::Int);
        let c = self.op(Op::IntCmp(CmpOp::Lt), vec![Operand::Local(i), n], MTy::Bool);
        self.body.block(self.cur).term = Terminator::Branch(c, body_b, end);
        self.cur = body_b;
        let x = self.op(
            Op::ListGet(elem, Index::Any),
            vec![Operand::Local(xs), Operand::Local(i)],
            elem,
        );
        self.assign(
            i,
            Rvalue::Op(Op::IntAdd, vec![Operand::Local(i), Operand::Int(1)]),
        );
        (head, end, x)
    }

    /// A lookup of key `x` (typed `xt`) in a dict whose keys are `k` (`d.get(x)`, `x in d`),
    /// as a `ty`: `found` with the key when it is one, `none` when `x` is None and the dict's
    /// keys never are (a key that may be None is only looked up when it is not).
    pub(super) fn unless_none_key(
        &mut self,
        (x, xt): (Operand, MTy),
        k: MTy,
        ty: MTy,
        none: impl FnOnce(&mut Self) -> Operand,
        found: impl FnOnce(&mut Self, Operand) -> Operand,
    ) -> Operand {
        let pointer_optional =
            matches!(xt, MTy::OptPtr(_) | MTy::OptInstance(_)) && self.strings.opt_inner(xt) == k;
        if xt == MTy::None && k != MTy::None && k != MTy::Dyn && !k.is_optional_value() {
            return none(self);
        }
        if !pointer_optional {
            let x = self.coerce(x, xt, k);
            return found(self, x);
        }
        let result = self.temp(ty);
        let is_none = self.op(Op::IsNull, vec![x.clone()], MTy::Bool);
        let (yes, no, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.body.block(self.cur).term = Terminator::Branch(is_none, yes, no);
        self.cur = yes;
        let v = none(self);
        self.assign(result, Rvalue::Use(v));
        self.goto(end);
        self.cur = no;
        // The same pointer, known not to be None.
        let v = found(self, x);
        self.assign(result, Rvalue::Use(v));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// `a.union(x, *sets)` and the other set methods of several arguments with a `*`: each
    /// item of a spread tuple, list or tuple of any length is one argument, applied in turn
    /// to the result so far as without the `*` (`infer/calls.rs` typed them so).
    fn set_method_spread(
        &mut self,
        r: Operand,
        rt: MTy,
        name: &str,
        args: &[Expr],
        ty: MTy,
    ) -> Operand {
        // A copy first when the result is a new set (the method may be applied to none;
        // a frozenset's is a frozenset); an `_update` form changes the set itself.
        let update = name.ends_with("update");
        let acc = self.temp(rt);
        let first = if update {
            r
        } else {
            self.rt("nx_set_copy_method", vec![r], rt)
        };
        self.assign(acc, Rvalue::Use(first));
        let apply = |b: &mut Self, x: (Operand, MTy)| {
            let out = b.container_method(Operand::Local(acc), rt, name, vec![x], ty);
            if !update {
                b.assign(acc, Rvalue::Use(out));
            }
        };
        for a in args {
            let ExprKind::Spread(seq) = &a.kind else {
                let v = (self.expr(a), self.ty(a));
                apply(self, v);
                continue;
            };
            let st = self.ty(seq);
            let xs = self.expr(seq);
            if let MTy::Tuple(t) = st {
                for (k, it) in self.strings.tuple_items(st).into_iter().enumerate() {
                    let x = self.op(Op::TupleGet(t, k as u32), vec![xs.clone()], it);
                    apply(self, (x, it));
                }
                continue;
            }
            let (items, lt) = self.tuple_as_list(xs, st);
            let item_ty = self.strings.list_elem(lt);
            let list = self.temp(lt);
            self.assign(list, Rvalue::Use(items));
            if item_ty == MTy::None {
                // (Of a list that is always empty: nothing to apply.)
                continue;
            }
            let (head, end, x) = self.list_loop(list, item_ty, 0);
            apply(self, (x, item_ty));
            self.goto(head);
            self.cur = end;
        }
        if update {
            Operand::None
        } else {
            Operand::Local(acc)
        }
    }

    /// Methods of dicts and sets.
    pub(super) fn container_method(
        &mut self,
        r: Operand,
        rt: MTy,
        name: &str,
        vals: Vec<(Operand, MTy)>,
        ty: MTy,
    ) -> Operand {
        if let MTy::Dict(_) = rt {
            let (k, v) = self.strings.dict_kv(rt);
            if name == "get"
                && vals[0].1 != k
                && (vals[0].1 == MTy::None
                    || matches!(vals[0].1, MTy::OptPtr(_) | MTy::OptInstance(_)))
            {
                // `d.get(key)` of a key that may be None: the default when it is.
                let key = vals[0].clone();
                let default = vals.get(1).cloned();
                return self.unless_none_key(
                    key,
                    k,
                    ty,
                    |b| match &default {
                        Some((d, dt)) => b.coerce(d.clone(), *dt, ty),
                        None => b.op(Op::NoneOf(ty), vec![], ty),
                    },
                    |b, x| {
                        let mut vals = vals.clone();
                        vals[0] = (x, k);
                        b.container_method(r.clone(), rt, name, vals, ty)
                    },
                );
            }
            let key = |this: &mut Self, i: usize| this.coerce(vals[i].0.clone(), vals[i].1, k);
            let val = |this: &mut Self, i: usize| this.coerce(vals[i].0.clone(), vals[i].1, v);
            return match (name, vals.len()) {
                // `d.get(k)` of a dict of instances (or of optional values): null (None)
                // when missing, in the representation of the values.
                ("get", 1)
                    if ty == v || matches!((v, ty), (MTy::Instance(_), MTy::OptInstance(_))) =>
                {
                    let a = key(self, 0);
                    let none = self.op(Op::NoneOf(ty), vec![], ty);
                    self.slots(
                        "nx_dict_get_default",
                        vec![r, a, none],
                        &[None, Some(k), Some(ty)],
                        Some(ty),
                        ty,
                    )
                }
                ("get", 1 | 2) if ty != v => {
                    // The stored value and the default (None when not given: `d.get(k)` of a
                    // dict of ints is an `Optional[int]`) have different types: look the key
                    // up, then take whichever value into the result's type.
                    let a = key(self, 0);
                    let has = self.slots(
                        "nx_dict_contains",
                        vec![r.clone(), a.clone()],
                        &[None, Some(k)],
                        None,
                        MTy::Bool,
                    );
                    let result = self.temp(ty);
                    let (hit, miss, end) = (
                        self.body.new_block(),
                        self.body.new_block(),
                        self.body.new_block(),
                    );
                    self.body.block(self.cur).term = Terminator::Branch(has, hit, miss);
                    self.cur = hit;
                    // A dict that never holds a value (`{}` never filled) finds nothing.
                    let none_ok = ty == MTy::None
                        || ty == MTy::Dyn
                        || ty.is_optional_value()
                        || matches!(ty, MTy::OptInstance(_) | MTy::OptPtr(_));
                    if v == MTy::None && !none_ok {
                        self.terminate(Terminator::Unreachable);
                    } else {
                        let x = self.slots("nx_dict_get", vec![r, a], &[None, Some(k)], Some(v), v);
                        let x = self.coerce(x, v, ty);
                        self.assign(result, Rvalue::Use(x));
                        self.goto(end);
                    }
                    self.cur = miss;
                    let d = match vals.get(1) {
                        Some((d, dt)) => self.coerce(d.clone(), *dt, ty),
                        None => self.op(Op::NoneOf(ty), vec![], ty),
                    };
                    self.assign(result, Rvalue::Use(d));
                    self.goto(end);
                    Operand::Local(result)
                }
                ("get", 2) => {
                    let (a, b) = (key(self, 0), val(self, 1));
                    self.slots(
                        "nx_dict_get_default",
                        vec![r, a, b],
                        &[None, Some(k), Some(v)],
                        Some(v),
                        ty,
                    )
                }
                ("setdefault", 2) => {
                    let (a, b) = (key(self, 0), val(self, 1));
                    self.slots(
                        "nx_dict_setdefault",
                        vec![r, a, b],
                        &[None, Some(k), Some(v)],
                        Some(v),
                        ty,
                    )
                }
                ("pop", 2) => {
                    let (a, b) = (key(self, 0), val(self, 1));
                    self.slots(
                        "nx_dict_pop_default",
                        vec![r, a, b],
                        &[None, Some(k), Some(v)],
                        Some(v),
                        ty,
                    )
                }
                ("pop", 1) => {
                    let a = key(self, 0);
                    self.slots("nx_dict_pop", vec![r, a], &[None, Some(k)], Some(v), ty)
                }
                ("keys" | "values" | "items", _) => {
                    // A view: the dict and the list of what it shows now.
                    let which = match name {
                        "keys" => 0,
                        "values" => 1,
                        _ => 2,
                    };
                    self.rt("nx_dict_view", vec![r, Operand::Int(which)], ty)
                }
                ("popitem", _) => self.rt("nx_dict_popitem", vec![r], ty),
                ("update", _) => self.rt("nx_dict_update", vec![r, vals[0].0.clone()], MTy::None),
                ("copy", _) => self.rt("nx_dict_copy_method", vec![r], ty),
                ("clear", _) => self.rt("nx_dict_clear", vec![r], MTy::None),
                (other, _) => panic!("MIR: dict.{other}() passed inference but has no lowering"),
            };
        }
        let e = self.strings.list_elem(rt);
        // `a.union(b, c)`: one argument at a time, on the result so far (the `_update` forms
        // on the set itself); `a.union()` is a copy.
        let several = crate::builtins::SET_METHODS_OF_SEVERAL.contains(&name);
        if several && vals.is_empty() && !name.ends_with("update") {
            return self.rt("nx_set_copy_method", vec![r], ty);
        }
        if several && vals.len() != 1 {
            let mut acc = r;
            for v in vals {
                let r = self.container_method(acc.clone(), rt, name, vec![v], ty);
                if !name.ends_with("update") {
                    acc = r;
                }
            }
            return if name.ends_with("update") {
                Operand::None
            } else {
                acc
            };
        }
        // `s.update(xs)` and the like of a list, tuple, str or dict: a set of its items first.
        let mut vals = vals;
        if let Some((v, t)) = vals.first().cloned() {
            if !matches!(t, MTy::Set(_)) && name == "update" {
                // Each item added in turn, as CPython's `set_update_internal` does for an
                // iterable that is not a set or dict (the table grows as it does there, so
                // `pop` order stays CPython's).
                let (items, item_ty) = self.items_list(v, t);
                if never_holds(item_ty, e) {
                    return Operand::None;
                }
                let lt = self.strings.list_ty(item_ty);
                let xs = self.temp(lt);
                self.assign(xs, Rvalue::Use(items));
                let (head, end, x) = self.list_loop(xs, item_ty, 0);
                let x = self.coerce(x, item_ty, e);
                self.slots("nx_set_add", vec![r, x], &[None, Some(e)], None, MTy::None);
                self.goto(head);
                self.cur = end;
                return Operand::None;
            }
            if !matches!(t, MTy::Set(_)) && name != "add" && name != "discard" && name != "remove" {
                let items = self.items_list(v, t);
                vals[0] = (self.set_of_items(Some(items), rt), rt);
            }
        }
        let elem = |this: &mut Self, i: usize| this.coerce(vals[i].0.clone(), vals[i].1, e);
        let other = || vals.first().map(|v| v.0.clone()).unwrap_or(Operand::None);
        match name {
            "add" | "discard" | "remove" => {
                let x = elem(self, 0);
                let f = match name {
                    "add" => "nx_set_add",
                    "discard" => "nx_set_discard",
                    _ => "nx_set_remove",
                };
                self.slots(f, vec![r, x], &[None, Some(e)], None, MTy::None)
            }
            "pop" => self.slots("nx_set_pop", vec![r], &[], Some(e), ty),
            "union" => self.rt("nx_set_union", vec![r, other()], ty),
            "intersection" => self.rt("nx_set_intersection", vec![r, other()], ty),
            "difference" => self.rt("nx_set_difference", vec![r, other()], ty),
            "symmetric_difference" => self.rt("nx_set_symmetric_difference", vec![r, other()], ty),
            "update" => self.rt("nx_set_update", vec![r, other()], MTy::None),
            "intersection_update" => {
                self.rt("nx_set_intersection_update", vec![r, other()], MTy::None)
            }
            "difference_update" => self.rt("nx_set_difference_update", vec![r, other()], MTy::None),
            "symmetric_difference_update" => self.rt(
                "nx_set_symmetric_difference_update",
                vec![r, other()],
                MTy::None,
            ),
            "issubset" => self.rt("nx_set_issubset", vec![r, other()], MTy::Bool),
            "issuperset" => self.rt("nx_set_issuperset", vec![r, other()], MTy::Bool),
            "isdisjoint" => self.rt("nx_set_isdisjoint", vec![r, other()], MTy::Bool),
            "copy" => self.rt("nx_set_copy_method", vec![r], ty),
            "clear" => self.rt("nx_set_clear", vec![r], MTy::None),
            _ => Operand::None,
        }
    }

    /// `min(xs)` / `max(xs)`: ValueError on an empty list, else the first extreme element.
    pub(super) fn list_extreme(&mut self, list: Operand, list_ty: MTy, is_min: bool) -> Operand {
        let elem = self.strings.list_elem(list_ty);
        let xs = self.temp(list_ty);
        self.assign(xs, Rvalue::Use(list));
        let n = self.op(Op::ListLen, vec![Operand::Local(xs)], MTy::Int);
        let empty = self.op(
            Op::IntCmp(CmpOp::Eq),
            vec![n.clone(), Operand::Int(0)],
            MTy::Bool,
        );
        let (bad, ok) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(empty, bad, ok);
        self.cur = bad;
        let msg = if is_min {
            "min() arg is an empty sequence"
        } else {
            "max() arg is an empty sequence"
        };
        self.op(Op::Raise(ExcKind::ValueError, msg), vec![], MTy::None);
        self.terminate(Terminator::Unreachable);
        self.cur = ok;
        let result = self.temp(elem);
        let first = self.op(
            Op::ListGet(elem, Index::Any),
            vec![Operand::Local(xs), Operand::Int(0)],
            elem,
        );
        self.assign(result, Rvalue::Use(first));
        let (head, end, x) = self.list_loop(xs, elem, 1);
        let op = if is_min { CmpOp::Lt } else { CmpOp::Gt };
        let better = self.compare_pair(op, (x.clone(), elem), (Operand::Local(result), elem));
        let (take, next) = (self.body.new_block(), self.body.new_block());
        self.body.block(self.cur).term = Terminator::Branch(better, take, next);
        self.cur = take;
        self.assign(result, Rvalue::Use(x));
        self.goto(next);
        self.goto(head);
        self.cur = end;
        Operand::Local(result)
    }

    /// A tuple of any length as a new list of its items (for iteration, `in` and the builtins
    /// over lists); other values unchanged.
    pub(super) fn tuple_as_list(&mut self, v: Operand, t: MTy) -> (Operand, MTy) {
        let MTy::TupleOf(l) = t else {
            return (v, t);
        };
        let e = self.strings.list_elem(t);
        let lt = MTy::List(l);
        let kind = Operand::Int(crate::mir::elem_kind(e) as i64);
        (self.rt("nx_tuple_to_list", vec![v, kind], lt), lt)
    }

    /// `obj[index]` (typed `ty`) of a tuple, a str, bytes, a list, a dict or a dynamic value.
    pub(super) fn index(&mut self, obj: &Expr, index: &Expr, ty: MTy) -> Operand {
        let ot = self.ty(obj);
        if let (MTy::Tuple(tt), ExprKind::Int(k)) = (ot, &index.kind) {
            let o = self.expr(obj);
            let n = self.strings.tuple_items(ot).len() as i64;
            let k = if *k < 0 { k + n } else { *k };
            return self.op(Op::TupleGet(tt, k as u32), vec![o], ty);
        }
        let o = self.expr(obj);
        // `xs[s]` of a slice object.
        if let MTy::Instance(c) = self.ty(index) {
            if self.prog.is_slice_class(c) {
                let s = self.expr(index);
                return self.slice_by_object((o, ot), s, c, ty);
            }
        }
        if ot == MTy::Dyn {
            let it = self.ty(index);
            let i = self.expr(index);
            let i = self.to_dyn(i, it);
            return self.rt("nx_dyn_getitem", vec![o, i], MTy::Dyn);
        }
        if let MTy::Dict(_) = ot {
            let (k, v) = self.strings.dict_kv(ot);
            let it = self.ty(index);
            let i = self.expr(index);
            let i = self.coerce(i, it, k);
            return self.slots("nx_dict_get", vec![o, i], &[None, Some(k)], Some(v), ty);
        }
        let i = self.index_expr(index, ot);
        if ot == MTy::Str {
            return self.rt("nx_str_getitem", vec![o, i], MTy::Str);
        }
        if ot == MTy::Bytes {
            return self.rt("nx_bytes_getitem", vec![o, i], MTy::Int);
        }
        if let MTy::TupleOf(_) | MTy::Tuple(_) = ot {
            if ty == MTy::Dyn && ot != MTy::Dyn {
                // Items of different types: the one at `i`, as a dynamic value.
                let i = self.to_dyn(i, MTy::Int);
                let o = self.to_dyn(o, ot);
                return self.rt("nx_dyn_getitem", vec![o, i], MTy::Dyn);
            }
            return self.slots("nx_tuple_getitem", vec![o, i], &[None, None], Some(ty), ty);
        }
        self.op(Op::ListGet(ty, Index::Any), vec![o, i], ty)
    }
}

/// Whether a container of `from` elements that is read into one of `to` elements must be
/// empty: its elements are typed None (nothing was ever put in it, `xs.extend([])`) while the
/// other's cannot be None.
pub(super) fn never_holds(from: MTy, to: MTy) -> bool {
    from == MTy::None && to != MTy::None && to != MTy::Dyn && !to.is_optional_value()
}

impl Builder<'_> {
    /// Whether a value of type `from`, sought among items of type `elem` (`in`, `index`,
    /// `count`, `remove`), is of another kind that no conversion makes an item (a str or float
    /// among ints, also among ints that may be None): then it is compared as a dynamic value.
    pub(super) fn sought_as_dyn(&self, from: MTy, elem: MTy) -> bool {
        let base = if elem.is_optional_value() {
            if from == MTy::None {
                return false;
            }
            self.strings.opt_inner(elem)
        } else {
            elem
        };
        let scalar = |t: MTy| matches!(t, MTy::Int | MTy::Float | MTy::Bool | MTy::None | MTy::Str);
        from != elem
            && from != base
            && from != MTy::Dyn
            && base != MTy::Dyn
            && !never_holds(elem, from)
            && !matches!(
                (from, base),
                (MTy::Bool, MTy::Int | MTy::Float) | (MTy::Int, MTy::Float)
            )
            && (scalar(from) || scalar(base))
    }
}

impl Builder<'_> {
    /// `r.name(args)` on a list, dict or set held in the dynamic value `r`: dispatched by the
    /// runtime by name (AttributeError for any other value).
    pub(super) fn dyn_container_method(
        &mut self,
        r: Operand,
        name: &str,
        args: Vec<(Operand, MTy)>,
    ) -> Operand {
        let lt = self.strings.list_ty(MTy::Dyn);
        let list = self.op(Op::ListNew(MTy::Dyn), vec![], lt);
        for (v, t) in args {
            let v = self.to_dyn(v, t);
            self.op(Op::ListAppend(MTy::Dyn), vec![list.clone(), v], MTy::None);
        }
        let n = self.strings.intern(name);
        self.rt("nx_dyn_call_method", vec![r, n, list], MTy::Dyn)
    }

    /// `d[k] = d.get(k, c) + x` and `d[k] += x` (which resolve made `d[k] = d[k] + x`) of a
    /// dict of ints, with `x` an int constant or variable: one lookup (`nx_dict_add_int_get`,
    /// `nx_dict_add_int`) where CPython does two. Only for keys whose hash and `==` run no
    /// Python code, so hashing once instead of twice cannot show. Returns false, emitting
    /// nothing, for any other assignment.
    pub(super) fn dict_add_int(&mut self, obj: &Expr, index: &Expr, value: &Expr) -> bool {
        let (ExprKind::Load(d), ExprKind::Load(k)) = (&obj.kind, &index.kind) else {
            return false;
        };
        let ExprKind::Binary(BinOp::Add, old, delta) = &value.kind else {
            return false;
        };
        if !matches!(delta.kind, ExprKind::Int(_) | ExprKind::Load(_)) {
            return false;
        }
        let same = |e: &Expr, p: &Place| matches!(&e.kind, ExprKind::Load(q) if q == p);
        let start = match &old.kind {
            ExprKind::Index(o, i) if same(o, d) && same(i, k) => None,
            ExprKind::Method {
                recv,
                name,
                args,
                keywords,
            } if name == "get"
                && keywords.is_empty()
                && args.len() == 2
                && same(recv, d)
                && same(&args[0], k)
                && matches!(args[1].kind, ExprKind::Int(_)) =>
            {
                Some(&args[1])
            }
            _ => return false,
        };
        let ot = self.ty(obj);
        if !matches!(ot, MTy::Dict(_)) {
            return false;
        }
        let (kt, vt) = self.strings.dict_kv(ot);
        let ints = [self.ty(value), self.ty(old), self.ty(delta)];
        if vt != MTy::Int
            || ints.iter().any(|t| *t != MTy::Int)
            || self.ty(index) != kt
            || !self.plain_key(kt)
        {
            return false;
        }
        let o = self.expr(obj);
        let key = self.expr(index);
        let x = self.expr(delta);
        match start {
            Some(c) => {
                let c = self.expr(c);
                self.slots(
                    "nx_dict_add_int_get",
                    vec![o, key, c, x],
                    &[None, Some(kt)],
                    None,
                    MTy::None,
                )
            }
            None => self.slots(
                "nx_dict_add_int",
                vec![o, key, x],
                &[None, Some(kt)],
                None,
                MTy::None,
            ),
        };
        true
    }

    /// A key type whose hash and `==` run no Python code and cannot raise.
    fn plain_key(&self, t: MTy) -> bool {
        match t {
            MTy::Int | MTy::Float | MTy::Bool | MTy::Str | MTy::None | MTy::Bytes => true,
            MTy::Tuple(_) => self
                .strings
                .tuple_items(t)
                .into_iter()
                .all(|i| self.plain_key(i)),
            _ => false,
        }
    }
}

impl Builder<'_> {
    /// `xs + [v]` of lists and `s | {v}` of sets (a new container with one more item, as
    /// nqueens builds its partial solutions): a copy of `xs` with `v` appended, and
    /// `nx_set_union_item`, without the one-item display. `None`, emitting nothing, for any
    /// other operation.
    pub(super) fn with_one_item(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        ty: MTy,
    ) -> Option<Operand> {
        let spec = self.typed.spec(self.spec);
        if spec.dunder_calls.contains_key(&e.id) || spec.reflected_calls.contains_key(&e.id) {
            return None;
        }
        let func = spec.func;
        if self.prog.func(func).inplace.contains(&e.id) || self.ty(l) != ty {
            return None;
        }
        let item = match (op, ty, &r.kind) {
            (BinOp::Add, MTy::List(_), ExprKind::List(items))
            | (BinOp::BitOr, MTy::Set(_), ExprKind::Set(items))
                if items.len() == 1 =>
            {
                &items[0]
            }
            _ => return None,
        };
        let elem = self.strings.list_elem(ty);
        let (a, b) = self.left_operand(l, item);
        let it = self.ty(item);
        let v = self.coerce(b, it, elem);
        Some(match ty {
            MTy::List(_) => {
                let copy = self.rt("nx_list_copy", vec![a], ty);
                self.op(Op::ListAppend(elem), vec![copy.clone(), v], MTy::None);
                copy
            }
            _ => self.slots(
                "nx_set_union_item",
                vec![a, v],
                &[None, Some(elem)],
                None,
                ty,
            ),
        })
    }

    /// An index into a sequence of type `seq` as an int; a dynamic value that is not an int
    /// raises CPython's TypeError naming the sequence (`list indices must be integers or
    /// slices, not str`).
    pub(super) fn index_expr(&mut self, e: &Expr, seq: MTy) -> Operand {
        if self.ty(e) != MTy::Dyn {
            return self.int_expr(e);
        }
        let v = self.expr(e);
        let what = match seq {
            MTy::Tuple(_) | MTy::TupleOf(_) => natrix_abi::IndexedSeq::Tuple,
            MTy::Str => natrix_abi::IndexedSeq::Str,
            MTy::Bytes => natrix_abi::IndexedSeq::Bytes,
            _ => natrix_abi::IndexedSeq::List,
        };
        self.rt(
            "nx_dyn_to_index",
            vec![v, Operand::Int(what as i64)],
            MTy::Int,
        )
    }
}
