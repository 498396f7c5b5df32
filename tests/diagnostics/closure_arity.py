def make_adder(n):
    return lambda x: x + n


add3 = make_adder(3)
print(add3(1, 2))
