# Packages, __init__.py, submodules, relative imports inside packages.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
import shapes
print(shapes.VERSION, shapes.Square(3).area(), shapes.flat.Square is shapes.Square, shapes.__package__)
print(sorted([k for k in sys.modules if k.startswith('shapes')]))
from shapes.solid import cube
print(cube.NAME, cube.volume(2), cube.PARENT_VERSION, cube.__name__, cube.__package__)
print(sorted([k for k in sys.modules if k.startswith('shapes')]))
print(shapes.flat.describe(), hasattr(shapes, 'solid'), shapes.solid.cube is cube)
import shapes.solid.cube as c2
print(c2 is cube)
print(os.path.basename(os.path.dirname(shapes.__file__)), os.path.basename(shapes.__file__), len(shapes.__path__))
import lazy_pkg
print(lazy_pkg.loaded, hasattr(lazy_pkg, 'child'))
try:
    lazy_pkg.child
except AttributeError as e:
    print(type(e).__name__, e)
import lazy_pkg.child
print(lazy_pkg.child.CHILD)
