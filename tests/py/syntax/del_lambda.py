# A lambda is not a deletion target.
del x, lambda: 1
