#!/usr/bin/env python3.11
"""Generates the character data behind Krait's str methods from CPython 3.11 (Unicode 14.0).

Usage: python3.11 tools/gen_unicode_props.py

Writes
  support/unicode_props_data.inc          tables compiled into support/unicode_props.cpp (committed,
                                          so the build never needs Python)
  tests/unit/data/unicode_props_expect.txt expected values for tests/unit/unicode_props_test.cpp

Every value is what CPython itself does, asked through str methods rather than rebuilt from the
Unicode data files. Cased and Case_Ignorable are not exposed by Python, so they are read off
behaviour that depends on nothing else:
  cased(c)           (c + 'a').title() keeps the 'a' lower case exactly when c is cased;
  case_ignorable(c)  ('A' + c + 'Σ').lower() ends in final sigma and (' ' + c + 'Σ').lower()
                     does not: the sigma looks back across c only when c is case-ignorable.
The output is deterministic (fixed seed, code point order everywhere).
"""

import os
import random
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_CP = 0x110000

# Record flag bits; must match support/unicode_props.cpp.
ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, LOWER, UPPER, TITLE, CASED, CASE_IGNORABLE, LINEBREAK = \
    (1 << i for i in range(11))

CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps',
              'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']

MAPPINGS = [('upper', str.upper), ('lower', str.lower), ('title', str.title), ('casefold', str.casefold)]


def is_cased(ch):
    return (ch + 'a').title()[-1] == 'a'


def is_case_ignorable(ch):
    return ('A' + ch + 'Σ').lower()[-1] == 'ς' and (' ' + ch + 'Σ').lower()[-1] == 'σ'


def is_linebreak(ch):
    return len(('a' + ch + 'a').splitlines()) > 1


def char_props(c):
    """(flags, category, decimal value or -1, [upper, lower, title, casefold]) of one code point."""
    ch = chr(c)
    cat = unicodedata.category(ch)
    flags = 0
    for bit, test in ((ALPHA, ch.isalpha()), (DECIMAL, ch.isdecimal()), (DIGIT, ch.isdigit()),
                      (NUMERIC, ch.isnumeric()), (SPACE, ch.isspace()), (LOWER, ch.islower()),
                      (UPPER, ch.isupper()), (TITLE, cat == 'Lt'), (CASED, is_cased(ch)),
                      (CASE_IGNORABLE, is_case_ignorable(ch)), (LINEBREAK, is_linebreak(ch))):
        if test:
            flags |= bit
    # What the C++ comments claim about these predicates; regenerating re-checks it.
    assert ch.isspace() == (cat == 'Zs' or unicodedata.bidirectional(ch) in ('WS', 'B', 'S'))
    assert ch.istitle() == (ch.isupper() or cat == 'Lt')
    assert ch.isalpha() == (cat in ('Lu', 'Ll', 'Lt', 'Lm', 'Lo'))
    assert ch.isalnum() == (ch.isalpha() or ch.isdecimal() or ch.isdigit() or ch.isnumeric())
    decimal = int(ch) if ch.isdecimal() else -1
    return flags, cat, decimal, [[ord(x) for x in f(ch)] for _, f in MAPPINGS]


# ---------------------------------------------------------------------------------------------
# Tables


def build_records(props):
    """Dedupes per code point records. A case mapping is stored as delta * 4 when it is one code
    point, else as offset * 4 + length into the shared kSpecialCase sequences."""
    special, special_at = [], {}
    records, values = {}, []
    for c, (flags, cat, decimal, maps) in enumerate(props):
        fields = []
        for m in maps:
            if len(m) == 1:
                fields.append((m[0] - c) * 4)
            else:
                assert 2 <= len(m) <= 3
                key = tuple(m)
                if key not in special_at:
                    special_at[key] = len(special)
                    special.extend(key)
                fields.append(special_at[key] * 4 + len(m))
        key = (flags, CATEGORIES.index(cat), decimal, *fields)
        values.append(records.setdefault(key, len(records)))
    assert len(records) < 1 << 16
    return sorted(records, key=records.get), values, special


def split_blocks(values, shift):
    """Cuts values into 1 << shift sized blocks, sharing duplicates: (index, flat blocks)."""
    size = 1 << shift
    blocks, index = {}, []
    for i in range(0, len(values), size):
        index.append(blocks.setdefault(tuple(values[i:i + size]), len(blocks)))
    return index, [v for b in sorted(blocks, key=blocks.get) for v in b]


def width(values):
    return 1 if max(values) < 256 else 2


def three_level(values):
    """(leaf shift, mid shift, top, mid, leaves) taking the fewest bytes."""
    best = None
    for s1 in range(3, 10):
        mid_in, leaves = split_blocks(values, s1)
        for s2 in range(2, 9):
            top, mid = split_blocks(mid_in, s2)
            size = len(top) * width(top) + len(mid) * width(mid) + len(leaves) * width(leaves)
            if best is None or size < best[0]:
                best = (size, s1, s2, top, mid, leaves)
    return best[1:]


def c_type(values):
    return 'uint8_t' if width(values) == 1 else 'uint16_t'


def c_numbers(ctype, name, values, per_line=24):
    lines = ['constexpr %s %s[] = {' % (ctype, name)]
    for i in range(0, len(values), per_line):
        lines.append('    ' + ','.join(str(v) for v in values[i:i + per_line]) + ',')
    lines.append('};')
    return '\n'.join(lines)


def write_inc(path, records, values, special):
    s1, s2, top, mid, leaves = three_level(values)
    out = [
        '// Generated by tools/gen_unicode_props.py from CPython %s (Unicode %s).'
        % (sys.version.split()[0], unicodedata.unidata_version),
        '// Do not edit: change the generator and run it again.',
        '',
        '// Per code point records, a three level table with shared blocks:',
        '//   mid = kCharTop[c >> (kCharLeafShift + kCharMidShift)]',
        '//   leaf = kCharMid[mid << kCharMidShift | (c >> kCharLeafShift) % (1 << kCharMidShift)]',
        '//   record = kCharRecords[kCharLeaves[leaf << kCharLeafShift | c % (1 << kCharLeafShift)]]',
        'constexpr int kCharLeafShift = %d, kCharMidShift = %d;' % (s1, s2),
        c_numbers(c_type(top), 'kCharTop', top),
        c_numbers(c_type(mid), 'kCharMid', mid),
        c_numbers(c_type(leaves), 'kCharLeaves', leaves),
        '',
        '// {flags, category, decimal value, upper, lower, title, casefold}; a case field is',
        '// delta * 4 for a single code point, else offset * 4 + length into kSpecialCase.',
        'constexpr CharRecord kCharRecords[] = {',
    ]
    for r in records:
        out.append('    {%s},' % ', '.join(str(v) for v in r))
    out += ['};',
            '',
            '// Case mappings longer than one code point (SpecialCasing), back to back.',
            c_numbers('char32_t', 'kSpecialCase', special, per_line=12),
            '',
            '// Indexed by CharRecord::category.',
            'constexpr const char* kCategoryNames[] = {%s};' % ', '.join('"%s"' % c for c in CATEGORIES),
            '']
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(out))
    return s1, s2, len(top), len(mid), len(leaves)


# ---------------------------------------------------------------------------------------------
# Expected values for the unit test


def ranges(pred):
    out = []
    for c in range(MAX_CP):
        if pred(c):
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out


def escape(s):
    """UTF-8 text with '\\HEX;' for anything unprintable, a mark, a space, '\\' or '|'."""
    out = []
    for ch in s:
        c = ord(ch)
        if (0xD800 <= c <= 0xDFFF or not ch.isprintable() or ch in ' \\|' or
                unicodedata.category(ch).startswith('M')):
            out.append('\\%X;' % c)
        else:
            out.append(ch)
    return ''.join(out)


STRING_PREDICATES = [str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace, str.isalnum,
                     str.islower, str.isupper, str.istitle, str.isascii]


def sample_strings():
    rng = random.Random(314159)
    fixed = [
        '', 'a', 'A', ' ', 'abc', 'ABC', 'Abc', 'aBC', 'hello world', 'Hello World', 'HELLO WORLD', 'hello World',
        "they're bill's friends from the UK", "They're Bill's", "They'Re Bill'S", 'ab1c', '1a', 'a1', '1A2b',
        '123', '', ' \t\n', '\x1c\x1d\x1e\x1f', '\x85\xa0\u2028', '\u200b', 'ΑΣ', 'ΑΣ Α', 'Σ', 'ΑΣΑ', "Α'Σ",
        "ΑΣ'Α", 'ΣΑΣ', 'ΑΣΣ', 'Σ\u0345', 'Α\u0345Σ', '\u0345Σ', 'ΑΣ\u0345', 'ΑΣ\u0345Α', 'ΑΣ.', 'ΑΣ:Α',
        'ΟΔΥΣΣΕΥΣ', 'ὈΔΥΣΣΕΎΣ', 'ß', 'ßa', 'Straße', 'ŉ', 'ﬁ', 'ﬁx', 'ﬃ', 'ǆa', 'ǅa', 'Ǆa', 'ǆ', 'ǈ', 'ǉǉ',
        'İ', 'İstanbul', 'ı', 'ΐ', 'ᾳ', 'ᾳα', 'ᾼ', 'ᾈ', 'ﬓ', 'և', 'ǰ', 'ẞ', 'ſ', 'µ', 'ÿ', 'Ꭰ', 'ꭰ', 'ა', 'Ა',
        'ⓐ', 'Ⓐ', 'ⅰ', 'Ⅻ', '𐐀', '𐐨', '٣', '٣٥', '²', '½', '〇', '一', '𝟎', '\ud800', 'a\ud800b', '\udfff',
        'A\ud800a', 'ʰ', 'aʰb', 'Aʰ', '\u0301', 'a\u0301', 'A\u0301b', 'ǅ', 'ǅǅ', 'aǅ', 'Ǆ', '中文', 'a中b',
        '😀', 'a😀B', '\x00', '\x7f', 'aA', 'Aa', 'A A', 'A a', 'a A', 'AA', 'A1', 'A_b', 'a-B', 'ǲ', 'ǲa',
        'Ǳ', 'ǳ', 'ⅰⅱ', 'Ⅰⅱ', 'Ⓐⓑ', 'ΣΣ', 'σΣ', 'αΣ', 'αΣα', 'Σα', "'Σ", 'A\u00adΣ', 'A\u00adΣ\u00ad',
    ]
    ascii_pool = "aAbBzZ09 '_-.\t\n:^`"
    sigma_pool = ['Σ', 'Σ', 'Α', 'α', "'", '\u0345', ' ', 'a', '\u0301', 'ʰ', '.', 'ς', '\u00ad', '1']
    title_pool = ['a', 'A', "'", ' ', 'ǅ', 'ǆ', 'Ǆ', 'ᾈ', 'ᾀ', 'ß', 'ﬁ', '1', 'ʰ', '\u0345', 'ⓐ', 'Ⓐ', 'Σ', 'σ',
                  'ŉ', 'İ', '\u0301', '-', 'ΐ', 'ა', 'Ა', 'ⅰ', 'Ⅰ', 'ꭰ', 'Ꭰ', '中', '_']
    wide_pool = sorted({ch for s in fixed for ch in s} | set(sigma_pool) | set(title_pool) | set(ascii_pool) |
                       set('٣۳߃४𝟗²³¹¼⅓ⅷ〇一二十百千万\u3000\u1680\u2000\u205f\u2029\u0085\u200b\u2060'
                           'ĳĲǇǊǋǌǮǯȺȾⱥⱦꞫɜꟅʂᲐᲿ℮ÅKΩℌℍ𝐀𝔄ӀӏԀꙀꚘ𞤀𞤢𖹀𖹠𑢠𑣀'))
    for c in sorted({0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x10FFFF, 0xFFFF, 0xE000, 0x1F600}):
        wide_pool.append(chr(c))

    out = list(fixed)
    for pool, count, max_len in ((sigma_pool, 900, 6), (title_pool, 900, 6), (ascii_pool, 300, 10),
                                 (wide_pool, 900, 7)):
        for _ in range(count):
            out.append(''.join(rng.choice(pool) for _ in range(rng.randint(1, max_len))))
    # Any code point at all, and ASCII runs around a non-ASCII character (the fast paths).
    for _ in range(300):
        out.append(''.join(chr(rng.randrange(MAX_CP)) for _ in range(rng.randint(1, 4))))
    for _ in range(200):
        mid = rng.choice(wide_pool)
        out.append(''.join(rng.choice(ascii_pool) for _ in range(rng.randint(0, 12))) + mid +
                   ''.join(rng.choice(ascii_pool) for _ in range(rng.randint(0, 12))))
    seen, unique = set(), []
    for s in out:
        if s not in seen:
            seen.add(s)
            unique.append(s)
    return unique


def write_expect(path, props):
    out = ['# Generated by tools/gen_unicode_props.py from CPython %s (Unicode %s). Do not edit.'
           % (sys.version.split()[0], unicodedata.unidata_version),
           '# Range sections: inclusive hex ranges of the code points where the property holds.']
    names = [('alpha', ALPHA), ('decimal', DECIMAL), ('digit', DIGIT), ('numeric', NUMERIC), ('space', SPACE),
             ('lower', LOWER), ('upper', UPPER), ('titlecase', TITLE), ('cased', CASED),
             ('case_ignorable', CASE_IGNORABLE), ('linebreak', LINEBREAK)]
    for name, bit in names:
        out.append('[%s]' % name)
        out += ['%04X %04X' % (a, b) for a, b in ranges(lambda c: props[c][0] & bit)]
    out.append('# alnum: str.isalnum() of the one character.')
    out.append('[alnum]')
    out += ['%04X %04X' % (a, b) for a, b in ranges(lambda c: chr(c).isalnum())]
    out.append('# first last value-of-first: decimal values counting up along each range.')
    out.append('[decimal_value]')
    runs = []
    for c in range(MAX_CP):
        d = props[c][2]
        if d < 0:
            continue
        if runs and runs[-1][1] == c - 1 and runs[-1][2] + (c - runs[-1][0]) == d:
            runs[-1][1] = c
        else:
            runs.append([c, c, d])
    out += ['%04X %04X %d' % tuple(r) for r in runs]
    out.append('# first last category, for every code point.')
    out.append('[category]')
    runs = []
    for c in range(MAX_CP):
        cat = props[c][1]
        if runs and runs[-1][2] == cat:
            runs[-1][1] = c
        else:
            runs.append([c, c, cat])
    out += ['%04X %04X %s' % tuple(r) for r in runs]
    for k, (name, _) in enumerate(MAPPINGS):
        out.append('# code point: its %s() where that differs from the character itself.' % name)
        out.append('[%s_map]' % name)
        for c in range(MAX_CP):
            m = props[c][3][k]
            if m != [c]:
                out.append('%04X: %s' % (c, ' '.join('%04X' % x for x in m)))
    out.append('# input|upper|lower|casefold|title|capitalize|swapcase|predicates, text with \\HEX; escapes;')
    out.append('# predicates: isalpha isdecimal isdigit isnumeric isspace isalnum islower isupper istitle isascii')
    out.append('[strings]')
    for s in sample_strings():
        fields = [s, s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase()]
        preds = ''.join('1' if p(s) else '0' for p in STRING_PREDICATES)
        out.append('|'.join(escape(f) for f in fields) + '|' + preds)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')


def main():
    props = [char_props(c) for c in range(MAX_CP)]
    records, values, special = build_records(props)
    inc = os.path.join(ROOT, 'support', 'unicode_props_data.inc')
    shape = write_inc(inc, records, values, special)
    expect = os.path.join(ROOT, 'tests', 'unit', 'data', 'unicode_props_expect.txt')
    write_expect(expect, props)
    print('%d records, %d special case code points, shifts %d/%d, top/mid/leaves %d/%d/%d entries'
          % ((len(records), len(special)) + shape))
    for p in (inc, expect):
        print('%s: %d bytes' % (os.path.relpath(p, ROOT), os.path.getsize(p)))


if __name__ == '__main__':
    main()
