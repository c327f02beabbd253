# Fullwidth letters are NFKC-normalized to ASCII *after* keyword recognition,
# so these are plain NAME tokens whose AST id becomes a keyword spelling.
ｉｆ = 1
Ｎｏｎｅ = 2
ＴＲＵＥ = 3
ｐｒｉｎｔ(ｉｆ)
x.ｃｌａｓｓ = 4
