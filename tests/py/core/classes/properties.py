# property with getter, setter, deleter; read-only errors.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.fset, Temp.celsius.fget.__name__)
class Old:
    def _get(self):
        return 'old-style'
    x = property(_get, doc='explicit doc')
print(Old().x, Old.x.__doc__)
class Computed:
    count = 0
    @property
    def next(self):
        Computed.count += 1
        return Computed.count
c = Computed()
print(c.next, c.next, c.next)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub getter'
s = Sub()
s.celsius = 5
print(s.celsius, s._c)
class Shadow:
    @property
    def p(self):
        return 'property wins'
sh = Shadow()
sh.__dict__['p'] = 'instance dict'
print(sh.p)
try:
    sh.p = 1
except AttributeError as e:
    print(type(e).__name__, e)
