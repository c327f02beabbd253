a = 1; b = 2
a = 1; b = 2;
pass;
import os; import sys
if a: b; c; d
if a: b; c;
while a: break; continue
for x in y: pass; pass
def f(): return; pass
class C: x = 1; y = 2; z = 3
with a: b; c
try: a; b
except: c; d
else: e;
finally: f; g;
x = 1 ;y = 2 ;  z = 3
del a; del b, c
global a; global b
assert a; assert b, c
raise; raise E
