# Module objects: attributes, __dict__, dir, setattr, types.ModuleType.
import os
import sys
import types
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
import attrs_mod
print(attrs_mod.__doc__, attrs_mod.x, attrs_mod.f(), sorted([k for k in vars(attrs_mod) if not k.startswith('__')]))
print(sorted([k for k in dir(attrs_mod) if not k.startswith('__')]), '__name__' in dir(attrs_mod))
attrs_mod.x = 99
print(attrs_mod.f())
attrs_mod.new_attr = 'added'
print(attrs_mod.new_attr, getattr(attrs_mod, 'missing', 'default'))
try:
    attrs_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
del attrs_mod.new_attr
print(hasattr(attrs_mod, 'new_attr'))
m = types.ModuleType('synthetic', 'synthetic doc')
m.value = 5
exec('def double():\n    return value * 2', m.__dict__)
print(m.__name__, m.__doc__, m.double(), repr(m))
sys.modules['synthetic'] = m
import synthetic
print(synthetic is m)
print(type(sys).__name__, isinstance(os, types.ModuleType))
mod_with_getattr = types.ModuleType('dyn')
exec('def __getattr__(name):\n    return "dynamic " + name', mod_with_getattr.__dict__)
print(mod_with_getattr.anything)
