# and / or / not: value returned and evaluation order.
def v(x, name):
    print('  eval', name)
    return x
print('and:', v(1, 'a') and v(2, 'b'))
print('and:', v(0, 'a') and v(2, 'b'))
print('or:', v(0, 'a') or v('', 'b') or v('x', 'c') or v('y', 'd'))
print('or:', v([], 'a') or v(None, 'b'))
print('mixed:', v(1, 'a') and v(0, 'b') or v(3, 'c'))
print('mixed:', v(0, 'a') or v(2, 'b') and v(0, 'c'))
print(not 0, not 1, not '', not 'x', not [], not None, not not 5)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' and 'x', [] or {}, 'a' and 'b' and 'c', 0 or '' or [])
print(type(1 and 2.5).__name__, (1 or 1 / 0), (0 and 1 / 0))
class T:
    def __init__(self, name, b):
        self.name, self.b = name, b
    def __bool__(self):
        print('  bool of', self.name)
        return self.b
    def __repr__(self):
        return self.name
print(T('p', True) and T('q', False))
print(T('p', False) or T('q', True))
print(not T('r', True))
x = T('s', True) and 5
print(x)
if T('cond1', True) and T('cond2', False):
    print('no')
else:
    print('else')
print(all([]), any([]), all([1, 0]), any([0, 1]))
class Vals:
    def __init__(self):
        self.items = [1, 1, 0, 1]
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        val = self.items.pop(0)
        print('  produced', val)
        return val
print(all(Vals()), any(Vals()))
