# Searches with long needles stay linear (adversarial inputs); find/rfind/count agree at every needle size.
h=b'a'*10**6; n=b'a'*1000+b'b'
print(h.find(n), h.rfind(b'b'+b'a'*1000), h.count(n), n in h, h.split(n)[0] == h, h.replace(n, b'') == h)
n2 = b'a'*100000+b'b'
print(h.find(n2), h.count(n2), (b'b' + h).rfind(b'b' + b'a' * 100000), (h + b'b').rfind(n2), h.rfind(b'a' * 40, 0, 100), b'xxabcabc'.rfind(b'abc'))
s = b'0123456789' * 10
for k in (1, 2, 5, 31, 32, 33, 40):
    nd = s[20:20 + k]
    print(k, s.find(nd), s.rfind(nd), s.rfind(nd, 0, 50), s.find(nd, 21), s.count(nd), s.rindex(nd, 5, 95))
