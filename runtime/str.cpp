// str: construction, interning, hashing, the type's slots and every method of CPython 3.11's
// str. Text is UTF-8 in which lone surrogates appear as 3-byte sequences; ASCII strings are
// the common case and most operations have a byte-level path for them.
#include "runtime/str.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/state.hpp"
#include "runtime/tuple.hpp"
#include "support/codecs.hpp"
#include "support/pyrepr.hpp"
#include "support/unicode.hpp"
#include "support/unicode_props.hpp"
#include "support/utf8.hpp"

namespace krait {

namespace {

// Beyond this many bytes a string cannot be allocated anyway: fail early with MemoryError
// rather than let a size computation wrap.
constexpr size_t kMaxStrBytes = size_t{1} << 48;
constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();

inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point at p[i] of a string known to be (generalized) UTF-8; advances i.
inline uint32_t decode_fast(const char* p, size_t& i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(p[i + k]) & 0x3F); };
    uint32_t cp;
    if (c < 0xE0) {
        cp = ((c & 0x1Fu) << 6) | b(1);
        i += 2;
    } else if (c < 0xF0) {
        cp = ((c & 0x0Fu) << 12) | (b(1) << 6) | b(2);
        i += 3;
    } else {
        cp = ((c & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
        i += 4;
    }
    return cp;
}

// Byte length of the sequence starting with lead byte c.
inline size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

inline void append_cp(std::string& out, uint32_t cp) { utf8::encode(out, cp); }

uint64_t hash_bytes(const char* p, size_t n) {
    constexpr uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xC2B2AE3D27D4EB4Full;
    uint64_t h = 0x243F6A8885A308D3ull ^ (n * k1);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ (w * k2)) * k1;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ (w * k2) ^ (uint64_t{n} << 59)) * k1;
    }
    // Final avalanche so that every input bit reaches the low bits dict indexes use.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

// A fresh string of nbytes bytes (contents to be filled by the caller, then finish()).
// Instances of str subclasses carry their extra words (the __dict__ pointer, in the block's
// last word) after the text: the heap adds them from the class's basicsize, and the text is
// rounded up to whole words so that they stay aligned.
Str* alloc_str(State& st, Type* type, size_t nbytes) {
    if (nbytes > kMaxStrBytes) {
        raise_no_memory(st);
        return nullptr;
    }
    size_t extra = nbytes + 1;
    if (type != st.str_type) extra = (extra + 7) & ~size_t{7};
    Str* s = st.heap.make<Str>(type, extra);
    if (!s) {
        raise_no_memory(st);
        return nullptr;
    }
    s->nbytes = nbytes;
    s->hash = -1;
    s->data[nbytes] = 0;
    return s;
}

inline Str* finish(Str* s, size_t length) {
    s->length = length;
    s->ascii = length == s->nbytes;
    return s;
}

Str* small_char(State& st, unsigned char c) {
    Str*& slot = st.small_strs[c];
    if (!slot) {
        Str* s = alloc_str(st, st.str_type, 1);
        if (!s) return nullptr;
        s->data[0] = static_cast<char>(c);
        slot = finish(s, 1);
    }
    return slot;
}

Str* empty_str(State& st) {
    if (!st.empty_str) {
        Str* s = alloc_str(st, st.str_type, 0);
        if (!s) return nullptr;
        st.empty_str = finish(s, 0);
    }
    return st.empty_str;
}

inline Value val(Str* s) { return s ? Value::from_object(s) : Value::error(); }

inline bool is_str(const State& st, Value v) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    return t == st.str_type || (t->flags & kTypeStrSubclass);
}
inline bool is_exact_str(const State& st, Value v) { return v.is_object() && v.as_object()->type == st.str_type; }

inline Str* self_str(Args a) { return as_str(a.v[0]); }

// A string with the bytes [b0, b1) of s; the substring is ASCII when s is.
Value substr(State& st, Str* s, size_t b0, size_t b1) {
    if (b0 == 0 && b1 == s->nbytes && s->type == st.str_type) return Value::from_object(s);
    std::string_view v(s->data + b0, b1 - b0);
    return val(make_str(st, v, s->ascii ? static_cast<int64_t>(v.size()) : -1));
}

// s itself when it is an exact str, else an exact copy (what CPython's methods return when
// nothing changes).
Value unchanged(State& st, Str* s) {
    if (s->type == st.str_type) return Value::from_object(s);
    return val(make_str(st, s->view(), static_cast<int64_t>(s->length)));
}

Value text_result(State& st, const std::string& out) { return val(make_str(st, out)); }

// Code point index of byte offset b (b at a character boundary).
inline size_t cp_index(const Str* s, size_t b) { return s->ascii ? b : utf8::length(std::string_view(s->data, b)); }

// The byte offset reached by moving `count` code points forward from byte offset b.
inline size_t advance(const Str* s, size_t b, size_t count) {
    if (s->ascii) return b + count;
    const char* p = s->data;
    while (count--) b += seq_len(static_cast<unsigned char>(p[b]));
    return b;
}

// Decodes a whole string into code points (for the operations that need random access).
std::u32string code_points(const Str* s) {
    std::u32string out;
    out.reserve(s->length);
    if (s->ascii) {
        for (size_t i = 0; i < s->nbytes; ++i) out.push_back(static_cast<unsigned char>(s->data[i]));
        return out;
    }
    size_t i = 0;
    while (i < s->nbytes) out.push_back(decode_fast(s->data, i));
    return out;
}

}  // namespace

// ---- Construction and the basic operations ------------------------------------------------

Str* make_str(State& st, std::string_view utf8, int64_t length) {
    if (utf8.empty()) return empty_str(st);
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80)
        return small_char(st, static_cast<unsigned char>(utf8[0]));
    size_t len = length >= 0 ? static_cast<size_t>(length) : utf8::length(utf8);
    Str* s = alloc_str(st, st.str_type, utf8.size());
    if (!s) return nullptr;
    std::memcpy(s->data, utf8.data(), utf8.size());
    return finish(s, len);
}

Value str_value(State& st, std::string_view utf8) { return val(make_str(st, utf8)); }

namespace {

// hash_bytes as a str's hash: -1 means "not computed" in a Str and "error" to hash slots.
int64_t hash_of(std::string_view utf8) {
    int64_t h = static_cast<int64_t>(hash_bytes(utf8.data(), utf8.size()));
    return h == -1 ? -2 : h;
}

// The slot of the interned string with this content and hash, or the free slot where it
// would go. The table is never full.
Str** intern_slot(State::InternTable& t, std::string_view utf8, int64_t h) {
    size_t mask = t.slots.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
        Str* s = t.slots[i];
        if (!s || (s->hash == h && s->nbytes == utf8.size() && std::memcmp(s->data, utf8.data(), utf8.size()) == 0))
            return &t.slots[i];
    }
}

// Makes room for one more string, keeping the table at most half full.
void intern_reserve(State::InternTable& t) {
    if ((t.count + 1) * 2 <= t.slots.size()) return;
    std::vector<Str*> old(std::max<size_t>(2048, t.slots.size() * 2), nullptr);  // start-up interns ~800
    old.swap(t.slots);
    size_t mask = t.slots.size() - 1;
    for (Str* s : old) {
        if (!s) continue;
        size_t i = static_cast<size_t>(s->hash) & mask;
        while (t.slots[i]) i = (i + 1) & mask;
        t.slots[i] = s;
    }
}

}  // namespace

Str* intern(State& st, std::string_view utf8) {
    State::InternTable& t = st.interned;
    intern_reserve(t);
    int64_t h = hash_of(utf8);
    Str** slot = intern_slot(t, utf8, h);
    if (*slot) return *slot;
    Str* s = make_str(st, utf8);
    if (!s) return nullptr;
    s->hash = h;
    // (The shared empty and one-character strings are interned under their content too, so
    // one that make_str returned is not in the table yet: the lookup would have found it.)
    s->interned = true;
    *slot = s;
    ++t.count;
    return s;
}

Str* intern_str(State& st, Str* s) {
    if (s->interned) return s;
    State::InternTable& t = st.interned;
    intern_reserve(t);
    int64_t h = str_hash(s);
    Str** slot = intern_slot(t, s->view(), h);
    if (*slot) return *slot;
    if (s->type != st.str_type) return intern(st, s->view());
    s->interned = true;
    *slot = s;
    ++t.count;
    return s;
}

Value str_from_char(State& st, uint32_t cp) {
    if (cp < 0x80) return val(small_char(st, static_cast<unsigned char>(cp)));
    std::string buf;
    utf8::encode(buf, cp);
    return val(make_str(st, buf, 1));
}

int64_t str_hash(Str* s) {
    if (s->hash != -1) return s->hash;
    return s->hash = hash_of(s->view());
}

bool str_equal(const Str* a, const Str* b) {
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data, b->data, a->nbytes) == 0;
}

size_t str_offset(const Str* s, size_t index) {
    if (s->ascii) return index;
    if (index >= s->length) return s->nbytes;
    const char* p = s->data;
    if (index <= s->length / 2) {
        size_t b = 0;
        for (size_t k = 0; k < index; ++k) b += seq_len(static_cast<unsigned char>(p[b]));
        return b;
    }
    // Nearer the end: walk backwards over (length - index) code points.
    size_t b = s->nbytes;
    for (size_t k = s->length - index; k > 0; --k) {
        --b;
        while (is_cont(static_cast<unsigned char>(p[b]))) --b;
    }
    return b;
}

uint32_t str_decode_at(const Str* s, size_t& pos) { return decode_fast(s->data, pos); }

std::string str_repr(std::string_view s) {
    std::string out;
    pyrepr::str_repr(out, s);
    return out;
}

// ---- Argument checks with CPython's messages ---------------------------------------------
// str's methods come from three generations of CPython's argument parsing, and each words
// its errors differently; these helpers reproduce each style.

namespace {

const char* plural(int64_t n) { return n == 1 ? "" : "s"; }

size_t nkw(Args a) { return a.kwnames ? a.nkw() : 0; }

bool no_keywords_q(State& st, Args a, const char* qualname) {
    if (nkw(a) == 0) return true;
    type_error(st, std::string(qualname) + "() takes no keyword arguments");
    return false;
}

// METH_NOARGS: "str.upper() takes no arguments (1 given)".
bool noargs(State& st, Args a, const char* qualname) {
    if (!no_keywords_q(st, a, qualname)) return false;
    if (a.n == 1) return true;
    type_error(st, std::string(qualname) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
    return false;
}

// METH_O: "str.join() takes exactly one argument (0 given)".
bool onearg(State& st, Args a, const char* qualname) {
    if (!no_keywords_q(st, a, qualname)) return false;
    if (a.n == 2) return true;
    type_error(st, std::string(qualname) + "() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
    return false;
}

// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
bool tuple_args(State& st, Args a, const char* name, const char* qualname, size_t min, size_t max) {
    if (!no_keywords_q(st, a, qualname)) return false;
    size_t n = a.n - 1;
    if (n < min) {
        type_error(st, std::string(name) + "() takes at least " + std::to_string(min) + " argument" + plural(min) +
                           " (" + std::to_string(n) + " given)");
        return false;
    }
    if (n > max) {
        type_error(st, std::string(name) + "() takes at most " + std::to_string(max) + " argument" + plural(max) +
                           " (" + std::to_string(n) + " given)");
        return false;
    }
    return true;
}

// Argument Clinic, positional only: "replace expected at least 2 arguments, got 1".
bool clinic_args(State& st, Args a, const char* name, const char* qualname, size_t min, size_t max) {
    if (!no_keywords_q(st, a, qualname)) return false;
    size_t n = a.n - 1;
    if (n < min) {
        type_error(st, std::string(name) + " expected at least " + std::to_string(min) + " argument" + plural(min) +
                           ", got " + std::to_string(n));
        return false;
    }
    if (n > max) {
        type_error(st, std::string(name) + " expected at most " + std::to_string(max) + " argument" + plural(max) +
                           ", got " + std::to_string(n));
        return false;
    }
    return true;
}

// Argument Clinic with keywords. `pos` holds the positional arguments (self excluded).
// Fills out[i] or Value::missing().
bool clinic_kw(State& st, const Value* pos, size_t npos, Tuple* kwnames, const Value* kwvals, const char* fname,
               std::initializer_list<const char*> names, size_t required, Value* out) {
    size_t nk = kwnames ? kwnames->size : 0;
    size_t total = names.size();
    if (npos + nk > total) {
        type_error(st, std::string(fname) + "() takes at most " + std::to_string(total) + " argument" +
                           plural(static_cast<int64_t>(total)) + " (" + std::to_string(npos + nk) + " given)");
        return false;
    }
    for (size_t i = 0; i < total; ++i) out[i] = i < npos ? pos[i] : Value::missing();
    for (size_t k = 0; k < nk; ++k) {
        std::string_view key = as_str(kwnames->items[k])->view();
        size_t i = 0;
        for (const char* n : names) {
            if (key == n) break;
            ++i;
        }
        if (i == total) {
            type_error(st, "'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
            return false;
        }
        if (i < npos) {
            type_error(st, std::string("argument for ") + fname + "() given by name ('" + std::string(key) +
                               "') and position (" + std::to_string(i + 1) + ")");
            return false;
        }
        out[i] = kwvals[k];
    }
    size_t i = 0;
    for (const char* n : names) {
        if (i < required && out[i].is_missing()) {
            type_error(st, std::string(fname) + "() missing required argument '" + n + "' (pos " +
                               std::to_string(i + 1) + ")");
            return false;
        }
        ++i;
    }
    return true;
}

bool method_kw(State& st, Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
               Value* out) {
    return clinic_kw(st, a.v + 1, a.n - 1, a.kwnames, a.kwvalues(), fname, names, required, out);
}

// "must be str, not int" with the caller's prefix ("replace() argument 1 ").
bool want_str(State& st, Value v, std::string_view prefix) {
    if (is_str(st, v)) return true;
    type_error(st, std::string(prefix) + "must be str, not " + type_name(st, v));
    return false;
}

// Argument Clinic's spelling of a wrong argument's type: "None" for None.
std::string arg_type_name(State& st, Value v) { return v.is_none() ? "None" : type_name(st, v); }

bool has_index(State& st, Value v) {
    return v.is_int() || v.is_bool() || is_int(st, v) || type_of(st, v)->index != nullptr;
}

// An __index__-able value as int64, or false with `overflow` telling whether it was too big.
// `clamp` turns a too-big value into the nearest int64 (slice indices).
bool index_value(State& st, Value v, int64_t& out, bool clamp, bool& overflow) {
    overflow = false;
    if (v.is_int()) {
        out = v.as_int();
        return true;
    }
    if (v.is_bool()) {
        out = v.is_true();
        return true;
    }
    Value iv = number_index(st, v);
    if (iv.is_error()) return false;
    if (iv.is_int()) {
        out = iv.as_int();
        return true;
    }
    if (int_to_int64(st, iv, out)) return true;
    if (clamp) {
        out = to_bigint(st, iv).is_negative() ? -kSsizeMax : kSsizeMax;
        return true;
    }
    overflow = true;
    return false;
}

// A Py_ssize_t argument: "'str' object cannot be interpreted as an integer",
// "Python int too large to convert to C ssize_t".
bool ssize_arg(State& st, Value v, int64_t& out, const char* ctype = "ssize_t") {
    if (!has_index(st, v)) {
        type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
        return false;
    }
    bool overflow;
    if (index_value(st, v, out, false, overflow)) return true;
    if (overflow) overflow_error(st, std::string("Python int too large to convert to C ") + ctype);
    return false;
}

bool int_arg(State& st, Value v, int& out) {
    int64_t x;
    if (!ssize_arg(st, v, x, "int")) return false;
    if (x > std::numeric_limits<int>::max() || x < std::numeric_limits<int>::min()) {
        overflow_error(st, "Python int too large to convert to C int");
        return false;
    }
    out = static_cast<int>(x);
    return true;
}

// A start/end argument of find, count, startswith...: None keeps the default.
bool slice_arg(State& st, Value v, int64_t& out) {
    if (v.is_missing() || v.is_none()) return true;
    if (!has_index(st, v)) {
        type_error(st, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    bool overflow;
    return index_value(st, v, out, true, overflow);
}

// A searched range of s: code point bounds [start, end) as CPython's ADJUST_INDICES leaves
// them (end may be below start), and their byte offsets when start <= end.
struct Span {
    int64_t start = 0, end = 0;
    size_t b0 = 0, b1 = 0;
};

bool get_range(State& st, Str* s, Value startv, Value endv, Span& r) {
    int64_t len = static_cast<int64_t>(s->length);
    int64_t start = 0, end = kSsizeMax;
    if (!slice_arg(st, startv, start) || !slice_arg(st, endv, end)) return false;
    if (end > len) end = len;
    else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
    r.start = start;
    r.end = end;
    if (start <= end) {
        r.b0 = str_offset(s, static_cast<size_t>(start));
        r.b1 = s->ascii ? static_cast<size_t>(end) : advance(s, r.b0, static_cast<size_t>(end - start));
    }
    return true;
}

Value raise_fmt_error(State& st, const fmt::Error& e) {
    switch (e.kind) {
        case fmt::ErrorKind::overflow_error: return overflow_error(st, e.message);
        case fmt::ErrorKind::memory_error: return raise_no_memory(st);
        default: return value_error(st, e.message);
    }
}

// ---- Substring search ---------------------------------------------------------------------

// First occurrence of needle in hay[from, to); npos when none.
size_t find_bytes(std::string_view hay, std::string_view needle, size_t from, size_t to) {
    if (to > hay.size()) to = hay.size();
    if (from > to || needle.size() > to - from) return std::string_view::npos;
    if (needle.empty()) return from;
    const char* base = hay.data();
    if (needle.size() == 1) {
        const void* p = std::memchr(base + from, needle[0], to - from);
        return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
    }
    const void* p = memmem(base + from, to - from, needle.data(), needle.size());
    return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
}

// Last occurrence of needle in hay[from, to); npos when none.
size_t rfind_bytes(std::string_view hay, std::string_view needle, size_t from, size_t to) {
    if (to > hay.size()) to = hay.size();
    if (from > to || needle.size() > to - from) return std::string_view::npos;
    if (needle.empty()) return to;
    const char* base = hay.data();
    if (needle.size() == 1) {
        const void* p = memrchr(base + from, needle[0], to - from);
        return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
    }
    size_t r = std::string_view(base + from, to - from).rfind(needle);
    return r == std::string_view::npos ? r : r + from;
}

// Non-overlapping occurrences of needle (non-empty) in hay[from, to), at most maxcount.
size_t count_bytes(std::string_view hay, std::string_view needle, size_t from, size_t to, size_t maxcount) {
    size_t n = 0;
    while (n < maxcount) {
        size_t p = find_bytes(hay, needle, from, to);
        if (p == std::string_view::npos) break;
        ++n;
        from = p + needle.size();
    }
    return n;
}

}  // namespace

// ---- The type's slots -----------------------------------------------------------------------

namespace {

Value str_repr_slot(State& st, Value v) {
    Str* s = as_str(v);
    std::string out;
    pyrepr::str_repr(out, s->view());
    return val(make_str(st, out, s->ascii ? static_cast<int64_t>(out.size()) : -1));
}

Value str_str_slot(State& st, Value v) { return unchanged(st, as_str(v)); }

bool str_hash_slot(State&, Value v, int64_t& out) {
    out = str_hash(as_str(v));
    return true;
}

int compare_str(const Str* a, const Str* b) {
    size_t n = std::min(a->nbytes, b->nbytes);
    int c = std::memcmp(a->data, b->data, n);
    if (c != 0) return c;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

Value str_compare_slot(State& st, Value a, Value b, CmpOp op) {
    if (!is_str(st, a) || !is_str(st, b)) return Value::not_implemented();
    Str* x = as_str(a);
    Str* y = as_str(b);
    if (op == CmpOp::Eq) return Value::from_bool(str_equal(x, y));
    if (op == CmpOp::Ne) return Value::from_bool(!str_equal(x, y));
    // UTF-8 byte order is code point order (surrogates included in the generalized form).
    int c = compare_str(x, y);
    switch (op) {
        case CmpOp::Lt: return Value::from_bool(c < 0);
        case CmpOp::Le: return Value::from_bool(c <= 0);
        case CmpOp::Gt: return Value::from_bool(c > 0);
        default: return Value::from_bool(c >= 0);
    }
}

int str_truth_slot(State&, Value v) { return as_str(v)->nbytes != 0; }
int64_t str_len_slot(State&, Value v) { return static_cast<int64_t>(as_str(v)->length); }

Value char_at(State& st, Str* s, size_t index) {
    if (s->ascii) return val(small_char(st, static_cast<unsigned char>(s->data[index])));
    size_t b = str_offset(s, index);
    size_t e = b + seq_len(static_cast<unsigned char>(s->data[b]));
    return val(make_str(st, std::string_view(s->data + b, e - b), 1));
}

Value str_slice(State& st, Str* s, Slice* sl) {
    int64_t start, stop, step, count;
    if (!slice_indices(st, sl, static_cast<int64_t>(s->length), start, stop, step, count)) return Value::error();
    if (count <= 0) return val(empty_str(st));
    if (step == 1) {
        size_t b0 = str_offset(s, static_cast<size_t>(start));
        size_t b1 = advance(s, b0, static_cast<size_t>(count));
        return substr(st, s, b0, b1);
    }
    if (s->ascii) {
        Str* r = alloc_str(st, st.str_type, static_cast<size_t>(count));
        if (!r) return Value::error();
        int64_t i = start;
        for (int64_t k = 0; k < count; ++k, i += step) r->data[k] = s->data[i];
        return Value::from_object(finish(r, static_cast<size_t>(count)));
    }
    // Byte offsets of every character, then pick.
    std::vector<size_t> offs;
    offs.reserve(s->length + 1);
    for (size_t b = 0; b < s->nbytes; b += seq_len(static_cast<unsigned char>(s->data[b])))
        offs.push_back(b);
    offs.push_back(s->nbytes);
    std::string out;
    int64_t i = start;
    for (int64_t k = 0; k < count; ++k, i += step) out.append(s->data + offs[i], offs[i + 1] - offs[i]);
    return val(make_str(st, out, count));
}

Value str_getitem_slot(State& st, Value v, Value key) {
    Str* s = as_str(v);
    int64_t i;
    if (key.is_int()) {
        i = key.as_int();
    } else if (key.is_object() && key.as_object()->type == st.slice_type) {
        return str_slice(st, s, static_cast<Slice*>(key.as_object()));
    } else if (has_index(st, key)) {
        bool overflow;
        if (!index_value(st, key, i, false, overflow)) {
            if (overflow) return index_error(st, "cannot fit 'int' into an index-sized integer");
            return Value::error();
        }
    } else {
        return type_error(st, "string indices must be integers, not '" + type_name(st, key) + "'");
    }
    int64_t len = static_cast<int64_t>(s->length);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return index_error(st, "string index out of range");
    return char_at(st, s, static_cast<size_t>(i));
}

int str_contains_slot(State& st, Value container, Value item) {
    if (!is_str(st, item)) {
        type_error(st, "'in <string>' requires string as left operand, not " + type_name(st, item));
        return -1;
    }
    Str* s = as_str(container);
    Str* sub = as_str(item);
    return find_bytes(s->view(), sub->view(), 0, s->nbytes) != std::string_view::npos;
}

// Does v's class (a Python class) define `name`? Decides whether a failed str operation
// should let the other operand's reflected method try.
bool defines(State& st, Value v, const char* name) {
    if (!(type_of(st, v)->flags & kTypeHeap)) return false;
    Str* n = intern(st, name);
    if (!n) return false;
    Value m = lookup_special(st, v, n);
    if (m.is_error()) take_raised(st);
    return !m.is_missing() && !m.is_error();
}

}  // namespace

Value str_concat(State& st, Str* a, Str* b) {
    if (b->nbytes == 0 && a->type == st.str_type) return Value::from_object(a);
    if (a->nbytes == 0 && b->type == st.str_type) return Value::from_object(b);
    if (a->length > static_cast<size_t>(kSsizeMax) - b->length)
        return overflow_error(st, "strings are too large to concat");
    Str* r = alloc_str(st, st.str_type, a->nbytes + b->nbytes);
    if (!r) return Value::error();
    std::memcpy(r->data, a->data, a->nbytes);
    std::memcpy(r->data + a->nbytes, b->data, b->nbytes);
    return Value::from_object(finish(r, a->length + b->length));
}

namespace {

Value str_add_slot(State& st, Value a, Value b) {
    if (!is_str(st, a)) return Value::not_implemented();
    if (!is_str(st, b)) {
        if (defines(st, b, "__radd__")) return Value::not_implemented();
        return type_error(st, "can only concatenate str (not \"" + type_name(st, b) + "\") to str");
    }
    return str_concat(st, as_str(a), as_str(b));
}

Value str_repeat(State& st, Str* s, int64_t n) {
    if (n <= 0 || s->nbytes == 0) return val(empty_str(st));
    if (n == 1) return unchanged(st, s);
    if (s->length > static_cast<size_t>(kSsizeMax / n)) return overflow_error(st, "repeated string is too long");
    if (s->nbytes > kMaxStrBytes / static_cast<uint64_t>(n)) return raise_no_memory(st);
    size_t total = s->nbytes * static_cast<size_t>(n);
    Str* r = alloc_str(st, st.str_type, total);
    if (!r) return Value::error();
    if (s->nbytes == 1) {
        std::memset(r->data, s->data[0], total);
    } else {
        std::memcpy(r->data, s->data, s->nbytes);
        size_t done = s->nbytes;
        while (done < total) {
            size_t chunk = std::min(done, total - done);
            std::memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    return Value::from_object(finish(r, s->length * static_cast<size_t>(n)));
}

// str * n and n * str: the slot is called with the str on either side.
Value str_mul_slot(State& st, Value a, Value b) {
    Value s = a, n = b;
    if (!is_str(st, a)) {
        if (!is_str(st, b)) return Value::not_implemented();
        s = b;
        n = a;
    }
    if (!has_index(st, n)) {
        if (s.is(a) && defines(st, n, "__rmul__")) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, n) + "'");
    }
    int64_t count;
    bool overflow;
    if (!index_value(st, n, count, false, overflow)) {
        if (overflow) return overflow_error(st, "cannot fit 'int' into an index-sized integer");
        return Value::error();
    }
    return str_repeat(st, as_str(s), count);
}

Value percent_format(State& st, Str* fmt, Value args);

Value str_mod_slot(State& st, Value a, Value b) {
    if (!is_str(st, a)) return Value::not_implemented();
    return percent_format(st, as_str(a), b);
}

// ---- The iterator ---------------------------------------------------------------------------

struct StrIterator : Object {
    Value str;      // error() once exhausted
    size_t pos;     // byte offset of the next character
    size_t index;   // its code point index (for __length_hint__)
};

void str_iterator_trace(Object* o, Tracer& t) { t.mark(static_cast<StrIterator*>(o)->str); }
const GcOps kStrIteratorGc = {str_iterator_trace, nullptr};

Value str_iter_slot(State& st, Value v) {
    StrIterator* it = st.heap.make<StrIterator>(st.str_iterator_type);
    if (!it) return raise_no_memory(st);
    it->str = v;
    return Value::from_object(it);
}

Value str_iterator_next(State& st, Value v) {
    StrIterator* it = static_cast<StrIterator*>(v.as_object());
    if (it->str.is_error()) return Value::stop();
    Str* s = as_str(it->str);
    if (it->pos >= s->nbytes) {
        it->str = Value::error();
        return Value::stop();
    }
    unsigned char c = static_cast<unsigned char>(s->data[it->pos]);
    ++it->index;
    if (c < 0x80) {
        ++it->pos;
        return val(small_char(st, c));
    }
    size_t n = seq_len(c);
    Value r = val(make_str(st, std::string_view(s->data + it->pos, n), 1));
    it->pos += n;
    return r;
}

Value str_iterator_iter(State&, Value v) { return v; }

Value str_iterator_length_hint(State& st, Args a) {
    if (!noargs(st, a, "str_ascii_iterator.__length_hint__")) return Value::error();
    StrIterator* it = static_cast<StrIterator*>(a.v[0].as_object());
    if (it->str.is_error()) return Value::from_int(0);
    return Value::from_int(static_cast<int64_t>(as_str(it->str)->length - it->index));
}

}  // namespace

// ---- Searching ------------------------------------------------------------------------------

namespace {

inline Value opt(Args a, size_t i) { return i < a.n ? a.v[i] : Value::missing(); }

// find, rfind, index, rindex.
Value find_common(State& st, Args a, const char* name, const char* qualname, bool reverse, bool raise) {
    if (!tuple_args(st, a, name, qualname, 1, 3)) return Value::error();
    if (!want_str(st, a.v[1], "")) return Value::error();
    Str* s = self_str(a);
    Str* sub = as_str(a.v[1]);
    Span r;
    if (!get_range(st, s, opt(a, 2), opt(a, 3), r)) return Value::error();
    int64_t result = -1;
    if (r.end - r.start >= static_cast<int64_t>(sub->length)) {
        size_t p = reverse ? rfind_bytes(s->view(), sub->view(), r.b0, r.b1) : find_bytes(s->view(), sub->view(), r.b0, r.b1);
        if (p != std::string_view::npos)
            result = s->ascii ? static_cast<int64_t>(p)
                              : r.start + static_cast<int64_t>(utf8::length(std::string_view(s->data + r.b0, p - r.b0)));
    }
    if (result < 0 && raise) return value_error(st, "substring not found");
    return Value::from_int(result);
}

Value m_find(State& st, Args a) { return find_common(st, a, "find", "str.find", false, false); }
Value m_rfind(State& st, Args a) { return find_common(st, a, "rfind", "str.rfind", true, false); }
Value m_index(State& st, Args a) { return find_common(st, a, "index", "str.index", false, true); }
Value m_rindex(State& st, Args a) { return find_common(st, a, "rindex", "str.rindex", true, true); }

Value m_count(State& st, Args a) {
    if (!tuple_args(st, a, "count", "str.count", 1, 3)) return Value::error();
    if (!want_str(st, a.v[1], "")) return Value::error();
    Str* s = self_str(a);
    Str* sub = as_str(a.v[1]);
    Span r;
    if (!get_range(st, s, opt(a, 2), opt(a, 3), r)) return Value::error();
    if (r.end - r.start < static_cast<int64_t>(sub->length)) return Value::from_int(0);
    if (sub->nbytes == 0) return Value::from_int(r.end - r.start + 1);
    return Value::from_int(static_cast<int64_t>(count_bytes(s->view(), sub->view(), r.b0, r.b1, SIZE_MAX)));
}

// Does sub match s at the start (or end) of the code point range [start, end)?
bool tail_match(Str* s, Str* sub, const Span& r, bool at_end) {
    if (r.end - static_cast<int64_t>(sub->length) < r.start) return false;
    if (sub->nbytes == 0) return true;
    if (r.b1 - r.b0 < sub->nbytes) return false;
    size_t at = at_end ? r.b1 - sub->nbytes : r.b0;
    return std::memcmp(s->data + at, sub->data, sub->nbytes) == 0;
}

Value starts_ends(State& st, Args a, const char* name, const char* qualname, bool at_end) {
    if (!tuple_args(st, a, name, qualname, 1, 3)) return Value::error();
    Str* s = self_str(a);
    Span r;
    Value what = a.v[1];
    bool tuple = what.is_object() && isinstance(st, what, st.tuple_type);
    if (!tuple && !is_str(st, what))
        return type_error(st, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(st, what));
    if (!get_range(st, s, opt(a, 2), opt(a, 3), r)) return Value::error();
    if (!tuple) return Value::from_bool(tail_match(s, as_str(what), r, at_end));
    Tuple* t = as_tuple(what);
    for (size_t i = 0; i < t->size; ++i) {
        if (!is_str(st, t->items[i]))
            return type_error(st, std::string("tuple for ") + name + " must only contain str, not " +
                                      type_name(st, t->items[i]));
        if (tail_match(s, as_str(t->items[i]), r, at_end)) return Value::from_bool(true);
    }
    return Value::from_bool(false);
}

Value m_startswith(State& st, Args a) { return starts_ends(st, a, "startswith", "str.startswith", false); }
Value m_endswith(State& st, Args a) { return starts_ends(st, a, "endswith", "str.endswith", true); }

Value m_removeprefix(State& st, Args a) {
    if (!onearg(st, a, "str.removeprefix")) return Value::error();
    if (!want_str(st, a.v[1], "removeprefix() argument ")) return Value::error();
    Str* s = self_str(a);
    Str* p = as_str(a.v[1]);
    if (p->nbytes && s->view().substr(0, p->nbytes) == p->view()) return substr(st, s, p->nbytes, s->nbytes);
    return unchanged(st, s);
}

Value m_removesuffix(State& st, Args a) {
    if (!onearg(st, a, "str.removesuffix")) return Value::error();
    if (!want_str(st, a.v[1], "removesuffix() argument ")) return Value::error();
    Str* s = self_str(a);
    Str* p = as_str(a.v[1]);
    if (p->nbytes && p->nbytes <= s->nbytes &&
        std::memcmp(s->data + s->nbytes - p->nbytes, p->data, p->nbytes) == 0)
        return substr(st, s, 0, s->nbytes - p->nbytes);
    return unchanged(st, s);
}

// ---- replace --------------------------------------------------------------------------------

Value m_replace(State& st, Args a) {
    if (!clinic_args(st, a, "replace", "str.replace", 2, 3)) return Value::error();
    if (!want_str(st, a.v[1], "replace() argument 1 ") || !want_str(st, a.v[2], "replace() argument 2 "))
        return Value::error();
    int64_t count = -1;
    if (a.n > 3 && !ssize_arg(st, a.v[3], count)) return Value::error();
    Str* s = self_str(a);
    Str* old = as_str(a.v[1]);
    Str* rep = as_str(a.v[2]);
    size_t maxcount = count < 0 ? SIZE_MAX : static_cast<size_t>(count);
    if (maxcount == 0 || old->length > s->length) return unchanged(st, s);
    std::string out;
    size_t n;
    if (old->nbytes == 0) {
        // The replacement goes before every character and at the end, up to count times.
        n = std::min(maxcount, s->length + 1);
        if (rep->nbytes && n > kMaxStrBytes / rep->nbytes) return overflow_error(st, "replace string is too long");
        out.reserve(s->nbytes + n * rep->nbytes);
        size_t b = 0;
        for (size_t k = 0; k < n; ++k) {
            out.append(rep->view());
            if (b < s->nbytes) {
                size_t e = b + seq_len(static_cast<unsigned char>(s->data[b]));
                out.append(s->data + b, e - b);
                b = e;
            }
        }
        out.append(s->data + b, s->nbytes - b);
    } else {
        n = count_bytes(s->view(), old->view(), 0, s->nbytes, maxcount);
        if (n == 0) return unchanged(st, s);
        if (rep->nbytes > old->nbytes && n > kMaxStrBytes / (rep->nbytes - old->nbytes + 1))
            return overflow_error(st, "replace string is too long");
        out.reserve(s->nbytes + n * rep->nbytes - n * old->nbytes);
        size_t b = 0;
        for (size_t k = 0; k < n; ++k) {
            size_t p = find_bytes(s->view(), old->view(), b, s->nbytes);
            out.append(s->data + b, p - b);
            out.append(rep->view());
            b = p + old->nbytes;
        }
        out.append(s->data + b, s->nbytes - b);
    }
    int64_t len = -1;
    if (s->ascii && rep->ascii) len = static_cast<int64_t>(out.size());
    return val(make_str(st, out, len));
}

}  // namespace

// ---- split, partition, strip, join ----------------------------------------------------------

namespace {

inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }

// Is there a whitespace character at byte b? Sets `next` to the byte after it.
inline bool space_at(const Str* s, size_t b, size_t& next) {
    unsigned char c = static_cast<unsigned char>(s->data[b]);
    if (c < 0x80) {
        next = b + 1;
        return ascii_space(c);
    }
    next = b;
    return unicode::is_space(decode_fast(s->data, next));
}

// Is there a whitespace character ending at byte e (> 0)? Sets `prev` to its first byte.
inline bool space_before(const Str* s, size_t e, size_t& prev) {
    size_t b = e - 1;
    while (b > 0 && is_cont(static_cast<unsigned char>(s->data[b]))) --b;
    prev = b;
    size_t n;
    return space_at(s, b, n);
}

bool append_sub(State& st, List* l, Str* s, size_t b0, size_t b1) {
    Value v = substr(st, s, b0, b1);
    return !v.is_error() && list_append(st, l, v);
}

Value split_whitespace(State& st, Str* s, int64_t maxsplit) {
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    size_t n = s->nbytes, b = 0, next;
    while (b < n) {
        while (b < n && space_at(s, b, next)) b = next;
        if (b >= n) break;
        if (maxsplit-- == 0) {
            if (!append_sub(st, l, s, b, n)) return Value::error();
            break;
        }
        size_t start = b;
        while (b < n && !space_at(s, b, next)) b = next;
        if (!append_sub(st, l, s, start, b)) return Value::error();
    }
    return Value::from_object(l);
}

Value rsplit_whitespace(State& st, Str* s, int64_t maxsplit) {
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    size_t e = s->nbytes, prev;
    while (e > 0) {
        while (e > 0 && space_before(s, e, prev)) e = prev;
        if (e == 0) break;
        if (maxsplit-- == 0) {
            if (!append_sub(st, l, s, 0, e)) return Value::error();
            break;
        }
        size_t end = e;
        while (e > 0 && !space_before(s, e, prev)) e = prev;
        if (!append_sub(st, l, s, e, end)) return Value::error();
    }
    std::reverse(l->items, l->items + l->size);
    return Value::from_object(l);
}

Value split_sep(State& st, Str* s, Str* sep, int64_t maxsplit) {
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    size_t b = 0;
    while (maxsplit != 0) {
        size_t p = find_bytes(s->view(), sep->view(), b, s->nbytes);
        if (p == std::string_view::npos) break;
        if (!append_sub(st, l, s, b, p)) return Value::error();
        b = p + sep->nbytes;
        if (maxsplit > 0) --maxsplit;
    }
    if (!append_sub(st, l, s, b, s->nbytes)) return Value::error();
    return Value::from_object(l);
}

Value rsplit_sep(State& st, Str* s, Str* sep, int64_t maxsplit) {
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    size_t e = s->nbytes;
    while (maxsplit != 0) {
        size_t p = rfind_bytes(s->view(), sep->view(), 0, e);
        if (p == std::string_view::npos) break;
        if (!append_sub(st, l, s, p + sep->nbytes, e)) return Value::error();
        e = p;
        if (maxsplit > 0) --maxsplit;
    }
    if (!append_sub(st, l, s, 0, e)) return Value::error();
    std::reverse(l->items, l->items + l->size);
    return Value::from_object(l);
}

Value split_common(State& st, Args a, const char* name, bool reverse) {
    Value args[2];
    if (!method_kw(st, a, name, {"sep", "maxsplit"}, 0, args)) return Value::error();
    int64_t maxsplit = -1;
    if (!args[1].is_missing() && !ssize_arg(st, args[1], maxsplit)) return Value::error();
    Str* s = self_str(a);
    Value sep = args[0];
    if (sep.is_missing() || sep.is_none())
        return reverse ? rsplit_whitespace(st, s, maxsplit) : split_whitespace(st, s, maxsplit);
    if (!is_str(st, sep)) return type_error(st, "must be str or None, not " + type_name(st, sep));
    if (as_str(sep)->nbytes == 0) return value_error(st, "empty separator");
    return reverse ? rsplit_sep(st, s, as_str(sep), maxsplit) : split_sep(st, s, as_str(sep), maxsplit);
}

Value m_split(State& st, Args a) { return split_common(st, a, "split", false); }
Value m_rsplit(State& st, Args a) { return split_common(st, a, "rsplit", true); }

Value m_splitlines(State& st, Args a) {
    Value args[1];
    if (!method_kw(st, a, "splitlines", {"keepends"}, 0, args)) return Value::error();
    int keepends = 0;
    if (!args[0].is_missing() && !int_arg(st, args[0], keepends)) return Value::error();
    Str* s = self_str(a);
    List* l = make_list(st, 0);
    if (!l) return Value::error();
    size_t n = s->nbytes, b = 0;
    while (b < n) {
        size_t start = b, eol = n, next = n;
        while (b < n) {
            unsigned char c = static_cast<unsigned char>(s->data[b]);
            size_t after = b;
            uint32_t cp = c < 0x80 ? (after = b + 1, c) : decode_fast(s->data, after);
            if (cp == '\r' && after < n && s->data[after] == '\n') {
                eol = b;
                next = after + 1;
                break;
            }
            if (cp < 0x80 ? (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || (cp >= 0x1C && cp <= 0x1E))
                          : unicode::is_linebreak(cp)) {
                eol = b;
                next = after;
                break;
            }
            b = after;
        }
        if (!append_sub(st, l, s, start, keepends ? next : eol)) return Value::error();
        b = next;
    }
    return Value::from_object(l);
}

Value partition_common(State& st, Args a, const char* qualname, bool reverse) {
    if (!onearg(st, a, qualname)) return Value::error();
    if (!want_str(st, a.v[1], "")) return Value::error();
    Str* s = self_str(a);
    Str* sep = as_str(a.v[1]);
    if (sep->nbytes == 0) return value_error(st, "empty separator");
    size_t p = reverse ? rfind_bytes(s->view(), sep->view(), 0, s->nbytes) : find_bytes(s->view(), sep->view(), 0, s->nbytes);
    Value parts[3];
    Value empty = val(empty_str(st));
    if (empty.is_error()) return empty;
    if (p == std::string_view::npos) {
        Value whole = unchanged(st, s);
        if (whole.is_error()) return whole;
        parts[0] = reverse ? empty : whole;
        parts[1] = empty;
        parts[2] = reverse ? whole : empty;
    } else {
        parts[0] = substr(st, s, 0, p);
        if (parts[0].is_error()) return parts[0];
        parts[1] = unchanged(st, sep);
        if (parts[1].is_error()) return parts[1];
        parts[2] = substr(st, s, p + sep->nbytes, s->nbytes);
        if (parts[2].is_error()) return parts[2];
    }
    Tuple* t = make_tuple(st, parts, 3);
    return t ? Value::from_object(t) : Value::error();
}

Value m_partition(State& st, Args a) { return partition_common(st, a, "str.partition", false); }
Value m_rpartition(State& st, Args a) { return partition_common(st, a, "str.rpartition", true); }

// strip, lstrip, rstrip. which: 1 left, 2 right, 3 both.
Value strip_common(State& st, Args a, const char* name, const char* qualname, int which) {
    if (!clinic_args(st, a, name, qualname, 0, 1)) return Value::error();
    Str* s = self_str(a);
    Value chars = opt(a, 1);
    size_t b = 0, e = s->nbytes;
    if (chars.is_missing() || chars.is_none()) {
        size_t next;
        if (which & 1)
            while (b < e && space_at(s, b, next)) b = next;
        if (which & 2)
            while (e > b && space_before(s, e, next)) e = next;
    } else {
        if (!is_str(st, chars)) return type_error(st, "strip arg must be None or str");
        Str* cs = as_str(chars);
        bool table[128] = {};
        std::vector<uint32_t> wide;
        for (size_t i = 0; i < cs->nbytes;) {
            uint32_t cp = decode_fast(cs->data, i);
            if (cp < 128) table[cp] = true;
            else wide.push_back(cp);
        }
        auto in_set = [&](size_t at, size_t& after) {
            unsigned char c = static_cast<unsigned char>(s->data[at]);
            after = at;
            if (c < 0x80) {
                ++after;
                return table[c];
            }
            uint32_t cp = decode_fast(s->data, after);
            return std::find(wide.begin(), wide.end(), cp) != wide.end();
        };
        size_t next;
        if (which & 1)
            while (b < e && in_set(b, next)) b = next;
        if (which & 2)
            while (e > b) {
                size_t p = e - 1;
                while (p > b && is_cont(static_cast<unsigned char>(s->data[p]))) --p;
                if (!in_set(p, next)) break;
                e = p;
            }
    }
    return substr(st, s, b, e);
}

Value m_strip(State& st, Args a) { return strip_common(st, a, "strip", "str.strip", 3); }
Value m_lstrip(State& st, Args a) { return strip_common(st, a, "lstrip", "str.lstrip", 1); }
Value m_rstrip(State& st, Args a) { return strip_common(st, a, "rstrip", "str.rstrip", 2); }

Value join_items(State& st, Str* sep, const Value* items, size_t n) {
    if (n == 0) return val(empty_str(st));
    if (n == 1 && is_exact_str(st, items[0])) return items[0];
    size_t bytes = 0, length = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!is_str(st, items[i]))
            return type_error(st, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                      type_name(st, items[i]) + " found");
        Str* it = as_str(items[i]);
        bytes += it->nbytes;
        length += it->length;
        if (bytes > kMaxStrBytes) return overflow_error(st, "join() result is too long for a Python string");
    }
    if (sep->nbytes && n - 1 > (kMaxStrBytes - bytes) / sep->nbytes)
        return overflow_error(st, "join() result is too long for a Python string");
    bytes += (n - 1) * sep->nbytes;
    length += (n - 1) * sep->length;
    Str* r = alloc_str(st, st.str_type, bytes);
    if (!r) return Value::error();
    char* p = r->data;
    for (size_t i = 0; i < n; ++i) {
        if (i && sep->nbytes) {
            std::memcpy(p, sep->data, sep->nbytes);
            p += sep->nbytes;
        }
        Str* it = as_str(items[i]);
        std::memcpy(p, it->data, it->nbytes);
        p += it->nbytes;
    }
    return Value::from_object(finish(r, length));
}

}  // namespace

Value str_join(State& st, Str* sep, Value iterable) {
    if (iterable.is_object() && (isinstance(st, iterable, st.list_type))) {
        List* l = as_list(iterable);
        return join_items(st, sep, l->items, l->size);
    }
    if (iterable.is_object() && isinstance(st, iterable, st.tuple_type)) {
        Tuple* t = as_tuple(iterable);
        return join_items(st, sep, t->items, t->size);
    }
    Value it = get_iter(st, iterable);
    if (it.is_error()) {
        if (raised_matches(st, st.exc.TypeError)) {
            take_raised(st);
            return type_error(st, "can only join an iterable");
        }
        return it;
    }
    Root keep_it(st.heap, it);
    List* l = list_from_iterable(st, it);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    return join_items(st, sep, l->items, l->size);
}

namespace {

Value m_join(State& st, Args a) {
    if (!onearg(st, a, "str.join")) return Value::error();
    return str_join(st, self_str(a), a.v[1]);
}

}  // namespace

// ---- Case mapping and predicates -----------------------------------------------------------

namespace {

Value ascii_case(State& st, Str* s, bool upper) {
    Str* r = alloc_str(st, st.str_type, s->nbytes);
    if (!r) return Value::error();
    for (size_t i = 0; i < s->nbytes; ++i) {
        char c = s->data[i];
        if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        r->data[i] = c;
    }
    return Value::from_object(finish(r, s->nbytes));
}

Value m_upper(State& st, Args a) {
    if (!noargs(st, a, "str.upper")) return Value::error();
    Str* s = self_str(a);
    if (s->ascii) return ascii_case(st, s, true);
    return text_result(st, unicode::upper(s->view()));
}

Value m_lower(State& st, Args a) {
    if (!noargs(st, a, "str.lower")) return Value::error();
    Str* s = self_str(a);
    if (s->ascii) return ascii_case(st, s, false);
    return text_result(st, unicode::lower(s->view()));
}

#define KRAIT_CASE_METHOD(fn, py)                                             \
    Value m_##fn(State& st, Args a) {                                         \
        if (!noargs(st, a, "str." py)) return Value::error();                 \
        return text_result(st, unicode::fn(self_str(a)->view()));             \
    }
KRAIT_CASE_METHOD(capitalize, "capitalize")
KRAIT_CASE_METHOD(casefold, "casefold")
KRAIT_CASE_METHOD(swapcase, "swapcase")
KRAIT_CASE_METHOD(title, "title")
#undef KRAIT_CASE_METHOD

#define KRAIT_PREDICATE(fn, py)                                               \
    Value m_##fn(State& st, Args a) {                                         \
        if (!noargs(st, a, "str." py)) return Value::error();                 \
        return Value::from_bool(unicode::fn(self_str(a)->view()));            \
    }
KRAIT_PREDICATE(isalpha, "isalpha")
KRAIT_PREDICATE(isalnum, "isalnum")
KRAIT_PREDICATE(isdecimal, "isdecimal")
KRAIT_PREDICATE(isdigit, "isdigit")
KRAIT_PREDICATE(isnumeric, "isnumeric")
KRAIT_PREDICATE(isspace, "isspace")
KRAIT_PREDICATE(islower, "islower")
KRAIT_PREDICATE(isupper, "isupper")
KRAIT_PREDICATE(istitle, "istitle")
#undef KRAIT_PREDICATE

Value m_isascii(State& st, Args a) {
    if (!noargs(st, a, "str.isascii")) return Value::error();
    return Value::from_bool(self_str(a)->ascii);
}

}  // namespace

bool str_isidentifier(const Str* s) {
    if (s->nbytes == 0) return false;
    size_t i = 0;
    uint32_t first = decode_fast(s->data, i);
    if (first != '_' && !unicode::is_xid_start(first)) return false;
    while (i < s->nbytes)
        if (!unicode::is_xid_continue(decode_fast(s->data, i))) return false;
    return true;
}

namespace {

Value m_isidentifier(State& st, Args a) {
    if (!noargs(st, a, "str.isidentifier")) return Value::error();
    return Value::from_bool(str_isidentifier(self_str(a)));
}

Value m_isprintable(State& st, Args a) {
    if (!noargs(st, a, "str.isprintable")) return Value::error();
    Str* s = self_str(a);
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp = decode_fast(s->data, i);
        if (cp < 0x80 ? (cp < 0x20 || cp == 0x7F) : !unicode::is_printable(cp)) return Value::from_bool(false);
    }
    return Value::from_bool(true);
}

// ---- Padding --------------------------------------------------------------------------------

Value pad(State& st, Str* s, int64_t left, int64_t right, Str* fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return unchanged(st, s);
    size_t n = static_cast<size_t>(left + right);
    if (n > kMaxStrBytes / fill->nbytes) return raise_no_memory(st);
    Str* r = alloc_str(st, st.str_type, s->nbytes + n * fill->nbytes);
    if (!r) return Value::error();
    char* p = r->data;
    auto put_fill = [&](int64_t k) {
        if (fill->nbytes == 1) {
            std::memset(p, fill->data[0], static_cast<size_t>(k));
            p += k;
        } else {
            for (int64_t i = 0; i < k; ++i, p += fill->nbytes) std::memcpy(p, fill->data, fill->nbytes);
        }
    };
    put_fill(left);
    std::memcpy(p, s->data, s->nbytes);
    p += s->nbytes;
    put_fill(right);
    return Value::from_object(finish(r, s->length + n));
}

// center/ljust/rjust's arguments: width and the optional fill character.
bool pad_args(State& st, Args a, const char* name, const char* qualname, int64_t& width, Str*& fill) {
    if (!clinic_args(st, a, name, qualname, 1, 2)) return false;
    if (!ssize_arg(st, a.v[1], width)) return false;
    fill = small_char(st, ' ');
    if (!fill) return false;
    if (a.n > 2) {
        Value f = a.v[2];
        if (!is_str(st, f)) {
            type_error(st, "The fill character must be a unicode character, not " + type_name(st, f));
            return false;
        }
        if (as_str(f)->length != 1) {
            type_error(st, "The fill character must be exactly one character long");
            return false;
        }
        fill = as_str(f);
    }
    return true;
}

Value m_center(State& st, Args a) {
    int64_t width;
    Str* fill;
    if (!pad_args(st, a, "center", "str.center", width, fill)) return Value::error();
    Str* s = self_str(a);
    int64_t len = static_cast<int64_t>(s->length);
    if (width <= len) return unchanged(st, s);
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(st, s, left, marg - left, fill);
}

Value m_ljust(State& st, Args a) {
    int64_t width;
    Str* fill;
    if (!pad_args(st, a, "ljust", "str.ljust", width, fill)) return Value::error();
    Str* s = self_str(a);
    return pad(st, s, 0, width - static_cast<int64_t>(s->length), fill);
}

Value m_rjust(State& st, Args a) {
    int64_t width;
    Str* fill;
    if (!pad_args(st, a, "rjust", "str.rjust", width, fill)) return Value::error();
    Str* s = self_str(a);
    return pad(st, s, width - static_cast<int64_t>(s->length), 0, fill);
}

Value m_zfill(State& st, Args a) {
    if (!onearg(st, a, "str.zfill")) return Value::error();
    int64_t width;
    if (!ssize_arg(st, a.v[1], width)) return Value::error();
    Str* s = self_str(a);
    int64_t len = static_cast<int64_t>(s->length);
    if (width <= len) return unchanged(st, s);
    Str* zero = small_char(st, '0');
    if (!zero) return Value::error();
    Value r = pad(st, s, width - len, 0, zero);
    if (r.is_error()) return r;
    Str* out = as_str(r);
    size_t fill = static_cast<size_t>(width - len);
    // A sign moves in front of the zeros.
    if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
        out->data[0] = s->data[0];
        out->data[fill] = '0';
    }
    return r;
}

Value m_expandtabs(State& st, Args a) {
    Value args[1];
    if (!method_kw(st, a, "expandtabs", {"tabsize"}, 0, args)) return Value::error();
    int tabsize = 8;
    if (!args[0].is_missing() && !int_arg(st, args[0], tabsize)) return Value::error();
    Str* s = self_str(a);
    if (!std::memchr(s->data, '\t', s->nbytes)) return unchanged(st, s);
    std::string out;
    out.reserve(s->nbytes + 16);
    int64_t col = 0;
    int64_t length = 0;
    for (size_t i = 0; i < s->nbytes;) {
        unsigned char c = static_cast<unsigned char>(s->data[i]);
        if (c == '\t') {
            ++i;
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                if (static_cast<uint64_t>(out.size()) + static_cast<uint64_t>(n) > kMaxStrBytes)
                    return overflow_error(st, "result too long");
                out.append(static_cast<size_t>(n), ' ');
                col += n;
                length += n;
            }
            continue;
        }
        size_t k = seq_len(c);
        out.append(s->data + i, k);
        i += k;
        ++length;
        ++col;
        if (c == '\n' || c == '\r') col = 0;
    }
    return val(make_str(st, out, length));
}

// ---- translate and maketrans ----------------------------------------------------------------

// What a translation table says about one character.
struct Mapping {
    enum Kind : uint8_t { Unknown, Keep, Delete, Text } kind = Unknown;
    std::string text;
};

bool lookup_mapping(State& st, Value table, uint32_t cp, Mapping& m) {
    Value r = getitem(st, table, Value::from_int(cp));
    if (r.is_error()) {
        if (!raised_matches(st, st.exc.LookupError)) return false;
        take_raised(st);
        m.kind = Mapping::Keep;
        return true;
    }
    if (r.is_none()) {
        m.kind = Mapping::Delete;
        return true;
    }
    if (is_str(st, r)) {
        m.kind = Mapping::Text;
        m.text.assign(as_str(r)->view());
        return true;
    }
    if (is_int(st, r) || r.is_bool()) {
        int64_t v;
        if (r.is_bool()) v = r.is_true();
        else if (!int_to_int64(st, r, v)) v = -1;
        if (v < 0 || v > 0x10FFFF) {
            value_error(st, "character mapping must be in range(0x110000)");
            return false;
        }
        m.kind = Mapping::Text;
        m.text.clear();
        utf8::encode(m.text, static_cast<uint32_t>(v));
        return true;
    }
    type_error(st, "character mapping must return integer, None or str");
    return false;
}

Value m_translate(State& st, Args a) {
    if (!onearg(st, a, "str.translate")) return Value::error();
    Str* s = self_str(a);
    Value table = a.v[1];
    Mapping ascii_cache[128];
    Mapping m;
    std::string out;
    out.reserve(s->nbytes);
    for (size_t i = 0; i < s->nbytes;) {
        size_t start = i;
        uint32_t cp = decode_fast(s->data, i);
        Mapping* mp = cp < 128 ? &ascii_cache[cp] : &m;
        if (cp >= 128 || mp->kind == Mapping::Unknown)
            if (!lookup_mapping(st, table, cp, *mp)) return Value::error();
        if (mp->kind == Mapping::Keep) out.append(s->data + start, i - start);
        else if (mp->kind == Mapping::Text) out.append(mp->text);
    }
    return text_result(st, out);
}

Value m_maketrans(State& st, Args a) {
    if (a.kwnames && a.nkw()) return type_error(st, "str.maketrans() takes no keyword arguments");
    if (a.n < 1) return type_error(st, "maketrans expected at least 1 argument, got 0");
    if (a.n > 3) return type_error(st, "maketrans expected at most 3 arguments, got " + std::to_string(a.n));
    Dict* d = make_dict(st);
    if (!d) return Value::error();
    Root keep(st.heap, Value::from_object(d));
    Value x = a.v[0];
    if (a.n == 1) {
        if (!isinstance(st, x, st.dict_type))
            return type_error(st, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next(as_dict(x), pos, k, v)) {
            Value key = k;
            if (is_str(st, k)) {
                Str* ks = as_str(k);
                if (ks->length != 1) return value_error(st, "string keys in translate table must be of length 1");
                size_t i = 0;
                key = Value::from_int(decode_fast(ks->data, i));
            } else if (!is_int(st, k) && !k.is_bool()) {
                return type_error(st, "keys in translate table must be strings or integers");
            }
            if (!dict_set(st, d, key, v)) return Value::error();
        }
        return Value::from_object(d);
    }
    if (!is_str(st, a.v[1])) return type_error(st, "maketrans() argument 2 must be str, not " + type_name(st, a.v[1]));
    if (a.n > 2 && !is_str(st, a.v[2]))
        return type_error(st, "maketrans() argument 3 must be str, not " + type_name(st, a.v[2]));
    if (!is_str(st, x)) return type_error(st, "first maketrans argument must be a string if there is a second argument");
    Str* from = as_str(x);
    Str* to = as_str(a.v[1]);
    if (from->length != to->length) return value_error(st, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < from->nbytes;) {
        uint32_t f = decode_fast(from->data, i);
        uint32_t t = decode_fast(to->data, j);
        if (!dict_set(st, d, Value::from_int(f), Value::from_int(t))) return Value::error();
    }
    if (a.n > 2) {
        Str* del = as_str(a.v[2]);
        for (size_t i = 0; i < del->nbytes;)
            if (!dict_set(st, d, Value::from_int(decode_fast(del->data, i)), Value::none())) return Value::error();
    }
    return Value::from_object(d);
}

}  // namespace

// ---- Codecs: str.encode, str(bytes, encoding, errors), bytes.decode ------------------------
// The text codecs CPython always has (UTF-8/16/32, ASCII, Latin-1) and the single-byte
// tables of support/codecs, with the standard error handlers. Error positions and reasons
// are CPython's, so that UnicodeError messages match.

namespace {

enum class CodecKind : uint8_t { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Charmap };

struct Codec {
    CodecKind kind;
    std::string table;   // the single-byte codec's name (Charmap)
};

// CPython's encodings.normalize_encoding plus lower-casing: runs of characters other than
// letters, digits and '.' become one '_'.
std::string normalize_encoding(std::string_view name) {
    std::string n;
    bool pending = false;
    for (char ch : name) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '.' || c >= 0x80) {
            if (pending && !n.empty()) n += '_';
            pending = false;
            n += static_cast<char>(std::tolower(c));
        } else {
            pending = true;
        }
    }
    return n;
}

bool find_codec(State& st, std::string_view encoding, Codec& out) {
    std::string n = normalize_encoding(encoding);
    auto is = [&](std::initializer_list<const char*> names) {
        for (const char* x : names)
            if (n == x) return true;
        return false;
    };
    if (is({"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})) out.kind = CodecKind::Utf8;
    else if (is({"utf_8_sig", "utf8_sig"})) out.kind = CodecKind::Utf8Sig;
    else if (is({"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367",
                 "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"}))
        out.kind = CodecKind::Ascii;
    else if (is({"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
                 "iso_8859_1_1987", "ibm819", "csisolatin1"}))
        out.kind = CodecKind::Latin1;
    else if (is({"utf_16", "utf16", "u16"})) out.kind = CodecKind::Utf16;
    else if (is({"utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked"})) out.kind = CodecKind::Utf16LE;
    else if (is({"utf_16_be", "utf_16be", "utf16be", "unicodebigunmarked"})) out.kind = CodecKind::Utf16BE;
    else if (is({"utf_32", "utf32", "u32"})) out.kind = CodecKind::Utf32;
    else if (is({"utf_32_le", "utf_32le", "utf32le"})) out.kind = CodecKind::Utf32LE;
    else if (is({"utf_32_be", "utf_32be", "utf32be"})) out.kind = CodecKind::Utf32BE;
    else if (is({"base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec", "quopri",
                 "quotedprintable", "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu", "uu_codec", "zip",
                 "zlib", "zlib_codec"})) {
        raise(st, st.exc.LookupError,
              "'" + std::string(encoding) + "' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
        return false;
    } else {
        std::string table = codecs::normalize(n);
        std::string probe;
        long bad;
        if (table == "latin_1" || !codecs::decode_single_byte(table, "", probe, &bad)) {
            raise(st, st.exc.LookupError, "unknown encoding: " + std::string(encoding));
            return false;
        }
        out.kind = CodecKind::Charmap;
        out.table = table;
    }
    return true;
}

// The byte -> code point table of a single-byte codec (-1: undefined).
void charmap_table(const std::string& name, int32_t table[256]) {
    for (int b = 0; b < 256; ++b) {
        char byte = static_cast<char>(b);
        std::string out;
        long bad;
        codecs::decode_single_byte(name, std::string_view(&byte, 1), out, &bad);
        size_t i = 0;
        table[b] = bad >= 0 || out.empty() ? -1 : utf8::decode_lenient(out, i);
    }
}

enum class Handler : uint8_t { Strict, Ignore, Replace, XmlCharRef, Backslash, NameReplace, SurrogateEscape, SurrogatePass };

bool find_handler(State& st, std::string_view name, Handler& h) {
    if (name == "strict") h = Handler::Strict;
    else if (name == "ignore") h = Handler::Ignore;
    else if (name == "replace") h = Handler::Replace;
    else if (name == "xmlcharrefreplace") h = Handler::XmlCharRef;
    else if (name == "backslashreplace") h = Handler::Backslash;
    else if (name == "namereplace") h = Handler::NameReplace;
    else if (name == "surrogateescape") h = Handler::SurrogateEscape;
    else if (name == "surrogatepass") h = Handler::SurrogatePass;
    else {
        raise(st, st.exc.LookupError, "unknown error handler name '" + std::string(name) + "'");
        return false;
    }
    return true;
}

Value raise_unicode_error(State& st, Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                          const char* reason) {
    Root obj(st.heap, object);
    Value enc = str_value(st, encoding);
    if (enc.is_error()) return enc;
    Root r1(st.heap, enc);
    Value why = str_value(st, reason);
    if (why.is_error()) return why;
    Root r2(st.heap, why);
    Value exc = call(st, Value::from_object(type), {enc, object, Value::from_int(start), Value::from_int(end), why});
    if (exc.is_error()) return exc;
    return raise(st, exc);
}

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

void append_backslash(std::string& out, uint32_t cp) {
    static const char* hex = "0123456789abcdef";
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    out += '\\';
    out += cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
    for (int k = digits - 1; k >= 0; --k) out += hex[(cp >> (4 * k)) & 0xF];
}

void put16(std::string& out, uint32_t u, bool be) {
    if (be) {
        out += static_cast<char>(u >> 8);
        out += static_cast<char>(u & 0xFF);
    } else {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>(u >> 8);
    }
}

void put32(std::string& out, uint32_t u, bool be) {
    for (int k = 0; k < 4; ++k) out += static_cast<char>(u >> (8 * (be ? 3 - k : k)));
}

}  // namespace

Value str_encode(State& st, Str* s, std::string_view encoding, std::string_view errors) {
    Codec codec;
    if (!find_codec(st, encoding, codec)) return Value::error();
    CodecKind k = codec.kind;
    // Plain ASCII text is its own encoding in the ASCII-compatible codecs (every single-byte
    // table support/codecs carries extends ASCII).
    bool ascii_compatible = k == CodecKind::Utf8 || k == CodecKind::Ascii || k == CodecKind::Latin1 ||
                            k == CodecKind::Charmap;
    if (s->ascii && ascii_compatible) {
        Bytes* b = make_bytes(st, s->view());
        return b ? Value::from_object(b) : Value::error();
    }
    const char* name = "utf-8";
    const char* reason = "surrogates not allowed";
    bool be = k == CodecKind::Utf16BE || k == CodecKind::Utf32BE;
    int32_t table[256];
    std::vector<std::pair<uint32_t, uint8_t>> reverse;
    std::string out;
    switch (k) {
        case CodecKind::Utf8: break;
        case CodecKind::Utf8Sig: out = "\xEF\xBB\xBF"; break;
        case CodecKind::Ascii: name = "ascii"; reason = "ordinal not in range(128)"; break;
        case CodecKind::Latin1: name = "latin-1"; reason = "ordinal not in range(256)"; break;
        case CodecKind::Utf16: name = "utf-16"; put16(out, 0xFEFF, false); break;
        case CodecKind::Utf16LE: name = "utf-16-le"; break;
        case CodecKind::Utf16BE: name = "utf-16-be"; break;
        case CodecKind::Utf32: name = "utf-32"; put32(out, 0xFEFF, false); break;
        case CodecKind::Utf32LE: name = "utf-32-le"; break;
        case CodecKind::Utf32BE: name = "utf-32-be"; break;
        case CodecKind::Charmap:
            name = "charmap";
            reason = "character maps to <undefined>";
            charmap_table(codec.table, table);
            for (int b = 0; b < 256; ++b)
                if (table[b] >= 0) reverse.emplace_back(static_cast<uint32_t>(table[b]), static_cast<uint8_t>(b));
            std::sort(reverse.begin(), reverse.end());
            break;
    }
    auto charmap_find = [&](uint32_t cp) -> int {
        auto it = std::lower_bound(reverse.begin(), reverse.end(), std::make_pair(cp, uint8_t{0}));
        return it != reverse.end() && it->first == cp ? it->second : -1;
    };
    auto can = [&](uint32_t cp) {
        switch (k) {
            case CodecKind::Ascii: return cp < 0x80;
            case CodecKind::Latin1: return cp < 0x100;
            case CodecKind::Charmap: return charmap_find(cp) >= 0;
            default: return !is_surrogate(cp);
        }
    };
    // Appends an encodable code point (or a surrogate, for surrogatepass).
    auto emit = [&](uint32_t cp) {
        switch (k) {
            case CodecKind::Utf8:
            case CodecKind::Utf8Sig: utf8::encode(out, cp); break;
            case CodecKind::Ascii:
            case CodecKind::Latin1: out += static_cast<char>(cp); break;
            case CodecKind::Charmap: out += static_cast<char>(charmap_find(cp)); break;
            case CodecKind::Utf16:
            case CodecKind::Utf16LE:
            case CodecKind::Utf16BE:
                if (cp >= 0x10000) {
                    put16(out, 0xD800 + ((cp - 0x10000) >> 10), be);
                    put16(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), be);
                } else {
                    put16(out, cp, be);
                }
                break;
            default: put32(out, cp, be); break;
        }
    };
    auto emit_ascii = [&](const std::string& text) {
        for (unsigned char c : text) emit(c);
    };
    bool have_handler = false;
    Handler h = Handler::Strict;
    std::u32string cps = code_points(s);
    out.reserve(out.size() + s->nbytes);
    for (size_t i = 0; i < cps.size();) {
        uint32_t cp = cps[i];
        if (can(cp)) {
            emit(cp);
            ++i;
            continue;
        }
        // CPython's UTF-16 and UTF-32 encoders report one character at a time, the others
        // the whole run of unencodable characters.
        size_t end = i + 1;
        bool per_char = k != CodecKind::Utf8 && k != CodecKind::Utf8Sig && k != CodecKind::Ascii &&
                        k != CodecKind::Latin1 && k != CodecKind::Charmap;
        while (!per_char && end < cps.size() && !can(cps[end])) ++end;
        if (!have_handler) {
            if (!find_handler(st, errors, h)) return Value::error();
            have_handler = true;
        }
        auto fail = [&]() {
            return raise_unicode_error(st, st.exc.UnicodeEncodeError, name, Value::from_object(s),
                                       static_cast<int64_t>(i), static_cast<int64_t>(end), reason);
        };
        switch (h) {
            case Handler::Strict: return fail();
            case Handler::Ignore: break;
            case Handler::Replace:
                for (size_t j = i; j < end; ++j) emit('?');
                break;
            case Handler::XmlCharRef:
                for (size_t j = i; j < end; ++j) emit_ascii("&#" + std::to_string(cps[j]) + ";");
                break;
            case Handler::Backslash:
                for (size_t j = i; j < end; ++j) {
                    std::string esc;
                    append_backslash(esc, cps[j]);
                    emit_ascii(esc);
                }
                break;
            case Handler::NameReplace:
                return raise(st, st.exc.LookupError, "unknown error handler name 'namereplace'");
            case Handler::SurrogateEscape:
                for (size_t j = i; j < end; ++j)
                    if (cps[j] < 0xDC80 || cps[j] > 0xDCFF) return fail();
                for (size_t j = i; j < end; ++j) out += static_cast<char>(cps[j] - 0xDC00);
                break;
            case Handler::SurrogatePass: {
                bool unicode_codec = k != CodecKind::Ascii && k != CodecKind::Latin1 && k != CodecKind::Charmap;
                for (size_t j = i; j < end; ++j)
                    if (!unicode_codec || !is_surrogate(cps[j])) return fail();
                for (size_t j = i; j < end; ++j) {
                    if (k == CodecKind::Utf8 || k == CodecKind::Utf8Sig) utf8::encode(out, cps[j]);
                    else emit(cps[j]);
                }
                break;
            }
        }
        i = end;
    }
    Bytes* b = make_bytes(st, out);
    return b ? Value::from_object(b) : Value::error();
}

namespace {

// Why the UTF-8 sequence at d[i] is invalid, and where the invalid part ends (CPython's
// rule: the maximal prefix of a valid sequence is one error).
void utf8_error(std::string_view d, size_t i, size_t& end, const char*& reason) {
    unsigned char c = static_cast<unsigned char>(d[i]);
    if (c < 0xC2 || c > 0xF4) {
        end = i + 1;
        reason = "invalid start byte";
        return;
    }
    int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    for (int k = 1; k <= need; ++k) {
        if (i + k >= d.size()) {
            end = d.size();
            reason = "unexpected end of data";
            return;
        }
        unsigned char b = static_cast<unsigned char>(d[i + k]);
        bool ok = k == 1 ? (b >= lo && b <= hi) : is_cont(b);
        if (!ok) {
            end = i + k;
            reason = "invalid continuation byte";
            return;
        }
    }
    end = i + 1;
    reason = "invalid start byte";
}

uint32_t get16(const char* p, bool be) {
    auto b = [&](int k) { return static_cast<uint32_t>(static_cast<unsigned char>(p[k])); };
    return be ? (b(0) << 8) | b(1) : b(0) | (b(1) << 8);
}

uint32_t get32(const char* p, bool be) {
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[k])) << (8 * (be ? 3 - k : k));
    return v;
}

}  // namespace

Value str_decode(State& st, std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec;
    if (!find_codec(st, encoding, codec)) return Value::error();
    CodecKind k = codec.kind;
    if (k == CodecKind::Utf8Sig) {
        if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
        k = CodecKind::Utf8;
    }
    bool all_ascii = true;
    for (unsigned char c : data)
        if (c >= 0x80) {
            all_ascii = false;
            break;
        }
    if (all_ascii && (k == CodecKind::Utf8 || k == CodecKind::Ascii || k == CodecKind::Latin1))
        return val(make_str(st, data, static_cast<int64_t>(data.size())));

    const char* name = "utf-8";
    bool be = false;
    size_t i = 0;
    int32_t table[256];
    switch (k) {
        case CodecKind::Ascii: name = "ascii"; break;
        case CodecKind::Latin1: name = "latin-1"; break;
        case CodecKind::Charmap: name = "charmap"; charmap_table(codec.table, table); break;
        case CodecKind::Utf16:
            if (data.size() >= 2 && get16(data.data(), false) == 0xFEFF) i = 2;
            else if (data.size() >= 2 && get16(data.data(), true) == 0xFEFF) i = 2, be = true;
            name = be ? "utf-16-be" : "utf-16-le";
            break;
        case CodecKind::Utf16LE: name = "utf-16-le"; break;
        case CodecKind::Utf16BE: name = "utf-16-be"; be = true; break;
        case CodecKind::Utf32:
            if (data.size() >= 4 && get32(data.data(), false) == 0xFEFF) i = 4;
            else if (data.size() >= 4 && get32(data.data(), true) == 0xFEFF) i = 4, be = true;
            name = be ? "utf-32-be" : "utf-32-le";
            break;
        case CodecKind::Utf32LE: name = "utf-32-le"; break;
        case CodecKind::Utf32BE: name = "utf-32-be"; be = true; break;
        default: break;
    }
    bool have_handler = false;
    Handler h = Handler::Strict;
    Value object = Value::error();   // the bytes object, made on the first error
    std::string out;
    out.reserve(data.size());
    const size_t n = data.size();
    while (i < n) {
        size_t end = i;
        const char* reason = nullptr;
        uint32_t cp = 0;
        bool surrogate_unit = false;   // an error surrogatepass may accept
        unsigned char c = static_cast<unsigned char>(data[i]);
        switch (k) {
            case CodecKind::Utf8: {
                if (c < 0x80) {
                    // Copy the whole ASCII run at once.
                    size_t j = i + 1;
                    while (j < n && static_cast<unsigned char>(data[j]) < 0x80) ++j;
                    out.append(data.data() + i, j - i);
                    i = j;
                    continue;
                }
                size_t j = i;
                int32_t v = utf8::decode(data, j);
                if (v >= 0) {
                    out.append(data.data() + i, j - i);
                    i = j;
                    continue;
                }
                utf8_error(data, i, end, reason);
                surrogate_unit = c == 0xED && i + 2 < n && static_cast<unsigned char>(data[i + 1]) >= 0xA0 &&
                                 static_cast<unsigned char>(data[i + 1]) <= 0xBF && is_cont(static_cast<unsigned char>(data[i + 2]));
                break;
            }
            case CodecKind::Ascii:
                if (c < 0x80) {
                    out += static_cast<char>(c);
                    ++i;
                    continue;
                }
                end = i + 1;
                reason = "ordinal not in range(128)";
                break;
            case CodecKind::Latin1:
                utf8::encode(out, c);
                ++i;
                continue;
            case CodecKind::Charmap:
                if (table[c] >= 0) {
                    utf8::encode(out, static_cast<uint32_t>(table[c]));
                    ++i;
                    continue;
                }
                end = i + 1;
                reason = "character maps to <undefined>";
                break;
            case CodecKind::Utf16:
            case CodecKind::Utf16LE:
            case CodecKind::Utf16BE: {
                if (n - i < 2) {
                    end = n;
                    reason = "truncated data";
                    break;
                }
                uint32_t u = get16(data.data() + i, be);
                if (!is_surrogate(u)) {
                    utf8::encode(out, u);
                    i += 2;
                    continue;
                }
                if (u >= 0xDC00) {
                    end = i + 2;
                    reason = "illegal encoding";
                    surrogate_unit = true;
                    cp = u;
                    break;
                }
                if (n - i < 4) {
                    end = n;
                    reason = "unexpected end of data";
                    surrogate_unit = true;
                    cp = u;
                    break;
                }
                uint32_t u2 = get16(data.data() + i + 2, be);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    utf8::encode(out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                    i += 4;
                    continue;
                }
                end = i + 2;
                reason = "illegal UTF-16 surrogate";
                surrogate_unit = true;
                cp = u;
                break;
            }
            default: {
                if (n - i < 4) {
                    end = n;
                    reason = "truncated data";
                    break;
                }
                uint32_t u = get32(data.data() + i, be);
                if (u > 0x10FFFF) {
                    end = i + 4;
                    reason = "code point not in range(0x110000)";
                    break;
                }
                if (is_surrogate(u)) {
                    end = i + 4;
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    surrogate_unit = true;
                    cp = u;
                    break;
                }
                utf8::encode(out, u);
                i += 4;
                continue;
            }
        }
        // An undecodable range [i, end).
        if (!have_handler) {
            if (!find_handler(st, errors, h)) return Value::error();
            have_handler = true;
        }
        auto fail = [&]() -> Value {
            if (object.is_error()) {
                Bytes* b = make_bytes(st, data);
                if (!b) return Value::error();
                object = Value::from_object(b);
            }
            return raise_unicode_error(st, st.exc.UnicodeDecodeError, name, object, static_cast<int64_t>(i),
                                       static_cast<int64_t>(end), reason);
        };
        switch (h) {
            case Handler::Strict: return fail();
            case Handler::Ignore: break;
            case Handler::Replace: utf8::encode(out, 0xFFFD); break;
            case Handler::Backslash:
                for (size_t j = i; j < end; ++j) append_backslash(out, static_cast<unsigned char>(data[j]));
                break;
            case Handler::SurrogateEscape:
                for (size_t j = i; j < end; ++j)
                    if (static_cast<unsigned char>(data[j]) < 0x80) return fail();
                for (size_t j = i; j < end; ++j) utf8::encode(out, 0xDC00 + static_cast<unsigned char>(data[j]));
                break;
            case Handler::SurrogatePass:
                if (!surrogate_unit) return fail();
                if (k == CodecKind::Utf8) {
                    out.append(data.data() + i, 3);
                    end = i + 3;
                } else {
                    utf8::encode(out, cp);
                    end = i + (k == CodecKind::Utf32 || k == CodecKind::Utf32LE || k == CodecKind::Utf32BE ? 4 : 2);
                }
                break;
            default:
                return type_error(st, "don't know how to handle UnicodeDecodeError in error callback");
        }
        i = end;
    }
    return text_result(st, out);
}

namespace {

Value m_encode(State& st, Args a) {
    Value args[2];
    if (!method_kw(st, a, "encode", {"encoding", "errors"}, 0, args)) return Value::error();
    std::string_view encoding = "utf-8", errors = "strict";
    if (!args[0].is_missing()) {
        if (!is_str(st, args[0]))
            return type_error(st, "encode() argument 'encoding' must be str, not " + arg_type_name(st, args[0]));
        encoding = as_str(args[0])->view();
    }
    if (!args[1].is_missing()) {
        if (!is_str(st, args[1]))
            return type_error(st, "encode() argument 'errors' must be str, not " + arg_type_name(st, args[1]));
        errors = as_str(args[1])->view();
    }
    return str_encode(st, self_str(a), encoding, errors);
}

}  // namespace

// ---- printf-style formatting: str % args ----------------------------------------------------

namespace {

// CPython's argument cursor: a tuple is consumed item by item; any other value is the one
// argument (arglen -1, argidx -2 until it is taken). A "%(key)" conversion makes the looked-up
// value the one argument.
struct PercentArgs {
    Value args;
    int64_t arglen, argidx;
    Value dict;   // the mapping for "%(key)" conversions, or None
};

Value next_arg(State& st, PercentArgs& c) {
    if (c.argidx < c.arglen) {
        int64_t i = c.argidx++;
        if (c.arglen < 0) return c.args;
        return as_tuple(c.args)->items[i];
    }
    return type_error(st, "not enough arguments for format string");
}

// A '*' width or precision: an int argument.
bool star_arg(State& st, PercentArgs& c, int64_t& out) {
    Value v = next_arg(st, c);
    if (v.is_error()) return false;
    if (!is_int(st, v) && !v.is_bool()) {
        type_error(st, "* wants int");
        return false;
    }
    bool overflow;
    if (index_value(st, v, out, false, overflow)) return true;
    if (overflow) overflow_error(st, "Python int too large to convert to C ssize_t");
    return false;
}

// The digits of an exact int value in `base`, without sign.
void int_digits(State& st, Value iv, int base, bool& negative, std::string& digits) {
    if (iv.is_bool()) {
        negative = false;
        digits = iv.is_true() ? "1" : "0";
        return;
    }
    if (iv.is_int()) {
        int64_t x = iv.as_int();
        negative = x < 0;
        uint64_t m = negative ? uint64_t(0) - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        char buf[72];
        int p = 72;
        do {
            buf[--p] = "0123456789abcdef"[m % base];
            m /= base;
        } while (m);
        digits.assign(buf + p, 72 - p);
        return;
    }
    std::string text = to_bigint(st, iv).to_string(base);
    negative = !text.empty() && text[0] == '-';
    digits = negative ? text.substr(1) : text;
}

// %d %i %u %o %x %X.
bool percent_int(State& st, Value v, const fmt::PercentSpec& spec, char type, std::string& out) {
    auto wrong = [&]() {
        if (type == 'o' || type == 'x' || type == 'X')
            type_error(st, std::string("%") + type + " format: an integer is required, not " + type_name(st, v));
        else
            type_error(st, std::string("%") + type + " format: a real number is required, not " + type_name(st, v));
        return false;
    };
    Value iv = v;
    if (!v.is_int() && !v.is_bool() && !is_int(st, v)) {
        Type* t = type_of(st, v);
        bool isfloat = v.is_double() || is_float(st, v);
        if (!isfloat && !t->index && !t->to_int && !t->to_float) return wrong();
        if (type == 'o' || type == 'x' || type == 'X') {
            if (!t->index) return wrong();
            iv = number_index(st, v);
        } else if (isfloat && (t == st.float_type || !t->to_int)) {
            double d = float_value(v);
            if (std::isinf(d)) {
                overflow_error(st, "cannot convert float infinity to integer");
                return false;
            }
            if (std::isnan(d)) {
                value_error(st, "cannot convert float NaN to integer");
                return false;
            }
            iv = make_int(st, BigInt::from_double(d));
        } else if (t->to_int) {
            iv = t->to_int(st, v);
        } else if (t->index) {
            iv = number_index(st, v);
        } else {
            return wrong();
        }
        if (iv.is_error()) {
            if (raised_matches(st, st.exc.TypeError)) {
                take_raised(st);
                return wrong();
            }
            return false;
        }
    }
    int base = fmt::percent_int_base(static_cast<char32_t>(type));
    if (base == 10 && !iv.is_int() && !iv.is_bool() && st.max_str_digits > 0 &&
        to_bigint(st, iv).exceeds_decimal_digits(static_cast<size_t>(st.max_str_digits))) {
        value_error(st, "Exceeds the limit (" + std::to_string(st.max_str_digits) +
                            " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return false;
    }
    bool negative;
    std::string digits;
    int_digits(st, iv, base, negative, digits);
    fmt::Error err;
    if (!fmt::format_percent_int(negative, digits, spec, out, err)) {
        raise_fmt_error(st, err);
        return false;
    }
    return true;
}

// float(v) for formatting: float, int, __float__, __index__; "must be real number, not str".
bool real_value(State& st, Value v, double& out) {
    if (v.is_double()) {
        out = v.as_double();
        return true;
    }
    if (v.is_int()) {
        out = static_cast<double>(v.as_int());
        return true;
    }
    if (v.is_bool()) {
        out = v.is_true();
        return true;
    }
    if (is_float(st, v)) {
        out = float_value(v);
        return true;
    }
    Value iv = v;
    Type* t = type_of(st, v);
    if (!is_int(st, v)) {
        if (t->to_float) {
            Value f = t->to_float(st, v);
            if (f.is_error()) return false;
            if (!is_float(st, f)) {
                type_error(st, type_name(st, v) + ".__float__ returned non-float (type " + type_name(st, f) + ")");
                return false;
            }
            out = float_value(f);
            return true;
        }
        if (!t->index) {
            type_error(st, "must be real number, not " + type_name(st, v));
            return false;
        }
        iv = number_index(st, v);
        if (iv.is_error()) return false;
    }
    bool ok = true;
    out = int_to_double_or_raise(st, iv, ok);
    return ok;
}

Value percent_format(State& st, Str* fmt, Value args) {
    PercentArgs c;
    c.args = args;
    c.dict = Value::none();
    bool tuple = args.is_object() && isinstance(st, args, st.tuple_type);
    if (tuple) {
        c.arglen = static_cast<int64_t>(as_tuple(args)->size);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (!tuple && !is_str(st, args) && type_of(st, args)->getitem) c.dict = args;
    Root keyed(st.heap);   // the value of the last "%(key)" lookup
    const char* p = fmt->data;
    const size_t n = fmt->nbytes;
    std::string out;
    out.reserve(n + 16);
    size_t i = 0;
    while (i < n) {
        const void* pc = std::memchr(p + i, '%', n - i);
        if (!pc) {
            out.append(p + i, n - i);
            break;
        }
        size_t at = static_cast<size_t>(static_cast<const char*>(pc) - p);
        out.append(p + i, at - i);
        i = at + 1;
        if (i < n && p[i] == '%') {
            out += '%';
            ++i;
            continue;
        }
        if (i < n && p[i] == '(') {
            if (c.dict.is_none()) return type_error(st, "format requires a mapping");
            int depth = 1;
            size_t kstart = ++i;
            while (i < n && depth > 0) {
                if (p[i] == '(') ++depth;
                else if (p[i] == ')') --depth;
                ++i;
            }
            if (depth > 0) return value_error(st, "incomplete format key");
            Value key = str_value(st, std::string_view(p + kstart, i - 1 - kstart));
            if (key.is_error()) return key;
            Root keep_key(st.heap, key);
            Value v = getitem(st, c.dict, key);
            if (v.is_error()) return v;
            keyed.set(v);
            c.args = v;
            c.arglen = -1;
            c.argidx = -2;
        }
        fmt::PercentSpec spec;
        for (; i < n; ++i) {
            char f = p[i];
            if (f == '-') spec.left = true;
            else if (f == '+') spec.plus = true;
            else if (f == ' ') spec.space = true;
            else if (f == '#') spec.alternate = true;
            else if (f == '0') spec.zero = true;
            else break;
        }
        if (i < n && p[i] == '*') {
            if (!star_arg(st, c, spec.width)) return Value::error();
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++i;
        } else if (i < n && p[i] >= '0' && p[i] <= '9') {
            spec.width = 0;
            for (; i < n && p[i] >= '0' && p[i] <= '9'; ++i) {
                int d = p[i] - '0';
                if (spec.width > (kSsizeMax - d) / 10) return value_error(st, "width too big");
                spec.width = spec.width * 10 + d;
            }
        }
        if (i < n && p[i] == '.') {
            ++i;
            spec.precision = 0;
            if (i < n && p[i] == '*') {
                if (!star_arg(st, c, spec.precision)) return Value::error();
                if (spec.precision < 0) spec.precision = 0;
                ++i;
            } else {
                for (; i < n && p[i] >= '0' && p[i] <= '9'; ++i) {
                    int d = p[i] - '0';
                    if (spec.precision > (kSsizeMax - d) / 10) return value_error(st, "precision too big");
                    spec.precision = spec.precision * 10 + d;
                }
            }
        }
        if (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) ++i;
        if (i >= n) return value_error(st, "incomplete format");
        size_t type_at = i;
        uint32_t type = decode_fast(p, i);
        spec.type = type;
        Value v = next_arg(st, c);
        if (v.is_error()) return v;
        switch (type) {
            case 's':
            case 'r':
            case 'a': {
                Value text = type == 's' ? to_str(st, v) : type == 'r' ? repr(st, v) : ascii(st, v);
                if (text.is_error()) return text;
                fmt::Error err;
                if (!fmt::format_percent_str(as_str(text)->view(), spec, out, err)) return raise_fmt_error(st, err);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
                if (!percent_int(st, v, spec, static_cast<char>(type), out)) return Value::error();
                break;
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double d;
                if (!real_value(st, v, d)) return Value::error();
                fmt::Error err;
                if (!fmt::format_percent_float(d, spec, out, err)) return raise_fmt_error(st, err);
                break;
            }
            case 'c': {
                std::string ch;
                if (is_str(st, v)) {
                    if (as_str(v)->length != 1) return type_error(st, "%c requires int or char");
                    ch.assign(as_str(v)->view());
                } else {
                    if (!has_index(st, v)) return type_error(st, "%c requires int or char");
                    int64_t x;
                    bool overflow;
                    if (!index_value(st, v, x, false, overflow)) {
                        if (!overflow) {
                            if (!raised_matches(st, st.exc.TypeError)) return Value::error();
                            take_raised(st);
                            return type_error(st, "%c requires int or char");
                        }
                        x = -1;
                    }
                    if (x < 0 || x > 0x10FFFF) return overflow_error(st, "%c arg not in range(0x110000)");
                    utf8::encode(ch, static_cast<uint32_t>(x));
                }
                fmt::Error err;
                if (!fmt::format_percent_str(ch, spec, out, err)) return raise_fmt_error(st, err);
                break;
            }
            default: {
                char shown = type >= 32 && type <= 126 ? static_cast<char>(type) : '?';
                char hex[16];
                std::snprintf(hex, sizeof hex, "%x", type);
                return value_error(st, std::string("unsupported format character '") + shown + "' (0x" + hex +
                                           ") at index " + std::to_string(cp_index(fmt, type_at)));
            }
        }
    }
    if (c.argidx < c.arglen && c.dict.is_none())
        return type_error(st, "not all arguments converted during string formatting");
    return text_result(st, out);
}

}  // namespace

// ---- str.format and format_map --------------------------------------------------------------

namespace {

// Where replacement fields find their values: format's positional and keyword arguments,
// or format_map's mapping.
struct FieldSource {
    const Value* pos = nullptr;
    size_t npos = 0;
    Tuple* kwnames = nullptr;
    const Value* kwvals = nullptr;
    Value mapping = Value::missing();
    enum class Numbering { Unset, Auto, Manual } numbering = Numbering::Unset;
    size_t next_auto = 0;
};

// A field's parts: "{name!c:spec}".
struct Field {
    std::string_view name, spec;
    uint32_t conversion = 0;
    bool spec_nested = false;
};

// Parses the field that starts after a '{' at fmt[i]; leaves i after its closing '}'.
bool parse_field(State& st, std::string_view fmt, size_t& i, Field& f) {
    const size_t n = fmt.size();
    size_t start = i;
    char c = 0;
    bool ended = false;
    while (i < n) {
        c = fmt[i++];
        if (c == '{') {
            value_error(st, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < n && fmt[i] != ']') ++i;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            ended = true;
            break;
        }
    }
    if (!ended) {
        value_error(st, "expected '}' before end of string");
        return false;
    }
    f.name = fmt.substr(start, i - 1 - start);
    if (c == '}') return true;
    if (c == '!') {
        if (i >= n) {
            value_error(st, "end of string while looking for conversion specifier");
            return false;
        }
        f.conversion = decode_fast(fmt.data(), i);
        if (i < n) {
            char d = fmt[i++];
            if (d == '}') return true;
            if (d != ':') {
                value_error(st, "expected ':' after conversion specifier");
                return false;
            }
        }
    }
    size_t spec_start = i;
    int depth = 1;
    while (i < n) {
        char d = fmt[i++];
        if (d == '{') {
            f.spec_nested = true;
            ++depth;
        } else if (d == '}' && --depth == 0) {
            f.spec = fmt.substr(spec_start, i - 1 - spec_start);
            return true;
        }
    }
    value_error(st, "unmatched '{' in format spec");
    return false;
}

// An all-decimal-digits name as an index: 1 yes, 0 not a number, -1 too big (raised).
int parse_decimal(State& st, std::string_view s, int64_t& out) {
    if (s.empty()) return 0;
    out = 0;
    size_t i = 0;
    while (i < s.size()) {
        int d = unicode::decimal_value(decode_fast(s.data(), i));
        if (d < 0) return 0;
        if (out > (kSsizeMax - d) / 10) {
            value_error(st, "Too many decimal digits in format string");
            return -1;
        }
        out = out * 10 + d;
    }
    return 1;
}

Value field_argument(State& st, std::string_view arg, FieldSource& src) {
    int64_t index = 0;
    bool positional = arg.empty();
    if (positional) {
        if (src.numbering == FieldSource::Numbering::Manual)
            return value_error(st, "cannot switch from manual field specification to automatic field numbering");
        src.numbering = FieldSource::Numbering::Auto;
        index = static_cast<int64_t>(src.next_auto++);
    } else {
        int r = parse_decimal(st, arg, index);
        if (r < 0) return Value::error();
        if (r > 0) {
            if (src.numbering == FieldSource::Numbering::Auto)
                return value_error(st, "cannot switch from automatic field numbering to manual field specification");
            src.numbering = FieldSource::Numbering::Manual;
            positional = true;
        }
    }
    if (positional) {
        if (!src.mapping.is_missing()) return value_error(st, "Format string contains positional fields");
        if (static_cast<uint64_t>(index) >= src.npos)
            return index_error(st, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
        return src.pos[index];
    }
    Value key = str_value(st, arg);
    if (key.is_error()) return key;
    Root keep(st.heap, key);
    if (!src.mapping.is_missing()) return getitem(st, src.mapping, key);
    size_t nk = src.kwnames ? src.kwnames->size : 0;
    for (size_t k = 0; k < nk; ++k)
        if (as_str(src.kwnames->items[k])->view() == arg) return src.kwvals[k];
    return key_error(st, key);
}

// The object a field name designates: "0", "name", "0.attr", "name[key]"...
Value field_object(State& st, std::string_view name, FieldSource& src) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
    Value obj = field_argument(st, name.substr(0, i), src);
    if (obj.is_error()) return obj;
    Root cur(st.heap, obj);
    while (i < name.size()) {
        if (name[i] == '.') {
            size_t s = ++i;
            while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
            if (i == s) return value_error(st, "Empty attribute in format string");
            Str* attr = intern(st, name.substr(s, i - s));
            if (!attr) return Value::error();
            obj = getattr(st, cur, attr);
        } else {
            size_t s = ++i;
            while (i < name.size() && name[i] != ']') ++i;
            if (i >= name.size()) return value_error(st, "Missing ']' in format string");
            if (i == s) return value_error(st, "Empty attribute in format string");
            std::string_view key = name.substr(s, i - s);
            ++i;
            int64_t index;
            int r = parse_decimal(st, key, index);
            if (r < 0) return Value::error();
            Value k = r > 0 && Value::fits_int(index) ? Value::from_int(index) : str_value(st, key);
            if (k.is_error()) return k;
            Root keep(st.heap, k);
            obj = getitem(st, cur, k);
            if (obj.is_error()) return obj;
            // CPython looks the item up before it checks what follows the ']'.
            if (i < name.size() && name[i] != '.' && name[i] != '[')
                return value_error(st, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (obj.is_error()) return obj;
        cur.set(obj);
    }
    return cur.get();
}

bool render_format(State& st, std::string_view fmt, FieldSource& src, int depth, std::string& out);

bool render_field(State& st, const Field& f, FieldSource& src, int depth, std::string& out) {
    Value obj = field_object(st, f.name, src);
    if (obj.is_error()) return false;
    Root keep(st.heap, obj);
    if (f.conversion) {
        switch (f.conversion) {
            case 'r': obj = repr(st, obj); break;
            case 's': obj = to_str(st, obj); break;
            case 'a': obj = ascii(st, obj); break;
            default: {
                std::string msg = "Unknown conversion specifier ";
                if (f.conversion > 32 && f.conversion < 127) {
                    msg += static_cast<char>(f.conversion);
                } else {
                    char hex[16];
                    std::snprintf(hex, sizeof hex, "\\x%x", f.conversion);
                    msg += hex;
                }
                value_error(st, msg);
                return false;
            }
        }
        if (obj.is_error()) return false;
        keep.set(obj);
    }
    Value spec;
    if (f.spec_nested) {
        std::string expanded;
        if (!render_format(st, f.spec, src, depth - 1, expanded)) return false;
        spec = str_value(st, expanded);
    } else {
        spec = str_value(st, f.spec);
    }
    if (spec.is_error()) return false;
    Root keep_spec(st.heap, spec);
    // The common case needs no call: a str with an empty spec is itself.
    Value r = f.spec.empty() && is_exact_str(st, obj) ? obj : format(st, obj, spec);
    if (r.is_error()) return false;
    out.append(as_str(r)->view());
    return true;
}

bool render_format(State& st, std::string_view fmt, FieldSource& src, int depth, std::string& out) {
    if (depth <= 0) {
        value_error(st, "Max string recursion exceeded");
        return false;
    }
    const size_t n = fmt.size();
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
        out.append(fmt.data() + i, j - i);
        if (j >= n) break;
        char c = fmt[j];
        bool at_end = j + 1 >= n;
        if (c == '}') {
            if (at_end || fmt[j + 1] != '}') {
                value_error(st, "Single '}' encountered in format string");
                return false;
            }
            out += '}';
            i = j + 2;
            continue;
        }
        if (at_end) {
            value_error(st, "Single '{' encountered in format string");
            return false;
        }
        if (fmt[j + 1] == '{') {
            out += '{';
            i = j + 2;
            continue;
        }
        i = j + 1;
        Field f;
        if (!parse_field(st, fmt, i, f)) return false;
        if (!render_field(st, f, src, depth, out)) return false;
    }
    return true;
}

Value m_format(State& st, Args a) {
    FieldSource src;
    src.pos = a.v + 1;
    src.npos = a.n - 1;
    src.kwnames = a.kwnames && a.nkw() ? a.kwnames : nullptr;
    src.kwvals = a.kwvalues();
    std::string out;
    if (!render_format(st, self_str(a)->view(), src, 2, out)) return Value::error();
    return text_result(st, out);
}

Value m_format_map(State& st, Args a) {
    if (!onearg(st, a, "str.format_map")) return Value::error();
    FieldSource src;
    src.mapping = a.v[1];
    std::string out;
    if (!render_format(st, self_str(a)->view(), src, 2, out)) return Value::error();
    return text_result(st, out);
}

Value m_dunder_format(State& st, Args a) {
    if (!onearg(st, a, "str.__format__")) return Value::error();
    if (!is_str(st, a.v[1])) return type_error(st, "__format__() argument must be str, not " + type_name(st, a.v[1]));
    Str* s = self_str(a);
    std::string_view spec = as_str(a.v[1])->view();
    // An empty spec means str(self), which a subclass may override.
    if (spec.empty()) return to_str(st, a.v[0]);
    std::string out;
    fmt::Error err;
    fmt::Spec parsed;
    std::string tname = type_name(st, a.v[0]);
    if (!fmt::parse_spec(spec, parsed, err, tname) || !fmt::format_str(s->view(), parsed, out, err, tname))
        return raise_fmt_error(st, err);
    return text_result(st, out);
}

Value m_getnewargs(State& st, Args a) {
    if (!noargs(st, a, "str.__getnewargs__")) return Value::error();
    Str* s = self_str(a);
    Value copy = val(make_str(st, s->view(), static_cast<int64_t>(s->length)));
    if (copy.is_error()) return copy;
    Tuple* t = make_tuple(st, &copy, 1);
    return t ? Value::from_object(t) : Value::error();
}

// ---- str() and the type's registration ------------------------------------------------------

Value str_new(State& st, Type* type, Args a) {
    Value args[3];
    if (!clinic_kw(st, a.v, a.n, a.kwnames, a.kwvalues(), "str", {"object", "encoding", "errors"}, 0, args))
        return Value::error();
    Value result;
    if (args[1].is_missing() && args[2].is_missing()) {
        result = args[0].is_missing() ? val(empty_str(st)) : to_str(st, args[0]);
    } else {
        std::string_view encoding = "utf-8", errors = "strict";
        if (!args[1].is_missing()) {
            if (!is_str(st, args[1]))
                return type_error(st, "str() argument 'encoding' must be str, not " + arg_type_name(st, args[1]));
            encoding = as_str(args[1])->view();
        }
        if (!args[2].is_missing()) {
            if (!is_str(st, args[2]))
                return type_error(st, "str() argument 'errors' must be str, not " + arg_type_name(st, args[2]));
            errors = as_str(args[2])->view();
        }
        std::string_view data;
        if (args[0].is_missing()) {
            result = val(empty_str(st));
        } else if (is_str(st, args[0])) {
            return type_error(st, "decoding str is not supported");
        } else if (!bytes_like(st, args[0], data)) {
            return type_error(st, "decoding to str: need a bytes-like object, " + type_name(st, args[0]) + " found");
        } else {
            result = str_decode(st, data, encoding, errors);
        }
    }
    if (result.is_error() || type == st.str_type) return result;
    Str* src = as_str(result);
    Str* s = alloc_str(st, type, src->nbytes);
    if (!s) return Value::error();
    std::memcpy(s->data, src->data, src->nbytes);
    return Value::from_object(finish(s, src->length));
}

void str_trace(Object*, Tracer&) {}
const GcOps kStrGc = {str_trace, nullptr};

const MethodDef kStrMethods[] = {
    {"encode", m_encode},
    {"replace", m_replace},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"join", m_join},
    {"capitalize", m_capitalize},
    {"casefold", m_casefold},
    {"title", m_title},
    {"center", m_center},
    {"count", m_count},
    {"expandtabs", m_expandtabs},
    {"find", m_find},
    {"partition", m_partition},
    {"index", m_index},
    {"ljust", m_ljust},
    {"lower", m_lower},
    {"lstrip", m_lstrip},
    {"rfind", m_rfind},
    {"rindex", m_rindex},
    {"rjust", m_rjust},
    {"rstrip", m_rstrip},
    {"rpartition", m_rpartition},
    {"splitlines", m_splitlines},
    {"strip", m_strip},
    {"swapcase", m_swapcase},
    {"translate", m_translate},
    {"upper", m_upper},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"isascii", m_isascii},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"isspace", m_isspace},
    {"isdecimal", m_isdecimal},
    {"isdigit", m_isdigit},
    {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isidentifier", m_isidentifier},
    {"isprintable", m_isprintable},
    {"zfill", m_zfill},
    {"format", m_format},
    {"format_map", m_format_map},
    {"__format__", m_dunder_format},
    {"maketrans", m_maketrans, MethodKind::Static},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

const MethodDef kStrIteratorMethods[] = {
    {"__length_hint__", str_iterator_length_hint},
    {nullptr, nullptr},
};

}  // namespace

void init_str_type(State& st) {
    Type* t = st.str_type;
    t->gc = &kStrGc;
    t->basicsize = sizeof(Str);
    t->flags |= kTypeBaseType | kTypeStrSubclass;
    t->repr = str_repr_slot;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->compare = str_compare_slot;
    t->truth = str_truth_slot;
    t->len = str_len_slot;
    t->getitem = str_getitem_slot;
    t->contains = str_contains_slot;
    t->iter = str_iter_slot;
    t->binop[static_cast<int>(BinOp::Add)] = str_add_slot;
    t->binop[static_cast<int>(BinOp::Mul)] = str_mul_slot;
    t->binop[static_cast<int>(BinOp::Mod)] = str_mod_slot;
    t->new_ = str_new;
    add_methods(st, t, kStrMethods);

    Type* it = st.str_iterator_type;
    it->gc = &kStrIteratorGc;
    it->basicsize = sizeof(StrIterator);
    it->iter = str_iterator_iter;
    it->next = str_iterator_next;
    add_methods(st, it, kStrIteratorMethods);

    empty_str(st);
}

}  // namespace krait
