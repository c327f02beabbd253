# warnings captured with catch_warnings(record=True).
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('plain user warning')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance warning'))
    warnings.warn('custom category', category=FutureWarning)
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__)
print(len(caught))
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('mine', MyWarning)
    warnings.warn('mine again', MyWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised:', type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('same message, same line')
print('default filter shows once per location:', len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip this one')
    warnings.warn('keep this one')
print([str(w.message) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__mro__[1].__name__)
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 'result'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(old_api(), caught[0].category.__name__, caught[0].lineno > 0, caught[0].filename.endswith('warnings_catch.py'))
try:
    warnings.warn('x', 'not a category')
except TypeError as e:
    print(type(e).__name__, e)
