print('shapes package init, __name__ =', __name__, '__package__ =', __package__)
from .flat import Square
from . import flat
VERSION = '1.0'
__all__ = ['Square', 'VERSION']
