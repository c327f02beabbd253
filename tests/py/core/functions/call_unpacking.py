# Call-site unpacking with * and **.
def show(*args, **kwargs):
    print(args, kwargs)
show(*[1, 2], 3, *(4,), k=1, **{'m': 2}, n=3)
show(*'abc')
show(*range(3), *{9: 'x'})
show(**{'a': 1}, **dict(b=2))
show(*[], **{})
def pt(x, y, z=0):
    return x + y * 10 + z * 100
print(pt(*(1, 2)), pt(*[1], 2), pt(**{'y': 2, 'x': 1}), pt(1, *(2, 3)), pt(*(1,), **{'y': 5}))
args = [1, 2]
kwargs = {'z': 3}
print(pt(*args, **kwargs))
class MapLike:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, key):
        return {'x': 7, 'y': 8}[key]
print(pt(**MapLike()))
class SeqLike:
    def __iter__(self):
        return iter([4, 5])
print(pt(*SeqLike()))
print(max(*[3, 7, 5]), min(*'zyx'), print(*[], sep='never'))
try:
    pt(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    pt(1, **{'x': 2, 'y': 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**MapLike(), x=1)
except TypeError as e:
    print(type(e).__name__, e)
