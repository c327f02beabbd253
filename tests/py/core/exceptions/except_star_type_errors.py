# except* clause types are checked when the clause is tried: exception groups are refused,
# as is anything that is not an exception class.
def attempt(label, clause_type, exc=None):
    if exc is None:
        exc = ExceptionGroup('eg', [ValueError(1)])
    try:
        try:
            raise exc
        except* clause_type:
            print('  not reached')
    except TypeError as e:
        print(label, '->', e)
        print('  context:', repr(e.__context__))
    except BaseException as e:
        print(label, '-> escaped', repr(e))

attempt('ExceptionGroup', ExceptionGroup)
attempt('BaseExceptionGroup', BaseExceptionGroup)
class MyGroup(ExceptionGroup):
    pass
attempt('subclass of ExceptionGroup', MyGroup)
attempt('tuple holding ExceptionGroup', (ValueError, ExceptionGroup))
attempt('naked exception, ExceptionGroup clause', ExceptionGroup, ValueError('naked'))
attempt('not a class', 'ValueError')
attempt('not an exception class', int)
attempt('tuple with a non-exception', (ValueError, int))
attempt('tuple with a non-class and a group', (ExceptionGroup, 5))

# The check runs even when an earlier clause has taken everything.
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        print('first clause ran')
    except* BaseExceptionGroup:
        print('not reached')
except TypeError as e:
    print('later clause ->', e)

# After a clause has run, the exception being handled is that clause's part.
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* ExceptionGroup:
        print('not reached')
except TypeError as e:
    print('context after a clause ran:', repr(e.__context__))

# ... but a clause after one that raised is still checked, and the TypeError wins.
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        raise OSError('lost')
    except* ExceptionGroup:
        print('not reached')
except TypeError as e:
    print('after a raising clause ->', e)

# An error while evaluating a clause's type leaves the statement too.
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* undefined_name:
        print('not reached')
except NameError as e:
    print('NameError:', e, '| context:', repr(e.__context__))

# An exception from split() itself propagates.
class RaisingSplit(ExceptionGroup):
    def split(self, cond):
        raise KeyError('split failed')
try:
    try:
        raise RaisingSplit('bad', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('not reached')
except KeyError as e:
    print('split raised ->', repr(e))
