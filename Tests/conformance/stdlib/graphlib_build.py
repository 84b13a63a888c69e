# graphlib: ordering build steps of a small project (static order, parallel batches with
# get_ready/done, cycle detection and the errors); colorsys: a palette converted between RGB,
# HSV, HLS and YIQ.
import colorsys
import graphlib

deps = {
    "app": ["libcore", "libnet", "assets"],
    "libnet": ["libcore", "openssl"],
    "libcore": ["headers"],
    "tests": ["app", "fixtures"],
    "assets": [],
    "docs": ["headers"],
}
print(list(graphlib.TopologicalSorter(deps).static_order()))

ts = graphlib.TopologicalSorter()
for target, needs in deps.items():
    ts.add(target, *needs)
ts.add("release", "tests", "docs")
ts.prepare()
step = 0
while ts:
    batch = ts.get_ready()
    step += 1
    print("step", step, "builds", sorted(batch))
    ts.done(*batch)
print("active after all done:", ts.is_active())

# Workers finishing out of order.
ts = graphlib.TopologicalSorter({"c": ["a", "b"], "d": ["c"], "e": ["a"]})
ts.prepare()
print(ts.get_ready())
ts.done("b")
print(ts.get_ready(), ts.is_active())
ts.done("a")
print(ts.get_ready())
ts.done("e", "c")
print(ts.get_ready(), bool(ts))

cyclic = graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    cyclic.prepare()
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], e.args[1], isinstance(e, ValueError))
print(cyclic.get_ready())
try:
    list(graphlib.TopologicalSorter({1: [1]}).static_order())
except graphlib.CycleError as e:
    print("self loop:", e.args)

ts = graphlib.TopologicalSorter({"x": ["y"]})
for label, op in [("get_ready early", ts.get_ready), ("is_active early", ts.is_active),
                  ("done early", lambda: ts.done("x")), ("prepare", ts.prepare),
                  ("prepare again", ts.prepare), ("add late", lambda: ts.add("z")),
                  ("done unknown", lambda: ts.done("nope")),
                  ("done not ready", lambda: ts.done("x")), ("ready", ts.get_ready),
                  ("done y", lambda: ts.done("y")), ("done y again", lambda: ts.done("y"))]:
    try:
        print(label, "->", op())
    except ValueError as e:
        print(label, "-> ValueError:", e)
print(graphlib.TopologicalSorter[str])

palette = {"red": (1.0, 0.0, 0.0), "teal": (0.0, 0.5, 0.5), "grey": (0.5, 0.5, 0.5),
           "peach": (1.0, 0.8, 0.6), "navy": (0.0, 0.0, 0.5), "white": (1.0, 1.0, 1.0),
           "violet": (0.56, 0.0, 1.0), "olive": (0.5, 0.5, 0.0)}
for name, rgb in palette.items():
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print("%-6s hsv=%s hls=%s yiq=%s" % (name, hsv, hls, yiq))
    print("       back:", colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls),
          colorsys.yiq_to_rgb(*yiq))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5),
      colorsys.hls_to_rgb(0.9, 0.7, 0.0), colorsys.yiq_to_rgb(1.0, 1.0, -1.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
