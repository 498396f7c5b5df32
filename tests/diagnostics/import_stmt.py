"""An import of a module natrix does not provide."""

import datetime

print(datetime.date(2024, 1, 1))
