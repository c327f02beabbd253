# ÿ comment
x = 1
