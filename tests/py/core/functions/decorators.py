# Decorators: plain, with arguments, stacked, on methods, preserving metadata by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b=0):
    """Adds."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'text'
print(text())
order = []
def mark(label):
    order.append('factory ' + label)
    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco
@mark('outer')
@mark('inner')
def marked():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 'a'
@register
def beta():
    return 'b'
print(sorted(registry), registry['beta']())
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def double(x):
    return 2 * x
print(double(2), double(5), double.calls)
@(lambda fn: fn)
def expr_decorator():
    return 'any expression works'
print(expr_decorator())
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(5, 3)
def wraps(original):
    def deco(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@logged
def documented():
    """doc here"""
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__wrapped__.__name__)
