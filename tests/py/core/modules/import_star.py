# from module import * with and without __all__.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
before = set(globals())
from star_all import *
print(sorted(set(globals()) - before - {'before'}))
print(exported, also_exported)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
before = set(globals())
from star_noall import *
print(sorted(set(globals()) - before - {'before'}))
print(public_a, public_b, os is sys.modules['os'])
try:
    _private_c
except NameError as e:
    print(type(e).__name__, e)
before = set(globals())
from shapes import *
print(sorted(set(globals()) - before - {'before'}))
