"""try/except/else/finally, raise, assert, and errors caught where CPython raises them."""


def parse_int(text, default):
    try:
        return int(text)
    except ValueError:
        return default


def safe_div(a, b):
    try:
        q = a // b
    except ZeroDivisionError as e:
        print("caught:", e, repr(e))
        return 0
    else:
        print("no error for", a, b)
        return q
    finally:
        print("finally for", a, b)


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x ** 0.5


def lookup(xs, i):
    try:
        return xs[i]
    except IndexError as e:
        print("index error:", e)
        return -1


def deep(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return deep(n - 1) + 1


def classify(s):
    try:
        v = float(s)
        if v < 0:
            raise ArithmeticError("negative")
        return "ok " + str(v)
    except (ValueError, TypeError):
        return "not a number"
    except ArithmeticError as e:
        return "arith: " + str(e)


def main():
    print(parse_int("42", 0), parse_int("4x2", -1), parse_int(" 7 ", 0))
    print(safe_div(7, 2), safe_div(1, 0))
    for x in [4.0, -1.0, 9.0]:
        try:
            print(checked_sqrt(x))
        except ValueError as err:
            print("error:", err)
    print(lookup([1, 2, 3], 1), lookup([1, 2, 3], 10))
    try:
        deep(5)
    except RuntimeError as e:
        print("deep:", e)
    print(classify("2.5"), classify("abc"), classify("-3"))
    count = 0
    for i in range(5):
        try:
            if i % 2 == 0:
                raise KeyError("k" + str(i))
            count += 1
        except LookupError as e:
            print("lookup:", e, repr(e))
    print("count", count)
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
    try:
        assert count == 2, "count should be two"
        assert count == 3, "count is " + str(count)
    except AssertionError as e:
        print("assert:", e)
    try:
        try:
            int("nope")
        except ValueError:
            print("handling, then re-raising")
            raise
    except Exception as e:
        print("re-raised:", e)
    try:
        deep(2000)
    except RecursionError as e:
        print("recursion:", e)
    raise ValueError("final uncaught error")


main()
