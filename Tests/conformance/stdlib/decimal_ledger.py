# A small ledger: money amounts as Decimal, VAT and currency conversion with
# quantize and ROUND_HALF_EVEN, totals, formatted report, splitting a bill.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, getcontext

CENT = Decimal("0.01")

entries = [
    ("coffee beans", "12.499", 3),
    ("milk", "0.895", 12),
    ("croissant", "1.125", 40),
    ("rent", "1500", 1),
    ("refund", "-45.555", 1),
    ("napkins", "0.005", 1000),
]

VAT = Decimal("0.19")
total = Decimal(0)
vat_total = Decimal(0)
print("%-14s %5s %10s %10s %10s" % ("item", "qty", "unit", "net", "vat"))
for name, unit, qty in entries:
    unit = Decimal(unit)
    net = (unit * qty).quantize(CENT, rounding=ROUND_HALF_EVEN)
    vat = (net * VAT).quantize(CENT, rounding=ROUND_HALF_EVEN)
    total += net
    vat_total += vat
    print("%-14s %5d %10s %10s %10s" % (name, qty, unit, net, vat))
print("net total:", total, "vat:", vat_total, "gross:", total + vat_total)
print("formatted: {:>15,.2f} | {:<12.2f}| {:^14,}".format(total + vat_total, vat_total, total))

# banker's rounding vs half-up on ties
for s in ["0.125", "0.135", "2.5", "-2.5", "1.005", "-0.005"]:
    d = Decimal(s)
    print(s, d.quantize(CENT, ROUND_HALF_EVEN), d.quantize(CENT, ROUND_HALF_UP),
          d.quantize(CENT, ROUND_DOWN), round(d, 1), round(d))

# currency conversion with an exact rate table
rates = {"EUR": Decimal("1"), "USD": Decimal("1.0836"), "JPY": Decimal("162.47"),
         "CHF": Decimal("0.9512")}
amount = Decimal("1234.56")
for cur, rate in sorted(rates.items()):
    conv = amount * rate
    places = Decimal("1") if cur == "JPY" else CENT
    print(cur, conv, conv.quantize(places), "%s %s" % (format(conv.quantize(places), ","), cur))

# split a bill fairly: remainders go to the first people
bill = Decimal("100.00")
people = 7
share = (bill / people).quantize(CENT, rounding=ROUND_DOWN)
rest = bill - share * people
shares = [share + (CENT if i < int(rest / CENT) else 0) for i in range(people)]
print(share, rest, shares, sum(shares), sum(shares) == bill)

# sums of tenths are exact in decimal, not in binary
print(sum([Decimal("0.1")] * 10) == 1, sum([0.1] * 10) == 1.0)
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(getcontext().prec, getcontext().rounding)

# sorting, min/max, conversions
amounts = [Decimal(x) for x in ["3.10", "3.1", "-0", "0", "10", "2.999", "1E+1"]]
print(sorted(amounts), max(amounts), min(amounts))
print([str(a.normalize()) for a in amounts])
print(int(Decimal("-7.9")), float(Decimal("2.50")), Decimal("7.90").as_tuple())
print(Decimal("123.4500").as_integer_ratio(), Decimal(1) / Decimal(8))
print(len({Decimal("1.0"), Decimal(1), 1, 1.0, Decimal("1.00")}))
