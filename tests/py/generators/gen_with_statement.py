# with statements and try/finally inside generators (closed explicitly).
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  open', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('  close', self.name, t.__name__ if t else None)
def reader():
    with Res('file') as r:
        yield 'line 1'
        yield 'line 2'
print(list(reader()))
g = reader()
print(next(g))
g.close()
g = reader()
next(g)
try:
    g.throw(ValueError('interrupt'))
except ValueError as e:
    print('propagated', e)
def nested():
    with Res('outer'):
        with Res('inner'):
            yield 1
        yield 2
n = nested()
print(next(n), next(n))
n.close()
