s = '''abc
d
e
f
