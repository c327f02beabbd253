# try/except*/else/finally: which parts run, and in which order.
def group(*excs):
    return ExceptionGroup('eg', list(excs))

def run(label, raise_what, clause_raises=False, else_raises=False):
    print('--', label)
    try:
        try:
            print('  body')
            if raise_what is not None:
                raise raise_what
        except* ValueError as g:
            print('  ValueError clause', repr(g))
            if clause_raises:
                raise KeyError('from clause')
        except* TypeError as g:
            print('  TypeError clause', repr(g))
        else:
            print('  else')
            if else_raises:
                raise OSError('from else')
        finally:
            print('  finally')
        print('  after the statement')
    except BaseException as e:
        print('  escaped:', repr(e))

run('no exception', None)
run('all handled', group(ValueError(1), TypeError(2)))
run('rest escapes', group(ValueError(1), KeyError(2)))
run('clause raises', group(ValueError(1)), clause_raises=True)
run('clause raises with rest', group(ValueError(1), OSError(2)), clause_raises=True)
run('else raises (not caught by the clauses)', None, else_raises=True)
run('naked, handled', TypeError('naked'))
run('naked, not matched', IndexError('naked'))

# finally without else; finally that replaces the exception; finally that returns.
def finally_replaces():
    try:
        raise group(KeyError(1))
    except* ValueError:
        print('not reached')
    finally:
        raise RuntimeError('from finally')
try:
    finally_replaces()
except RuntimeError as e:
    print('finally replaced:', repr(e), 'context:', repr(e.__context__))

def finally_returns():
    try:
        raise group(KeyError(1))
    except* ValueError:
        print('not reached')
    finally:
        return 'finally swallowed the rest'
print(finally_returns())

# break and continue in else and finally of a try-except*, and in loops inside a clause.
for i in range(3):
    try:
        if i == 1:
            raise group(ValueError(i))
    except* ValueError:
        for j in range(5):
            if j == 2:
                break
            if j == 0:
                continue
            print('  inner loop', i, j)
        print('  handled', i)
    else:
        print('  else', i)
        if i == 2:
            break
        continue
    finally:
        print('  finally', i)
print('loop done')

while True:
    try:
        raise group(TypeError('t'))
    except* TypeError:
        n = 0
        while n < 3:
            n += 1
            try:
                continue
            finally:
                print('  finally in inner while', n)
    finally:
        break
print('while done')

# A return inside a function defined in a clause is fine.
try:
    raise group(ValueError(1))
except* ValueError:
    def helper():
        return 'helper returned'
    print(helper())
    print((lambda: 'lambda returned')())

# Nested try statements, both kinds, inside clauses.
try:
    raise group(ValueError(1), TypeError(2))
except* ValueError:
    try:
        raise group(KeyError('inner'))
    except* KeyError as g:
        print('nested except*:', repr(g))
    try:
        raise OSError('plain')
    except OSError as e:
        print('nested except:', repr(e))
except* TypeError as g:
    print('outer TypeError clause still runs:', repr(g))

# An except* inside a plain except handler, and the other way round.
try:
    raise ValueError('plain')
except ValueError as outer:
    try:
        raise group(TypeError('grouped'))
    except* TypeError as g:
        print('inner except*:', repr(g), 'outer is', repr(outer))
try:
    raise group(ValueError(1))
except* ValueError:
    try:
        raise KeyError('k')
    except KeyError as e:
        print('inner except:', repr(e), 'context:', repr(e.__context__))
