# User-defined exception classes: args, str, repr, attributes, hierarchy.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f'{table} failed with {code}')
        self.table = table
        self.code = code
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
class CustomStr(Exception):
    def __str__(self):
        return 'custom str'
class ReprExc(Exception):
    def __repr__(self):
        return 'ReprExc<>'
for exc in (AppError(), AppError('one'), AppError('a', 2), DbError('users', 42), NoSuperInit(5), CustomStr('arg'), ReprExc('r')):
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise DbError('orders', 7)
except AppError as e:
    print('caught via base:', e, e.table, e.code, isinstance(e, Exception), type(e).__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefault(), WithDefault('given'))
e = AppError('x')
e.args = ('changed', 'args')
print(e, e.args)
e.extra = 'attributes allowed'
print(e.extra)
class MyKeyError(KeyError):
    pass
print(str(MyKeyError('k')), str(KeyError('k')), str(LookupError('k')))
try:
    raise MyKeyError('missing')
except LookupError as e:
    print('LookupError caught', repr(e))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 'string'
except TypeError as e:
    print(type(e).__name__, e)
class Base(Exception):
    def describe(self):
        return 'base describe for ' + type(self).__name__
class Leaf(Base):
    pass
try:
    raise Leaf('l')
except Base as b:
    print(b.describe())
print(issubclass(DbError, Exception), issubclass(DbError, BaseException), Exception.__bases__, BaseException.__bases__)
