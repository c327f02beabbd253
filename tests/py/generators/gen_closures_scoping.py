# Generators close over variables; late binding; generators capturing loop variables.
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * k for k in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens_late():
    gens = []
    for i in range(3):
        def gen():
            yield i
        gens.append(gen())
    return gens
print([next(g) for g in make_gens_late()])
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
    while count < 3:
        inc()
        yield count
print(list(counter_gen()))
x = 'global'
def reads_global():
    yield x
g = reads_global()
x = 'changed before first next'
print(next(g))
def args_captured(*args, **kw):
    yield args
    yield kw
print(list(args_captured(1, 2, k='v')))
def default_arg(items=[]):
    items.append(len(items))
    yield list(items)
print(next(default_arg()), next(default_arg()))
