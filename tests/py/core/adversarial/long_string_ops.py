# krait: no-gc-stress (large live sets: collecting at every allocation takes minutes)
# Operations on long strings must stay fast (linear or near-linear).
s = 'ab' * 500000
print(len(s), s.count('ab'), s.count('ba'), s.find('abc'), s.rfind('ba'), s[-5:], 'ba' * 2 in s)
parts = s.split('b')
print(len(parts), parts[:3], parts[-2:])
joined = '-'.join(['x'] * 1000000)
print(len(joined), joined[:9], joined.count('-'))
r = s.replace('a', 'xyz')
print(len(r), r[:9], r.count('xyz'))
u = s.upper()
print(u[:6], u.isupper(), s.islower())
needle = 'a' * 1000 + 'b'
hay = 'a' * 1000000
print(needle in hay, hay.find(needle), (hay + 'b').find(needle))
print(len(s[::-1]), s[::-1][:4], s[::3][:6], len(s.encode()), len(s.encode().decode()))
built = []
for i in range(100000):
    built.append(str(i % 10))
text = ''.join(built)
print(len(text), text[:12], sum(map(int, text[:1000])))
acc = ''
for i in range(20000):
    acc += 'x'
print(len(acc))
lines = ('line\n' * 100000).splitlines()
print(len(lines), lines[0], set(lines) == {'line'})
print(len(str(list(range(100000)))), hash(s) == hash('ab' * 500000), s == 'ab' * 500000, s < s + 'a')
big_set = set(range(100000))
print(len(big_set), 99999 in big_set, -1 in big_set)
big_dict = {i: i for i in range(100000)}
print(len(big_dict), big_dict[12345], sum(big_dict) % 1000)
sorted_big = sorted(range(300000, 0, -1))
print(sorted_big[:3], sorted_big[-3:])
