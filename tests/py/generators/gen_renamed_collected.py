# Names of their own (a renamed function, an assignment) stay with the generator that has
# them: collecting renamed generators leaves nothing behind for new ones made in their place.
import gc

def gen():
    yield 1

async def coro():
    pass

gen.__name__ = 'renamed'
gen.__qualname__ = 'Q.renamed'
g = gen()
print(g.__name__, g.__qualname__)
gen.__name__ = 'again'
print(g.__name__, g.__qualname__, gen().__name__)  # g keeps the names it was made with
g.__name__ = 'mine'
print(g.__name__, g.__qualname__)

def plain():
    yield 2

p = plain()
p.__qualname__ = 'pq'
print(p.__name__, p.__qualname__)

for i in range(2000):
    x = plain()
    x.__name__ = 'tmp%d' % i
    x = None
gc.collect()
ys = [plain() for i in range(2000)]
print(all(y.__name__ == 'plain' and y.__qualname__ == 'plain' for y in ys))
print(g.__name__, p.__qualname__)

c = coro()
c.__name__ = 'cc'
c.__qualname__ = 'ccq'
print(repr(c).split(' at ')[0], c.__name__)
c.close()

try:
    p.__name__ = 3
except TypeError as e:
    print(e)
try:
    del p.__name__
except TypeError as e:
    print(e)
print(p.__name__)
