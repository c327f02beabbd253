x = 1

if x:
    pass
    y =2
# comment after form feed
z = 3
