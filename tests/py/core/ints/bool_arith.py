# bool is a subclass of int.
print(True + True, True * 10, False - True, -True, +True, ~True)
print(True / 2, True // 2, True % 2, True ** 10, 10 ** False)
print(True == 1, False == 0, True == 1.0)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(True & True, True | False, True ^ True, type(True ^ False).__name__)
print(repr(True), str(False), int(True), float(True), bool(2), bool(0), bool(-1))
print(bool(), bool(''), bool('0'), bool([]), bool([0]), bool(0.0), bool(None))
print({True: 'a', 1: 'b', 1.0: 'c'})
print([1, 2, 3][True], 'abc'[False])
print(True < 2, False > -1, sorted([True, 0, -1, 2, False]))
print(hash(True) == hash(1), hash(False) == hash(0))
print(True.real, True.imag, True.numerator, True.denominator, (True).bit_length())
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, bool.__mro__[1].__name__)
print(True.__and__(1), True.__and__(True), True.__or__(False))
