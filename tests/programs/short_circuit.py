"""Short-circuit evaluation: side effects prove which operands were evaluated."""

evaluated = 0


def touch(value):
    global evaluated
    evaluated += 1
    print("  touched", value)
    return value


def main():
    print("false and ...")
    r1 = touch(0) and touch(1)
    print("result", r1, "evaluated", evaluated)
    print("true or ...")
    r2 = touch(3) or touch(4)
    print("result", r2, "evaluated", evaluated)
    print("chain")
    r3 = touch(1) and touch(2) and touch(0) and touch(9)
    print("result", r3, "evaluated", evaluated)
    print("comparison chain stops early")
    ok = touch(5) < touch(3) < touch(100)
    print("result", ok, "evaluated", evaluated)
    ok = touch(1) < touch(2) < touch(3)
    print("result", ok, "evaluated", evaluated)
    print("conditional expression")
    v = touch(10) if touch(0) else touch(20)
    print("result", v, "evaluated", evaluated)
    s = touch("") or touch("fallback")
    print("result", s, "evaluated", evaluated)


main()
