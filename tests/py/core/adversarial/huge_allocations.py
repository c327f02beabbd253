# Requests for absurd amounts of memory fail cleanly instead of crashing or hanging.
import sys
tests = [
    ('[0] * 2**62', lambda: [0] * 2 ** 62),
    ("'a' * 2**62", lambda: 'a' * 2 ** 62),
    ("b'a' * 2**62", lambda: b'a' * 2 ** 62),
    ('(0,) * 2**62', lambda: (0,) * 2 ** 62),
    ('[0] * sys.maxsize', lambda: [0] * sys.maxsize),
    ("'ab' * sys.maxsize", lambda: 'ab' * sys.maxsize),
    ('[0] * 2**64', lambda: [0] * 2 ** 64),
    ("'a' * 2**64", lambda: 'a' * 2 ** 64),
    ('bytearray(2**62)', lambda: bytearray(2 ** 62)),
    ('bytes(2**62)', lambda: bytes(2 ** 62)),
    ("'x'.ljust(2**62)", lambda: 'x'.ljust(2 ** 62)),
    ("'x'.center(2**64)", lambda: 'x'.center(2 ** 64)),
    ('range(2**62)[2**61]', lambda: range(2 ** 62)[2 ** 61]),
]
for label, fn in tests:
    try:
        r = fn()
        print(label, '->', r)
    except (MemoryError, OverflowError) as e:
        print(label, '->', type(e).__name__)
print('still alive')
l = [1, 2]
try:
    l *= 2 ** 62
except MemoryError:
    print('in-place repeat: MemoryError', l)
s = 'ab'
try:
    s *= 2 ** 62
except (MemoryError, OverflowError) as e:
    print('str in-place repeat:', type(e).__name__, s)
