def outer():
    def inner():
        nonlocal v
        global v
    v = 1
