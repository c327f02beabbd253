# Exceptions raised inside generators propagate to the consumer and finish the generator.
def faulty():
    yield 1
    raise ValueError('inside generator')
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'finished after exception'))
def with_handler():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield 'div by zero handled'
print(list(with_handler()))
def consumer_error():
    try:
        yield 1
        yield 2
    finally:
        print('  generator finally during consumer error')
g = consumer_error()
try:
    for v in g:
        raise KeyError(v)
except KeyError as e:
    print('consumer raised', e)
    g.close()
def traceback_names():
    yield 1
    1 / 0
import traceback
try:
    list(traceback_names())
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
def context_in_gen():
    try:
        raise KeyError('first')
    except KeyError:
        yield 'inside except'
        raise ValueError('second')
g = context_in_gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))
