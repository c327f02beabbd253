# collections.deque's errors, with CPython 3.11's types and messages: constructor and method
# arguments, indexes, operators, maxlen, empty deques and absurd sizes (MemoryError).
from collections import deque


def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


d = deque([1, 2, 3])

show('3 args', lambda: deque(1, 2, 3))
show('bad kw', lambda: deque(foo=1))
show('twice', lambda: deque([1], iterable=2))
show('kw ok', lambda: deque(iterable=[1], maxlen=2))
show('maxlen str', lambda: deque([], maxlen='a'))
show('maxlen float', lambda: deque([], maxlen=1.5))
show('maxlen index', lambda: deque([], maxlen=Index(2)))
show('maxlen bool', lambda: deque([1, 2], maxlen=True))
show('maxlen neg', lambda: deque([], maxlen=-1))
show('maxlen huge', lambda: deque([], maxlen=1 << 70))
show('maxlen max', lambda: deque([], maxlen=(1 << 63) - 1).maxlen)
show('iterable None', lambda: deque(None))
show('iterable int', lambda: deque(5))
show('new args', lambda: deque.__new__(deque, 1, 2, x=3))
show('reinit bad', lambda: deque.__init__(d, 1, 2, 3))
e = deque([1, 2, 3], maxlen=5)
e.__init__('ab')
show('reinit', lambda: (e, e.maxlen))
e.__init__(maxlen=1)
show('reinit maxlen', lambda: (e, e.maxlen))


def set_maxlen():
    d.maxlen = 3


def del_maxlen():
    del d.maxlen


show('set maxlen', set_maxlen)
show('del maxlen', del_maxlen)

show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('append 0', lambda: d.append())
show('append 2', lambda: d.append(1, 2))
show('append kw', lambda: d.append(x=2))
show('pop arg', lambda: d.pop(1))
show('pop kw', lambda: d.pop(x=1))
show('count 0', lambda: d.count())
show('clear arg', lambda: d.clear(1))
show('extend int', lambda: d.extend(1))
show('extendleft int', lambda: d.extendleft(None))
show('copy arg', lambda: d.copy(1))
show('reversed arg', lambda: d.__reversed__(1))
show('dunder copy arg', lambda: d.__copy__(1))
show('reduce arg', lambda: d.__reduce__(1))
show('sizeof arg', lambda: d.__sizeof__(1))
show('rotate 2', lambda: d.rotate(1, 2))
show('rotate kw', lambda: d.rotate(n=2))
show('rotate str', lambda: d.rotate('a'))
show('rotate float', lambda: d.rotate(1.0))
show('rotate huge', lambda: d.rotate(1 << 70))
show('rotate index', lambda: (d.rotate(Index(1)), d)[1])
show('index 0', lambda: d.index())
show('index 4', lambda: d.index(1, 2, 3, 4))
show('index kw', lambda: d.index(1, start=2))
show('index str', lambda: d.index(1, 'a'))
show('index None', lambda: d.index(1, None))
show('index stop None', lambda: d.index(1, 0, None))
show('index huge', lambda: d.index(1, -(1 << 100), 1 << 100))
show('index Index', lambda: d.index(3, Index(1), Index(3)))
show('index missing', lambda: d.index(5))
show('index repr', lambda: d.index('five'))
show('index range', lambda: d.index(1, 1))
show('insert 1', lambda: d.insert(1))
show('insert kw', lambda: d.insert(0, x=2))
show('insert str', lambda: d.insert('a', 1))
show('insert huge', lambda: d.insert(1 << 70, 1))
show('insert full', lambda: deque([1, 2], maxlen=2).insert(0, 1))
show('insert full 0', lambda: deque(maxlen=0).insert(0, 1))
show('insert room', lambda: (lambda q: (q.insert(0, 1), q)[1])(deque([2], maxlen=2)))
show('remove missing', lambda: d.remove(9))
show('remove repr', lambda: d.remove([1]))
show('remove 0', lambda: d.remove())

show('getitem str', lambda: d['a'])
show('getitem slice', lambda: d[1:2])
show('getitem float', lambda: d[1.0])
show('getitem huge', lambda: d[1 << 70])
show('getitem -huge', lambda: d[-(1 << 70)])
show('getitem 3', lambda: d[3])
show('getitem -4', lambda: d[-4])
show('getitem Index', lambda: d[Index(-1)])
show('getitem empty', lambda: deque()[0])


def setitem(k):
    d[k] = 'x'


def delitem(k):
    del d[k]


for k in (slice(1, 2), 'a', 1 << 70, 7, -4):
    show(('set', k), lambda: setitem(k))
    show(('del', k), lambda: delitem(k))

show('add list', lambda: d + [1])
show('radd list', lambda: [1] + d)
show('add int', lambda: d + 1)
show('int add', lambda: 1 + d)
show('mul float', lambda: d * 2.0)
show('rmul float', lambda: 2.0 * d)
show('mul deque', lambda: d * d)
show('mul huge', lambda: d * (1 << 70))
show('mul Index', lambda: d * Index(2))
show('hash', lambda: hash(d))
show('in set', lambda: {d})
show('lt list', lambda: d < [1])
show('eq list', lambda: d == [1, 2, 3])
show('lt int', lambda: d >= 1)


def imul(n):
    e = deque([1, 2, 3])
    e *= n
    return e


def iadd(x):
    e = deque([1, 2, 3])
    e += x
    return e


show('imul float', lambda: imul(2.0))
show('imul huge', lambda: imul(1 << 70))
show('imul -huge', lambda: imul(-(1 << 70)))
show('iadd int', lambda: iadd(5))
show('iadd str', lambda: iadd('ab'))

# Sizes beyond any memory: MemoryError at once.
show('mul 2 items', lambda: deque([1, 2]) * (1 << 62))
show('mul 3 items', lambda: deque('abc') * (1 << 62))
show('imul 3 items', lambda: len(imul(1 << 62)))
show('mul bounded', lambda: deque([1, 2], maxlen=5) * (1 << 62))
show('mul bounded 1', lambda: deque([7], maxlen=3) * (1 << 62))
show('imul max', lambda: len(imul((1 << 63) - 1)))

show('iter no args', lambda: type(iter(d))())
show('iter list', lambda: type(iter(d))([1]))
show('iter str index', lambda: type(iter(d))(d, 'a'))
show('reduce_ex 0', lambda: d.__reduce_ex__())
show('reduce_ex 2', lambda: d.__reduce_ex__(1, 2))
