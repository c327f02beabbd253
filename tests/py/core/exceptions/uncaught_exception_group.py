# An uncaught ExceptionGroup is printed as a boxed tree; stderr ends with the box's closing line.
print('raising a group')
raise ExceptionGroup('several problems', [ValueError('first'), TypeError('second')])
