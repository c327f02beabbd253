# __context__, __cause__, __suppress_context__, raise from None.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as ke:
        raise RuntimeError('explicit') from ke
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('no context shown') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise KeyError('a') from ValueError('cause instance')
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise KeyError('b') from ValueError
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise KeyError('c') from 5
except TypeError as e:
    print(type(e).__name__, e)
def three_levels():
    try:
        try:
            raise OSError('level1')
        except OSError:
            raise LookupError('level2')
    except LookupError:
        raise AssertionError('level3')
try:
    three_levels()
except AssertionError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
try:
    try:
        raise ValueError('same')
    except ValueError as err:
        raise err
except ValueError as e2:
    print('re-raised same object has no self-context:', e2.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        raise KeyError(3)
except KeyError as e:
    print(repr(e.__context__))
