#!/usr/bin/env python3
"""Writes the front-end test inputs that cannot sensibly be hand-edited.

These are inputs whose bytes matter (CRLF / CR-only line endings, BOMs,
latin-1 and invalid UTF-8 bytes, NUL bytes, tabs, form feeds, a missing final
newline) or that are produced programmatically (deep nesting, huge literals,
very long lines).  Every other file under tests/ast, tests/lex and
tests/py/syntax is written by hand; this script only owns the files listed in
CASES below and never touches anything else.

It writes INPUTS only.  The expected outputs (.ast, .tokens, .exp, .err) come
from CPython 3.11 via tools/gen_expected.py.

    python3 tools/gen_frontend_cases.py           # (re)write the files
    python3 tools/gen_frontend_cases.py --check   # exit 1 if any file differs
"""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'tests')

CASES = {}


def case(path, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    assert path not in CASES, path
    CASES[path] = data


def crlf(text):
    return text.replace('\n', '\r\n')


def cr(text):
    return text.replace('\n', '\r')


BOM = b'\xef\xbb\xbf'

# --------------------------------------------------------------------------
# tests/ast: valid programs, expected output is ast.dump(ast.parse(bytes))
# --------------------------------------------------------------------------

case('ast/crlf.py', crlf(
    "# CRLF line endings everywhere\n"
    "x = 1\n"
    "if x:\n"
    "    y = 2  # comment\n"
    "    z = (1,\n"
    "         2)\n"
    "s = '''line one\n"
    "line two'''\n"
    "t = 'a\\\n"
    "b'\n"
    "u = 1 + \\\n"
    "    2\n"
    "\n"
    "def f():\n"
    "    return f'''{x}\n"
    "'''\n"
    "class C:\n"
    "    pass\n"))

case('ast/cr_only.py', cr(
    "# CR-only (classic Mac) line endings; CPython accepts them\n"
    "x = 1\n"
    "if x:\n"
    "    y = 2\n"
    "s = '''a\n"
    "b'''\n"
    "z = [1,\n"
    "     2]\n"))

case('ast/bom.py', BOM + b"# file starts with a UTF-8 BOM\nx = '\xc3\xa9'\nprint(x)\n")

case('ast/bom_with_utf8_cookie.py', BOM + b"# -*- coding: utf-8 -*-\nx = '\xe2\x82\xac'\n")

case('ast/latin1_coding.py',
     b"# -*- coding: latin-1 -*-\n"
     b"# comment with latin-1 bytes: caf\xe9 \xfc\xdf\n"
     b"s = 'caf\xe9 na\xefve \xa9 \xff'\n"
     b"b = b'caf\\xe9'\n"
     b"na\xefve = 1\n")

case('ast/coding_on_line2.py',
     b"#!/usr/bin/env python3\n"
     b"# vim: set fileencoding=iso-8859-15 :\n"
     b"euro = '\xa4'\n")

case('ast/no_final_newline.py', "x = 1\nif x:\n    y = 2")

case('ast/no_final_newline_comment.py', "x = 1\n# a comment without a newline")

case('ast/trailing_whitespace_no_newline.py', "x = 1\n    ")

case('ast/empty.py', b"")

case('ast/only_comments.py', "# just\n    # comments\n\t# here\n#\n")

case('ast/only_blank_lines.py', "\n\n    \n\t\n  \t  \n")

case('ast/tabs.py',
     "# tabs for indentation (consistent)\n"
     "if a:\n"
     "\tx = 1\n"
     "\tif b:\n"
     "\t\ty = 2\n"
     "\t\tfor i in c:\n"
     "\t\t\tpass\n"
     "\telse:\n"
     "\t\tz = 3\n"
     "def f():\n"
     "\treturn 1\n"
     "class C:\n"
     "\tdef m(self):\n"
     "\t\treturn\t(1,\t2)\n"
     "x\t=\t'tab\tin string'\n"
     "while 0:\n"
     "\tpass\n"
     "\t# comment indented with a tab\n"
     "y = 1\n")

case('ast/formfeed.py',
     "x = 1\n"
     "\x0c\n"
     "if x:\n"
     "\x0c    pass\n"
     "    y =\x0c2\n"
     "\x0c# comment after form feed\n"
     "z = 3\n")

case('ast/deep_nesting.py',
     "# deeply nested but legal expressions\n"
     "a = " + "(" * 150 + "1" + ")" * 150 + "\n"
     "b = " + "[" * 150 + "]" * 150 + "\n"
     "c = " + "f(" * 100 + "x" + ")" * 100 + "\n"
     "d = " + "-" * 100 + "1\n"
     "e = " + "not " * 100 + "x\n"
     "g = " + "**".join(["2"] * 100) + "\n"
     "h = " + "x" + ".a" * 300 + "\n"
     "i = " + "{'k': " * 100 + "1" + "}" * 100 + "\n"
     "j = " + "(" * 50 + "[" * 50 + "{" * 50 + "}" * 50 + "]" * 50 + ")" * 50 + "\n"
     "k = " + "lambda: " * 100 + "0\n"
     "m = " + " if c else ".join(["x"] * 100) + "\n")

case('ast/deep_blocks.py',
     "".join("    " * i + "if x%d:\n" % i for i in range(90)) + "    " * 90 + "pass\n")

case('ast/long_elif.py',
     "if x == 0:\n    r = 0\n" +
     "".join("elif x == %d:\n    r = %d\n" % (i, i) for i in range(1, 200)) +
     "else:\n    r = -1\n")

case('ast/big_literals.py',
     "big_list = [" + ", ".join(str(i) for i in range(4000)) + "]\n" +
     "big_dict = {" + ", ".join("'k%d': %d" % (i, i) for i in range(1000)) + "}\n" +
     "big_tuple = (\n" + "".join("    'item %d',\n" % i for i in range(1000)) + ")\n" +
     "big_set = {" + ", ".join("%d.5" % i for i in range(1000)) + "}\n")

case('ast/long_line.py',
     "x = [" + ", ".join(["12345678"] * 1200) + "]\n"
     "y = '" + "abcdefghij" * 1500 + "'\n")

case('ast/many_adjacent_strings.py',
     "s = (" + " ".join("'s%d'" % i for i in range(300)) + ")\n"
     "t = " + " ".join("f'{x}%d'" % i for i in range(100)) + "\n")

case('ast/long_binop_chain.py',
     "x = " + " + ".join(["1"] * 400) + "\n"
     "y = " + " and ".join("a%d" % i for i in range(400)) + "\n"
     "z = " + " < ".join("a%d" % i for i in range(400)) + "\n")

# --------------------------------------------------------------------------
# tests/lex: token streams (python3.11 -m tokenize -e)
# --------------------------------------------------------------------------

case('lex/crlf.py', crlf(
    "x = 1\n"
    "if x:\n"
    "    y = (1,\n"
    "         2)  # comment\n"
    "\n"
    "s = '''a\n"
    "b'''\n"
    "t = 1 + \\\n"
    "    2\n"))

case('lex/no_final_newline.py', "x = 1\nif x:\n    y = 2")

case('lex/no_final_newline_comment.py', "x = 1\n# comment at EOF")

case('lex/empty.py', b"")

case('lex/only_comments.py', "# one\n# two\n    # indented\n\n#\n")

case('lex/tabs_indent.py',
     "if a:\n"
     "\tx = 1\n"
     "\tif b:\n"
     "\t\ty = 2\n"
     "\n"
     "\t# tab-indented comment\n"
     "\tz = 3\n"
     "w\t=\t4\n")

case('lex/bom.py', BOM + b"x = '\xc3\xa9'\n")

# --------------------------------------------------------------------------
# tests/py/syntax: invalid programs
# --------------------------------------------------------------------------

# NUL bytes
case('py/syntax/null_byte_between_lines.py', b"x = 1\n\x00y = 2\n")
case('py/syntax/null_byte_only.py', b"\x00")
case('py/syntax/null_byte_in_string.py', b'x = "a\x00b"\n')
case('py/syntax/null_byte_in_comment.py', b"# comment\x00\nx = 1\n")

# invalid UTF-8
case('py/syntax/invalid_utf8_xff_only.py', b"\xff")
case('py/syntax/invalid_utf8_in_string.py', b'x = "\xff"\n')
case('py/syntax/invalid_utf8_in_comment.py', b"# \xff comment\nx = 1\n")
case('py/syntax/invalid_utf8_identifier.py', b"\xe4\xb8\xad\xe6 = 1\n")
case('py/syntax/invalid_utf8_truncated_at_eof.py', b"x = 1\n\xf0\x9f\x98")
case('py/syntax/invalid_utf8_continuation_byte.py', b'x = 1\ny = "\x80"\n')
case('py/syntax/invalid_utf8_overlong.py', b'x = "\xc0\xaf"\n')
case('py/syntax/invalid_utf8_surrogate.py', b'x = "\xed\xa0\x80"\n')

# encoding declarations
case('py/syntax/unknown_encoding.py', b"# coding: foo\nx = 1\n")
case('py/syntax/bom_with_latin1_cookie.py', BOM + b"# coding: latin-1\nx = 1\n")
case('py/syntax/ascii_cookie_non_ascii.py',
     b"#!/usr/bin/python\n# -*- coding: ascii -*-\nx = \"\xc3\xa9\"\n")
case('py/syntax/coding_cookie_on_line3_ignored.py',
     b"\n\n# coding: latin-1\nx = \"\xe9\"\n")

# tabs / form feeds / line endings
case('py/syntax/tab_error_tab_then_spaces.py', b"if x:\n\tpass\n        pass\n")
case('py/syntax/tab_error_spaces_then_tab.py', b"if x:\n        a\n\tb\n")
case('py/syntax/tab_error_nested.py', b"if x:\n    if y:\n\tpass\n")
case('py/syntax/tab_error_crlf.py', b"if x:\r\n\tpass\r\n        pass\r\n")
case('py/syntax/unindent_mismatch_tabs.py', b"def f():\n\treturn 1\n\t  \n  x = 2\n")
case('py/syntax/formfeed_unexpected_indent.py', b"\x0c  x = 1\n")
case('py/syntax/formfeed_unindent_mismatch.py', b"if x:\n    pass\n\x0c  y\n")
case('py/syntax/cr_only_paren_never_closed.py', cr("x = 1\ny = (\nz = 2\n"))
case('py/syntax/cr_only_invalid_syntax.py', cr("x = 1\ny = 2 3\n"))
case('py/syntax/crlf_expected_colon.py', crlf("x = 1\nif x\n    pass\n"))
case('py/syntax/unterminated_string_no_newline.py', b'x = "abc')
case('py/syntax/only_open_paren_no_newline.py', b"(")

# limits
case('py/syntax/too_many_indentation_levels.py',
     "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n")
case('py/syntax/too_many_nested_parens.py', "x = " + "(" * 201 + "1" + ")" * 201 + "\n")
case('py/syntax/nested_brackets_300.py', "x = " + "[" * 300 + "]" * 300 + "\n")
case('py/syntax/nested_parens_1000.py', "x = " + "(" * 1000 + "1" + ")" * 1000 + "\n")
case('py/syntax/unary_minus_100000.py', "x = " + "-" * 100000 + "1\n")
case('py/syntax/binop_100000_terms.py', "x = " + "+".join(["1"] * 100000) + "\n")

# long lines
case('py/syntax/long_line_error_at_end.py', "x = " + "a+" * 5000 + "\n")
case('py/syntax/long_line_unmatched_paren.py', "x = " + "a+" * 5000 + "a)\n")
case('py/syntax/long_unterminated_string.py', 's = "' + "a" * 20000 + "\n")


def main():
    check = '--check' in sys.argv[1:]
    bad = 0
    for rel, data in sorted(CASES.items()):
        path = os.path.normpath(os.path.join(ROOT, rel))
        if check:
            try:
                with open(path, 'rb') as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            if not same:
                print('differs: tests/' + rel)
                bad += 1
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
    if check:
        sys.exit(1 if bad else 0)
    print('wrote %d files' % len(CASES))


if __name__ == '__main__':
    main()
