# tabs for indentation (consistent)
if a:
	x = 1
	if b:
		y = 2
		for i in c:
			pass
	else:
		z = 3
def f():
	return 1
class C:
	def m(self):
		return	(1,	2)
x	=	'tab	in string'
while 0:
	pass
	# comment indented with a tab
y = 1
