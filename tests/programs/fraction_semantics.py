import math
from fractions import Fraction as F
print(F(1,3)**-2, F(0)**0, F(1,2)**0.5, 2**F(1,2), F(4)**F(1,2), F(9,4)**F(1,2))
print(F(7,2)//F(1,3), F(7,2)%F(1,3), divmod(F(7,2),2), F(-7,2)//2, round(F(5,2)), round(F(7,2)), round(F(1,3),2), F('3.1415e2'), F(' -1_000/3 '), F('1.5'))
print(hash(F(1,2))==hash(0.5), F(1,2)==0.5, F(1,3)<0.34, F(3,1)==3, 3==F(3), float(F(1,3)), int(F(-7,2)))
print(math.floor(F(-7,2)), math.ceil(F(-7,2)), math.trunc(F(-7,2)))
print(F(3.141592653589793).limit_denominator(1000), F(0.1), F(1,3).as_integer_ratio())
print(repr(F(2,4)), str(F(4,2)), F(1,2)+1, 1-F(1,2), F(1,2)*2.0, 3/F(3,4), abs(F(-1,2)), -F(1,2), bool(F(0)))
print(sum([F(1,2), F(1,3), F(1,6)]), sorted([F(1,2), F(1,3), F(2,5)]), max(F(1,2), F(2,3)))
for f in [lambda: F(1,2)/0, lambda: F(3,4)//0, lambda: F(0)**-1, lambda: 1/F(0), lambda: F(0)/0, lambda: F(-3,4)/0, lambda: F('5/0'), lambda: F('abc'), lambda: F(3,4).limit_denominator(0)]:
    try:
        print(repr(f()))
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(F(1,2) < F(2,3), F(1,2) <= 0.5, F(1,2) > 0, F(1,2) >= F(1,2), F(1,2) != 0.5, F(1,2) < float("nan"), F(1,2) < float("inf"))
print(F(5,3).limit_denominator(1), F(-5,3).limit_denominator(2), F(1,3).limit_denominator(1000000))
print(F(2,3).numerator, F(2,3).denominator, F(True), F(10, -4), F(F(1,2), F(1,3)), F(3, F(1,2)))
print(f'{F(1,3)}', '%s' % F(1,3), repr([F(1,2)]), round(F(-5,2)), round(F(5,2), 0), round(F(25,100), 1))
print(F(2,1)**3, F(1,2)**F(2), F(1,2)**2.0, F(-2,3)**-3)
print(hash(F(1,3)), hash(F(-1,3)), hash(F(5)), hash(F(10**20, 3)), {F(1,2): "half", 0.5: "float"})
harmonic = sum(F(1, k) for k in range(1, 21))
print(harmonic, float(harmonic), harmonic.limit_denominator(100))
print(F('0.1') + F('0.2') == F(3, 10), 0.1 + 0.2 == 0.3, F(0.1) == 0.1)
