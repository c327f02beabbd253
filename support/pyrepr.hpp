// Python's text forms of literal values, exactly as CPython 3.11 prints them: repr of float,
// complex, str and bytes, and str() of integer literals. Used by the AST dumper and the runtime.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace krait::pyrepr {

// repr(float): shortest round-trip digits; fixed notation when the decimal exponent is in
// [-4, 16), else exponent notation ('1e+16', '1.5e-05'); integral fixed values get '.0';
// 'inf', '-inf', 'nan', '-0.0'.
std::string float_repr(double v);

// repr(complex(0.0, imag)): the imaginary part as float_repr formats it but without the
// '.0' suffix, then 'j' ('1j', '1.5j', '1e+20j', 'infj'). This is how an imaginary literal prints.
std::string imag_repr(double imag);

// Appends repr(str) for a Python string held as UTF-8 in which lone surrogates may appear
// as 3-byte sequences. Printability of non-ASCII comes from krait::unicode::is_printable.
void str_repr(std::string& out, std::string_view utf8);

// Appends repr(bytes): b'...' with CPython's quote choice and escapes.
void bytes_repr(std::string& out, std::string_view bytes);

// Appends the decimal form of an integer literal's digits (no prefix, no underscores,
// leading zeros allowed) in base 2, 8, 10 or 16. Returns false, leaving out untouched, when
// the decimal form would exceed max_digits digits (CPython's str(int) limit is 4300); that
// is decided from the bit length before any conversion, so huge literals stay cheap.
bool int_to_decimal(std::string_view digits, int base, std::string& out, size_t max_digits = 4300);

// Parses a float literal's text (digits, '.', exponent; no underscores), correctly rounded.
// Overflow gives inf and underflow 0.0, as Python's float('1e999') and float('1e-999').
double parse_float(std::string_view text);

}  // namespace krait::pyrepr
