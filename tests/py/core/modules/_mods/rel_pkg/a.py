from . import b
from .b import VALUE as B_VALUE
from .sub_b import helper
VALUE = 'a value'
