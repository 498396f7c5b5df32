import math
import statistics as s
from fractions import Fraction as F
d = [F(1, 2), F(1, 3), F(3, 4)]
print(s.mean(d), s.variance(d), s.pvariance(d), s.stdev(d), s.pstdev(d), s.median(d), s.fmean(d))
print(repr(s.variance([F(1), F(2)])), repr(s.mean([F(1), F(3)])), repr(s.variance(d, F(1, 2))))
print(s.mean([F(13, 4), F(12, 5)]), math.fsum(d), s.mean([1, 2, 4]), s.mean([1, 2]), s.mean([1.5, 2]))
print(F(" -1_000/3 "), F("1e-2"), F(".5"), F("5."), F("1_0/2"), F("+3.25E+1"))
for bad in ["", "1__0", "1_", "/2", ".5/2", "1/", "1e", "abc", "1/2/3"]:
    try:
        F(bad)
    except ValueError as e:
        print(e)
