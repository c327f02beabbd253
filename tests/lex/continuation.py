x = 1 + \
    2
if a and \
   b:
    pass
y = \
3
with a as b, \
     c as d:
    pass
