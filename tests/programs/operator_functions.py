"""The operator module the way programs use it: sorting records with itemgetter and
attrgetter, folding with reduce(operator.mul), a calculator's table of operator functions."""
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller


class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary

    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary})"


rows = [("carol", 31, 5.5), ("alice", 25, 7.25), ("bob", 31, 6.0)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(2)), list(map(itemgetter(0), rows)))
column = 2
pick = itemgetter(column)
column = 0
print(pick(rows[0]), [pick(r) for r in rows])

staff = [Employee("ann", "ops", 50), Employee("ben", "dev", 70), Employee("cat", "dev", 60)]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "name")))
print([attrgetter("name")(e) for e in staff], min(staff, key=operator.attrgetter("salary")).name)

print(reduce(operator.mul, [1, 2, 3, 4, 5]), reduce(operator.add, ["a", "b", "c"]))
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
for sym in ["+", "-", "*", "/", "//", "%", "**"]:
    print(sym, OPS[sym](17, 5))
print(operator.neg(3), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2))
print(operator.eq(2, 2.0), operator.lt("a", "b"), operator.getitem({"k": 9}, "k"), operator.countOf([1, 2, 1], 1))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sorted(["bb", "a", "ccc"], key=len))
print(operator.indexOf([5, 6, 7], 7))
lines = [" Alpha,1 ", "beta,22", "  gamma,333"]
print(list(map(methodcaller("strip"), lines)), sorted(lines, key=methodcaller("lower")))
print([operator.methodcaller("split", ",", maxsplit=1)(s.strip()) for s in lines])
sep = "|"
pad = methodcaller("center", 9, sep)
sep = "#"
print(pad("mid"), [methodcaller("count", "a")(s) for s in lines])
operator.indexOf([5, 6, 7], 8)
