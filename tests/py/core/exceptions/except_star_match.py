# except*: which part of an exception group each clause gets.
def show(label, g):
    print(label, type(g).__name__, repr(g))

def group(*excs, msg='eg'):
    return ExceptionGroup(msg, list(excs))

# By type: each clause sees only its split, in clause order.
try:
    raise group(ValueError(1), TypeError(2), ValueError(3), KeyError(4))
except* ValueError as g:
    show('ValueError:', g)
except* TypeError as g:
    show('TypeError:', g)
except* LookupError as g:
    show('LookupError:', g)

# A tuple of types matches any of them.
try:
    raise group(ValueError(1), TypeError(2), OSError(3))
except* (TypeError, ValueError) as g:
    show('tuple:', g)
except* OSError as g:
    show('OSError:', g)

# Subclasses match; a clause after one that took everything never runs.
try:
    raise group(FileNotFoundError('f'), PermissionError('p'), OSError('o'))
except* OSError as g:
    show('OSError takes all:', g)
except* FileNotFoundError as g:
    show('not reached', g)

# The first matching clause takes the leaves; a later broader clause gets the rest.
try:
    raise group(FileNotFoundError('f'), OSError('o'))
except* FileNotFoundError as g:
    show('FNF:', g)
except* OSError as g:
    show('OSError:', g)

# A clause that matches nothing is skipped.
try:
    raise group(ValueError(1))
except* KeyError:
    print('not reached')
except* ValueError as g:
    show('second clause:', g)

# Nested groups keep their structure (and their messages) in the split.
nested = group(ValueError(1), group(TypeError(2), group(ValueError(3), msg='deepest'), msg='inner'), msg='outer')
try:
    raise nested
except* ValueError as g:
    show('nested ValueError:', g)
    print(' ', g.exceptions[1].message, g.exceptions[1].exceptions[0].message)
except* TypeError as g:
    show('nested TypeError:', g)

# A naked exception is wrapped in a group of one; the leaf is the same object.
leaf = ValueError('naked')
try:
    raise leaf
except* ValueError as g:
    show('naked:', g)
    print('  message', repr(g.message), 'leaf is same:', g.exceptions[0] is leaf)
    print('  wrapper traceback', g.__traceback__, 'leaf traceback set:', g.exceptions[0].__traceback__ is not None)

# A naked BaseException is wrapped in a BaseExceptionGroup.
try:
    raise KeyboardInterrupt('stop')
except* KeyboardInterrupt as g:
    show('naked base:', g)

# A naked exception can be caught by a tuple, or by a later clause.
try:
    raise KeyError('k')
except* ValueError:
    print('not reached')
except* (IndexError, KeyError) as g:
    show('naked, second clause:', g)

# A clause type that matches the whole group (not by splitting) gets the group itself.
eg = group(ValueError(1), TypeError(2))
try:
    raise eg
except* Exception as g:
    print('whole group is the same object:', g is eg)

# BaseExceptionGroup: only the matching leaves move.
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v'), SystemExit(3)])
except* ValueError as g:
    show('from base group:', g)
except* BaseException as g:
    show('the rest:', g)

# An empty tuple matches nothing.
try:
    try:
        raise group(ValueError(1))
    except* ():
        print('not reached')
except ExceptionGroup as e:
    show('empty tuple let through:', e)

# The clause types are evaluated each time a clause is tried.
def types(t):
    print('  evaluating clause for', t.__name__)
    return t
try:
    raise group(ValueError(1), TypeError(2))
except* types(ValueError):
    print('  in ValueError clause')
except* types(KeyError):
    print('  in KeyError clause')
except* types(TypeError):
    print('  in TypeError clause')

# A subclass of ExceptionGroup splits into its own type through derive().
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '/part', excs)
try:
    raise MyGroup('mine', [ValueError(1), TypeError(2)])
except* ValueError as g:
    show('subclass split:', g)
except* TypeError as g:
    show('subclass rest:', g)

# A user split() is what except* calls.
class Logged(ExceptionGroup):
    def split(self, cond):
        print('  split called with', cond)
        return super().split(cond)
    def derive(self, excs):
        return Logged(self.message, excs)
try:
    raise Logged('logged', [ValueError(1), TypeError(2)])
except* ValueError as g:
    show('logged:', g)
except* TypeError as g:
    show('logged:', g)
