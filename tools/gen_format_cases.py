#!/usr/bin/env python3.11
"""Writes tests/unit/data/format_cases.txt: inputs and python3.11's answers for runtime/format.

One case per line, fields separated by tabs; <status> is 'ok' or the exception's name, and
<result> is then the formatted text or the exception's message:
  F   <float bits, 16 hex digits>  <spec>                                 <status> <result>
  I   <negative 0/1> <|x| decimal> <|x| hex> <spec>                      <status> <result>
  S   <str> <spec>                                                       <status> <result>
  PI  <negative> <|x| decimal> <|x| hex> <flags> <width> <prec> <type>  <status> <result>
  PF  <float bits> <flags> <width> <prec> <type>                         <status> <result>
  PS  <str argument> <flags> <width> <prec> <type>                       <status> <result>
F, I and S are format(x, spec); PI, PF and PS are '%' conversions built from flags (some of
"-+ #0"), width and precision (-1 when absent) and type. A PS str argument is what the caller
passes: the str, repr() or ascii() of the value for s, r and a, the character for c.

Text fields (specs, strs, results) are UTF-8 (lone surrogates as their 3-byte form) with
escapes: \\\\ \\t \\n \\r, \\xHH for other control bytes, and \\R<count>:<c> for a run of
<count> copies of the ASCII character c, which keeps huge widths and precisions small.

Run with python3.11 from the repository root: python3.11 tools/gen_format_cases.py
"""
import math
import os
import random
import re
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: it is the oracle")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit", "data", "format_cases.txt")
rng = random.Random(20240612)
lines = []


RUN = re.compile(rb"([\x20-\x5b\x5d-\x7e])\1{11,}")
CONTROL = re.compile(rb"[\x00-\x1f\x7f\\]")
NAMED = {b"\\": b"\\\\", b"\t": b"\\t", b"\n": b"\\n", b"\r": b"\\r"}


def esc_plain(b):
    return CONTROL.sub(lambda m: NAMED.get(m.group(), b"\\x%02x" % m.group()[0]), b)


def esc(s):
    b = s.encode("utf-8", "surrogatepass")
    out = []
    pos = 0
    for m in RUN.finditer(b):
        out.append(esc_plain(b[pos:m.start()]))
        out.append(b"\\R%d:%c" % (m.end() - m.start(), b[m.start()]))
        pos = m.end()
    out.append(esc_plain(b[pos:]))
    return b"".join(out)


def bits(v):
    return struct.pack(">d", v).hex()


def from_bits(u):
    return struct.unpack(">d", struct.pack(">Q", u))[0]


def outcome(fn):
    try:
        return "ok", fn()
    except (ValueError, OverflowError, MemoryError) as e:
        return type(e).__name__, str(e)


def emit(*fields):
    parts = []
    for f in fields:
        parts.append(f if isinstance(f, bytes) else str(f).encode())
    lines.append(b"\t".join(parts))


def add_float(v, spec):
    st, res = outcome(lambda: format(v, spec))
    emit("F", bits(v), esc(spec), st, esc(res))


def add_int(x, spec):
    st, res = outcome(lambda: format(x, spec))
    emit("I", int(x < 0), str(abs(x)), format(abs(x), "x"), esc(spec), st, esc(res))


def add_str(s, spec):
    st, res = outcome(lambda: format(s, spec))
    emit("S", esc(s), esc(spec), st, esc(res))


def percent_directive(flags, width, prec, typ):
    return "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + typ


def add_pint(x, flags, width, prec, typ):
    st, res = outcome(lambda: percent_directive(flags, width, prec, typ) % x)
    emit("PI", int(x < 0), str(abs(x)), format(abs(x), "x"), esc(flags), width, prec, typ, st, esc(res))


def add_pfloat(v, flags, width, prec, typ):
    st, res = outcome(lambda: percent_directive(flags, width, prec, typ) % v)
    emit("PF", bits(v), esc(flags), width, prec, typ, st, esc(res))


def add_pstr(v, flags, width, prec, typ):
    arg = {"s": str, "r": repr, "a": ascii, "c": lambda o: o}[typ](v)
    st, res = outcome(lambda: percent_directive(flags, width, prec, typ) % (v,))
    emit("PS", esc(arg), esc(flags), width, prec, typ, st, esc(res))


# ---- spec generation ----

FILLS = [" ", "*", "0", "x", "=", "<", "{", "}", "\t", "\x00", "é", "€", "😀", "\ud800", "1", "."]


def random_spec(types, allow_junk=True):
    s = ""
    r = rng.random()
    if r < 0.3:
        s += rng.choice(FILLS) + rng.choice("<>^=")
    elif r < 0.5:
        s += rng.choice("<>^=")
    if rng.random() < 0.35:
        s += rng.choice("+- ")
    if rng.random() < 0.12:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.25:
        s += "0"
    if rng.random() < 0.6:
        s += str(rng.choice([rng.randrange(0, 30), rng.randrange(0, 30), rng.randrange(30, 80)]))
    if rng.random() < 0.3:
        s += rng.choice([",", "_"])
    if rng.random() < 0.5:
        s += "." + str(rng.choice([rng.randrange(0, 20), rng.randrange(0, 20), rng.randrange(20, 60)]))
    if rng.random() < 0.85:
        s += rng.choice(types)
    elif allow_junk and rng.random() < 0.3:
        s += rng.choice("sdcbxXoeEn%abqZ!,_")
    return s


FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "E", "F", "G"]
STR_TYPES = ["", "s"]

FLOAT_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".1e", ".3e", ".16e", ".17e", ".20e", ".0f", ".1f",
    ".2f", ".3f", ".10f", ".20f", ".30f", ".0g", ".1g", ".2g", ".5g", ".15g", ".16g", ".17g", ".20g", ".0",
    ".1", ".2", ".5", ".15", ".16", ".17", ".0n", ".3n", "#", "#.0", "#.3", "#g", "#.0g", "#.3g", "#.10g",
    "#e", "#.0e", "#f", "#.0f", "#.0%", ".0%", ".2%", "#n", "z", "z.0f", "z.1f", "z.3e", "z.2g", "z.1",
    "z%", "+", " ", "-", "+.3f", " .3e", "+g", "10", "<10", ">10", "^10", "=10", "010", "+010", "020.3f",
    "0=15,.2f", ",", "_", ",.2f", "_.3f", ",.0f", "20,", "020,", "030,.5f", "015_.3e", ",g", ",e", ",%",
    "_%", "*^20,.2f", "é>12", "😀<15.3g", "\x00=12", "0<12", "x=+14.4f", "0>12.3E", "+015,.1f",
    "-012,", " 012_", "026,.10f", "=+#025,.0f", "z012.1f", "#015_.0e", ".12", ".17", "#.17",
]

INT_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "#d", "#n", "+", " ", "-", "+d", " x",
    "+#x", ",", "_", ",d", "_d", "_b", "_o", "_x", "_X", "#_b", "#_x", "010", "010,", "08,", "09,", "011,",
    "012,", "013,", "0=10,", "<010,", "x<010,", "^010", "+010", "-010", " 010", "#010x", "#012_x",
    "#010_b", "020_b", "015_o", "+#020_X", "0=+20,", "*^20,", "é>12", "😀=+15,", "\x00<8", "e", "E", "f",
    "F", "g", "G", "%", ".2f", ".3e", ",.2f", "_.3g", "020,.1f", "z.2f", ".0%", "#.0g", "1", "5", "0",
    "00", "05", "0=5", "=5", "^5", "<5", ">5", "20", "40", "n", "05n", "+05n", "#010o",
]

STR_SPECS = [
    "", "s", "5", "<5", ">5", "^5", "^6", "10", "*<10", "*>10", "*^10", "*^11", "é^9", "😀>7", "\x00<6",
    ".0", ".1", ".2", ".3", ".10", "5.2", "<8.3", "^9.1s", "05", "010", "0<5", "0>5", "0^5", "x<010",
    "=^10", "<^10", " ^10", "10.0",
]

ERROR_SPECS = [
    "abc", "10.2.3", ",_", "_,", ",,", "__", ",_d", ".", ".x", "5.", "99999999999999999999",
    ".99999999999999999999", "9223372036854775807", "9223372036854775808", ".9223372036854775807",
    ".9223372036854775808", ".2147483647", ".2147483648", "1" * 30, "١٠", "x<١٠", ".١", "٣.٢f", "=",
    "+", " ", "-", "z", "#", "0", "=10", "0=10", "+s", "#s", "zs", " s", ",s", "_s", ",c", "_c", ",n",
    "_n", ",b", ",o", ",x", ",X", "_e", "s", "d", "x", "c", "q", "é", "😀", "\x1f", ",\x1f", ",\x7f",
    ",é", ".2d", "z.2d", "zd", "+c", "#c", " c", "z.2c", ".2c", "=+10s", "ss", "dd", "10,2", ",.2",
    "_.2", "1000000000000", "+1000000000000", "01000000000000", ".1000000000000d", "0" * 25, "<" * 3,
    "<<", "<<<5", "\t", "\n=", "{", "}",
]

# ---- floats ----
edge_floats = [
    0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 0.1, -0.1, 0.5, 1.5, 2.5, -2.5,
    0.125, 0.375, 0.05, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 0.0005, 0.00015, 1e16, 1e15, 1e17, 1e-5,
    1e-4, 9.9999e-5, 0.0001, 0.00009999999999999999, 123456.789, 1e22, 1e23, 1e100, -1e100, 1e300,
    1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
    1234567.0, 12345678901234567890.0, -1234.5678, 2.0 ** 53, 2.0 ** 53 + 2, 999999.5, 9999995.0,
    999999.4999, 99999.95, 0.000123456, 1e-7, 3.14159, -3.14159, 2.718281828459045, 1 / 3, 2 / 3,
    100.0, 1000.0, 10.0, 0.9999999, 0.95, 0.995, 0.9995, 5e-5, 4.35, 0.045, 1.005, 2.675, 1e-320,
    123456789012.0, 0.30000000000000004, 9007199254740993.0, 4503599627370496.5, 1e21, 1e-9,
]
for base in (0.5, 1.5, 2.5, 0.125, 1e16, 1e-4, 1e15, 999999.5):
    edge_floats += [math.nextafter(base, 0), math.nextafter(base, math.inf)]

for i, v in enumerate(edge_floats):
    # every spec for the first values, a sample for the rest
    for spec in FLOAT_SPECS if i < 30 else rng.sample(FLOAT_SPECS, 40):
        add_float(v, spec)

random_floats = []
for _ in range(700):
    random_floats.append(from_bits(rng.getrandbits(64)))
for _ in range(400):
    random_floats.append(rng.uniform(-1, 1) * 10.0 ** rng.randrange(-12, 25))
for _ in range(300):
    # short decimals, whose roundings land near ties
    random_floats.append(round(rng.uniform(-1e6, 1e6), rng.randrange(0, 7)))
for _ in range(200):
    random_floats.append(rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randrange(0, 12))
for _ in range(100):
    random_floats.append(from_bits(rng.getrandbits(52)))  # subnormals
for v in random_floats:
    for _ in range(4):
        add_float(v, random_spec(FLOAT_TYPES))

# Precisions past a double's exact expansion, where the rest is zeros.
for v in (1.0, 0.1, 5e-324, 1.7976931348623157e308, -2.5, 2.2250738585072014e-308, 1e-300, math.pi,
          0.0, -0.0, math.inf, math.nan):
    for spec in (".400f", ".767f", ".1074f", ".1075f", ".1100f", ".1200f", ".2000f", ".760e", ".766e",
                 ".767e", ".800e", ".1500e", ".760g", ".767g", ".768g", ".800g", "#.900g", ".1000",
                 ".5000%", "#.2000e", ",.1500f", ".100000f", ".1000000e", "#.1000000g", ".1000000",
                 "1000000", "<1000000.3f", "0=3001,", ".2147483647e", "#.2147483647e", ".2147483647g",
                 "#.2147483648e", ".2147483648f", ".2147483648", "z.2147483647e"):
        add_float(v, spec)
for v in (0.0, 1.5, -2.5, math.inf):
    for spec in ERROR_SPECS:
        add_float(v, spec)

# ---- ints ----
ints = [0, 1, -1, 7, -7, 10, -10, 65, 255, -255, 1000, 1234, -1234, 12345, 123456, 1234567, -1234567,
        0xE9, 0x20AC, 0x1F600, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, 0x10FFFF + 1, -0x10FFFF,
        2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64,
        2 ** 1023, 2 ** 1024, -2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 10 ** 308, 10 ** 309]
ints += [10 ** k for k in range(1, 40, 4)] + [-(10 ** k) + 1 for k in range(2, 40, 5)]
ints += [2 ** k for k in range(0, 130, 13)] + [-(2 ** k) - 1 for k in range(3, 130, 17)]
for v in ints:
    # every spec for the smaller values; big ones, whose lines are long, get a sample
    for spec in INT_SPECS if abs(v) < 2 ** 70 else rng.sample(INT_SPECS, 12):
        add_int(v, spec)
for _ in range(550):
    nbits = rng.choice([rng.randrange(1, 20), rng.randrange(1, 70), rng.randrange(1, 130)])
    v = rng.getrandbits(nbits) * rng.choice([1, -1])
    for _ in range(5):
        add_int(v, random_spec(INT_TYPES))
for _ in range(2):
    v = rng.getrandbits(3000) * rng.choice([1, -1])  # long digit strings, under str()'s 4300 limit
    for spec in ("#_o", "#_x", "X", "+020_x", ",", "0=1000,", "e", ".30g", "f"):
        add_int(v, spec)
for v in (0, 5, -5, 65, 2 ** 100):
    for spec in ERROR_SPECS:
        add_int(v, spec)

# ---- strs ----
strs = ["", "a", "ab", "abc", "hello world", "é", "naïve", "日本語", "😀x", "a\tb", "x" * 50, "\ud800",
        "e\u0301", "tab\there", "\x00nul", "😀😀😀😀😀", "mixed é 日 😀 !"]
for v in strs:
    for spec in STR_SPECS:
        add_str(v, spec)
    for _ in range(40):
        add_str(v, random_spec(STR_TYPES))
    for spec in ERROR_SPECS:
        add_str(v, spec)
for spec in ("1000000", ">1000000", "^1000001", "😀^1001", ".1000000000", ".9223372036854775807"):
    add_str("abc", spec)

# ---- printf-style ----
FLAG_SETS = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#", "-+", "- ", "+ ", "#-0",
             "+#0", " #0", "-+ #0", "0-"]
WIDTHS = [-1, 0, 1, 3, 5, 8, 12, 20]
PRECS = [-1, 0, 1, 2, 3, 6, 10, 17, 25]
for v in ints[:60] + [rng.getrandbits(rng.randrange(1, 100)) * rng.choice([1, -1]) for _ in range(120)]:
    for _ in range(10):
        add_pint(v, rng.choice(FLAG_SETS), rng.choice(WIDTHS), rng.choice(PRECS), rng.choice("diuoxX"))
for v in (0, 255, -255):
    for typ in "diuoxX":
        for flags in FLAG_SETS:
            add_pint(v, flags, 8, -1, typ)
            add_pint(v, flags, 8, 4, typ)
    for prec in (2147483645, 2147483646, 2147483647):  # 2147483644 works: a 2 GB string
        add_pint(v, "", -1, prec, "d")
    add_pint(v, "", -1, 1000000, "x")
    add_pint(v, "-", 1000000000000, -1, "d")
for v in edge_floats + random_floats[:500]:
    for _ in range(5):
        add_pfloat(v, rng.choice(FLAG_SETS), rng.choice(WIDTHS), rng.choice(PRECS), rng.choice("eEfFgG"))
for v in (0.0, -0.0, 1.5, -1.5, 1e16, 123.456, math.inf, -math.inf, math.nan):
    for typ in "eEfFgG":
        for flags in FLAG_SETS:
            add_pfloat(v, flags, 12, -1, typ)
            add_pfloat(v, flags, 12, 0, typ)
    for prec in (1100, 2000, 1000000, 2147483647):
        add_pfloat(v, "#", -1, prec, "e")
        add_pfloat(v, "", -1, prec, "g")
    add_pfloat(v, "", 1000000000000, -1, "f")
    add_pfloat(v, "", 1000000, -1, "f")
for v in strs + ["é", "😀", "\x00"]:
    for typ in "sra":
        for _ in range(12):
            add_pstr(v, rng.choice(FLAG_SETS), rng.choice(WIDTHS), rng.choice(PRECS), typ)
    if len(v) == 1:
        for _ in range(12):
            add_pstr(v, rng.choice(FLAG_SETS), rng.choice(WIDTHS), rng.choice(PRECS), "c")
add_pstr("abc", "", 1000000, -1, "s")
add_pstr("abc", "-", 1000000000000, -1, "s")
add_pstr("abc", "", -1, 2147483647, "s")

header = __doc__.strip().splitlines()[0]
with open(OUT, "wb") as f:
    f.write(b"# " + header.encode() + b" Generated by tools/gen_format_cases.py.\n")
    for line in lines:
        f.write(line + b"\n")
print(f"{len(lines)} cases, {os.path.getsize(OUT)} bytes -> {os.path.relpath(OUT)}")
