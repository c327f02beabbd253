# Arbitrary precision integers.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, a // -7, a % -7)
print(a >> 100, a >> 199, a >> 200, a >> 201, a << 10)
print(-a >> 3, -(a + 1) >> 100)
print((a - 1).bit_length(), a.bit_length(), b.bit_length())
print(a & b, a | b, a ^ b)
print(-a & b, -b | 12345, ~a)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (2 ** 50), f % 1000000007)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(10 ** 50 == int('1' + '0' * 50))
print(int('-' + '9' * 60) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 20))
print(hex(-(2 ** 100) - 1))
print(abs(-(10 ** 40)), -(10 ** 40) < 10 ** 40, 10 ** 40 > 10 ** 39)
print(divmod(10 ** 30 + 7, 10 ** 15), divmod(-(10 ** 30) - 7, 10 ** 15))
print(pow(3, 200, 10 ** 20 + 39), pow(2, 10 ** 5, 10 ** 9 + 7))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] % fib[150], fib[300] // fib[299])
x = 12345678901234567890123456789
print(x * x - (x - 1) * (x + 1))
print((10 ** 20) // 3 * 3 + (10 ** 20) % 3 == 10 ** 20)
print(hash(2 ** 61 - 1) == hash(0), hash(2 ** 61) == hash(1))
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(sum(range(10 ** 6)), sum([i * i for i in range(1000)]) * 10 ** 30)
print(int(1e20), int(1e30), int(-1.5e25))
print(float(2 ** 100), float(-(3 ** 80)))
print(2 ** 100 / 2 ** 98, (2 ** 200 + 1) / 2 ** 199)
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)))
