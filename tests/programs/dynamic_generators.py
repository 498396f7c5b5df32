"""Generators held in values of run-time type (a parameter rebound to a generator expression,
a list or a generator): iterated as CPython iterates them."""
from itertools import chain
def f(flag):
    it = [1, 2, 3] if flag else (v * 10 for v in range(3))
    return [x for x in it]
print(f(True), f(False))
def clean(lines):
    lines = (l.strip() for l in lines)
    lines = (l for l in lines if l)
    return list(lines)
print(clean([" a ", "", "b"]))
print(list(chain((x * 2 for x in range(3)), [9])))
def floats():
    yield 1.5
    yield 2.5
def flags():
    yield True
    yield False
def mixed(k):
    return floats() if k else flags()
for k in (1, 0):
    print(list(mixed(k)), sum(1 for _ in mixed(k)))
def boom():
    yield 1
    raise ValueError("gen failed")
try:
    print(list(boom() if len("x") else [0]))
except ValueError as e:
    print("ValueError", e)
