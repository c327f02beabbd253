if a:
	x = 1
	if b:
		y = 2

	# tab-indented comment
	z = 3
w	=	4
