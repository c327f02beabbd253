CHILD = 'child loaded'
