"""Positions computed in loops (a heap's children, a counter, a halving search) index lists;
some run one past the end and must raise IndexError, as CPython does, never read out of bounds."""


def sift_down(heap, pos):
    end = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def heap_sort(values):
    heap = list(values)
    i = len(heap) // 2 - 1
    while i >= 0:
        sift_down(heap, i)
        i -= 1
    out = []
    while heap:
        last = heap.pop()
        if heap:
            out.append(heap[0])
            heap[0] = last
            sift_down(heap, 0)
        else:
            out.append(last)
    return out


def prefix_sums(xs):
    sums = [0] * (len(xs) + 1)
    for i in range(len(xs)):
        sums[i + 1] = sums[i] + xs[i]
    return sums


def find_first_at_least(sorted_xs, target):
    lo, hi = 0, len(sorted_xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def read_past_end(xs, start):
    total = 0
    i = start
    while i >= 0:
        total += xs[i]
        i += 1
    return total


def write_past_end(xs, count):
    k = 0
    while k <= count:
        xs[k] = k * k
        k += 1
    return xs


words = ["pear", "fig", "apple", "kiwi", "banana", "cherry", "date", "grape", "lime"]
print(heap_sort(words))
numbers = [(n * 7919) % 101 for n in range(40)]
ordered = heap_sort(numbers)
print(ordered == sorted(numbers), ordered[:8], ordered[-3:])
pairs = heap_sort([(n % 5, -n) for n in range(12)])
print(pairs[:4])
sums = prefix_sums(ordered)
print(sums[-1], sums[len(sums) // 2])
print([find_first_at_least(ordered, t) for t in (-1, 0, 50, 100, 101)])
print(ordered[-1], ordered[-len(ordered)])

try:
    read_past_end([1, 2, 3], 1)
except IndexError as e:
    print("IndexError:", e)
try:
    write_past_end([0] * 4, 4)
except IndexError as e:
    print("IndexError:", e)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid)
print(write_past_end([9] * 6, 3))
read_past_end([10, 20, 30], 0)
