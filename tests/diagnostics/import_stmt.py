"""An import of a module natrix does not provide."""

import fractions

print(fractions.Fraction(1, 3))
