# __bool__ and __len__ determine truthiness; __bool__ wins.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not B(False), B(True) and 'and-result', L(0) or 'or-result')
if L(1):
    print('if uses len')
while B(False):
    pass
print([x for x in [L(0), L(2)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 'yes'
class BadLen:
    def __len__(self):
        return -1
for bad in (BadBool(), BadLen()):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __bool__(self):
        return True
print(bool(Sub(0)), bool(0))
