# krait: no-gc-stress (100,000 contexts alive at once)
# contextvars at an event loop's scale: 100,000 tasks each copy the context when made (a
# copy shares the variables, so this stays cheap), run steps in their own copy, and keep
# what they set apart from one another and from the main context.
from contextvars import ContextVar, copy_context

request = ContextVar('request', default=None)
depth = ContextVar('depth', default=0)
shared = ContextVar('shared')
shared.set('from main')


class Task:
    __slots__ = ('coro', 'context')

    def __init__(self, coro):
        self.coro = coro
        self.context = copy_context()

    def step(self):
        try:
            self.context.run(self.coro.send, None)
            return True
        except StopIteration:
            return False


class Yield:
    def __await__(self):
        yield


results = []

async def job(n):
    request.set(n)
    depth.set(depth.get() + 1)
    await Yield()
    if request.get() != n or shared.get() != 'from main':
        results.append(('wrong', n, request.get()))
    await Yield()
    results.append(request.get() * depth.get())

tasks = [Task(job(n)) for n in range(100000)]
print(len(tasks), request.get(), depth.get())
while tasks:
    tasks = [t for t in tasks if t.step()]
print(len(results), sum(results), [r for r in results if isinstance(r, tuple)][:3])
print(request.get(), depth.get(), len(copy_context()))

# copies of copies: each level sees its parent's values when it was made
contexts = [copy_context()]
for i in range(1, 1000):
    c = contexts[-1].copy()
    c.run(depth.set, i)
    contexts.append(c)
print(sum(c[depth] for c in contexts[1:]), len(contexts[500]), contexts[999][shared])
