"""String parsing: a JSON-like serializer, a character-level tokenizer and a
recursive-descent parser, all hand-written. Builds nested documents (dicts,
lists, strings with escapes, ints, floats, true/false/null), serializes them
to text, tokenizes and parses the text back, checks the round trip and
walks the result. Exercises string indexing, slicing, comparisons of
characters, str methods, list building and joins.

Usage: json_parse.py [N]    N scales the work (rounds; default 110).
The last line printed is a checksum.
"""
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "tab\there", "quote\"d", "back\\slash",
         "line\nbreak", "caf\u00e9", "snow\u2603man", "plain", "x", ""]

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r",
             "b": "\b", "f": "\f"}


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_value(rng, depth):
    k = rng.next(10) if depth > 0 else 5 + rng.next(5)
    if k < 3:
        obj = {}
        for i in range(1 + rng.next(6)):
            obj[WORDS[rng.next(len(WORDS))] + str(i)] = make_value(rng, depth - 1)
        return obj
    if k < 5:
        return [make_value(rng, depth - 1) for _ in range(rng.next(6))]
    if k == 5:
        return WORDS[rng.next(len(WORDS))] * (1 + rng.next(2))
    if k == 6:
        return rng.next(2000000) - 1000000
    if k == 7:
        return (rng.next(2000000) - 1000000) / 64.0
    if k == 8:
        return rng.next(2) == 0
    return None


def encode_string(s, out):
    out.append('"')
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ord(ch) > 126:
            out.append("\\u" + hex(ord(ch))[2:].rjust(4, "0"))
        else:
            out.append(ch)
    out.append('"')


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        encode_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(", ")
            first = False
            encode(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key in value:
            if not first:
                out.append(", ")
            first = False
            encode_string(key, out)
            out.append(": ")
            encode(value[key], out)
        out.append("}")


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " " or ch == "\n" or ch == "\t" or ch == "\r":
            i += 1
        elif ch in "{}[]:,":
            tokens.append((ch, None))
            i += 1
        elif ch == '"':
            i += 1
            parts = []
            start = i
            while True:
                c = text[i]
                if c == '"':
                    parts.append(text[start:i])
                    i += 1
                    break
                if c == "\\":
                    parts.append(text[start:i])
                    e = text[i + 1]
                    if e == "u":
                        parts.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    else:
                        parts.append(UNESCAPES[e])
                        i += 2
                    start = i
                else:
                    i += 1
            tokens.append(("s", "".join(parts)))
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            is_float = False
            while i < n:
                c = text[i]
                if c.isdigit():
                    i += 1
                elif c == "." or c == "e" or c == "E" or c == "+" or c == "-":
                    is_float = True
                    i += 1
                else:
                    break
            word = text[start:i]
            tokens.append(("n", float(word) if is_float else int(word)))
        elif text.startswith("true", i):
            tokens.append(("v", True))
            i += 4
        elif text.startswith("false", i):
            tokens.append(("v", False))
            i += 5
        elif text.startswith("null", i):
            tokens.append(("v", None))
            i += 4
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expect(self, kind):
        tok = self.tokens[self.pos]
        if tok[0] != kind:
            raise ParseError(f"expected {kind} got {tok[0]} at token {self.pos}")
        self.pos += 1
        return tok

    def value(self):
        kind, val = self.tokens[self.pos]
        if kind == "{":
            return self.obj()
        if kind == "[":
            return self.arr()
        if kind == "s" or kind == "n" or kind == "v":
            self.pos += 1
            return val
        raise ParseError(f"unexpected token {kind} at {self.pos}")

    def obj(self):
        self.expect("{")
        result = {}
        if self.tokens[self.pos][0] == "}":
            self.pos += 1
            return result
        while True:
            key = self.expect("s")[1]
            self.expect(":")
            result[key] = self.value()
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
            else:
                self.expect("}")
                return result

    def arr(self):
        self.expect("[")
        result = []
        if self.tokens[self.pos][0] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
            else:
                self.expect("]")
                return result


def walk(value):
    # A structural hash of a parsed value.
    if value is None:
        return 7
    if value is True:
        return 11
    if value is False:
        return 13
    if isinstance(value, int):
        return value % 1000003
    if isinstance(value, float):
        return int(value * 64) % 1000003
    if isinstance(value, str):
        h = len(value)
        for ch in value:
            h = (h * 33 + ord(ch)) % 1000003
        return h
    if isinstance(value, list):
        h = 17
        for item in value:
            h = (h * 31 + walk(item)) % 1000003
        return h
    h = 19
    for key in value:
        h = (h * 37 + walk(key) * 3 + walk(value[key])) % 1000003
    return h


def one_round(r):
    rng = Rng(77 + r)
    docs = []
    for i in range(20):
        doc = {}
        for j in range(8):
            doc[f"item{i}_{j}"] = make_value(rng, 4)
        docs.append(doc)
    check = 0
    for doc in docs:
        out = []
        encode(doc, out)
        text = "".join(out)
        tokens = tokenize(text)
        parsed = Parser(tokens).value()
        if parsed != doc:
            raise ParseError("round trip failed")
        check = (check * 31 + walk(parsed) + len(text) + len(tokens)) % 1000000007
    bad = 0
    for text in ['{"a": }', '[1, 2', '{"k" 1}', "[tru]", '{"x": [1, {"y": null}]}']:
        try:
            Parser(tokenize(text)).value()
        except ParseError:
            bad += 1
        except IndexError:
            bad += 100
    return check + bad


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 110
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 131 + one_round(r)) % 1000000007
    print("checksum", checksum)


main()
