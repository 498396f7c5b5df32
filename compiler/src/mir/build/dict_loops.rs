//! Loops over a dict: `for k in d`, `for k in d.keys()`, `for v in d.values()` and `for k, v
//! in d.items()` (also as a comprehension's `for`) walk the dict by position, as CPython's dict
//! iterators do, reading each key or value as they reach it.
//!
//! The general loop would first make a list of the keys (or of `(key, value)` tuples for
//! items) and walk that. Walking the dict itself makes nothing: the body's unpacking of an
//! items loop's hidden item reads the key and value (`Builder::pairs`), so no tuple is made
//! either (life: 23% faster), and the body sees values it changes in items it has not reached
//! yet, as in CPython. Each step checks that the size is the one at the start ("dictionary
//! changed size during iteration") and that no more items are found than there were
//! ("dictionary keys changed during iteration", a key deleted and another added).

use super::*;

/// What each step of a loop over a dict reads.
#[derive(Clone, Copy, PartialEq)]
enum DictWalk {
    Keys,
    Values,
    /// Both; `unpacked` when the body only unpacks them (no tuple is made).
    Items {
        unpacked: bool,
    },
}

impl Builder<'_> {
    /// Lowers `for var in iter` when `iter` is a dict or one of its views made for the loop
    /// (`d.keys()`, `d.values()`, `d.items()`); false, emitting nothing, otherwise.
    pub(super) fn dict_loop(
        &mut self,
        var: Place,
        iter: &Expr,
        body: &[hir::Stmt],
        orelse: &[hir::Stmt],
    ) -> bool {
        let (dict, walk) = match &iter.kind {
            _ if matches!(self.ty(iter), MTy::Dict(_)) => (iter, DictWalk::Keys),
            ExprKind::Method {
                recv, name, args, ..
            } if args.is_empty() && matches!(self.ty(recv), MTy::Dict(_)) => {
                let walk = match name.as_str() {
                    "keys" => DictWalk::Keys,
                    "values" => DictWalk::Values,
                    "items" => DictWalk::Items { unpacked: false },
                    _ => return false,
                };
                (&**recv, walk)
            }
            _ => return false,
        };
        // An items loop whose body only unpacks its hidden item: the statement form unpacks
        // a copy of it (`$t = $item; k = $t[0]; …`), a comprehension the item itself.
        let mut body = body;
        let mut unpacked = vec![];
        if let (DictWalk::Items { .. }, Place::Local(l)) = (walk, var) {
            let func = self.prog.func(self.typed.spec(self.spec).func);
            let hidden = |x: hir::LocalId, prefixes: &[&str]| {
                let name = &func.locals[x.0 as usize].name;
                prefixes.iter().any(|h| name.starts_with(h))
            };
            let (copy, rest) = match body.first().map(|s| &s.kind) {
                Some(StmtKind::Assign(Place::Local(t), e))
                    if hidden(*t, &["$t"])
                        && matches!(e.kind, ExprKind::Load(Place::Local(x)) if x == l) =>
                {
                    (*t, &body[1..])
                }
                _ => (l, body),
            };
            if hidden(l, &["$item", "$citem"])
                && only_unpacked(rest, l)
                && only_unpacked(rest, copy)
            {
                unpacked = vec![l, copy];
                body = rest;
            }
        }
        let walk = match walk {
            DictWalk::Items { .. } => DictWalk::Items {
                unpacked: !unpacked.is_empty(),
            },
            w => w,
        };
        let dt = self.ty(dict);
        let (kt, vt) = self.strings.dict_kv(dt);
        let d = self.expr(dict);
        let src = self.temp(dt);
        self.assign(src, Rvalue::Use(d));
        // The size at the start (checked at each step), and how many items are left to find.
        let size = self.temp(MTy::Int);
        let n = self.rt("nx_iter_size", vec![Operand::Local(src)], MTy::Int);
        self.assign(size, Rvalue::Use(n.clone()));
        let left = self.temp(MTy::Int);
        self.assign(left, Rvalue::Use(n));
        let pos = self.temp(MTy::Int);
        self.assign(pos, Rvalue::Use(Operand::Int(0)));
        let (head, more, else_b, end) = (
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
            self.body.new_block(),
        );
        self.goto(head);
        let args = vec![Operand::Local(src), Operand::Local(size)];
        self.rt("nx_iter_size_check", args, MTy::None);
        let args = vec![
            Operand::Local(src),
            Operand::Local(pos),
            Operand::Local(left),
        ];
        let p = self.rt("nx_dict_next", args, MTy::Int);
        let found = self.op(
            Op::IntCmp(CmpOp::Ge),
            vec![p.clone(), Operand::Int(0)],
            MTy::Bool,
        );
        self.body.block(self.cur).term = Terminator::Branch(found, more, else_b);
        self.cur = more;
        self.assign(
            left,
            Rvalue::Op(Op::IntSub, vec![Operand::Local(left), Operand::Int(1)]),
        );
        let at = vec![Operand::Local(src), p.clone()];
        let key = |b: &mut Self| b.slots("nx_dict_key_at", at.clone(), &[], Some(kt), kt);
        let value = |b: &mut Self| b.slots("nx_dict_value_at", at.clone(), &[], Some(vt), vt);
        match walk {
            DictWalk::Keys => {
                let k = key(self);
                self.store(var, k);
            }
            DictWalk::Values => {
                let v = value(self);
                self.store(var, v);
            }
            DictWalk::Items { unpacked: true } => {
                let (k, v) = (key(self), value(self));
                let (kl, vl) = (self.temp(kt), self.temp(vt));
                self.assign(kl, Rvalue::Use(k));
                self.assign(vl, Rvalue::Use(v));
                for l in &unpacked {
                    self.pairs.insert(*l, (kl, vl));
                }
            }
            DictWalk::Items { unpacked: false } => {
                let (k, v) = (key(self), value(self));
                let tt = self.strings.tuple_ty(vec![kt, vt]);
                let MTy::Tuple(t) = tt else {
                    return false;
                };
                let item = self.op(Op::TupleNew(t), vec![k, v], tt);
                self.store(var, item);
            }
        }
        self.assign(pos, Rvalue::Op(Op::IntAdd, vec![p, Operand::Int(1)]));
        self.loops.push((head, end, self.finally_stack.len()));
        self.block(body);
        self.loops.pop();
        for l in &unpacked {
            self.pairs.remove(l);
        }
        self.goto(head);
        self.cur = else_b;
        self.block(orelse);
        self.goto(end);
        self.cur = end;
        true
    }
}

/// Whether every read of the hidden local `l` in `stmts` unpacks one of its two items
/// (`Unpack { count: 2 }`), as the body of `for k, v in …` reads its hidden item.
fn only_unpacked(stmts: &[hir::Stmt], l: hir::LocalId) -> bool {
    fn expr_ok(e: &Expr, l: hir::LocalId) -> bool {
        match &e.kind {
            ExprKind::Unpack {
                value, count: 2, ..
            } if matches!(value.kind, ExprKind::Load(Place::Local(x)) if x == l) => true,
            ExprKind::Load(Place::Local(x)) => *x != l,
            ExprKind::Block(stmts, value) => only_unpacked(stmts, l) && expr_ok(value, l),
            k => k.children().into_iter().all(|c| expr_ok(c, l)),
        }
    }
    stmts.iter().all(|s| {
        super::stmts::own_exprs(s)
            .into_iter()
            .all(|e| expr_ok(e, l))
            && super::stmts::sub_blocks(s)
                .into_iter()
                .all(|b| only_unpacked(b, l))
    })
}
