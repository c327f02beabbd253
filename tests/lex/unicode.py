名前 = 'こんにちは'
café = "naïve"
α = β + γ
emoji = '😀 and 中文'
x = f'{名前}é'  # commentaire: é
ﬁ = 1
𝔘𝔫𝔦 = 2
y = ['ü', 'ö'] ; Ω = 3
