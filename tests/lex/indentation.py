if a:
    if b:
        if c:
            if d:
                x = 1
y = 2
def f():
    for i in x:
        while i:
            pass
    return
class C:
  def m(self):
      return 1
  def n(self):
        return 2
z = 3
