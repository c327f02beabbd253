# A conditional expression is not a deletion target, even without parentheses.
del a.b if c else d
