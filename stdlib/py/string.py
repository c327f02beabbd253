"""String constants, capwords() and the Template class ($-substitutions)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with str.split(sep), capitalize each word with
    str.capitalize(), and join them with sep (a single space if sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions.

    $name and ${name} are replaced by values from a mapping and keyword arguments; $$
    is a literal $. Subclasses may change the delimiter. Names are ASCII identifiers."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # The template as a list of pieces: ('text', s), ('escaped', None),
        # ('named', name), ('braced', name) or ('invalid', index after the delimiter).
        s = self.template
        delim = self.delimiter
        n = len(s)
        pieces = []
        start = 0
        i = s.find(delim)
        while i >= 0:
            if i > start:
                pieces.append(('text', s[start:i]))
            j = i + len(delim)
            if s.startswith(delim, j):
                pieces.append(('escaped', None))
                start = j + len(delim)
            elif j < n and _is_id_start(s[j]):
                k = j + 1
                while k < n and _is_id_char(s[k]):
                    k += 1
                pieces.append(('named', s[j:k]))
                start = k
            elif j < n and s[j] == '{' and j + 1 < n and _is_id_start(s[j + 1]):
                k = j + 2
                while k < n and _is_id_char(s[k]):
                    k += 1
                if k < n and s[k] == '}':
                    pieces.append(('braced', s[j + 1:k]))
                    start = k + 1
                else:
                    pieces.append(('invalid', j))
                    start = j
            else:
                pieces.append(('invalid', j))
                start = j
            i = s.find(delim, start)
        if start < n:
            pieces.append(('text', s[start:]))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(value)
            else:
                out.append(str(mapping[value]))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        delim = self.delimiter
        for kind, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(delim)
            elif kind == 'invalid':
                out.append(delim)
            else:
                try:
                    out.append(str(mapping[value]))
                except KeyError:
                    out.append(delim + value if kind == 'named' else delim + '{' + value + '}')
        return ''.join(out)

    def is_valid(self):
        for kind, value in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, value in self._scan():
            if kind in ('named', 'braced') and value not in ids:
                ids.append(value)
        return ids


class _ChainLookup:
    # Keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
