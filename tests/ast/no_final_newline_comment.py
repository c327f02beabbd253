x = 1
# a comment without a newline