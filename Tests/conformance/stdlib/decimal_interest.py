# Interest and annuity calculations with localcontext precision and rounding.
from decimal import Decimal, localcontext, getcontext, ROUND_HALF_UP, ROUND_CEILING, Context, Inexact
import decimal


def compound(principal, rate, years, per_year):
    p = Decimal(principal)
    r = Decimal(rate) / per_year
    for _ in range(years * per_year):
        p += p * r
    return p


with localcontext() as ctx:
    ctx.prec = 50
    big = compound("10000", "0.05", 10, 12)
    print("50 digits:", big)
with localcontext(prec=12, rounding=ROUND_HALF_UP):
    small = compound("10000", "0.05", 10, 12)
    print("12 digits:", small, getcontext().prec, getcontext().rounding)
print("after:", getcontext().prec, getcontext().rounding)
print("difference:", (big - small).quantize(Decimal("1E-6")))

# closed form with ** and ln/exp
p = Decimal(10000)
r = Decimal("0.05")
print("closed form:", (p * (1 + r / 12) ** 120).quantize(Decimal("0.01")))
print("continuous:", (p * (r * 10).exp()).quantize(Decimal("0.01")))
print("years to double:", (Decimal(2).ln() / (1 + r).ln()).quantize(Decimal("0.001")))
print("log10 of growth:", ((1 + r) ** 10).log10())

# annuity payment: P * r / (1 - (1 + r) ** -n)
def payment(principal, yearly, months):
    r = Decimal(yearly) / 12
    return (Decimal(principal) * r / (1 - (1 + r) ** -months)).quantize(
        Decimal("0.01"), rounding=ROUND_CEILING)


for principal, yearly, months in [(200000, "0.035", 360), (15000, "0.069", 48), (999, "0.2", 12)]:
    pay = payment(principal, yearly, months)
    balance = Decimal(principal)
    r = Decimal(yearly) / 12
    interest_paid = Decimal(0)
    for m in range(months):
        interest = (balance * r).quantize(Decimal("0.01"))
        interest_paid += interest
        balance = balance + interest - pay
    print(principal, yearly, months, "payment", pay, "interest", interest_paid,
          "final balance", balance)

# square roots and precision
for prec in (5, 10, 28, 60):
    with localcontext(prec=prec) as c:
        s = Decimal(2).sqrt()
        print(prec, s, s * s, c.flags[Inexact])

# contexts are per thread
import threading
results = {}


def worker(n):
    decimal.setcontext(Context(prec=n))
    results[n] = str(Decimal(1) / Decimal(7))


threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 6, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), getcontext().prec)

# nested localcontext and explicit context objects
ctx = Context(prec=6, rounding=ROUND_HALF_UP)
print(ctx.divide(1, 3), ctx.power(2, Decimal("0.5")), ctx.sqrt(10), ctx.exp(1), ctx.ln(10))
with localcontext(ctx) as c1:
    with localcontext() as c2:
        c2.prec = 3
        print(Decimal(2) / 3, c1.prec, c2.prec)
    print(Decimal(2) / 3)
print(Decimal(2) / 3)
