# pass, ellipsis, semicolons, multiple targets, global statement at module level, line continuation.
pass
...
x = 1; y = 2; z = x + y
print(x, y, z)
a = b = c = 'same'
print(a, b, c)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
total = 1 + \
    2 + \
    3
print(total)
lst = [1,
       2,
       3,]
print(lst)
if True: x = 'inline'; print(x)
class Empty: pass
print(Empty.__name__)
print(__name__)
global global_var
global_var = 'module'
print(global_var)
