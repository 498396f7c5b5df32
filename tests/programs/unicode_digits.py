"""int() and float() read decimal digits of every script and Unicode whitespace, as CPython."""

readings = ["٣", " ١٢٣ ", "１２", "\u2003 42\u3000", "-٤٥", "+०७"]
print([int(r) for r in readings], sum(int(r) for r in readings))
print(float("٣.٥"), float("１e３"), int("٣", 16), int("ff", 16), int("٠b١٠١", 0))
for bad in ("²", "٣x", "", "½", "٣.٥"):
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
