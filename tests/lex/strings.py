a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double
"""
e = r'raw \n' R"raw" u'u' U"U"
e2 = b'b' B"B"
f = br'x' bR'x' Br'x' BR'x' rb'x' rB'x' Rb'x' RB'x'
g = 'esc\'aped' "esc\"aped" '\\'
h = 'adjacent' "strings" '''joined'''
i = 'continued \
line'
j = '''a "quoted" 'inner' string'''
k = ''
l = """"""
m = 'tab	inside'
