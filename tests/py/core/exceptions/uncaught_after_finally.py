# finally blocks run (and print) before an uncaught exception terminates the program.
def work():
    try:
        print('working')
        raise ZeroDivisionError('simulated')
    finally:
        print('cleanup in finally')
try:
    work()
finally:
    print('outer finally')
