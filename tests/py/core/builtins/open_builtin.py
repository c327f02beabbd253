# open(): write, read back, append, modes, iteration, errors; the file lives in cwd and is removed.
import os
name = '_krait_open_test.tmp'
with open(name, 'w') as f:
    print(f.write('first line\n'), f.write('second line\n'), f.writable(), f.readable(), f.name, f.mode)
    f.write('third')
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(f.readlines())
with open(name) as f:
    print([line.rstrip('\n') for line in f])
with open(name, 'a') as f:
    f.write('\nappended')
with open(name, 'r', encoding='utf-8') as f:
    print(f.read().splitlines())
with open(name, 'rb') as f:
    data = f.read()
    print(type(data).__name__, data[:10], len(data))
with open(name, 'wb') as f:
    print(f.write(b'\x00\x01binary\xff'))
with open(name, 'rb') as f:
    print(f.read(), f.read())
with open(name, 'w', encoding='utf-8') as f:
    f.write('héllo 日本\n')
with open(name, encoding='utf-8') as f:
    text = f.read()
print(text, len(text), os.path.getsize(name))
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(name, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(name, 'r+') as f:
    f.write('XY')
    f.seek(0)
    print(repr(f.read()), f.tell())
os.remove(name)
print(os.path.exists(name))
try:
    open(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(name, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(name, 'rw')
except ValueError as e:
    print(type(e).__name__, e)
with open(name, 'x') as f:
    f.write('exclusive')
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.remove(name)
print(os.path.exists(name))
