# A bare exception class raised without arguments is reported by name only.
print('about to raise')
raise NotImplementedError
