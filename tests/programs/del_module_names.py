"""`del` of module-level names: the value is let go at once; reading the name afterwards, in
the module's code, in a function or in a generator, raises NameError until it is assigned
again; deleting it twice too; a function deletes a name it declares `global`; a name bound
once to a constant and deleted is not read as the constant."""
big = [i * i for i in range(100000)]
total = sum(big)
del big
print(total)

count = 3
label = "items"
ratio = 0.5
flag = True


def show():
    try:
        print(count, label)
    except NameError as e:
        print("show:", e)


def forget():
    global label
    del label


show()
del count
show()
count = 10
show()
forget()
show()
try:
    print(ratio)
    del ratio
    print(ratio)
except NameError as e:
    print("NameError:", e)
try:
    del ratio
except NameError as e:
    print("again:", e)
del flag
for i in range(3):
    flag = i
print(flag)
x, y = 1, 2
del x, y
try:
    x
except NameError as e:
    print(e)
N = 5
LIMIT = 10 ** 30


def scaled(k):
    return k * N


def gen():
    for i in range(2):
        yield i + N


print(scaled(2), list(gen()), LIMIT)
del N, LIMIT
try:
    print(scaled(3))
except NameError as e:
    print("scaled:", e)
g = gen()
try:
    print(next(g))
except NameError as e:
    print("gen:", e)
N = 7
print(scaled(3), list(gen()))
print(label)
