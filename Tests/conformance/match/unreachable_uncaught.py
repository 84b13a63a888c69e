# A script whose match statement has a capture pattern before another case: the whole file is
# rejected at compile time (nothing is printed).
print("never printed")


def classify(v):
    match v:
        case [x, y]:
            return "pair"
        case x:
            return "anything"
        case None:
            return "none"
