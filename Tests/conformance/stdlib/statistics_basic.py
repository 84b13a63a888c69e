# statistics: averages, spread, quantiles, two-input relations, NormalDist; exact sums give the inputs' type back; errors (StatisticsError is a ValueError).
import statistics as st
from fractions import Fraction

import random
data = [2, 3, 4, 5, 3, 4, 2, 5, 2, 2, 4, 2, 2, 2]
print(st.mean(data), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.5, 0.25]), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.median(data), st.median([1, 3]), st.median_low([1, 3]), st.median_high([1, 3]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode(data), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([Fraction(1, 4), Fraction(5, 4)]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
n = st.NormalDist(100, 15)
print(n, n.cdf(130), n.inv_cdf(0.975), n.pdf(100), n.zscore(85), n.quantiles(), st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)))
print(n + 5, n * 2, -n, n == st.NormalDist(100, 15), st.NormalDist.from_samples([1, 2, 3, 4]))
rnd = random.Random(7)
vals = [rnd.random() * 100 for _ in range(200)]
print(st.stdev(vals), st.pstdev(vals), st.variance(vals), st.mean(vals))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.NormalDist(0, -1), lambda: st.quantiles([1], n=4), lambda: st.geometric_mean([0, -1])):
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError', e, isinstance(e, ValueError))
try:
    st.mean(['a'])
except TypeError as e:
    print('TypeError', e)
