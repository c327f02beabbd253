# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write('hello\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('é日😀\n'))
print(sys.stdout.write('no newline'))
sys.stdout.writelines(['a\n', 'b\n'])
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdout.isatty() in (True, False), hasattr(sys.stdout, 'buffer'))
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes via buffer\n')
sys.stdout.buffer.flush()
print('done')
