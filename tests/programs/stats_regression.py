"""statistics.covariance, correlation and linear_regression on random data, and their errors."""
import random
import statistics

random.seed(3)
for trial in range(200):
    n = random.randint(2, 12)
    x = [random.choice([random.randint(-50, 50), random.uniform(-10, 10)]) for _ in range(n)]
    y = [random.choice([random.randint(-50, 50), random.uniform(-10, 10)]) for _ in range(n)]
    try:
        r = statistics.correlation(x, y)
    except statistics.StatisticsError as e:
        r = str(e)
    lr = statistics.linear_regression(x, y)
    lp = statistics.linear_regression(x, y, proportional=True)
    print(statistics.covariance(x, y), r, lr, lp.slope, lr.intercept)
for bad in ([1], [1, 1]), ([1, 2], [3]), ([2, 2, 2], [1, 2, 3]):
    for f in (statistics.covariance, statistics.correlation, statistics.linear_regression):
        try:
            print(f(*bad))
        except statistics.StatisticsError as e:
            print(type(e).__name__, e)
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]))
slope, icpt = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(slope, icpt, statistics.linear_regression([1, 2, 3], [2, 4, 7])[0])
