# A class defined under `if` at module level (a platform switch): not supported yet, and
# said so at the definition rather than as an undefined name where it is used. (A `def`
# there is supported: the function value is assigned to the global.)
import sys

if len(sys.argv) > 1:
    class Greeter:
        def greet(self, name):
            return "hi " + name
else:
    class Greeter:
        def greet(self, name):
            return "hello " + name

print(Greeter().greet("ada"))
