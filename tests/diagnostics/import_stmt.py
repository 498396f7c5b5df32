"""Imports are not supported."""

import os

print(os.sep)
