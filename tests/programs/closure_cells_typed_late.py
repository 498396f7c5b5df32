"""A nested function looping over a captured variable whose value comes from a call typed
later in inference (the cell is still untyped when the closure is first met)."""
from typing import List


def widths() -> List[int]:
    return [3, 4]


def show() -> str:
    ws = widths()

    def line() -> str:
        return "|".join(str(w) for w in ws)

    def total():
        return sum([w * 2 for w in ws])

    return line() + " " + str(total())


class Table:
    def _widths(self):
        return [len(h) for h in self.headers]

    def __init__(self, headers):
        self.headers = headers

    def render(self):
        ws = list(self._widths())

        def rule():
            return "+".join("-" * w for w in ws)

        return rule()


print(show())
print(Table(["name", "qty"]).render())
