# Defining __eq__ sets __hash__ to None; explicit __hash__ restores hashability.
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqAndHash) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
class HashNone:
    __hash__ = None
class InheritsEq(EqOnly):
    pass
class ReHash(EqOnly):
    __hash__ = object.__hash__
print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, HashNone.__hash__, InheritsEq.__hash__)
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
for cls in (EqOnly, HashNone, InheritsEq):
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {cls()}
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(ReHash()) is not None)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s, EqAndHash(3) in s)
d = {EqAndHash('k'): 'v'}
print(d[EqAndHash('k')])
class Parent:
    def __hash__(self):
        return 7
class ChildEq(Parent):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__)
try:
    hash(ChildEq())
except TypeError as e:
    print(type(e).__name__, e)
class Mutable:
    def __init__(self):
        self.v = 1
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return self.v
m = Mutable()
ms = {m}
m.v = 2
print(m in ms, any([x is m for x in ms]))
