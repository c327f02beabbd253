# Multiple inheritance and C3 MRO.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print([k.__name__ for k in D.__mro__], D().who())
print(D.mro() == list(D.__mro__), [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    attr = 'left'
class Right:
    attr = 'right'
    only_right = 'r'
class Both(Left, Right):
    pass
print(Both.attr, Both.only_right, Both.__bases__)
class Mixin:
    def greet(self):
        return 'mixin greet from ' + self.name()
class Named:
    def name(self):
        return 'Named'
class Combo(Mixin, Named):
    pass
print(Combo().greet())
print(object.__mro__, int.__mro__, bool.__mro__)
