# An exception raised inside an except block (implicit chaining) escapes.
try:
    [1, 2, 3][10]
except IndexError:
    print('handling IndexError')
    undefined_function()
