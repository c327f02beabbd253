# repr of self-referential containers.
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l))
d = {'a': 1}
d['self'] = d
print(d)
l2 = [d, l]
print(l2)
t = ([],)
t[0].append(t)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
d2 = {}
d2[1] = [d2, {2: d2}]
print(d2)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children!r})'
n = Node()
n.children.append(n)
try:
    print(repr(n)[:40])
except RecursionError as e:
    print(type(e).__name__, e)
print(l[2][2][2][0], l[2] is l)
s = set()
print(s)
