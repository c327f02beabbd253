# krait: no-gc-stress (a 50,000-node list stays live while 100,000 more objects are made)
# Creating and discarding many objects, cycles and closures; totals are deterministic.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
head = None
for i in range(50000):
    head = Node(i, head)
total = 0
cur = head
while cur is not None:
    total += cur.value
    cur = cur.next
print(total)
head = None
class Cyc:
    def __init__(self):
        self.me = self
        self.data = [self] * 10
for i in range(10000):
    Cyc()
print('cycles created')
funcs = [(lambda k: (lambda: k))(i) for i in range(20000)]
print(sum([f() for f in funcs]))
d = {}
for i in range(20000):
    d[str(i)] = [i] * 3
for i in range(0, 20000, 2):
    del d[str(i)]
print(len(d), d['19999'])
strings = [str(i) * 3 for i in range(20000)]
print(len(set(strings)), strings[12345])
import gc
print(isinstance(gc.collect(), int))
