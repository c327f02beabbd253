# dataclasses: generated methods, field options, inheritance, frozen and ordered classes,
# keyword-only fields, InitVar, helpers and errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), Point(1) == (1, 0), p.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type.__name__ for f in fields(p)], fields(Point)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(5))
f0 = fields(Point)[0]
print(f0.name, f0.init, f0.repr, f0.hash, f0.compare, f0.metadata, f0.kw_only, f0.default is dataclasses.MISSING)
print(repr(f0).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at"))
print(Point.__dataclass_params__, sorted(Point.__dataclass_fields__))

def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: Point())
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, x=2))
check(lambda: Point(1, z=2))
check(lambda: hash(p))

@dataclass
class Options:
    name: str
    tags: list = field(default_factory=list)
    hidden: int = field(default=7, repr=False)
    ignored: str = field(default='i', compare=False)
    computed: int = field(init=False, default=0)
    meta: int = field(default=0, metadata={'unit': 'cm'})
    later: str = field(init=False)
    def __post_init__(self):
        self.later = self.name.upper()
o = Options('a')
print(o, o.hidden, o.later, o.computed, o.tags is not Options('b').tags)
print(Options('a') == Options('a', ignored='other'), Options('a') == Options('a', hidden=8))
print(fields(Options)[5].metadata['unit'], fields(Options)[5].metadata)
print([f.name for f in fields(Options) if f.init])
check(lambda: Options('a', [], 1, 'x', 5))
check(lambda: Options('a', computed=1))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
v = Version(1, 2, 'x')
print(v < Version(1, 3), v <= Version(1, 2), v > Version(0, 9), v >= Version(2), sorted([Version(2), Version(1, 1), Version(1)]))
print(hash(v) == hash(Version(1, 2, 'other')), Version(1, 2) == Version(1, 2, 'y'), {v: 'ok'}[Version(1, 2)])
check(lambda: setattr(v, 'major', 3))
check(lambda: setattr(v, 'new', 3))
check(lambda: delattr(v, 'minor'))
check(lambda: v < (1, 3))
print(replace(v, minor=9), v)

@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed.__hash__ is not None)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self):
        return 42
print(hash(ExplicitHash(1)))
@dataclass(repr=False, init=False)
class Bare:
    a: int = 3
print(Bare().a, repr(Bare()).startswith('<__main__.Bare object'))

# Inheritance adds fields after the base's, overriding in place.
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    y: int = 10
print(Derived(0), [f.name for f in fields(Derived)], isinstance(Derived(0), Base), Derived(0) == Base(0, 10))
class Plain(Base):
    pass
print(Plain(5), is_dataclass(Plain))

# Keyword-only fields.
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(KW(1, c=3), KW(c=1, a=2, b=0), KW.__match_args__)
check(lambda: KW(1, 2))
check(lambda: KW(1))
check(lambda: KW())
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2
print(AllKW(a=1), [f.kw_only for f in fields(AllKW)])
check(lambda: AllKW(1))
@dataclass
class MixedKW:
    a: int = field(kw_only=True, default=0)
    b: int
print(MixedKW(5), MixedKW(5, a=1))

# InitVar.
@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.value *= scale
w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(WithInit)], InitVar[int], hasattr(w, 'scale'))
print(replace(w, value=1), replace(w, value=1, scale=5))

# asdict / astuple recurse into containers.
@dataclass
class Inner:
    n: int
@dataclass
class Outer:
    inner: Inner
    items: list
    mapping: dict
    pair: tuple
out = Outer(Inner(1), [Inner(2), 3], {'k': Inner(4)}, (Inner(5), 'x'))
print(asdict(out))
print(astuple(out))
d = asdict(out)
print(d['items'] is not out.items, asdict(Inner(1), dict_factory=lambda items: list(items)))
check(lambda: asdict(Inner))
check(lambda: astuple(5))
check(lambda: replace(5))
check(lambda: replace(o, computed=1))
check(lambda: fields(5))

# Errors in class definitions.
def define(body):
    try:
        body()
    except Exception as e:
        print(type(e).__name__, e)
def bad_order():
    @dataclass
    class A:
        a: int = 0
        b: int
def mutable_default():
    @dataclass
    class A:
        a: dict = {}
def both_defaults():
    field(default=1, default_factory=list)
def no_annotation():
    @dataclass
    class A:
        a = field(default=1)
def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        a: int
def overwrite_lt():
    @dataclass(order=True)
    class A:
        a: int
        def __lt__(self, other):
            return True
def frozen_from_plain():
    @dataclass
    class A:
        a: int
    @dataclass(frozen=True)
    class B(A):
        b: int
def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        a: int
    @dataclass
    class B(A):
        b: int
def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class A:
        a: int
        def __hash__(self):
            return 1
def two_kw_only():
    @dataclass
    class A:
        _: KW_ONLY
        __: KW_ONLY
def initvar_factory():
    @dataclass
    class A:
        a: InitVar[list] = field(default_factory=list)
for body in (bad_order, mutable_default, both_defaults, no_annotation, order_without_eq,
             overwrite_lt, frozen_from_plain, plain_from_frozen, unsafe_with_hash,
             two_kw_only, initvar_factory):
    define(body)

# make_dataclass, slots and nested qualnames.
M = dataclasses.make_dataclass('M', [('a', int), ('b', int, field(default=5))], namespace={'double': lambda self: self.a * 2})
print(M(1), M(2).double(), [f.name for f in fields(M)], M.__module__)
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
check(lambda: setattr(s, 'c', 1))
class Outer2:
    @dataclass
    class Nested:
        a: int
print(Outer2.Nested(1))
@dataclass
class Recursive:
    child: object = None
r = Recursive()
r.child = r
print(r)
print(dataclasses.MISSING.__class__.__name__, repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE'), issubclass(FrozenInstanceError, AttributeError))
