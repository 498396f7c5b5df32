//! Type-based alias analysis for the inline accesses to objects: each load and store that
//! codegen emits into a runtime object names the kind of memory it touches, as LLVM's `!tbaa`
//! metadata, so that LLVM knows a store to an attribute slot leaves a list's length and item
//! array alone, and an increment of a reference count leaves everything but counts alone.
//! Without it, the length and items of a list iterated in a loop were loaded again after
//! every store in the loop's body (nbody's `for b1, b2 in pairs`), and a value loaded before
//! an incref was loaded again after it.
//!
//! The rule that keeps this sound: every inline access to one place in an object names the
//! same [`Mem`]. The kinds are siblings under one root, so two accesses of different kinds
//! never alias; accesses without a tag (the runtime's own code, frames, globals) may alias
//! anything.

use super::*;
use inkwell::values::{BasicValue, InstructionValue};

/// The kinds of object memory that codegen touches inline.
#[derive(Clone, Copy, Debug)]
pub(super) enum Mem {
    /// Every object's reference count (`natrix_abi::OBJ_REFCNT_OFFSET`).
    RefCount,
    /// A list's length, capacity and item array pointer (`LIST_LEN_OFFSET`, …).
    ListLen,
    ListCap,
    ListItems,
    /// The slots of a list's item array.
    ListSlot,
    /// A tuple's length (`TUPLE_LEN_OFFSET`).
    TupleLen,
    /// The 8-byte items of tuples and instances (an instance's class table is item 0, its
    /// attributes the ones after).
    Slot,
    /// The kind bytes after a tuple's or instance's items.
    Kind,
}

impl Mem {
    fn name(self) -> &'static str {
        match self {
            Mem::RefCount => "refcount",
            Mem::ListLen => "list length",
            Mem::ListCap => "list capacity",
            Mem::ListItems => "list items",
            Mem::ListSlot => "list slot",
            Mem::TupleLen => "tuple length",
            Mem::Slot => "item slot",
            Mem::Kind => "item kind",
        }
    }
}

impl<'ctx> Cg<'ctx, '_> {
    /// Attaches the access tag of `mem` to a load or store (LLVM uniques the nodes).
    fn mark(&self, inst: InstructionValue<'ctx>, mem: Mem) {
        let root = self
            .ctx
            .metadata_node(&[self.ctx.metadata_string("natrix object memory").into()]);
        let ty = self.ctx.metadata_node(&[
            self.ctx.metadata_string(mem.name()).into(),
            root.into(),
            self.i64c(0).into(),
        ]);
        let tag = self
            .ctx
            .metadata_node(&[ty.into(), ty.into(), self.i64c(0).into()]);
        let kind = self.ctx.get_kind_id("tbaa");
        inst.set_metadata(tag, kind)
            .expect("an access tag is a metadata node");
    }

    /// A load from object memory of kind `mem`.
    pub(super) fn load_mem(
        &self,
        ty: impl BasicType<'ctx>,
        ptr: PointerValue<'ctx>,
        name: &str,
        mem: Mem,
    ) -> R<BasicValueEnum<'ctx>> {
        let v = self.b.build_load(ty, ptr, name)?;
        if let Some(inst) = v.as_instruction_value() {
            self.mark(inst, mem);
        }
        Ok(v)
    }

    /// A store to object memory of kind `mem`.
    pub(super) fn store_mem(
        &self,
        ptr: PointerValue<'ctx>,
        value: impl BasicValue<'ctx>,
        mem: Mem,
    ) -> R<()> {
        let inst = self.b.build_store(ptr, value)?;
        self.mark(inst, mem);
        Ok(())
    }
}
