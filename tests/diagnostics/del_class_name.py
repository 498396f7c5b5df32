# `del` of a class name: classes are not variables.
class Point:
    pass


del Point
print("done")
