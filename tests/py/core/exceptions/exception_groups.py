# ExceptionGroup construction, .exceptions, subgroup, split, derive.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2'),
                             ExceptionGroup('nested', [KeyError('k'), ValueError('v3')])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
vg = eg.subgroup(ValueError)
print(repr(vg))
print(repr(eg.subgroup(OSError)))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
m2, r2 = eg.split(lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(m2), repr(r2), sep='\n')
print(repr(eg.split(Exception)[1]), repr(eg.subgroup(lambda e: True) is eg))
bg = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
for bad in (lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]), lambda: ExceptionGroup('m', ValueError()),
            lambda: ExceptionGroup('m', [KeyboardInterrupt()]), lambda: ExceptionGroup(5, [ValueError()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '+derived', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
try:
    raise eg
except ExceptionGroup as caught:
    print('caught plain', len(caught.exceptions))
eg2 = ExceptionGroup('tb', [ValueError('x')])
eg2.add_note('a note')
print(eg2.__notes__, repr(eg2.derive([KeyError()])))
