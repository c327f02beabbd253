# Format-spec mini-language for floats.
specs = ['', 'f', '.0f', '.1f', '.10f', 'e', '.0e', '.3e', 'E', 'g', '.0g', '.1g', '.3g', '.10g', 'G', '#g', '#.3g', '%',
         '.0%', '.2%', 'n', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+.1f', ' .1f', ',.2f', '_.3f', '.3', '#.0f',
         '#.0e', 'z.1f', '.1', '15', '-.2f']
for v in (0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e16, 1.5e-10, 123456789e20, 0.5, 2.5, -0.04):
    print(repr(v), '|'.join([format(v, s) for s in specs]))
for v in (float('inf'), float('-inf'), float('nan')):
    print(repr(v), '|'.join([format(v, s) for s in ['', 'f', 'e', 'g', '%', '10', '+', '010', 'E', 'F', 'G']]))
for v in (1e22, 1e21, 1e-5, 1e-4, 123.0, 100.0, 1e15, 1e16):
    print(str(v), repr(v), format(v, ''), format(v, 'g'), format(v, '.17g'), format(v, 'r') if False else '-')
for bad in ['d', 'x', 'c', 'b', ',x', '=', 's', '.2d', 'q']:
    try:
        print(repr(format(1.5, bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(1.5, '='), format(-1.5, '=8'), format(0.1 + 0.2, '.17f'), format(2 / 3, '.20f'), format(1e300, 'f')[:20])
print(format(5e-324, '.3e'), format(1.7976931348623157e308, 'e'), format(12.5, '.0f'), format(13.5, '.0f'), format(0.125, '.2f'))
