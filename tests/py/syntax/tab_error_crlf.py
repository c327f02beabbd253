if x:
	pass
        pass
