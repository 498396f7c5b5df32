//! Codegen of tagged-int arithmetic: the inline fast path (both operands small, no overflow)
//! beside a call to the runtime's slow path.

use super::*;

impl<'ctx> Cg<'ctx, '_> {
    /// Builds `cond ? fast() : slow()` with the fast path inline, joined by a phi.
    pub(super) fn guarded(
        &mut self,
        cond: IntValue<'ctx>,
        ty: BasicTypeEnum<'ctx>,
        fast: impl FnOnce(&mut Self) -> R<BasicValueEnum<'ctx>>,
        slow: impl FnOnce(&mut Self) -> R<BasicValueEnum<'ctx>>,
    ) -> R<BasicValueEnum<'ctx>> {
        let f = self.func.expect("in a function");
        let (fb, sb, done) = (
            self.ctx.append_basic_block(f, "fast"),
            self.ctx.append_basic_block(f, "slow"),
            self.ctx.append_basic_block(f, "join"),
        );
        self.b.build_conditional_branch(cond, fb, sb)?;
        self.b.position_at_end(fb);
        let fv = fast(self)?;
        let fend = self.b.get_insert_block().expect("positioned");
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(sb);
        let sv = slow(self)?;
        let send = self.b.get_insert_block().expect("positioned");
        self.b.build_unconditional_branch(done)?;
        self.b.position_at_end(done);
        let phi = self.b.build_phi(ty, "v")?;
        phi.add_incoming(&[(&fv, fend), (&sv, send)]);
        self.guards_in_op.set(self.guards_in_op.get() + 1);
        self.guard.set(Some(super::Guard {
            slow_end: send,
            slow_value: sv,
            join: done,
            always_raises: false,
        }));
        Ok(phi.as_basic_value())
    }

    /// [`Self::guarded`] where the slow path is taken only when the operation raises (the
    /// runtime's call there always fails).
    pub(super) fn guarded_raising(
        &mut self,
        cond: IntValue<'ctx>,
        ty: BasicTypeEnum<'ctx>,
        fast: impl FnOnce(&mut Self) -> R<BasicValueEnum<'ctx>>,
        slow: impl FnOnce(&mut Self) -> R<BasicValueEnum<'ctx>>,
    ) -> R<BasicValueEnum<'ctx>> {
        let v = self.guarded(cond, ty, fast, slow)?;
        let mut g = self.guard.take().expect("set by guarded");
        g.always_raises = true;
        self.guard.set(Some(g));
        Ok(v)
    }

    pub(super) fn both_small(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let or = self.b.build_or(a, b, "tags")?;
        let tag = self.b.build_and(or, self.i64c(1), "tag")?;
        self.b
            .build_int_compare(IntPredicate::EQ, tag, self.i64c(0), "small")
    }

    pub(super) fn overflow_op(
        &self,
        name: &str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> R<(IntValue<'ctx>, IntValue<'ctx>)> {
        if let Some(r) = self.const_overflow_op(name, a, b)? {
            return Ok(r);
        }
        let i64t = self.ctx.i64_type();
        let f = Intrinsic::find(name)
            .and_then(|i| i.get_declaration(&self.module, &[i64t.into()]))
            .expect("overflow intrinsic exists");
        let r = self
            .b
            .build_call(f, &[a.into(), b.into()], "ov")?
            .try_as_basic_value()
            .basic()
            .expect("struct")
            .into_struct_value();
        let v = self.b.build_extract_value(r, 0, "val")?.into_int_value();
        let o = self.b.build_extract_value(r, 1, "of")?.into_int_value();
        Ok((v, o))
    }

    /// [`Self::overflow_op`] with one operand a constant: the overflow is a range test of the
    /// other operand, which does not wait for the result, and the operation a plain one
    /// (`3 * n + 1` becomes one `lea` beside two compares, where `imul`+`jo` would put three
    /// cycles on a loop's critical path). None when neither operand is a constant.
    fn const_overflow_op(
        &self,
        name: &str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> R<Option<(IntValue<'ctx>, IntValue<'ctx>)>> {
        let (x, c, c_left) = match (
            a.get_sign_extended_constant(),
            b.get_sign_extended_constant(),
        ) {
            (None, Some(c)) => (a, c, false),
            (Some(c), None) => (b, c, true),
            _ => return Ok(None),
        };
        let Some((lo, hi)) = no_overflow_range(name, c, c_left) else {
            return Ok(None);
        };
        let v = match name {
            "llvm.sadd.with.overflow" => self.b.build_int_nsw_add(a, b, "cadd")?,
            "llvm.ssub.with.overflow" => self.b.build_int_nsw_sub(a, b, "csub")?,
            _ => self.b.build_int_nsw_mul(a, b, "cmul")?,
        };
        let below = self
            .b
            .build_int_compare(IntPredicate::SLT, x, self.i64c(lo), "below")?;
        let above = self
            .b
            .build_int_compare(IntPredicate::SGT, x, self.i64c(hi), "above")?;
        let of = self.b.build_or(below, above, "of")?;
        Ok(Some((v, of)))
    }

    /// The tag test of an operation, or none for a speculative one (its operands are small).
    fn tags(&self, a: IntValue<'ctx>, b: IntValue<'ctx>, spec: bool) -> R<IntValue<'ctx>> {
        if spec {
            Ok(self.ctx.bool_type().const_int(1, false))
        } else {
            self.both_small(a, b)
        }
    }

    /// The slow path of an operation: the runtime, or for a speculative one the error word
    /// (nothing raised: the check after it goes to the exact version).
    fn slow_path(
        &mut self,
        slow: &'static str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        spec: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        if spec {
            self.last_check.set(Check::IntTag);
            Ok(self.i64c(natrix_abi::INT_ERROR).into())
        } else {
            self.call_rt_v(slow, &[a.into(), b.into()])
        }
    }

    /// A speculative operation's fast path is the likely way (its failure leaves the fast
    /// version): LLVM keeps the exact version's spills and calls out of the loop, so an
    /// accumulator stays in its register. (Marking every int fast path likely costs compile
    /// time for no measured gain.)
    fn likely_if_spec(&self, ok: IntValue<'ctx>, spec: bool) -> R<IntValue<'ctx>> {
        if spec {
            self.expect_true(ok)
        } else {
            Ok(ok)
        }
    }

    /// The machine arithmetic of `k` on small tagged ints, wrapping on overflow (no `nsw`: an
    /// if-converted arm computes it also when its value is discarded, and must not make poison).
    pub(super) fn int_wrapping(
        &self,
        k: IntArith,
        v: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let a = v[0].into_int_value();
        Ok(match k {
            IntArith::Add => self.b.build_int_add(a, v[1].into_int_value(), "wadd")?,
            IntArith::Sub => self.b.build_int_sub(a, v[1].into_int_value(), "wsub")?,
            IntArith::Neg => self.b.build_int_sub(self.i64c(0), a, "wneg")?,
            IntArith::Mul => {
                let x = self.b.build_right_shift(a, self.i64c(1), true, "x")?;
                self.b.build_int_mul(x, v[1].into_int_value(), "wmul")?
            }
        }
        .into())
    }

    /// Whether [`Self::int_wrapping`] of the same operands overflows (a bool).
    pub(super) fn int_overflows(
        &self,
        k: IntArith,
        v: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let a = v[0].into_int_value();
        let (name, a, b) = match k {
            IntArith::Add => ("llvm.sadd.with.overflow", a, v[1].into_int_value()),
            IntArith::Sub => ("llvm.ssub.with.overflow", a, v[1].into_int_value()),
            IntArith::Neg => ("llvm.ssub.with.overflow", self.i64c(0), a),
            IntArith::Mul => {
                let x = self.b.build_right_shift(a, self.i64c(1), true, "x")?;
                ("llvm.smul.with.overflow", x, v[1].into_int_value())
            }
        };
        let (_, of) = self.overflow_op(name, a, b)?;
        self.bool_result(of)
    }

    /// Whether an int is small.
    pub(super) fn is_small(&self, a: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let tag = self.b.build_and(a, self.i64c(1), "tag")?;
        let c = self
            .b
            .build_int_compare(IntPredicate::EQ, tag, self.i64c(0), "small")?;
        self.bool_result(c)
    }

    /// A tagged-int binary op with an overflow-checked fast path.
    pub(super) fn int_arith(
        &mut self,
        intrinsic: &str,
        slow: &'static str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        untag_left: bool,
        spec: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        let small = self.tags(a, b, spec)?;
        let left = if untag_left {
            self.b.build_right_shift(a, self.i64c(1), true, "x")?
        } else {
            a
        };
        let (v, of) = self.overflow_op(intrinsic, left, b)?;
        let no_of = self.b.build_not(of, "nof")?;
        let ok = self.b.build_and(small, no_of, "ok")?;
        let ok = self.likely_if_spec(ok, spec)?;
        let i64t = self.ctx.i64_type().into();
        self.guarded(
            ok,
            i64t,
            |_| Ok(v.into()),
            |cg| cg.slow_path(slow, a, b, spec),
        )
    }

    /// `a >> b` of tagged ints: for a small `a` and a small `b >= 0`, an arithmetic shift of
    /// the tagged word by `min(b, 63)` with the tag bit cleared (`floor(2a / 2**b)` rounded
    /// down to even is `2 * floor(a / 2**b)`); anything else (a negative count's ValueError,
    /// a big int) goes to the runtime.
    pub(super) fn int_shr(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        let small = self.both_small(a, b)?;
        let nonneg = self
            .b
            .build_int_compare(IntPredicate::SGE, b, self.i64c(0), "nonneg")?;
        let ok = self.b.build_and(small, nonneg, "ok")?;
        self.guarded(
            ok,
            self.ctx.i64_type().into(),
            |cg| {
                let k = cg.b.build_right_shift(b, cg.i64c(1), true, "k")?;
                let big =
                    cg.b.build_int_compare(IntPredicate::UGT, k, cg.i64c(63), "big")?;
                let k =
                    cg.b.build_select(big, cg.i64c(63), k, "k")?
                        .into_int_value();
                let r = cg.b.build_right_shift(a, k, true, "shr")?;
                Ok(cg.b.build_and(r, cg.i64c(-2), "tagged")?.into())
            },
            |cg| cg.call_rt_v("nx_int_rshift", &[a.into(), b.into()]),
        )
    }

    /// `a / b` of tagged ints. Two small ints of at most 2**53 are exact floats, so one float
    /// division is the correctly rounded quotient; anything else (and division by zero) goes
    /// to the runtime.
    pub(super) fn int_truediv(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        let small = self.both_small(a, b)?;
        let exact = |cg: &Self, x: IntValue<'ctx>| -> R<IntValue<'ctx>> {
            let biased = cg.b.build_int_add(x, cg.i64c(1 << 54), "bias")?;
            Ok(cg
                .b
                .build_int_compare(IntPredicate::ULE, biased, cg.i64c(1 << 55), "exact")?)
        };
        let nonzero = self
            .b
            .build_int_compare(IntPredicate::NE, b, self.i64c(0), "nonzero")?;
        let (ea, eb) = (exact(self, a)?, exact(self, b)?);
        let ok = self.b.build_and(small, nonzero, "ok")?;
        let ok = self.b.build_and(ok, ea, "ok")?;
        let ok = self.b.build_and(ok, eb, "ok")?;
        let f64t = self.ctx.f64_type();
        self.guarded(
            ok,
            f64t.into(),
            |cg| {
                let x = cg.b.build_right_shift(a, cg.i64c(1), true, "x")?;
                let y = cg.b.build_right_shift(b, cg.i64c(1), true, "y")?;
                let x = cg.b.build_signed_int_to_float(x, f64t, "fx")?;
                let y = cg.b.build_signed_int_to_float(y, f64t, "fy")?;
                Ok(cg.b.build_float_div(x, y, "q")?.into())
            },
            |cg| cg.call_rt_v("nx_int_truediv", &[a.into(), b.into()]),
        )
    }

    /// Floor division or modulo of a small tagged int by a tagged constant that is a positive
    /// power of two: a shift or a mask (floor semantics are exactly those of an arithmetic
    /// shift), which LLVM does not always recover from the general form. None for any other
    /// divisor.
    pub(super) fn pow2_divmod(
        &self,
        is_div: bool,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> R<Option<IntValue<'ctx>>> {
        let Some(d) = b.get_sign_extended_constant().map(|t| t >> 1) else {
            return Ok(None);
        };
        if d <= 0 || d.count_ones() != 1 {
            return Ok(None);
        }
        let k = d.trailing_zeros() as i64;
        Ok(Some(if is_div {
            // ((a >> 1) >> k) << 1, with the tag bit clear.
            let q = self.b.build_right_shift(a, self.i64c(k), true, "pq")?;
            self.b.build_and(q, self.i64c(-2), "ptag")?
        } else {
            self.b.build_and(a, self.i64c((d - 1) << 1), "pr")?
        }))
    }

    pub(super) fn int_divmod(
        &mut self,
        is_div: bool,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        spec: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        if spec {
            // A small dividend and such a divisor: nothing can fail.
            if let Some(v) = self.pow2_divmod(is_div, a, b)? {
                // The check after it tests the (never) error word.
                self.last_check.set(Check::IntTag);
                return Ok(v.into());
            }
        }
        let small = self.tags(a, b, spec)?;
        let nz = self
            .b
            .build_int_compare(IntPredicate::NE, b, self.i64c(0), "nz")?;
        let not_m1 = self
            .b
            .build_int_compare(IntPredicate::NE, b, self.i64c(-2), "notm1")?;
        let ok = self.b.build_and(small, nz, "ok")?;
        let ok = self.b.build_and(ok, not_m1, "ok")?;
        let ok = self.likely_if_spec(ok, spec)?;
        let slow = if is_div {
            "nx_int_floordiv"
        } else {
            "nx_int_mod"
        };
        let i64t = self.ctx.i64_type().into();
        self.guarded(
            ok,
            i64t,
            |cg| {
                let b_ = &cg.b;
                let x = b_.build_right_shift(a, cg.i64c(1), true, "x")?;
                let y = b_.build_right_shift(b, cg.i64c(1), true, "y")?;
                let q = b_.build_int_signed_div(x, y, "q")?;
                let r = b_.build_int_signed_rem(x, y, "r")?;
                // Floor: when the remainder is non-zero and its sign differs from the divisor's.
                let rnz = b_.build_int_compare(IntPredicate::NE, r, cg.i64c(0), "rnz")?;
                let sx = b_.build_xor(r, y, "sx")?;
                let neg = b_.build_int_compare(IntPredicate::SLT, sx, cg.i64c(0), "neg")?;
                let adj = b_.build_and(rnz, neg, "adj")?;
                let v = if is_div {
                    let adj64 = b_.build_int_z_extend(adj, cg.ctx.i64_type(), "a64")?;
                    b_.build_int_sub(q, adj64, "fq")?
                } else {
                    let add = b_
                        .build_select(adj, y, cg.i64c(0), "addy")?
                        .into_int_value();
                    b_.build_int_add(r, add, "fr")?
                };
                Ok(b_.build_left_shift(v, cg.i64c(1), "tag")?.into())
            },
            |cg| cg.slow_path(slow, a, b, spec),
        )
    }
}

/// The values of `x` for which `x op c` (`c op x` when `c_left`) fits in an i64, for the
/// overflow intrinsic `name`; None for an intrinsic this does not know.
fn no_overflow_range(name: &str, c: i64, c_left: bool) -> Option<(i64, i64)> {
    let (min, max) = (i64::MIN as i128, i64::MAX as i128);
    let c = c as i128;
    let (lo, hi) = match (name, c_left) {
        // x + c, c + x
        ("llvm.sadd.with.overflow", _) => (min - c, max - c),
        // x - c
        ("llvm.ssub.with.overflow", false) => (min + c, max + c),
        // c - x: min <= c - x <= max
        ("llvm.ssub.with.overflow", true) => (c - max, c - min),
        ("llvm.smul.with.overflow", _) if c == 0 => (min, max),
        // x * c: min <= x * c <= max
        ("llvm.smul.with.overflow", _) if c > 0 => (ceil_div(min, c), max.div_euclid(c)),
        ("llvm.smul.with.overflow", _) => (ceil_div(max, c), floor_div(min, c)),
        _ => return None,
    };
    Some((lo.max(min) as i64, hi.min(max) as i64))
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn ceil_div(a: i128, b: i128) -> i128 {
    -floor_div(-a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every range is exact: its ends do not overflow, one past them does.
    #[test]
    fn no_overflow_ranges_are_exact() {
        let ops = [
            "llvm.sadd.with.overflow",
            "llvm.ssub.with.overflow",
            "llvm.smul.with.overflow",
        ];
        let consts = [
            0,
            1,
            -1,
            2,
            -2,
            3,
            -3,
            6,
            7,
            -7,
            1 << 40,
            -(1 << 40),
            i64::MAX,
            i64::MIN,
        ];
        for name in ops {
            for c in consts {
                for c_left in [false, true] {
                    let (lo, hi) = no_overflow_range(name, c, c_left).unwrap();
                    let apply = |x: i64| -> Option<i64> {
                        let (l, r) = if c_left { (c, x) } else { (x, c) };
                        match name {
                            "llvm.sadd.with.overflow" => l.checked_add(r),
                            "llvm.ssub.with.overflow" => l.checked_sub(r),
                            _ => l.checked_mul(r),
                        }
                    };
                    assert!(
                        apply(lo).is_some() && apply(hi).is_some(),
                        "{name} {c} {c_left}"
                    );
                    if lo > i64::MIN {
                        assert!(apply(lo - 1).is_none(), "{name} {c} {c_left} below");
                    }
                    if hi < i64::MAX {
                        assert!(apply(hi + 1).is_none(), "{name} {c} {c_left} above");
                    }
                }
            }
        }
    }
}
