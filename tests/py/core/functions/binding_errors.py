# Argument-binding error messages.
def f(x):
    pass
def g(a, b):
    pass
def h(a, b=1):
    pass
def k(*, key):
    pass
def kk(a, *, key, other):
    pass
def p(a, b, /, c):
    pass
def va(a, *args):
    pass
def many(a, b, c, d):
    pass
def nothing():
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def c(cls, x):
        pass
calls = [
    lambda: f(), lambda: f(1, 2), lambda: f(y=1), lambda: f(1, x=2), lambda: g(), lambda: g(1), lambda: g(1, 2, 3),
    lambda: h(), lambda: h(1, 2, 3), lambda: h(1, c=2), lambda: k(), lambda: k(1), lambda: k(1, key=2), lambda: kk(1),
    lambda: kk(), lambda: p(1, 2), lambda: p(1, b=2, c=3), lambda: p(a=1, b=2, c=3), lambda: va(), lambda: many(),
    lambda: many(1), lambda: many(1, 2, 3), lambda: nothing(1), lambda: nothing(a=1), lambda: C().m(), lambda: C().m(1, 2),
    lambda: C.m(1), lambda: C.s(), lambda: C.c(), lambda: C().c(1, 2), lambda: f(**{'x': 1, 'z': 2}),
    lambda: g(1, a=1), lambda: (lambda q: q)(), lambda: (lambda: 0)(1), lambda: h(b=1), lambda: f(1, **{'x': 2}),
    lambda: g(*[1], **{'a': 2}), lambda: kk(1, key=1), lambda: kk(1, 2, key=1, other=3), lambda: len(), lambda: len(1, 2),
    lambda: abs(x=1), lambda: int('1', 2, 3), lambda: isinstance(1), lambda: print(bad_kw=1), lambda: [].append(),
    lambda: {}.get(), lambda: sorted([], k=1), lambda: C(1),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
