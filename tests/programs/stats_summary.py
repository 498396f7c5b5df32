"""Summary statistics of measurements the way a lab or sales script computes them: means,
medians, modes, spread, quartiles and z-scores with the statistics module, over ints and
floats, with CPython's exact rounding and its errors for empty data."""

import statistics
from statistics import mean, median, mode, stdev, pstdev, variance, StatisticsError

scores = [88, 92, 79, 93, 85, 92, 71, 88, 92]
temps = [21.4, 22.1, 19.8, 23.5, 22.1, 20.9, 21.7]
sales = {"north": [120, 135, 150, 110], "south": [98, 102, 97], "east": [210], "west": []}

print(mean(scores), median(scores), mode(scores), statistics.multimode(scores))
print(mean(temps), median(temps), stdev(temps), pstdev(temps))
print(variance(scores), statistics.pvariance(scores), stdev(scores), pstdev(scores))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), median([1, 3, 5, 7]))
print(mean([1, 2, 3, 4]), mean([2, 4, 6]), mean([0.1, 0.2, 0.3]), statistics.fmean([0.1, 0.2, 0.3]))
print(statistics.quantiles(scores), statistics.quantiles(temps, n=10, method="inclusive"))
print(statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]))
print(mode(["red", "blue", "red", "green"]), statistics.multimode("aabbbcccd"))
print(variance(temps, mean(temps)), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(mean(x * x for x in range(1, 11)), median(range(1, 100, 7)))

m, s = mean(temps), stdev(temps)
for t in temps:
    print(f"{t:5.1f} z={(t - m) / s:+.3f}")

for region, values in sales.items():
    try:
        line = f"{region:>6}: mean={mean(values):8.2f} median={median(values)}"
        if len(values) > 1:
            line += f" stdev={stdev(values):.3f}"
        print(line)
    except StatisticsError as e:
        print(f"{region:>6}: {e}")
for f in (statistics.mode, statistics.median, statistics.fmean, statistics.variance):
    try:
        f([])
    except StatisticsError as e:
        print(f.__name__, "->", e)
try:
    stdev([5])
except statistics.StatisticsError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
