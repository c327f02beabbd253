# __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    real = 'real attribute'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
f = Fallback()
print(f.real, f.xyz, getattr(f, 'xq', 'dflt'), getattr(f, 'nope', 'dflt'), hasattr(f, 'nope'), hasattr(f, 'xa'))
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Everything:
    def __init__(self):
        self.data = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        print('__getattribute__', name)
        return object.__getattribute__(self, name)
e = Everything()
print(e.data, e.secret)
try:
    e.nothing
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom attr')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Both().boom, Both().other)
class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        if name.startswith('_'):
            raise AttributeError(f'cannot set private {name}')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
g = Guarded()
g.a = 1
setattr(g, 'b', 2)
try:
    g._hidden = 3
except AttributeError as ex:
    print(type(ex).__name__, ex)
del g.a
delattr(g, 'b')
try:
    del g.zzz
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(g.log)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.sort()
print(pr._target, pr.count(1), len(pr._target))
try:
    len(pr)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Recursive:
    def __getattr__(self, name):
        return self.__dict__[name]
try:
    Recursive().anything
except KeyError as ex:
    print(type(ex).__name__, ex)
