# __call__ and callable().
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, k=10), callable(add5), callable(Adder), callable(5), callable(print), callable(None))
print(list(map(add5, [1, 2])), sorted([3, 1], key=Adder(0)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for bad in (5, 'str', None, [1], {}):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class CallReturnsSelf:
    def __call__(self):
        return self
c = CallReturnsSelf()
print(c()()() is c)
class Instance:
    pass
i = Instance()
i.__call__ = lambda: 'instance attribute is ignored'
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
Instance.__call__ = lambda self: 'class attribute works'
print(i())
class Counted:
    calls = 0
    def __call__(self):
        Counted.calls += 1
        return Counted.calls
cc = Counted()
print([cc() for _ in range(3)])
