# sort / sorted with key and reverse, and stability.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'Elder']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
s = sorted(recs, key=lambda r: r[0])
print(sorted(s, key=lambda r: r[1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
l = [3, 1, 2]
r = l.sort()
print(r, l)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'c', 1: 'a'}), sorted({5, 1, 3}), sorted([]))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([1.5, 1, True, 0, False, -0.5]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
print(sorted(range(20), key=lambda x: x % 3))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:], big == list(range(1, 1001)))
data = [(i * 7919) % 101 for i in range(101)]
data.sort()
print(data == list(range(101)))
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reverse=True, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1), K(2)], key=lambda k: k.v))
print(list(reversed(sorted([2, 3, 1]))))
