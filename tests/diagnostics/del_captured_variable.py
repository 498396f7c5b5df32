# `del` of a variable that an inner function reads is not compiled yet (a function's own
# variables can be deleted).
def make_counter():
    count = 0
    scratch = [1, 2, 3]
    del scratch

    def bump():
        return count + 1

    del count
    return bump


print(make_counter())
