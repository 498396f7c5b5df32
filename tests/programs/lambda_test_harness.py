"""A small test harness called with one lambda per case (more cases than a function may be
specialized for): the lambdas share one specialization of `check`, which calls the right
one when it runs."""

passed = 0
failed = []


def check(name, fn, expected):
    global passed
    try:
        got = fn()
    except Exception as e:
        got = type(e).__name__
    if got == expected:
        passed += 1
    else:
        failed.append(name)
        print("FAIL", name, repr(got), "!=", repr(expected))


def show(label, fn):
    print(label, fn())


data = [5, 3, 8, 1]
words = ["pear", "fig", "apple"]
check("sum", lambda: sum(data), 17)
check("max", lambda: max(data), 8)
check("min", lambda: min(data), 1)
check("sorted", lambda: sorted(data), [1, 3, 5, 8])
check("len", lambda: len(words), 3)
check("join", lambda: '-'.join(words), 'pear-fig-apple')
check("upper", lambda: words[0].upper(), 'PEAR')
check("div", lambda: 7 / 2, 3.5)
check("floordiv", lambda: 7 // 2, 3)
check("mod", lambda: -7 % 3, 2)
check("pow", lambda: 2 ** 70, 1180591620717411303424)
check("zero", lambda: 1 // 0, 'ZeroDivisionError')
check("index", lambda: data[10], 'IndexError')
check("key", lambda: {'a': 1}['b'], 'KeyError')
check("int", lambda: int('12') + 1, 13)
check("badint", lambda: int('x'), 'ValueError')
check("float", lambda: float('2.5') * 2, 5.0)
check("round", lambda: round(2.675, 2), 2.67)
check("slice", lambda: data[::-1], [1, 8, 3, 5])
check("comp", lambda: [w[0] for w in words], ['p', 'f', 'a'])
check("set", lambda: len(set('hello')), 4)
check("dict", lambda: dict(zip('ab', [1, 2])), {'a': 1, 'b': 2})
check("find", lambda: 'banana'.find('an'), 1)
check("count", lambda: 'banana'.count('a'), 3)
check("split", lambda: 'a,b,,c'.split(','), ['a', 'b', '', 'c'])
check("strip", lambda: '  x '.strip(), 'x')
check("any", lambda: any(x > 7 for x in data), True)
check("all", lambda: all(x > 0 for x in data), True)
check("abs", lambda: abs(-3.5), 3.5)
check("divmod", lambda: divmod(17, 5), (3, 2))
check("bool", lambda: bool([]), False)
check("chr", lambda: chr(65) + chr(97), 'Aa')
check("ord", lambda: ord('z'), 122)
check("hex", lambda: hex(255), '0xff')
check("bin", lambda: bin(5), '0b101')
check("fmt", lambda: f'{3.14159:.2f}', '3.14')
check("rev", lambda: list(reversed(words)), ['apple', 'fig', 'pear'])
check("enum", lambda: list(enumerate('ab')), [(0, 'a'), (1, 'b')])
check("wrong", lambda: len(words) + 1, 3)
check("none", lambda: None, None)
show("sum", lambda: sum(data))
show("text", lambda: " ".join(words))
print(passed, "passed;", len(failed), "failed:", failed)
