"""Variables read before they have a value: UnboundLocalError in functions, NameError at
module level and for module names a function reads before the module's code stores them."""


def last_item(items):
    for item in items:
        last = item
    return last


def describe(n):
    if n > 0:
        kind = "positive"
    elif n < 0:
        kind = "negative"
    try:
        return kind
    except UnboundLocalError as e:
        return "no kind: " + str(e)


def first_even(numbers):
    i = 0
    while i < len(numbers):
        if numbers[i] % 2 == 0:
            found = numbers[i]
            break
        i += 1
    try:
        return found
    except NameError:
        # UnboundLocalError is a NameError.
        return -1


def total_after(flag):
    if flag:
        parts = [1, 2, 3]
    return sum(parts)


def announce():
    print("banner:", banner)


def configure():
    global settings
    settings = {"width": 80}


def width():
    return settings["width"]


print(last_item([3, 1, 4]))
try:
    print(last_item([]))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(describe(5), describe(-2), describe(0), sep=" | ")
print(first_even([3, 5, 8, 9]), first_even([1, 3]))
print(total_after(True))
try:
    total_after(False)
except NameError as e:
    print(type(e).__name__, e)

try:
    announce()
except NameError as e:
    print("too early:", e)
banner = "natrix"
announce()

try:
    width()
except NameError as e:
    print(e)
configure()
print(width())

if len(banner) > 10:
    rare = "long"
try:
    print(rare)
except NameError as e:
    print(e)

counts = {}
for word in "the cat saw the dog".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()), word)

print(describe(0))
print(last_item(()))
