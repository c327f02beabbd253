// CPython 3.11's string formatting of numbers and strings as pure functions: the format-spec
// mini-language of format(x, spec) / str.format / f-strings for int, float and str, and the
// conversions of the printf-style % operator. Nothing here knows about Python objects: the
// caller converts values (an int's digits, a float's double, an object's str()) and turns a
// returned Error into the named exception.
//
// Strings are UTF-8 (Krait's generalized form, so lone surrogates pass through); widths and
// precisions count code points. Output is appended to `out`; on error `out` is left as it was.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace krait::fmt {

// The exception a failed call should raise, with CPython's message.
enum class ErrorKind : unsigned char { value_error, overflow_error, memory_error };
struct Error {
    ErrorKind kind = ErrorKind::value_error;
    std::string message;
};

// Results longer than this many bytes fail with a MemoryError up front instead of trying to
// allocate (CPython fails the same way, only at whatever size its malloc gives up).
inline constexpr size_t kMaxResultBytes = size_t{1} << 34;

// A parsed spec: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
// Unset fields keep their defaults; what an unset align or type means depends on the value
// formatted, so the format_* functions decide it.
struct Spec {
    char32_t fill = ' ';        // '0' when zero_pad set it
    char align = 0;             // '<' '>' '^' '=', or 0 when not given
    char sign = 0;              // '+' '-' ' ', or 0
    bool no_neg_zero = false;   // 'z'
    bool alternate = false;     // '#'
    bool zero_pad = false;      // a '0' before the width with no explicit fill
    int64_t width = -1;         // -1 when not given
    char grouping = 0;          // ',' '_', or 0
    int64_t precision = -1;     // -1 when not given
    char32_t type = 0;          // the presentation type, or 0 when not given
};

// Parses a format spec (UTF-8). Width and precision digits may be any Unicode decimal digits,
// as in CPython. type_name is the formatted value's type, which only the message for a spec
// with trailing garbage mentions ("Invalid format specifier 'abc' for object of type 'int'").
// Errors are ValueErrors. An empty spec parses to the defaults; note that format(x, '') is
// str(x), which the spec-taking overloads below reproduce for exact int, float and str.
bool parse_spec(std::string_view spec, Spec& out, Error& err, std::string_view type_name);

// format(float, spec): types e E f F g G n % and none (like 'g' with at least one digit after
// the point, or repr's digits when no precision is given). 'n' uses the C locale: no grouping.
bool format_float(double v, const Spec& s, std::string& out, Error& err, std::string_view type_name = "float");

// format(int, spec). An int's value arrives as its magnitude's digits (lowercase, leading zeros
// allowed) in the base int_base(spec) asks for, plus the sign. Types b c d o x X n and none are
// formatted here; for e E f F g G % CPython formats float(x) instead, so when int_needs_float
// says so the caller converts (raising OverflowError "int too large to convert to float" if it
// must) and calls format_float with type_name "int". For 'c' the digits are the code point in
// decimal. type_name is for messages ("bool" for True); note that format(True, '') is 'True',
// the str() of the object, which callers handle before getting here.
bool int_needs_float(const Spec& s);
int int_base(const Spec& s);
bool format_int(bool negative, std::string_view digits, const Spec& s, std::string& out, Error& err,
                std::string_view type_name = "int");

// format(str, spec): type 's' or none; precision truncates.
bool format_str(std::string_view s, const Spec& spec, std::string& out, Error& err, std::string_view type_name = "str");

// Parse-and-format conveniences for exact floats and strs: an empty spec gives str(x) (repr
// for floats, the string itself), anything else parse_spec and the Spec form.
bool format_float(double v, std::string_view spec, std::string& out, Error& err);
bool format_str(std::string_view s, std::string_view spec, std::string& out, Error& err);

// ---- printf-style: one conversion of the % operator ----

// A conversion such as "%-#10.3x" after the caller has parsed it: the caller resolves '*'
// (a negative '*' width sets `left` and is negated, a negative '*' precision becomes 0), looks
// up "(key)", skips the ignored length modifiers h l L, and reports a bad type character.
struct PercentSpec {
    bool left = false;       // '-'
    bool plus = false;       // '+'
    bool space = false;      // ' '
    bool alternate = false;  // '#'
    bool zero = false;       // '0'
    int64_t width = -1;      // -1 when not given
    int64_t precision = -1;  // -1 when not given
    char32_t type = 0;
};

// Base of the digits format_percent_int wants for type d i u (10), o (8), x X (16).
int percent_int_base(char32_t type);
// %d %i %u %o %x %X of an int given as sign and magnitude digits in percent_int_base(type).
bool format_percent_int(bool negative, std::string_view digits, const PercentSpec& s, std::string& out, Error& err);
// %e %E %f %F %g %G of a float.
bool format_percent_float(double v, const PercentSpec& s, std::string& out, Error& err);
// %s %r %a (s is the str(), repr() or ascii() the caller computed; precision truncates) and
// %c (s is the one character).
bool format_percent_str(std::string_view s, const PercentSpec& spec, std::string& out, Error& err);

}  // namespace krait::fmt
