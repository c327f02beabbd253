@d
def f(): pass
@d.e.f
def f(): pass
@d(1, k=2)
def f(): pass
@d
@e
@f(g)
def f(): pass
@d
class C: pass
@d[0]
def f(): pass
@d.e(1)[2].f
def f(): pass
@(lambda f: f)
def f(): pass
@a or b
def f(): pass
@x if y else z
def f(): pass
@buttons[0].clicked.connect
def f(): pass
@(x := y)
def f(): pass
@x := y
def f(): pass
@-x
def f(): pass
@a + b
def f(): pass
@f()()
def f(): pass
@ d   # comment
def f(): pass
@d
async def f(): pass
@d
@e
class C:
    @property
    def p(self): pass
    @p.setter
    def p(self, v): pass
    @staticmethod
    @cache
    def s(): pass
