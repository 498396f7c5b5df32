"""An import of a module natrix does not provide."""

import decimal

print(decimal.Decimal("1.1") + decimal.Decimal("2.2"))
