# SystemExit propagates through functions and with-blocks, which still clean up.
import sys
class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit sees', a[0].__name__)
def deep(n):
    if n == 0:
        with CM():
            sys.exit(5)
    deep(n - 1)
try:
    deep(3)
except Exception:
    print('SystemExit is not an Exception: not caught here')
finally:
    print('outer finally')
