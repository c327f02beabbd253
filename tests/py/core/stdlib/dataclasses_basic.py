# dataclasses: generated __init__/__repr__/__eq__, defaults, frozen, ordering.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
i = Item('apple')
print(i, i == Item('apple', 0, []), i != Item('pear'), Item('x', 2, ['t']))
print(asdict(Item('a', 1, ['x'])), astuple(Item('b')), [f.name for f in fields(Item)], replace(i, qty=5))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
