# Relative imports: sibling modules, names from siblings, errors.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
from rel_pkg import a
print(a.VALUE, a.b.VALUE, a.B_VALUE, a.helper())
try:
    import rel_pkg.bad_rel
except ImportError as e:
    print(type(e).__name__, e)
try:
    import rel_pkg.missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__, __spec__)
