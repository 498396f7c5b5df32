//! Codegen of optional values: `None` of each optional machine type and the test for it.
//! An `Optional[T]` of a pointer type is the pointer, null for `None`; of a number it is the
//! number's own representation with one value that no number has (`natrix_abi::OPT_INT_NONE`,
//! `OPT_FLOAT_NONE_BITS`, `OPT_BOOL_NONE`).

use super::*;

impl<'ctx> Cg<'ctx, '_> {
    /// `None` as a value of optional type `t`.
    pub(super) fn none_of(&self, t: MTy) -> BasicValueEnum<'ctx> {
        match t {
            MTy::OptInt => self.i64c(natrix_abi::OPT_INT_NONE).into(),
            MTy::OptFloat => self
                .ctx
                .f64_type()
                .const_float(f64::from_bits(natrix_abi::OPT_FLOAT_NONE_BITS))
                .into(),
            MTy::OptBool => self.i8c(natrix_abi::OPT_BOOL_NONE as u64).into(),
            // `None` itself is held in a byte (of no meaning).
            MTy::None => self.i8c(0).into(),
            // (The release of an int temporary: 0 holds no reference.)
            MTy::Int => self.i64c(0).into(),
            _ => self.ptr_t().const_null().into(),
        }
    }

    /// Whether a value of an optional type is `None`, as an i1.
    pub(super) fn is_none(&self, v: BasicValueEnum<'ctx>) -> R<IntValue<'ctx>> {
        let eq = IntPredicate::EQ;
        Ok(match v {
            BasicValueEnum::PointerValue(p) => self.b.build_is_null(p, "is_none")?,
            BasicValueEnum::FloatValue(f) => {
                let bits = self
                    .b
                    .build_bit_cast(f, self.ctx.i64_type(), "bits")?
                    .into_int_value();
                let none = self
                    .ctx
                    .i64_type()
                    .const_int(natrix_abi::OPT_FLOAT_NONE_BITS, false);
                self.b.build_int_compare(eq, bits, none, "is_none")?
            }
            BasicValueEnum::IntValue(i) if i.get_type().get_bit_width() == 8 => {
                let none = self.i8c(natrix_abi::OPT_BOOL_NONE as u64);
                self.b.build_int_compare(eq, i, none, "is_none")?
            }
            BasicValueEnum::IntValue(i) => {
                let none = self.i64c(natrix_abi::OPT_INT_NONE);
                self.b.build_int_compare(eq, i, none, "is_none")?
            }
            other => panic!("is_none of {other:?}"),
        })
    }
}
