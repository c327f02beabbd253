# one
# two
    # indented

#
