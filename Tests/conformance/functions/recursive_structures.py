# Recursive algorithms over data structures: tree insert/traversal, expression evaluation, JSON-like printing.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node
def inorder(node):
    return inorder(node.left) + [node.key] + inorder(node.right) if node else []
def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), height(root))
def evaluate(expr):
    if isinstance(expr, (int, float)):
        return expr
    op, a, b = expr
    x, y = evaluate(a), evaluate(b)
    return {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op]
print(evaluate(("+", 1, ("*", ("-", 10, 4), ("/", 9, 3)))))
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(pad + str(k) + ":")
                dump(v, indent + 1)
            else:
                print(pad + "%s: %r" % (k, v))
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, (dict, list)):
                print(pad + "-")
                dump(v, indent + 1)
            else:
                print(pad + "- %r" % (v,))
dump({"name": "x", "tags": ["a", "b"], "nested": {"deep": [1, {"k": None}]}})
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
print(merge_sort([5, -1, 3, 3, 0, 9, -7, 2]))
