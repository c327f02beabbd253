#!/usr/bin/env python3
# comment at top
   # indented comment before any code

x = 1  # trailing comment
# comment between statements
def f(a,  # comment after a parameter
      b):  # comment after the colon
    # comment as the first line of a block
    return (a +  # comment inside parens
            # full-line comment inside parens
            b)
        # over-indented comment
# under-indented comment inside nothing
if x:  # comment
    pass
  # weirdly indented comment
    # comment at block indentation
# comment at column 0 between block statements
    y = 2
else:  # comment on else
    pass
l = [  # comment after bracket
    1,  # one
    # between elements
    2,
]  # after close
d = {
    # leading
    'a': 1,
}
s = '# not a comment'
t = "#"  # real comment with 'quotes' and "quotes" and \ backslash
x = 1 \
    + 2  # comment after continuation
#
##
#!# odd
# é ü 中文 😀 non-ascii comment
class C:  # class comment
    # body comment
    pass
    # trailing comment in block

# final comment
