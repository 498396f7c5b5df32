import math
m = math
print(m.pi)
