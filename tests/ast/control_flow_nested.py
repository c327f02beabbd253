def f(n):
    for i in range(n):
        while i:
            if i % 2:
                i -= 1
                continue
            elif i % 3:
                break
            else:
                try:
                    with open(i) as fh:
                        for line in fh:
                            if line:
                                return line
                except OSError:
                    pass
        else:
            pass
    return None
class A:
    def m(self):
        if self:
            class B:
                def n(self):
                    def o():
                        return lambda: [x for x in (y for y in self)]
                    return o
            return B
if a:
    pass
elif b:
    if c:
        pass
    elif d:
        pass
    else:
        if e:
            pass
else:
    while f:
        for g in h:
            pass
        else:
            break
    else:
        pass
