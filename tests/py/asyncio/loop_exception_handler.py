# set_exception_handler / get_exception_handler / call_exception_handler, the
# context dicts passed for failing callbacks and never-retrieved task exceptions,
# default handler output (captured via sys.stderr) for exception-free contexts.
import asyncio
import gc
import sys

sys.stderr = sys.stdout  # logging's last-resort handler writes to sys.stderr

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('default handler:', loop.get_exception_handler())

calls = []
def handler(lp, context):
    print('handler called, same loop:', lp is loop)
    print('  keys:', sorted(context))
    msg = context['message']
    print('  message:', msg.split(' at ')[0])
    exc = context.get('exception')
    if exc is not None:
        print('  exception:', type(exc).__name__, exc)

loop.set_exception_handler(handler)
print('get_exception_handler is handler:', loop.get_exception_handler() is handler)

loop.call_exception_handler({'message': 'custom', 'extra': 1})

def bad_callback(x):
    raise ZeroDivisionError('cb failed %d' % x)
loop.call_soon(bad_callback, 7)
loop.call_soon(print, 'next callback still runs')
loop.call_soon(loop.stop)
loop.run_forever()

async def bad_task():
    raise LookupError('nobody retrieves me')
t = loop.create_task(bad_task())
loop.run_until_complete(asyncio.sleep(0))
print('task done:', t.done())
del t
gc.collect()
print('after collect')

async def retrieved():
    raise LookupError('retrieved')
t = loop.create_task(retrieved())
loop.run_until_complete(asyncio.sleep(0))
t.exception()
del t
gc.collect()
print('retrieved task: no report')

try:
    loop.set_exception_handler(5)
except TypeError as e:
    print('TypeError', e)

print('--- reset to default, exception-free context')
loop.set_exception_handler(None)
print('handler now:', loop.get_exception_handler())
loop.call_exception_handler({'message': 'plain message', 'k1': 'v', 'k2': [1, 2]})
print('--- default_exception_handler called directly')
loop.default_exception_handler({'message': 'direct'})
print('--- default with exception without traceback')
loop.call_exception_handler({'message': 'with exc', 'exception': ValueError('vv')})
loop.close()
