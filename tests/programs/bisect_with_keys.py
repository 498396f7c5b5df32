# A leaderboard kept sorted with bisect's `key` (Python 3.10): records stay whole, the key
# picks what they are ordered by.
import bisect
from bisect import bisect_left, bisect_right, insort


class Entry:
    def __init__(self, player, score):
        self.player = player
        self.score = score

    def __repr__(self):
        return f"{self.player}:{self.score}"


board = []
for player, score in [("ann", 40), ("bob", 25), ("cy", 40), ("dee", 10), ("eve", 33)]:
    insort(board, Entry(player, score), key=lambda e: e.score)
print(board)

# Ties go after the equal ones with insort (insort_right), before them with insort_left.
bisect.insort_left(board, Entry("fay", 40), key=lambda e: e.score)
print(board)

scores = [e.score for e in board]
for target in (5, 25, 34, 40, 50):
    lo = bisect_left(board, target, key=lambda e: e.score)
    hi = bisect_right(board, target, key=lambda e: e.score)
    assert (lo, hi) == (bisect_left(scores, target), bisect_right(scores, target))
    print(target, lo, hi, board[lo:hi])

# Case-insensitive lookup in a sorted word list, within bounds.
words = sorted(["Delta", "alpha", "Charlie", "bravo", "echo"], key=str.lower)
print(words, bisect.bisect(words, "c", key=str.lower), bisect_left(words, "d", 1, 4, key=str.lower))
try:
    bisect_left(words, "x", -1, key=str.lower)
except ValueError as e:
    print("ValueError:", e)
