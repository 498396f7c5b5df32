"""gen.close(): finally clauses run at the yield; a closed generator is finished; a generator
that yields again, or whose cleanup raises."""
def reader(lines):
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("reader closed")
r = reader(["a", "b", "c"])
print(next(r))
r.close()
print(next(r, "exhausted"))
r.close()
def plain():
    yield 1
    yield 2
p = plain()
print(next(p))
p.close()
print(list(p))
fresh = reader(["x"])
fresh.close()
print(list(fresh))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def failing():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
f = failing()
next(f)
try:
    f.close()
except ValueError as e:
    print("ValueError:", e)
print("done")
