# Conditional expressions and their evaluation order.
def t(v, name):
    print('eval', name)
    return v
print(t('yes', 'a') if t(True, 'cond') else t('no', 'b'))
print(t('yes', 'a') if t(0, 'cond') else t('no', 'b'))
x = 5
print('big' if x > 3 else 'small', 'even' if x % 2 == 0 else 'odd')
print(1 if False else 2 if False else 3, (1 if True else 2) + 10, [i if i else 'zero' for i in range(3)])
print((lambda v: 'pos' if v > 0 else 'neg' if v < 0 else 'zero')(0))
y = [] if x else None
print(y)
print('a' if '' else 'b' if [] else 'c' if 0.0 else 'd')
v = None
print(v.attr if v is not None else 'guarded')
print(x if x > 0 else -x, -x if -x > 0 else x)
