// str: immutable text, stored as UTF-8 (Krait's generalized form: lone surrogates are
// encoded like other code points), indexed by code point. ASCII strings index directly;
// others walk the bytes (a cached index can come later if profiles ask for it).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.hpp"

namespace krait {

struct State;

struct Str : Object {
    size_t nbytes;
    size_t length;        // code points
    int64_t hash;         // -1 until computed
    bool ascii;
    bool interned;
    char data[];          // nbytes bytes plus a terminating NUL

    std::string_view view() const { return {data, nbytes}; }
};

inline Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }

// New strings. `length` may be given when known (-1: count it). Null on MemoryError (raised).
Str* make_str(State& st, std::string_view utf8, int64_t length = -1);
Value str_value(State& st, std::string_view utf8);
// The interned string with this content (created on first use). Null on MemoryError.
// Interned strings live as long as the State (its roots hold st.interned).
Str* intern(State& st, std::string_view utf8);
// The interned equal of s: s itself when it is an exact str seen first (sys.intern).
Str* intern_str(State& st, Str* s);
// A string of one code point.
Value str_from_char(State& st, uint32_t cp);

int64_t str_hash(Str* s);
bool str_equal(const Str* a, const Str* b);
// Byte offset of code point `index` (0 <= index <= length).
size_t str_offset(const Str* s, size_t index);
// The code point at byte offset `pos`; advances pos.
uint32_t str_decode_at(const Str* s, size_t& pos);

// a + b for two strs (an exact str result); sep.join(iterable) with CPython's errors.
Value str_concat(State& st, Str* a, Str* b);
Value str_join(State& st, Str* sep, Value iterable);
// s.encode(encoding, errors) -> bytes, and bytes.decode(encoding, errors) -> str, with the
// codecs CPython always has (UTF-8/16/32, ASCII, Latin-1, the single-byte tables) and the
// standard error handlers; UnicodeError, LookupError as CPython raises them.
Value str_encode(State& st, Str* s, std::string_view encoding, std::string_view errors);
Value str_decode(State& st, std::string_view data, std::string_view encoding, std::string_view errors);
// str.isidentifier().
bool str_isidentifier(const Str* s);

// repr(s) and the registration of str's type and methods.
std::string str_repr(std::string_view s);
void init_str_type(State& st);

}  // namespace krait
