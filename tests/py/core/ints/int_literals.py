# Integer literal forms.
print(0, 00, 0_0, 1_000_000, 0x1F, 0X1f, 0o777, 0O7, 0b1111_0000, 0B1)
print(0xdead_beef, 0o1_2, 0b1_0)
print(123456789012345678901234567890, 0xffffffffffffffffffffffff)
print(-0x10, -0o10, -0b10, +0x10)
print(type(0x10).__name__, 10 .real, (10).imag, 1 .__add__(2))
print(hex(255), oct(8), bin(5), hex(-255), oct(-8), bin(-5), hex(0), bin(0))
print(0b1 + 0o1 + 0x1 + 1)
print(9999999999999999999999 // 9999999999)
