# hash and id: relations only (values are implementation details).
a = 'some string'
b = ''.join(['some', ' ', 'string'])
print(hash(a) == hash(b), hash(1) == hash(1.0) == hash(True), hash((1, 'x')) == hash((1, 'x')), hash(-1) == hash(-2))
print(hash(0) == 0, hash(12345) == 12345, type(hash('x')).__name__, hash(None) == hash(None))
x = [1]
y = x
z = [1]
print(id(x) == id(y), id(x) == id(z), id(x) != id(z), type(id(x)).__name__, id(x) > 0)
class C:
    pass
o = C()
print(hash(o) == hash(o), id(o) == id(o), hash(C) == hash(C))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(()) == hash(tuple()), hash(b'ab') == hash(bytes(b'ab')))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class H2:
    def __hash__(self):
        return 10 ** 30
print(hash(H2()) == hash(10 ** 30))
print(hash(1.5) == hash(1.5), hash(float('inf')) == hash(float('inf')), hash(0.0) == hash(-0.0))
