"""deque: remove, insert (also into a full bounded deque), reverse, index, copy."""
from collections import deque
d = deque([3, 1, 4, 1, 5])
d.remove(1)
d.insert(1, 9)
d.insert(-1, 7)
d.insert(100, 8)
print(d, d.index(4))
d.reverse()
print(d, list(d))
e = d.copy()
e.append(0)
print(d, e)
for bad in (lambda: d.remove(42), lambda: d.index(42)):
    try:
        bad()
    except ValueError as err:
        print("ValueError:", err)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as err:
    print("IndexError:", err)

# del by index
dd = deque([1, 2, 3, 4, 5])
del dd[0]
del dd[-1]
print(dd)
dd.appendleft(0)
del dd[1]
print(dd, len(dd))
for i in [5, -5]:
    try:
        del dd[i]
    except IndexError as e:
        print("IndexError:", e)
