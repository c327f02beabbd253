# Every argument form in calls
f()
f(a)
f(a, b)
f(a, b,)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(a, *b, c, *d)
f(a, *b, c=1, *d, e=2, **f)
f(x=1, **k, y=2, **m)
f(*a, *b, **c, **d)
f(a, b=1, *c)
f(x for x in y)
f((x for x in y), 1)
f(a := 1)
f(a, b := 2, c=3)
f(*[1, 2], **{'a': 1})
f(lambda: 1, key=lambda x: -x)
f(*a or b)
f(**a if b else c)
f(a)(b)(c)
f.g.h(i)[j](k)
f(
    a,
    b,
)
print("hello", end="", sep=" ", file=None)
print
