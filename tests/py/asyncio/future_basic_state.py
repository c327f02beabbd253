# Future result/exception/done/cancelled in every state and the InvalidStateError
# messages for result()/exception()/set_result()/set_exception() misuse.
import asyncio

loop = asyncio.new_event_loop()

def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, 'raises', type(e).__name__ + ':', e)

f = loop.create_future()
print('pending: done', f.done(), 'cancelled', f.cancelled())
attempt('pending result()', f.result)
attempt('pending exception()', f.exception)

f.set_result([1, 2])
print('finished: done', f.done(), 'cancelled', f.cancelled())
attempt('result()', f.result)
attempt('exception()', f.exception)
attempt('set_result again', lambda: f.set_result(3))
attempt('set_exception after result', lambda: f.set_exception(ValueError()))
attempt('cancel finished', f.cancel)

g = loop.create_future()
g.set_exception(ValueError('bad value'))
attempt('exc result()', g.result)
attempt('exc exception()', g.exception)
print('exception type:', type(g.exception()).__name__)

h = loop.create_future()
h.set_exception(KeyError)  # class is instantiated
attempt('class exc', h.exception)

i = loop.create_future()
attempt('set_exception(StopIteration)', lambda: i.set_exception(StopIteration('s')))
print('still pending after refusing StopIteration:', not i.done())
attempt('set_exception(StopIteration class)', lambda: i.set_exception(StopIteration))
attempt('set_exception(non-exception)', lambda: i.set_exception(42))

c = loop.create_future()
print('cancel ->', c.cancel(), 'again ->', c.cancel())
print('cancelled: done', c.done(), 'cancelled', c.cancelled())
attempt('cancelled result()', c.result)
attempt('cancelled exception()', c.exception)
attempt('set_result after cancel', lambda: c.set_result(1))
attempt('set_exception after cancel', lambda: c.set_exception(ValueError()))

print('isfuture:', asyncio.isfuture(f), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
print('get_loop:', f.get_loop() is loop)
r = loop.create_future()
r.set_result(None)
attempt('None result', r.result)
loop.close()
