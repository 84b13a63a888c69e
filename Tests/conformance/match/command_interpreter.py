# A text-adventure command interpreter: parsed commands dispatched with sequence patterns,
# OR patterns, AS patterns, guards, star captures and value patterns (dotted names).
import shlex


class Dir:
    NORTH = "north"
    SOUTH = "south"
    EAST = "east"
    WEST = "west"


class World:
    def __init__(self):
        self.room = (0, 0)
        self.inventory = []
        self.items = {(0, 0): ["lamp", "key"], (0, 1): ["sword"], (1, 0): []}
        self.log = []

    def say(self, *parts):
        self.log.append(" ".join(str(p) for p in parts))


MOVES = {Dir.NORTH: (0, 1), Dir.SOUTH: (0, -1), Dir.EAST: (1, 0), Dir.WEST: (-1, 0)}


def execute(world, line):
    words = shlex.split(line)
    match words:
        case []:
            world.say("say something")
        case ["quit" | "exit" | "q"]:
            world.say("bye")
            return False
        case ["look"]:
            world.say("room", world.room, "has", sorted(world.items.get(world.room, [])))
        case ["go", (Dir.NORTH | Dir.SOUTH | Dir.EAST | Dir.WEST) as direction]:
            dx, dy = MOVES[direction]
            x, y = world.room
            world.room = (x + dx, y + dy)
            world.say("went", direction, "to", world.room)
        case ["go", other]:
            world.say("unknown direction", repr(other))
        case ["n" | "s" | "e" | "w" as short]:
            full = {"n": Dir.NORTH, "s": Dir.SOUTH, "e": Dir.EAST, "w": Dir.WEST}[short]
            return execute(world, "go " + full)
        case ["take", item] if item in world.items.get(world.room, []):
            world.items[world.room].remove(item)
            world.inventory.append(item)
            world.say("took", item)
        case ["take", item]:
            world.say("no", item, "here")
        case ["take", first, *others]:
            for it in [first, *others]:
                execute(world, "take " + it)
        case ["drop", *items] if items and all(i in world.inventory for i in items):
            for i in items:
                world.inventory.remove(i)
                world.items.setdefault(world.room, []).append(i)
            world.say("dropped", ", ".join(items))
        case ["drop", *items]:
            world.say("cannot drop", items)
        case ["inventory" | "i"]:
            world.say("carrying", sorted(world.inventory) or "nothing")
        case ["say", *words] if words:
            world.say("you say:", " ".join(words))
        case [("repeat" | "again"), count, *rest] if count.isdigit() and rest:
            for _ in range(int(count)):
                execute(world, shlex.join(rest))
        case [verb, *_]:
            world.say("I don't know how to", repr(verb))
    return True


script = [
    "", "look", "take lamp", "take lamp", "take key sword", "i", "go north", "look",
    "take sword", "n", "go up", "go 'north east'", "drop lamp key", "drop lamp", "look",
    "say hello   there", "say", "repeat 2 say 'echo echo'", "again x look", "dance wildly",
    "e", "inventory", "q", "look",
]
w = World()
for line in script:
    going = execute(w, line)
    for entry in w.log:
        print("%-22r -> %s" % (line, entry))
    w.log.clear()
    if not going:
        print("stopped at", repr(line))
        break

# the subject is evaluated once; patterns are tried in order
calls = []
def source():
    calls.append("source")
    return ("go", "west")
match source():
    case ("go", "east"):
        print("east")
    case ("go", d) if calls.append("guard") or d == "west":
        print("west after", calls)

# a tuple subject without parentheses, and a starred subject
for a, b in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2)]:
    match a, b:
        case 0, 0:
            print("origin")
        case 0, y:
            print("on y at", y)
        case x, 0:
            print("on x at", x)
        case x, y if x == y:
            print("diagonal", x)
        case _:
            print("somewhere", (a, b))
rest = [2, 3]
match 1, *rest:
    case [1, *tail]:
        print("tail", tail)
