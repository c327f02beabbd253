# contextlib.contextmanager: setup/teardown around a yield.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name.upper()
    print(f'</{name}>')
with tag('div') as t:
    print('  body with', t)
with tag('outer'), tag('inner'):
    print('  nested')
@contextmanager
def managed(log):
    log.append('acquire')
    try:
        yield log
    finally:
        log.append('release')
log = []
try:
    with managed(log):
        log.append('work')
        raise RuntimeError('failure in body')
except RuntimeError as e:
    log.append(f'caught {e}')
print(log)
@contextmanager
def no_value():
    yield
with no_value() as v:
    print('as-target is', v)
cm = tag('reuse')
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
@tag('decorated')
def f():
    print('  inside decorated function')
f()
f()
