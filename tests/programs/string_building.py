"""Building long strings piece by piece with `+=`, in a function and at module level, as
scripts do: in a function in linear time as in CPython (2 million appends; a copy per append
would take about a minute), and the strings other variables still refer to are left
untouched."""


def render_rows(n):
    out = ""
    for i in range(n):
        out += "#" if i % 7 == 0 else "."
        if i % 250_000 == 249_999:
            out = out + "\n"
    return out


text = ""
for i in range(200_000):
    text += chr(97 + i % 26)
snapshot = text
text += "!"
print(len(text), len(snapshot), text[:30], text[-3:], snapshot[-2:])

rows = render_rows(2_000_000)
print(len(rows), rows.count("#"), rows.count("\n"), rows[:20])

greeting = "hello"
alias = greeting
greeting += ", world"
print(greeting, alias)
parts = ["a", "b"]
joined = ""
for p in parts:
    joined += p
    joined += joined
print(joined)
