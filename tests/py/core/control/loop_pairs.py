# Instructions the loader fuses into pairs, and while loops that test at their bottom:
# errors in either half of a pair are reported at their own line, jumps that land on the
# second half still work, and the bottom test behaves like the top one.
import traceback


def unbound_second(flag):
    if flag:
        x = 1
    a = 0
    return (a,
            x)          # LOAD_FAST a, LOAD_FAST x: the second half fails


def unbound_first(flag):
    if flag:
        y = 2
    return y + 1        # LOAD_FAST y, LOAD_CONST 1: the first half fails


def show(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(type(e).__name__, e, "at line", tb.lineno, "in", tb.name)


show(unbound_second, False)
show(unbound_first, False)
print(unbound_second(True), unbound_first(True))


# A comparison in a pair that falls back to the general path (and raises).
def compare_mixed(values):
    n = 0
    for v in values:
        if v < 10:
            n += 1
    return n


print(compare_mixed([1, 2.5, 30, 9]))
show(compare_mixed, [1, "a"])


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __bool__(self):
        raise ValueError("no truth")


def while_custom(limit):
    i = 0
    while Num(i) < limit:        # __lt__ returns a bool: the fused jump takes it
        i += 1
    return i


print(while_custom(5))


class Weird:
    def __lt__(self, other):
        return Num(0)            # not a bool: the jump must ask __bool__, which raises


def while_weird():
    w = Weird()
    while w < 1:
        pass


show(while_weird)


# while loops: break, continue, else, an exception in the bottom test, the walrus, and
# a test that changes between iterations.
def loops():
    out = []
    i = 0
    while i < 10:
        i += 1
        if i % 2:
            continue
        if i > 7:
            break
        out.append(i)
    else:
        out.append("no break")
    j = 3
    while j:
        j -= 1
    else:
        out.append("else ran")
    data = [3, 2, 1, 0, 5]
    k = 0
    while (v := data[k]):
        k += 1
    out.append((k, v))
    while False:
        out.append("never")
    while 0:
        out.append("never")
    n = 0
    while 1:
        n += 1
        if n == 4:
            break
    out.append(n)
    s = "abc"
    while s:
        s = s[1:]
    out.append(repr(s))
    return out


print(loops())


def bottom_test_raises():
    items = [1, 2]
    i = 0
    while items[i] < 5:         # IndexError from the test at the bottom, third time round
        i += 1


show(bottom_test_raises)


# STORE_FAST, STORE_FAST from unpacking; STORE_FAST then LOAD_FAST; LOAD_CONST then LOAD_FAST.
def unpack_and_swap(a, b):
    a, b = b, a
    c, d, e = (1, 2, 3)
    t = a
    return t, b, c, d, e, 10 - a


print(unpack_and_swap(7, 8))


# A try block that starts between the two halves of a pair.
def handler_boundary(flag):
    if flag:
        z = 5
    q = 1
    try:
        return z
    except UnboundLocalError as e:
        return "caught: " + str(e)


print(handler_boundary(False), handler_boundary(True))


# LOAD_GLOBAL followed by PUSH_NULL, with the global changing and then deleted.
def g():
    return "g1"


def call_global():
    return g()


print(call_global())


def g():
    return "g2"


print(call_global())
del g
show(call_global)
