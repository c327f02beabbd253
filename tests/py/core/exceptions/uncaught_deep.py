# An exception raised deep in recursion escapes to the top level.
def down(n):
    if n == 0:
        raise IndexError(f'bottom reached')
    return down(n - 1)
print('descending')
down(30)
