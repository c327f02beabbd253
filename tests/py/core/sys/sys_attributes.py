# Assorted sys attributes that are deterministic on 64-bit platforms.
import os
import sys
print(len(sys.argv), os.path.basename(sys.argv[0]), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.byteorder in ('little', 'big'), sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.getrecursionlimit(), type(sys.getrecursionlimit()).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(type(sys.path).__name__, type(sys.modules).__name__, sys.stdout is not None, sys.stderr is not None, sys.stdin is not None)
print(isinstance(sys.platform, str), isinstance(sys.executable, str), sys.implementation.name == sys.implementation.name)
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False), callable(sys.exit), callable(sys.getsizeof))
print(sys.maxunicode, hex(sys.maxunicode))
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace('-', ''))
print(sys.intern('abc') == 'abc', sys.getsizeof(0) > 0)
