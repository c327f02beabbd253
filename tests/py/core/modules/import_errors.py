# ModuleNotFoundError, ImportError messages, failed imports are not cached.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import greet.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from greet import nonexistent
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import shapes.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
for attempt in range(2):
    try:
        import raises_on_import
    except RuntimeError as e:
        print(attempt, type(e).__name__, e, 'raises_on_import' in sys.modules)
try:
    __import__('definitely_not_a_module.sub')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
