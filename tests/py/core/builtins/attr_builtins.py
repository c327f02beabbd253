# getattr, setattr, hasattr, delattr.
class C:
    cls_attr = 'class'
    def __init__(self):
        self.a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'cls_attr'), getattr(c, 'zz', 'default'), getattr(C, 'cls_attr'), getattr(c, 'zz', None))
setattr(c, 'b', 2)
setattr(c, 'with space', 3)
setattr(c, '123', 4)
print(c.b, getattr(c, 'with space'), getattr(c, '123'), sorted(vars(c)))
print(hasattr(c, 'a'), hasattr(c, 'nope'), hasattr(C, 'a'), hasattr(C, 'cls_attr'), hasattr(5, 'real'))
delattr(c, 'b')
print(hasattr(c, 'b'))
for bad in (lambda: getattr(c, 'nope'), lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: delattr(c, 'nope'),
            lambda: hasattr(c, None), lambda: getattr(c), lambda: setattr(5, 'x', 1), lambda: delattr(C, 'missing'),
            lambda: setattr(object(), 'x', 1), lambda: getattr('s', 'upperx')):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raising:
    @property
    def boom(self):
        raise ValueError('property raised')
    @property
    def attr_err(self):
        raise AttributeError('inner attribute error')
try:
    hasattr(Raising(), 'boom')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
print(hasattr(Raising(), 'attr_err'), getattr(Raising(), 'attr_err', 'fallback'))
print(getattr(str, 'upper')('x'), getattr([1, 2], '__len__')())
