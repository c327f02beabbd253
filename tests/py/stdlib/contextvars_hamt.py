# contextvars with many variables: contexts keep their variables in a persistent hash trie;
# random sets, resets and copies over hundreds of variables are checked against a dict, and
# copies must keep the values they were made with.
from contextvars import Context, ContextVar, Token, copy_context

seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % n

N = 300
vs = [ContextVar('v%d' % i) for i in range(N)]
index = {v: i for i, v in enumerate(vs)}

def state(ctx):
    return {index[v]: x for v, x in ctx.items()}

def check(ctx, model, where):
    ok = len(ctx) == len(model) and state(ctx) == model and all(
        (vs[i] in ctx) == (i in model) and ctx.get(vs[i], None) == model.get(i) for i in range(0, N, 7))
    if not ok:
        print('mismatch at', where, len(ctx), len(model))
    return ok

def work(ops):
    model = {}
    tokens = []
    snaps = []
    for step in range(ops):
        i = rand(N)
        r = rand(10)
        if r < 5:
            value = rand(1000)
            tokens.append((vs[i].set(value), i, model.get(i)))
            model[i] = value
        elif r < 7 and tokens:
            tok, j, old = tokens.pop(rand(len(tokens)))
            before = model.get(j)
            vs[j].reset(tok)
            # reset gives back the value from before that set, whatever came since
            if old is None:
                model.pop(j, None)
            else:
                model[j] = old
        elif r < 8 and rand(8) == 0:
            snaps.append((copy_context(), dict(model), step))
        else:
            got = vs[i].get(None)
            if got != model.get(i):
                print('get mismatch', step, i, got, model.get(i))
    check(copy_context(), model, 'end')
    for snap, m, step in snaps:
        check(snap, m, 'snapshot %d' % step)
    return len(model), len(snaps), sum(model.values())

print(Context().run(work, 3000))
print(len(copy_context()))

# fill a context, then empty it in a scrambled order
def fill_and_empty():
    toks = [v.set(i) for i, v in enumerate(vs)]
    full = copy_context()
    sizes = []
    order = list(range(N))
    for k in range(N - 1, 0, -1):
        j = rand(k + 1)
        order[k], order[j] = order[j], order[k]
    for n, i in enumerate(order):
        vs[i].reset(toks[i])
        if n % 100 == 0:
            c = copy_context()
            sizes.append(len(c))
            if vs[i] in c or any(vs[k] not in c for k in order[n + 1:n + 20]):
                print('membership wrong after removing', n)
    left = copy_context()
    return sizes, len(left), list(left), len(full), full == copy_context(), sum(full.values())

print(Context().run(fill_and_empty))

# equality over large contexts, built in different orders
def build(order):
    c = Context()
    for i in order:
        c.run(vs[i].set, i * 3)
    return c

a = build(range(N))
b = build(range(N - 1, -1, -1))
print(a == b, len(a), len(b), sorted(state(a).items()) == sorted(state(b).items()))
b.run(vs[5].set, -1)
print(a == b, a != b)
b.run(vs[5].set, 15)
print(a == b)

# Variables made 1024 apart: in Krait their serial numbers agree in the 10 bits the first two
# levels of the trie use, so they share nodes down to the third level.
deep = []
for i in range(12):
    for _ in range(1023):
        ContextVar('throwaway')
    deep.append(ContextVar('deep%d' % i))

def deep_work():
    out = []
    for rounds in range(3):
        toks = [v.set(i * 10 + rounds) for i, v in enumerate(deep)]
        order = list(range(len(deep)))
        for k in range(len(order) - 1, 0, -1):
            j = rand(k + 1)
            order[k], order[j] = order[j], order[k]
        left = set(order)
        for i in order:
            c = copy_context()
            if sorted(int(v.name[4:]) for v in c if v.name.startswith('deep')) != sorted(left):
                print('keys wrong', rounds, i)
            if any(c[deep[k]] != k * 10 + rounds for k in left):
                print('values wrong', rounds, i)
            deep[i].reset(toks[i])
            left.discard(i)
        out.append(len(copy_context()))
    return out

print(Context().run(deep_work), len(deep))
