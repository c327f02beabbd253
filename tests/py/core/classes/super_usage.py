# super() forms, cooperative __init__ in multiple inheritance.
class Base:
    def __init__(self, **kw):
        print('Base init, leftover', kw)
        super().__init__()
class A(Base):
    def __init__(self, a=None, **kw):
        print('A init', a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print('B init', b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, c=None, **kw):
        print('C init', c)
        super().__init__(**kw)
C(a=1, b=2, c=3, extra=4)
class P:
    def m(self):
        return 'P.m'
    @classmethod
    def cm(cls):
        return 'P.cm on ' + cls.__name__
    @staticmethod
    def sm():
        return 'P.sm'
class Q(P):
    def m(self):
        return 'Q.m>' + super().m() + '|' + super(Q, self).m()
    @classmethod
    def cm(cls):
        return 'Q.cm>' + super().cm()
    @staticmethod
    def sm():
        return 'Q.sm>' + super(Q, Q).sm()
print(Q().m(), Q.cm(), Q().cm(), Q.sm())
class R(Q):
    def m(self):
        return 'R skips Q: ' + super(Q, self).m()
print(R().m())
s = super(Q, Q())
print(s.m(), type(s).__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class Lazy:
    def m(self):
        f = lambda: super(Lazy, self).__repr__
        return f() is not None
print(Lazy().m())
class Prop(P):
    @property
    def value(self):
        return 'from ' + super().m()
print(Prop().value)
try:
    super(int, 'str')
except TypeError as e:
    print(type(e).__name__, e)
class NoAttr(P):
    def missing(self):
        return super().nonexistent
try:
    NoAttr().missing()
except AttributeError as e:
    print(type(e).__name__, e)
