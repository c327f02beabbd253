# __import__ and the import statement's effects.
m = __import__('math')
print(m.__name__, m.sqrt(16), type(m).__name__)
os_path = __import__('os.path')
print(os_path.__name__, hasattr(os_path, 'path'))
op = __import__('os.path', fromlist=['join'])
print(op.__name__ == os_path.path.__name__, op.join('a', 'b'))
try:
    __import__('no_such_module_here')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
print('math' in sys.modules, sys.modules['math'] is m)
import math as mm
from math import floor as fl, ceil
print(mm is m, fl(2.5), ceil(2.5))
try:
    from math import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
