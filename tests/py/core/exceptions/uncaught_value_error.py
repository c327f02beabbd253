# Ends with an uncaught exception: stdout so far is kept, stderr ends with the last traceback line, status 1.
def parse(s):
    return int(s)
print('parsing 42:', parse('42'))
print('parsing oops next')
parse('oops')
print('never printed')
