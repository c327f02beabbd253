# try/except/else/finally in all combinations.
def run(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError('boom')
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
try:
    print('try only with finally')
finally:
    print('finally runs')
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally before propagation')
except KeyError as e:
    print('outer caught', e)
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
for exc in (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc('x')
    except (ValueError, TypeError):
        print(exc.__name__, 'handled by tuple clause')
    except LookupError as e:
        print(exc.__name__, 'handled as LookupError', type(e).__name__)
    except Exception as e:
        print(exc.__name__, 'handled by Exception', type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print('raise class instantiates:', repr(e), e.args)
def bare():
    try:
        1 / 0
    except:
        return 'bare except caught'
print(bare())
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('propagated past non-matching handler:', e)
e = 'before'
try:
    raise OSError('x')
except OSError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('except target is deleted:', ne)
def else_exception():
    try:
        pass
    except ValueError:
        return 'not here'
    else:
        raise ValueError('raised in else is not caught by sibling except')
try:
    else_exception()
except ValueError as e:
    print(e)
