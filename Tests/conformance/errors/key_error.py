# Uncaught KeyError: the message is the repr of the key.
inventory = {"apples": 3, "pears": 0, "plums": 12}
for fruit in ("apples", "pears"):
    print(fruit, inventory[fruit])
print(inventory.get("kiwis", "none"))
try:
    inventory["grapes"]
except KeyError as e:
    print("caught:", repr(e), e.args)
def restock(name, n):
    inventory[name] += n
    return inventory[name]
print(restock("plums", 3))
print(sorted(inventory))
print(inventory.setdefault("kiwis", 0), "kiwis" in inventory)
print(list(inventory.items())[-1])
del inventory["kiwis"]
print("now uncaught")
restock("mangos", 5)
print("never printed")
