# Exceptions inside generators: a finally that runs when the generator raises, a consumer
# that catches and chains, a generator that handles its own errors, StopIteration as a cause.
def numbers(limit):
    try:
        for i in range(limit):
            if i == 3:
                raise ValueError(f"bad value {i}")
            yield i
    finally:
        print("generator cleanup")

def consume():
    got = []
    try:
        for n in numbers(10):
            got.append(n)
    except ValueError as e:
        print("consumer caught:", e)
        try:
            raise RuntimeError("retry failed")
        except RuntimeError as r:
            print("context:", repr(r.__context__))
    return got

print(consume())

def pipeline(items):
    for item in items:
        try:
            yield 100 // item
        except ZeroDivisionError:
            yield -1

print(list(pipeline([5, 0, 20])))

def empty():
    if False:
        yield 0

def chained():
    try:
        next(empty())
    except StopIteration as e:
        raise LookupError("empty source") from e

try:
    chained()
except LookupError as e:
    print(type(e.__cause__).__name__, e)
