"""Items read out of lists, tuples and attributes, then used after the container changed: the
item must stay alive however the container lets go of it (overwritten, popped, cleared,
replaced by a call, dropped with its owner), in loops and on exception paths."""


class Node:
    def __init__(self, name, nxt):
        self.name = name
        self.next = nxt


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box-" + str(len(items))


def overwrite_then_use(xs):
    first = xs[0]
    xs[0] = ["replaced"]
    first.append("still here")
    return first


def pop_then_use(xs):
    last = xs[-1]
    xs.pop()
    return last + [len(xs)]


def clear_in_call(xs):
    xs.clear()


def item_across_call(xs):
    item = xs[0]
    clear_in_call(xs)
    return item


def pair_parts(pairs):
    total = 0
    names = []
    for a, b in pairs:
        total += a.count(a[0]) + len(b)
        names.append(a + b)
    return total, names


def swap_halves(t):
    left = t[0]
    right = t[1]
    return (right, left)


def attribute_replaced(box):
    old = box.items
    box.items = [n * 10 for n in old]
    old.append(-1)
    return old, box.items


def label_concat(box):
    box.label = box.label + "!"
    return box.label


def walk(node):
    names = []
    while node is not None:
        names.append(node.name)
        node = node.next
    return names


def drop_owner(boxes):
    inner = boxes[0].items
    boxes[0] = Box([])
    inner.append(99)
    return inner


def heap_like(heap):
    # The sift step of a binary heap: items move between slots of the same list.
    pos = 0
    item = heap[pos]
    child = 1
    while child < len(heap):
        right = child + 1
        if right < len(heap) and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    return heap


def raising_after_read(xs, i):
    item = xs[0]
    try:
        return xs[i]
    except IndexError:
        xs[0] = None
        return item


def selfcopy(xs):
    for i in range(len(xs)):
        xs[i] = xs[i]
        xs[i] = xs[len(xs) - 1 - i]
    return xs


def grid_sum(grid):
    total = 0
    for row in grid:
        for cell in row:
            total += cell[0] * cell[1]
    return total


def build_and_drop():
    rows = [[(i, j) for j in range(3)] for i in range(3)]
    cell = rows[1][2]
    rows = None
    return cell


print(overwrite_then_use([["a"], ["b"]]))
print(pop_then_use([[1], [2, 3]]))
print(item_across_call([["kept"], ["gone"]]))
print(pair_parts([("xyz", "ab"), ("aa", ""), ("q", "rst")]))
print(swap_halves((["l"], {"r": 1})))
print(attribute_replaced(Box([1, 2, 3])))
print(label_concat(Box([1])))
chain = Node("a", Node("b", Node("c", None)))
print(walk(chain))
print(drop_owner([Box([1, 2]), Box([3])]))
print(heap_like([(9, "z"), (1, "a"), (2, "b"), (5, "e"), (3, "c"), (4, "d")]))
print(raising_after_read([["first"], ["second"]], 5))
print(raising_after_read([["first"], ["second"]], 1))
print(selfcopy([["a"], ["b"], ["c"], ["d"]]))
print(grid_sum([[(1, 2), (3, 4)], [(5, 6)], []]))
print(build_and_drop())
