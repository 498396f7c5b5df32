"""Sequence classes that take slices: `obj[a:b:c]` passes a `slice` to `__getitem__`,
`__setitem__` and `__delitem__`, which tell it from an int with `isinstance(i, slice)`, read
its `start`/`stop`/`step` or `indices()`, or index a list with it directly."""


class Series:
    """An immutable run of readings; slicing gives another Series."""

    def __init__(self, name, values):
        self.name = name
        self.values = list(values)

    def __len__(self):
        return len(self.values)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Series(f"{self.name}[{index.start}:{index.stop}]", self.values[index])
        return self.values[index]

    def __repr__(self):
        return f"{self.name}={self.values}"


class Tape:
    """A mutable buffer that forwards every index, int or slice, to its list."""

    def __init__(self, text):
        self.cells = list(text)

    def __getitem__(self, i):
        return self.cells[i]

    def __setitem__(self, i, value):
        self.cells[i] = value

    def __delitem__(self, i):
        del self.cells[i]

    def __str__(self):
        return "".join(self.cells)


class Window:
    """Reports the positions a slice selects, as CPython's `slice.indices` computes them."""

    def __init__(self, size):
        self.size = size

    def __getitem__(self, s):
        start, stop, step = s.indices(self.size)
        return list(range(start, stop, step))


class Letters:
    """Slices through `range(*s.indices(len(self)))`, the usual way to honour every step."""

    def __init__(self, text):
        self.text = text

    def __len__(self):
        return len(self.text)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return "".join(self.text[k] for k in range(*i.indices(len(self))))
        return self.text[i]


temps = Series("t", [12.5, 14.0, 13.25, 15.5, 17.0, 16.75])
print(temps[0], temps[-1], len(temps))
print(temps[1:4], temps[::2], temps[4:], temps[:-4])
week = temps[1:]
print(week[1:3], len(week), sum(week[2:].values))

tape = Tape("hello world")
tape[0] = "J"
tape[6:11] = list("there")
del tape[5:6]
del tape[::4]
print(tape, tape[1:4], tape[-1])

w = Window(10)
print(w[2:8], w[::3], w[::-4], w[-3:], w[5:2])
cut = slice(2, None, 2)
print(cut, cut.start, cut.stop, cut.step, slice(4), slice(1, 3) == slice(1, 3), cut == 2)
print("abcdefgh"[cut], [10, 20, 30, 40, 50][slice(3)], (1, 2, 3, 4)[cut], type(cut).__name__)
abc = Letters("abcdefghij")
print(abc[2:7], abc[::-3], abc[-4:], abc[3], list(range(*slice(1, 9, 2).indices(6))))


class View:
    """One class over lists and strs: its items are dynamic values, sliced all the same."""

    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]


nums, word = View([1, 2, 3, 4]), View("abcd")
print(nums[1:3], word[:2], nums[::-1], word[slice(None, None, 2)], nums[-2:], word[1:], nums[0])
