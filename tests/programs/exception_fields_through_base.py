"""A handler for a builtin exception class (`except Exception as e`) reading an attribute of
the program's exception class it caught: found on that class's instances, AttributeError on
others, as in CPython."""


class AppError(Exception):
    pass


class Insufficient(AppError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have


class Missing(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def act(i):
    if i == 0:
        raise Insufficient(5, 2)
    if i == 1:
        raise Missing("sku-7")
    if i == 2:
        raise ValueError("bad quantity")
    return i


for i in range(4):
    try:
        print("ok", act(i))
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, Insufficient):
            print("  short by", e.need - e.have)
        try:
            print("  need:", e.need)
        except AttributeError as a:
            print("  AttributeError:", a)

try:
    act(1)
except Exception as e:
    print("missing", e.key.upper())
