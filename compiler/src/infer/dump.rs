//! `--emit types`: the types inference found, for snapshots and debugging.

use super::*;

/// `--emit types`: every specialization with the type of each variable.
pub fn dump(prog: &Program, t: &Typed) -> String {
    let mut out = String::new();
    for (g, ty) in t.globals.iter().enumerate() {
        out.push_str(&format!(
            "global {}: {}\n",
            prog.globals[g].name,
            t.types.display(*ty)
        ));
    }
    for (class, fields) in prog.classes.iter().zip(&t.fields) {
        // A hierarchy shares its root's attribute slots.
        match (class.base, class.exc_base) {
            (Some(b), _) => {
                out.push_str(&format!("\nclass {}({})\n", class.name, prog.class(b).name))
            }
            (None, Some(k)) => out.push_str(&format!("\nclass {}({})\n", class.name, k.name())),
            (None, None) => out.push_str(&format!("\nclass {}\n", class.name)),
        }
        for (slot, (name, ty)) in fields.iter().enumerate() {
            out.push_str(&format!(
                "    .{name}: {} (slot {slot})\n",
                t.types.display(*ty)
            ));
        }
    }
    for (i, spec) in t.specs.iter().enumerate() {
        let f = prog.func(spec.func);
        out.push_str(&format!(
            "\n{} -> {}\n",
            t.spec_name(prog, SpecId(i as u32)),
            t.types.display(spec.ret)
        ));
        for (l, ty) in spec.locals.iter().enumerate() {
            out.push_str(&format!(
                "    {}: {}\n",
                f.locals[l].name,
                t.types.display(*ty)
            ));
        }
    }
    out.push_str(&format!(
        "\n# {} specializations, {} iterations\n",
        t.specs.len(),
        t.iterations
    ));
    out
}
