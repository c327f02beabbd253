try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
try:
    pass
except (E, F):
    pass
try:
    pass
except (E, F) as e:
    pass
try:
    pass
except E:
    pass
except F as f:
    pass
except:
    pass
try:
    pass
except E:
    pass
else:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except E:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try: pass
except: pass
else: pass
finally: pass
try:
    try:
        raise E
    except E as e:
        raise F from e
    finally:
        cleanup()
except (F):
    pass
except a.b.C:
    pass
except f():
    pass
except E if x else F:
    pass
except (E, *rest):
    pass
except E.F as g:
    pass
def f():
    try:
        return 1
    finally:
        return 2
for x in y:
    try:
        continue
    finally:
        break
