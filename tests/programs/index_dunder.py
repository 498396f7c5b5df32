"""__index__: instances used as sequence indexes, slice bounds and range() arguments, also
in item assignment and deletion."""
class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


board = ["a", "b", "c", "d"]
s = Slot(2)
print(board[s], board[Slot(-1)], "xyz"[Slot(1)], (10, 20, 30)[Slot(0)])
board[Slot(1)] = "B"
print(board)
del board[Slot(0)]
print(board)
grid = [[0] * 3 for _ in range(3)]
grid[Slot(1)][Slot(2)] = 5
print(grid)
try:
    print(board[Slot(9)])
except IndexError as e:
    print("IndexError:", e)


class Page:
    def __init__(self, number):
        self.number = number

    def __index__(self):
        return self.number - 1


chapters = ["intro", "setup", "usage", "faq"]
print(chapters[Page(2)], chapters[Page(1):Page(3)], list(range(Page(4))))
for i in range(Page(1), Page(4)):
    print(i, chapters[i])
print(hex(Page(11)), bin(Slot(5)), oct(Slot(9)))
# Sequences repeated by an instance's __index__.
print("=" * Page(12), [0] * Slot(3), Page(2) * ("a", "b"), Slot(2) * "ab")
