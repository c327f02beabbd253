# precedence and associativity of every operator
a + b
a - b
a * b
a / b
a // b
a % b
a ** b
a @ b
a << b
a >> b
a & b
a | b
a ^ b
-a
+a
~a
not a
a and b
a or b
a + b * c
(a + b) * c
a * b + c
a - b - c
a - (b - c)
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
-a ** -b
2 ** -1
~a ** b
not a == b
not not a
- - a
+ - ~ + a
a + -b
a | b ^ c & d << e + f * g ** h
a << b >> c
a & b | c ^ d
a or b and c
(a or b) and c
a and b or c and d
not a and not b or not c
a or b or c or d
a and b and c
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a or b if c and d else e or f
lambda: a if b else c
x = a if b else c
a < b
a < b < c
a <= b >= c
a == b != c
a > b
a is b
a is not b
a in b
a not in b
a < b > c == d >= e <= f != g is h is not i in j not in k
a == b == c
not a in b
not a is not b
a < b or c > d
a + b < c * d
a | b == c & d
(a < b) < c
a is (not b)
a @ b @ c
a @ b * c
1 + 2 - 3 * 4 / 5 // 6 % 7
a.b.c
a.b().c
x = -1
x = ---1
x = not -1
x = +1.5
x = (((a)))
x = (a)
x = (a, )
x = ()
x = (a, b)
x = a, b
x = a,
x = ...
x = None, True, False
x = __debug__
x = a if b else (yield_ if c else d)
