# Ends with an exception escaping from a generator (status 1).
def records():
    yield {'id': 1}
    yield {'id': 2}
    yield {'name': 'no id'}
for r in records():
    print('record', r['id'])
