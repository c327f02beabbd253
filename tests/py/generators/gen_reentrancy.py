# A running generator cannot be re-entered.
def selfish():
    yield next(g)
g = selfish()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def state_probe():
    print('  running inside:', gen.gi_running)
    yield 1
gen = state_probe()
print('before:', gen.gi_running, gen.gi_suspended if hasattr(gen, 'gi_suspended') else '-')
next(gen)
print('suspended:', gen.gi_running, gen.gi_suspended if hasattr(gen, 'gi_suspended') else '-')
list(gen)
print('after:', gen.gi_running, gen.gi_frame)
def sender():
    yield s.send(None)
s = sender()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)
def closer():
    c.close()
    yield
c = closer()
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
