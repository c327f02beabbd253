# Python 3.11 wraps an exception raised by __set_name__ during class creation in a
# RuntimeError naming the attribute and the class; the original is the __cause__.
class D:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class C:
        attr = D()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
