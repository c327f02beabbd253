# sys.exit with an integer status: output before it is kept, nothing after runs.
import sys
print('before exit')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print('no-arg exit code', e.code)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print('finally runs during sys.exit')
try:
    cleanup()
except SystemExit as e:
    print('caught', e.code)
print('exiting with 3')
sys.exit(3)
print('never printed')
