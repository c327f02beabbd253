loaded = 'package only'
