# repr/str of dicts with varied keys and values.
d = {1: 'one', 'two': 2, 3.5: None, (4, 5): [6], None: {'nested': {}}, True: False, b'b': bytearray(b'x'), frozenset({1}): set()}
print(d)
print(repr({}), str({'a': "it's"}), {'q': '"'}, {'both': '\'"'}, {'nl': '\n'})
print({1: {2: {3: {4: {}}}}}, {'k': [1, (2, {3})]})
print(str(d.keys())[:30], repr({}.items()))
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'K<{self.n}>'
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
kd = {K(1): 'a', K(2): 'b'}
print(kd, kd[K(1)], K(3) in kd)
try:
    kd[K(3)]
except KeyError as e:
    print(type(e).__name__, e)
