# partition and rpartition.
for s in ('key=value', 'key=val=ue', 'novalue', '=start', 'end=', '', '=='):
    print(repr(s), s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), 'abc'.partition('abc'), 'abc'.rpartition('abcd'))
for bad in ('', None, 3):
    try:
        'abc'.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.rpartition('')
except ValueError as e:
    print(type(e).__name__, e)
print(b'a-b-c'.partition(b'-'), b'a-b-c'.rpartition(b'-'), 'héllo wörld'.partition('ö'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
