"""heapq.merge of sorted inputs, with key= and reverse=."""
import heapq
a = [1, 4, 7, 10]
b = [2, 4, 8]
c = [0, 11]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(["fig", "pear", "apple"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 0], reverse=True)))
logs = [[(1, "a"), (5, "c")], [(2, "b"), (5, "d")]]
for t, name in heapq.merge(*logs):
    print(t, name)
