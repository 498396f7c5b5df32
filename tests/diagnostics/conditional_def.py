# A function defined under `if` at module level (a platform switch): not supported yet, and
# said so at the definition rather than as an undefined name at the call.
import sys

if len(sys.argv) > 1:
    def greet(name):
        return "hi " + name
else:
    def greet(name):
        return "hello " + name

print(greet("ada"))
