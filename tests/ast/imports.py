import a
import a.b
import a.b.c
import a as b
import a.b as c
import a, b, c
import a as x, b.c as y, d
from a import b
from a import b as c
from a import b, c
from a import b as c, d as e
from a import (b)
from a import (b,)
from a import (b, c)
from a import (b as c,)
from a import (
    b,
    c as d,
    e,
)
from a.b.c import d
from a import *
from a.b import *
from . import x
from . import x as y, z
from .. import x
from ... import x
from .... import x
from ..... import x
from .a import b
from ..a import b
from ...a import (b as c,)
from ...a.b import c
from .a.b import *
from . import *
from ... import *
from .import x
from ...a import b
from . . . a import b
from .... a import b
from . .. a import b
import  a  .  b
from  a  .  b  import  c
import print
from __future__ import annotations
from __future__ import (division, generators)
def f():
    import os
    from os import path
