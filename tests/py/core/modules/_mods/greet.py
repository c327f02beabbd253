"""Helper module for import tests."""
print('greet module executing, __name__ =', __name__)
GREETING = 'hello'
counter = 0
def greet(name):
    global counter
    counter += 1
    return f'{GREETING}, {name}'
class Greeter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Greeter({self.name!r})'
_private = 'underscore'
if __name__ == '__main__':
    print('greet run as a script')
