# input(): reads a line from sys.stdin without its newline, writes the prompt (str() of any
# object) to sys.stdout, and raises EOFError('EOF when reading a line') at end of input; also the
# real stdin (the harness gives /dev/null), as scripts that prompt for input meet it.
import io
import sys

old_in, old_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO("first line\n  second  \nno newline at end")
capture = io.StringIO()
sys.stdout = capture
got = [input(), input("prompt> "), input(42)]
try:
    input("more? ")
except EOFError as e:
    got.append(("EOFError", str(e), e.args))
sys.stdin, sys.stdout = old_in, old_out
print(got)
print(repr(capture.getvalue()))

try:
    input()
except EOFError as e:
    print(type(e).__name__, e)


class Prompt:
    def __str__(self):
        return "custom: "


sys.stdin = io.StringIO("x\n")
sys.stdout = capture = io.StringIO()
answer = input(Prompt())
sys.stdout = old_out
print(repr(answer), repr(capture.getvalue()))
try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)
print(input.__name__)
input("last: ")
