# except*: what leaves the try statement: the unmatched rest, exceptions raised in clauses,
# and re-raised parts, combined as CPython 3.11 combines them.
def describe(e, indent=''):
    if isinstance(e, BaseExceptionGroup):
        print(f'{indent}{type(e).__name__}({e.message!r})')
        for sub in e.exceptions:
            describe(sub, indent + '  ')
    else:
        print(f'{indent}{e!r}')

def run(label, body):
    print('--', label)
    try:
        body()
    except BaseException as e:
        describe(e)
        return e
    print('nothing raised')

def raiser(*excs):
    raise ExceptionGroup('eg', list(excs))

# The unmatched rest is re-raised with the original's message and metadata.
def unmatched():
    try:
        raiser(ValueError(1), TypeError(2), KeyError(3))
    except* ValueError:
        pass
rest = run('unmatched rest', unmatched)
print('rest has a traceback:', rest.__traceback__ is not None)

# Nothing matched: the group goes on (re-derived from the original, with the same leaves).
eg = ExceptionGroup('eg', [ValueError(1)])
def nothing_matched():
    try:
        raise eg
    except* TypeError:
        pass
out = run('nothing matched', nothing_matched)
print('same leaves:', out.exceptions[0] is eg.exceptions[0])

# Everything handled: nothing leaves.
def all_handled():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError:
        pass
    except* TypeError:
        pass
run('all handled', all_handled)

# A clause raising a new exception: it joins the rest in a new ExceptionGroup('').
def raise_new():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError as g:
        raise KeyError('new')
new = run('raise new with rest', raise_new)
key = new.exceptions[0]
print('context of new is the match:', repr(key.__context__), key.__context__ is not None)
print('outer group has no context:', new.__context__)

# A clause raising when nothing else is left: the new exception alone, not wrapped.
def raise_new_alone():
    try:
        raiser(ValueError(1))
    except* ValueError:
        raise KeyError('alone')
alone = run('raise new alone', raise_new_alone)
print('context:', repr(alone.__context__))

# Several clauses raising: one group of everything raised, then the rest.
def raise_several():
    try:
        raiser(ValueError(1), TypeError(2), OSError(3))
    except* ValueError:
        raise IndexError('from ValueError clause')
    except* TypeError:
        raise ZeroDivisionError('from TypeError clause')
run('several raised', raise_several)

# A bare raise re-raises the clause's part; re-raised parts keep the original structure.
def bare_reraise():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run('bare raise keeps structure', bare_reraise)

# Re-raising a part and raising a new exception: [new, projection of the re-raised parts].
def mixed():
    try:
        raise ExceptionGroup('orig', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError('new')
run('re-raise and raise', mixed)

# `raise g` is not a bare raise: the part gets a new traceback entry, so it counts as raised.
def raise_by_name():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError as g:
        raise g
run('raise the match by name', raise_by_name)

# raise ... from ...: the cause is kept on the raised exception.
def raise_from():
    try:
        raiser(ValueError(1))
    except* ValueError as g:
        raise KeyError('k') from g
e = run('raise from', raise_from)
print('cause:', repr(e.__cause__), 'suppress context:', e.__suppress_context__)

# A naked exception: re-raising it re-raises the wrapping group; raising a new one raises it
# plainly; not matching it lets it through untouched.
def naked_reraise():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise
run('naked, bare raise', naked_reraise)
def naked_new():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise KeyError('instead')
e = run('naked, raise new', naked_new)
print('context:', repr(e.__context__))
naked = ValueError('untouched')
def naked_unmatched():
    try:
        raise naked
    except* TypeError:
        pass
print('same object:', run('naked, no match', naked_unmatched) is naked)

# An exception escaping from a function called in a clause counts as raised.
def helper(g):
    raise g
def via_helper():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError as g:
        helper(g)
run('re-raised through a call', via_helper)

# Base exceptions raised in a clause make a BaseExceptionGroup.
def base_raised():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError:
        raise SystemExit(5)
run('base exception raised', base_raised)

# The handled exception inside a clause is the clause's part; after the statement it is
# what it was before.
import sys
def exc_info():
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError:
        print('  exc_info in clause:', repr(sys.exc_info()[1]))
    except* TypeError:
        print('  exc_info in clause:', repr(sys.exc_info()[1]))
    print('  exc_info after:', sys.exc_info())
run('exc_info', exc_info)
def exc_info_nested():
    try:
        raise OSError('outer handler')
    except OSError:
        try:
            raiser(ValueError(1))
        except* ValueError:
            print('  inner:', repr(sys.exc_info()[1]))
        print('  restored:', repr(sys.exc_info()[1]))
run('exc_info restored', exc_info_nested)
