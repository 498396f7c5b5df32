"""defaultdict takes builtin types and constant lambdas as factories; other collections are rejected."""

from collections import defaultdict, UserDict


def make_row():
    return [0, 0]


rows = defaultdict(make_row)
rows["a"][0] += 1
print(rows)
