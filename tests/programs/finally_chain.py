# Errors in `finally` and in handlers chain to the exception being handled; a bare `raise` in a
# helper called from a handler re-raises it with its original traceback.


def check(n):
    if n % 2:
        raise ValueError(f"odd: {n}")
    return n // 2


def reraise():
    raise


def process(items):
    done = []
    try:
        for n in items:
            try:
                done.append(check(n))
            except ValueError:
                if n > 5:
                    reraise()
                done.append(-1)
    finally:
        print("processed", done)
    return done


print(process([2, 4, 3, 8]))
try:
    process([1, 7, 2])
except ValueError as e:
    print("caught", e, e.__context__)


def close(resource):
    raise RuntimeError(f"cannot close {resource}")


def use(resource):
    try:
        return 10 // (len(resource) - 4)
    finally:
        close(resource)


use("file")
