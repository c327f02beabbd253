# enum: Enum, IntEnum, auto, Flag, StrEnum as CPython prints them.
from enum import Enum, IntEnum, auto, Flag, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, Num(2), repr(Num.ONE), sorted([Num.TWO, Num.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, {Color.RED: 'r'}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, bool(Perm.R & Perm.X))
class S(StrEnum):
    A = auto()
print(S.A, S.A.upper())
print(f"{Color.RED}", Color.__members__.keys())
