print
print()
print(1)
print(1, 2, sep='')
print(*a, **k)
x = print
print = 1
print.x = 2
print[0] = 3
del print
def print(): pass
class print: pass
import print as exec
exec = print
exec('code')
p = print, exec
print (1)
print ((1, 2))
print ()
