a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f | ~g
a < b > c <= d >= e == f != g
a = b
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
(n := 10)
def f(x) -> int: ...
x = a[1:2, ...]
y = {a: b, **c}
z = f(*a, **b)
w = a.b.c
@d
class C: pass
a<b>c<=d>=e==f!=g
a**-b//c
x=...;y=a.b
