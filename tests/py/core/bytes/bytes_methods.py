# Common bytes methods.
b = b'  Hello, World!  '
print(b.strip(), b.lower(), b.upper(), b.split(), b.split(b','), b.replace(b'l', b'L'), b.count(b'l'), b.find(b'W'))
print(b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b'x'.join([b'1', b'2', b'3']), b'abc'.startswith(b'ab'))
print(b'hello'.center(11, b'*'), b'42'.zfill(5), b'abc'.ljust(5) + b'|', b'abc'.rjust(5, b'.'), b'abc'.partition(b'b'))
print(b'Hello'.swapcase(), b'hello world'.title(), b'hello'.capitalize(), b'ABC'.isupper(), b'abc1'.isalnum(), b' \t'.isspace())
print(b'abc'.endswith((b'c', b'x')), b'abcabc'.rfind(b'b'), b'abcabc'.index(b'c', 3), b'abcabc'.rindex(b'a'))
print(b'a\tb'.expandtabs(4), b'\n'.join(b'l1\nl2'.splitlines()), b'abc'.translate(None, b'b'))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\x00\x01'.hex(), b'hello'.hex(':'), b'hello'.hex('-', 2))
print(b'\xf0\xf1'.hex(' ', -1), bytes.fromhex('00 ff'), bytes.fromhex(''), b'abc'.isascii(), b'\x80'.isascii())
print(b'xyz'.removeprefix(b'x'), b'xyz'.removesuffix(b'z'), b'aXbXc'.split(b'X', maxsplit=1))
print(b'abc'.find(98), b'abc'.count(99), b'abc'.index(97), b'  x  '.lstrip(), b'  x  '.rstrip(b' '))
for bad in (lambda: b'abc'.split(b''), lambda: b'abc'.find('a'), lambda: b'abc'.replace('a', 'b'), lambda: b'a'.join([1]),
            lambda: b'abc'.count(256), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'), lambda: b'x'.center(3, b'ab')):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
