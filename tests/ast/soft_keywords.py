# match/case/_ are soft keywords: ordinary names outside match statements
match = 1
case = 2
_ = 3
match.x = 1
match[0] = 2
match(x)
match * 2
match, case = case, match
case(match)
print(match, case, _)
def match(case, _=None): return case
class case: pass
import match
from match import case as _
match: int = 1
for match in case: pass
[match for case in _]
lambda match: match
x = match if case else _
match -x
match [x]
match (x)
