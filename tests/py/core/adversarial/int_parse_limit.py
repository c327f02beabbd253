# int() of very long digit strings hits the 4300-digit limit quickly rather than taking quadratic time.
for n in (4300, 4301, 5000, 100000, 1000000):
    s = '1' * n
    try:
        v = int(s)
        print(n, 'ok', v % 9)
    except ValueError as e:
        print(n, type(e).__name__, e)
print(int('1' * 100000, 16) % 7, int('1' * 100000, 2).bit_length(), int('7' * 100000, 8) % 11)
try:
    int('1' * 100000, 10)
except ValueError as e:
    print('base 10 explicit:', type(e).__name__)
try:
    int('1' * 100000, 3)
except ValueError as e:
    print('base 3:', type(e).__name__, e)
try:
    float('1' * 100000)
    print('float of long string ok:', float('1' * 400))
except ValueError as e:
    print('float', type(e).__name__, e)
