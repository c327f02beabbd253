# del of names, items, slices, attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
l = [0, 1, 2, 3, 4, 5]
del l[0], l[-1]
print(l)
del l[1:3]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    cls_attr = 1
o = C()
o.a = 1
del o.a
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(C, 'cls_attr'))
a, b = 1, 2
del (a, b)
print('a' in dir(), 'b' in dir())
p, q = [1], [2]
del [p, q]
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
def g():
    global gv
    gv = 5
    del gv
g()
print('gv' in globals())
