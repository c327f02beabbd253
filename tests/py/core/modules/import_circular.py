# Circular imports see partially initialised modules.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '_mods'))
import circ_a
print('main: circ_a.A_LATE =', circ_a.A_LATE, '|', circ_a.from_a())
import circ_b
print(circ_b.circ_a is circ_a, circ_a.circ_b is circ_b)
