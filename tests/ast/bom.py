# file starts with a UTF-8 BOM
x = 'é'
print(x)
