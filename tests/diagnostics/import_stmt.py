"""An import of a module natrix does not provide."""

import os

print(os.sep)
