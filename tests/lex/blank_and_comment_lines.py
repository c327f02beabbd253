# leading comment

def f():

    x = 1
        # over-indented comment
  # under-indented comment

# column-0 comment inside block
    y = 2   # trailing comment
    
	
    if x:
        pass
            # deeper comment

    # comment at block level before dedent
z = 3  # end
