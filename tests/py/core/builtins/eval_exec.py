# eval and exec with globals/locals.
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('a + b', {'a': 1}, {'b': 2}), eval(' 5 '), eval('[i for i in range(3)]'))
x = 'module x'
print(eval('x'), eval('x', {'x': 'given'}))
def f():
    local = 'local value'
    return eval('local')
print(f())
g = {}
exec('y = 10\ndef h():\n    return y * 2', g)
print(g['y'], g['h'](), '__builtins__' in g)
l = {}
exec('z = 5', {}, l)
print(l)
ns = {'__builtins__': {}}
try:
    exec('len([])', ns)
except NameError as e:
    print(type(e).__name__, e)
print(exec('1 + 1'), eval('None'))
for bad in ('1 +', 'x = 1', 'def'):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_thing')
except NameError as e:
    print(type(e).__name__, e)
code = '''
total = 0
for i in range(5):
    total += i
'''
env = {}
exec(code, env)
print(env['total'])
print(eval('lambda v: v + 1')(1), eval('(1, 2)'), eval('{"k": [1]}'), eval('"str"'), eval('b"b"'), eval('-7 // 2'))
exec('print("printed from exec")')
def uses_exec():
    exec('inner = 1')
    return 'inner' in locals()
print(uses_exec())
eval('print("eval can call print")')
try:
    eval('1/0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
