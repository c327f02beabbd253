#!/usr/bin/env python3.11
"""Writes tests/unit/data/pyrepr_cases.txt: inputs and python3.11's answers for support/pyrepr.

One case per line, fields separated by tabs:
  float   <bits as 16 hex digits>   repr(v)
  imag    <bits>                    repr(complex(0.0, v))
  parse   <literal text>            bits of float(text)
  str     <UTF-8 hex, surrogatepass> <repr(s) as UTF-8 hex>
  bytes   <hex>                     repr(b)
  int     <base> <max_digits> <digits> <decimal, or ! when str() is refused>
Int digits and decimals are written as '+'-joined segments, 'D*N' meaning the digit D repeated
N times, so that multi-megabyte literals stay small in the file.

Run with python3.11 from the repository root: python3.11 tools/gen_pyrepr_cases.py
"""
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: it is the oracle")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit", "data", "pyrepr_cases.txt")
DEFAULT_LIMIT = 4300
rng = random.Random(20240611)
lines = []


def bits(v):
    return struct.pack(">d", v).hex()


def from_bits(u):
    return struct.unpack(">d", struct.pack(">Q", u))[0]


# ---- floats ----
floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 2.0 ** 53, 2.0 ** 53 + 2,
          1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, from_bits(0x000FFFFFFFFFFFFF),
          123456789012345678.0, 9999999999999998.0, 1e16, 1e15, 0.0001, 0.00001, 1e-4, 1e22, 1e23]
for k in range(-330, 310):
    try:
        v = float(f"1e{k}")
    except OverflowError:
        continue
    floats += [v, math.nextafter(v, 0), math.nextafter(v, math.inf), 9.5 * v, 1.5 * v]
for base in (1e16, 1e-4, 1e-5, 1e15):
    v = base
    for _ in range(20):
        floats.append(v)
        v = math.nextafter(v, 0)
    v = base
    for _ in range(20):
        v = math.nextafter(v, math.inf)
        floats.append(v)
for _ in range(4000):
    floats.append(from_bits(rng.getrandbits(64)))
for _ in range(1000):  # subnormals
    floats.append(from_bits(rng.getrandbits(52)))
for _ in range(2000):  # everyday magnitudes, where fixed notation is chosen
    floats.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-6, 18))
for _ in range(500):  # short decimals that round-trip with few digits
    floats.append(round(rng.uniform(0, 1000), rng.randint(0, 6)))
for _ in range(300):
    floats.append(float(rng.getrandbits(rng.randint(1, 70))))
floats += [-v for v in floats[:200]]
for v in floats:
    lines.append(f"float\t{bits(v)}\t{v!r}")
for v in floats[:3000]:
    lines.append(f"imag\t{bits(v)}\t{complex(0.0, v)!r}")

# ---- float literals ----
literals = ["0", "0.0", "1.", ".5", "10", "1e5", "1E5", "1e+5", "1e-5", "1e999", "1e-999", "1e308", "1.8e308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "3e-324", "4.9e-324", "2e-324",
            "0.000000000000000000000000000000001e-290", "100000000000000000000000000000000e277",
            "0e999999999999999999999", "0.0e-999999999999999999", "1e99999999999999999999999",
            "1e-99999999999999999999999", "9007199254740993", "9007199254740993.000000000000000000001",
            "0.1", "0.30000000000000004", "123456789012345678901234567890.123456789e-20", "00000.00001",
            "1" + "0" * 400 + "e-400", "0." + "0" * 400 + "1e400", "2." + "5" * 800]
for _ in range(3000):
    intpart = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 25)))
    frac = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 25)))
    if not intpart and not frac:
        intpart = "7"
    text = intpart + ("." + frac if frac or rng.random() < 0.3 else "")
    if rng.random() < 0.6 or "." not in text:
        text += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 340))
    literals.append(text)
for v in floats[:1500]:
    if math.isfinite(v) and v >= 0:
        literals.append(repr(v))
        literals.append(f"{v:.25e}")
for text in literals:
    lines.append(f"parse\t{text}\t{bits(float(text))}")

# ---- str ----
def sp(s):
    return s.encode("utf-8", "surrogatepass").hex()


strings = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\\'", "\t\n\r", "\x00\x1f\x7f\x80\x9f\xa0\xad\xff",
           "\ud800", "\udfff", "\ud83d\ude00", "\U0001F600", "\u2028\u2029\u200b\ufeff", "\U000E0001", "\U0010FFFF",
           "\uffff\ufffe", "é中𝔘", "\x85", "a\u0300", "\u3000", "\xa0", "Ω ≈ ç√ ∫", "\u061c\u180e"]
for lo in range(0, 0x3400, 48):  # every code point of the first planes' dense region
    strings.append("".join(chr(c) for c in range(lo, min(lo + 48, 0x3400))))
for lo in range(0xD700, 0xE100, 40):  # around and through the surrogates
    strings.append("".join(chr(c) for c in range(lo, lo + 40)))
for _ in range(600):  # scattered over the whole range
    strings.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 24))))
alphabet = ["a", "Z", " ", "'", '"', "\\", "\n", "\t", "\r", "\x00", "\x07", "\x7f", "é", "\x9b", "\u200e",
            "\ud812", "\U0001F40D", "\U000F0000", "中"]
for _ in range(1500):
    strings.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))
for s in strings:
    lines.append(f"str\t{sp(s)}\t{repr(s).encode('utf-8').hex()}")

# ---- bytes ----
blobs = [b"", b"'", b'"', b"'\"", b"\\", bytes(range(256)), b"it's", b'"quoted"']
blobs += [bytes([c]) for c in range(256)]
for _ in range(1500):
    blobs.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40))))
bytes_alphabet = b"aZ '\"\\\n\t\r\x00\x7f\x80\xff"
for _ in range(500):
    blobs.append(bytes(rng.choice(bytes_alphabet) for _ in range(rng.randint(0, 30))))
for b in blobs:
    lines.append(f"bytes\t{b.hex()}\t{b!r}")

# ---- ints ----
DIGITS = "0123456789abcdef"


def to_base(n, base):
    if base == 10:
        return str(n)
    return {2: format(n, "b"), 8: format(n, "o"), 16: format(n, "x")}[base]


def expand(spec):
    return "".join(part[0] * int(part[2:]) if "*" in part else part for part in spec.split("+"))


def compress(text):
    """Spells runs of 8 or more equal digits as 'D*N' segments (see expand)."""
    parts, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        if j - i >= 8:
            parts.append(f"{text[i]}*{j - i}")
        elif parts and "*" not in parts[-1]:
            parts[-1] += text[i:j]
        else:
            parts.append(text[i:j])
        i = j
    return "+".join(parts)


def decimal(n, max_digits):
    """str(n) under a digit limit: Python itself decides for the default limit."""
    if max_digits == DEFAULT_LIMIT:
        sys.set_int_max_str_digits(DEFAULT_LIMIT)
        try:
            return str(n)
        except ValueError:
            return "!"
        finally:
            sys.set_int_max_str_digits(0)
    s = str(n)
    return "!" if len(s) > max_digits else s


sys.set_int_max_str_digits(0)
int_cases = []  # (base, max_digits, digits spec)
for base in (2, 8, 10, 16):
    int_cases += [(base, DEFAULT_LIMIT, "0"), (base, DEFAULT_LIMIT, "000"), (base, DEFAULT_LIMIT, "1"),
                  (base, DEFAULT_LIMIT, "0001"), (base, DEFAULT_LIMIT, to_base(2 ** 64 - 1, base)),
                  (base, DEFAULT_LIMIT, to_base(2 ** 64, base)), (base, DEFAULT_LIMIT, to_base(10 ** 19, base))]
    for n in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, 10 ** 4300 + 1, 10 ** 4301 - 1, 10 ** 4301):
        int_cases.append((base, DEFAULT_LIMIT, to_base(n, base)))
    int_cases.append((base, DEFAULT_LIMIT, "0*50+" + to_base(10 ** 4300 - 1, base)))
    for b in range(14280, 14288):  # bit lengths where the digit count crosses 4300
        if base == 2:  # compact spellings of 2**(b-1) and 2**b - 1
            int_cases += [(base, DEFAULT_LIMIT, f"1+0*{b - 1}"), (base, DEFAULT_LIMIT, f"1*{b}")]
        else:
            int_cases += [(base, DEFAULT_LIMIT, to_base(2 ** (b - 1), base)), (base, DEFAULT_LIMIT, to_base(2 ** b - 1, base))]
    for _ in range(60):
        n = rng.getrandbits(rng.randint(1, 3000))
        int_cases.append((base, DEFAULT_LIMIT, "0" * rng.randint(0, 3) + to_base(n, base)))
    for _ in range(2):
        n = rng.getrandbits(rng.randint(14000, 16000))
        int_cases.append((base, DEFAULT_LIMIT, to_base(n, base)))
    for max_digits in (1, 5, 19, 20, 100):
        for n in (10 ** max_digits - 1, 10 ** max_digits, 9, 10):
            int_cases.append((base, max_digits, to_base(n, base)))
int_cases += [(16, DEFAULT_LIMIT, "f*4000000"), (2, DEFAULT_LIMIT, "1*20000000"), (8, DEFAULT_LIMIT, "7*3000000"),
              (10, DEFAULT_LIMIT, "9*50000"), (16, DEFAULT_LIMIT, "0*3000000+ff"), (2, DEFAULT_LIMIT, "0*5000000+1*14000")]
for base, max_digits, spec in int_cases:
    n = int(expand(spec), base)
    lines.append(f"int\t{base}\t{max_digits}\t{compress(expand(spec))}\t{compress(decimal(n, max_digits))}")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="ascii", newline="\n") as f:
    f.write("# Generated by tools/gen_pyrepr_cases.py from python3.11; do not edit.\n")
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases -> {os.path.normpath(OUT)}")
