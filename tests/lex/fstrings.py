a = f'{x}'
b = F"{x!r:>{width}}"
c = f'{{literal}}'
d = rf'\d{x}' fr'{y}\n' Rf'' fR"" RF'' FR""
e = f'''multi
line {x
} end'''
f = f"{'nested'}" f'{"nested"}'
g = f'{x=}' f'{x = !s:^10}'
h = f'{a["k"]}' 'plain' u'unicode'
