"""Names that look like class aliases but are bound again somewhere (a comprehension
variable, a lambda parameter, a walrus): they are ordinary variables, read as such."""

T = (int, float)
Number = (int, float)
Pair = (int, str)
print([T for T in [1, 2]])
scale = lambda Pair: Pair * 2
print(scale(4), scale("ab"))
print([n for n in range(3) if (Number := n) > 0], Number)
print(len(T), len(Pair))
