//! Codegen: MIR → LLVM IR (through inkwell), then an object file or assembly for a [`Target`].
//!
//! Lowers each MIR operation to LLVM: tagged-int fast paths inline (one tag test and an overflow
//! check) with a call to the runtime's slow path, float arithmetic inline, everything else as a
//! call into the runtime, declared from the one ABI table (`natrix_abi::RUNTIME_FNS`). Errors
//! follow the ABI's conventions: a user function returning an int returns the tagged word
//! [`natrix_abi::INT_ERROR`] when it raises; a bool or None result returns 2; a str returns null;
//! a float sets the runtime's pending flag.
//!
//! **Invariant:** codegen is the only module that touches LLVM; it sees only MIR, never the AST,
//! HIR or Python scoping.

use crate::hir::CmpOp;
use crate::link::Target;
use crate::mir::{
    self, BlockId, Index, InstKind, IntArith, Local, MTy, Op, Operand, Rvalue, Terminator,
};
use inkwell::builder::{Builder, BuilderError};
use inkwell::context::Context;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::{Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target as LlvmTarget, TargetTriple,
};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FunctionValue, GlobalValue, IntValue, PointerValue,
};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate, OptimizationLevel};
use natrix_abi::{AbiTy, ErrConv, RUNTIME_FNS};
use std::collections::HashMap;

mod attrs;
mod entry;
mod frames;
mod ints;
mod lists;
mod optional;
mod refcount;
mod tbaa;
mod terms;

use tbaa::Mem;
use terms::Guard;

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    LlvmIr,
    Asm,
    Object,
}

type R<T> = Result<T, BuilderError>;

/// LLVM's own options, set once per process before the first optimization pipeline runs:
///
/// - `-vectorize-slp=false`: the SLP vectorizer's time grows faster than linearly in the
///   length of a block's chains of similar int operations (a loop of forty `x = 3 * x + 1 if
///   x % 2 else x // 2` took 4.8 s at -O with it, 0.7 s without), and what it gains on one
///   float program it loses on another: nbody 8% faster with it, the raytracer 15% slower
///   (vector loads of `x` and `y` from a vector just stored field by field stall the CPU's
///   store forwarding). `noimplicitfloat` cannot keep it to some functions: LLVM gives the
///   attribute to every caller a function marked with it is inlined into. The loop
///   vectorizer stays on. (The pass-builder option for it is not honoured by LLVM 22's C
///   API, hence the command-line option.)
/// - then the words of `NATRIX_LLVM_ARGS`, for compiler developers (`-time-passes`,
///   `-print-after=…`).
fn llvm_options() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let extra = std::env::var("NATRIX_LLVM_ARGS").unwrap_or_default();
        let args: Vec<std::ffi::CString> = ["natrix", "-vectorize-slp=false"]
            .into_iter()
            .chain(extra.split_whitespace())
            .filter_map(|a| std::ffi::CString::new(a).ok())
            .collect();
        let ptrs: Vec<*const std::os::raw::c_char> = args.iter().map(|a| a.as_ptr()).collect();
        // SAFETY: `ptrs` points into `args`, which outlives the call; LLVM copies what it keeps.
        unsafe {
            inkwell::llvm_sys::support::LLVMParseCommandLineOptions(
                ptrs.len() as i32,
                ptrs.as_ptr(),
                std::ptr::null(),
            )
        };
    });
}

/// Compiles the program to LLVM IR text, assembly or an object file.
pub fn generate(
    prog: &mir::Program,
    target: &Target,
    opt_level: u8,
    output: Output,
) -> Result<Vec<u8>, String> {
    LlvmTarget::initialize_all(&InitializationConfig::default());
    let triple = TargetTriple::create(&target.triple);
    let llvm_target = LlvmTarget::from_triple(&triple).map_err(|e| e.to_string())?;
    let level = match opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    let tm = llvm_target
        .create_target_machine(
            &triple,
            &target.cpu,
            &target.features,
            level,
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| format!("LLVM cannot create a target machine for {}", target.triple))?;
    let ctx = Context::create();
    let module = ctx.create_module("natrix");
    module.set_triple(&triple);
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    let mut cg = Cg::new(&ctx, module, prog);
    cg.declare().map_err(|e| e.to_string())?;
    cg.build_rc_helpers().map_err(|e| e.to_string())?;
    cg.build_release_fns().map_err(|e| e.to_string())?;
    for (i, body) in prog.bodies.iter().enumerate() {
        cg.body(i, body)
            .map_err(|e| format!("{}: {e}", body.name))?;
    }
    cg.main().map_err(|e| e.to_string())?;
    cg.module
        .verify()
        .map_err(|e| format!("LLVM rejected the generated module: {e}"))?;
    if opt_level > 0 {
        let passes = format!("default<O{}>", opt_level.min(3));
        llvm_options();
        let options = PassBuilderOptions::create();
        cg.module
            .run_passes(&passes, &tm, options)
            .map_err(|e| e.to_string())?;
    }
    match output {
        Output::LlvmIr => Ok(cg.module.print_to_string().to_bytes().to_vec()),
        Output::Asm => tm
            .write_to_memory_buffer(&cg.module, FileType::Assembly)
            .map(|b| b.as_slice().to_vec())
            .map_err(|e| e.to_string()),
        Output::Object => tm
            .write_to_memory_buffer(&cg.module, FileType::Object)
            .map(|b| b.as_slice().to_vec())
            .map_err(|e| e.to_string()),
    }
}

struct Cg<'ctx, 'p> {
    ctx: &'ctx Context,
    module: Module<'ctx>,
    b: Builder<'ctx>,
    prog: &'p mir::Program,
    rt: HashMap<&'static str, FunctionValue<'ctx>>,
    funcs: Vec<FunctionValue<'ctx>>,
    globals: Vec<GlobalValue<'ctx>>,
    /// Globals holding string-literal objects, made at start-up; index = string id.
    literals: Vec<GlobalValue<'ctx>>,
    literal_text: Vec<String>,
    /// The literal of each class's name (its `ClassTable` points at it).
    class_names: Vec<GlobalValue<'ctx>>,
    /// Each class's function releasing its instances' attributes (`ClassTable::release`).
    release_fns: Vec<Option<FunctionValue<'ctx>>>,
    err_flag: GlobalValue<'ctx>,
    limit: GlobalValue<'ctx>,
    /// The recursion limit when the program never changes it (no `sys.setrecursionlimit`).
    fixed_limit: Option<i64>,
    file_cstr: Option<PointerValue<'ctx>>,
    /// One C string per source file named in tracebacks.
    file_cstrs: HashMap<String, PointerValue<'ctx>>,
    // Per-function state.
    func: Option<FunctionValue<'ctx>>,
    slots: Vec<PointerValue<'ctx>>,
    locals_ty: Vec<MTy>,
    /// Which locals borrow what they read (`mir::passes::borrow`).
    locals_borrowed: Vec<bool>,
    /// Set while lowering a read into a borrowed local: the item read takes no reference.
    borrow_read: bool,
    /// The function's array of str pointers for `StrConcatN` (as long as its longest one).
    concat_parts: Option<PointerValue<'ctx>>,
    blocks: Vec<inkwell::basic_block::BasicBlock<'ctx>>,
    /// How the last fallible assignment signals an error, for the `CheckError` that follows it.
    last_check: std::cell::Cell<Check>,
    /// For the operation just lowered, when only its slow path can fail (`Guard`): where that
    /// path ends, so the `CheckError` that follows tests it there and not on the fast path.
    guard: std::cell::Cell<Option<Guard<'ctx>>>,
    /// How many guarded paths the operation being lowered made (only one can be checked there).
    guards_in_op: std::cell::Cell<u32>,
    /// Whether the operation being lowered declared that it can raise: a call of a runtime
    /// function that can raise from an operation that says it cannot is a compiler bug (its
    /// error would go unchecked), caught here.
    op_can_raise: bool,
    body_ret: MTy,
    /// The bool local the speculation guards of this body test (`Body::guard`).
    guard_flag: Option<Local>,
    /// incref obj, incref int, decref obj, decref int (always inlined), then the same four
    /// called (for unoptimized bodies).
    rc_helpers: [Option<FunctionValue<'ctx>>; 8],
    /// The body being lowered is compiled without optimizations (`Body::unoptimized`): it
    /// calls the refcount helpers instead of inlining them.
    cold: bool,
    /// The depth this function passes to the functions it calls (its own depth + 1).
    callee_depth: Option<IntValue<'ctx>>,
    /// In a body that loops instead of calling itself (`Body::reenter_line`): its depth on
    /// entry, the slot holding its current depth (one more per loop-back), and the line of
    /// the call the loop replaces.
    reenter: Option<(IntValue<'ctx>, PointerValue<'ctx>, u32)>,
    name_cstr: Option<PointerValue<'ctx>>,
}

#[derive(Clone, Copy, Debug)]
enum Check {
    IntTag,
    I8Two,
    Null,
    Flag,
}

impl<'ctx, 'p> Cg<'ctx, 'p> {
    fn new(ctx: &'ctx Context, module: Module<'ctx>, prog: &'p mir::Program) -> Self {
        let i8t = ctx.i8_type();
        let i64t = ctx.i64_type();
        let ext = |name: &str, ty: BasicTypeEnum<'ctx>| {
            let g = module.add_global(ty, None, name);
            g.set_linkage(Linkage::External);
            g
        };
        let err_flag = ext(natrix_abi::ERR_PENDING_GLOBAL, i8t.into());
        let limit = ext(natrix_abi::RECURSION_LIMIT_GLOBAL, i64t.into());
        Cg {
            ctx,
            b: ctx.create_builder(),
            module,
            prog,
            rt: HashMap::new(),
            funcs: vec![],
            globals: vec![],
            literals: vec![],
            literal_text: vec![],
            class_names: vec![],
            release_fns: vec![],
            err_flag,
            limit,
            fixed_limit: frames::fixed_recursion_limit(prog),
            file_cstr: None,
            file_cstrs: HashMap::new(),
            func: None,
            slots: vec![],
            locals_ty: vec![],
            locals_borrowed: vec![],
            borrow_read: false,
            concat_parts: None,
            blocks: vec![],
            last_check: std::cell::Cell::new(Check::Flag),
            guard: std::cell::Cell::new(None),
            guards_in_op: std::cell::Cell::new(0),
            op_can_raise: true,
            body_ret: MTy::None,
            guard_flag: None,
            callee_depth: None,
            reenter: None,
            rc_helpers: [None; 8],
            cold: false,
            name_cstr: None,
        }
    }

    fn ptr_t(&self) -> inkwell::types::PointerType<'ctx> {
        self.ctx.ptr_type(AddressSpace::default())
    }

    fn llty(&self, t: MTy) -> BasicTypeEnum<'ctx> {
        match t {
            MTy::Int | MTy::OptInt => self.ctx.i64_type().into(),
            MTy::Float | MTy::OptFloat => self.ctx.f64_type().into(),
            MTy::Bool | MTy::OptBool | MTy::None => self.ctx.i8_type().into(),
            MTy::Str
            | MTy::List(_)
            | MTy::Tuple(_)
            | MTy::TupleOf(_)
            | MTy::Exc
            | MTy::Dict(_)
            | MTy::Set(_)
            | MTy::Instance(_)
            | MTy::OptInstance(_)
            | MTy::OptPtr(_)
            | MTy::Dyn
            | MTy::Cell
            | MTy::Func
            | MTy::Gen
            | MTy::Bytes => self.ptr_t().into(),
        }
    }

    fn abi_ty(&self, t: AbiTy) -> Option<BasicTypeEnum<'ctx>> {
        Some(match t {
            AbiTy::Void => return None,
            AbiTy::I8 => self.ctx.i8_type().into(),
            AbiTy::Int | AbiTy::Raw => self.ctx.i64_type().into(),
            AbiTy::F64 => self.ctx.f64_type().into(),
            AbiTy::Obj | AbiTy::CStr | AbiTy::Bytes => self.ptr_t().into(),
        })
    }

    /// Declares every runtime function from the ABI table, the program's globals and functions.
    fn declare(&mut self) -> R<()> {
        for f in RUNTIME_FNS {
            let params: Vec<BasicMetadataTypeEnum> = f
                .params
                .iter()
                .filter_map(|p| self.abi_ty(*p))
                .map(Into::into)
                .collect();
            let fty = match self.abi_ty(f.ret) {
                Some(r) => r.fn_type(&params, false),
                None => self.ctx.void_type().fn_type(&params, false),
            };
            let fv = self
                .module
                .add_function(f.name, fty, Some(Linkage::External));
            self.rt.insert(f.name, fv);
        }
        for (i, (name, ty)) in self.prog.globals.iter().enumerate() {
            let lt = self.llty(*ty);
            let g = self.module.add_global(lt, None, &format!("g.{i}.{name}"));
            g.set_linkage(Linkage::Internal);
            g.set_initializer(&lt.const_zero());
            self.globals.push(g);
        }
        for s in &self.prog.strings.clone() {
            self.literal(s);
        }
        for body in &self.prog.bodies {
            // Every compiled function takes the depth of its frame first (for RecursionError),
            // then its Python parameters.
            let mut params: Vec<BasicMetadataTypeEnum> = vec![self.ctx.i64_type().into()];
            params.extend(
                body.params
                    .iter()
                    .map(|p| BasicMetadataTypeEnum::from(self.llty(body.ty(*p)))),
            );
            let fty = self.llty(body.ret).fn_type(&params, false);
            let fv = self.module.add_function(
                &format!("py.{}", body.name),
                fty,
                Some(Linkage::Internal),
            );
            if body.inline {
                self.add_fn_attribute(fv, "alwaysinline");
            } else if body.unoptimized {
                self.add_fn_attribute(fv, "optnone");
                self.add_fn_attribute(fv, "noinline");
            }
            self.funcs.push(fv);
        }
        for t in &self.prog.class_tables {
            let g = self.literal(&t.name);
            self.class_names.push(g);
        }
        Ok(())
    }

    pub(super) fn add_fn_attribute(&self, f: FunctionValue<'ctx>, name: &str) {
        let k = inkwell::attributes::Attribute::get_named_enum_kind_id(name);
        f.add_attribute(
            inkwell::attributes::AttributeLoc::Function,
            self.ctx.create_enum_attribute(k, 0),
        );
    }

    /// The global that holds the literal `s` (created on first use).
    fn literal(&mut self, s: &str) -> GlobalValue<'ctx> {
        if let Some(i) = self.literal_text.iter().position(|t| t == s) {
            return self.literals[i];
        }
        let i = self.literals.len();
        let g = self
            .module
            .add_global(self.ptr_t(), None, &format!("str.{i}"));
        g.set_linkage(Linkage::Internal);
        g.set_initializer(&self.ptr_t().const_null());
        self.literals.push(g);
        self.literal_text.push(s.to_string());
        g
    }

    fn cstr(&self, s: &str) -> R<PointerValue<'ctx>> {
        Ok(self
            .b
            .build_global_string_ptr(s, "cstr")?
            .as_pointer_value())
    }

    fn call_rt(
        &self,
        name: &'static str,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<Option<BasicValueEnum<'ctx>>> {
        assert!(
            self.op_can_raise
                || natrix_abi::runtime_fn(name).is_none_or(|f| f.err == ErrConv::Never),
            "an operation declared as never raising calls {name}, which can raise"
        );
        if let Some(def) = natrix_abi::runtime_fn(name) {
            match def.err {
                ErrConv::Never => {}
                ErrConv::Null => self.last_check.set(Check::Null),
                ErrConv::IntTag => self.last_check.set(Check::IntTag),
                ErrConv::Flag => self.last_check.set(Check::Flag),
            }
        }
        let f = self.rt[name];
        let args: Vec<BasicMetadataValueEnum> = args.iter().map(|a| (*a).into()).collect();
        Ok(self
            .b
            .build_call(f, &args, "")?
            .try_as_basic_value()
            .basic())
    }

    fn call_rt_v(
        &self,
        name: &'static str,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        Ok(self
            .call_rt(name, args)?
            .expect("runtime function returns a value"))
    }

    fn i64c(&self, v: i64) -> IntValue<'ctx> {
        self.ctx.i64_type().const_int(v as u64, true)
    }

    fn i8c(&self, v: u64) -> IntValue<'ctx> {
        self.ctx.i8_type().const_int(v, false)
    }

    fn error_value(&self, t: MTy) -> BasicValueEnum<'ctx> {
        match t {
            MTy::Int | MTy::OptInt => self.i64c(natrix_abi::INT_ERROR).into(),
            MTy::Float | MTy::OptFloat => self.ctx.f64_type().const_zero().into(),
            MTy::Bool | MTy::OptBool | MTy::None => self.i8c(2).into(),
            MTy::Str
            | MTy::List(_)
            | MTy::Tuple(_)
            | MTy::TupleOf(_)
            | MTy::Exc
            | MTy::Dict(_)
            | MTy::Set(_)
            | MTy::Instance(_)
            | MTy::OptInstance(_)
            | MTy::OptPtr(_)
            | MTy::Dyn
            | MTy::Cell
            | MTy::Func
            | MTy::Gen
            | MTy::Bytes => self.ptr_t().const_null().into(),
        }
    }

    fn body(&mut self, index: usize, body: &mir::Body) -> R<()> {
        let f = self.funcs[index];
        self.func = Some(f);
        self.cold = body.unoptimized;
        self.body_ret = body.ret;
        self.guard_flag = body.guard;
        self.locals_ty = body.locals.iter().map(|l| l.ty).collect();
        self.locals_borrowed = body.locals.iter().map(|l| l.borrowed).collect();
        let depth = f
            .get_nth_param(0)
            .expect("depth parameter")
            .into_int_value();
        let entry = self.ctx.append_basic_block(f, "entry");
        self.blocks = (0..body.blocks.len())
            .map(|i| self.ctx.append_basic_block(f, &format!("bb{i}")))
            .collect();
        self.b.position_at_end(entry);
        self.name_cstr = Some(self.cstr(&body.py_name)?);
        self.file_cstr = match self.file_cstrs.get(&body.file) {
            Some(p) => Some(*p),
            None => {
                let p = self.cstr(&body.file)?;
                self.file_cstrs.insert(body.file.clone(), p);
                Some(p)
            }
        };
        self.slots = vec![];
        for (i, l) in body.locals.iter().enumerate() {
            let ty = self.llty(l.ty);
            let slot = self.b.build_alloca(ty, &format!("_{i}"))?;
            // Refcounted locals start empty, so releasing one never assigned is a no-op.
            match l.ty {
                t if t.is_pointer() => {
                    self.b.build_store(slot, self.ptr_t().const_null())?;
                }
                MTy::Int => {
                    self.b.build_store(slot, self.i64c(0))?;
                }
                MTy::OptInt => {
                    self.b.build_store(slot, self.none_of(MTy::OptInt))?;
                }
                _ => {}
            }
            self.slots.push(slot);
        }
        let longest_concat = body
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter_map(|i| match &i.kind {
                InstKind::Assign {
                    rv: Rvalue::Op(Op::StrConcatN, args),
                    ..
                } => Some(args.len()),
                _ => None,
            })
            .max();
        self.concat_parts = match longest_concat {
            Some(n) => Some(self.b.build_array_alloca(
                self.ptr_t(),
                self.i64c(n as i64),
                "concat_parts",
            )?),
            None => None,
        };
        for (i, p) in body.params.iter().enumerate() {
            let v = f
                .get_nth_param(i as u32 + 1)
                .expect("parameter count matches");
            self.b.build_store(self.slots[p.0 as usize], v)?;
        }
        self.callee_depth = Some(self.b.build_int_add(depth, self.i64c(1), "callee_depth")?);
        self.reenter = match body.reenter_line {
            Some(line) => {
                let slot = self.b.build_alloca(self.ctx.i64_type(), "depth")?;
                self.b.build_store(slot, depth)?;
                Some((depth, slot, line))
            }
            None => None,
        };
        if body.spec != self.prog.main {
            let over = self.past_limit(depth)?;
            let deep = self.ctx.append_basic_block(f, "too_deep");
            self.b
                .build_conditional_branch(over, deep, self.blocks[0])?;
            self.b.position_at_end(deep);
            // As in CPython, the call that would go too deep has no traceback entry of its own.
            self.call_rt("nx_raise_recursion", &[])?;
            self.ret(self.error_value(body.ret))?;
        } else {
            self.b.build_unconditional_branch(self.blocks[0])?;
        }
        let reachable = frames::reachable_blocks(body);
        for (i, block) in body.blocks.iter().enumerate() {
            self.b.position_at_end(self.blocks[i]);
            if !reachable[i] {
                // Dead code (after a read that always raises): its values need not be typed.
                self.b.build_unreachable()?;
                continue;
            }
            self.guard.set(None);
            for inst in &block.insts {
                self.inst(inst)?;
            }
            self.term(&block.term)?;
        }
        Ok(())
    }

    fn ret(&self, v: BasicValueEnum<'ctx>) -> R<()> {
        self.b.build_return(Some(&v))?;
        Ok(())
    }

    fn load_local(&self, l: Local) -> R<BasicValueEnum<'ctx>> {
        let ty = self.llty(self.locals_ty[l.0 as usize]);
        self.b.build_load(ty, self.slots[l.0 as usize], "")
    }

    fn operand(&mut self, o: &Operand) -> R<BasicValueEnum<'ctx>> {
        Ok(match o {
            Operand::Local(l) => self.load_local(*l)?,
            Operand::Int(i) => self.i64c(i.wrapping_shl(1)).into(),
            Operand::Float(f) => self.ctx.f64_type().const_float(*f).into(),
            Operand::Bool(b) => self.i8c(*b as u64).into(),
            Operand::None => self.i8c(0).into(),
            Operand::Str(s) => {
                let g = self.literals[*s as usize];
                self.b
                    .build_load(self.ptr_t(), g.as_pointer_value(), "lit")?
            }
        })
    }

    fn inst(&mut self, inst: &mir::Inst) -> R<()> {
        self.guard.set(None);
        match &inst.kind {
            InstKind::Assign {
                dst,
                rv,
                release_old,
                ..
            } => {
                let ty = self.locals_ty[dst.0 as usize];
                self.borrow_read = self.locals_borrowed[dst.0 as usize];
                let v = self.rvalue(rv, ty);
                self.borrow_read = false;
                let v = v?;
                if v.get_type() != self.llty(ty) {
                    // A value of another machine type would overwrite the stack around the
                    // slot. Only a local of type None (what inference's `Never` becomes: the
                    // items of a dict nothing is stored into, in code no run reaches) is
                    // given one; its only value is None, so nothing is stored.
                    debug_assert_eq!(ty, MTy::None, "_{} = {rv:?}", dst.0);
                    return Ok(());
                }
                let slot = self.slots[dst.0 as usize];
                if *release_old {
                    let old = self.b.build_load(self.llty(ty), slot, "old")?;
                    self.b.build_store(slot, v)?;
                    self.decref_value(old)?;
                } else {
                    self.b.build_store(slot, v)?;
                }
            }
            InstKind::StoreGlobal {
                global,
                value,
                release_old,
                ..
            } => {
                let v = self.operand(value)?;
                let g = self.globals[global.0 as usize].as_pointer_value();
                if *release_old {
                    let old = self.b.build_load(v.get_type(), g, "old")?;
                    self.b.build_store(g, v)?;
                    self.decref_value(old)?;
                } else {
                    self.b.build_store(g, v)?;
                }
            }
            InstKind::Incref(l) => {
                let v = self.load_local(*l)?;
                self.incref_value(v)?;
            }
            InstKind::Decref(l) => {
                let v = self.load_local(*l)?;
                self.decref_value(v)?;
            }
        }
        Ok(())
    }

    fn rvalue(&mut self, rv: &Rvalue, ty: MTy) -> R<BasicValueEnum<'ctx>> {
        match rv {
            Rvalue::Use(o) => self.operand(o),
            Rvalue::LoadGlobal(g) => {
                let lt = self.llty(ty);
                self.b
                    .build_load(lt, self.globals[g.0 as usize].as_pointer_value(), "g")
            }
            Rvalue::Call(spec, args) => {
                let depth = self.call_depth()?;
                let mut vals: Vec<BasicMetadataValueEnum> = vec![depth.into()];
                for a in args {
                    vals.push(self.operand(a)?.into());
                }
                let f = self.funcs[spec.0 as usize];
                let resume = self.prog.bodies[spec.0 as usize].resume;
                self.last_check.set(match ty {
                    _ if resume => Check::Flag,
                    MTy::OptInt | MTy::OptFloat | MTy::OptBool => Check::Flag,
                    MTy::Int => Check::IntTag,
                    MTy::Bool | MTy::None => Check::I8Two,
                    MTy::Str
                    | MTy::List(_)
                    | MTy::Tuple(_)
                    | MTy::TupleOf(_)
                    | MTy::Exc
                    | MTy::Dict(_)
                    | MTy::Set(_)
                    | MTy::Instance(_)
                    | MTy::Cell
                    | MTy::Func
                    | MTy::Gen
                    | MTy::Bytes => Check::Null,
                    // Null is `None` here, not an error.
                    MTy::Float | MTy::OptInstance(_) | MTy::OptPtr(_) | MTy::Dyn => Check::Flag,
                });
                let v = self
                    .b
                    .build_call(f, &vals, "call")?
                    .try_as_basic_value()
                    .basic();
                Ok(v.expect("user functions return a value"))
            }
            Rvalue::Op(op, args) => {
                let mut vals = vec![];
                for a in args {
                    vals.push(self.operand(a)?);
                }
                // The runtime function the op calls says how it reports errors (`call_rt`).
                self.last_check.set(Check::Flag);
                self.op_can_raise = op.can_raise();
                self.guards_in_op.set(0);
                let v = self.op(*op, &vals);
                self.op_can_raise = true;
                // Operations whose fast path cannot fail (a small int or float computed, an
                // item read inside the bounds): their error check moves to the slow path.
                let fast_cannot_fail = op.is_spec_int()
                    || matches!(
                        op,
                        Op::IntAdd
                            | Op::IntSub
                            | Op::IntMul
                            | Op::IntNeg
                            | Op::IntFloorDiv
                            | Op::IntMod
                            | Op::IntAnd
                            | Op::IntOr
                            | Op::IntXor
                            | Op::IntToFloat
                            | Op::FloatDiv
                            | Op::FloatSqrt
                            | Op::ListGet(..)
                            | Op::ListSet(..)
                            | Op::ListAppend(_)
                            | Op::GetAttr(..)
                            | Op::ListPop(_)
                    );
                // A speculative operation must not write its destination when it fails (the
                // exact redo reads the operands): only the guarded check does that. (One that
                // cannot fail, `n // 2`, has no guard.)
                assert!(
                    !op.is_spec_int() || self.guards_in_op.get() <= 1,
                    "a speculative operation has at most one fast path"
                );
                if !fast_cannot_fail || self.guards_in_op.get() != 1 {
                    self.guard.set(None);
                }
                v
            }
        }
    }

    /// The runtime's arguments for `obj[a:b:c]` from the operands `obj, a, b, c`: each bound
    /// (0 when absent: it arrives as the `None` constant, an i8), then the `has` bits saying
    /// which were given.
    fn slice_parts(&self, v: &[BasicValueEnum<'ctx>]) -> Vec<BasicValueEnum<'ctx>> {
        let mut has = 0;
        let mut parts: Vec<BasicValueEnum> = vec![v[0]];
        for (k, p) in v[1..4].iter().enumerate() {
            if p.get_type() == self.ctx.i64_type().into() {
                has |= 1 << k;
                parts.push(*p);
            } else {
                parts.push(self.i64c(0).into());
            }
        }
        parts.push(self.i64c(has).into());
        parts
    }

    /// A value as the raw 64 bits a list slot holds (see `natrix_abi::ElemKind`).
    fn to_bits(&self, v: BasicValueEnum<'ctx>, t: MTy) -> R<IntValue<'ctx>> {
        let i64t = self.ctx.i64_type();
        Ok(match t {
            MTy::Int | MTy::OptInt => v.into_int_value(),
            MTy::Float | MTy::OptFloat => self.b.build_bit_cast(v, i64t, "bits")?.into_int_value(),
            MTy::Bool | MTy::OptBool | MTy::None => {
                self.b
                    .build_int_z_extend(v.into_int_value(), i64t, "bits")?
            }
            MTy::Str
            | MTy::List(_)
            | MTy::Tuple(_)
            | MTy::TupleOf(_)
            | MTy::Exc
            | MTy::Dict(_)
            | MTy::Set(_)
            | MTy::Instance(_)
            | MTy::OptInstance(_)
            | MTy::OptPtr(_)
            | MTy::Dyn
            | MTy::Cell
            | MTy::Func
            | MTy::Gen
            | MTy::Bytes => self
                .b
                .build_ptr_to_int(v.into_pointer_value(), i64t, "bits")?,
        })
    }

    /// The inverse of `to_bits`.
    fn from_bits(&self, bits: IntValue<'ctx>, t: MTy) -> R<BasicValueEnum<'ctx>> {
        Ok(match t {
            MTy::Int | MTy::OptInt => bits.into(),
            MTy::Float | MTy::OptFloat => self.b.build_bit_cast(bits, self.ctx.f64_type(), "f")?,
            MTy::Bool | MTy::OptBool | MTy::None => self
                .b
                .build_int_truncate(bits, self.ctx.i8_type(), "b")?
                .into(),
            MTy::Str
            | MTy::List(_)
            | MTy::Tuple(_)
            | MTy::TupleOf(_)
            | MTy::Exc
            | MTy::Dict(_)
            | MTy::Set(_)
            | MTy::Instance(_)
            | MTy::OptInstance(_)
            | MTy::OptPtr(_)
            | MTy::Dyn
            | MTy::Cell
            | MTy::Func
            | MTy::Gen
            | MTy::Bytes => self.b.build_int_to_ptr(bits, self.ptr_t(), "p")?.into(),
        })
    }

    fn bool_result(&self, c: IntValue<'ctx>) -> R<BasicValueEnum<'ctx>> {
        Ok(self
            .b
            .build_int_z_extend(c, self.ctx.i8_type(), "b")?
            .into())
    }

    fn op(&mut self, op: Op, v: &[BasicValueEnum<'ctx>]) -> R<BasicValueEnum<'ctx>> {
        let int = |i: usize| v[i].into_int_value();
        let flt = |i: usize| v[i].into_float_value();
        let i64t: BasicTypeEnum = self.ctx.i64_type().into();
        let f64t: BasicTypeEnum = self.ctx.f64_type().into();
        let rt1 = |cg: &Self, name: &'static str| cg.call_rt_v(name, v);
        Ok(match op {
            Op::IntAdd | Op::SpecIntAdd => self.int_arith(
                "llvm.sadd.with.overflow",
                "nx_int_add",
                int(0),
                int(1),
                false,
                op == Op::SpecIntAdd,
            )?,
            Op::IntSub | Op::SpecIntSub => self.int_arith(
                "llvm.ssub.with.overflow",
                "nx_int_sub",
                int(0),
                int(1),
                false,
                op == Op::SpecIntSub,
            )?,
            Op::IntMul | Op::SpecIntMul => self.int_arith(
                "llvm.smul.with.overflow",
                "nx_int_mul",
                int(0),
                int(1),
                true,
                op == Op::SpecIntMul,
            )?,
            Op::IntFloorDiv | Op::SpecIntFloorDiv => {
                self.int_divmod(true, int(0), int(1), op == Op::SpecIntFloorDiv)?
            }
            Op::IntMod | Op::SpecIntMod => {
                self.int_divmod(false, int(0), int(1), op == Op::SpecIntMod)?
            }
            Op::IntNeg | Op::SpecIntNeg => self.int_arith(
                "llvm.ssub.with.overflow",
                "nx_int_sub",
                self.i64c(0),
                int(0),
                false,
                op == Op::SpecIntNeg,
            )?,
            Op::IntIsSmall => self.is_small(int(0))?,
            Op::IntWrapping(k) => self.int_wrapping(k, &v)?,
            Op::IntOverflows(k) => self.int_overflows(k, &v)?,
            Op::Select => {
                let c = self
                    .b
                    .build_int_compare(IntPredicate::NE, int(0), self.i8c(0), "c")?;
                self.b.build_select(c, v[1], v[2], "sel")?
            }
            Op::IntAnd | Op::IntOr | Op::IntXor => {
                let (a, b) = (int(0), int(1));
                let small = self.both_small(a, b)?;
                let slow = match op {
                    Op::IntAnd => "nx_int_and",
                    Op::IntOr => "nx_int_or",
                    _ => "nx_int_xor",
                };
                self.guarded(
                    small,
                    i64t,
                    |cg| {
                        Ok(match op {
                            Op::IntAnd => cg.b.build_and(a, b, "and")?,
                            Op::IntOr => cg.b.build_or(a, b, "or")?,
                            _ => cg.b.build_xor(a, b, "xor")?,
                        }
                        .into())
                    },
                    |cg| cg.call_rt_v(slow, &[a.into(), b.into()]),
                )?
            }
            Op::SmallIntAdd => self.b.build_int_nsw_add(int(0), int(1), "sadd")?.into(),
            Op::SmallIntSub => self.b.build_int_nsw_sub(int(0), int(1), "ssub")?.into(),
            Op::SmallIntNeg => self.b.build_int_nsw_neg(int(0), "sneg")?.into(),
            Op::SmallIntMul => {
                let x = self.b.build_right_shift(int(0), self.i64c(1), true, "x")?;
                self.b.build_int_nsw_mul(x, int(1), "smul")?.into()
            }
            Op::SmallIntCmp(c) => {
                let r = self
                    .b
                    .build_int_compare(int_pred(c), int(0), int(1), "scmp")?;
                self.bool_result(r)?
            }
            Op::SmallIntFloorDiv | Op::SmallIntMod => {
                if let Some(v) = self.pow2_divmod(op == Op::SmallIntFloorDiv, int(0), int(1))? {
                    return Ok(v.into());
                }
                // The divisor is proven positive: floor = truncation, adjusted when the
                // remainder is negative.
                let x = self.b.build_right_shift(int(0), self.i64c(1), true, "x")?;
                let y = self.b.build_right_shift(int(1), self.i64c(1), true, "y")?;
                let q = self.b.build_int_signed_div(x, y, "q")?;
                let r = self.b.build_int_signed_rem(x, y, "r")?;
                let neg = self
                    .b
                    .build_int_compare(IntPredicate::SLT, r, self.i64c(0), "rneg")?;
                let v = if op == Op::SmallIntFloorDiv {
                    let adj = self.b.build_int_z_extend(neg, self.ctx.i64_type(), "adj")?;
                    self.b.build_int_sub(q, adj, "fq")?
                } else {
                    let add = self
                        .b
                        .build_select(neg, y, self.i64c(0), "addy")?
                        .into_int_value();
                    self.b.build_int_add(r, add, "fr")?
                };
                self.b.build_left_shift(v, self.i64c(1), "tag")?.into()
            }
            Op::SmallIntToFloat => {
                let x = self.b.build_right_shift(int(0), self.i64c(1), true, "x")?;
                self.b
                    .build_signed_int_to_float(x, self.ctx.f64_type(), "f")?
                    .into()
            }
            Op::IntPow => rt1(self, "nx_int_pow")?,
            Op::IntTrueDiv => self.int_truediv(int(0), int(1))?,
            Op::IntShl => rt1(self, "nx_int_lshift")?,
            Op::IntShr => self.int_shr(int(0), int(1))?,
            Op::IntInvert => rt1(self, "nx_int_invert")?,
            Op::IntAbs => rt1(self, "nx_int_abs")?,
            Op::IntToStr => rt1(self, "nx_int_to_str")?,
            Op::IntHash => rt1(self, "nx_int_hash")?,
            Op::IntRound => rt1(self, "nx_int_round")?,
            Op::IntCmp(c) => {
                let (a, b) = (int(0), int(1));
                let pred = int_pred(c);
                // `op == PUSH` against a small constant: a big int never equals a small one
                // (results are demoted whenever they fit), so the words decide.
                let small_const =
                    |v: IntValue<'ctx>| v.get_zero_extended_constant().is_some_and(|k| k & 1 == 0);
                if matches!(c, CmpOp::Eq | CmpOp::Ne) && (small_const(a) || small_const(b)) {
                    let r = self.b.build_int_compare(pred, a, b, "cmp")?;
                    return Ok(self.bool_result(r)?);
                }
                let small = self.both_small(a, b)?;
                let bool_t: BasicTypeEnum = self.ctx.bool_type().into();
                let r = self.guarded(
                    small,
                    bool_t,
                    |cg| Ok(cg.b.build_int_compare(pred, a, b, "cmp")?.into()),
                    |cg| {
                        let r = cg
                            .call_rt_v("nx_int_compare", &[a.into(), b.into()])?
                            .into_int_value();
                        Ok(cg.b.build_int_compare(pred, r, cg.i64c(0), "cmp")?.into())
                    },
                )?;
                self.bool_result(r.into_int_value())?
            }
            Op::IntToFloat => {
                let a = int(0);
                let small = self.both_small(a, a)?;
                self.guarded(
                    small,
                    f64t,
                    |cg| {
                        let x = cg.b.build_right_shift(a, cg.i64c(1), true, "x")?;
                        Ok(cg
                            .b
                            .build_signed_int_to_float(x, cg.ctx.f64_type(), "f")?
                            .into())
                    },
                    |cg| cg.call_rt_v("nx_int_to_float", &[a.into()]),
                )?
            }
            Op::FloatAdd => self.b.build_float_add(flt(0), flt(1), "fadd")?.into(),
            Op::FloatSub => self.b.build_float_sub(flt(0), flt(1), "fsub")?.into(),
            Op::FloatMul => self.b.build_float_mul(flt(0), flt(1), "fmul")?.into(),
            Op::FloatNeg => self.b.build_float_neg(flt(0), "fneg")?.into(),
            Op::FloatSqrt => {
                // `math.sqrt`: the instruction, except for a negative argument (the runtime
                // raises `ValueError: math domain error`).
                let x = flt(0);
                let ok = self.b.build_float_compare(
                    FloatPredicate::UGE,
                    x,
                    self.ctx.f64_type().const_zero(),
                    "ok",
                )?;
                let ok = self.expect_true(ok)?;
                self.guarded(
                    ok,
                    f64t,
                    |cg| {
                        let f64ty = cg.ctx.f64_type();
                        let sqrt = Intrinsic::find("llvm.sqrt")
                            .and_then(|i| i.get_declaration(&cg.module, &[f64ty.into()]))
                            .expect("sqrt exists");
                        Ok(cg
                            .b
                            .build_call(sqrt, &[x.into()], "sqrt")?
                            .try_as_basic_value()
                            .basic()
                            .expect("value"))
                    },
                    |cg| cg.call_rt_v("nx_math_sqrt", &[x.into()]),
                )?
            }
            Op::FloatAbs => {
                let f64ty = self.ctx.f64_type();
                let fabs = Intrinsic::find("llvm.fabs")
                    .and_then(|i| i.get_declaration(&self.module, &[f64ty.into()]))
                    .expect("fabs exists");
                self.b
                    .build_call(fabs, &[v[0].into()], "fabs")?
                    .try_as_basic_value()
                    .basic()
                    .expect("value")
            }
            Op::FloatDiv => {
                let (a, b) = (flt(0), flt(1));
                let nz = self.b.build_float_compare(
                    FloatPredicate::UNE,
                    b,
                    self.ctx.f64_type().const_zero(),
                    "nz",
                )?;
                self.guarded_raising(
                    nz,
                    f64t,
                    |cg| Ok(cg.b.build_float_div(a, b, "fdiv")?.into()),
                    |cg| cg.call_rt_v("nx_float_truediv", &[a.into(), b.into()]),
                )?
            }
            Op::FloatFloorDiv => rt1(self, "nx_float_floordiv")?,
            Op::FloatMod => rt1(self, "nx_float_mod")?,
            Op::FloatPow => rt1(self, "nx_float_pow")?,
            Op::FloatCmp(c) => {
                let r = self
                    .b
                    .build_float_compare(float_pred(c), flt(0), flt(1), "fcmp")?;
                self.bool_result(r)?
            }
            Op::IntFloatCmp(c) => {
                let (a, b) = (int(0), flt(1));
                // Fast path: a small int of at most 53 bits converts to a float exactly.
                let small = self.both_small(a, a)?;
                let x = self.b.build_right_shift(a, self.i64c(1), true, "x")?;
                let bias = self.b.build_int_add(x, self.i64c(1 << 53), "bias")?;
                let exact = self.b.build_int_compare(
                    IntPredicate::ULE,
                    bias,
                    self.i64c(1 << 54),
                    "exact",
                )?;
                let ok = self.b.build_and(small, exact, "ok")?;
                let bool_t: BasicTypeEnum = self.ctx.bool_type().into();
                let r = self.guarded(
                    ok,
                    bool_t,
                    |cg| {
                        let xf = cg.b.build_signed_int_to_float(x, cg.ctx.f64_type(), "xf")?;
                        Ok(cg
                            .b
                            .build_float_compare(float_pred(c), xf, b, "fcmp")?
                            .into())
                    },
                    |cg| {
                        let r = cg
                            .call_rt_v("nx_int_float_compare", &[a.into(), b.into()])?
                            .into_int_value();
                        let (pred, k) = unordered_aware(c);
                        Ok(cg.b.build_int_compare(pred, r, cg.i64c(k), "cmp")?.into())
                    },
                )?;
                self.bool_result(r.into_int_value())?
            }
            Op::FloatToInt => rt1(self, "nx_float_to_int")?,
            Op::FloatRound => rt1(self, "nx_float_round")?,
            Op::FloatRoundN => rt1(self, "nx_float_round_ndigits")?,
            Op::FloatToStr => rt1(self, "nx_float_to_str")?,
            Op::FloatHash => rt1(self, "nx_float_hash")?,
            Op::BoolToInt => {
                let x = self
                    .b
                    .build_int_z_extend(int(0), self.ctx.i64_type(), "b64")?;
                self.b.build_left_shift(x, self.i64c(1), "tag")?.into()
            }
            Op::BoolToStr => {
                let t = self.literal("True");
                let f = self.literal("False");
                let tv = self.b.build_load(self.ptr_t(), t.as_pointer_value(), "t")?;
                let fv = self.b.build_load(self.ptr_t(), f.as_pointer_value(), "f")?;
                let c = self
                    .b
                    .build_int_compare(IntPredicate::NE, int(0), self.i8c(0), "c")?;
                self.b.build_select(c, tv, fv, "s")?
            }
            Op::BoolNot => self.b.build_xor(int(0), self.i8c(1), "not")?.into(),
            Op::BoolAnd => self.b.build_and(int(0), int(1), "band")?.into(),
            Op::BoolOr => self.b.build_or(int(0), int(1), "bor")?.into(),
            Op::BoolXor => self.b.build_xor(int(0), int(1), "bxor")?.into(),
            Op::StrConcat => rt1(self, "nx_str_concat")?,
            Op::StrConcatN => {
                let parts = self.concat_parts.expect("made for every StrConcatN");
                for (k, p) in v.iter().enumerate() {
                    // SAFETY (of the generated code): the array holds the longest concatenation.
                    let at = unsafe {
                        self.b.build_in_bounds_gep(
                            self.ptr_t(),
                            parts,
                            &[self.i64c(k as i64)],
                            "part",
                        )?
                    };
                    self.b.build_store(at, *p)?;
                }
                let n = self.i64c(v.len() as i64);
                self.call_rt_v("nx_str_concat_n", &[parts.into(), n.into()])?
            }
            Op::StrRepeat => rt1(self, "nx_str_repeat")?,
            Op::StrLen => rt1(self, "nx_str_len")?,
            Op::StrToInt => rt1(self, "nx_str_to_int")?,
            Op::StrToFloat => rt1(self, "nx_str_to_float")?,
            Op::StrHash => rt1(self, "nx_str_hash")?,
            Op::StrRepr => rt1(self, "nx_str_repr")?,
            Op::Format(t) => match t {
                MTy::Int | MTy::OptInt => rt1(self, "nx_format_int")?,
                MTy::Float | MTy::OptFloat => rt1(self, "nx_format_float")?,
                MTy::Str => rt1(self, "nx_format_str")?,
                MTy::Bool | MTy::OptBool => rt1(self, "nx_format_bool")?,
                MTy::None => rt1(self, "nx_format_none")?,
                MTy::List(_)
                | MTy::Tuple(_)
                | MTy::TupleOf(_)
                | MTy::Dict(_)
                | MTy::Set(_)
                | MTy::Instance(_)
                | MTy::OptInstance(_)
                | MTy::OptPtr(_)
                | MTy::Cell
                | MTy::Func
                | MTy::Gen
                | MTy::Bytes
                | MTy::Exc
                | MTy::Dyn => {
                    // (An object is its own dynamic value: its str() for an empty spec, else
                    // CPython's TypeError.)
                    rt1(self, "nx_dyn_format")?
                }
            },
            Op::ObjRepr => rt1(self, "nx_obj_repr")?,
            Op::ListNew(elem) => {
                let kind = self.i64c(mir::elem_kind(elem) as i64);
                self.call_rt_v("nx_list_new", &[kind.into(), self.i64c(0).into()])?
            }
            Op::ListAppend(elem) => {
                self.list_append(v, elem)?;
                self.i8c(0).into()
            }
            Op::ListInsert(elem) => {
                let bits = self.to_bits(v[2], elem)?;
                self.call_rt("nx_list_insert", &[v[0], v[1], bits.into()])?;
                self.i8c(0).into()
            }
            Op::ListSet(elem, index) => {
                self.list_set(v, elem, index)?;
                self.i8c(0).into()
            }
            Op::ListGet(elem, index) => self.list_get(v, elem, index)?,
            Op::ListPop(elem) => self.list_pop(v, elem)?,
            Op::ListPopAt(elem) => {
                let bits = self.call_rt_v("nx_list_pop_at", v)?.into_int_value();
                self.from_bits(bits, elem)?
            }
            Op::ListContains(elem) | Op::ListIndex(elem) | Op::ListCount(elem) => {
                let bits = self.to_bits(v[1], elem)?;
                let name = match op {
                    Op::ListContains(_) => "nx_list_contains",
                    Op::ListIndex(_) => "nx_list_index",
                    _ => "nx_list_count",
                };
                self.call_rt_v(name, &[v[0], bits.into()])?
            }
            Op::ListLen => self.list_len(v[0])?,
            Op::ListEq => rt1(self, "nx_list_eq")?,
            Op::ListCmp(c) => {
                // -1, 0, 1, or 2 when a NaN decided (then only != holds).
                let r = self.call_rt_v("nx_list_compare", v)?.into_int_value();
                let (pred, k) = unordered_aware(c);
                let r = self.b.build_int_compare(pred, r, self.i64c(k), "listcmp")?;
                self.bool_result(r)?
            }
            Op::ListConcat => rt1(self, "nx_list_concat")?,
            Op::ListRepeat => rt1(self, "nx_list_repeat")?,
            Op::ListCopy => rt1(self, "nx_list_copy")?,
            Op::ListSumInt => rt1(self, "nx_list_sum_int")?,
            Op::ListSumFloat => rt1(self, "nx_list_sum_float")?,
            Op::ListClear | Op::ListReverse | Op::ListSort => {
                let name = match op {
                    Op::ListClear => "nx_list_clear",
                    Op::ListReverse => "nx_list_reverse",
                    _ => "nx_list_sort",
                };
                self.call_rt(name, v)?;
                self.i8c(0).into()
            }
            Op::RaiseStr(kind) => {
                self.call_rt("nx_raise_str", &[self.i64c(kind as i64).into(), v[0]])?;
                self.i8c(0).into()
            }
            Op::ExcMatches(kind) => {
                self.call_rt_v("nx_exc_matches", &[self.i64c(kind as i64).into()])?
            }
            Op::ExcMatchesClass(c) => {
                let addr = self.class_table_addr(c)?;
                self.call_rt_v("nx_exc_matches_class", &[addr.into()])?
            }
            Op::ExcIsClass(c) => {
                let addr = self.class_table_addr(c)?;
                self.call_rt_v("nx_exc_is_class", &[v[0], addr.into()])?
            }
            Op::ExcIsKind(kind) => {
                self.call_rt_v("nx_exc_is_kind", &[v[0], self.i64c(kind as i64).into()])?
            }
            Op::ExcTake => self.call_rt_v("nx_exc_take", &[])?,
            Op::ExcReraise => {
                self.call_rt("nx_exc_reraise", v)?;
                self.i8c(0).into()
            }
            Op::DictNew(dt) => {
                let (k, val) = self.prog.dict_types[dt.0 as usize];
                let kk = self.i64c(mir::elem_kind(k) as i64);
                let vk = self.i64c(mir::elem_kind(val) as i64);
                self.call_rt_v("nx_dict_new", &[kk.into(), vk.into()])?
            }
            Op::SetNew(lt) => {
                let e = self.prog.list_elems[lt.0 as usize];
                let kind = self.i64c(mir::elem_kind(e) as i64);
                self.call_rt_v("nx_set_new", &[kind.into()])?
            }
            Op::Slots { f, args, ret } => {
                let mut vals = vec![];
                for (k, val) in v.iter().enumerate() {
                    vals.push(match args.get(k).copied().flatten() {
                        Some(t) => self.to_bits(*val, t)?.into(),
                        None => *val,
                    });
                }
                match (self.call_rt(f.name, &vals)?, ret) {
                    (Some(r), Some(t)) => self.from_bits(r.into_int_value(), t)?,
                    (Some(r), None) => r,
                    (None, _) => self.i8c(0).into(),
                }
            }
            Op::TupleNew(tt) | Op::FuncNew(tt) | Op::GenNew(tt) => self.tuple_new(op, tt, v)?,
            Op::TupleGet(tt, k) => {
                let items = &self.prog.tuple_items[tt.0 as usize];
                let (ty, n) = (items[k as usize], items.len() as u32);
                self.get_item(v[0].into_pointer_value(), k, n, ty)?
            }
            Op::InstanceNew(c, n) => self.instance_new(c, n)?,
            Op::NoneOf(t) => self.none_of(t),
            Op::AttrIsSet(slot, n) => self.attr_is_set(v[0], slot, n)?,
            Op::PtrEq => {
                let (a, b) = (v[0].into_pointer_value(), v[1].into_pointer_value());
                let c = self.b.build_int_compare(IntPredicate::EQ, a, b, "same")?;
                self.bool_result(c)?
            }
            Op::ClassIs(c) => self.class_is(v[0], c)?,
            Op::TupleItem(ty) => {
                // The index is a small tagged int.
                let i = self
                    .b
                    .build_right_shift(v[1].into_int_value(), self.i64c(1), true, "i")?;
                self.get_item_at(v[0].into_pointer_value(), i, ty)?
            }
            Op::CellNew => self.call_rt_v("nx_cell_new", &[])?,
            Op::ItemSet(k, ty) => {
                self.set_item(v, k, ty)?;
                self.i8c(0).into()
            }
            Op::GenDone => {
                let bits = self
                    .call_rt_v("nx_tuple_get", &[v[0], self.i64c(0).into()])?
                    .into_int_value();
                let done = self.i64c(crate::mir::build::GEN_DONE << 1);
                let c = self
                    .b
                    .build_int_compare(IntPredicate::EQ, bits, done, "done")?;
                self.bool_result(c)?
            }
            Op::CellGet(ty) => {
                let bits = self
                    .call_rt_v("nx_cell_get", &[v[0], v[1], v[2]])?
                    .into_int_value();
                self.from_bits(bits, ty)?
            }
            Op::CellSet(ty) => {
                let bits = self.to_bits(v[1], ty)?;
                let kind = self.item_kind(v[1], ty)?;
                self.call_rt(
                    "nx_tuple_init",
                    &[v[0], self.i64c(0).into(), kind.into(), bits.into()],
                )?;
                self.i8c(0).into()
            }
            Op::IsNull => {
                let c = self.is_none(v[0])?;
                self.bool_result(c)?
            }
            Op::GetAttr(slot, ty, n) => self.get_attr(v, slot, ty, n)?,
            Op::GetAttrInit(slot, ty, n) => self.get_attr_init(v[0], slot, ty, n)?,
            Op::SetAttr(slot, ty, n) => {
                self.set_attr(v, slot, ty, n, false)?;
                self.i8c(0).into()
            }
            Op::SetAttrInit(slot, ty, n) => {
                self.set_attr(v, slot, ty, n, true)?;
                self.i8c(0).into()
            }
            Op::TupleEq => rt1(self, "nx_tuple_eq")?,
            Op::TupleHash => rt1(self, "nx_tuple_hash")?,
            Op::TupleCmp(c) => {
                let r = self.call_rt_v("nx_tuple_compare", v)?.into_int_value();
                let (pred, k) = unordered_aware(c);
                let r = self
                    .b
                    .build_int_compare(pred, r, self.i64c(k), "tuplecmp")?;
                self.bool_result(r)?
            }
            Op::Runtime(f) => match self.call_rt(f.name, v)? {
                Some(r) => r,
                None => self.i8c(0).into(),
            },
            Op::ListSetSliceFrom => {
                // Two slices: the target's, then the source's.
                let mut parts = self.slice_parts(&v[0..4]);
                parts.extend(self.slice_parts(&v[4..8]));
                self.call_rt("nx_list_set_slice_from", &parts)?;
                self.i8c(0).into()
            }
            Op::ListSlice
            | Op::TupleSlice
            | Op::StrSlice
            | Op::BytesSlice
            | Op::DynSlice
            | Op::ListSetSlice
            | Op::ListDelSlice => {
                let mut parts = self.slice_parts(&v[0..4]);
                parts.extend(v.get(4));
                let f = match op {
                    Op::StrSlice => "nx_str_slice",
                    Op::BytesSlice => "nx_bytes_slice",
                    Op::ListSlice => "nx_list_slice",
                    Op::TupleSlice => "nx_tuple_slice",
                    Op::DynSlice => "nx_dyn_slice",
                    Op::ListSetSlice => "nx_list_set_slice",
                    _ => "nx_list_del_slice",
                };
                match self.call_rt(f, &parts)? {
                    Some(r) => r,
                    None => self.i8c(0).into(),
                }
            }
            Op::StrCmp(c) => {
                let r = if matches!(c, CmpOp::Eq | CmpOp::Ne) {
                    let eq = self.call_rt_v("nx_str_eq", v)?.into_int_value();
                    let p = if c == CmpOp::Eq {
                        IntPredicate::NE
                    } else {
                        IntPredicate::EQ
                    };
                    self.b.build_int_compare(p, eq, self.i8c(0), "streq")?
                } else {
                    let r = self.call_rt_v("nx_str_compare", v)?.into_int_value();
                    self.b
                        .build_int_compare(int_pred(c), r, self.i64c(0), "strcmp")?
                };
                self.bool_result(r)?
            }
            Op::Print(t) => {
                match t {
                    MTy::Int | MTy::OptInt => self.call_rt("nx_print_int", v)?,
                    MTy::Float | MTy::OptFloat => self.call_rt("nx_print_float", v)?,
                    MTy::Bool | MTy::OptBool => self.call_rt("nx_print_bool", v)?,
                    MTy::Str => self.call_rt("nx_print_str", v)?,
                    MTy::None => self.call_rt("nx_print_none", &[])?,
                    MTy::List(_)
                    | MTy::Tuple(_)
                    | MTy::TupleOf(_)
                    | MTy::Exc
                    | MTy::Dict(_)
                    | MTy::Set(_)
                    | MTy::Instance(_)
                    | MTy::OptInstance(_)
                    | MTy::OptPtr(_)
                    | MTy::Dyn
                    | MTy::Cell
                    | MTy::Func
                    | MTy::Gen
                    | MTy::Bytes => self.call_rt("nx_print_obj", v)?,
                };
                self.i8c(0).into()
            }
            Op::Raise(kind, msg) => {
                let m = self.cstr(msg)?;
                self.call_rt("nx_raise_cstr", &[self.i64c(kind as i64).into(), m.into()])?;
                self.i8c(0).into()
            }
            Op::Reenter => self.reenter()?,
            Op::FuncAddr(spec) => {
                let f = self.funcs[spec.0 as usize]
                    .as_global_value()
                    .as_pointer_value();
                self.b
                    .build_ptr_to_int(f, self.ctx.i64_type(), "func_addr")?
                    .into()
            }
            Op::BoundCheck => unreachable!("the unbound pass removes every BoundCheck"),
            Op::Unbind => unreachable!("the unbound pass removes every Unbind"),
        })
    }
}

fn int_pred(c: CmpOp) -> IntPredicate {
    match c {
        CmpOp::Eq => IntPredicate::EQ,
        CmpOp::Ne => IntPredicate::NE,
        CmpOp::Lt => IntPredicate::SLT,
        CmpOp::Le => IntPredicate::SLE,
        CmpOp::Gt => IntPredicate::SGT,
        CmpOp::Ge => IntPredicate::SGE,
    }
}

/// How to test a three-way result (-1, 0, 1, or 2 for unordered) for `c`.
fn unordered_aware(c: CmpOp) -> (IntPredicate, i64) {
    match c {
        CmpOp::Eq => (IntPredicate::EQ, 0),
        CmpOp::Ne => (IntPredicate::NE, 0),
        CmpOp::Lt => (IntPredicate::EQ, -1),
        CmpOp::Le => (IntPredicate::SLE, 0),
        CmpOp::Gt => (IntPredicate::EQ, 1),
        // 0 or 1 (not -1, not 2)
        CmpOp::Ge => (IntPredicate::ULE, 1),
    }
}

fn float_pred(c: CmpOp) -> FloatPredicate {
    match c {
        CmpOp::Eq => FloatPredicate::OEQ,
        CmpOp::Ne => FloatPredicate::UNE,
        CmpOp::Lt => FloatPredicate::OLT,
        CmpOp::Le => FloatPredicate::OLE,
        CmpOp::Gt => FloatPredicate::OGT,
        CmpOp::Ge => FloatPredicate::OGE,
    }
}

/// Whether a runtime entry's error convention matches what codegen assumes for its result type.
pub fn abi_error_conventions_consistent() -> bool {
    RUNTIME_FNS.iter().all(|f| match f.err {
        ErrConv::IntTag => f.ret == AbiTy::Int,
        ErrConv::Null => f.ret == AbiTy::Obj,
        _ => true,
    })
}
