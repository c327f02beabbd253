# expandtabs with default and custom tab sizes.
s = 'a\tbc\tdef\tghij\tk'
for n in (8, 4, 1, 0, -1, 3):
    print(repr(s.expandtabs(n)))
print(repr(s.expandtabs()), repr('\t'.expandtabs()), repr('x\ny\tz'.expandtabs(4)), repr('ab\r\tc'.expandtabs(4)))
print(repr('12345678\t9'.expandtabs()), repr(''.expandtabs()), repr('\t\t'.expandtabs(2)))
print(repr(b'a\tb'.expandtabs(4)), repr('é\tx'.expandtabs(4)), repr('a\tb'.expandtabs(tabsize=2)))
