# classmethod and staticmethod behaviour, alternate constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'), MyDate(1, 2, 3).from_string('5-6-7'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__['from_string']).__name__, type(Date.__dict__['is_leap']).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
sm = Date.__dict__['is_leap']
print(sm.__func__(2004), callable(sm))
cm = Date.__dict__['from_string']
print(cm.__func__.__name__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).bump()
    @classmethod
    def bump(cls):
        cls.instances += 1
class SubCounter(Counter):
    instances = 100
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
def plain(x):
    return x
class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls: cls.__name__)
print(Holder.s(5), Holder().s(6), Holder.c(), Holder().c())
