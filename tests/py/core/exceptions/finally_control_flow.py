# finally interacting with return, break, continue.
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def order():
    log = []
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(order())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally on break', i)
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'exception discarded by break'
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('while finally', n)
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def generator_free_cleanup():
    resources = []
    try:
        resources.append('open')
        raise RuntimeError('fail')
    except RuntimeError:
        resources.append('handled')
        return resources
    finally:
        resources.append('closed')
print(generator_free_cleanup())
