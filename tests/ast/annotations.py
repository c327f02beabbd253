x: int
x: int = 1
x: 'int'
x: list[int] = []
x: dict[str, list[int]] = {}
x: int | None = None
x: Callable[..., Any]
x: Callable[[int, str], Awaitable[None]]
x: tuple[int, ...] = ()
x: Literal['a', 'b']
x: a.b.C
x: f(y)
x: (yield_)
x: lambda: 1 = 2
x: int = 1, 2
self.x: int = 1
self.x: int
a[0]: int = 1
a[0]: int
(x): int
(x): int = 1
((x)): int = 1
x: 'forward' = f()
x: 1 if a else 2
def f(x: int, *a: *Ts, **k: int) -> list[int]: pass
def f(x: 'str' = 'd') -> 'None': pass
def f(x: lambda: 1 = 2): pass
def f() -> lambda: 1: pass
class C:
    x: int
    y: ClassVar[int] = 0
    def __init__(self) -> None:
        self.z: int = 0
