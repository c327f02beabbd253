# just
    # comments
	# here
#
