# Class attributes vs instance attributes, shadowing, mutation.
class C:
    shared = []
    counter = 0
    def __init__(self, name):
        self.name = name
        C.counter += 1
    def add(self, item):
        self.shared.append(item)
a, b = C('a'), C('b')
a.add(1)
b.add(2)
print(a.shared, b.shared, C.shared, C.counter, a.counter)
a.counter = 100
print(a.counter, b.counter, C.counter, 'counter' in vars(a), 'counter' in vars(b))
del a.counter
print(a.counter)
C.counter = 'class changed'
print(a.counter, b.counter)
a.shared = ['own']
print(a.shared, b.shared)
class D:
    x = 'class x'
d = D()
print(d.x)
d.x = 'instance x'
print(d.x, D.x)
D.x = 'class x changed'
print(d.x, D().x)
print(sorted([k for k in vars(D) if not k.startswith('__')]))
class Sub(D):
    pass
print(Sub.x, 'x' in vars(Sub), Sub().x)
Sub.x = 'sub x'
print(Sub.x, D.x)
setattr(D, 'dyn', 5)
print(getattr(d, 'dyn'), hasattr(Sub, 'dyn'))
