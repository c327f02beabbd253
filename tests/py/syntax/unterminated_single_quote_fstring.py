s = f'abc {x}
