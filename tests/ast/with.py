with a: pass
with a as b: pass
with a, b: pass
with a as b, c as d: pass
with a as b, c: pass
with (a): pass
with (a) as b: pass
with (a, b): pass
with (a, b) as c: pass
with (a as b): pass
with (a as b,): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b as c): pass
with (a,): pass
with (a, b,): pass
with (yield): pass
with (yield x): pass
with (yield) as y: pass
with (
    open('a') as f,
    open('b') as g,
):
    pass
with (a) as b, (c) as d: pass
with (a)(b) as c: pass
with (a), (b): pass
with a if b else c as d: pass
with f() as (a, b): pass
with f() as [a, b]: pass
with f() as a.b: pass
with f() as a[0]: pass
with (a, b) as (c, d): pass
with (a for a in b): pass
with ((a, b)): pass
with (a) + b as c: pass
with (a := b): pass
with (a := b) as c: pass
with a:
    with b:
        pass
