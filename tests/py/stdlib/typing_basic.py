# typing: the common names import, subscript, print and introspect as in CPython.
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, Iterable, Iterator, Sequence, Set, cast
T = TypeVar('T')
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {str(i): i for i in x}
print(f([1, 2]))
print(List[int], Optional[str], Union[int, str], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...], T)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box(3).v, Box[int])
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P(1, 2)._asdict(), P._fields)
Q = NamedTuple('Q', [('a', int)])
print(Q(5))
print(cast(int, 'x'), Any, isinstance([1], Iterable), Optional[int] == Union[int, None])
