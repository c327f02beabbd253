x = [
    1,
    2,
]
y = (1 +
     2
     - 3)
z = {
    'a': [1, (2,
              3)],

    # comment inside brackets
    'b': {4, 5},
}
f(a,
  b)(
)
if (a and
        b):
    pass
