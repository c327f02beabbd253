# random: seeded sequences are CPython's (Mersenne Twister and the distributions on top).
import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
print(random.choice('abcdefg'), random.getrandbits(70), random.uniform(1, 2))
x = list(range(20)); random.shuffle(x); print(x)
print(random.sample(range(100), 5), random.sample(range(1000), 30)[:5])
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 2, 3], k=5))
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2))
r = random.Random(12345); print(r.random(), r.randint(0, 10))
random.seed(2**100 + 7); print(random.random())
random.seed(0); print(random.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
