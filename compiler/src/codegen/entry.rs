//! The program's entry point, `main`: the runtime started, the string literals made, the
//! module's body run, its globals released when that is wanted, the exit status returned.

use super::*;

impl Cg<'_, '_> {
    /// `main`: start the runtime, make the string literals, run the module, finish.
    pub(super) fn main(&mut self) -> R<()> {
        let i32t = self.ctx.i32_type();
        let fty = i32t.fn_type(&[i32t.into(), self.ptr_t().into()], false);
        let main = self
            .module
            .add_function("main", fty, Some(Linkage::External));
        self.func = Some(main);
        let entry = self.ctx.append_basic_block(main, "entry");
        self.b.position_at_end(entry);
        let argc = main.get_nth_param(0).expect("argc").into_int_value();
        let argv = main.get_nth_param(1).expect("argv");
        let argc64 = self
            .b
            .build_int_s_extend(argc, self.ctx.i64_type(), "argc")?;
        self.call_rt("nx_init", &[argc64.into(), argv])?;
        // "True"/"False" may be needed by str(bool); make sure they exist before the loop.
        for (i, text) in self.literal_text.clone().iter().enumerate() {
            let bytes = self.ctx.const_string(text.as_bytes(), false);
            let g = self
                .module
                .add_global(bytes.get_type(), None, &format!("str.{i}.bytes"));
            g.set_linkage(Linkage::Private);
            g.set_constant(true);
            g.set_initializer(&bytes);
            let obj = self.call_rt_v(
                "nx_str_literal",
                &[
                    g.as_pointer_value().into(),
                    self.i64c(text.len() as i64).into(),
                ],
            )?;
            self.b
                .build_store(self.literals[i].as_pointer_value(), obj)?;
        }
        let module_fn = self.funcs[self.prog.main.0 as usize];
        self.b.build_call(module_fn, &[self.i64c(1).into()], "")?;
        // An uncaught exception is printed before anything is released (its `__str__` may
        // read a global or a class attribute).
        let status = self.call_rt_v("nx_report_uncaught", &[])?.into_int_value();
        // Release what the globals hold, so that every object is freed before the end: the
        // leak check of NATRIX_CHECK_LEAKS counts on it, and a generator a global holds is
        // closed (its `finally` runs, as at CPython's exit). A program without generators
        // skips it otherwise: nothing else can observe it (no `__del__`, no buffered file
        // objects: a runtime type that must be finalized at exit has to be added here), and
        // freeing a large structure object by object only to exit costs time.
        let has_generators = self.prog.bodies.iter().any(|b| b.resume);
        let teardown = self.ctx.append_basic_block(main, "teardown");
        let finish = self.ctx.append_basic_block(main, "finish");
        if has_generators {
            self.b.build_unconditional_branch(teardown)?;
        } else {
            let wanted = self.call_rt_v("nx_teardown_wanted", &[])?.into_int_value();
            let wanted = self.b.build_int_compare(
                IntPredicate::NE,
                wanted,
                self.ctx.i8_type().const_zero(),
                "wanted",
            )?;
            self.b.build_conditional_branch(wanted, teardown, finish)?;
        }
        self.b.position_at_end(teardown);
        // Generators first, then the rest, each latest-defined first: a generator's `finally`
        // that runs now reads the globals it needs (those it reads are defined before it, as
        // a rule), which must still hold their values.
        let order: Vec<usize> = {
            let globals = &self.prog.globals;
            let all = (0..globals.len()).rev();
            all.clone()
                .filter(|&i| globals[i].1 == MTy::Gen)
                .chain(all.filter(|&i| globals[i].1 != MTy::Gen))
                .collect()
        };
        for i in order {
            let ty = self.prog.globals[i].1;
            if ty.is_refcounted() {
                let lt = self.llty(ty);
                let g = self.globals[i].as_pointer_value();
                let v = self.b.build_load(lt, g, "g")?;
                self.b.build_store(g, lt.const_zero())?;
                self.decref_value(v)?;
            }
        }
        self.b.build_unconditional_branch(finish)?;
        self.b.position_at_end(finish);
        let code = self
            .call_rt_v("nx_finish", &[status.into()])?
            .into_int_value();
        let code32 = self.b.build_int_truncate(code, i32t, "code")?;
        self.b.build_return(Some(&code32))?;
        Ok(())
    }
}
