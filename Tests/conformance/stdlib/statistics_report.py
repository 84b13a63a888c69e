"""A statistics report over a small fixed dataset of daily measurements: averages,
spread, quantiles, regression, NormalDist, exact types kept, and the errors."""
import statistics as st
from fractions import Fraction

ROWS = """\
mon 12.5 31 4
tue 14.0 35 4
wed 9.75 22 3
thu 16.25 40 5
fri 11.0 29 4
sat 21.5 52 6
sun 18.0 45 5
mon 13.25 33 4
tue 15.5 38 5
wed 10.0 24 3
"""
temps, sales, staff = [], [], []
for line in ROWS.splitlines():
    day, t, s, k = line.split()
    temps.append(float(t))
    sales.append(int(s))
    staff.append(int(k))

print("== averages ==")
for name in ("mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
             "median_high", "median_grouped"):
    f = getattr(st, name)
    print(f"{name:15} temps={f(temps)!r} sales={f(sales)!r}")
print("weighted fmean:", repr(st.fmean(temps, weights=staff)))
print("weighted harmonic:", repr(st.harmonic_mean(sales, weights=staff)))
print("median_grouped interval 5:", repr(st.median_grouped(sales, 5)))
print("mode staff:", st.mode(staff), "multimode:", st.multimode(staff), st.multimode("aabbbcccd"))
print("mode of words:", st.mode("the cat and the hat and the bat".split()))

print("== spread ==")
for name in ("pvariance", "variance", "pstdev", "stdev"):
    f = getattr(st, name)
    print(f"{name:10} temps={f(temps)!r} sales={f(sales)!r} staff={f(staff)!r}")
print("variance with xbar:", repr(st.variance(temps, st.mean(temps))))
print("pvariance with mu:", repr(st.pvariance(sales, 37)))

print("== exact types ==")
fr = [Fraction(1, 3), Fraction(5, 6), Fraction(7, 4), Fraction(2, 9)]
print(repr(st.mean(fr)), repr(st.variance(fr)), repr(st.pvariance(fr)), repr(st.median(fr)))
print(repr(st.mean([1, 2, 3, 4])), repr(st.mean([1, 2, 3])), repr(st.variance([1, 2, 3, 4])),
      repr(st.pvariance([2, 4, 6])), repr(st.mean([1, Fraction(1, 2)])),
      repr(st.mean([1.5, Fraction(1, 2)])), repr(st.harmonic_mean([1, 2, 4])))
print(repr(st.stdev([1, 2, 3, 4])), repr(st.pstdev(fr)), repr(st.mean([True, False, True])))
print(repr(st.mean([1e308, 1e308, -1e308])), repr(st.variance([0.1, 0.2, 0.3])),
      repr(st.mean([float("inf"), 1.0])), repr(st.fmean(iter([1, 2, 3, 4]))))

print("== quantiles ==")
for n in (2, 4, 10):
    for method in ("exclusive", "inclusive"):
        print(n, method, [round(q, 6) for q in st.quantiles(temps, n=n, method=method)])
print(st.quantiles(sales, n=4), st.quantiles([1, 5], n=3, method="inclusive"))

print("== relations ==")
print("covariance:", repr(st.covariance(temps, sales)))
print("correlation:", repr(st.correlation(temps, sales)))
lr = st.linear_regression(temps, sales)
print("regression:", repr(lr), lr.slope > 0)
print("proportional:", repr(st.linear_regression(temps, sales, proportional=True)))

print("== NormalDist ==")
nd = st.NormalDist.from_samples(temps)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print([round(x, 9) for x in nd.quantiles()], repr(nd.inv_cdf(0.975)), repr(nd.inv_cdf(1e-12)))
print(repr(nd.pdf(14)), repr(nd.cdf(14)), repr(nd.zscore(20)))
iq = st.NormalDist(100, 15)
print(repr(iq.overlap(st.NormalDist(110, 12))), repr(iq.overlap(st.NormalDist(90, 15))))
print(iq + 5, iq - 5, iq * 2, iq / 3, 10 + iq, 200 - iq, 0.5 * iq, -iq, +iq)
print(iq + st.NormalDist(0, 20), iq - st.NormalDist(10, 8))
print(iq == st.NormalDist(100.0, 15.0), iq == st.NormalDist(100, 16), iq == 3,
      hash(iq) == hash(st.NormalDist(100, 15)))
samples = st.NormalDist(0, 1).samples(5, seed=42)
print([round(x, 12) for x in samples])

print("== errors ==")
checks = [
    ("mean([])", lambda: st.mean([])),
    ("fmean([])", lambda: st.fmean([])),
    ("fmean weights len", lambda: st.fmean([1, 2], weights=[1])),
    ("fmean weights zero", lambda: st.fmean([1, 2], weights=[1, -1])),
    ("geometric_mean neg", lambda: st.geometric_mean([1, -2])),
    ("harmonic_mean neg", lambda: st.harmonic_mean([1, -2])),
    ("harmonic_mean []", lambda: st.harmonic_mean([])),
    ("harmonic weights", lambda: st.harmonic_mean([1, 2], weights=[1])),
    ("harmonic zero", lambda: st.harmonic_mean([0, 2])),
    ("median []", lambda: st.median([])),
    ("median_grouped []", lambda: st.median_grouped([])),
    ("mode []", lambda: st.mode([])),
    ("multimode []", lambda: st.multimode([])),
    ("quantiles n=0", lambda: st.quantiles([1, 2], n=0)),
    ("quantiles one", lambda: st.quantiles([1])),
    ("quantiles method", lambda: st.quantiles([1, 2], method="nearest")),
    ("variance one", lambda: st.variance([1])),
    ("pvariance []", lambda: st.pvariance([])),
    ("stdev one", lambda: st.stdev([1.0])),
    ("pstdev []", lambda: st.pstdev([])),
    ("covariance len", lambda: st.covariance([1, 2], [1])),
    ("correlation const", lambda: st.correlation([1, 1, 1], [1, 2, 3])),
    ("regression const", lambda: st.linear_regression([2, 2], [1, 3])),
    ("regression short", lambda: st.linear_regression([2], [1])),
    ("mean str", lambda: st.mean(["a", "b"])),
    ("mean mixed", lambda: st.mean([1.0, complex(1, 1)])),
    ("NormalDist sigma", lambda: st.NormalDist(0, -1)),
    ("inv_cdf p", lambda: st.NormalDist().inv_cdf(1.0)),
    ("pdf sigma 0", lambda: st.NormalDist(1, 0).pdf(1)),
    ("cdf sigma 0", lambda: st.NormalDist(1, 0).cdf(1)),
    ("overlap type", lambda: st.NormalDist().overlap(3)),
    ("zscore sigma 0", lambda: st.NormalDist(1, 0).zscore(1)),
    ("from_samples one", lambda: st.NormalDist.from_samples([3])),
]
for label, fn in checks:
    try:
        print(label, "->", repr(fn()))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__)[:5])
