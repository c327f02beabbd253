# abs, all, any.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float('-inf')), type(abs(False)).__name__)
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
for bad in ('s', None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(['']), all([[], 1]), all(iter([True, True])), all({0: 1}))
print(any([]), any([0, 0]), any([0, 1]), any(''), any(' '), any([None, [], {}]), any({0: 'x', 1: 'y'}), any(range(0)))
seen = []
def track(v):
    seen.append(v)
    return v
print(all(map(track, [1, 1, 0, 1, 1])), seen)
seen.clear()
print(any(map(track, [0, 0, 3, 0])), seen)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
