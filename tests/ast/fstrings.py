x = 1
y = 'abc'
width = 10
precision = 4
value = 12.34567
f''
f'plain'
f'{x}'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x=}'
f'{x = }'
f'{x=!r}'
f'{x=:>10}'
f'{x:>10}'
f'{value:{width}.{precision}}'
f'{value:{width}.{precision}f}'
f'{value:{"<"}{width}}'
f'{x:{"" if x else "x"}>{width}}'
f'{{}}'
f'{{{x}}}'
f'a{{b}}c'
f'{x}{y}'
f'{x} and {y!r:^20}'
f"{'nested single'}"
f'{"nested double"}'
f"{x:'>10}"
f'''{f"{f'{x}'}"}'''
f'{x if x else y}'
f'{(lambda z: z * 2)(x)}'
f'{[a for a in y]}'
f'{ {"k": 1}["k"] }'
f'{x,}'
f'{x, y}'
f'{*y,}'
f'{(yield)}' if 0 else 0
f'{x:%H:%M}'
f'{x:}'
f'{x!r:}'
f'{3.14:.2f}'
f'{y[0]}' f'{y[1]}'
f'abc' 'def' f'{x}'
'abc' f'{x}' 'def'
u'abc' f'{x}'
f'{x}' u'abc'
rf'\d{x}'
fr'\d{x}'
Rf'{x}\n'
fR'{x}'
RF'{x}'
F'{x}'
f'\n{x}\t'
f'\x41{x}\u0042\N{BULLET}'
f'''
multi-line {x}
  and {
    y
  }
'''
f"""{x
}"""
f'{x:{{}}>10}' if 0 else 0
f'{x!r:>{width}}'
f'{x:=>10}'
f'{(x:=5)}'
f'{x:{y}}'
f'{"a" "b"}'
f'{x}' \
    f'{y}'
