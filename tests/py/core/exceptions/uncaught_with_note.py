# Notes added to an exception are printed after its message line.
try:
    raise ValueError('bad input')
except ValueError as e:
    e.add_note('while reading record 7')
    print('note added')
    raise
