# Single inheritance: overriding, extending, attribute lookup through the chain, isinstance.
class Animal:
    sound = "..."
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def describe(self):
        return "%s with %d legs" % (self.speak(), self.legs)
class Dog(Animal):
    sound = "woof"
class Bird(Animal):
    sound = "tweet"
    legs = 2
    def speak(self):
        return super().speak() + "!"
class Parrot(Bird):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words
    def speak(self):
        return "%s (knows %d words)" % (super().speak(), len(self.words))
for a in (Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly", ["hi", "bye"])):
    print(a.describe())
p = Parrot("p", [])
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog), isinstance(p, object))
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), issubclass(Dog, Dog))
print(Parrot.__bases__, Parrot.__base__.__name__, [c.__name__ for c in Parrot.__mro__])
print(Dog.__subclasses__(), sorted(c.__name__ for c in Animal.__subclasses__()))
Animal.legs = 6
print(Dog("d").legs, Bird("b").legs)
d = Dog("x")
d.sound = "instance woof"
print(d.speak(), Dog("y").speak())
del d.sound
print(d.speak())
print("speak" in Dog.__dict__, "speak" in Animal.__dict__, hasattr(Dog, "speak"))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
