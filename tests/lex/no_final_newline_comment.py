x = 1
# comment at EOF