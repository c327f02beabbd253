# Bare raise, re-raising caught exceptions, raise outside handlers.
def f():
    try:
        raise ValueError('first')
    except ValueError:
        print('handling, then re-raise')
        raise
try:
    f()
except ValueError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    reraise_after_nested()
except KeyError as e:
    print('bare raise re-raised the outer exception:', repr(e))
def raise_stored():
    try:
        raise ValueError('stored')
    except ValueError as e:
        saved = e
    raise saved
try:
    raise_stored()
except ValueError as e:
    print('stored exception raised again:', e)
def raise_in_finally():
    try:
        raise OSError('in try')
    finally:
        print('finally runs before propagation')
try:
    raise_in_finally()
except OSError as e:
    print(e)
err = ValueError('reuse')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
def raise_with_traceback():
    try:
        raise ValueError('tb')
    except ValueError as e:
        raise e.with_traceback(e.__traceback__)
try:
    raise_with_traceback()
except ValueError as e:
    print('with_traceback ok', e)
