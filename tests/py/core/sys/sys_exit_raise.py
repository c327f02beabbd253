# raise SystemExit directly, with a non-int, non-str code.
print('raising SystemExit(2)')
try:
    raise SystemExit(2)
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    raise SystemExit([1, 2])
except SystemExit as e:
    print('list code', e.code)
raise SystemExit(7)
