# every prefix, in every case
'text'
"text"
'''text'''
"""text"""
r'text'
r"text"
r'''text'''
r"""text"""
R'text'
R"text"
R'''text'''
R"""text"""
u'text'
u"text"
u'''text'''
u"""text"""
U'text'
U"text"
U'''text'''
U"""text"""
b'text'
b"text"
b'''text'''
b"""text"""
B'text'
B"text"
B'''text'''
B"""text"""
br'text'
br"text"
br'''text'''
br"""text"""
bR'text'
bR"text"
bR'''text'''
bR"""text"""
Br'text'
Br"text"
Br'''text'''
Br"""text"""
BR'text'
BR"text"
BR'''text'''
BR"""text"""
rb'text'
rb"text"
rb'''text'''
rb"""text"""
rB'text'
rB"text"
rB'''text'''
rB"""text"""
Rb'text'
Rb"text"
Rb'''text'''
Rb"""text"""
RB'text'
RB"text"
RB'''text'''
RB"""text"""
# escapes
'\\ \' \" \a \b \f \n \r \t \v'
'\0 \7 \12 \123 \1234 \777'
'\x00 \x41 \xff \xFf'
'\u0041 \u00e9 \uFFFF \u20ac'
'\U00000041 \U0001F600 \U0010FFFF'
'\N{LATIN SMALL LETTER E WITH ACUTE} \N{BULLET} \N{EM DASH} \N{snowman}'
'\N{LATIN CAPITAL LETTER A}\N{DIGIT ONE}'
b'\\ \' \" \a \b \f \n \r \t \v \0 \177 \x00 \xff'
# invalid escapes are kept verbatim (DeprecationWarning in CPython)
'\d \w \s \[ \% \8 \9'
b'\d \u0041 \N{BULLET}'
'\ '
# raw strings keep backslashes
r'\n\t\x41\u0041\N{BULLET}\\'
r'\''
r"\""
rb'\x00\n'
r'\\'
# backslash-newline inside a string
'abc\
def'
b'abc\
def'
r'abc\
def'
'''line1
line2\
line3'''
"""a 'quoted' "string" '' "" inside"""
'''\''''
"""\""""
'''

'''
# adjacent concatenation
'a' 'b' "c" '''d''' """e"""
b'a' b'b' B'c' rb'd'
u'a' 'b' r'\c'
('a'
 'b'
 'c')
'a' \
 'b'
x = ('implicit'
     # comment between
     'join')
'non-ascii: é ü 中文 😀'
b'\x80\xfe'
''
""
b''
''''''
""""""
'tab	here'
'literal	tab'
'\\'
# docstring-like expression statements
def f():
    '''docstring'''
    return 'x'
class C:
    "doc" 'string'
