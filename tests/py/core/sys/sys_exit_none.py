# sys.exit(None) exits with status 0.
import sys
print('exit(None) is a normal exit')
sys.exit(None)
print('never printed')
