"""Object-oriented code: method calls and attribute access on a small class
hierarchy, with properties (getters and setters), super() calls, class and
static methods, class attributes, isinstance checks and a few operator
methods (__add__, __eq__, __lt__, __repr__).

Usage: oo.py [N]    N scales the work (rounds; default 160).
The last line printed is a checksum.
"""
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self.origin = origin
        self._tag = 0
        Shape.count += 1

    @property
    def tag(self):
        return self._tag

    @tag.setter
    def tag(self, value):
        self._tag = value % 1000

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def moved(self, delta):
        self.origin = self.origin + delta
        return self

    def score(self):
        return self.area() * 3 + self.perimeter() + self.origin.dot(Vec(1, 2))

    def __lt__(self, other):
        return self.score() < other.score()

    @staticmethod
    def kind_code(name):
        return len(name) * 7 + ord(name[0])

    @classmethod
    def unit(cls, origin):
        return cls(origin, 1, 1)


class Rect(Shape):
    def __init__(self, origin, width, height):
        super().__init__("rect", origin)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    @property
    def diagonal2(self):
        return self.width * self.width + self.height * self.height


class Square(Rect):
    def __init__(self, origin, side, _unused=None):
        super().__init__(origin, side, side)
        self.name = "square"

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = value
        self.height = value

    def score(self):
        return super().score() + 1


class Triangle(Shape):
    def __init__(self, origin, a, b, c=None):
        super().__init__("triangle", origin)
        self.a = a
        self.b = b
        self.c = c if c is not None else a + b - 1

    def area(self):
        # Twice Heron's formula squared, kept in integers: 16 * area^2.
        a, b, c = self.a, self.b, self.c
        return (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c) // 16

    def perimeter(self):
        return self.a + self.b + self.c


class Canvas:
    def __init__(self):
        self.shapes = []
        self.total_area = 0

    def add(self, shape):
        self.shapes.append(shape)
        self.total_area += shape.area()
        return shape

    def move_all(self, delta):
        for s in self.shapes:
            s.moved(delta)

    def summary(self):
        counts = {}
        for s in self.shapes:
            counts[s.name] = counts.get(s.name, 0) + 1
        return counts


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history += 1
        self._balance = value

    def deposit(self, amount):
        self.balance = self.balance + amount

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance = self.balance - amount
        return True


class SavingsAccount(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)

    def withdraw(self, amount):
        if amount > 500:
            return False
        return super().withdraw(amount)


def one_round(r):
    canvas = Canvas()
    check = 0
    for i in range(400):
        origin = Vec(i % 13, (i * 7 + r) % 11)
        k = i % 4
        if k == 0:
            s = canvas.add(Rect(origin, i % 9 + 1, i % 5 + 2))
            check += s.diagonal2
        elif k == 1:
            s = canvas.add(Square(origin, i % 7 + 1))
            s.side = s.side + 1
        elif k == 2:
            s = canvas.add(Triangle(origin, i % 6 + 3, i % 4 + 3))
        else:
            s = canvas.add(Square.unit(origin))
        s.tag = i * 37 + r
        check += s.tag
    for step in range(6):
        canvas.move_all(Vec(step, -step))
    total = 0
    for s in canvas.shapes:
        total += s.score()
        if isinstance(s, Rect):
            total += s.width
        if isinstance(s, Square):
            total += 3
        total += Shape.kind_code(s.name)
    check += total + canvas.total_area
    ordered = sorted(canvas.shapes)
    check += ordered[0].score() + ordered[-1].score() * 3
    counts = canvas.summary()
    check += counts["rect"] + counts["square"] * 2 + counts["triangle"] * 3
    accounts = []
    for i in range(60):
        if i % 3 == 0:
            accounts.append(SavingsAccount(f"s{i}", 1000 + i, 2 + i % 3))
        else:
            accounts.append(Account(f"a{i}", 100 * i))
    for t in range(40):
        for a in accounts:
            if a.withdraw((t * 13 + len(a.owner)) % 700):
                check += 1
            a.deposit(t % 17)
            if isinstance(a, SavingsAccount) and t % 10 == 0:
                a.add_interest()
    for a in accounts:
        check += a.balance + a.history
    v = Vec(0, 0)
    for i in range(300):
        v = v + Vec(i, -i).scaled(2) - Vec(1, 1)
        if v == Vec(0, 0):
            check += 1
    check += v.x * 3 + v.y
    return check, repr(v)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 160
    checksum = 0
    last = ""
    for r in range(rounds):
        c, last = one_round(r)
        checksum = (checksum * 31 + c) % 1000000007
    print("shapes", Shape.count, last)
    print("checksum", checksum)


main()
