# split() and subgroup(): what a condition may be, and what derived groups carry over from
# the original (traceback, cause, context, and a copy of __notes__).
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])

def show(pair):
    return tuple(repr(p) for p in pair)

print(show(eg.split(ValueError)))
print(show(eg.split((KeyError, TypeError))))
print(show(eg.split(())), 'empty tuple matches nothing')
print(show(eg.split(BaseException)), eg.split(BaseException)[0] is eg)
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)))

def is_leaf_value(e):
    print('  predicate sees', type(e).__name__)
    return isinstance(e, ValueError)
print(show(eg.split(is_leaf_value)))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')))

# A condition must be a Python function, an exception class or an exact tuple of them.
class Matcher:
    def __call__(self, e):
        return True
    def method(self, e):
        return True
class TupleSub(tuple):
    pass
for cond in (bool, len, Matcher(), Matcher().method, (ValueError, int), 'ValueError',
             TupleSub((ValueError,)), None):
    try:
        eg.split(cond)
    except TypeError as e:
        print(type(cond).__name__, 'TypeError:', e)
    try:
        eg.subgroup(cond)
    except TypeError as e:
        print(type(cond).__name__, 'subgroup TypeError:', e)

# A predicate that raises stops the split.
def boom(e):
    raise RuntimeError('from predicate')
try:
    eg.split(boom)
except RuntimeError as e:
    print('predicate raised:', e)

# Derived groups carry the original's metadata.
try:
    try:
        raise OSError('ctx')
    except OSError:
        raise ExceptionGroup('meta', [ValueError('a'), TypeError('b')]) from KeyError('cause')
except ExceptionGroup as caught:
    meta = caught
meta.add_note('note 1')
match, rest = meta.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__traceback__ is meta.__traceback__, part.__cause__ is meta.__cause__,
          part.__context__ is meta.__context__, part.__suppress_context__)
    print('  notes', part.__notes__, part.__notes__ == meta.__notes__, part.__notes__ is meta.__notes__)
match.add_note('only on the match')
print(meta.__notes__, match.__notes__, rest.__notes__)
print(repr(meta.subgroup(TypeError).__cause__), meta.subgroup(TypeError).__notes__)

# Notes that are a tuple are copied as a list; notes that are not a sequence are left out.
meta.__notes__ = ('t1', 't2')
print(meta.split(ValueError)[0].__notes__)
meta.__notes__ = 42
print(hasattr(meta.split(ValueError)[0], '__notes__'))
del meta.__notes__
print(hasattr(meta.split(ValueError)[0], '__notes__'))

# The leaves themselves are shared, not copied.
leaf = ValueError('shared')
g = ExceptionGroup('g', [leaf, TypeError()])
print(g.split(ValueError)[0].exceptions[0] is leaf, g.subgroup(ValueError).exceptions[0] is leaf)

# derive() decides the type of the parts; it must return a group.
class Derived(ExceptionGroup):
    def derive(self, excs):
        print('  derive', [type(e).__name__ for e in excs])
        return Derived(self.message.upper(), excs)
d = Derived('mine', [ValueError(1), ExceptionGroup('plain', [TypeError(2), ValueError(3)])])
print(show(d.split(ValueError)))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError('not a group')
try:
    BadDerive('bad', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print('TypeError:', e)
print(repr(BadDerive('bad', [ValueError()]).split(Exception)[0]), 'a whole match needs no derive')
# A plain derive() makes a BaseExceptionGroup or ExceptionGroup, not the subclass.
class Sub(ExceptionGroup):
    pass
print(type(Sub('s', [ValueError(), TypeError()]).subgroup(ValueError)).__name__)
print(type(BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()]).subgroup(ValueError)).__name__)
print(type(BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()]).subgroup(KeyboardInterrupt)).__name__)
# Parts always get __suppress_context__ set (CPython sets the cause, even to None).
plain = ExceptionGroup('plain', [ValueError(), TypeError()])
print(plain.__suppress_context__, plain.split(ValueError)[0].__suppress_context__,
      plain.subgroup(TypeError).__traceback__, plain.subgroup(TypeError).__context__)
