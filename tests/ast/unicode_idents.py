é = 1
名前 = 2
α, β = 1, 2
Ωμέγα = 3
ﬁ = 1
_ﬁx = 2
ℌ = 3
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 4
Ω = 5
é = 6
𝑥 = 7
ª = 8
ǅ = 9
a·b = 10
℘ = 11
℮ = 12
x١٢ = 13
Ⅻ = 14
ｆｕｌｌ = 15
ℕ = 16
x = ﬁ + ℌ + 𝑥
obj.ﬁeld = 1
obj.ᵢ = 2
f(ﬁ=1, **{'ﬁ': 2})
def ﬁnd(ﬂag, *ａｒｇｓ, ｋ=1): return ﬂag
class Ｃｌａｓｓ(ﬁnd): pass
import ﬁle
from ﬁle import ﬁlter as ﬂter
global ﬂag
lambda ｘ: ｘ
[ℌ for ℌ in ℕ]
s = 'ﬁ ℌ 𝑥 are not normalized inside strings'
b = f'{ﬁ}'
