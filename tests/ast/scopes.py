global a
global a, b, c
def f():
    global x
    x = 1
    def g():
        nonlocal y
        global z
        nonlocal y, w
    class C:
        global q
        nonlocal r
        def m(self):
            nonlocal s
    return g
