try:
    pass
except* E:
    pass
try:
    pass
except *E as e:
    pass
try:
    pass
except* (E, F) as eg:
    pass
except* G:
    pass
else:
    pass
finally:
    pass
try:
    raise ExceptionGroup('x', [ValueError()])
except* ValueError:
    pass
except * TypeError as t:
    pass
