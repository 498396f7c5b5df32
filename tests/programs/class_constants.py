"""Class bodies whose attributes are computed from the ones before them, by bare name, as
configuration classes are written; comprehensions in a class body see only the first
iterable from the class (their own scope sees the module's names, as in CPython)."""

SCALE = 3


class Board:
    ROWS = 6
    COLS = 7
    CELLS = ROWS * COLS
    EMPTY = "."
    BLANK_ROW = EMPTY * COLS
    PLAYERS = ("X", "O")
    SYMBOLS = {p: i + 1 for i, p in enumerate(PLAYERS)}
    SCALED = [SCALE * k for k in range(ROWS)]
    BEFORE = SCALE
    SCALE = 10
    AFTER = SCALE

    def __init__(self, rows=ROWS, cols=COLS):
        self.grid = [[Board.EMPTY] * cols for _ in range(rows)]

    def drop(self, col, player):
        for row in reversed(self.grid):
            if row[col] == Board.EMPTY:
                row[col] = player
                return True
        return False

    def render(self):
        return "\n".join("".join(r) for r in self.grid)


def main():
    print(Board.CELLS, repr(Board.BLANK_ROW), Board.SYMBOLS)
    print(Board.SCALED, Board.BEFORE, Board.AFTER, SCALE)
    b = Board(3, 4)
    for col, player in [(0, "X"), (0, "O"), (2, "X"), (0, "X"), (0, "O")]:
        if not b.drop(col, player):
            print("column", col, "is full")
    print(b.render())
    print(len(Board().grid), len(Board().grid[0]))


main()
