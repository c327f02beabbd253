# sys.modules manipulation.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
print('greet' in sys.modules)
import greet
print('greet' in sys.modules)
del sys.modules['greet']
import greet as fresh
print(fresh is not greet, fresh.counter)
sys.modules['fake_module'] = 'not even a module'
import fake_module
print(fake_module)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules)
