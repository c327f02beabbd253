# types: the type names, SimpleNamespace, and dynamic class creation.
import types
import sys

def f(): pass
class C:
    def m(self): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
print(isinstance(f.__code__, types.CodeType), isinstance(sys._getframe(), types.FrameType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.NoneType() is None, types.EllipsisType() is ...)
m = types.ModuleType('mod', 'the doc')
print(m.__name__, m.__doc__)

mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), list(mp), 'a' in mp)
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, repr(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(b='x', c=[1, 2]), ns != types.SimpleNamespace(), ns == 1)
ns.self_ref = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(ns)
except TypeError as e:
    print('TypeError', e)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3))
print(types.SimpleNamespace(b=2, a=1))
print(vars(types.SimpleNamespace(k=1)))

# new_class, prepare_class, resolve_bases
def body(ns):
    ns['x'] = 10
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (C,), exec_body=body)
print(K.__name__, K.__bases__, K.x, K().hello(), isinstance(K(), C))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K2 = types.new_class('K2', (), {'metaclass': Meta, 'flag': 1})
print(type(K2).__name__, K2.from_prepare)
meta, ns, kw = types.prepare_class('Z', (K2,), {'other': 2})
print(meta.__name__, ns, kw)
print(types.prepare_class('Y'))
class Entries:
    def __mro_entries__(self, bases):
        return (C,)
e = Entries()
print(types.resolve_bases((e, int)) == (C, int), types.resolve_bases((int,)))
K3 = types.new_class('K3', (e,))
print(K3.__bases__ == (C,), K3.__orig_bases__ == (e,))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print('TypeError', e)
class BadEntries:
    def __mro_entries__(self, bases):
        return [C]
try:
    types.resolve_bases((BadEntries(),))
except TypeError as e:
    print('TypeError', e)

# DynamicClassAttribute
class DA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance value'
print(DA().name)
try:
    DA.name
except AttributeError:
    print('AttributeError on the class')
