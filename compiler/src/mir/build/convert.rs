//! Conversions between MIR value representations: numbers widened (bool → int → float), values
//! into and out of optionals, tuples into tuples of wider items, anything into a dynamic value
//! (`coerce`); and the truth of a value of any type (`truthy`).

use super::*;

impl Builder<'_> {
    /// Converts a value of type `from` to `to`: numbers widened (bool → int → float), into and
    /// between optionals, tuples itemwise, anything into `Dyn`, `Dyn` out as an int, float or
    /// str; otherwise the identity.
    pub(super) fn coerce(&mut self, v: Operand, from: MTy, to: MTy) -> Operand {
        match (from, to) {
            (MTy::Bool, MTy::Int) => self.op(Op::BoolToInt, vec![v], MTy::Int),
            (MTy::Bool, MTy::Float) => {
                let i = self.op(Op::BoolToInt, vec![v], MTy::Int);
                self.op(Op::IntToFloat, vec![i], MTy::Float)
            }
            (MTy::Int, MTy::Float) => self.op(Op::IntToFloat, vec![v], MTy::Float),
            (_, MTy::Dyn) if from != MTy::Dyn => self.to_dyn(v, from),
            // A tuple into a tuple type whose items are wider (an int item into a dynamic
            // one): a new tuple of the converted items.
            (MTy::Tuple(ft), MTy::Tuple(tt)) if ft != tt => {
                let (fi, ti) = (self.strings.tuple_items(from), self.strings.tuple_items(to));
                if fi.len() != ti.len() || fi.iter().zip(&ti).all(|(a, b)| a == b) {
                    return v;
                }
                let mut items = vec![];
                for (k, (a, b)) in fi.into_iter().zip(ti).enumerate() {
                    let x = self.op(Op::TupleGet(ft, k as u32), vec![v.clone()], a);
                    items.push(self.coerce(x, a, b));
                }
                self.op(Op::TupleNew(tt), items, to)
            }
            (MTy::Dyn, MTy::Int | MTy::Float | MTy::Str) => self.from_dyn(v, to),
            (MTy::None, MTy::OptInstance(_)) => self.op(Op::NoneOf(to), vec![], to),
            (MTy::None, _) if to.is_optional_value() => self.op(Op::NoneOf(to), vec![], to),
            // `Optional[bool]` into `Optional[int]`: None stays None, a bool becomes an int.
            (_, _) if from.is_optional_value() && to.is_optional_value() && from != to => {
                let (fi, ti) = (self.strings.opt_inner(from), self.strings.opt_inner(to));
                let v2 = v.clone();
                self.if_none(
                    v,
                    to,
                    |b| b.op(Op::NoneOf(to), vec![], to),
                    |b| b.coerce(v2, fi, ti),
                )
            }
            // A value of run-time type into an optional: None stays None (CPython's TypeError
            // for other types when the value is converted).
            (MTy::Dyn, _) if to.is_optional_value() => {
                let ti = self.strings.opt_inner(to);
                let v2 = v.clone();
                self.if_none(
                    v,
                    to,
                    |b| b.op(Op::NoneOf(to), vec![], to),
                    |b| {
                        let x = b.coerce(v2, MTy::Dyn, ti);
                        b.coerce(x, ti, to)
                    },
                )
            }
            // A value into an optional of its type (or of a wider number: an int into an
            // `Optional[float]`).
            (_, _) if to.is_optional_value() && !from.is_optional_value() => {
                let ti = self.strings.opt_inner(to);
                self.coerce(v, from, ti)
            }
            _ => v,
        }
    }

    pub(super) fn truthy(&mut self, v: Operand, t: MTy) -> Operand {
        match t {
            MTy::Bool => v,
            MTy::Int => self.op(Op::IntCmp(CmpOp::Ne), vec![v, Operand::Int(0)], MTy::Bool),
            MTy::Float => self.op(
                Op::FloatCmp(CmpOp::Ne),
                vec![v, Operand::Float(0.0)],
                MTy::Bool,
            ),
            MTy::Str => {
                let n = self.op(Op::StrLen, vec![v], MTy::Int);
                self.op(Op::IntCmp(CmpOp::Ne), vec![n, Operand::Int(0)], MTy::Bool)
            }
            MTy::None => Operand::Bool(false),
            MTy::List(_) => {
                let n = self.op(Op::ListLen, vec![v], MTy::Int);
                self.op(Op::IntCmp(CmpOp::Ne), vec![n, Operand::Int(0)], MTy::Bool)
            }
            // A tuple's length is in its type.
            MTy::Tuple(_) => Operand::Bool(!self.strings.tuple_items(t).is_empty()),
            MTy::TupleOf(_) => {
                let n = self.rt("nx_tuple_len", vec![v], MTy::Int);
                self.op(Op::IntCmp(CmpOp::Ne), vec![n, Operand::Int(0)], MTy::Bool)
            }
            MTy::Bytes => {
                let n = self.rt("nx_bytes_len", vec![v], MTy::Int);
                self.op(Op::IntCmp(CmpOp::Ne), vec![n, Operand::Int(0)], MTy::Bool)
            }
            // An exception object or a function is always true.
            MTy::Exc | MTy::Func | MTy::Cell | MTy::Gen => Operand::Bool(true),
            MTy::Instance(c) => self.instance_truth(v, c),
            MTy::Dyn => self.dyn_truth(v),
            MTy::OptPtr(_) | MTy::OptInt | MTy::OptFloat | MTy::OptBool => {
                // None is false; a number, str or container is true when not zero or empty.
                let inner = self.strings.opt_inner(t);
                let v2 = v.clone();
                self.if_none(
                    v,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |b| b.truthy(v2, inner),
                )
            }
            // None is false; an instance asks its class.
            MTy::OptInstance(c) => {
                let v2 = v.clone();
                self.if_none(
                    v,
                    MTy::Bool,
                    |_| Operand::Bool(false),
                    |b| b.instance_truth(v2, c),
                )
            }
            MTy::Dict(_) | MTy::Set(_) => {
                let name = if matches!(t, MTy::Dict(_)) {
                    "nx_dict_len"
                } else {
                    "nx_set_len"
                };
                let n = self.rt(name, vec![v], MTy::Int);
                self.op(Op::IntCmp(CmpOp::Ne), vec![n, Operand::Int(0)], MTy::Bool)
            }
        }
    }
}
