# Sets compared as proper subsets and supersets, and popping from containers
# that are always empty (every pop raises CPython's error).


def safe_pop(stack):
    try:
        return stack.pop()
    except IndexError:
        return None


def drain(pending):
    done = []
    while True:
        try:
            done.append(pending.pop())
        except KeyError as e:
            print("stopped:", e)
            return done


def main():
    required = {"read", "write"}
    granted = {"read", "write", "admin"}
    print(required < granted, granted > required, granted < granted, set() < required)
    print(required > granted, granted >= granted, frozenset(required) < granted)

    print(safe_pop([]), safe_pop([1, 2]))
    print(drain({3, 1, 2}), drain(set()))
    queue = []
    try:
        queue.pop()
    except IndexError as e:
        print("IndexError:", e)
    cache = {}
    try:
        cache.popitem()
    except KeyError as e:
        print("KeyError:", e)
    try:
        cache.pop("missing")
    except KeyError:
        print("no such key")
    print(cache.pop("missing", "default"))


main()
