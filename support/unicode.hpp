// Unicode character data the front end needs, matching CPython 3.11 (Unicode 14.0): identifier
// properties, printability, NFKC normalization and \N{...} name lookup. The tables are generated
// by tools/gen_unicode.py from CPython's own unicodedata module.
#pragma once
#include <string>
#include <string_view>

namespace krait::unicode {

// Python identifier start: XID_Start plus '_' (as CPython's tokenizer and str.isidentifier).
bool is_xid_start(char32_t c);
// XID_Continue.
bool is_xid_continue(char32_t c);
// Exactly str.isprintable() for the one character: false for categories Cc, Cf, Cs, Co, Cn,
// Zl, Zp and Zs other than ' '.
bool is_printable(char32_t c);

// unicodedata.normalize('NFKC', s) of valid UTF-8 (lone surrogates in Krait's generalized
// UTF-8 pass through unchanged, as they do in CPython).
std::string nfkc(std::string_view utf8);

// What CPython's string-literal parser accepts in \N{name}: character names and name aliases,
// matched ignoring ASCII case; "CJK UNIFIED IDEOGRAPH-XXXX" (four or five upper case hex digits)
// and "HANGUL SYLLABLE ..." only in upper case. Named sequences are not accepted.
bool lookup_name(std::string_view name, char32_t& out);

}  // namespace krait::unicode
