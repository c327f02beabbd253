# except* handling of exception groups.
def raiser(*excs):
    raise ExceptionGroup('group', list(excs))
try:
    raiser(ValueError('v'), TypeError('t'), ValueError('w'))
except* ValueError as g:
    print('ValueError part:', repr(g))
except* TypeError as g:
    print('TypeError part:', repr(g))
try:
    try:
        raiser(ValueError('only v'), KeyError('k'))
    except* ValueError as g:
        print('handled', repr(g))
except ExceptionGroup as rest:
    print('unhandled rest propagates:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked exception wrapped:', repr(g), type(g).__name__)
try:
    raiser(OSError('o'), FileNotFoundError('f'))
except* FileNotFoundError as g:
    print('FNF:', repr(g))
except* OSError as g:
    print('OSError:', repr(g))
try:
    raiser(ExceptionGroup('inner', [ValueError(1), TypeError(2)]), ValueError(3))
except* ValueError as g:
    print('nested match:', repr(g))
except* TypeError as g:
    print('nested type:', repr(g))
try:
    try:
        raiser(ValueError('a'))
    except* ValueError:
        raise KeyError('raised in except*')
except KeyError as e:
    print('new exception:', repr(e), repr(e.__context__))
except ExceptionGroup as e:
    print('group:', repr(e), [repr(x) for x in e.exceptions])
try:
    raiser(ValueError('e'))
except* (TypeError, ValueError) as g:
    print('tuple clause:', repr(g))
def no_match():
    try:
        raiser(KeyError('nomatch'))
    except* ValueError:
        print('not reached')
try:
    no_match()
except ExceptionGroup as e:
    print('no handler matched:', repr(e))
try:
    raiser(ValueError(1))
except* ValueError:
    print('handled')
else:
    print('not reached')
finally:
    print('finally with except*')
try:
    pass
except* ValueError:
    pass
else:
    print('else with except*')
