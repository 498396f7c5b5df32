"""CPython's messages for invalid format specs: unknown codes, both separators, a missing
precision, leftover characters, negative-zero coercion of an int."""
cases = [(5, "<8|"), (2.5, "q"), (1.5, ",_"), (1, "_,"), (1, ",,"), (5, "x|"), (5, "8|"), (5, "z"),
         (2.5, ".f"), (2.5, "10.x2"), ("s", "<5q"), ("s", "ab"), (5, "++d"), (5, "=^8"), (7, "#0,d"),
         (1.25, "_.2%"), ("abc", ".2s"), (3, "^+#010_x"), (3.5, "<<10.3e"), ("t", "-5s")]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
