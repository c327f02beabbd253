# krait: no-gc-stress (70,000 attributes stay live while more are made)
# An instance attribute at an entry number beyond what LOAD_ATTR's hint can hold (16 bits).
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def get_b(o):
    return o.b

def get_last(o):
    return o.n69999

big = P(0, 0)
for i in range(70000):
    setattr(big, 'n%d' % i, i)
print(get_last(big), get_last(big), get_b(big))
big.n69999 = 'changed'
print(get_last(big), get_b(big))
