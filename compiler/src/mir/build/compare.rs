//! MIR lowering of comparisons: chains with short circuit, per-type comparison operations, and
//! instances through their dunders or identity.

use super::*;

impl Builder<'_> {
    pub(super) fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> Operand {
        if let [(op, r)] = rest {
            // One comparison: no chain, no short circuit.
            let (a, b) = self.left_operand(first, r);
            let (left, right) = ((a, self.ty(first)), (b, self.ty(r)));
            let (left, right) = self.views_as_sets((first, left), (r, right));
            return self.compare_at(*op, left, right, r);
        }
        let result = self.temp(MTy::Bool);
        let end = self.body.new_block();
        let mut left = (self.expr(first), self.ty(first));
        let mut left_e = first;
        for (i, (op, r)) in rest.iter().enumerate() {
            let right = (self.expr(r), self.ty(r));
            let (l, rv) = self.views_as_sets((left_e, left.clone()), (r, right.clone()));
            let c = self.compare_at(*op, l, rv, r);
            left_e = r;
            self.assign(result, Rvalue::Use(c));
            if i + 1 < rest.len() {
                let next = self.body.new_block();
                self.body.block(self.cur).term =
                    Terminator::Branch(Operand::Local(result), next, end);
                self.cur = next;
            }
            left = right;
        }
        self.goto(end);
        Operand::Local(result)
    }

    /// Two compared operands, with a keys or items view turned into a set of its items when
    /// the other is a set or such a view (they compare as sets, as in CPython).
    fn views_as_sets(
        &mut self,
        (le, left): (&Expr, (Operand, MTy)),
        (re, right): (&Expr, (Operand, MTy)),
    ) -> ((Operand, MTy), (Operand, MTy)) {
        use crate::types::SeqKind;
        let setlike = |b: &Self, e: &Expr| {
            let t = b.typed.spec(b.spec).exprs[e.id.0 as usize];
            matches!(b.typed.types.view(t), Some(SeqKind::Keys | SeqKind::Items))
        };
        let (ls, rs) = (setlike(self, le), setlike(self, re));
        let set_or = |s: bool, t: MTy| s || matches!(t, MTy::Set(_));
        if !(ls || rs) || !set_or(ls, left.1) || !set_or(rs, right.1) {
            return (left, right);
        }
        let conv = |b: &mut Self, s: bool, (v, t): (Operand, MTy)| {
            if !s {
                return (v, t);
            }
            let e = b.strings.list_elem(t);
            let MTy::List(l) = b.strings.list_ty(e) else {
                unreachable!("a list type")
            };
            let st = MTy::Set(l);
            (b.set_of_items(Some((v, e)), st), st)
        };
        let left = conv(self, ls, left);
        let right = conv(self, rs, right);
        (left, right)
    }

    /// One comparison of a chain whose right operand is `r`: instances compare through the
    /// dunder method inference chose for it (recorded under `r`), else by identity.
    pub(super) fn compare_at(
        &mut self,
        op: CmpOp,
        left: (Operand, MTy),
        right: (Operand, MTy),
        r: &Expr,
    ) -> Operand {
        let spec = self.typed.spec(self.spec);
        let left_instance = matches!(left.1, MTy::Instance(_) | MTy::OptInstance(_));
        let reflected = spec.reflected_calls.get(&r.id.comparison()).copied();
        // `a > b` as `b.__lt__(a)`; `(1, 2) == p` as `p.__eq__((1, 2))` (`!=` negates it), as
        // inference recorded (`infer/objects.rs`).
        if let Some(dunder) =
            reflected.filter(|_| left_instance || matches!(right.1, MTy::Instance(_)))
        {
            let rt = self.dunder_ty(r.id.comparison(), dunder);
            let nullable = matches!(right.1, MTy::OptInstance(_));
            let t = self.dunder_call(
                r.id.comparison(),
                dunder,
                vec![right.0, left.0],
                rt,
                nullable,
            );
            let v = self.truthy(t, rt);
            return if op == CmpOp::Ne {
                self.op(Op::BoolNot, vec![v], MTy::Bool)
            } else {
                v
            };
        }
        if !left_instance {
            // A value of a builtin type and an instance without `__eq__`: never the same.
            let builtin = !matches!(left.1, MTy::Dyn | MTy::OptInstance(_) | MTy::Instance(_))
                && !left.1.is_optional_value();
            if builtin && matches!(right.1, MTy::Instance(_)) && matches!(op, CmpOp::Eq | CmpOp::Ne)
            {
                return Operand::Bool(op == CmpOp::Ne);
            }
            return self.compare_pair(op, left, right);
        }
        let runtime = spec.runtime_eqs.contains(&r.id.comparison());
        if runtime && matches!(op, CmpOp::Lt | CmpOp::Gt) {
            // Ordered by subclasses' `__lt__`/`__gt__`, through the class tables.
            let code = match op {
                CmpOp::Lt => natrix_abi::DynCmp::Lt,
                _ => natrix_abi::DynCmp::Gt,
            };
            let args = vec![Operand::Int(code as i64), left.0, right.0];
            return self.rt("nx_dyn_compare", args, MTy::Bool);
        }
        let eq = match self
            .typed
            .spec(self.spec)
            .dunder_calls
            .get(&r.id.comparison())
            .copied()
        {
            // `x == y` of an `x` that may be None: None equals only None (its `__eq__` is
            // not called).
            Some(dunder)
                if matches!(left.1, MTy::OptInstance(_)) && matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let (l, (rv, rt)) = (left.0.clone(), right.clone());
                let key = r.id.comparison();
                self.if_none(
                    l,
                    MTy::Bool,
                    |b| match rt {
                        MTy::None => Operand::Bool(true),
                        MTy::OptInstance(_) => b.op(Op::IsNull, vec![rv], MTy::Bool),
                        _ => Operand::Bool(false),
                    },
                    |b| {
                        let ty = b.dunder_ty(key, dunder);
                        let t = b.dunder_call(key, dunder, vec![left.0, right.0], ty, false);
                        b.truthy(t, ty)
                    },
                )
            }
            Some(dunder) => {
                let rt = self.dunder_ty(r.id.comparison(), dunder);
                let nullable = matches!(left.1, MTy::OptInstance(_));
                let t = self.dunder_call(
                    r.id.comparison(),
                    dunder,
                    vec![left.0, right.0],
                    rt,
                    nullable,
                );
                self.truthy(t, rt)
            }
            None => match (left.1, right.1) {
                (MTy::OptInstance(_), MTy::None) => self.op(Op::IsNull, vec![left.0], MTy::Bool),
                (_, MTy::None) => Operand::Bool(false),
                // A subclass's `__eq__`, through the class tables.
                _ if self
                    .typed
                    .spec(self.spec)
                    .runtime_eqs
                    .contains(&r.id.comparison()) =>
                {
                    let code = Operand::Int(natrix_abi::DynCmp::Eq as i64);
                    self.rt("nx_dyn_compare", vec![code, left.0, right.0], MTy::Bool)
                }
                // An instance and a value of a builtin type (`node == "root"`): never the
                // same object.
                (_, rt) if !matches!(rt, MTy::Instance(_) | MTy::OptInstance(_) | MTy::Dyn) => {
                    Operand::Bool(false)
                }
                _ => self.op(Op::PtrEq, vec![left.0, right.0], MTy::Bool),
            },
        };
        if op == CmpOp::Ne {
            self.op(Op::BoolNot, vec![eq], MTy::Bool)
        } else {
            eq
        }
    }

    /// `x in range(a, b, c)` of an int `x` (CPython's `range_contains_long`): within the bounds
    /// and a whole number of steps from `a`, without making the range; a zero step raises
    /// `range()`'s ValueError first. The operands are evaluated in order, `x` first.
    pub(super) fn range_contains(&mut self, item: &Expr, bounds: &[Expr]) -> Operand {
        let it = self.ty(item);
        let x = self.expr(item);
        let x = self.coerce(x, it, MTy::Int);
        let mut v = vec![];
        for b in bounds {
            let bt = self.ty(b);
            let o = self.expr(b);
            v.push(self.coerce(o, bt, MTy::Int));
        }
        let [a, b, c] = [v[0].clone(), v[1].clone(), v[2].clone()];
        let int = |this: &mut Self, op: Op, args: Vec<Operand>| this.op(op, args, MTy::Int);
        let test = |this: &mut Self, op: CmpOp, l: Operand, r: Operand| {
            this.op(Op::IntCmp(op), vec![l, r], MTy::Bool)
        };
        let all = |this: &mut Self, tests: Vec<Operand>| {
            tests
                .into_iter()
                .reduce(|p, q| this.op(Op::BoolAnd, vec![p, q], MTy::Bool))
                .expect("tests")
        };
        // Upward: a <= x < b, (x - a) % c == 0 (a step of 1 always divides).
        let up = |this: &mut Self, a: Operand, b: Operand, c: Operand| {
            let mut tests = vec![
                test(this, CmpOp::Le, a.clone(), x.clone()),
                test(this, CmpOp::Lt, x.clone(), b),
            ];
            if c != Operand::Int(1) {
                let d = int(this, Op::IntSub, vec![x.clone(), a]);
                let r = int(this, Op::IntMod, vec![d, c]);
                tests.push(test(this, CmpOp::Eq, r, Operand::Int(0)));
            }
            all(this, tests)
        };
        if let Operand::Int(k) = c {
            if k > 0 {
                return up(self, a, b, c);
            }
        }
        self.range_step_check(c.clone());
        // Downward: b < x <= a, (a - x) % -c == 0.
        let rising = test(self, CmpOp::Gt, c.clone(), Operand::Int(0));
        let upward = up(self, a.clone(), b.clone(), c.clone());
        let back = int(self, Op::IntNeg, vec![c]);
        let d = int(self, Op::IntSub, vec![a.clone(), x.clone()]);
        let r = int(self, Op::IntMod, vec![d, back]);
        let tests = vec![
            test(self, CmpOp::Lt, b, x.clone()),
            test(self, CmpOp::Le, x.clone(), a),
            test(self, CmpOp::Eq, r, Operand::Int(0)),
        ];
        let downward = all(self, tests);
        let falling = self.op(Op::BoolNot, vec![rising.clone()], MTy::Bool);
        let u = self.op(Op::BoolAnd, vec![rising, upward], MTy::Bool);
        let d = self.op(Op::BoolAnd, vec![falling, downward], MTy::Bool);
        self.op(Op::BoolOr, vec![u, d], MTy::Bool)
    }

    /// `==` of `x` against each item of tuple `t` (of type `tt`) in order, skipping items of
    /// a kind never equal to it: `hit(k, next)` runs in the block of an equal item `k` and
    /// must leave it (to `next`, the rest of the tests, or out). Ends in the block after the
    /// last test.
    fn tuple_item_tests(
        &mut self,
        x: &(Operand, MTy),
        t: &Operand,
        tt: TupleTy,
        mut hit: impl FnMut(&mut Self, usize, BlockId),
    ) {
        let items = self.strings.tuple_items(MTy::Tuple(tt));
        for (k, ity) in items.into_iter().enumerate() {
            if never_equal(x.1, ity) {
                continue;
            }
            let item = self.op(Op::TupleGet(tt, k as u32), vec![t.clone()], ity);
            let eq = self.compare_pair(CmpOp::Eq, x.clone(), (item, ity));
            let (on_eq, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(eq, on_eq, next);
            self.cur = on_eq;
            hit(self, k, next);
            self.cur = next;
        }
    }

    /// `x in t` for a tuple `t` of type `tt`: stops at the first equal item.
    pub(super) fn tuple_contains(&mut self, x: (Operand, MTy), t: Operand, tt: TupleTy) -> Operand {
        let result = self.temp(MTy::Bool);
        self.assign(result, Rvalue::Use(Operand::Bool(false)));
        let end = self.body.new_block();
        self.tuple_item_tests(&x, &t, tt, |b, _, _| {
            b.assign(result, Rvalue::Use(Operand::Bool(true)));
            b.goto(end);
        });
        self.goto(end);
        Operand::Local(result)
    }

    /// `t.index(x)` (`index`) or `t.count(x)` of a tuple `t` of type `tt`: `index` stops at
    /// the first equal item, or raises CPython's ValueError.
    pub(super) fn tuple_search(
        &mut self,
        x: (Operand, MTy),
        t: Operand,
        tt: TupleTy,
        index: bool,
    ) -> Operand {
        let result = self.temp(MTy::Int);
        self.assign(result, Rvalue::Use(Operand::Int(0)));
        let end = self.body.new_block();
        self.tuple_item_tests(&x, &t, tt, |b, k, next| {
            if index {
                b.assign(result, Rvalue::Use(Operand::Int(k as i64)));
                b.goto(end);
            } else {
                let more = b.op(
                    Op::SmallIntAdd,
                    vec![Operand::Local(result), Operand::Int(1)],
                    MTy::Int,
                );
                b.assign(result, Rvalue::Use(more));
                b.goto(next);
            }
        });
        if index {
            let msg = "tuple.index(x): x not in tuple";
            self.op(Op::Raise(ExcKind::ValueError, msg), vec![], MTy::None);
            self.terminate(Terminator::Unreachable);
        }
        self.goto(end);
        Operand::Local(result)
    }

    pub(super) fn compare_pair(
        &mut self,
        op: CmpOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
    ) -> Operand {
        if at == MTy::Dyn || bt == MTy::Dyn {
            return self.dyn_compare(op, (a, at), (b, bt));
        }
        if at.is_optional_value() || bt.is_optional_value() {
            return self.compare_optional(op, (a, at), (b, bt));
        }
        // Of different kinds (`(1, 2) == [1, 2]`): never equal.
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && never_equal(at, bt) {
            return Operand::Bool(op == CmpOp::Ne);
        }
        match (at, bt) {
            // Function values (pointers, as objects held in a `Dyn`): through their `==`.
            (MTy::Func, MTy::Func) => self.dyn_compare(op, (a, MTy::Dyn), (b, MTy::Dyn)),
            // Instances of one class (`self in (A.X, A.Y)`): the runtime's `==` of objects,
            // the class's `__eq__` or identity.
            (MTy::Instance(_) | MTy::OptInstance(_), MTy::Instance(_) | MTy::OptInstance(_))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let a = self.coerce(a, at, MTy::Dyn);
                let b = self.coerce(b, bt, MTy::Dyn);
                self.dyn_compare(op, (a, MTy::Dyn), (b, MTy::Dyn))
            }
            (MTy::Bytes, MTy::Bytes) => {
                let code = match op {
                    CmpOp::Eq => 0,
                    CmpOp::Ne => 1,
                    CmpOp::Lt => 2,
                    CmpOp::Le => 3,
                    CmpOp::Gt => 4,
                    CmpOp::Ge => 5,
                };
                self.rt("nx_bytes_cmp", vec![a, b, Operand::Int(code)], MTy::Bool)
            }
            (MTy::Bytes, _) | (_, MTy::Bytes) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Operand::Bool(op == CmpOp::Ne)
            }
            // A str and a number (or None and either): never equal.
            (MTy::Str, MTy::Int | MTy::Float | MTy::Bool | MTy::None)
            | (MTy::Int | MTy::Float | MTy::Bool | MTy::None, MTy::Str)
            | (MTy::None, MTy::Int | MTy::Float | MTy::Bool)
            | (MTy::Int | MTy::Float | MTy::Bool, MTy::None)
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                Operand::Bool(op == CmpOp::Ne)
            }
            (MTy::Set(_), _) if matches!(op, CmpOp::Lt | CmpOp::Gt) => {
                // A proper subset (superset): a subset (superset) of another size.
                let f = if op == CmpOp::Lt {
                    "nx_set_issubset"
                } else {
                    "nx_set_issuperset"
                };
                let sub = self.rt(f, vec![a.clone(), b.clone()], MTy::Bool);
                let (na, nb) = (
                    self.rt("nx_set_len", vec![a], MTy::Int),
                    self.rt("nx_set_len", vec![b], MTy::Int),
                );
                let differ = self.op(Op::IntCmp(CmpOp::Ne), vec![na, nb], MTy::Bool);
                self.op(Op::BoolAnd, vec![sub, differ], MTy::Bool)
            }
            (MTy::Dict(_) | MTy::Set(_), _) => {
                let f = match (at, op) {
                    (MTy::Dict(_), _) => "nx_dict_eq",
                    (_, CmpOp::Le) => "nx_set_issubset",
                    (_, CmpOp::Ge) => "nx_set_issuperset",
                    _ => "nx_set_eq",
                };
                let r = self.rt(f, vec![a, b], MTy::Bool);
                if op == CmpOp::Ne {
                    self.op(Op::BoolNot, vec![r], MTy::Bool)
                } else {
                    r
                }
            }
            (MTy::Tuple(_) | MTy::TupleOf(_), _) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.op(Op::TupleEq, vec![a, b], MTy::Bool);
                if op == CmpOp::Eq {
                    eq
                } else {
                    self.op(Op::BoolNot, vec![eq], MTy::Bool)
                }
            }
            (MTy::Tuple(_), MTy::Tuple(_)) if self.inline_tuple_order(at, bt) => {
                self.tuple_order(op, (a, at), (b, bt))
            }
            (MTy::Tuple(_) | MTy::TupleOf(_), _) => {
                self.op(Op::TupleCmp(op), vec![a, b], MTy::Bool)
            }
            (MTy::List(_), _) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.op(Op::ListEq, vec![a, b], MTy::Bool);
                if op == CmpOp::Eq {
                    eq
                } else {
                    self.op(Op::BoolNot, vec![eq], MTy::Bool)
                }
            }
            (MTy::List(_), _) => self.op(Op::ListCmp(op), vec![a, b], MTy::Bool),
            (MTy::Str, _) => self.op(Op::StrCmp(op), vec![a, b], MTy::Bool),
            (MTy::None, MTy::None) => Operand::Bool(matches!(op, CmpOp::Eq)),
            // None and a value that is never None (a list, an instance, …).
            (MTy::None, _) | (_, MTy::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                Operand::Bool(op == CmpOp::Ne)
            }
            // int vs float compares exactly (2**53 + 1 != 2.0**53), never through a float.
            (MTy::Int | MTy::Bool, MTy::Float) => {
                let a = self.coerce(a, at, MTy::Int);
                self.op(Op::IntFloatCmp(op), vec![a, b], MTy::Bool)
            }
            (MTy::Float, MTy::Int | MTy::Bool) => {
                let b = self.coerce(b, bt, MTy::Int);
                self.op(Op::IntFloatCmp(op.reversed()), vec![b, a], MTy::Bool)
            }
            (MTy::Float, _) => {
                let a = self.coerce(a, at, MTy::Float);
                let b = self.coerce(b, bt, MTy::Float);
                self.op(Op::FloatCmp(op), vec![a, b], MTy::Bool)
            }
            _ => {
                let a = self.coerce(a, at, MTy::Int);
                let b = self.coerce(b, bt, MTy::Int);
                self.op(Op::IntCmp(op), vec![a, b], MTy::Bool)
            }
        }
    }

    /// Whether tuples of types `a` and `b` order inline (`tuple_order`): the items they share
    /// positions with are both numbers or both strs (others take the runtime's path, which
    /// raises the TypeError).
    fn inline_tuple_order(&self, a: MTy, b: MTy) -> bool {
        let num = |t: &MTy| matches!(t, MTy::Int | MTy::Bool | MTy::Float);
        let (x, y) = (self.strings.tuple_items(a), self.strings.tuple_items(b));
        x.iter()
            .zip(&y)
            .all(|(p, q)| (num(p) && num(q)) || (*p == MTy::Str && *q == MTy::Str))
    }

    /// `a < b` (or `<=`, `>`, `>=`) of two tuples of numbers and strs, inline: the first items
    /// that differ decide, with that order; if one tuple is a prefix of the other, the lengths
    /// do (CPython's lexicographic rule, `==` finding the first difference, so a NaN item
    /// decides as NaN does). Heaps and sorts of `(priority, item)` tuples run on this.
    fn tuple_order(
        &mut self,
        op: CmpOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
    ) -> Operand {
        let (ai, bi) = (self.strings.tuple_items(at), self.strings.tuple_items(bt));
        let (MTy::Tuple(ta), MTy::Tuple(tb)) = (at, bt) else {
            unreachable!("tuple_order of tuples")
        };
        let result = self.temp(MTy::Bool);
        let end = self.body.new_block();
        for k in 0..ai.len().min(bi.len()) {
            let x = self.op(Op::TupleGet(ta, k as u32), vec![a.clone()], ai[k]);
            let y = self.op(Op::TupleGet(tb, k as u32), vec![b.clone()], bi[k]);
            let same = self.compare_pair(CmpOp::Eq, (x.clone(), ai[k]), (y.clone(), bi[k]));
            let (differ, next) = (self.body.new_block(), self.body.new_block());
            self.body.block(self.cur).term = Terminator::Branch(same, next, differ);
            self.cur = differ;
            let r = self.compare_pair(op, (x, ai[k]), (y, bi[k]));
            self.assign(result, Rvalue::Use(r));
            self.goto(end);
            self.cur = next;
        }
        let (n, m) = (ai.len(), bi.len());
        let by_len = match op {
            CmpOp::Lt => n < m,
            CmpOp::Le => n <= m,
            CmpOp::Gt => n > m,
            CmpOp::Ge => n >= m,
            CmpOp::Eq => n == m,
            CmpOp::Ne => n != m,
        };
        self.assign(result, Rvalue::Use(Operand::Bool(by_len)));
        self.goto(end);
        self.cur = end;
        Operand::Local(result)
    }

    /// `==`/`!=` with an `Optional[T]` operand of a str or container (inference allows only
    /// these on one): None equals only None; otherwise the values compare as `T`.
    fn compare_optional(
        &mut self,
        op: CmpOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
    ) -> Operand {
        let ne = op == CmpOp::Ne;
        let (ai, bi) = (self.strings.opt_inner(at), self.strings.opt_inner(bt));
        let eq = match (at, bt) {
            (_, MTy::None) => self.op(Op::IsNull, vec![a], MTy::Bool),
            (MTy::None, _) => self.op(Op::IsNull, vec![b], MTy::Bool),
            _ if at.is_optional_value() && bt.is_optional_value() => {
                let (a2, b2, b3) = (a.clone(), b.clone(), b.clone());
                self.if_none(
                    a,
                    MTy::Bool,
                    |x| x.op(Op::IsNull, vec![b3], MTy::Bool),
                    |x| {
                        x.if_none(
                            b2.clone(),
                            MTy::Bool,
                            |_| Operand::Bool(false),
                            |y| y.compare_pair(CmpOp::Eq, (a2, ai), (b2, bi)),
                        )
                    },
                )
            }
            _ if at.is_optional_value() => {
                let a2 = a.clone();
                self.if_none(
                    a,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |x| x.compare_pair(CmpOp::Eq, (a2, ai), (b, bt)),
                )
            }
            _ => {
                let b2 = b.clone();
                self.if_none(
                    b,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |x| x.compare_pair(CmpOp::Eq, (a, at), (b2, bi)),
                )
            }
        };
        if ne {
            self.op(Op::BoolNot, vec![eq], MTy::Bool)
        } else {
            eq
        }
    }
}

/// Whether values of static types `a` and `b` can never be `==`: of different kinds among
/// numbers, strs, bytes, None, lists, tuples, dicts, sets and functions (an instance, whose
/// `__eq__` may say otherwise, a value that may be None and one of run-time type may be equal
/// to anything).
pub(super) fn never_equal(a: MTy, b: MTy) -> bool {
    fn kind(t: MTy) -> Option<u8> {
        Some(match t {
            MTy::Int | MTy::Float | MTy::Bool => 0,
            MTy::Str => 1,
            MTy::Bytes => 2,
            MTy::None => 3,
            MTy::List(_) => 4,
            MTy::Tuple(_) | MTy::TupleOf(_) => 5,
            MTy::Dict(_) => 6,
            MTy::Set(_) => 7,
            MTy::Func => 8,
            _ => return None,
        })
    }
    matches!((kind(a), kind(b)), (Some(x), Some(y)) if x != y)
}
