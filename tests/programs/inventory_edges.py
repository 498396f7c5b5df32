# Edge cases of an inventory: containers that stay empty, cleared lists that are
# sliced, constant set displays with repeats, and set pops after updates.


def restock(shelf, deliveries):
    for batch in deliveries:
        shelf.extend(batch)
    return shelf


def main():
    shelf = restock(["bolt", "nut"], [[], ["washer"], []])
    print(shelf)
    bins = [3, 1]
    bins.extend([])
    empty = []
    bins.extend(empty)
    print(bins)
    prices = [1.25]
    prices.extend([])
    print(prices)
    tags = {"steel"}
    tags.update([])
    print(tags)

    returns = []
    print("bolt" in returns, 7 in returns, returns.count("nut"))
    try:
        returns.remove("bolt")
    except ValueError as e:
        print("ValueError:", e)

    queue = [1, 2, 3]
    queue.clear()
    queue[0:3] = []
    print(queue)
    stack = [9]
    stack *= 0
    stack[0:2] = []
    print(stack)

    sizes = {"S", "M", "M", "L", "S"}
    codes = {1, 2, 2, 3, 1}
    print(sorted(sizes), len(sizes), codes)

    pending = {10, 8, -2}
    first = pending.pop()
    pending.update([8, 12])
    print(first, sorted(pending), pending.pop(), pending.pop())


main()
