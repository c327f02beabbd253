# import, from-import, aliases, module caching and attributes.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
import greet
print(greet.GREETING, greet.greet('Ann'), greet.counter, greet.Greeter('x'), greet._private)
import greet as g2
print(g2 is greet, g2.counter)
from greet import greet as say, GREETING, Greeter
print(say('Bob'), GREETING, Greeter('y'), greet.counter)
import greet
print('second import does not re-execute')
print(greet.__name__, greet.__doc__, type(greet).__name__, 'greet' in sys.modules, sys.modules['greet'] is greet)
print(os.path.basename(greet.__file__))
greet.GREETING = 'hi'
print(say('Cy'))
from greet import GREETING
print(GREETING)
del sys.modules['greet']
import greet as reloaded
print(reloaded is greet, reloaded.GREETING, reloaded.counter, greet.counter)
