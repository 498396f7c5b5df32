//! `print(...)`: the arguments, then each one's text and the separators, to stdout or stderr.

use super::*;

impl Builder<'_> {
    /// `print(args, sep=…, end=…, file=sys.stderr, flush=…)`.
    pub(super) fn print(
        &mut self,
        args: &[Expr],
        sep: Option<&Expr>,
        end: Option<&Expr>,
        stderr: bool,
        flush: Option<&Expr>,
    ) -> Operand {
        // Every argument is evaluated before any is converted to text (a later
        // argument's call may change an earlier object: `print(acct, acct.close())`).
        let ops = self.exprs(args);
        let vals: Vec<(Operand, MTy)> = ops
            .into_iter()
            .zip(args)
            .map(|(v, a)| (v, self.ty(a)))
            .collect();
        let sep = self.print_sep(sep, " ");
        let end = self.print_sep(end, "\n");
        if let Some(f) = flush {
            self.expr(f);
        }
        // Each piece goes out before the next argument is converted (which may run a
        // `__str__` that raises); stderr gets each piece as it is printed.
        let print = |b: &mut Self, v: Operand, t: MTy| {
            if stderr {
                b.rt("nx_print_to", vec![Operand::Int(2)], MTy::None);
            }
            b.op(Op::Print(t), vec![v], MTy::None);
            if stderr {
                b.rt("nx_print_to", vec![Operand::Int(1)], MTy::None);
            }
        };
        for (i, (v, t)) in vals.into_iter().enumerate() {
            if i > 0 {
                print(self, sep.clone(), MTy::Str);
            }
            let (v, t) = match t {
                MTy::Instance(c) => (self.instance_str(v, c), MTy::Str),
                MTy::OptInstance(c) => (self.opt_text(v, c, false), MTy::Str),
                t if t.is_optional_value() => (self.optional_text(v, t, false), MTy::Str),
                _ => (v, t),
            };
            print(self, v, t);
        }
        print(self, end, MTy::Str);
        if flush.is_some() && !stderr {
            self.rt("nx_flush_stdout", vec![], MTy::None);
        }
        Operand::None
    }

    fn print_sep(&mut self, e: Option<&Expr>, default: &str) -> Operand {
        match e {
            Some(e) if self.ty(e) == MTy::Str => self.expr(e),
            Some(e) => {
                self.expr(e);
                self.strings.intern(default)
            }
            None => self.strings.intern(default),
        }
    }
}
