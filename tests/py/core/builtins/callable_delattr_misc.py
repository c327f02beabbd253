# callable, delattr, divmod, format, frozenset, isinstance quick checks.
class C:
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(len), callable(lambda: 0), callable('x'), callable(None), callable(type))
o = C()
o.x = 1
delattr(o, 'x')
print(hasattr(o, 'x'))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(format(3.14159, '.2f'), format(42, '08b'), format('s', '^5'), format(1234567, ','), format(True), format(None, ''))
print(frozenset('aa') == frozenset({'a'}), isinstance(1, (str, int)))
