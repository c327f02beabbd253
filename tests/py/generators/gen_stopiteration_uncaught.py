# Ends with the RuntimeError that PEP 479 makes of a StopIteration leaking from a generator.
def gen():
    yield 'one'
    next(iter(()))
for v in gen():
    print(v)
