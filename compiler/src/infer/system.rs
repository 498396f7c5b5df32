//! The builtins that ask the system: `sys.exit`, `sys.argv`, the recursion limit, `input()`,
//! `sys.stdin`, and `os`'s directory entries and environment.

use super::*;

impl Infer<'_> {
    /// The type of builtin `b` of the system called with `args`; the unsupported-construct
    /// error for arguments it cannot take.
    pub(super) fn system_builtin(&mut self, id: SpecId, b: Builtin, args: &[Expr], e: &Expr) -> Ty {
        use TypeTable as T;
        let tys: Vec<Ty> = args.iter().map(|a| self.expr(id, a)).collect();
        let ok = match b {
            Builtin::SysExit => tys.first().is_none_or(|t| {
                is_intlike(*t) || matches!(*t, T::STR | T::NONE | T::NEVER | T::DYN)
            }),
            Builtin::SetRecursionLimit => tys
                .first()
                .is_some_and(|t| is_intlike(*t) || *t == T::NEVER),
            Builtin::Input => {
                tys.len() <= 1 && tys.first().is_none_or(|t| matches!(*t, T::STR | T::NEVER))
            }
            Builtin::OsListdir => matches!(tys.as_slice(), [T::STR | T::DYN]),
            Builtin::HandledException => tys.is_empty(),
            _ => true,
        };
        if !ok {
            let names: Vec<String> = tys.iter().map(|t| self.t.types.display(*t)).collect();
            let msg = format!("`{}()` of ({})", b.name(), names.join(", "));
            self.error(Diagnostic::unsupported(e.span, &msg));
        }
        match b {
            // It always raises SystemExit.
            Builtin::SysExit => T::NEVER,
            Builtin::Input | Builtin::StdinRead | Builtin::StdinReadline | Builtin::SysPlatform => {
                T::STR
            }
            Builtin::SysArgv
            | Builtin::StdinReadlines
            | Builtin::OsListdir
            | Builtin::OsEnviron => {
                let site = self.site_at(e);
                let l = self.t.types.list_of(site);
                self.add_elem(l, T::STR, e.span);
                self.t.types.list_of(site)
            }
            Builtin::GetRecursionLimit => T::INT,
            Builtin::HandledException => self.t.types.intern(TyKind::Optional(T::EXC)),
            _ => T::NONE,
        }
    }
}
