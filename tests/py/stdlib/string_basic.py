# string: constants, capwords and Template.
import string
print(repr(string.whitespace), repr(string.printable))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(string.capwords('  hello   world  '), string.capwords('a-b-c', '-'), repr(string.capwords('')), string.capwords('ÉCOLE école'))
t = string.Template('$who likes ${what}, $$5 each')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}), t.substitute({'who': 'a', 'what': 'b'}, who='kw'))
print(t.safe_substitute(who='x'), t.template, t.get_identifiers(), t.is_valid())
for text in ('$a and ${b} cost $$5 $', 'x\n  $9', '${a b}', '$', 'ok $a'):
    tt = string.Template(text)
    try:
        print(repr(tt.substitute(a=1, b=2)))
    except ValueError as e:
        print('ValueError', e)
    print(repr(tt.safe_substitute()), tt.is_valid(), tt.get_identifiers())
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))
check(lambda: string.Template('$a').substitute())
check(lambda: string.Template('$a $b').substitute({'a': 1}))
check(lambda: string.Template('$a').substitute({}, {}))
print(string.Template('$a $a_1 $a1').substitute(a=1, a_1=2, a1=3), string.Template('$é').safe_substitute())
class Percent(string.Template):
    delimiter = '%'
print(Percent('%x and %% and %{y}').substitute(x=5, y=6), Percent('%x').safe_substitute())
class Long(string.Template):
    delimiter = '<<'
print(Long('<<name>> <<<<').substitute(name='N'))
print(string.Template.delimiter, string.Template.idpattern)
