"""Differential check: Lib/zoneinfo against CPython's zoneinfo on every zone of the system
database: available_timezones, utcoffset/dst/tzname for random wall times (1800-2400, both
folds) and fromutc, then wall and UTC times around every offset change found in six sample
years (table years and far-future POSIX-rule years)."""
import random
import sys
import zoneinfo as ref
from datetime import datetime, timedelta, timezone

from _loader import load, Checker

ours = load("zoneinfo")
c = Checker("zoneinfo")
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
keys = sorted(ref.available_timezones())
c.eq("available_timezones", ours.available_timezones(), ref.available_timezones())
c.eq("TZPATH", ours.TZPATH, ref.TZPATH)


def answers(zone, wall, fold):
    dt = wall.replace(tzinfo=zone, fold=fold)
    back = zone.fromutc(wall.replace(tzinfo=zone))
    return (dt.utcoffset(), dt.dst(), dt.tzname(), back.replace(tzinfo=None), back.fold)


for key in keys:
    zo, zr = ours.ZoneInfo(key), ref.ZoneInfo(key)
    walls = []
    for _ in range(60):
        y = rng.choice([rng.randrange(1800, 2100), rng.randrange(1960, 2040),
                        rng.randrange(2037, 2400)])
        walls.append(datetime(y, 1, 1) + timedelta(seconds=rng.randrange(366 * 86400)))
    for y in (1950, 1985, 2021, 2045, 2100):     # offset changes, seen from UTC
        t = datetime(y, 1, 1, tzinfo=timezone.utc)
        prev = t.astimezone(zr).utcoffset()
        for h in range(0, 366 * 24, 6):
            t2 = t + timedelta(hours=h)
            off = t2.astimezone(zr).utcoffset()
            if off != prev:
                prev = off
                for step in range(-8, 9):
                    walls.append((t2 + timedelta(minutes=15 * step - 1)).replace(tzinfo=None))
                    walls.append((t2 + timedelta(minutes=15 * step) + off).replace(tzinfo=None))
    bad = [(w, f) for w in walls for f in (0, 1) if answers(zo, w, f) != answers(zr, w, f)]
    c.true("%s: %d of %d differ, first %s" % (key, len(bad), 2 * len(walls), bad[:1]), not bad)
sys.exit(c.summary())
