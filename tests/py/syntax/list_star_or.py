[*b or c]
