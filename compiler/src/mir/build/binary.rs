//! MIR lowering of binary operators on values of static types: numbers (with Python's floor
//! division, modulo and true division), strs, bytes, lists, tuples, sets and dicts, and the
//! augmented forms that change a list, set or dict in place.

use super::*;

impl Builder<'_> {
    /// `xs += ys`, `xs *= n`, `s |= t` (and `&= -= ^=`), `d |= e`: a list, set or dict is
    /// changed in place, so every other reference sees the change, and is the result. `None`
    /// for the other types (their augmented operators make a new value).
    pub(super) fn inplace_binary(
        &mut self,
        op: BinOp,
        (a, at): (Operand, MTy),
        (b, bt): (Operand, MTy),
        ty: MTy,
    ) -> Option<Operand> {
        match (at, op) {
            (MTy::List(_), BinOp::Add) if matches!(bt, MTy::List(_)) && at == ty => {
                self.list_extend(a.clone(), at, b, bt);
            }
            // Of any other iterable (a str, tuple, set or dict): its items as a list first.
            (MTy::List(_), BinOp::Add) if at == ty => {
                let (items, it) = self.iterable_list(b, bt);
                self.list_extend(a.clone(), at, items, it);
            }
            (MTy::List(_), BinOp::Mul) if at == ty => {
                let n = self.coerce(b, bt, MTy::Int);
                self.rt("nx_list_irepeat", vec![a.clone(), n], MTy::None);
            }
            (MTy::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if at == ty =>
            {
                let b = match bt {
                    MTy::List(_) => {
                        let e = self.strings.list_elem(bt);
                        self.set_of_items(Some((b, e)), ty)
                    }
                    _ => b,
                };
                let f = match op {
                    BinOp::BitOr => "nx_set_update",
                    BinOp::BitAnd => "nx_set_intersection_update",
                    BinOp::Sub => "nx_set_difference_update",
                    _ => "nx_set_symmetric_difference_update",
                };
                self.rt(f, vec![a.clone(), b], MTy::None);
            }
            (MTy::Dict(_), BinOp::BitOr) if at == ty => {
                self.rt("nx_dict_update", vec![a.clone(), b], MTy::None);
            }
            _ => return None,
        }
        Some(a)
    }

    /// `a + b + c + …` of strs (an f-string, a chain of `+`): every piece evaluated left to
    /// right, then one concatenation of them all, where pairwise `+` would make (and copy) a
    /// string per `+`. `None` for fewer than three pieces.
    pub(super) fn str_concat_chain(&mut self, e: &Expr) -> Option<Operand> {
        if !self.is_str_add(e) {
            return None;
        }
        let mut pieces = vec![];
        self.str_pieces(e, &mut pieces);
        if pieces.len() < 3 {
            return None;
        }
        let ops = pieces.iter().map(|p| self.expr(p)).collect();
        Some(self.op(Op::StrConcatN, ops, MTy::Str))
    }

    /// Whether `e` is `+` of two strs (no user method involved).
    fn is_str_add(&mut self, e: &Expr) -> bool {
        let ExprKind::Binary(BinOp::Add, l, r) = &e.kind else {
            return false;
        };
        if self.ty(e) != MTy::Str || self.ty(l) != MTy::Str || self.ty(r) != MTy::Str {
            return false;
        }
        let spec = self.typed.spec(self.spec);
        !spec.dunder_calls.contains_key(&e.id) && !spec.reflected_calls.contains_key(&e.id)
    }

    /// The operands of a tree of str `+`, left to right.
    fn str_pieces<'e>(&mut self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        match &e.kind {
            ExprKind::Binary(BinOp::Add, l, r) if self.is_str_add(e) => {
                self.str_pieces(l, out);
                self.str_pieces(r, out);
            }
            _ => out.push(e),
        }
    }

    pub(super) fn binary(
        &mut self,
        op: BinOp,
        a: Operand,
        at: MTy,
        b: Operand,
        bt: MTy,
        ty: MTy,
    ) -> Operand {
        if ty == MTy::Dyn {
            return self.dyn_binop(op, (a, at), (b, bt));
        }
        if ty == MTy::Bytes {
            return match (op, at) {
                (BinOp::Add, _) => self.rt("nx_bytes_concat", vec![a, b], ty),
                (_, MTy::Bytes) => {
                    let n = self.coerce(b, bt, MTy::Int);
                    self.rt("nx_bytes_repeat", vec![a, n], ty)
                }
                _ => {
                    let n = self.coerce(a, at, MTy::Int);
                    self.rt("nx_bytes_repeat", vec![b, n], ty)
                }
            };
        }
        if let (BinOp::Mod, MTy::Str) = (op, at) {
            // `template % values`: a tuple of the values (a lone value in a 1-tuple).
            let args = match bt {
                MTy::Dict(_) => return self.rt("nx_str_percent_map", vec![a, b], MTy::Str),
                MTy::Dyn => return self.rt("nx_str_percent_dyn", vec![a, b], MTy::Str),
                MTy::Tuple(_) | MTy::TupleOf(_) => b,
                _ => {
                    let tt = self.strings.tuple_ty(vec![bt]);
                    let MTy::Tuple(t) = tt else {
                        return Operand::None;
                    };
                    self.op(Op::TupleNew(t), vec![b], tt)
                }
            };
            return self.rt("nx_str_percent_args", vec![a, args], MTy::Str);
        }
        if let (MTy::Tuple(_) | MTy::TupleOf(_), BinOp::Add) = (ty, op) {
            return self.rt("nx_tuple_concat", vec![a, b], ty);
        }
        if let (MTy::Tuple(_) | MTy::TupleOf(_), BinOp::Mul) = (ty, op) {
            let (t, n) = match at {
                MTy::Tuple(_) | MTy::TupleOf(_) => (a, self.coerce(b, bt, MTy::Int)),
                _ => (b, self.coerce(a, at, MTy::Int)),
            };
            return self.rt("nx_tuple_repeat", vec![t, n], ty);
        }
        if let (MTy::Dict(_), BinOp::BitOr) = (ty, op) {
            let d = self.rt("nx_dict_copy", vec![a], ty);
            self.rt("nx_dict_update", vec![d.clone(), b], MTy::None);
            return d;
        }
        if let MTy::Set(_) = ty {
            // A view (or a list) with a set: as a set of its items first.
            let as_set = |b: &mut Self, v: Operand, t: MTy| match t {
                MTy::List(_) => {
                    let e = b.strings.list_elem(t);
                    b.set_of_items(Some((v, e)), ty)
                }
                _ => v,
            };
            let a = as_set(self, a, at);
            let b = as_set(self, b, bt);
            let f = match op {
                BinOp::BitOr => "nx_set_union",
                BinOp::BitAnd => "nx_set_intersection",
                BinOp::Sub => "nx_set_difference",
                _ => "nx_set_symmetric_difference",
            };
            return self.rt(f, vec![a, b], ty);
        }
        if let MTy::List(_) = ty {
            return match (op, at, bt) {
                (BinOp::Add, _, _) => self.op(Op::ListConcat, vec![a, b], ty),
                (_, MTy::List(_), _) => {
                    let n = self.coerce(b, bt, MTy::Int);
                    self.op(Op::ListRepeat, vec![a, n], ty)
                }
                _ => {
                    let n = self.coerce(a, at, MTy::Int);
                    self.op(Op::ListRepeat, vec![b, n], ty)
                }
            };
        }
        if ty == MTy::Str {
            return match op {
                BinOp::Add => self.op(Op::StrConcat, vec![a, b], MTy::Str),
                _ if at == MTy::Str => {
                    let n = self.coerce(b, bt, MTy::Int);
                    self.op(Op::StrRepeat, vec![a, n], MTy::Str)
                }
                _ => {
                    let n = self.coerce(a, at, MTy::Int);
                    self.op(Op::StrRepeat, vec![b, n], MTy::Str)
                }
            };
        }
        if ty == MTy::Bool {
            let o = match op {
                BinOp::BitAnd => Op::BoolAnd,
                BinOp::BitOr => Op::BoolOr,
                _ => Op::BoolXor,
            };
            return self.op(o, vec![a, b], MTy::Bool);
        }
        if ty == MTy::Float {
            let a = self.coerce(a, at, MTy::Float);
            let b = self.coerce(b, bt, MTy::Float);
            let o = match op {
                BinOp::Add => Op::FloatAdd,
                BinOp::Sub => Op::FloatSub,
                BinOp::Mul => Op::FloatMul,
                BinOp::Div => Op::FloatDiv,
                BinOp::FloorDiv => Op::FloatFloorDiv,
                BinOp::Mod => Op::FloatMod,
                _ => Op::FloatPow,
            };
            // int / int is computed exactly from the ints, as CPython does.
            if op == BinOp::Div && at != MTy::Float && bt != MTy::Float {
                return self.int_true_div(a, b);
            }
            return self.op(o, vec![a, b], MTy::Float);
        }
        let a = self.coerce(a, at, MTy::Int);
        let b = self.coerce(b, bt, MTy::Int);
        let o = match op {
            BinOp::Add => Op::IntAdd,
            BinOp::Sub => Op::IntSub,
            BinOp::Mul => Op::IntMul,
            BinOp::FloorDiv => Op::IntFloorDiv,
            BinOp::Mod => Op::IntMod,
            BinOp::Pow => Op::IntPow,
            BinOp::LShift => Op::IntShl,
            BinOp::RShift => Op::IntShr,
            BinOp::BitAnd => Op::IntAnd,
            BinOp::BitOr => Op::IntOr,
            BinOp::BitXor => Op::IntXor,
            BinOp::Div => unreachable!("true division has a float result"),
            BinOp::MatMul => unreachable!("`@` of numbers is rejected by inference"),
        };
        self.op(o, vec![a, b], MTy::Int)
    }

    /// `a / b` of two ints: the operands were already widened for the float path, so undo that
    /// (the widening goes: an int past the float range is no error here, `10**400 / 10**399` is
    /// 10.0) and divide the exact ints.
    pub(super) fn int_true_div(&mut self, a: Operand, b: Operand) -> Operand {
        let unwrap = |this: &mut Self, v: Operand| -> Operand {
            if let Operand::Local(l) = &v {
                // Find the `IntToFloat` that produced it in the current block: a temporary
                // nothing else reads.
                let insts = &mut this.body.blocks[this.cur.0 as usize].insts;
                let found = insts.iter().rposition(|inst| {
                    matches!(&inst.kind, InstKind::Assign {
                        dst,
                        rv: Rvalue::Op(Op::IntToFloat, _),
                        ..
                    } if dst == l)
                });
                if let Some(k) = found {
                    if this.body.locals[l.0 as usize].name.starts_with('%') {
                        let inst = insts.remove(k);
                        if let InstKind::Assign {
                            rv: Rvalue::Op(_, mut args),
                            ..
                        } = inst.kind
                        {
                            return args.remove(0);
                        }
                    } else if let InstKind::Assign {
                        rv: Rvalue::Op(_, args),
                        ..
                    } = &insts[k].kind
                    {
                        return args[0].clone();
                    }
                }
            }
            v
        };
        let same = a == b;
        let ia = unwrap(self, a);
        let ib = if same { ia.clone() } else { unwrap(self, b) };
        self.op(Op::IntTrueDiv, vec![ia, ib], MTy::Float)
    }
}
