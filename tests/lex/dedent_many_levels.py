class A:
    class B:
        class C:
            def f(self):
                if x:
                    return 1
a = 1
if b:
    if c:
        pass
    else:
        if d:
            pass
e = 2
