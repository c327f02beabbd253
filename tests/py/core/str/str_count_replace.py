# count and replace.
s = 'the cat sat on the mat with the hat'
print(s.count('the'), s.count('at'), s.count('at', 10), s.count('at', 10, 20), s.count(''), ''.count(''), 'aaaa'.count('aa'))
print('abc'.count('', 1), 'abc'.count('', 4), 'abc'.count('', -1), 'abc'.count('x', -100, 100))
print(s.replace('the', 'THE'), s.replace('the', 'THE', 1), s.replace('the', 'THE', 0), s.replace('the', 'THE', -1))
print('aaa'.replace('a', 'b', 2), 'aaa'.replace('aa', 'X'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('abc'.replace('b', ''), 'abc'.replace('x', 'y'), 'aaaa'.replace('a', 'aa'), 'ab' * 3 .replace('ab', 'ba') if False else ('ab' * 3).replace('ab', 'ba'))
print('ééé'.replace('é', 'e'), '日本日本'.replace('本', 'x', 1), 'a😀b'.replace('😀', ':)'))
try:
    'abc'.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.replace(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.count(None)
except TypeError as e:
    print(type(e).__name__, e)
print(b'aXbXc'.replace(b'X', b'--'), b'aaa'.count(b'a'), bytearray(b'abab').replace(b'a', b'A', 1))
