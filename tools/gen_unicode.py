#!/usr/bin/env python3.11
"""Generates Krait's Unicode tables from CPython's unicodedata module (Unicode 14.0 in 3.11).

Usage: python3.11 tools/gen_unicode.py [--aliases NameAliases.txt]

Writes
  support/unicode_data.inc           tables compiled into support/unicode.cpp (committed, so the
                                     build never needs Python)
  tests/unit/data/unicode_expect.txt expected values for tests/unit/unicode_test.cpp, all taken
                                     from CPython itself

unicodedata cannot list name aliases, so candidates come from a NameAliases.txt (--aliases) or,
by default, Perl's unicore/Name.pl; a candidate is kept only if CPython's \\N{...} accepts it.
"""

import argparse
import collections
import glob
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_CP = 0x110000
SBASE, LCOUNT, VCOUNT, TCOUNT = 0xAC00, 19, 21, 28
SCOUNT = LCOUNT * VCOUNT * TCOUNT

# Bits of a property record; must match support/unicode.cpp.
XID_START, XID_CONTINUE, PRINTABLE, NFKC_STABLE = 1, 2, 4, 8

# Symbols of the packed name streams: printable ASCII except '"' and '\\' (so string literals
# need no escapes) and '?' (so no trigraph warnings).
SYMBOLS = ''.join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?')
NSYM = len(SYMBOLS)
WORD_CHARS = set('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-')
# In the lexicon, a symbol outside WORD_CHARS starts each word and gives how many leading
# characters it shares with the word before it.
PREFIX_SYMBOLS = ''.join(s for s in SYMBOLS if s not in WORD_CHARS)

CHUNK = 4000  # string literal pieces stay well below compilers' literal length limits


def is_surrogate(c):
    return 0xD800 <= c <= 0xDFFF


def literal_value(name):
    """What CPython's string-literal parser makes of '\\N{name}', or None if it rejects it."""
    try:
        v = eval("'\\N{" + name + "}'")
    except SyntaxError:
        return None
    assert len(v) == 1
    return ord(v)


# ---------------------------------------------------------------------------------------------
# Normalization data


def composition_pairs():
    """(first, second) -> primary composite, for every canonical pair NFC recomposes."""
    pairs = {}
    for c in range(MAX_CP):
        d = unicodedata.decomposition(chr(c))
        if not d or d.startswith('<'):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize('NFC', chr(parts[0]) + chr(parts[1])) == chr(c):
            pairs[(parts[0], parts[1])] = c
    return pairs


def decompositions():
    """cp -> full compatibility decomposition (as NFKD gives it); Hangul is left to code."""
    out = {}
    for c in range(MAX_CP):
        if is_surrogate(c) or SBASE <= c < SBASE + SCOUNT:
            continue
        d = unicodedata.normalize('NFKD', chr(c))
        if d != chr(c):
            out[c] = [ord(x) for x in d]
    return out


# ---------------------------------------------------------------------------------------------
# Per-code-point properties


def property_values(pairs):
    seconds = {b for (_, b) in pairs}
    seconds.update(range(0x1161, 0x1161 + VCOUNT))        # Hangul V joins an L
    seconds.update(range(0x11A8, 0x11A7 + TCOUNT))        # Hangul T joins an LV
    records = {}
    values = []
    for c in range(MAX_CP):
        ch = chr(c)
        flags = 0
        if ch.isidentifier():
            flags |= XID_START
        if ('a' + ch).isidentifier():
            flags |= XID_CONTINUE
        if ch.isprintable():
            flags |= PRINTABLE
        # Stable: NFKC leaves it alone and it never merges into the character before it.
        if unicodedata.normalize('NFKC', ch) == ch and c not in seconds:
            flags |= NFKC_STABLE
        key = (flags, unicodedata.combining(ch))
        values.append(records.setdefault(key, len(records)))
    assert len(records) <= 256
    return sorted(records, key=records.get), values


def text_cost(values):
    return sum(len(str(v)) + 1 for v in values)


def split_blocks(values, shift):
    """Cuts values into 1 << shift sized blocks, sharing duplicates: (index, flat blocks)."""
    size = 1 << shift
    blocks, index = {}, []
    for i in range(0, len(values), size):
        index.append(blocks.setdefault(tuple(values[i:i + size]), len(blocks)))
    return index, [v for b in sorted(blocks, key=blocks.get) for v in b]


def three_level(values):
    """(leaf shift, mid shift, top, mid, leaves) with the smallest text."""
    best = None
    for s1 in range(3, 10):
        mid_in, leaves = split_blocks(values, s1)
        for s2 in range(2, 9):
            top, mid = split_blocks(mid_in, s2)
            cost = text_cost(top) + text_cost(mid) + text_cost(leaves)
            if best is None or cost < best[0]:
                best = (cost, s1, s2, top, mid, leaves)
    return best[1:]


# ---------------------------------------------------------------------------------------------
# Names


def hangul_jamo_names():
    """Short jamo names of the L, V and T columns, read back from syllable names."""
    def syl(l, v, t):
        return unicodedata.name(chr(SBASE + (l * VCOUNT + v) * TCOUNT + t))[len('HANGUL SYLLABLE '):]
    ieung = 11  # the silent initial, whose short name is empty
    assert syl(ieung, 0, 0) == 'A'
    lead = [syl(l, 0, 0)[:-1] for l in range(LCOUNT)]
    vowel = [syl(ieung, v, 0) for v in range(VCOUNT)]
    trail = [syl(ieung, 0, t)[1:] for t in range(TCOUNT)]
    return lead, vowel, trail


def ranges_of(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def classify_names():
    explicit, families, unified, hangul = {}, collections.defaultdict(list), [], []
    for c in range(MAX_CP):
        n = unicodedata.name(chr(c), None)
        if n is None:
            continue
        if n.startswith('CJK UNIFIED IDEOGRAPH-'):
            assert n == 'CJK UNIFIED IDEOGRAPH-%04X' % c
            unified.append(c)
        elif n.startswith('HANGUL SYLLABLE '):
            hangul.append(c)
        else:
            m = re.fullmatch(r'(.*-)([0-9A-F]{4,6})', n)
            if m and m.group(2) == '%04X' % c:
                families[m.group(1)].append(c)
            else:
                explicit[c] = n
    assert hangul == list(range(SBASE, SBASE + SCOUNT))
    return explicit, families, ranges_of(unified)


def alias_candidates(path):
    """(name, cp) pairs from NameAliases.txt, or from Perl's Name.pl when path is None."""
    if path:
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if line:
                    cp, name, _ = line.split(';')
                    yield name, int(cp, 16)
        return
    found = sorted(glob.glob('/usr/share/perl/*/unicore/Name.pl') +
                   glob.glob('/usr/lib/*/perl*/*/unicore/Name.pl') +
                   glob.glob('/usr/local/lib/perl5/*/unicore/Name.pl'))
    if not found:
        sys.exit('no Perl unicore/Name.pl found; pass --aliases NameAliases.txt (Unicode 14.0)')
    with open(found[-1], encoding='utf-8') as f:
        text = f.read()
    body = text[text.index("<<'END';\n") + 9:text.rindex('\nEND')]
    for entry in body.split('\n\n'):
        lines = entry.split('\n')
        if len(lines) == 2 and ' ' not in lines[0]:  # skip named sequences
            yield lines[1], int(lines[0], 16)


def aliases(path):
    out = {}
    for name, cp in alias_candidates(path):
        if unicodedata.name(chr(cp), None) != name and literal_value(name) == cp:
            out[name] = cp
    return out


def word_code(wid, k1, l2):
    if wid < k1:
        return SYMBOLS[wid]
    wid -= k1
    if wid < l2 * NSYM:
        return SYMBOLS[k1 + wid // NSYM] + SYMBOLS[wid % NSYM]
    wid -= l2 * NSYM
    return SYMBOLS[k1 + l2 + wid // (NSYM * NSYM)] + SYMBOLS[wid // NSYM % NSYM] + SYMBOLS[wid % NSYM]


def front_coded(words):
    out, prev = [], ''
    for w in words:
        k = 0
        while k < min(len(prev), len(w)) and prev[k] == w[k]:
            k += 1
        out.append(PREFIX_SYMBOLS[k] + w[k:])
        prev = w
    return out


def pack_names(explicit):
    """Packs explicit names, in code point order, as a word lexicon plus a name stream.

    Each name is a header symbol (an index into a table of (shared, fresh) pairs: how many
    leading words it repeats from the previous name, how many words follow) then one code per
    fresh word. Word codes take 1, 2 or 3 symbols; the most frequent words get the short ones.
    Within each code length class the lexicon is sorted and front coded.
    """
    cps = sorted(explicit)
    prev, plan = [], []
    freq = collections.Counter()
    for c in cps:
        words = explicit[c].split(' ')
        assert all(w and set(w) <= WORD_CHARS for w in words)
        k = 0
        while k < min(len(prev), len(words)) and prev[k] == words[k]:
            k += 1
        plan.append((k, words[k:]))
        freq.update(words[k:])
        prev = words
    by_freq = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]

    best = None
    for k1 in range(1, NSYM):
        for l3 in range(0, NSYM - k1):
            l2 = NSYM - k1 - l3
            if k1 + l2 * NSYM + l3 * NSYM * NSYM < len(by_freq):
                continue
            classes = [by_freq[:k1], by_freq[k1:k1 + l2 * NSYM], by_freq[k1 + l2 * NSYM:]]
            cost = sum((i + 1) * freq[w] + len(e) for i, cl in enumerate(classes)
                       for w, e in zip(sorted(cl), front_coded(sorted(cl))))
            if best is None or cost < best[0]:
                best = (cost, k1, l2, classes)
            break  # the smallest l3 that fits is best for this k1
    _, k1, l2, classes = best
    lexicon = [e for cl in classes for e in front_coded(sorted(cl))]
    word_id = {w: i for i, w in enumerate(w for cl in classes for w in sorted(cl))}
    assert max(len(w) for w in word_id) < len(PREFIX_SYMBOLS)

    headers = sorted({(k, len(fresh)) for k, fresh in plan})
    assert len(headers) <= NSYM
    header_id = {h: i for i, h in enumerate(headers)}
    stream = [SYMBOLS[header_id[(k, len(fresh))]] + ''.join(word_code(word_id[w], k1, l2) for w in fresh)
              for k, fresh in plan]
    return dict(k1=k1, l2=l2, max_word=max(len(w) for w in word_id), lexicon=lexicon, headers=headers,
                stream=stream, runs=ranges_of(cps))


# ---------------------------------------------------------------------------------------------
# Output


def c_numbers(ctype, name, values, per_line=20):
    lines = ['constexpr %s %s[] = {' % (ctype, name)]
    for i in range(0, len(values), per_line):
        lines.append('    ' + ','.join(str(v) for v in values[i:i + per_line]) + ',')
    lines.append('};')
    return '\n'.join(lines)


def c_chunks(name, pieces, comment):
    """pieces never split across chunks; each chunk is one char array.

    Arrays rather than bare string literals: literals go to the linker's merged-string pool,
    where lld spreads them by hash, so these cold tables would sit between the strings that
    start-up reads and make it touch many more pages."""
    chunks, cur = [], ''
    for p in pieces:
        if cur and len(cur) + len(p) > CHUNK:
            chunks.append(cur)
            cur = ''
        cur += p
    chunks.append(cur)
    lines = ['// ' + comment]
    for k, ch in enumerate(chunks):
        assert '"' not in ch and '\\' not in ch and '?' not in ch
        lines.append('constexpr char %s%d[] =' % (name, k))
        for i in range(0, len(ch), 100):
            lines.append('    "%s"' % ch[i:i + 100])
        lines[-1] += ';'
    lines.append('constexpr const char* const %s[] = {%s};' % (
        name, ', '.join('%s%d' % (name, k) for k in range(len(chunks)))))
    return '\n'.join(lines)


def write_inc(path, props, decomp, pairs, names, fams, unified, alias_map, jamo):
    records, values = props
    s1, s2, top, mid, leaves = three_level(values)
    out = [
        '// Generated by tools/gen_unicode.py from CPython %s unicodedata (Unicode %s).'
        % (sys.version.split()[0], unicodedata.unidata_version),
        '// Do not edit: change the generator and run it again.',
        '',
        '// ---- Per code point properties, a three level table with shared blocks:',
        '//   mid = kPropTop[c >> (kPropLeafShift + kPropMidShift)]',
        '//   leaf = kPropMid[mid << kPropMidShift | (c >> kPropLeafShift) % (1 << kPropMidShift)]',
        '//   record = kPropLeaves[leaf << kPropLeafShift | c % (1 << kPropLeafShift)]',
        '// and kPropFlags/kPropCcc give the record\'s flag bits and canonical combining class.',
        'constexpr int kPropLeafShift = %d, kPropMidShift = %d;' % (s1, s2),
        c_numbers('uint8_t' if max(top) < 256 else 'uint16_t', 'kPropTop', top),
        c_numbers('uint8_t' if max(mid) < 256 else 'uint16_t', 'kPropMid', mid, per_line=32),
        c_numbers('uint8_t', 'kPropLeaves', leaves, per_line=32),
        c_numbers('uint8_t', 'kPropFlags', [f for f, _ in records]),
        c_numbers('uint8_t', 'kPropCcc', [c for _, c in records]),
        '',
        '// ---- Full compatibility decompositions (as NFKD; Hangul syllables are left to code).',
        '// Runs of consecutive code points whose expansions have one length, as {first, last,',
        '// length, start}: the expansion of c is length values of kDecompData from',
        '// start + (c - first) * length.',
    ]
    keys = sorted(decomp)
    runs, data = [], []
    for c in keys:
        n = len(decomp[c])
        if runs and runs[-1][1] == c - 1 and runs[-1][2] == n:
            runs[-1][1] = c
        else:
            runs.append([c, c, n, len(data)])
        data.extend(decomp[c])
    out += [c_numbers('uint32_t', 'kDecompRuns', [v for r in runs for v in r], per_line=16),
            c_numbers('uint32_t', 'kDecompData', data, per_line=16),
            '',
            '// ---- Primary composites: (first, second, composite) sorted by (first, second).',
            c_numbers('uint32_t', 'kComposition', [v for (a, b) in sorted(pairs) for v in (a, b, pairs[(a, b)])],
                      per_line=18),
            '']

    lead, vowel, trail = jamo
    q = lambda ws: ', '.join('"%s"' % w for w in ws)
    out += ['// ---- Hangul syllable names: short jamo names of each column.',
            'constexpr const char* kJamoL[] = {%s};' % q(lead),
            'constexpr const char* kJamoV[] = {%s};' % q(vowel),
            'constexpr const char* kJamoT[] = {%s};' % q(trail),
            '',
            '// ---- "CJK UNIFIED IDEOGRAPH-XXXX" ranges (inclusive).',
            c_numbers('uint32_t', 'kUnifiedIdeographs', [v for r in unified for v in r], per_line=8),
            '',
            '// ---- Names made of a prefix and the code point in hex, per inclusive range.',
            'struct HexFamily { const char* prefix; uint32_t first, last; };',
            'constexpr HexFamily kHexFamilies[] = {']
    for prefix in sorted(fams):
        for lo, hi in ranges_of(fams[prefix]):
            out.append('    {"%s", 0x%X, 0x%X},' % (prefix, lo, hi))
    out += ['};', '',
            '// ---- Name aliases (NameAliases.txt entries CPython accepts), sorted by name.',
            'struct Alias { const char* name; uint32_t cp; };',
            'constexpr Alias kAliases[] = {']
    for name in sorted(alias_map):
        out.append('    {"%s", 0x%X},' % (name, alias_map[name]))
    max_len = max([len(n) for n in alias_map] + [len(unicodedata.name(chr(c), '')) for c in range(MAX_CP)])
    max_words = max(len(unicodedata.name(chr(c), '').split(' ')) for c in range(MAX_CP))
    out += ['};', '',
            '// ---- Other names, packed (see pack_names in the generator). Symbols of the packed',
            '// text are the characters of kSymbols; a symbol\'s value is its position there.',
            'constexpr int kMaxNameLength = %d;' % max_len,
            'constexpr int kMaxNameWords = %d;' % max_words,
            'constexpr int kMaxWordLength = %d;' % names['max_word'],
            'constexpr char kSymbols[] = "%s";' % SYMBOLS,
            'constexpr char kPrefixSymbols[] = "%s";' % PREFIX_SYMBOLS,
            '// Word codes: value < kWordK1 is one symbol; < kWordK1 + kWordL2 takes one more; else two more.',
            'constexpr int kWordK1 = %d, kWordL2 = %d;' % (names['k1'], names['l2']),
            '// Header symbol -> {words repeated from the previous name, fresh words that follow}.',
            c_numbers('uint8_t', 'kNameHeaders', [v for h in names['headers'] for v in h]),
            '// Code points that have packed names, as inclusive ranges in stream order.',
            c_numbers('uint32_t', 'kNameRuns', [v for r in names['runs'] for v in r], per_line=12),
            c_chunks('kLexicon', names['lexicon'],
                     'Word list: each word is a prefix symbol (the number of leading characters it shares '
                     'with the previous word, reset at code length class boundaries) and its other characters.'),
            c_chunks('kNameStream', names['stream'], 'One entry per name, in code point order.'),
            '']
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(out))


# ---------------------------------------------------------------------------------------------
# Expected values for the unit test


def splitmix64(state):
    """Same generator as the unit test: returns (value, new state)."""
    state = (state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return z ^ (z >> 31), state


def fnv1a(h, data):
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


FNV_START = 0xCBF29CE484222325


def random_nfkc_hash(pool, seed, count, max_len):
    """Hash of NFKC over random strings drawn from pool (a list of inclusive ranges)."""
    weights = []
    total = 0
    for lo, hi in pool:
        total += hi - lo + 1
        weights.append(total)
    h, state = FNV_START, seed
    for _ in range(count):
        r, state = splitmix64(state)
        n = 1 + r % max_len
        s = []
        for _ in range(n):
            r, state = splitmix64(state)
            k = r % total
            i = next(i for i, w in enumerate(weights) if k < w)
            s.append(chr(pool[i][1] - (weights[i] - 1 - k)))
        h = fnv1a(h, unicodedata.normalize('NFKC', ''.join(s)).encode('utf-8') + b'\xff')
    return h


def percent(s):
    return ''.join(c if 0x20 <= ord(c) <= 0x7E and c != '%' else
                   ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in s)


def hexes(s):
    return ' '.join('%04X' % ord(c) for c in s)


def nfkc_samples(rng, pairs, decomp):
    comb = [c for c in range(MAX_CP) if unicodedata.combining(chr(c))]
    samples = [
        'ﬁ', 'ﬃ', 'ﬅ', 'Ａｂｃ１２３', 'ｶﾞｷﾞ', 'ﾊﾟ', '㍿', '㌀', '①⑵⒜', 'ℌℍ', '𝐀𝔄𝕬', 'ǅ', 'Ⅻ', '½', '™', '…',
        'x²₃', 'ſ', 'ẛ', 'ẛ̣', 'Å', 'Ω', 'K', 'é', 'é', 'ḝ', 'ḉ', 'ṩ', 'ḍ̇', 'ḍ̇', 'q̣̇', 'q̣̇',
        'a\u0301\u0327', 'a\u0327\u0301', 'o\u031b\u0323\u0301', 'a\u0308\u0301\u0323', 'a\u05b4\u0591\u0301',
        'u\u0308\u0304', 'A\u030a', 'Å\u0301', 'e\u0302\u0300', 'ɑ\u0301',
        '\u0301', '\u0301a', '\u0344', '\u0340\u0341', '\u0958', '\u0915\u093c', '\u2126', '\u212b',
        '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01\u11a8', '\u1100\u1100\u1161\u1161',
        '\u3131\u314f', '\uffa1\uffc2', '\u1100\u0301\u1161', '\u1100\u1161\u0301\u11a8', '\uac00\u1161',
        '\ud4db', '\u1112\u1175\u11c2', '\u115f\u1160', '\u1100\u1176', '\u1113\u1161',
        '\u0f73', '\u0f75\u0f71', '\u0f40\u0fb5', '\u0f71\u0f72\u0f74', '\u1b05\u1b35', '\u1b3a\u1b35',
        '\U0001d15e', '\U0001d15f\U0001d16e', '\U000110ab', '\U00011099\U000110ba', '\U0001112e',
        '\U0001134b', '\U00011347\U0001133e\U00011357', '\u09cb', '\u09c7\u09be', '\u0b48', '\u0bca',
        '\u30ac', '\u30ab\u3099', '\uff76\uff9e', '\u309b', '\u304b\u309a', '\u2fd5', '\u3038',
        '\ufdfa', '\ufdfb', '\ufb4f', '\ufb1d', '\ufb2c', '\u05e9\u05bc\u05c1', '\u05e9\u05c1\u05bc',
        '\u1e9e', '\u00df', '\u0130', '\u03d3', '\u03d2\u0301', '\u1fee', '\u1fc1', '\u0385',
        '\u00a8\u0301', 'a\u00a8', '\u2000\u3000', '\u00a0x', '\u200b', '\u0041\u030a\u0301',
        'Ǆ̌', 'ﾞ', '゙', '\U0002f800', '\uf900\ufa10', '\u2e9f', '\u2ff0', '\U0001f100', '\U0001f190',
        'xyz', 'Ünïcödé', 'Ŀ', 'ŉ', 'ǰ', 'ǰ\u0323', 'ϔ', 'ﺀﺂ', 'ﻵ', '\U0001ee00', '\U0001fbf9',
        '\U0001e030', '\U000107b0', '\U0001e4d0' if unicodedata.name('\U0001e4d0', None) else 'Ɐ',
    ]
    firsts = sorted({a for a, _ in pairs})
    seconds = sorted({b for _, b in pairs})
    dkeys = sorted(decomp)
    for _ in range(120):
        s = rng.choice(firsts) if rng.random() < 0.8 else rng.choice(dkeys)
        t = [s] + [rng.choice(seconds if rng.random() < 0.6 else comb) for _ in range(rng.randint(1, 4))]
        samples.append(''.join(map(chr, t)))
    for _ in range(60):
        samples.append(''.join(chr(rng.choice(dkeys)) for _ in range(rng.randint(1, 3))))
    for _ in range(40):
        l, v, t = rng.randrange(LCOUNT), rng.randrange(VCOUNT), rng.randrange(TCOUNT)
        seq = [0x1100 + l, 0x1161 + v] + ([0x11A7 + t] if t else [])
        if rng.random() < 0.3:
            seq.insert(rng.randrange(1, len(seq) + 1), rng.choice(comb))
        samples.append(''.join(map(chr, seq)))
    return samples


def name_samples(rng, explicit, fams, unified, alias_map, jamo):
    out = ['', ' ', 'A', 'LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A',
           ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', 'LATIN SMALL LETTER  A', 'LATIN_SMALL_LETTER_A',
           'LATIN SMALL LETTER A\t', 'LATIN SMALL LETTER-A', 'LATIN SMALL LETTER Á', 'LATIN SMALL LETTER',
           'LINE FEED (LF)', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN',
           'HANGUL JUNGSEONG O-E', 'HANGUL JUNGSEONG OE', 'hangul jungseong o-e', 'TIBETAN LETTER -A',
           'TIBETAN LETTER A', 'TIBETAN MARK BKA- SHOG YIG MGO', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE ',
           'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GA G', 'HANGUL SYLLABLE GAGGG', 'hangul syllable gag',
           'HANGUL SYLLABLE gag', 'Hangul Syllable GAG', 'HANGUL SYLLABLE GGAGG', 'HANGUL SYLLABLE  GA',
           'HANGUL SYLLABLE XYZ', 'HANGUL SYLLABLE 가', 'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E0',
           'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
           'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-+4E0', 'CJK UNIFIED IDEOGRAPH-4E00 ',
           'CJK UNIFIED IDEOGRAPH-0041', 'CJK UNIFIED IDEOGRAPH-GGGG', 'CJK COMPATIBILITY IDEOGRAPH-F900',
           'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900', 'CJK COMPATIBILITY IDEOGRAPH-F8FF',
           'NUSHU CHARACTER-1B170', 'nushu character-1b2fb', 'NUSHU CHARACTER-1B2FC', 'NUSHU CHARACTER-01B170',
           'KHITAN SMALL SCRIPT CHARACTER-18B00', 'TANGUT IDEOGRAPH-17000', 'TANGUT COMPONENT-001',
           'BYTE ORDER MARK', 'BOM', 'bom', 'LF', 'lf', 'NUL', 'NULL', 'ZWJ', 'zwnj', 'VS1', 'VS256', 'VS257',
           'SPACE', 'space', 'sPaCe', 'NO-BREAK SPACE', 'NBSP', 'EM SPACE', 'BELL', 'BEL', 'ALERT',
           'SNOWMAN', 'snowman', 'GREEK SMALL LETTER ALPHA', 'DIGIT ZERO', 'LATIN CAPITAL LETTER GHA',
           'YI SYLLABLE ITERATION MARK', 'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET',
           'PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET', 'MUSICAL SYMBOL G CLEF',
           'CUNEIFORM SIGN A', 'EGYPTIAN HIEROGLYPH A001', 'FACE WITH TEARS OF JOY', 'DOG', 'SIGN', 'LETTER',
           'LATIN', 'LATIN SMALL', 'A LATIN SMALL LETTER', 'LATIN SMALL LETTER A A', 'LATIN SMALL LETTER AA',
           'LATIN SMALL LETTER A WITH', 'WITH', 'X' * 100, 'A' * 88, 'CJK', 'HANGUL']
    for prefix, cps in fams.items():
        for lo, hi in ranges_of(cps):
            for c in (lo - 1, lo, lo + 1, hi - 1, hi, hi + 1):
                out += [prefix + '%04X' % c, (prefix + '%04X' % c).lower(), prefix + '%05X' % c]
    for lo, hi in unified:
        for c in (lo - 1, lo, hi, hi + 1):
            out += ['CJK UNIFIED IDEOGRAPH-%04X' % c, 'CJK UNIFIED IDEOGRAPH-%05X' % c]
    for _ in range(200):
        lo, hi = rng.choice(unified)
        out.append('CJK UNIFIED IDEOGRAPH-%04X' % rng.randint(lo, hi))
    lead, vowel, trail = jamo
    for _ in range(300):
        out.append('HANGUL SYLLABLE ' + rng.choice(lead) + rng.choice(vowel) + rng.choice(trail))
    for _ in range(100):  # jumbled jamo that the greedy parse may or may not accept
        out.append('HANGUL SYLLABLE ' + ''.join(rng.choice(rng.choice(jamo)) for _ in range(rng.randint(1, 4))))
    for name in sorted(alias_map):
        out.append(name)
        if rng.random() < 0.3:
            out.append(name.lower())
    names = [explicit[c] for c in sorted(explicit)]
    for name in rng.sample(names, 1500):
        r = rng.random()
        if r < 0.6:
            out.append(name)
        elif r < 0.75:
            out.append(''.join(ch.lower() if rng.random() < 0.5 else ch for ch in name))
        elif r < 0.82:
            out.append(name[:-1])
        elif r < 0.88:
            out.append(name + rng.choice('AZ19 -'))
        elif r < 0.94:
            i = rng.randrange(len(name))
            out.append(name[:i] + name[i + 1:])
        else:
            words = name.split(' ')
            rng.shuffle(words)
            out.append(' '.join(words))
    return out


def write_expect(path, props, pairs, decomp, explicit, fams, unified, alias_map, jamo):
    rng = random.Random(14)
    records, values = props
    lines = ['# Generated by tools/gen_unicode.py from CPython %s unicodedata (Unicode %s). Do not edit.'
             % (sys.version.split()[0], unicodedata.unidata_version)]
    for section, bit in (('xid_start', XID_START), ('xid_continue', XID_CONTINUE), ('printable', PRINTABLE)):
        lines.append('[%s]' % section)
        cps = [c for c in range(MAX_CP) if records[values[c]][0] & bit]
        lines += ['%04X %04X' % (lo, hi) for lo, hi in ranges_of(cps)]

    # Every code point on its own, hashed: FNV-1a 64 of each UTF-8 result followed by 0xFF.
    h = FNV_START
    for c in range(MAX_CP):
        if not is_surrogate(c):
            h = fnv1a(h, unicodedata.normalize('NFKC', chr(c)).encode('utf-8') + b'\xff')
    lines += ['[nfkc_each]', '%016X' % h]

    # Random strings over pools: "seed count max_len hash" then the pool's ranges.
    interesting = set(c for c in range(MAX_CP) if unicodedata.combining(chr(c)))
    interesting.update(v for (a, b), c in pairs.items() for v in (a, b, c))
    interesting.update(range(0x1100, 0x1100 + LCOUNT))
    interesting.update(range(0x1161, 0x1161 + VCOUNT))
    interesting.update(range(0x11A8, 0x11A7 + TCOUNT))
    interesting.update(range(0xAC00, 0xAC00 + 3 * TCOUNT))
    interesting.update(rng.sample(sorted(decomp), 300))
    broad = [(0x41, 0x5A), (0xC0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x591, 0x5C7), (0x900, 0x9FF),
             (0xF00, 0xFFF), (0x1100, 0x11FF), (0x1B00, 0x1B7F), (0x1E00, 0x1FFF), (0x2000, 0x24FF),
             (0x3040, 0x33FF), (0xAC00, 0xAC40), (0xF900, 0xFAFF), (0xFB00, 0xFDFF), (0xFE20, 0xFFEF),
             (0x11080, 0x1137F), (0x1D100, 0x1D7FF), (0x2F800, 0x2FA1F)]
    for seed, count, max_len, pool in ((1, 20000, 8, [tuple(r) for r in ranges_of(interesting)]),
                                       (2, 20000, 12, broad)):
        lines.append('[nfkc_random]')
        lines.append('%d %d %d %016X' % (seed, count, max_len, random_nfkc_hash(pool, seed, count, max_len)))
        lines += ['%04X %04X' % r for r in pool]

    lines.append('[nfkc]')
    for s in nfkc_samples(rng, pairs, decomp):
        lines.append('%s ; %s' % (hexes(s), hexes(unicodedata.normalize('NFKC', s))))

    lines.append('[names]')
    seen = set()
    for name in name_samples(rng, explicit, fams, unified, alias_map, jamo):
        if name in seen or '}' in name or "'" in name or '\\' in name or '\n' in name:
            continue
        seen.add(name)
        v = literal_value(name)
        lines.append('%s\t%s' % (percent(name), '-' if v is None else '%04X' % v))
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--aliases', help='NameAliases.txt of Unicode %s' % unicodedata.unidata_version)
    args = ap.parse_args()
    if unicodedata.unidata_version != '14.0.0':
        sys.exit('expected Unicode 14.0.0 (CPython 3.11), found ' + unicodedata.unidata_version)

    pairs = composition_pairs()
    decomp = decompositions()
    props = property_values(pairs)
    explicit, fams, unified = classify_names()
    alias_map = aliases(args.aliases)
    jamo = hangul_jamo_names()
    # Sanity: every explicit name is accepted by CPython's \N{...}.
    for c, n in explicit.items():
        assert literal_value(n) == c, n
    names = pack_names(explicit)

    inc = os.path.join(ROOT, 'support', 'unicode_data.inc')
    write_inc(inc, props, decomp, pairs, names, fams, unified, alias_map, jamo)
    expect = os.path.join(ROOT, 'tests', 'unit', 'data', 'unicode_expect.txt')
    os.makedirs(os.path.dirname(expect), exist_ok=True)
    write_expect(expect, props, pairs, decomp, explicit, fams, unified, alias_map, jamo)
    print('%s: %d bytes, %d aliases' % (inc, os.path.getsize(inc), len(alias_map)))
    print('%s: %d bytes' % (expect, os.path.getsize(expect)))


if __name__ == '__main__':
    main()
