# -*- coding: latin-1 -*-
# comment with latin-1 bytes: café üß
s = 'café naïve © ÿ'
b = b'caf\xe9'
naïve = 1
