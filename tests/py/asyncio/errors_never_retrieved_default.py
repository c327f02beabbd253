# Default exception handler output for a plain Future whose exception (never
# raised, so no traceback) was never retrieved; logged via logging's last-resort
# handler to sys.stderr, which is redirected to stdout here.
import asyncio
import gc
import sys

sys.stderr = sys.stdout

loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(ValueError('lost'))
del f
gc.collect()
print('--- after first report')
f = loop.create_future()
f.set_exception(RuntimeError)
del f
gc.collect()
print('--- end')
loop.close()
