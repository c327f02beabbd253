#include "parser/dump.hpp"

#include <charconv>
#include <string_view>

#include "support/pyrepr.hpp"

namespace krait::ast {

namespace {

constexpr std::string_view kIntLimitMessage =
    "Exceeds the limit (4300 digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

class Dumper {
public:
    explicit Dumper(std::string& out) : out_(out) {}

    // False when a constant cannot be printed (see dump()).
    bool node(const Node* n);

private:
    // Field separators are written as ", field=" literals; the first field drops the ", ".
    // `first` is passed by value: a local whose address is taken gets its own padded slot
    // per call site under the sanitizers, swelling the recursive frames.
    template <size_t N>
    void key(bool first, const char (&sep_and_key)[N]) {
        out_.append(sep_and_key + (first ? 2 : 0), N - 1 - (first ? 2 : 0));
    }

    template <typename T>
    bool list(const Vec<T*>& v) {
        out_ += '[';
        for (unsigned i = 0; i < v.size; ++i) {
            if (i) out_ += ", ";
            if (!node(v[i])) return false;
        }
        out_ += ']';
        return true;
    }

    void idents(const Vec<Identifier>& v) {
        out_ += '[';
        for (unsigned i = 0; i < v.size; ++i) {
            if (i) out_ += ", ";
            pyrepr::str_repr(out_, v[i]);
        }
        out_ += ']';
    }

    template <typename E>
    void enum_value(E e) {
        out_ += name(e);
        out_ += "()";
    }

    template <typename E>
    void enums(const Vec<E>& v) {
        out_ += '[';
        for (unsigned i = 0; i < v.size; ++i) {
            if (i) out_ += ", ";
            enum_value(v[i]);
        }
        out_ += ']';
    }

    void integer(int v) {
        char buf[16];
        out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
    }

    bool value(const ConstValue& v);

    // One function per node kind: `Name(field=value, ...)`, fields in ast.def's order.
    // `first` stays true until a field is written (optional fields may be left out).
#define KRAIT_NODE(N, C, P)                                      \
    bool fields_##N(const Node* n) {                             \
        [[maybe_unused]] auto* x = static_cast<const N*>(n);     \
        [[maybe_unused]] bool first = true;                      \
        out_ += #P "(";
#define KRAIT_CHILD(T, f)                     \
        key(first, ", " #f "="), first = false; \
        if (!node(x->f)) return false;
#define KRAIT_OPTIONAL(T, f)                        \
        if (x->f) {                                 \
            key(first, ", " #f "="), first = false; \
            if (!node(x->f)) return false;          \
        }
#define KRAIT_LIST(T, f)                      \
        key(first, ", " #f "="), first = false; \
        if (!list(x->f)) return false;
#define KRAIT_IDENT(f)                        \
        key(first, ", " #f "="), first = false; \
        pyrepr::str_repr(out_, x->f);
#define KRAIT_IDENT_OPT(f)                          \
        if (x->f.data()) {                          \
            key(first, ", " #f "="), first = false; \
            pyrepr::str_repr(out_, x->f);           \
        }
#define KRAIT_IDENTS(f)                       \
        key(first, ", " #f "="), first = false; \
        idents(x->f);
#define KRAIT_INT(f)                          \
        key(first, ", " #f "="), first = false; \
        integer(x->f);
#define KRAIT_VALUE(f)                        \
        key(first, ", " #f "="), first = false; \
        if (!value(x->f)) return false;
#define KRAIT_KIND(f)                               \
        if (x->f##_.data()) {                       \
            key(first, ", " #f "="), first = false; \
            pyrepr::str_repr(out_, x->f##_);        \
        }
#define KRAIT_ENUM(T, f)                      \
        key(first, ", " #f "="), first = false; \
        enum_value(x->f);
#define KRAIT_ENUMS(T, f)                     \
        key(first, ", " #f "="), first = false; \
        enums(x->f);
#define KRAIT_NO_TYPE_IGNORES key(first, ", type_ignores=[]"), first = false;
#define KRAIT_END    \
        out_ += ')'; \
        return true; \
    }
#include "parser/ast.def"
#include "parser/ast_undef.inc"

    std::string& out_;
};

bool Dumper::value(const ConstValue& v) {
    switch (v.tag) {
    case ConstValue::None: out_ += "None"; break;
    case ConstValue::True: out_ += "True"; break;
    case ConstValue::False: out_ += "False"; break;
    case ConstValue::Ellipsis: out_ += "Ellipsis"; break;
    case ConstValue::Int: return pyrepr::int_to_decimal(v.text, v.base, out_);
    case ConstValue::Float: out_ += pyrepr::float_repr(v.number); break;
    case ConstValue::Complex: out_ += pyrepr::imag_repr(v.number); break;
    case ConstValue::Str: pyrepr::str_repr(out_, v.text); break;
    case ConstValue::Bytes: pyrepr::bytes_repr(out_, v.text); break;
    }
    return true;
}

bool Dumper::node(const Node* n) {
    if (!n) {
        out_ += "None";  // a hole in a list: Dict keys for `**x`, kw_defaults without default
        return true;
    }
    // A call through a table rather than a switch keeps each kind's locals (string
    // temporaries of constants, int buffers) out of the frame every level of recursion pays.
    using Fields = bool (Dumper::*)(const Node*);
    static constexpr Fields kFields[] = {
#define KRAIT_NODE(N, C, P) &Dumper::fields_##N,
#include "parser/ast_fields_none.inc"
#include "parser/ast.def"
#include "parser/ast_undef.inc"
    };
    return (this->*kFields[static_cast<unsigned>(n->kind)])(n);
}

}  // namespace

bool dump(std::string& out, const Node* node, std::string* error) {
    Dumper d(out);
    if (d.node(node)) return true;
    if (error) *error = kIntLimitMessage;
    return false;
}

}  // namespace krait::ast
