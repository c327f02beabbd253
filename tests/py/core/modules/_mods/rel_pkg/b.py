VALUE = 'b value'
