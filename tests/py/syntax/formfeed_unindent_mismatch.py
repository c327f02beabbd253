if x:
    pass
  y
