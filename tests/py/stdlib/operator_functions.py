# operator: every function against the operators, the getters' reprs and argument errors.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.not_([1]), op.truth(''), op.truth('x'))
print(op.is_(None, None), op.is_not(None, 0), op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
print(op.getitem(l, 1), op.getitem('hello', slice(1, 3)))
op.setitem(l, 0, 'x')
op.delitem(l, 2)
print(l, op.concat([1], [2]), op.concat('a', 'b'), op.index(7), op.length_hint([1, 2]), op.length_hint(5, 9))
print(op.call(max, 3, 7, key=lambda v: -v))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul('a', 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
print(op.__add__ is op.add, op.__not__ is op.not_, op.add.__name__, op.__and__(3, 1))

class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(op.matmul(M(), 1), op.imatmul(M(), 1))

g = op.itemgetter(1)
print(g, g('abc'), op.itemgetter(0, -1)('abc'), op.itemgetter('k', 'j')({'k': 1, 'j': 2}), type(g))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))

class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=1, b=P(c=2))
print(op.attrgetter('a')(p), op.attrgetter('b.c')(p), op.attrgetter('a', 'b.c')(p), op.attrgetter('a', 'b.c'))
mc = op.methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), mc, op.methodcaller('upper')('x'), op.methodcaller('f', 1, k=[2]))
print(repr(type(op.attrgetter('a'))), repr(type(mc)))

class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 3))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

err(op.add, 1)
err(op.add, 1, 2, 3)
err(op.add, a=1, b=2)
err(op.neg)
err(op.truth, 1, 2)
err(op.indexOf, [1], 2)
err(op.concat, 1, 2)
err(op.iconcat, {}, 2)
err(op.index, 1.5)
err(op.length_hint)
err(op.length_hint, [], 'a')
err(op.length_hint, Hint(-1))
err(op.length_hint, Hint(1.5))
err(op.call)
err(op.itemgetter)
err(op.itemgetter, 1, x=2)
err(op.itemgetter(1), 1, 2)
err(op.itemgetter(5), [1])
err(op.attrgetter, 1)
err(op.attrgetter('a'))
err(op.attrgetter('zz'), p)
err(op.methodcaller)
err(op.methodcaller, 1)
err(op.methodcaller('nope'), 1)
err(op.add, 1, 'a')
err(op.getitem, 1, 1)
err(op.lt, 1, 'a')
