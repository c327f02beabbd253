# Format-spec mini-language for strings and others.
for s in ('', 'a', 'hello', 'héllo', '日本'):
    print(repr(s), '|'.join([format(s, spec) for spec in ['', 's', '5', '<5', '>5', '^5', '*^7', '.2', '10.3', '-<6', '^', '>2']]))
for bad in ['d', '=5', '+', ' ', ',', '#', '05', 'x', '.2f']:
    try:
        print(repr(format('x', bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format([1, 2]), format((1,)), format(None), format({'a': 1}), format(b'x'), format(range(2)))
for obj in ([1], None, b'x'):
    try:
        format(obj, '>10')
    except TypeError as e:
        print(type(e).__name__, e)
print(f'{"x":{"^"}{9}}', f'{"abc":.{1}}', '{:>{w}}'.format('r', w=4), '{0:{1}{2}}'.format('y', '<', 3) + '|')
