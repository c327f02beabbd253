# CRLF line endings everywhere
x = 1
if x:
    y = 2  # comment
    z = (1,
         2)
s = '''line one
line two'''
t = 'a\
b'
u = 1 + \
    2

def f():
    return f'''{x}
'''
class C:
    pass
