"""defaultdict copies one value of its factory: a factory with effects is rejected, and so
are other collections."""

import itertools
from collections import defaultdict, UserDict

ids = itertools.count()


def next_id():
    return next(ids)


rows = defaultdict(next_id)
print(rows["a"], rows["b"])
