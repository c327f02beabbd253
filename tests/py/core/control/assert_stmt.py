# assert with and without messages.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(type(e).__name__, e, e.args)
def msg():
    print('message evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
x = 5
try:
    assert x < 3, f'x is {x}'
except AssertionError as e:
    print(e)
print(__debug__)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
