print('shapes.solid.cube executing, __package__ =', __package__)
from ..flat import Square
from .. import VERSION
NAME = 'cube'
def volume(side):
    return Square(side).area() * side
PARENT_VERSION = VERSION
