# Textbook recursive algorithms that build new lists and recurse on them.


def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot = xs[0]
    smaller = [x for x in xs[1:] if x < pivot]
    larger = [x for x in xs[1:] if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([first] + p)
    return result


def subsets(items):
    if not items:
        return [[]]
    head = items[0]
    tail = subsets([x for x in items[1:]])
    return tail + [[head] + s for s in tail]


def group_by_parity(nums, acc):
    if not nums:
        return acc
    n = nums[0]
    key = "even" if n % 2 == 0 else "odd"
    updated = dict(acc)
    updated[key] = updated.get(key, 0) + 1
    return group_by_parity(nums[1:], updated)


def main():
    data = [38, 27, 43, 3, 9, 82, 10, 3]
    print(quicksort(data), merge_sort(data))
    print(quicksort(["pear", "apple", "fig"]), merge_sort([2.5, -1.0, 0.5]))
    print(permutations([1, 2, 3]))
    print(len(subsets(list("abcd"))), subsets([1, 2]))
    print(group_by_parity(data, {}))


main()
