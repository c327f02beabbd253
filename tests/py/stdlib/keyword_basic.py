# keyword: the keyword lists of Python 3.11 and the tests on them.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist), keyword.__all__)
print([keyword.iskeyword(w) for w in ('if', 'match', 'None', 'print', '', 'async')])
print([keyword.issoftkeyword(w) for w in ('_', 'case', 'match', 'if')])
