# Generator object attributes: names, code, frame, state.
def producer(a, b=2):
    local = a + b
    yield local
    yield local * 2
g = producer(1)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is producer.__code__)
print(g.gi_frame is not None, g.gi_frame.f_lasti >= -1, sorted(g.gi_frame.f_locals))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
class K:
    def method(self):
        yield
print(K().method().__qualname__)
g.__name__ = 'renamed'
print(g.__name__)
import types, inspect
print(isinstance(g, types.GeneratorType), inspect.isgenerator(g), inspect.isgeneratorfunction(producer), inspect.isgeneratorfunction(K))
def states():
    yield
s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))
print(bool(producer.__code__.co_flags & inspect.CO_GENERATOR))
