"""%-formatting with a literal template given values of every type: ints, bools and floats
convert as CPython converts them, and a str, None or float where the conversion cannot take
it raises CPython's TypeError (the template is compiled into format() calls)."""

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "error:", e)


def fmt_d(v):
    return "%d items" % v


def fmt_x(v):
    return "%x|%X|%o" % (v, v, v)


def fmt_f(v):
    return "%.2f / %e / %g" % (v, v, v)


def fmt_c(v):
    return "[%c] [%3c] [%-3c]" % (v, v, v)


def fmt_i(v):
    return "%+5i" % v


for v in [42, -7, True, 3.75, -2.5]:
    attempt("d", lambda: fmt_d(v))
    attempt("i", lambda: fmt_i(v))
    attempt("f", lambda: fmt_f(v))
for v in [255, True, -16]:
    attempt("x", lambda: fmt_x(v))
attempt("x float", lambda: fmt_x(2.5))
attempt("d str", lambda: fmt_d("3"))
attempt("i str", lambda: fmt_i("3"))
attempt("x str", lambda: fmt_x("ff"))
attempt("f str", lambda: fmt_f("1.5"))
for v in [65, 0x263A, True]:
    attempt("c", lambda: fmt_c(v))
attempt("c big", lambda: fmt_c(0x110000))
attempt("c neg", lambda: fmt_c(-1))
attempt("c str", lambda: fmt_c("z"))
attempt("c str2", lambda: fmt_c("zz"))
attempt("c float", lambda: fmt_c(1.0))
maybe = {"a": 1}.get("b")
attempt("d none", lambda: "%d" % maybe)
attempt("f none", lambda: "%f" % maybe)
attempt("x none", lambda: "%x" % maybe)
have = {"a": 1}.get("a")
attempt("d opt", lambda: "%05d" % have)
print("%d%%" % 50, "%s and %r" % ("x", "y"), "%5.1f%%" % 99.44)
