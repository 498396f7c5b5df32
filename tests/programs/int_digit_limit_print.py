"""Printing an int past CPython's 4300-digit limit raises ValueError at the print, where a
handler catches it (nothing of the number is written; what came before in the same print
is)."""

big = 10 ** 5000
try:
    print(big)
except ValueError as e:
    print("caught:", str(e)[:45])

try:
    print("value:", big, "never")
except ValueError:
    print("<- the separator was written")

digits = len(str(10 ** 4299))
print("4300 digits print fine:", digits)


def report(n):
    print("n =", n)
    return "done"


try:
    report(7 ** 6000)
except ValueError as e:
    print("from report:", type(e).__name__)
print("end")
