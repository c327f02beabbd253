# contextvars with generators and coroutines: in 3.11 a generator has no context of its own,
# so each step runs in whatever context is current when it is resumed; a small scheduler
# runs coroutines in a copied context per task, as asyncio does.
from contextvars import Context, ContextVar, copy_context

v = ContextVar('v', default='default')


def clean(s):
    out = ''
    while ' at 0x' in s:
        i = s.index(' at 0x')
        j = i + 6
        while j < len(s) and s[j] in '0123456789abcdef':
            j += 1
        out += s[:i] + ' at ADDR'
        s = s[j:]
    return out + s


# a set inside a generator shows in the caller's context
def setter():
    v.set('from generator')
    yield v.get()
    yield v.get()

g = setter()
print(next(g), v.get())
v.set('caller')
print(next(g), v.get())

# the generator sees the context of each resume
def reader():
    while True:
        yield v.get()

r = reader()
c1, c2 = Context(), copy_context()
c1.run(v.set, 'c1')
print(next(r), c1.run(next, r), c2.run(next, r), next(r), c1.run(lambda: next(r)))

# a generator created inside run and resumed outside it
def make():
    v.set('made inside')
    return reader()

inside = Context()
r2 = inside.run(make)
print(next(r2), inside.run(next, r2), inside[v])

# sets made during different resumes land in different contexts
def stepper():
    v.set('step 1')
    yield
    v.set('step 2')
    yield
    v.set('step 3')
    yield

s = stepper()
ca, cb = Context(), Context()
ca.run(next, s)
cb.run(next, s)
next(s)
print(ca[v], cb[v], v.get())

# a token made in one resume cannot be reset from a resume in another context
def token_gen():
    tok = v.set('tok value')
    yield
    try:
        v.reset(tok)
        print('reset ok', v.get())
    except ValueError as e:
        print('ValueError', clean(str(e)))
    yield

for resume in (Context().run, lambda f, *a: f(*a)):
    t = token_gen()
    Context().run(next, t)
    resume(next, t)
t = token_gen()
next(t)
next(t)

# yield from: the whole chain runs in the context of the resume
def leaf():
    yield 'leaf ' + v.get()
    v.set('set in leaf')
    yield 'leaf ' + v.get()

def middle():
    yield 'middle ' + v.get()
    yield from leaf()
    yield 'middle ' + v.get()

m = middle()
cm = Context()
cm.run(v.set, 'cm')
print([cm.run(next, m) for _ in range(4)], cm[v], v.get())

# generator expressions are evaluated where they are consumed
ge = (v.get() for _ in range(2))
print(Context().run(list, ge))
ge = (v.get() for _ in range(2))
cg = Context()
cg.run(v.set, 'cg')
print(cg.run(next, ge), next(ge))

# close() and the finally block run in the context current at close time
def with_finally():
    try:
        yield
    finally:
        print('finally sees', v.get())

f = with_finally()
next(f)
cf = Context()
cf.run(v.set, 'closing context')
cf.run(f.close)
f = with_finally()
next(f)
f.close()

# a generator that runs code in another context around its own yields
def runs_inside(ctx):
    yield ctx.run(v.get)
    yield ctx.run(lambda: v.set('set by run') and None)
    yield v.get(), ctx[v]

cr = Context()
cr.run(v.set, 'cr')
print(list(runs_inside(cr)))

# a small scheduler: each task runs its coroutine in its own copy of the context
class Yield:
    def __await__(self):
        yield


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.context = copy_context()
        self.done = False

    def step(self):
        try:
            self.context.run(self.coro.send, None)
        except StopIteration as e:
            self.done = True
            self.result = e.value


def run_all(*coros):
    tasks = [Task(c) for c in coros]
    while not all(t.done for t in tasks):
        for t in tasks:
            if not t.done:
                t.step()
    return [t.result for t in tasks]

request = ContextVar('request')
log = []

async def child(name):
    log.append((name, 'child sees', request.get()))
    await Yield()
    return request.get()

async def handler(name, n):
    request.set(name)
    seen = []
    for i in range(n):
        seen.append(request.get())
        await Yield()
    seen.append(await child(name))
    request.set(name + '!')
    await Yield()
    seen.append(request.get())
    return seen

request.set('main')
print(run_all(handler('a', 2), handler('b', 3), handler('c', 1)))
print(sorted(log), request.get())

# a task made inside another task's context inherits its values
async def parent():
    request.set('parent value')
    t = Task(child('spawned'))
    while not t.done:
        t.step()
        await Yield()
    return t.result

log.clear()
print(run_all(parent()), log, request.get())

# async generators: each step runs in the current context too
async def agen():
    yield v.get()
    v.set('set by agen')
    yield v.get()

def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value

ag = agen()
ca = Context()
print(ca.run(drive, ag.__anext__()), drive(ag.__anext__()), v.get(), v.get() == ca.get(v, 'default'))
