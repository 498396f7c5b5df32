"""Lists: displays, methods, indexing and slicing, comprehensions, iteration, builtins."""

def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


nums = [3, 1, 4, 1, 5, 9, 2, 6]
nums.append(5)
print(nums, len(nums), total(nums), sum(nums), min(nums), max(nums))
squares = [n * n for n in range(10) if n % 2 == 0]
print(squares, squares[1], squares[-1], squares[1:3], squares[::-1])
words = ["pear", "apple", "fig"]
words.sort()
print(words, "fig" in words, "kiwi" not in words, sorted(nums), str(words))
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid, [1.5, 2.0] + [0.25], [True] * 2, words.index("pear"))
nums[0] += 10
print(nums.pop(), nums.pop(0), nums, [] == [], [1, 2] < [1, 3])
print(f"{len(words)} words: {words}")
