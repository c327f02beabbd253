print('shapes.flat executing, __name__ =', __name__, '__package__ =', __package__)
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
def describe():
    from .solid import cube
    return 'flat knows ' + cube.NAME
