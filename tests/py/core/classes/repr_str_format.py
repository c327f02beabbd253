# __repr__, __str__, __format__ and where each is used.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {'k': b}, f'{b} {b!r} {b!s}')
print(str(s), repr(s).startswith('<__main__.StrOnly object at '), '%s %r' % (b, b))
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
    def __repr__(self):
        return 'Fmt()'
print(format(Fmt(), 'abc'), f'{Fmt():>10}', '{:xyz}'.format(Fmt()), f'{Fmt()!r:>8}', format(Fmt()))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), f'{NoFormat()}', '{}'.format(NoFormat()))
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
class SubStr(str):
    def __str__(self):
        return 'custom'
print(SubStr('raw'), str(SubStr('raw')), repr(SubStr('raw')), '%s' % SubStr('raw'), f'{SubStr("raw")}')
class SubInt(int):
    def __repr__(self):
        return 'SubInt!'
print(SubInt(5), str(SubInt(5)), repr(SubInt(5)), f'{SubInt(5)}', [SubInt(5)])
print(ascii(Both()), ascii('é'), format(3, ''), format('x', ''), format(None))
