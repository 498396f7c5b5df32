"""Throwing exceptions into generators: handled at the `yield` (the next value comes back),
passed out, thrown into one not started or finished, and a `return` after it."""
class Abort(Exception):
    pass


def worker(name):
    done = 0
    try:
        while True:
            try:
                job = yield done
                done += job
            except ValueError as e:
                print(name, "skipped bad job:", e)
                done -= 1
    except Abort:
        print(name, "aborted after", done)
        yield -1
    finally:
        print(name, "cleanup")


w = worker("w1")
print(next(w))
print(w.send(5))
print(w.throw(ValueError("negative size")))
print(w.send(2))
print(w.throw(Abort("stop")))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))


def simple():
    yield 1
    yield 2


g = simple()
print(next(g))
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("caught", e)
print(next(g, "finished"))
g2 = simple()
try:
    g2.throw(TypeError("early"))
except TypeError as e:
    print("not started:", e)
print(list(g2))


def stopper():
    try:
        yield 1
    except ValueError:
        return
g3 = stopper()
next(g3)
try:
    g3.throw(ValueError())
except StopIteration:
    print("StopIteration after return")


def letters():
    try:
        yield "a"
        yield "b"
    except LookupError as e:
        yield f"recovered from {e!r}"


def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except ValueError:
        yield -n


# Generators of different kinds in one list: their values are of run-time type.
pipeline = [letters(), counter()]
for gen in pipeline:
    print(next(gen))
print(pipeline[0].throw(KeyError("k")), next(pipeline[1]), pipeline[1].throw(ValueError()))
try:
    pipeline[0].throw(ValueError("last"))
except ValueError as e:
    print("out of the mixed list:", e)


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("guarded closed")


# A value sent to a `yield` that is a statement is dropped; closing then raises GeneratorExit.
s1 = guarded()
print(next(s1), s1.send(5))
s1.close()
s2 = guarded()
next(s2)
s2.send("ignored")
del s2
g4 = simple()
next(g4)
g4.throw(Abort("unhandled"))
