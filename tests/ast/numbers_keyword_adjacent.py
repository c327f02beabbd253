# 3.11 still accepts a keyword directly after a number (SyntaxWarning only)
x = 1if y else 2
z = [0x1for x in y]
w = 1or 2
v = 0 if 1else 1
u = 1.5and 2
t = 1in y
s = 0o7not in y
