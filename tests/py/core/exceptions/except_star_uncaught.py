# A group made by try-except* at module level, left uncaught: the exit status is 1 and the
# report is the group's tree (the new group itself has no traceback entries).
def fail(exc):
    raise exc
print('before')
try:
    fail(ExceptionGroup('original', [ValueError('handled'), TypeError('unhandled')]))
except* ValueError:
    raise KeyError('raised in clause')
print('not reached')
