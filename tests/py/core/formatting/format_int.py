# Format-spec mini-language for ints.
specs = ['', 'd', '5', '-5', '<5', '>5', '^5', '=5', '05', '+', '-', ' ', '+05', '=+8', '*^9', '_<7', 'b', '#b', 'o', '#o',
         'x', '#x', 'X', '#X', ',', '_', ',d', '_x', '_b', '#_b', '10,', '+,', 'c', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%',
         'n', '#10x', '#010x', '<+8', '08,', 'E', 'G', '.0f', '012_', '-^9']
for v in (0, 7, -7, 255, 1234567, -1234567):
    out = []
    for s in specs:
        if s == 'c':
            out.append(ascii(format(v, s)) if 0 <= v <= 0x10ffff else '(skip)')
            continue
        out.append(format(v, s))
    print(v, '|'.join(out))
print(format(True, 'd'), format(True, ''), format(False, '>5'), f'{True:b}', format(2 ** 100, ','), format(-(2 ** 70), '#x'))
for bad in ['s', '.2', ',b', ',x', 'z', '==5', 'q', '.5d', '#c', '+c', '_,', ',_']:
    try:
        print(repr(format(42, bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(2 ** 40, 'c')
except OverflowError as e:
    print(type(e).__name__, e)
