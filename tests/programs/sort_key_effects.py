"""Key functions with side effects: called once per item, in list order, before any
comparison; one that appends to the list being sorted makes the sort fail as in CPython."""

calls = []


def logged_len(word):
    calls.append(word)
    return len(word)


words = ["kiwi", "fig", "banana", "apple", "date"]
words.sort(key=logged_len)
print(words)
print(calls)

calls.clear()
print(sorted(words, key=logged_len, reverse=True), len(calls))

queue = [5, 3, 8]


def greedy(v):
    queue.append(v * 10)
    return -v


try:
    queue.sort(key=greedy)
except ValueError as e:
    print("ValueError:", e)
print(queue)
