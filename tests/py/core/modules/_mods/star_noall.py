public_a = 'a'
public_b = 'b'
_private_c = 'c'
import math as _math_alias
import os
