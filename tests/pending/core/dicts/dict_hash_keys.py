# Keys that compare equal collapse; custom __hash__/__eq__ interplay.
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d = {0: 'a', -0.0: 'b', False: 'c'}
print(d)
class AlwaysEqual:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 42
    def __repr__(self):
        return self.tag
d = {AlwaysEqual('first'): 1}
d[AlwaysEqual('second')] = 2
print(d)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append('hash')
        return hash(self.v)
    def __eq__(self, other):
        calls.append('eq')
        return self.v == other.v
t1, t2 = Tracked(1), Tracked(1)
d = {t1: 'x'}
print(d[t2], 'eq' in calls, calls.count('hash'))
print(d[t1], calls.count('eq') <= 1)
nan = float('nan')
d = {nan: 1}
d[nan] = 2
print(d, len(d))
d[float('nan')] = 3
print(len(d))
class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
class HashStr:
    def __hash__(self):
        return 'x'
try:
    hash(HashStr())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), {BigHash(): 1} is not None)
