import sys

print(len(sys.argv), sys.maxsize, sys.getrecursionlimit())
sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000), sys.getrecursionlimit())
sys.stdout.write("no newline")
sys.stdout.write("\n")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught exit", e)


def check(x):
    if x < 0:
        sys.exit("negative input")
    return x


print(check(5))
sys.exit(3)
print("never")
