#!/usr/bin/env python3.11
"""Writes tests/unit/data/bigint_cases.txt: inputs and python3.11's answers for runtime/bigint.

One case per line, fields separated by tabs, the operation first. Integers are written in
signed hexadecimal ('-1f', '0'); floats as the 16 hex digits of their IEEE bits; '!' stands
for a refusal (OverflowError, ValueError). Small and medium operands are spelled out:
  add|sub|mul|and|or|xor  a b  result          cmp   a b  -1|0|1
  divmod  a b  q r                             tdiv  a b  bits|!       (a / b)
  pow     a e(decimal)  result                 powmod a e m  result|!  (pow(a, e, m))
  shl|shr a n(decimal)  result                 inv   a  ~a
  hash    a  hash(a) in decimal                bits  a  bit_length  bit_count
  str     base a  digits (no prefix)           parse base digits  a
  f2i     bits  int(f)                         i2f   a  bits|!
  cmpd    a bits  <|=|>|?  (? when unordered)  isqrt a  r           gcd a b  r
  tobytes a len b|l 0|1  hex|!O|!N  (!O: too big, !N: negative to unsigned)
  frombytes hex b|l 0|1  a                     toint64 a  decimal|!
Big operands come from a generator both sides share (splitmix64 words, see big()), and big
results are checked by hash and bit length ('g' is a generated operand: seed:bits, with a
leading '-' for negatives):
  bigmul g g  hash bitlen                      bigdivmod g g  hash(q) hash(r)
  bigstr g  len fnv1a64(str)                   bigpow base e  hash bitlen
  biggcd g g g  hash(gcd(a*c, b*c))            bigisqrt g  hash
  bigpowmod g g g  hash                         bigtdiv g g  bits|!

Run with python3.11 from the repository root: python3.11 tools/gen_bigint_cases.py
(--seed N --out FILE write a different set elsewhere, for a wider sweep than the committed one).
"""
import argparse
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: it is the oracle")

sys.set_int_max_str_digits(0)
parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=20240923)
parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit",
                                                   "data", "bigint_cases.txt"))
args = parser.parse_args()
OUT = args.out
rng = random.Random(args.seed)
lines = []


def emit(*fields):
    lines.append("\t".join(str(f) for f in fields))


def hx(v):
    return "-" + format(-v, "x") if v < 0 else format(v, "x")


def fbits(f):
    return struct.pack(">d", f).hex()


def from_bits(u):
    return struct.unpack(">d", struct.pack(">Q", u))[0]


# ---- operands ----

EDGE_EXPONENTS = [1, 2, 7, 8, 15, 16, 30, 31, 32, 33, 46, 47, 48, 52, 53, 54, 61, 62, 63, 64, 65, 95, 96, 97,
                  127, 128, 129, 159, 160, 161, 255, 256, 1000, 1023, 1024, 1025]
EDGES = [0, 1, 2, 3]
for k in EDGE_EXPONENTS:
    EDGES += [2 ** k, 2 ** k - 1, 2 ** k + 1, 2 ** k - 2 ** (k // 2)]
EDGES = sorted(set(EDGES))


def pattern_limbs(n):
    """n limbs drawn from values that stress carries and quotient estimates."""
    choices = [0, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 1, None, None]
    out = 0
    for i in range(n):
        c = rng.choice(choices)
        out |= (rng.getrandbits(32) if c is None else c) << (32 * i)
    return out


def rand_bits():
    r = rng.random()
    if r < 0.5:
        return rng.randint(0, 64)
    if r < 0.85:
        return rng.randint(65, 256)
    if r < 0.99:
        return rng.randint(257, 800)
    return rng.randint(801, 2400)


def rand_mag(bits=None):
    if bits is None:
        bits = rand_bits()
    r = rng.random()
    if r < 0.12:
        return rng.choice(EDGES)
    if bits == 0:
        return 0
    if r < 0.3:
        v = pattern_limbs((bits + 31) // 32)
        return v >> max(0, v.bit_length() - bits)
    if r < 0.38:  # sparse
        v = 0
        for _ in range(rng.randint(1, 4)):
            v |= 1 << rng.randrange(bits)
        return v
    return rng.getrandbits(bits) | (1 << (bits - 1))


def rand_int(bits=None):
    v = rand_mag(bits)
    return -v if rng.random() < 0.45 else v


# ---- big operands: splitmix64, mirrored in the test ----

M64 = (1 << 64) - 1


def big(seed, bits):
    state = seed
    v = 0
    for i in range((bits + 63) // 64):
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        v |= (z ^ (z >> 31)) << (64 * i)
    v &= (1 << bits) - 1
    return v | (1 << (bits - 1))


def gspec():
    """A generated operand: its spec and its value."""
    seed = rng.getrandbits(32)
    bits = rng.choice([rng.randint(1500, 6000), rng.randint(6000, 40000), rng.randint(40000, 120000)])
    neg = rng.random() < 0.3
    return ("-" if neg else "") + f"{seed}:{bits}", -big(seed, bits) if neg else big(seed, bits)


def fnv1a64(s):
    h = 0xCBF29CE484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


# ---- small and medium cases ----

def binop_cases():
    for _ in range(300):
        a, b = rand_int(), rand_int()
        if rng.random() < 0.2:
            b = rng.choice([a, -a, a + 1, a - 1, ~a])
        emit("add", hx(a), hx(b), hx(a + b))
        emit("sub", hx(a), hx(b), hx(a - b))
        emit("cmp", hx(a), hx(b), (a > b) - (a < b))
    for _ in range(340):
        a, b = rand_int(), rand_int()
        emit("mul", hx(a), hx(b), hx(a * b))
    for a in EDGES[::7]:
        for b in EDGES[::11]:
            emit("mul", hx(a), hx(-b), hx(-a * b))
            emit("add", hx(-a), hx(b), hx(b - a))
    # Karatsuba sizes, balanced and lopsided.
    for _ in range(16):
        a = rand_int(rng.randint(1400, 3000))
        b = rand_int(rng.randint(1400, 3000) if rng.random() < 0.6 else rng.randint(100, 1400))
        emit("mul", hx(a), hx(b), hx(a * b))
    for _ in range(5):
        a = rand_int(rng.randint(1400, 3000))
        emit("mul", hx(a), hx(a), hx(a * a))


def knuth_addback(a, b):
    """Whether Knuth's algorithm D on 32-bit limbs needs the add-back step for a // b."""
    nb = (b.bit_length() + 31) // 32
    if nb < 2 or a < b:
        return False
    s = 32 * nb - b.bit_length()
    u, v = a << s, b << s
    B = 1 << 32
    nu = (u.bit_length() + 31) // 32
    vh, vl = v >> (32 * (nb - 1)), (v >> (32 * (nb - 2))) & (B - 1)
    rem = u
    for j in range(nu - nb, -1, -1):
        w = rem >> (32 * j)
        top = w >> (32 * (nb - 1))
        qhat = min(top // vh, B - 1)
        rhat = top - qhat * vh
        w2 = (w >> (32 * (nb - 2))) & (B - 1)
        while rhat < B and qhat * vl > (rhat << 32) + w2:
            qhat -= 1
            rhat += vh
        qtrue = w // v
        if qhat != qtrue:
            return True
        rem -= (qtrue * v) << (32 * j)
    return False


def division_cases():
    def one(a, b):
        q, r = divmod(a, b)
        emit("divmod", hx(a), hx(b), hx(q), hx(r))

    for _ in range(400):
        a, b = rand_int(), rand_int()
        if b == 0:
            b = rng.choice([1, -1, 7])
        if rng.random() < 0.5 and abs(b) > abs(a):
            a, b = b, a if a else 3
        one(a, b)
    for a in (0, 1, -1, 7, -7, 2 ** 64, -(2 ** 64), 2 ** 63, -(2 ** 63)):
        for b in (1, -1, 2, -2, 7, -7, 2 ** 32, -(2 ** 32), 2 ** 64 - 1, -(2 ** 64) + 1):
            one(a, b)
    # Exact multiples and near-multiples, all sign combinations.
    for _ in range(60):
        b = rand_mag(rng.randint(33, 500)) or 5
        q = rand_mag(rng.randint(1, 500))
        for r in (0, 1, b - 1, rng.randrange(b)):
            for sa, sb in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                if rng.random() < 0.3:
                    one(sa * (q * b + r), sb * b)
    # The rare add-back step of algorithm D, found by simulating it.
    found = 0
    tries = 0
    while found < 60 and tries < 400000:
        tries += 1
        nb = rng.randint(2, 6)
        b = pattern_limbs(nb) | (1 << (32 * nb - rng.randint(1, 32)))
        a = pattern_limbs(nb + rng.randint(0, 4))
        if knuth_addback(a, b):
            found += 1
            one(a, b)
            one(-a, b)
    print(f"add-back cases: {found} in {tries} tries", file=sys.stderr)


def true_divide_cases():
    def one(a, b):
        try:
            r = fbits(a / b)
        except OverflowError:
            r = "!"
        emit("tdiv", hx(a), hx(b), r)

    for _ in range(250):
        a, b = rand_int(), rand_int()
        if b == 0:
            b = 3
        one(a, b)
    for _ in range(80):  # quotients near 1 and in the normal range, big operands
        b = rand_int(rng.randint(60, 1500)) or 11
        a = b * rng.randint(1, 2 ** 60) + rng.randint(-(2 ** 40), 2 ** 40)
        one(a, b)
    # Exact ties at 53 bits (and in the subnormal range), and their neighbours.
    for _ in range(60):
        m = rng.getrandbits(53) | (1 << 53) | 1  # 54 bits, odd: halfway between doubles
        k = rng.randint(0, 300)
        b = rand_mag(rng.randint(1, 200)) or 1
        for d in (-1, 0, 1):
            one((m * b + d) << k, b << rng.randint(0, 3))
    for _ in range(60):  # subnormal results: a / b around 2^-1074 .. 2^-1022
        e = rng.randint(1022, 1080)
        m = rng.getrandbits(rng.randint(1, 60)) | 1
        b = rng.getrandbits(rng.randint(1, 100)) | 1
        one(m * b + rng.choice([0, 0, 1, -1]), b << e)
        one(-m * b, b << e)
    # Overflow boundary: max double is (2^53 - 1) 2^971; the halfway point 2^1024 - 2^970 overflows.
    top = 2 ** 1024
    for _ in range(4):
        b = rand_mag(rng.randint(1, 64)) or 1
        for v in (top - 2 ** 970, top - 2 ** 971, top - 2 ** 970 - 1, top):
            for d in (-1, 0, 1):
                one(v * b + d, b)
                one(-(v * b + d), -b)
    for a, b in ((0, 1), (0, -5), (-0, -(2 ** 100)), (1, 2 ** 2000), (-1, 2 ** 2000), (2 ** 2000, 1),
                 (2 ** 1100, 2 ** 60), (3, 2 ** 1075), (1, 2 ** 1075), (1, 2 ** 1074), (3, 2 ** 1076)):
        one(a, b)


def pow_cases():
    for _ in range(200):
        a = rand_int(rng.choice([rng.randint(0, 64), rng.randint(65, 300)]))
        bits = max(a.bit_length(), 1)
        e = rng.randint(0, max(1, 3000 // bits))
        emit("pow", hx(a), e, hx(a ** e))
    for a in (0, 1, -1, 2, -2, 3, 10, -10, 2 ** 32, -(2 ** 32) + 1, 2 ** 47 + 1):
        for e in (0, 1, 2, 3, 5, 31, 32, 63, 64):
            emit("pow", hx(a), e, hx(a ** e))
    for a in (0, 1, -1):
        for e in (10 ** 18, 2 ** 64 - 1, 2 ** 64 - 2):
            emit("pow", hx(a), e, hx(pow(a, e, None) if a != 0 else 0))
    emit("pow", "2", 3000, hx(2 ** 3000))
    emit("pow", "-c", 777, hx((-12) ** 777))

    def pm(a, e, m):
        try:
            r = hx(pow(a, e, m))
        except ValueError:
            r = "!"
        emit("powmod", hx(a), hx(e), hx(m), r)

    for _ in range(240):
        a = rand_int()
        e = rand_int(rng.choice([rng.randint(0, 64), rng.randint(65, 400)]))
        m = rand_int(rng.choice([rng.randint(1, 64), rng.randint(65, 700)])) or 7
        if e < 0 and rng.random() < 0.5:
            m = abs(m) | 1
        pm(a, e, m)
    for _ in range(60):  # big exponents for the window, medium moduli
        pm(rand_int(), rand_mag(rng.randint(500, 2000)), rand_int(rng.randint(100, 1200)) or 5)
    for a in (0, 1, -1, 2, -2, 6):
        for e in (0, 1, -1, 2, -2, 5, -5):
            for m in (1, -1, 2, -2, 3, -3, 4, 7, -7, 2 ** 64, 2 ** 64 + 1):
                pm(a, e, m)
    for _ in range(60):  # not invertible: shared factors
        g = rng.randint(2, 1000)
        pm(g * rand_int(100) or g, -rng.randint(1, 100), g * (rand_mag(200) or 3))


def shift_bit_cases():
    for _ in range(350):
        a = rand_int()
        n = rng.choice([rng.randint(0, 200), rng.randint(0, 64), rng.randint(200, 3000)])
        emit("shl", hx(a), n, hx(a << n))
        emit("shr", hx(a), n, hx(a >> n))
    for a in (0, 1, -1, -2, 2 ** 64 - 1, -(2 ** 64), -(2 ** 64) + 1, -(2 ** 100) - 1):
        for n in (0, 1, 31, 32, 33, 63, 64, 65, 100, 128):
            emit("shl", hx(a), n, hx(a << n))
            emit("shr", hx(a), n, hx(a >> n))
    for a in (0, 5, -5, 2 ** 300, -(2 ** 300), -(2 ** 300) + 1):
        for n in (10 ** 6, 2 ** 32, 2 ** 63, 2 ** 64 - 1):
            emit("shr", hx(a), n, hx(a >> n))
        emit("shl", hx(a), 5000, hx(a << 5000))
    emit("shl", "0", 2 ** 64 - 1, "0")
    for _ in range(450):
        a, b = rand_int(), rand_int()
        if rng.random() < 0.2:
            b = rng.choice([-1, 0, -a, ~a, -(2 ** 64), -(2 ** 32)])
        emit("and", hx(a), hx(b), hx(a & b))
        emit("or", hx(a), hx(b), hx(a | b))
        emit("xor", hx(a), hx(b), hx(a ^ b))
    for a in EDGES[::2] + [-e for e in EDGES[1::2]]:
        emit("inv", hx(a), hx(~a))
        emit("bits", hx(a), a.bit_length(), a.bit_count())
    for _ in range(300):
        a = rand_int()
        emit("inv", hx(a), hx(~a))
        emit("bits", hx(a), a.bit_length(), a.bit_count())


def hash_cases():
    P = 2 ** 61 - 1
    vals = [0, 1, -1, -2, 2, P, P - 1, P + 1, -P, -P + 1, -P - 1, 2 * P, 2 * P - 1, -2 * P + 1, 2 ** 61, 2 ** 64 - 1,
            -(2 ** 64) + 1, P * (2 ** 100 + 1), P * (2 ** 100 + 1) - 1, -(P * (2 ** 100 + 1)) - 1,
            -(P * (2 ** 100 + 1)) + 1]
    vals += EDGES + [-e for e in EDGES]
    vals += [rand_int() for _ in range(300)]
    for v in vals:
        emit("hash", hx(v), hash(v))


def string_cases():
    for _ in range(300):
        a = rand_int()
        base = rng.choice([2, 8, 10, 10, 10, 16, 36, 3, 7])
        s = to_base(a, base)
        emit("str", base, hx(a), s)
    for a in EDGES[::2] + [-e for e in EDGES[1::5]]:
        for base in (2, 8, 10, 16, 36):
            emit("str", base, hx(a), to_base(a, base))
    for _ in range(200):
        base = rng.randint(2, 36)
        n = rng.choice([rng.randint(1, 30), rng.randint(30, 200), rng.randint(200, 600)])
        digits = "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz"[:base]) for _ in range(n))
        if rng.random() < 0.3:
            digits = "0" * rng.randint(1, 40) + digits
        if rng.random() < 0.3:
            digits = digits.upper()
        emit("parse", base, digits, hx(int(digits, base)))
    for base in (2, 10, 16, 36):
        emit("parse", base, "0", "0")
        emit("parse", base, "000", "0")
        emit("parse", base, "", "0")
    for n in (2001, 4300, 4500):  # long decimal strings: the divide-and-conquer parser
        digits = "".join(rng.choice("0123456789") for _ in range(n))
        emit("parse", 10, digits, hx(int(digits)))


def to_base(a, base):
    if base == 2:
        s = format(abs(a), "b")
    elif base == 8:
        s = format(abs(a), "o")
    elif base == 10:
        s = str(abs(a))
    elif base == 16:
        s = format(abs(a), "x")
    else:
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        v, out = abs(a), []
        while v:
            v, d = divmod(v, base)
            out.append(digits[d])
        s = "".join(reversed(out)) or "0"
        assert int(s, base) == abs(a)
    return ("-" if a < 0 else "") + s


def float_cases():
    fl = [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.0, -1.0, 1.5, -1.5, 2.0 ** 52 + 0.5, 2.0 ** 53,
          -(2.0 ** 53), 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64, 1.7976931348623157e308, -1.7976931348623157e308,
          5e-324, 4503599627370495.5, 9007199254740993.0, 1e300, 123456789.987654321]
    for _ in range(250):
        f = from_bits(rng.getrandbits(64))
        if math.isfinite(f):
            fl.append(f)
    for _ in range(200):
        fl.append(rng.uniform(-1e20, 1e20))
    for f in fl:
        emit("f2i", fbits(f), hx(int(f)))

    def i2f(a):
        try:
            r = fbits(float(a))
        except OverflowError:
            r = "!"
        emit("i2f", hx(a), r)

    for k in (53, 54, 55, 63, 64, 65, 100, 500, 1000, 1023):
        for d in range(-3, 4):
            i2f(2 ** k + d)
            i2f(-(2 ** k + d))
        i2f(2 ** k + 2 ** (k - 53))  # tie
        i2f(2 ** k + 3 * 2 ** (k - 53))  # tie rounding up
        i2f(2 ** k + 2 ** (k - 53) + 1)
    top = 2 ** 1024
    for v in (top - 2 ** 971, top - 2 ** 970 - 1, top - 2 ** 970, top - 2 ** 970 + 1, top - 1, top, top + 1,
              2 ** 1100, 2 ** 5000):
        i2f(v)
        i2f(-v)
    for _ in range(600):
        i2f(rand_int(rng.choice([rng.randint(0, 64), rng.randint(54, 120), rng.randint(120, 1100)])))

    def cmpd(a, f):
        if math.isnan(f):
            r = "?"
        else:
            r = "<" if a < f else "=" if a == f else ">"
        emit("cmpd", hx(a), fbits(f), r)

    for f in fl[:150]:
        n = int(f)
        for a in (n, n + 1, -n):
            cmpd(a, f)
    for a in (0, 1, -1, 2 ** 53 + 1, 2 ** 1024, -(2 ** 1024), 2 ** 5000):
        for f in (math.nan, math.inf, -math.inf, 0.0, -0.0, 1.7976931348623157e308, float(2 ** 53)):
            cmpd(a, f)
    for _ in range(200):
        a = rand_int(rng.randint(0, 1100))
        cmpd(a, float(a) if abs(a) < 2 ** 1023 else 1e308)
        cmpd(a, rng.uniform(-1, 1) * 2.0 ** rng.randint(0, 1023))


def misc_cases():
    for _ in range(300):
        a = rand_mag()
        emit("isqrt", hx(a), hx(math.isqrt(a)))
    for _ in range(60):
        r = rand_mag()
        for a in (r * r, r * r - 1, r * r + 1, (r + 1) ** 2 - 1):
            if a >= 0:
                emit("isqrt", hx(a), hx(math.isqrt(a)))
    for a in range(0, 40):
        emit("isqrt", hx(a), hx(math.isqrt(a)))
    for k in (63, 64, 65, 127, 128, 129):
        for a in (2 ** k - 1, 2 ** k, 2 ** k + 1):
            emit("isqrt", hx(a), hx(math.isqrt(a)))

    for _ in range(300):
        a, b = rand_int(), rand_int()
        if rng.random() < 0.5:
            g = rand_int(rng.randint(1, 800))
            a, b = a * g, b * g
        emit("gcd", hx(a), hx(b), hx(math.gcd(a, b)))
    for _ in range(40):  # consecutive Fibonacci numbers: the most steps
        n = rng.randint(50, 3000)
        x, y = 0, 1
        for _ in range(n):
            x, y = y, x + y
        emit("gcd", hx(y), hx(x), hx(math.gcd(x, y)))
    for a in (0, 1, -1, 2 ** 64, -(2 ** 64) + 1, 2 ** 200):
        for b in (0, 1, -1, 6, 2 ** 64, 2 ** 200 - 1):
            emit("gcd", hx(a), hx(b), hx(math.gcd(a, b)))

    for _ in range(240):
        a = rand_int(rng.choice([rng.randint(0, 70), rng.randint(70, 500)]))
        minimal = (a.bit_length() + 8) // 8 if a < 0 else (a.bit_length() + 7) // 8
        for length in (max(minimal - 1, 0), minimal, minimal + 1, minimal + rng.randint(2, 9)):
            order = rng.choice("bl")
            signed = rng.random() < 0.5
            try:
                r = a.to_bytes(length, "big" if order == "b" else "little", signed=signed).hex()
            except OverflowError as e:
                r = "!N" if "negative" in str(e) else "!O"
            emit("tobytes", hx(a), length, order, int(signed), r)
    for a in (0, 127, 128, -128, -129, 255, 256, -1, -256, -257, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63)):
        for length in (0, 1, 2, 4, 8, 9):
            for signed in (0, 1):
                try:
                    r = a.to_bytes(length, "little", signed=bool(signed)).hex()
                except OverflowError as e:
                    r = "!N" if "negative" in str(e) else "!O"
                emit("tobytes", hx(a), length, "l", signed, r)
    for _ in range(150):
        n = rng.choice([rng.randint(0, 12), rng.randint(12, 80)])
        data = bytes(rng.choice([0, 0xFF, 0x80, 0x7F, rng.getrandbits(8)]) for _ in range(n))
        for order in "bl":
            for signed in (0, 1):
                emit("frombytes", data.hex(), order, signed,
                     hx(int.from_bytes(data, "big" if order == "b" else "little", signed=bool(signed))))

    for a in EDGES + [-e for e in EDGES] + [rand_int() for _ in range(100)]:
        emit("toint64", hx(a), a if -(2 ** 63) <= a < 2 ** 63 else "!")


def big_cases():
    def g():
        return gspec()

    for _ in range(24):
        (sa, a), (sb, b) = g(), g()
        p = a * b
        emit("bigmul", sa, sb, hash(p), p.bit_length())
    for _ in range(6):  # squares
        sa, a = g()
        emit("bigmul", sa, sa, hash(a * a), (a * a).bit_length())
    for _ in range(24):
        (sa, a), (sb, b) = g(), g()
        if abs(b) > abs(a):
            sa, a, sb, b = sb, b, sa, a
        q, r = divmod(a, b)
        emit("bigdivmod", sa, sb, hash(q), hash(r))
        try:
            t = fbits(a / b)
        except OverflowError:
            t = "!"
        emit("bigtdiv", sa, sb, t)
        emit("bigtdiv", sb, sa, fbits(b / a))
    for _ in range(8):
        sa, a = g()
        s = str(a)
        emit("bigstr", sa, len(s), fnv1a64(s))
    for base, e in ((3, 100000), (7, 33333), (10, 50000), (-12345, 9999), (2 ** 64 + 13, 1000), (6, 77777)):
        p = base ** e
        emit("bigpow", hx(base), e, hash(p), p.bit_length())
    for _ in range(10):
        (sa, a), (sb, b), (sc, c) = g(), g(), g()
        emit("biggcd", sa, sb, sc, hash(math.gcd(a * c, b * c)))
    for _ in range(8):
        sa, a = g()
        a = abs(a)
        emit("bigisqrt", sa.lstrip("-"), hash(math.isqrt(a)))
    for _ in range(6):
        seeds = [rng.getrandbits(32) for _ in range(3)]
        bits = [rng.randint(500, 3000), rng.randint(200, 2500), rng.randint(500, 3000)]
        a, e, m = (big(s, n) for s, n in zip(seeds, bits))
        emit("bigpowmod", *(f"{s}:{n}" for s, n in zip(seeds, bits)), hash(pow(a, e, m)))


binop_cases()
division_cases()
true_divide_cases()
pow_cases()
shift_bit_cases()
hash_cases()
string_cases()
float_cases()
misc_cases()
big_cases()

with open(OUT, "w", newline="\n") as f:
    f.write("# Generated by tools/gen_bigint_cases.py from python3.11; do not edit.\n")
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases, {os.path.getsize(OUT)} bytes -> {os.path.normpath(OUT)}", file=sys.stderr)
