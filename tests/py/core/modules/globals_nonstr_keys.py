# A module's globals may hold keys that are not str. Looking a name up compares it with such a
# key when their hashes match: the key's __eq__ runs, can find the name, and can raise.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        raise RuntimeError('eq called with ' + repr(other))


class Alias(Key):
    __hash__ = Key.__hash__

    def __eq__(self, other):
        return other == self.name


g = globals()
g[Key('raising_name')] = 1


def read_raising():
    return raising_name


for _ in range(2):  # the second time through the global cache
    try:
        print(read_raising())
    except RuntimeError as e:
        print('RuntimeError:', e)

g[Alias('aliased')] = 5


def read_aliased():
    return aliased


print(read_aliased(), read_aliased())
g['aliased'] = 6
print(read_aliased())
try:
    print(not_there)
except NameError as e:
    print('NameError:', e)
