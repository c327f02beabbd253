# types.MethodType binds a callable to an object.
import types
bound = types.MethodType(lambda self: self * 2, 21)
print(bound(), bound.__self__, bound.__func__.__name__)
class C:
    pass
c = C()
c.meth = types.MethodType(lambda self, x: (self is c, x), c)
print(c.meth(5))
