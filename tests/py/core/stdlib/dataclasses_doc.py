# dataclasses: the class docstring is the __init__ signature; frozen hashes equal tuple hashes.
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
print(Item.__doc__)
@dataclass(frozen=True)
class F:
    a: int
    b: str
print(hash(F(1, 'x')) == hash((1, 'x')))
