// bytes and bytearray. The read-only methods are written once, over a string_view of the
// receiver's contents, and wrap their results in the receiver's kind (bytearray methods return
// bytearrays); bytearray adds the mutating slots and methods on top.
//
// A bytearray's buffer may be reallocated or changed by any Python code (an __index__, an
// iterator, __bytes__), so a view of it is taken only after every argument has been converted,
// and is never held across a call that can run code.
#include "runtime/bytes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/heap.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/type.hpp"
#include "support/pyrepr.hpp"
#include "support/utf8.hpp"

namespace krait {

namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
// Larger contents cannot be allocated anyway (blocks are at most 4 GiB): fail early with
// MemoryError rather than let a size computation wrap.
constexpr size_t kMaxBytes = size_t{1} << 40;

// ---- Storage ---------------------------------------------------------------------------------

void no_trace(Object*, Tracer&) {}
const GcOps kBytesGc = {no_trace, nullptr};

void bytearray_destroy(Heap& heap, Object* self) {
    auto* b = static_cast<ByteArray*>(self);
    if (b->data) heap.free_buffer(b->data, b->capacity);
    b->data = nullptr;
    b->capacity = b->size = 0;
}
const GcOps kByteArrayGc = {no_trace, bytearray_destroy};

// A bytes object of `type` (bytes or a subclass) with n bytes to be filled by the caller.
// Instances of subclasses keep their __dict__ pointer in the block's last word, after the
// data: the data is rounded up to whole words so that it stays aligned.
Bytes* alloc_bytes(State& st, Type* type, size_t n) {
    if (n > kMaxBytes) {
        raise_no_memory(st);
        return nullptr;
    }
    size_t extra = n + 1;
    if (type != st.bytes_type) extra = (extra + 7) & ~size_t{7};
    Bytes* b = st.heap.make<Bytes>(type, extra);
    if (!b) {
        raise_no_memory(st);
        return nullptr;
    }
    b->size = n;
    b->hash = -1;
    return b;
}

Value bytes_of_type(State& st, Type* type, std::string_view data) {
    Bytes* b = alloc_bytes(st, type, data.size());
    if (!b) return Value::error();
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    return Value::from_object(b);
}

inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }
inline ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_object()); }
inline bool is_bytes(State& st, Value v) { return v.is_object() && is_subtype(v.as_object()->type, st.bytes_type); }
inline bool is_bytearray(State& st, Value v) {
    return v.is_object() && is_subtype(v.as_object()->type, st.bytearray_type);
}
inline uint8_t* udata(std::string_view s) { return reinterpret_cast<uint8_t*>(const_cast<char*>(s.data())); }
inline unsigned char at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

// The contents of a receiver known to be bytes or bytearray.
std::string_view self_view(State& st, Value self) {
    std::string_view s;
    bytes_like(st, self, s);
    return s;
}

// A result of the receiver's kind: bytearray methods return (exact) bytearrays, bytes
// methods exact bytes.
Value make_like(State& st, bool array, std::string_view s) {
    if (array) {
        ByteArray* b = make_bytearray(st, s);
        return b ? Value::from_object(b) : Value::error();
    }
    Bytes* b = make_bytes(st, s);
    return b ? Value::from_object(b) : Value::error();
}

// Like make_like, but an exact bytes receiver is returned itself when `s` is all of it
// (CPython returns unchanged immutable objects rather than copies).
Value same_or_new(State& st, Value self, std::string_view s) {
    bool array = is_bytearray(st, self);
    if (!array && self.as_object()->type == st.bytes_type) {
        Bytes* b = as_bytes(self);
        if (s.data() == reinterpret_cast<const char*>(b->data) && s.size() == b->size) return self;
    }
    return make_like(st, array, s);
}

// Makes room for `need` bytes in a bytearray's buffer, over-allocating as CPython does so
// that repeated appends are amortized O(1).
bool ba_reserve(State& st, ByteArray* b, size_t need) {
    if (need <= b->capacity) return true;
    if (need > kMaxBytes) {
        raise_no_memory(st);
        return false;
    }
    // The first allocation is exact (bytearray(b'xy') holds 2 bytes); growth over-allocates.
    size_t cap = b->size == 0 ? need : need + (need >> 3) + (need < 9 ? 2 : 5);
    void* p = b->data ? st.heap.resize_buffer(b->data, b->capacity, cap) : st.heap.allocate_buffer(cap);
    if (!p) {
        raise_no_memory(st);
        return false;
    }
    b->data = static_cast<uint8_t*>(p);
    b->capacity = cap;
    return true;
}

// Replaces bytes [lo, hi) of the bytearray with `s` (which must not view the bytearray's
// own buffer: callers copy first).
bool ba_splice(State& st, ByteArray* b, size_t lo, size_t hi, std::string_view s) {
    size_t old = b->size;
    size_t removed = hi - lo;
    if (s.size() > removed && !ba_reserve(st, b, old - removed + s.size())) return false;
    if (s.size() != removed && hi < old) std::memmove(b->data + lo + s.size(), b->data + hi, old - hi);
    if (!s.empty()) std::memcpy(b->data + lo, s.data(), s.size());
    b->size = old - removed + s.size();
    return true;
}

bool ba_assign(State& st, ByteArray* b, std::string_view s) { return ba_splice(st, b, 0, b->size, s); }

// ---- Arguments -------------------------------------------------------------------------------

// A bytes-like argument: "a bytes-like object is required, not 'str'".
bool buffer_arg(State& st, Value v, std::string_view& out) {
    if (bytes_like(st, v, out)) return true;
    type_error(st, "a bytes-like object is required, not '" + type_name(st, v) + "'");
    return false;
}


// A byte value (0..255) given as an int: bytearray's item assignment, append, insert, remove,
// and the items of bytes(iterable). Values beyond int64 are out of range too.
bool byte_value(State& st, Value v, uint8_t& out, const char* range_message = "byte must be in range(0, 256)") {
    int64_t x;
    if (v.is_int()) {
        x = v.as_int();
    } else {
        if (!has_index(st, v)) {
            type_error(st, "'" + type_name(st, v) + "' object cannot be interpreted as an integer");
            return false;
        }
        if (!clamp_index(st, v, x)) return false;
    }
    if (x < 0 || x > 255) {
        value_error(st, range_message);
        return false;
    }
    out = static_cast<uint8_t>(x);
    return true;
}

// A start/end argument of find, count, startswith...: None keeps the default; huge values clamp.
bool slice_arg(State& st, Value v, int64_t& out) {
    if (v.is_missing() || v.is_none()) return true;
    if (!has_index(st, v)) {
        type_error(st, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return clamp_index(st, v, out);
}

// CPython's ADJUST_INDICES: negative indices count from the end, then clamp to [0, len].
void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
    if (end > len) end = len;
    else if (end < 0) end = std::max<int64_t>(end + len, 0);
    if (start < 0) start = std::max<int64_t>(start + len, 0);
}

const char* kind_name(State& st, Value self) { return is_bytearray(st, self) ? "bytearray" : "bytes"; }

inline Value opt(Args a, size_t i) { return i < a.n ? a.v[i] : Value::missing(); }

bool no_args(State& st, Args a, Value self, const char* name) {
    return check_args(st, a, 1, (std::string(kind_name(st, self)) + "." + name).c_str(), 0, 0);
}

// The "sub[, start[, end]]" arguments of find, rfind, index, rindex and count: sub is a
// bytes-like object or a byte value. `byte` holds the one byte of the latter.
struct SubArgs {
    Value sub;
    char byte = 0;
    bool is_byte = false;
    int64_t start = 0, end = kSsizeMax;
};

bool sub_args(State& st, Args a, const char* name, SubArgs& r) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string(kind_name(st, a.v[0])) + "." + name + "() takes no keyword arguments");
        return false;
    }
    size_t n = a.n - 1;
    if (n < 1 || n > 3) {
        type_error(st, std::string(name) + "() takes at " + (n < 1 ? "least 1 argument" : "most 3 arguments") + " (" +
                           std::to_string(n) + " given)");
        return false;
    }
    if (!slice_arg(st, opt(a, 2), r.start) || !slice_arg(st, opt(a, 3), r.end)) return false;
    r.sub = a.v[1];
    std::string_view s;
    if (bytes_like(st, r.sub, s)) return true;
    if (!has_index(st, r.sub)) {
        type_error(st, "argument should be integer or bytes-like object, not '" + type_name(st, r.sub) + "'");
        return false;
    }
    uint8_t b;
    if (!byte_value(st, r.sub, b)) return false;
    r.byte = static_cast<char>(b);
    r.is_byte = true;
    return true;
}

std::string_view sub_view(State& st, const SubArgs& r) {
    if (r.is_byte) return std::string_view(&r.byte, 1);
    std::string_view s;
    bytes_like(st, r.sub, s);
    return s;
}

// A "fillchar" argument of center, ljust, rjust: a bytes or bytearray of length 1.
bool fill_arg(State& st, Value v, const char* name, char& out) {
    if (v.is_missing()) {
        out = ' ';
        return true;
    }
    std::string_view s;
    if ((is_bytes(st, v) || is_bytearray(st, v)) && bytes_like(st, v, s) && s.size() == 1) {
        out = s[0];
        return true;
    }
    type_error(st, std::string(name) + "() argument 2 must be a byte string of length 1, not " + type_name(st, v));
    return false;
}

// ---- Character classes (ASCII only, as CPython's bytes methods) -------------------------------

inline bool b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool b_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool b_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool b_alpha(unsigned char c) { return b_lower(c) || b_upper(c); }
inline bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline char to_lower(unsigned char c) { return static_cast<char>(b_upper(c) ? c + 32 : c); }
inline char to_upper(unsigned char c) { return static_cast<char>(b_lower(c) ? c - 32 : c); }

// ---- Searching -------------------------------------------------------------------------------

// Offset of needle in hay[from, to), or npos. memmem is linear (two-way) for long needles,
// so adversarial inputs stay cheap.
size_t find_in(std::string_view hay, std::string_view needle, size_t from, size_t to) {
    if (to < from || to - from < needle.size()) return std::string_view::npos;
    if (needle.empty()) return from;
    const char* base = hay.data();
    const void* p = needle.size() == 1 ? std::memchr(base + from, needle[0], to - from)
                                       : memmem(base + from, to - from, needle.data(), needle.size());
    return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
}

// Last offset of needle in hay[from, to), or npos. Long needles are searched for forwards in
// reversed copies, which keeps the search linear.
size_t rfind_in(std::string_view hay, std::string_view needle, size_t from, size_t to) {
    if (to < from || to - from < needle.size()) return std::string_view::npos;
    if (needle.empty()) return to;
    const char* base = hay.data();
    if (needle.size() == 1) {
        const void* p = memrchr(base + from, needle[0], to - from);
        return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
    }
    if (needle.size() < 32) {
        size_t r = hay.substr(from, to - from).rfind(needle);
        return r == std::string_view::npos ? r : r + from;
    }
    std::string rh(hay.substr(from, to - from)), rn(needle);
    std::reverse(rh.begin(), rh.end());
    std::reverse(rn.begin(), rn.end());
    size_t r = find_in(rh, rn, 0, rh.size());
    return r == std::string_view::npos ? r : to - r - needle.size();
}

// Non-overlapping occurrences of a non-empty needle in hay[from, to), at most maxcount.
size_t count_in(std::string_view hay, std::string_view needle, size_t from, size_t to, size_t maxcount) {
    size_t n = 0;
    while (n < maxcount) {
        size_t i = find_in(hay, needle, from, to);
        if (i == std::string_view::npos) break;
        ++n;
        from = i + needle.size();
    }
    return n;
}

Value find_common(State& st, Args a, const char* name, bool reverse, bool raise_missing) {
    SubArgs r;
    if (!sub_args(st, a, name, r)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    std::string_view sub = sub_view(st, r);
    int64_t len = static_cast<int64_t>(s.size());
    adjust_indices(r.start, r.end, len);
    size_t pos = std::string_view::npos;
    if (r.end - r.start >= static_cast<int64_t>(sub.size())) {
        pos = reverse ? rfind_in(s, sub, size_t(r.start), size_t(r.end)) : find_in(s, sub, size_t(r.start), size_t(r.end));
    }
    if (pos == std::string_view::npos) {
        if (raise_missing) return value_error(st, "subsection not found");
        return Value::from_int(-1);
    }
    return Value::from_int(static_cast<int64_t>(pos));
}

Value m_find(State& st, Args a) { return find_common(st, a, "find", false, false); }
Value m_rfind(State& st, Args a) { return find_common(st, a, "rfind", true, false); }
Value m_index(State& st, Args a) { return find_common(st, a, "index", false, true); }
Value m_rindex(State& st, Args a) { return find_common(st, a, "rindex", true, true); }

Value m_count(State& st, Args a) {
    SubArgs r;
    if (!sub_args(st, a, "count", r)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    std::string_view sub = sub_view(st, r);
    int64_t len = static_cast<int64_t>(s.size());
    adjust_indices(r.start, r.end, len);
    if (r.end - r.start < static_cast<int64_t>(sub.size())) return Value::from_int(0);
    if (sub.empty()) return Value::from_int(r.end - r.start + 1);
    return Value::from_int(
        static_cast<int64_t>(count_in(s, sub, size_t(r.start), size_t(r.end), std::string_view::npos)));
}

// startswith / endswith: prefix is a bytes-like object or a tuple of them.
Value starts_ends(State& st, Args a, const char* name, bool at_end) {
    if (a.kwnames && a.nkw()) {
        type_error(st, std::string(kind_name(st, a.v[0])) + "." + name + "() takes no keyword arguments");
        return Value::error();
    }
    size_t n = a.n - 1;
    if (n < 1 || n > 3)
        return type_error(st, std::string(name) + "() takes at " + (n < 1 ? "least 1 argument" : "most 3 arguments") +
                                  " (" + std::to_string(n) + " given)");
    int64_t start = 0, end = kSsizeMax;
    if (!slice_arg(st, opt(a, 2), start) || !slice_arg(st, opt(a, 3), end)) return Value::error();
    Value prefix = a.v[1];
    bool tuple = isinstance(st, prefix, st.tuple_type);
    std::string_view probe;
    if (!tuple && !bytes_like(st, prefix, probe))
        return type_error(st, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                  type_name(st, prefix));
    size_t count = tuple ? as_tuple(prefix)->size : 1;
    for (size_t k = 0; k < count; ++k) {
        std::string_view sub;
        if (!buffer_arg(st, tuple ? as_tuple(prefix)->items[k] : prefix, sub)) return Value::error();
        std::string_view s = self_view(st, a.v[0]);
        int64_t b = start, e = end;
        adjust_indices(b, e, static_cast<int64_t>(s.size()));
        if (e - b < static_cast<int64_t>(sub.size())) continue;
        size_t from = at_end ? size_t(e) - sub.size() : size_t(b);
        if (s.substr(from, sub.size()) == sub) return Value::from_bool(true);
    }
    return Value::from_bool(false);
}

Value m_startswith(State& st, Args a) { return starts_ends(st, a, "startswith", false); }
Value m_endswith(State& st, Args a) { return starts_ends(st, a, "endswith", true); }

Value m_removeprefix(State& st, Args a) {
    if (!check_args(st, a, 1, "removeprefix", 1, 1)) return Value::error();
    std::string_view p;
    if (!buffer_arg(st, a.v[1], p)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
    return same_or_new(st, a.v[0], s);
}

Value m_removesuffix(State& st, Args a) {
    if (!check_args(st, a, 1, "removesuffix", 1, 1)) return Value::error();
    std::string_view p;
    if (!buffer_arg(st, a.v[1], p)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p) s.remove_suffix(p.size());
    return same_or_new(st, a.v[0], s);
}

// ---- Transforming ----------------------------------------------------------------------------

Value m_replace(State& st, Args a) {
    if (!check_args(st, a, 1, "replace", 2, 3)) return Value::error();
    int64_t maxcount = -1;
    if (a.n > 3 && !to_ssize(st, a.v[3], maxcount)) return Value::error();
    std::string_view from, to;
    if (!buffer_arg(st, a.v[1], from) || !buffer_arg(st, a.v[2], to)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    size_t limit = maxcount < 0 ? std::string_view::npos : size_t(maxcount);
    if (limit == 0 || (from.empty() && to.empty())) return same_or_new(st, a.v[0], s);
    std::string out;
    if (from.empty()) {
        // The replacement goes before every byte and at the end, up to `limit` times.
        size_t n = std::min(limit, s.size() + 1);
        if (to.size() > 0 && n > (kMaxBytes - s.size()) / to.size()) return overflow_error(st, "replace bytes is too long");
        out.reserve(s.size() + n * to.size());
        size_t i = 0;
        for (size_t k = 0; k < n; ++k) {
            out += to;
            if (i < s.size()) out += s[i++];
        }
        out.append(s.substr(i));
        return make_like(st, is_bytearray(st, a.v[0]), out);
    }
    size_t n = count_in(s, from, 0, s.size(), limit);
    if (n == 0) return same_or_new(st, a.v[0], s);
    if (to.size() > from.size() && n > (kMaxBytes - s.size()) / (to.size() - from.size()))
        return overflow_error(st, "replace bytes is too long");
    out.reserve(s.size() - n * from.size() + n * to.size());
    size_t i = 0;
    for (size_t k = 0; k < n; ++k) {
        size_t j = find_in(s, from, i, s.size());
        out.append(s.substr(i, j - i));
        out += to;
        i = j + from.size();
    }
    out.append(s.substr(i));
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

bool append_piece(State& st, List* l, Value self, std::string_view piece) {
    Value v = same_or_new(st, self, piece);
    return !v.is_error() && list_append(st, l, v);
}

// split and rsplit: sep=None, maxsplit=-1.
Value split_common(State& st, Args a, const char* name, bool reverse) {
    Value args[2];
    if (!parse_kwargs(st, a, 1, name, {"sep", "maxsplit"}, 2, args)) return Value::error();
    int64_t maxsplit = -1;
    if (!args[1].is_missing() && !to_ssize(st, args[1], maxsplit)) return Value::error();
    if (maxsplit < 0) maxsplit = kSsizeMax;
    bool by_space = args[0].is_missing() || args[0].is_none();
    std::string_view sep;
    if (!by_space) {
        if (!buffer_arg(st, args[0], sep)) return Value::error();
        if (sep.empty()) return value_error(st, "empty separator");
    }
    Value self = a.v[0];
    List* l = make_list(st);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    std::string_view s = self_view(st, self);
    std::vector<std::string_view> parts;
    if (by_space) {
        if (!reverse) {
            size_t i = 0, n = s.size();
            while (true) {
                while (i < n && b_space(at(s, i))) ++i;
                if (i == n) break;
                if (maxsplit-- == 0) {
                    parts.push_back(s.substr(i));
                    break;
                }
                size_t j = i;
                while (j < n && !b_space(at(s, j))) ++j;
                parts.push_back(s.substr(i, j - i));
                i = j;
            }
        } else {
            size_t e = s.size();
            while (true) {
                while (e > 0 && b_space(at(s, e - 1))) --e;
                if (e == 0) break;
                if (maxsplit-- == 0) {
                    parts.push_back(s.substr(0, e));
                    break;
                }
                size_t j = e;
                while (j > 0 && !b_space(at(s, j - 1))) --j;
                parts.push_back(s.substr(j, e - j));
                e = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else if (!reverse) {
        size_t i = 0;
        while (maxsplit-- > 0) {
            size_t j = find_in(s, sep, i, s.size());
            if (j == std::string_view::npos) break;
            parts.push_back(s.substr(i, j - i));
            i = j + sep.size();
        }
        parts.push_back(s.substr(i));
    } else {
        size_t e = s.size();
        while (maxsplit-- > 0) {
            size_t j = rfind_in(s, sep, 0, e);
            if (j == std::string_view::npos) break;
            parts.push_back(s.substr(j + sep.size(), e - j - sep.size()));
            e = j;
        }
        parts.push_back(s.substr(0, e));
        std::reverse(parts.begin(), parts.end());
    }
    // Making the pieces allocates but runs no Python code: the views stay valid.
    for (std::string_view p : parts)
        if (!append_piece(st, l, self, p)) return Value::error();
    return Value::from_object(l);
}

Value m_split(State& st, Args a) { return split_common(st, a, "split", false); }
Value m_rsplit(State& st, Args a) { return split_common(st, a, "rsplit", true); }

Value m_splitlines(State& st, Args a) {
    Value args[1];
    if (!parse_kwargs(st, a, 1, "splitlines", {"keepends"}, 1, args)) return Value::error();
    int64_t keep = 0;
    if (!args[0].is_missing() && !to_ssize(st, args[0], keep)) return Value::error();
    Value self = a.v[0];
    List* l = make_list(st);
    if (!l) return Value::error();
    Root root(st.heap, Value::from_object(l));
    std::string_view s = self_view(st, self);
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
        size_t eol = j;
        if (j < n) {
            j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
            if (keep) eol = j;
        }
        if (!append_piece(st, l, self, s.substr(i, eol - i))) return Value::error();
        i = j;
    }
    return Value::from_object(l);
}

Value partition_common(State& st, Args a, const char* name, bool reverse) {
    if (!check_args(st, a, 1, name, 1, 1)) return Value::error();
    std::string_view sep;
    if (!buffer_arg(st, a.v[1], sep)) return Value::error();
    if (sep.empty()) return value_error(st, "empty separator");
    Value self = a.v[0];
    bool array = is_bytearray(st, self);
    std::string_view s = self_view(st, self);
    size_t i = reverse ? rfind_in(s, sep, 0, s.size()) : find_in(s, sep, 0, s.size());
    Tuple* t = make_tuple(st, 3);
    if (!t) return Value::error();
    Root root(st.heap, Value::from_object(t));
    std::string_view parts[3];
    if (i == std::string_view::npos) {
        parts[reverse ? 2 : 0] = s;
        parts[reverse ? 0 : 2] = s.substr(0, 0);
    } else {
        parts[0] = s.substr(0, i);
        parts[1] = s.substr(i, sep.size());
        parts[2] = s.substr(i + sep.size());
    }
    for (int k = 0; k < 3; ++k) {
        // A bytes receiver returns the separator object itself, as CPython does.
        Value v = (k == 1 && !array && i != std::string_view::npos) ? a.v[1] : same_or_new(st, self, parts[k]);
        if (v.is_error()) return v;
        t->items[k] = v;
    }
    return Value::from_object(t);
}

Value m_partition(State& st, Args a) { return partition_common(st, a, "partition", false); }
Value m_rpartition(State& st, Args a) { return partition_common(st, a, "rpartition", true); }

// strip (which 3), lstrip (1), rstrip (2): bytes=None strips ASCII whitespace.
Value strip_common(State& st, Args a, const char* name, int which) {
    if (!check_args(st, a, 1, name, 0, 1)) return Value::error();
    std::string_view chars;
    bool space = a.n < 2 || a.v[1].is_none();
    if (!space && !buffer_arg(st, a.v[1], chars)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    auto strip_it = [&](unsigned char c) { return space ? b_space(c) : chars.find(static_cast<char>(c)) != chars.npos; };
    size_t b = 0, e = s.size();
    if (which & 1)
        while (b < e && strip_it(at(s, b))) ++b;
    if (which & 2)
        while (e > b && strip_it(at(s, e - 1))) --e;
    return same_or_new(st, a.v[0], s.substr(b, e - b));
}

Value m_strip(State& st, Args a) { return strip_common(st, a, "strip", 3); }
Value m_lstrip(State& st, Args a) { return strip_common(st, a, "lstrip", 1); }
Value m_rstrip(State& st, Args a) { return strip_common(st, a, "rstrip", 2); }

Value m_join(State& st, Args a) {
    if (!check_args(st, a, 1, "join", 1, 1)) return Value::error();
    Value self = a.v[0];
    Value it = get_iter(st, a.v[1]);
    if (it.is_error()) {
        if (!raised_matches(st, st.exc.TypeError)) return it;
        take_raised(st);
        return type_error(st, "can only join an iterable");
    }
    List* items;
    {
        Root keep_it(st.heap, it);
        items = list_from_iterable(st, it);
    }
    if (!items) return Value::error();
    Root keep(st.heap, Value::from_object(items));
    size_t total = 0;
    for (size_t k = 0; k < items->size; ++k) {
        std::string_view p;
        if (!bytes_like(st, items->items[k], p))
            return type_error(st, "sequence item " + std::to_string(k) + ": expected a bytes-like object, " +
                                      type_name(st, items->items[k]) + " found");
        total += p.size();
    }
    std::string_view sep = self_view(st, self);
    if (items->size > 1) total += sep.size() * (items->size - 1);
    if (total > kMaxBytes) return raise_no_memory(st);
    std::string out;
    out.reserve(total);
    for (size_t k = 0; k < items->size; ++k) {
        if (k) out += sep;
        std::string_view p;
        bytes_like(st, items->items[k], p);
        out += p;
    }
    return make_like(st, is_bytearray(st, self), out);
}

// center, ljust, rjust: `left` bytes of fill before, the rest after.
Value pad_common(State& st, Args a, const char* name, int how) {
    if (!check_args(st, a, 1, name, 1, 2)) return Value::error();
    int64_t width;
    if (!to_ssize(st, a.v[1], width)) return Value::error();
    char fill;
    if (!fill_arg(st, opt(a, 2), name, fill)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    int64_t len = static_cast<int64_t>(s.size());
    if (width <= len) return same_or_new(st, a.v[0], s);
    if (static_cast<uint64_t>(width) > kMaxBytes) return raise_no_memory(st);
    int64_t marg = width - len;
    int64_t left = how == 0 ? marg / 2 + (marg & width & 1) : how < 0 ? 0 : marg;
    std::string out(static_cast<size_t>(left), fill);
    out += s;
    out.append(static_cast<size_t>(marg - left), fill);
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

Value m_center(State& st, Args a) { return pad_common(st, a, "center", 0); }
Value m_ljust(State& st, Args a) { return pad_common(st, a, "ljust", -1); }
Value m_rjust(State& st, Args a) { return pad_common(st, a, "rjust", 1); }

Value m_zfill(State& st, Args a) {
    if (!check_args(st, a, 1, "zfill", 1, 1)) return Value::error();
    int64_t width;
    if (!to_ssize(st, a.v[1], width)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    int64_t len = static_cast<int64_t>(s.size());
    if (width <= len) return same_or_new(st, a.v[0], s);
    if (static_cast<uint64_t>(width) > kMaxBytes) return raise_no_memory(st);
    std::string out(static_cast<size_t>(width - len), '0');
    out += s;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out[0] = s[0];
        out[static_cast<size_t>(width - len)] = '0';
    }
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

Value m_expandtabs(State& st, Args a) {
    Value args[1];
    if (!parse_kwargs(st, a, 1, "expandtabs", {"tabsize"}, 1, args)) return Value::error();
    int64_t tabsize = 8;
    if (!args[0].is_missing() && !to_ssize(st, args[0], tabsize)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    std::string out;
    size_t col = 0;
    for (char c : s) {
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = static_cast<size_t>(tabsize) - col % static_cast<size_t>(tabsize);
                if (out.size() + n > kMaxBytes) return overflow_error(st, "result too long");
                out.append(n, ' ');
                col += n;
            }
        } else {
            out += c;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

// lower, upper, swapcase, capitalize, title: ASCII case mapping of every byte.
template <typename F>
Value map_bytes(State& st, Args a, const char* name, F&& f) {
    if (!no_args(st, a, a.v[0], name)) return Value::error();
    std::string out(self_view(st, a.v[0]));
    f(out);
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

Value m_lower(State& st, Args a) {
    return map_bytes(st, a, "lower", [](std::string& s) {
        for (char& c : s) c = to_lower(static_cast<unsigned char>(c));
    });
}

Value m_upper(State& st, Args a) {
    return map_bytes(st, a, "upper", [](std::string& s) {
        for (char& c : s) c = to_upper(static_cast<unsigned char>(c));
    });
}

Value m_swapcase(State& st, Args a) {
    return map_bytes(st, a, "swapcase", [](std::string& s) {
        for (char& c : s) {
            unsigned char u = static_cast<unsigned char>(c);
            c = b_upper(u) ? to_lower(u) : to_upper(u);
        }
    });
}

Value m_capitalize(State& st, Args a) {
    return map_bytes(st, a, "capitalize", [](std::string& s) {
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char u = static_cast<unsigned char>(s[i]);
            s[i] = i == 0 ? to_upper(u) : to_lower(u);
        }
    });
}

Value m_title(State& st, Args a) {
    return map_bytes(st, a, "title", [](std::string& s) {
        bool prev_cased = false;
        for (char& c : s) {
            unsigned char u = static_cast<unsigned char>(c);
            c = prev_cased ? to_lower(u) : to_upper(u);
            prev_cased = b_alpha(u);
        }
    });
}

// isalnum, isalpha, isdigit, isspace: every byte in the class, and at least one byte.
template <typename F>
Value all_bytes(State& st, Args a, const char* name, F&& f) {
    if (!no_args(st, a, a.v[0], name)) return Value::error();
    std::string_view s = self_view(st, a.v[0]);
    if (s.empty()) return Value::from_bool(false);
    for (unsigned char c : s)
        if (!f(c)) return Value::from_bool(false);
    return Value::from_bool(true);
}

Value m_isalnum(State& st, Args a) {
    return all_bytes(st, a, "isalnum", [](unsigned char c) { return b_alpha(c) || b_digit(c); });
}
Value m_isalpha(State& st, Args a) { return all_bytes(st, a, "isalpha", b_alpha); }
Value m_isdigit(State& st, Args a) { return all_bytes(st, a, "isdigit", b_digit); }
Value m_isspace(State& st, Args a) { return all_bytes(st, a, "isspace", b_space); }

Value m_isascii(State& st, Args a) {
    if (!no_args(st, a, a.v[0], "isascii")) return Value::error();
    for (unsigned char c : self_view(st, a.v[0]))
        if (c >= 0x80) return Value::from_bool(false);
    return Value::from_bool(true);
}

// islower / isupper: at least one cased byte, and none of the other case.
Value case_test(State& st, Args a, const char* name, bool want_lower) {
    if (!no_args(st, a, a.v[0], name)) return Value::error();
    bool cased = false;
    for (unsigned char c : self_view(st, a.v[0])) {
        if (want_lower ? b_upper(c) : b_lower(c)) return Value::from_bool(false);
        cased |= b_alpha(c);
    }
    return Value::from_bool(cased);
}

Value m_islower(State& st, Args a) { return case_test(st, a, "islower", true); }
Value m_isupper(State& st, Args a) { return case_test(st, a, "isupper", false); }

Value m_istitle(State& st, Args a) {
    if (!no_args(st, a, a.v[0], "istitle")) return Value::error();
    bool cased = false, prev_cased = false;
    for (unsigned char c : self_view(st, a.v[0])) {
        if (b_upper(c)) {
            if (prev_cased) return Value::from_bool(false);
            prev_cased = cased = true;
        } else if (b_lower(c)) {
            if (!prev_cased) return Value::from_bool(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return Value::from_bool(cased);
}

Value m_translate(State& st, Args a) {
    // translate(table, /, delete=b'')
    size_t npos = a.n - 1;
    bool table_by_name = false;
    for (size_t k = 0; a.kwnames && k < a.nkw(); ++k) table_by_name |= str_view(a.kwnames->items[k]) == "table";
    if (npos < 1 || table_by_name)
        return type_error(st, "translate() takes at least 1 positional argument (" + std::to_string(npos) + " given)");
    Value args[2];
    if (!parse_kwargs(st, a, 1, "translate", {"table", "delete"}, 2, args)) return Value::error();
    std::string_view table, del;
    bool have_table = !args[0].is_none();
    if (have_table) {
        if (!buffer_arg(st, args[0], table)) return Value::error();
        if (table.size() != 256) return value_error(st, "translation table must be 256 characters long");
    }
    if (!args[1].is_missing() && !buffer_arg(st, args[1], del)) return Value::error();
    bool drop[256] = {};
    for (unsigned char c : del) drop[c] = true;
    std::string_view s = self_view(st, a.v[0]);
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (drop[c]) continue;
        out += have_table ? table[c] : static_cast<char>(c);
    }
    if (!have_table && del.empty()) return same_or_new(st, a.v[0], s);
    return make_like(st, is_bytearray(st, a.v[0]), out);
}

// bytes.maketrans(frm, to) and bytearray.maketrans: a static method; the result is bytes.
Value m_maketrans(State& st, Args a) {
    if (!check_args(st, a, 0, "maketrans", 2, 2)) return Value::error();
    std::string_view from, to;
    if (!buffer_arg(st, a.v[0], from) || !buffer_arg(st, a.v[1], to)) return Value::error();
    if (from.size() != to.size()) return value_error(st, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int c = 0; c < 256; ++c) table[c] = static_cast<char>(c);
    for (size_t i = 0; i < from.size(); ++i) table[at(from, i)] = to[i];
    return make_like(st, false, table);
}

Value m_decode(State& st, Args a) {
    Value args[2];
    if (!parse_kwargs(st, a, 1, "decode", {"encoding", "errors"}, 2, args)) return Value::error();
    std::string_view encoding = "utf-8", errors = "strict";
    if (!args[0].is_missing()) {
        if (!isinstance(st, args[0], st.str_type))
            return type_error(st, "decode() argument 'encoding' must be str, not " + type_name(st, args[0]));
        encoding = str_view(args[0]);
    }
    if (!args[1].is_missing()) {
        if (!isinstance(st, args[1], st.str_type))
            return type_error(st, "decode() argument 'errors' must be str, not " + type_name(st, args[1]));
        errors = str_view(args[1]);
    }
    if (is_bytearray(st, a.v[0])) {
        // The codecs run no Python code, but a copy keeps the view independent of the buffer.
        std::string copy(self_view(st, a.v[0]));
        return str_decode(st, copy, encoding, errors);
    }
    return str_decode(st, self_view(st, a.v[0]), encoding, errors);
}

// hex(sep=<none>, bytes_per_sep=1): sep is a str or bytes of one ASCII character; a positive
// bytes_per_sep groups from the right, a negative one from the left.
Value m_hex(State& st, Args a) {
    Value args[2];
    if (!parse_kwargs(st, a, 1, "hex", {"sep", "bytes_per_sep"}, 2, args)) return Value::error();
    char sep = 0;
    int64_t per = 1;
    if (!args[1].is_missing()) {
        if (!to_ssize(st, args[1], per)) {
            if (raised_matches(st, st.exc.OverflowError)) {
                take_raised(st);
                return overflow_error(st, "Python int too large to convert to C int");
            }
            return Value::error();
        }
        if (per > INT32_MAX || per < INT32_MIN) return overflow_error(st, "Python int too large to convert to C int");
    }
    if (!args[0].is_missing()) {
        std::string_view sv;
        if (isinstance(st, args[0], st.str_type)) {
            sv = str_view(args[0]);
            if (utf8::length(sv) != 1) return value_error(st, "sep must be length 1.");
        } else if (bytes_like(st, args[0], sv)) {
            if (sv.size() != 1) return value_error(st, "sep must be length 1.");
        } else {
            int64_t n = length(st, args[0]);
            if (n < 0) return Value::error();
            if (n != 1) return value_error(st, "sep must be length 1.");
            return type_error(st, "sep must be str or bytes.");
        }
        if (static_cast<unsigned char>(sv[0]) >= 0x80) return value_error(st, "sep must be ASCII.");
        sep = sv[0];
    }
    static const char* digits = "0123456789abcdef";
    std::string_view s = self_view(st, a.v[0]);
    size_t n = s.size();
    std::string out;
    out.reserve(n * 3);
    size_t group = per < 0 ? static_cast<size_t>(-per) : static_cast<size_t>(per);
    for (size_t i = 0; i < n; ++i) {
        if (sep && group && i > 0) {
            // Positive: groups are counted from the end, so a separator precedes byte i when
            // the number of bytes after it is a multiple of the group size.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        unsigned char c = at(s, i);
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return str_value(st, out);
}

// bytes.fromhex(string) / bytearray.fromhex: a classmethod; subclasses get cls(result).
Value m_fromhex(State& st, Args a) {
    Value cls = a.v[0];
    bool array = is_subtype(as_type(cls), st.bytearray_type);
    if (!check_args(st, a, 1, array ? "bytearray.fromhex" : "bytes.fromhex", 1, 1)) return Value::error();
    if (!isinstance(st, a.v[1], st.str_type))
        return type_error(st, "fromhex() argument must be str, not " + type_name(st, a.v[1]));
    std::string_view s = str_view(a.v[1]);
    std::string out;
    auto hexval = [](unsigned char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    size_t i = 0, n = s.size();
    auto fail = [&](size_t pos) {
        // Every character before a failure is ASCII, so the byte offset is the position.
        return value_error(st, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos));
    };
    while (i < n) {
        if (b_space(at(s, i))) {
            ++i;
            continue;
        }
        int hi = hexval(at(s, i));
        if (hi < 0) return fail(i);
        if (i + 1 >= n) return fail(i + 1);
        int lo = hexval(at(s, i + 1));
        if (lo < 0) return fail(i + 1);
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    Type* t = as_type(cls);
    Value r = make_like(st, array, out);
    if (r.is_error() || t == st.bytes_type || t == st.bytearray_type) return r;
    Root keep(st.heap, r);
    return call(st, cls, {r});
}

Value m_getnewargs(State& st, Args a) {
    if (!no_args(st, a, a.v[0], "__getnewargs__")) return Value::error();
    Value b = make_like(st, false, self_view(st, a.v[0]));
    if (b.is_error()) return b;
    Root keep(st.heap, b);
    Tuple* t = make_tuple(st, {b});
    return t ? Value::from_object(t) : Value::error();
}

Value m_bytes(State& st, Args a) {
    if (!no_args(st, a, a.v[0], "__bytes__")) return Value::error();
    if (a.v[0].as_object()->type == st.bytes_type) return a.v[0];
    return make_like(st, false, self_view(st, a.v[0]));
}

// ---- printf-style formatting: bytes % args ---------------------------------------------------

struct PercentArgs {
    Value args;
    int64_t arglen, argidx;   // a tuple is consumed item by item; anything else is one argument
    Value dict;               // the mapping for "%(key)" conversions, or None
};

Value next_arg(State& st, PercentArgs& c) {
    if (c.argidx < c.arglen) {
        int64_t i = c.argidx++;
        if (c.arglen < 0) return c.args;
        return as_tuple(c.args)->items[i];
    }
    return type_error(st, "not enough arguments for format string");
}

bool star_arg(State& st, PercentArgs& c, int64_t& out) {
    Value v = next_arg(st, c);
    if (v.is_error()) return false;
    if (!is_int(st, v) && !v.is_bool()) {
        type_error(st, "* wants int");
        return false;
    }
    return to_ssize(st, v, out);
}

Value raise_fmt_error(State& st, const fmt::Error& e) {
    if (e.kind == fmt::ErrorKind::memory_error) return raise_no_memory(st);
    if (e.kind == fmt::ErrorKind::overflow_error) return overflow_error(st, e.message);
    return value_error(st, e.message);
}

// The digits of an exact int in `base`, without its sign.
void int_digits(State& st, Value iv, int base, bool& negative, std::string& digits) {
    if (iv.is_bool() || iv.is_int()) {
        int64_t x = iv.is_bool() ? iv.is_true() : iv.as_int();
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

// %d %i %u %o %x %X. Floats are truncated for the decimal types, as CPython does.
bool percent_int(State& st, Value v, const fmt::PercentSpec& spec, char type, std::string& out) {
    bool integer_only = type == 'o' || type == 'x' || type == 'X';
    auto wrong = [&]() {
        type_error(st, std::string("%") + type + " format: " + (integer_only ? "an integer" : "a real number") +
                           " is required, not " + type_name(st, v));
        return false;
    };
    Value iv = v;
    if (!v.is_int() && !v.is_bool() && !is_int(st, v)) {
        Type* t = type_of(st, v);
        bool isfloat = v.is_double() || is_float(st, v);
        if (integer_only) {
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
        if (iv.is_error()) return false;
    }
    bool negative;
    std::string digits;
    int_digits(st, iv, fmt::percent_int_base(static_cast<char32_t>(type)), negative, digits);
    fmt::Error err;
    if (!fmt::format_percent_int(negative, digits, spec, out, err)) {
        raise_fmt_error(st, err);
        return false;
    }
    return true;
}

// %s %b %r %a %c: bytes padded to the width and cut to the precision, counted in bytes.
void pad_bytes(std::string& out, std::string_view s, const fmt::PercentSpec& spec) {
    if (spec.precision >= 0 && static_cast<uint64_t>(spec.precision) < s.size()) s = s.substr(0, size_t(spec.precision));
    size_t pad = spec.width > 0 && static_cast<uint64_t>(spec.width) > s.size() ? size_t(spec.width) - s.size() : 0;
    if (!spec.left) out.append(pad, ' ');
    out += s;
    if (spec.left) out.append(pad, ' ');
}

// The bytes %s / %b formats: a bytes-like object or the result of __bytes__.
bool percent_bytes(State& st, Value v, const fmt::PercentSpec& spec, std::string& out) {
    std::string_view s;
    if (bytes_like(st, v, s)) {
        pad_bytes(out, s, spec);
        return true;
    }
    Str* name = intern(st, "__bytes__");
    if (!name) return false;
    Value r = call_special(st, v, name, {});
    if (r.is_error()) return false;
    if (r.is_missing()) {
        type_error(st, "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                           type_name(st, v) + "'");
        return false;
    }
    if (!is_bytes(st, r)) {
        type_error(st, "__bytes__ returned non-bytes (type " + type_name(st, r) + ")");
        return false;
    }
    pad_bytes(out, as_bytes(r)->view(), spec);
    return true;
}

Value percent_format(State& st, Value self, Value args) {
    bool array = is_bytearray(st, self);
    // A bytearray format could be changed by the Python code the conversions run: use a copy.
    std::string fmt_copy;
    std::string_view f = self_view(st, self);
    if (array) {
        fmt_copy.assign(f);
        f = fmt_copy;
    }
    PercentArgs c;
    c.args = args;
    c.dict = Value::none();
    bool tuple = isinstance(st, args, st.tuple_type);
    if (tuple) {
        c.arglen = static_cast<int64_t>(as_tuple(args)->size);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (!tuple && !is_bytes(st, args) && !is_bytearray(st, args) && !isinstance(st, args, st.str_type) &&
        type_of(st, args)->getitem)
        c.dict = args;
    Root keyed(st.heap);   // the value of the last "%(key)" lookup
    const char* p = f.data();
    const size_t n = f.size();
    std::string out;
    out.reserve(n + 16);
    size_t i = 0;
    while (i < n) {
        const void* pc = std::memchr(p + i, '%', n - i);
        if (!pc) {
            out.append(p + i, n - i);
            break;
        }
        size_t at_pct = static_cast<size_t>(static_cast<const char*>(pc) - p);
        out.append(p + i, at_pct - i);
        i = at_pct + 1;
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
            Value key = make_like(st, false, std::string_view(p + kstart, i - 1 - kstart));
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
            char ch = p[i];
            if (ch == '-') spec.left = true;
            else if (ch == '+') spec.plus = true;
            else if (ch == ' ') spec.space = true;
            else if (ch == '#') spec.alternate = true;
            else if (ch == '0') spec.zero = true;
            else break;
        }
        if (i < n && p[i] == '*') {
            if (!star_arg(st, c, spec.width)) return Value::error();
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++i;
        } else if (i < n && b_digit(static_cast<unsigned char>(p[i]))) {
            spec.width = 0;
            for (; i < n && b_digit(static_cast<unsigned char>(p[i])); ++i) {
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
                for (; i < n && b_digit(static_cast<unsigned char>(p[i])); ++i) {
                    int d = p[i] - '0';
                    if (spec.precision > (kSsizeMax - d) / 10) return value_error(st, "precision too big");
                    spec.precision = spec.precision * 10 + d;
                }
            }
        }
        if (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) ++i;
        if (i >= n) return value_error(st, "incomplete format");
        size_t type_at = i;
        unsigned char type = static_cast<unsigned char>(p[i++]);
        spec.type = type;
        Value v = next_arg(st, c);
        if (v.is_error()) return v;
        switch (type) {
            case 's':
            case 'b':
                if (!percent_bytes(st, v, spec, out)) return Value::error();
                break;
            case 'r':
            case 'a': {
                Value text = ascii(st, v);
                if (text.is_error()) return text;
                pad_bytes(out, str_view(text), spec);
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
                if (!to_double(st, v, d)) {
                    if (!raised_matches(st, st.exc.TypeError)) return Value::error();
                    take_raised(st);
                    return type_error(st, "float argument required, not " + type_name(st, v));
                }
                fmt::Error err;
                if (!fmt::format_percent_float(d, spec, out, err)) return raise_fmt_error(st, err);
                break;
            }
            case 'c': {
                std::string_view one;
                char ch;
                if (bytes_like(st, v, one)) {
                    if (one.size() != 1)
                        return type_error(st, "%c requires an integer in range(256) or a single byte");
                    ch = one[0];
                } else if (has_index(st, v)) {
                    int64_t x;
                    if (!clamp_index(st, v, x)) return Value::error();
                    if (x < 0 || x > 255) return overflow_error(st, "%c arg not in range(256)");
                    ch = static_cast<char>(x);
                } else {
                    return type_error(st, "%c requires an integer in range(256) or a single byte");
                }
                pad_bytes(out, std::string_view(&ch, 1), spec);
                break;
            }
            default: {
                // CPython formats the byte as a signed char, which fails beyond ASCII.
                if (type >= 0x80) return overflow_error(st, "character argument not in range(0x110000)");
                char shown = type >= 32 && type <= 126 ? static_cast<char>(type) : '?';
                char hex[16];
                std::snprintf(hex, sizeof hex, "%x", type);
                return value_error(st, std::string("unsupported format character '") + shown + "' (0x" + hex +
                                           ") at index " + std::to_string(type_at));
            }
        }
    }
    if (c.argidx < c.arglen && c.dict.is_none())
        return type_error(st, "not all arguments converted during bytes formatting");
    return make_like(st, array, out);
}

// ---- Construction ----------------------------------------------------------------------------

// The bytes of a bytes-like object or of an iterable of ints (bytes(x), bytearray(x)).
bool bytes_from_object(State& st, Value src, bool array, std::string& out) {
    std::string_view s;
    if (bytes_like(st, src, s)) {
        out.assign(s);
        return true;
    }
    Value it = get_iter(st, src);
    if (it.is_error()) {
        if (!raised_matches(st, st.exc.TypeError)) return false;
        take_raised(st);
        type_error(st, "cannot convert '" + type_name(st, src) + "' object to " + (array ? "bytearray" : "bytes"));
        return false;
    }
    Root keep(st.heap, it);
    const char* range_message = array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
    for (;;) {
        Value v = iter_next(st, it);
        if (v.is_stop()) return true;
        if (v.is_error()) return false;
        uint8_t b;
        if (!byte_value(st, v, b, range_message)) return false;
        if (out.size() >= kMaxBytes) {
            raise_no_memory(st);
            return false;
        }
        out += static_cast<char>(b);
    }
}

// The (source, encoding, errors) arguments of bytes() and bytearray().
struct SourceArgs {
    Value source, encoding, errors;
};

bool source_args(State& st, Args a, const char* fname, SourceArgs& r) {
    Value args[3];
    if (!parse_kwargs(st, a, 0, fname, {"source", "encoding", "errors"}, 3, args)) return false;
    r.source = args[0];
    r.encoding = args[1];
    r.errors = args[2];
    const char* names[] = {"encoding", "errors"};
    Value* vals[] = {&r.encoding, &r.errors};
    for (int k = 0; k < 2; ++k) {
        if (!vals[k]->is_missing() && !isinstance(st, *vals[k], st.str_type)) {
            type_error(st, std::string(fname) + "() argument '" + names[k] + "' must be str, not " +
                               type_name(st, *vals[k]));
            return false;
        }
    }
    return true;
}

// str source with an encoding: str.encode's result, as a std::string.
bool encode_source(State& st, const SourceArgs& r, std::string& out) {
    std::string_view enc = r.encoding.is_missing() ? "utf-8" : str_view(r.encoding);
    std::string_view errors = r.errors.is_missing() ? "strict" : str_view(r.errors);
    Value b = str_encode(st, as_str(r.source), enc, errors);
    if (b.is_error()) return false;
    std::string_view s;
    if (!bytes_like(st, b, s)) {
        type_error(st, "encoder did not return a bytes object (type=" + type_name(st, b) + ")");
        return false;
    }
    out.assign(s);
    return true;
}

// A count for bytes(n) / bytearray(n): 1 when `n` is an int that was read, 0 when it is not an
// integer after all (its __index__ raised TypeError: try it as an iterable), -1 on error.
int count_source(State& st, Value v, int64_t& n) {
    if (v.is_int()) {
        n = v.as_int();
    } else {
        Value iv = number_index(st, v);
        if (iv.is_error()) {
            if (!raised_matches(st, st.exc.TypeError)) return -1;
            take_raised(st);
            return 0;
        }
        if (!int_to_int64(st, iv, n)) {
            overflow_error(st, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
    }
    if (n < 0) {
        value_error(st, "negative count");
        return -1;
    }
    if (static_cast<uint64_t>(n) > kMaxBytes) {
        raise_no_memory(st);
        return -1;
    }
    return 1;
}

Value bytes_new(State& st, Type* type, Args a) {
    SourceArgs r;
    if (!source_args(st, a, "bytes", r)) return Value::error();
    Value x = r.source;
    if (x.is_missing()) {
        if (!r.encoding.is_missing()) return type_error(st, "encoding without a string argument");
        if (!r.errors.is_missing()) return type_error(st, "errors without a string argument");
        return bytes_of_type(st, type, "");
    }
    bool is_text = isinstance(st, x, st.str_type);
    std::string data;
    if (!r.encoding.is_missing()) {
        if (!is_text) return type_error(st, "encoding without a string argument");
        if (!encode_source(st, r, data)) return Value::error();
        return bytes_of_type(st, type, data);
    }
    if (!r.errors.is_missing())
        return type_error(st, is_text ? "string argument without an encoding" : "errors without a string argument");
    if (x.is_object() && x.as_object()->type == st.bytes_type && type == st.bytes_type) return x;
    Str* name = intern(st, "__bytes__");
    if (!name) return Value::error();
    Value b = call_special(st, x, name, {});
    if (b.is_error()) return b;
    if (!b.is_missing()) {
        if (!is_bytes(st, b)) return type_error(st, "__bytes__ returned non-bytes (type " + type_name(st, b) + ")");
        if (type == st.bytes_type) return b;
        Root keep(st.heap, b);
        return bytes_of_type(st, type, as_bytes(b)->view());
    }
    if (is_text) return type_error(st, "string argument without an encoding");
    if (has_index(st, x)) {
        int64_t n;
        int k = count_source(st, x, n);
        if (k < 0) return Value::error();
        if (k > 0) {
            Bytes* z = alloc_bytes(st, type, static_cast<size_t>(n));   // zero-filled
            return z ? Value::from_object(z) : Value::error();
        }
    }
    if (!bytes_from_object(st, x, false, data)) return Value::error();
    return bytes_of_type(st, type, data);
}

// ---- bytes slots -----------------------------------------------------------------------------

Value bytes_repr(State& st, Value self) {
    std::string out;
    pyrepr::bytes_repr(out, as_bytes(self)->view());
    return str_value(st, out);
}

int64_t hash_data(std::string_view s) {
    if (s.empty()) return 0;
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    // FNV's low bits are weak: mix before dict tables take them.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

bool bytes_hash(State&, Value self, int64_t& out) {
    Bytes* b = as_bytes(self);
    if (b->hash == -1) b->hash = hash_data(b->view());
    out = b->hash;
    return true;
}

Value compare_views(std::string_view x, std::string_view y, CmpOp op) {
    if (op == CmpOp::Eq || op == CmpOp::Ne) {
        bool eq = x.size() == y.size() && (x.empty() || std::memcmp(x.data(), y.data(), x.size()) == 0);
        return Value::from_bool(eq == (op == CmpOp::Eq));
    }
    size_t n = std::min(x.size(), y.size());
    int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
    if (c == 0) c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    bool r = false;
    switch (op) {
        case CmpOp::Lt: r = c < 0; break;
        case CmpOp::Le: r = c <= 0; break;
        case CmpOp::Gt: r = c > 0; break;
        case CmpOp::Ge: r = c >= 0; break;
        default: break;
    }
    return Value::from_bool(r);
}

// bytes compare only with bytes; bytearray compares with any bytes-like object, which is how
// b'x' == bytearray(b'x') works (the reflected comparison).
Value bytes_compare(State& st, Value a, Value b, CmpOp op) {
    if (!is_bytes(st, a) || !is_bytes(st, b)) return Value::not_implemented();
    return compare_views(as_bytes(a)->view(), as_bytes(b)->view(), op);
}

int64_t bytes_len(State&, Value self) { return static_cast<int64_t>(as_bytes(self)->size); }

// slice_indices against the receiver's size. A bytearray's size may change while the slice's
// __index__ methods run, so those run first and the indices are computed afterwards from
// plain ints.
bool slice_now(State& st, Value self, Value key, int64_t& start, int64_t& stop, int64_t& step, int64_t& count) {
    Slice* sl = static_cast<Slice*>(key.as_object());
    auto plain = [&](Value v) { return v.is_int() || v.is_none() || v.is_bool() || is_exact_int(st, v); };
    if (!plain(sl->start) || !plain(sl->stop) || !plain(sl->step)) {
        Value parts[3] = {sl->start, sl->stop, sl->step};
        for (Value& v : parts) {
            if (plain(v)) continue;
            if (!has_index(st, v)) {
                type_error(st, "slice indices must be integers or None or have an __index__ method");
                return false;
            }
            v = number_index(st, v);
            if (v.is_error()) return false;
        }
        Value fixed = make_slice(st, parts[0], parts[1], parts[2]);
        if (fixed.is_error()) return false;
        Root keep(st.heap, fixed);
        return slice_indices(st, static_cast<Slice*>(fixed.as_object()),
                             static_cast<int64_t>(self_view(st, self).size()), start, stop, step, count);
    }
    return slice_indices(st, sl, static_cast<int64_t>(self_view(st, self).size()), start, stop, step, count);
}

// self[key] for both kinds: an int, or a bytes/bytearray for a slice.
Value getitem_common(State& st, Value self, Value key) {
    bool array = is_bytearray(st, self);
    int64_t i;
    if (key.is_int() || (!isinstance(st, key, st.slice_type) && has_index(st, key))) {
        if (key.is_int()) {
            i = key.as_int();
        } else {
            Value iv = number_index(st, key);
            if (iv.is_error()) return iv;
            if (!int_to_int64(st, iv, i)) return index_error(st, "cannot fit 'int' into an index-sized integer");
        }
        std::string_view s = self_view(st, self);
        int64_t len = static_cast<int64_t>(s.size());
        if (i < 0) i += len;
        if (i < 0 || i >= len) return index_error(st, array ? "bytearray index out of range" : "index out of range");
        return Value::from_int(at(s, size_t(i)));
    }
    if (isinstance(st, key, st.slice_type)) {
        int64_t start, stop, step, count;
        if (!slice_now(st, self, key, start, stop, step, count)) return Value::error();
        std::string_view s = self_view(st, self);
        if (step == 1) return same_or_new(st, self, s.substr(size_t(start), size_t(count)));
        std::string out(static_cast<size_t>(count), '\0');
        for (int64_t k = 0, j = start; k < count; ++k, j += step) out[size_t(k)] = s[size_t(j)];
        return make_like(st, array, out);
    }
    return type_error(st, std::string(array ? "bytearray" : "byte") + " indices must be integers or slices, not " +
                              type_name(st, key));
}

int contains_common(State& st, Value self, Value item) {
    std::string_view sub;
    if (!bytes_like(st, item, sub)) {
        if (!has_index(st, item)) {
            type_error(st, "a bytes-like object is required, not '" + type_name(st, item) + "'");
            return -1;
        }
        uint8_t b;
        if (!byte_value(st, item, b)) return -1;
        return self_view(st, self).find(static_cast<char>(b)) != std::string_view::npos;
    }
    return self_view(st, self).find(sub) != std::string_view::npos;
}

Value iter_common(State& st, Value self) { return make_seq_iter(st, st.bytes_iterator_type, self, 0); }

Value bytes_iter_next(State& st, Value self) {
    auto* it = static_cast<SeqIter*>(self.as_object());
    if (it->seq.is_error()) return Value::stop();
    std::string_view s = self_view(st, it->seq);
    if (it->index < static_cast<int64_t>(s.size())) return Value::from_int(at(s, size_t(it->index++)));
    it->seq = Value::error();
    return Value::stop();
}

Value bytes_iter_length_hint(State& st, Args a) {
    auto* it = static_cast<SeqIter*>(a.v[0].as_object());
    if (it->seq.is_error()) return Value::from_int(0);
    int64_t n = static_cast<int64_t>(self_view(st, it->seq).size()) - it->index;
    return Value::from_int(std::max<int64_t>(n, 0));
}

// a + b: the left operand's kind decides the result (bytes + bytearray is bytes).
Value add_common(State& st, Value a, Value b) {
    std::string_view x, y;
    if (!bytes_like(st, a, x)) return Value::not_implemented();
    if (!bytes_like(st, b, y)) {
        if (has_reflected(st, b, BinOp::Add)) return Value::not_implemented();
        return type_error(st, "can't concat " + type_name(st, b) + " to " + type_name(st, a));
    }
    bool array = is_bytearray(st, a);
    if (!array && a.as_object()->type == st.bytes_type && y.empty()) return a;
    if (x.size() + y.size() > kMaxBytes) return raise_no_memory(st);
    std::string out;
    out.reserve(x.size() + y.size());
    out += x;
    out += y;
    return make_like(st, array, out);
}

Value repeat(State& st, Value seq, Value count) {
    int64_t n;
    if (!repeat_count(st, count, n)) return Value::error();
    std::string_view s = self_view(st, seq);
    bool array = is_bytearray(st, seq);
    if (n <= 0 || s.empty()) return make_like(st, array, "");
    if (n == 1) return same_or_new(st, seq, s);
    if (static_cast<uint64_t>(n) > kSsizeMax / s.size()) {
        if (array) return raise_no_memory(st);
        return overflow_error(st, "repeated bytes are too long");
    }
    size_t total = s.size() * static_cast<size_t>(n);
    if (total > kMaxBytes) return raise_no_memory(st);
    std::string out;
    out.reserve(total);
    for (int64_t k = 0; k < n; ++k) out += s;
    return make_like(st, array, out);
}

Value mul_common(State& st, Value a, Value b) {
    std::string_view probe;
    if (bytes_like(st, a, probe)) {
        if (has_index(st, b)) return repeat(st, a, b);
        if (has_reflected(st, b, BinOp::Mul)) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
    }
    if (has_index(st, a)) return repeat(st, b, a);
    return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, a) + "'");
}

Value mod_common(State& st, Value a, Value b) {
    std::string_view probe;
    if (!bytes_like(st, a, probe)) return Value::not_implemented();
    return percent_format(st, a, b);
}

// ---- bytearray slots and methods --------------------------------------------------------------

Value bytearray_repr(State& st, Value self) {
    std::string out = type_name(st, self);
    out += '(';
    pyrepr::bytes_repr(out, as_bytearray(self)->view());
    out += ')';
    return str_value(st, out);
}

Value bytearray_compare(State& st, Value a, Value b, CmpOp op) {
    std::string_view x, y;
    if (!bytes_like(st, a, x) || !bytes_like(st, b, y)) return Value::not_implemented();
    return compare_views(x, y, op);
}

int64_t bytearray_len(State&, Value self) { return static_cast<int64_t>(as_bytearray(self)->size); }

// Could `v` be a number? Such values are refused as slice-assignment sources (CPython's
// PyNumber_Check), rather than treated as a count.
bool number_like(State& st, Value v) {
    Type* t = type_of(st, v);
    return v.is_int() || v.is_double() || v.is_bool() || t->index || t->to_int || t->to_float;
}

// Deletes the items of an extended slice (start, step, count as slice_indices gives them).
void delete_extended(ByteArray* b, int64_t start, int64_t step, int64_t count) {
    if (count <= 0) return;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t w = size_t(start);
    for (size_t r = size_t(start); r < b->size; ++r) {
        int64_t off = int64_t(r) - start;
        if (off % step == 0 && off / step < count) continue;
        b->data[w++] = b->data[r];
    }
    b->size = w;
}

bool bytearray_setitem(State& st, Value self, Value key, Value v) {
    ByteArray* b = as_bytearray(self);
    if (key.is_int() || (!isinstance(st, key, st.slice_type) && has_index(st, key))) {
        int64_t i;
        if (key.is_int()) {
            i = key.as_int();
        } else {
            Value iv = number_index(st, key);
            if (iv.is_error()) return false;
            if (!int_to_int64(st, iv, i)) {
                index_error(st, "cannot fit 'int' into an index-sized integer");
                return false;
            }
        }
        uint8_t byte = 0;
        // The value first: its __index__ could change the bytearray's size.
        if (!v.is_error() && !byte_value(st, v, byte)) return false;
        int64_t len = static_cast<int64_t>(b->size);
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            index_error(st, "bytearray index out of range");
            return false;
        }
        if (v.is_error()) return ba_splice(st, b, size_t(i), size_t(i) + 1, "");
        b->data[i] = byte;
        return true;
    }
    if (!isinstance(st, key, st.slice_type)) {
        type_error(st, "bytearray indices must be integers or slices, not " + type_name(st, key));
        return false;
    }
    std::string values;
    if (!v.is_error()) {
        std::string_view s;
        if (bytes_like(st, v, s)) {
            values.assign(s);   // a copy: the source may be this bytearray
        } else {
            if (number_like(st, v) || isinstance(st, v, st.str_type)) {
                type_error(st, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return false;
            }
            if (!bytes_from_object(st, v, true, values)) return false;
        }
    }
    int64_t start, stop, step, count;
    if (!slice_now(st, self, key, start, stop, step, count)) return false;
    if (step == 1) {
        if (stop < start) stop = start;
        return ba_splice(st, b, size_t(start), size_t(stop), values);
    }
    if (v.is_error()) {
        delete_extended(b, start, step, count);
        return true;
    }
    if (static_cast<int64_t>(values.size()) != count) {
        value_error(st, "attempt to assign bytes of size " + std::to_string(values.size()) +
                            " to extended slice of size " + std::to_string(count));
        return false;
    }
    for (int64_t k = 0, j = start; k < count; ++k, j += step) b->data[j] = static_cast<uint8_t>(values[size_t(k)]);
    return true;
}

bool bytearray_extend_with(State& st, ByteArray* b, Value v) {
    std::string data;
    std::string_view s;
    if (bytes_like(st, v, s)) {
        data.assign(s);
    } else {
        Value it = get_iter(st, v);
        if (it.is_error()) {
            if (!raised_matches(st, st.exc.TypeError)) return false;
            take_raised(st);
            type_error(st, "can't extend bytearray with " + type_name(st, v));
            return false;
        }
        Root keep(st.heap, it);
        for (;;) {
            Value x = iter_next(st, it);
            if (x.is_stop()) break;
            if (x.is_error()) return false;
            uint8_t byte;
            if (!byte_value(st, x, byte)) return false;
            data += static_cast<char>(byte);
        }
    }
    return ba_splice(st, b, b->size, b->size, data);
}

Value bytearray_iadd(State& st, Value a, Value b) {
    std::string_view y;
    if (!bytes_like(st, b, y)) return type_error(st, "can't concat " + type_name(st, b) + " to " + type_name(st, a));
    std::string copy(y);
    if (!ba_splice(st, as_bytearray(a), as_bytearray(a)->size, as_bytearray(a)->size, copy)) return Value::error();
    return a;
}

Value bytearray_imul(State& st, Value a, Value b) {
    if (!has_index(st, b)) {
        if (has_reflected(st, b, BinOp::Mul)) return Value::not_implemented();
        return type_error(st, "can't multiply sequence by non-int of type '" + type_name(st, b) + "'");
    }
    int64_t n;
    if (!repeat_count(st, b, n)) return Value::error();
    ByteArray* ba = as_bytearray(a);
    if (n <= 0 || ba->size == 0) {
        ba->size = 0;
        return a;
    }
    if (static_cast<uint64_t>(n) > kMaxBytes / ba->size) return raise_no_memory(st);
    size_t one = ba->size, total = one * static_cast<size_t>(n);
    if (!ba_reserve(st, ba, total)) return Value::error();
    for (size_t off = one; off < total; off += one) std::memcpy(ba->data + off, ba->data, one);
    ba->size = total;
    return a;
}

Value bytearray_new(State& st, Type* type, Args) {
    ByteArray* b = st.heap.make<ByteArray>(type);
    if (!b) return raise_no_memory(st);
    return Value::from_object(b);
}

bool init_error(State& st, std::string_view message) {
    type_error(st, message);
    return false;
}

bool bytearray_init(State& st, Value self, Args a) {
    SourceArgs r;
    if (!source_args(st, a, "bytearray", r)) return false;
    ByteArray* b = as_bytearray(self);
    std::string data;
    Value x = r.source;
    if (x.is_missing()) {
        if (!r.encoding.is_missing()) return init_error(st, "encoding without a string argument");
        if (!r.errors.is_missing()) return init_error(st, "errors without a string argument");
        b->size = 0;
        return true;
    }
    bool is_text = isinstance(st, x, st.str_type);
    if (is_text) {
        if (r.encoding.is_missing()) return init_error(st, "string argument without an encoding");
        if (!encode_source(st, r, data)) return false;
        return ba_assign(st, b, data);
    }
    if (!r.encoding.is_missing()) return init_error(st, "encoding without a string argument");
    if (!r.errors.is_missing()) return init_error(st, "errors without a string argument");
    if (has_index(st, x)) {
        int64_t n;
        int k = count_source(st, x, n);
        if (k < 0) return false;
        if (k > 0) {
            b->size = 0;
            if (!ba_reserve(st, b, size_t(n))) return false;
            if (n) std::memset(b->data, 0, size_t(n));
            b->size = size_t(n);
            return true;
        }
    }
    if (!bytes_from_object(st, x, true, data)) return false;
    return ba_assign(st, b, data);
}

Value m_append(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.append", 1, 1)) return Value::error();
    uint8_t byte;
    if (!byte_value(st, a.v[1], byte)) return Value::error();
    char c = static_cast<char>(byte);
    ByteArray* b = as_bytearray(a.v[0]);
    if (!ba_splice(st, b, b->size, b->size, std::string_view(&c, 1))) return Value::error();
    return Value::none();
}

Value m_extend(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.extend", 1, 1)) return Value::error();
    if (!bytearray_extend_with(st, as_bytearray(a.v[0]), a.v[1])) return Value::error();
    return Value::none();
}

Value m_insert(State& st, Args a) {
    if (!check_args(st, a, 1, "insert", 2, 2)) return Value::error();
    int64_t i;
    uint8_t byte;
    if (!to_ssize(st, a.v[1], i) || !byte_value(st, a.v[2], byte)) return Value::error();
    ByteArray* b = as_bytearray(a.v[0]);
    int64_t len = static_cast<int64_t>(b->size);
    if (i < 0) i = std::max<int64_t>(i + len, 0);
    if (i > len) i = len;
    char c = static_cast<char>(byte);
    if (!ba_splice(st, b, size_t(i), size_t(i), std::string_view(&c, 1))) return Value::error();
    return Value::none();
}

Value m_pop(State& st, Args a) {
    if (!check_args(st, a, 1, "pop", 0, 1)) return Value::error();
    int64_t i = -1;
    if (a.n > 1 && !to_ssize(st, a.v[1], i)) return Value::error();
    ByteArray* b = as_bytearray(a.v[0]);
    int64_t len = static_cast<int64_t>(b->size);
    if (len == 0) return index_error(st, "pop from empty bytearray");
    if (i < 0) i += len;
    if (i < 0 || i >= len) return index_error(st, "pop index out of range");
    int64_t v = b->data[i];
    ba_splice(st, b, size_t(i), size_t(i) + 1, "");
    return Value::from_int(v);
}

Value m_remove(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.remove", 1, 1)) return Value::error();
    uint8_t byte;
    if (!byte_value(st, a.v[1], byte)) return Value::error();
    ByteArray* b = as_bytearray(a.v[0]);
    size_t i = b->view().find(static_cast<char>(byte));
    if (i == std::string_view::npos) return value_error(st, "value not found in bytearray");
    ba_splice(st, b, i, i + 1, "");
    return Value::none();
}

Value m_clear(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.clear", 0, 0)) return Value::error();
    as_bytearray(a.v[0])->size = 0;
    return Value::none();
}

Value m_copy(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.copy", 0, 0)) return Value::error();
    return make_like(st, true, as_bytearray(a.v[0])->view());
}

Value m_reverse(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.reverse", 0, 0)) return Value::error();
    ByteArray* b = as_bytearray(a.v[0]);
    std::reverse(b->data, b->data + b->size);
    return Value::none();
}

Value m_alloc(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.__alloc__", 0, 0)) return Value::error();
    size_t cap = as_bytearray(a.v[0])->capacity;
    return Value::from_int(cap ? static_cast<int64_t>(cap + 1) : 0);
}

// bytearray's pickling: (type, (contents,), __dict__ or None). Protocols below 3 carry the
// contents as a Latin-1 str, for Python 2's sake, as CPython does.
Value reduce_common(State& st, Value self, int64_t proto) {
    Dict* d = instance_dict(st, self, false);
    Value state = d ? Value::from_object(d) : Value::none();
    Value args;
    if (self_view(st, self).empty()) {
        args = Value::from_object(make_tuple(st, 0));
    } else if (proto < 3) {
        std::string copy(self_view(st, self));
        Value text = str_decode(st, copy, "latin-1", "strict");
        if (text.is_error()) return text;
        Root keep(st.heap, text);
        Value enc = str_value(st, "latin-1");
        if (enc.is_error()) return enc;
        Root keep_enc(st.heap, enc);
        Tuple* t = make_tuple(st, {text, enc});
        if (!t) return Value::error();
        args = Value::from_object(t);
    } else {
        Value b = make_like(st, false, self_view(st, self));
        if (b.is_error()) return b;
        Root keep(st.heap, b);
        Tuple* t = make_tuple(st, {b});
        if (!t) return Value::error();
        args = Value::from_object(t);
    }
    Root keep_args(st.heap, args);
    Tuple* r = make_tuple(st, {Value::from_object(type_of(st, self)), args, state});
    return r ? Value::from_object(r) : Value::error();
}

Value m_reduce(State& st, Args a) {
    if (!check_args(st, a, 1, "bytearray.__reduce__", 0, 0)) return Value::error();
    return reduce_common(st, a.v[0], 2);
}

Value m_reduce_ex(State& st, Args a) {
    if (!check_args(st, a, 1, "__reduce_ex__", 0, 1)) return Value::error();
    int64_t proto = 0;
    if (a.n > 1) {
        if (!has_index(st, a.v[1]) || a.v[1].is_double())
            return type_error(st, "'" + type_name(st, a.v[1]) + "' object cannot be interpreted as an integer");
        if (!to_ssize(st, a.v[1], proto)) return Value::error();
    }
    return reduce_common(st, a.v[0], proto);
}

// Methods both types share; each works on the receiver's view and returns its kind.
#define KRAIT_SHARED_METHODS                                      \
    {"capitalize", m_capitalize},                                 \
    {"center", m_center},                                         \
    {"count", m_count},                                           \
    {"decode", m_decode},                                         \
    {"endswith", m_endswith},                                     \
    {"expandtabs", m_expandtabs},                                 \
    {"find", m_find},                                             \
    {"fromhex", m_fromhex, MethodKind::Class},                    \
    {"hex", m_hex},                                               \
    {"index", m_index},                                           \
    {"isalnum", m_isalnum},                                       \
    {"isalpha", m_isalpha},                                       \
    {"isascii", m_isascii},                                       \
    {"isdigit", m_isdigit},                                       \
    {"islower", m_islower},                                       \
    {"isspace", m_isspace},                                       \
    {"istitle", m_istitle},                                       \
    {"isupper", m_isupper},                                       \
    {"join", m_join},                                             \
    {"ljust", m_ljust},                                           \
    {"lower", m_lower},                                           \
    {"lstrip", m_lstrip},                                         \
    {"maketrans", m_maketrans, MethodKind::Static},               \
    {"partition", m_partition},                                   \
    {"removeprefix", m_removeprefix},                             \
    {"removesuffix", m_removesuffix},                             \
    {"replace", m_replace},                                       \
    {"rfind", m_rfind},                                           \
    {"rindex", m_rindex},                                         \
    {"rjust", m_rjust},                                           \
    {"rpartition", m_rpartition},                                 \
    {"rsplit", m_rsplit},                                         \
    {"rstrip", m_rstrip},                                         \
    {"split", m_split},                                           \
    {"splitlines", m_splitlines},                                 \
    {"startswith", m_startswith},                                 \
    {"strip", m_strip},                                           \
    {"swapcase", m_swapcase},                                     \
    {"title", m_title},                                           \
    {"translate", m_translate},                                   \
    {"upper", m_upper},                                           \
    {"zfill", m_zfill}

const MethodDef kBytesMethods[] = {
    KRAIT_SHARED_METHODS,
    {"__getnewargs__", m_getnewargs},
    {"__bytes__", m_bytes},
    {nullptr, nullptr},
};

const MethodDef kByteArrayMethods[] = {
    KRAIT_SHARED_METHODS,
    {"append", m_append},
    {"extend", m_extend},
    {"insert", m_insert},
    {"pop", m_pop},
    {"remove", m_remove},
    {"clear", m_clear},
    {"copy", m_copy},
    {"reverse", m_reverse},
    {"__alloc__", m_alloc},
    {"__reduce__", m_reduce},
    {"__reduce_ex__", m_reduce_ex},
    {nullptr, nullptr},
};

#undef KRAIT_SHARED_METHODS

const MethodDef kBytesIterMethods[] = {
    {"__length_hint__", bytes_iter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

Bytes* make_bytes(State& st, std::string_view data) {
    Bytes* b = alloc_bytes(st, st.bytes_type, data.size());
    if (b && !data.empty()) std::memcpy(b->data, data.data(), data.size());
    return b;
}

ByteArray* make_bytearray(State& st, std::string_view data) {
    ByteArray* b = st.heap.make<ByteArray>(st.bytearray_type);
    if (!b) {
        raise_no_memory(st);
        return nullptr;
    }
    if (!data.empty() && !ba_splice(st, b, 0, 0, data)) return nullptr;
    return b;
}

bool bytes_like(State& st, Value v, std::string_view& out) {
    if (!v.is_object()) return false;
    Type* t = v.as_object()->type;
    if (t == st.bytes_type || (t != st.bytearray_type && is_subtype(t, st.bytes_type))) {
        out = static_cast<Bytes*>(v.as_object())->view();
        return true;
    }
    if (t == st.bytearray_type || is_subtype(t, st.bytearray_type)) {
        out = static_cast<ByteArray*>(v.as_object())->view();
        return true;
    }
    return false;
}

void init_bytes_types(State& st) {
    Type* t = st.bytes_type;
    t->gc = &kBytesGc;
    t->basicsize = sizeof(Bytes);
    t->flags |= kTypeBaseType | kTypeVarSize;
    t->repr = bytes_repr;
    t->str = bytes_repr;   // str(b) is the repr even when a subclass overrides __repr__, as in CPython
    t->hash = bytes_hash;
    t->compare = bytes_compare;
    t->len = bytes_len;
    t->getitem = getitem_common;
    t->contains = contains_common;
    t->iter = iter_common;
    t->binop[static_cast<int>(BinOp::Add)] = add_common;
    t->binop[static_cast<int>(BinOp::Mul)] = mul_common;
    t->binop[static_cast<int>(BinOp::Mod)] = mod_common;
    t->new_ = bytes_new;
    add_methods(st, t, kBytesMethods);

    Type* ba = st.bytearray_type;
    ba->gc = &kByteArrayGc;
    ba->basicsize = sizeof(ByteArray);
    ba->flags |= kTypeBaseType;
    ba->repr = bytearray_repr;
    ba->str = bytearray_repr;
    ba->hash = hash_not_implemented;
    ba->compare = bytearray_compare;
    ba->len = bytearray_len;
    ba->getitem = getitem_common;
    ba->setitem = bytearray_setitem;
    ba->contains = contains_common;
    ba->iter = iter_common;
    ba->binop[static_cast<int>(BinOp::Add)] = add_common;
    ba->binop[static_cast<int>(BinOp::Mul)] = mul_common;
    ba->binop[static_cast<int>(BinOp::Mod)] = mod_common;
    ba->inplace[static_cast<int>(BinOp::Add)] = bytearray_iadd;
    ba->inplace[static_cast<int>(BinOp::Mul)] = bytearray_imul;
    ba->new_ = bytearray_new;
    ba->init = bytearray_init;
    add_methods(st, ba, kByteArrayMethods);

    Type* it = st.bytes_iterator_type;
    it->gc = &kSeqIterGc;
    it->basicsize = sizeof(SeqIter);
    it->iter = [](State&, Value self) { return self; };
    it->next = bytes_iter_next;
    add_methods(st, it, kBytesIterMethods);
}

}  // namespace krait
