# Mutating a list while it is being sorted is detected.
data = [5, 3, 1, 4, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(set(data)) == [1, 2, 3, 4, 5])
data2 = [3, 1, 2]
def clearing_key(x):
    data2.clear()
    return x
try:
    data2.sort(key=clearing_key)
except ValueError as e:
    print(type(e).__name__, e)
print(data2)
class Evil:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v
lst = []
lst.extend([Evil(i, lst) for i in (3, 1, 2)])
try:
    lst.sort()
except ValueError as e:
    print(type(e).__name__, e)
class Raises:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise RuntimeError('comparison failed')
        return self.v < other.v
items = [Raises(i) for i in (3, 1, 2, 0)]
try:
    items.sort()
except RuntimeError as e:
    print(type(e).__name__, e, sorted([i.v for i in items]))
