"""Recursions that return their own call plus something: sums over trees, counting paths,
linear recursions near the recursion limit, and a traceback through several such frames."""

import sys


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def total(node):
    if node is None:
        return 0
    return node.value + total(node.left) + total(node.right)


def size(node):
    if node is None:
        return 0
    return 1 + size(node.left) + size(node.right)


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def paths(rows, cols):
    """Lattice paths, printing the corners it visits first."""
    if rows == 0 or cols == 0:
        return 1
    if rows + cols > 6:
        print("visit", rows, cols)
    return paths(rows - 1, cols) + paths(rows, cols - 1)


def swapped(a, b):
    # The arguments of the call read both parameters, which change together.
    if a <= 0:
        return b
    return a * 10 + swapped(b - 1, a - 2)


def powers(n):
    # The sum leaves the machine-word range half way.
    if n == 0:
        return 1
    return 2 ** (n * 3) + powers(n - 1)


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def deepest(start):
    n = start
    while True:
        try:
            sum_to(n)
        except RecursionError:
            return n
        n += 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tribonacci(n):
    if n < 3:
        return [0, 0, 1][n]
    return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)


def digits_sum(n):
    if n < 10:
        return n
    last = n % 10
    return last + digits_sum(n // 10)


def countdown(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return countdown(n - 1) + 1


def boom(n):
    if n == 0:
        return 1 // n
    return 1 + boom(n - 1)


tree = build(1, 50)
print("total", total(tree), "size", size(tree))
print("paths", paths(4, 4))
print("swapped", swapped(7, 3), swapped(0, 5), swapped(12, 12), swapped(2**64, -(2**64)))
print("powers", powers(30))
print("fib", [fib(i) for i in range(15)], fib(25))
print("tribonacci", tribonacci(20))
print("digits", digits_sum(2**200))
print("deepest", deepest(900))
sys.setrecursionlimit(2500)
print("deepest", deepest(2400))
print("sum_to", sum_to(2400))
try:
    countdown(40)
except ValueError as e:
    print("caught:", e)
boom(4)
