"""An import of a module natrix does not provide."""

import statistics

print(statistics.mean([1, 2, 3]))
