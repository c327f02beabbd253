# upper/lower/capitalize/title/swapcase/casefold including special cases.
samples = ['hello world', 'HELLO', 'hElLo wOrLd', "they're bill's friends", 'ß', 'straße', 'ﬁx', 'İstanbul', 'ǆemal',
           'σΣς', 'ΌΣΟΣ', 'élan vital', '123abc', 'a1b2-c3_d', '', 'ŉ', 'Ǳ', 'ΐ', "o'neil mc-donald", 'ﬃ']
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.capitalize()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()))
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
print(len('ß'.upper()), len('İ'.lower()), 'İ'.lower() == 'i̇')
print(b'Hello World'.upper(), b'Hello'.lower(), b'hello world'.title(), b'hELLO'.swapcase(), b'abc'.capitalize(), b'\xe9a'.upper())
