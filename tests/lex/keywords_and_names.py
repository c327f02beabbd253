import a.b as c
from . import d
from ..e import (f, g)
async def h():
    await i
    async for j in k: pass
    async with l: pass
    return (yield)
lambda m, *n, o=1, **p: None
q = True if not False else None
r = s is not t and u not in v or w
global x; nonlocal_ = 1
del y
assert z, 'msg'
try: raise E from F
except E as e: pass
finally: pass
match = case = _ = 1
print(match, case, _)
