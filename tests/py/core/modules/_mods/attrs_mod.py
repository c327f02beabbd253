"""Module docstring."""
x = 1
def f():
    return x
