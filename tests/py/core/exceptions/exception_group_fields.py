# BaseExceptionGroup's message and exceptions are read-only; the group types are generic.
eg = ExceptionGroup('m', [ValueError(1)])
for stmt in ('eg.message = "x"', 'eg.exceptions = ()', 'del eg.message', 'del eg.exceptions'):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', e)
print(eg.message, eg.exceptions)
print(repr(BaseExceptionGroup.__dict__['message']), repr(BaseExceptionGroup.__dict__['exceptions']))
# Other attributes can still be set.
eg.extra = 1
eg.__notes__ = ['n']
print(eg.extra, eg.__notes__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyboardInterrupt])
print(ExceptionGroup[ValueError].__origin__ is ExceptionGroup, ExceptionGroup[ValueError].__args__)
