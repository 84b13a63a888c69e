# Compile-time errors for async constructs, as CPython reports them.
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "class C:\n    await x",
    "lambda: await x",
    "def f():\n    [await x for x in y]",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
ok = [
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return (await x for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    async with a as b, c:\n        async for x in b:\n            await x",
]
for src in ok:
    compile(src, "<ok>", "exec")
print("ok compiled")
