# Deeply nested try statements and handler ordering.
def classify(exc):
    try:
        try:
            try:
                raise exc
            except KeyError:
                return 'innermost KeyError'
            finally:
                print('  inner finally for', type(exc).__name__)
        except (IndexError, TypeError) as e:
            return 'middle ' + type(e).__name__
        finally:
            print('  middle finally')
    except Exception as e:
        return 'outer ' + type(e).__name__
    finally:
        print('  outer finally')
for exc in (KeyError(), IndexError(), TypeError(), ValueError()):
    print(classify(exc))
def handler_raises():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            return f'caught {e} with context {e.__context__!r}'
print(handler_raises())
def loop_handlers():
    results = []
    for v in [1, 0, 'x', None, 2]:
        try:
            results.append(10 // v)
        except ZeroDivisionError:
            results.append('div0')
        except TypeError:
            results.append('type')
    return results
print(loop_handlers())
def deep(n):
    try:
        if n == 0:
            raise LookupError('bottom')
        return deep(n - 1)
    finally:
        pass
try:
    deep(50)
except LookupError as e:
    print('from recursion:', e)
count = 0
def counting():
    global count
    try:
        count += 1
        if count < 5:
            return counting()
        raise ValueError(count)
    except ValueError as e:
        if count < 10:
            count += 1
        raise
try:
    counting()
except ValueError as e:
    print('count', count, e)
