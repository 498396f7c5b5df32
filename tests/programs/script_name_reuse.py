# A script that reuses names for values of other types at the top level: each top-level
# assignment starts a variable of its own, unless a function or lambda may read the name later.

for x in [1.5, 2.5]:
    pass
print(x)
x = 10
print(bin(x), x.bit_length())
x = "ten"
print(x.upper())
x = [1, 2]
x.append(3)
print(x)
total = 0
for v in [1, 2, 3]:
    total += v
print(total)
total = total / 4
print(total)
data = "1,2,3"
data = data.split(",")
data = [int(d) for d in data]
print(sum(data))
f = lambda: y
y = 1
y = "late"
print(f())
def show():
    return z


z = 5
z = "five"
print(show())
