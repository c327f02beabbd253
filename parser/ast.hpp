// The syntax tree. Node structs are generated from ast.def; every node lives in the parse's
// Arena and carries its source span (CPython's lineno/col_offset/end_lineno/end_col_offset:
// lines from 1, columns in UTF-8 bytes from 0).
#pragma once
#include <cstdint>
#include <string_view>

#include "support/arena.hpp"

namespace krait::ast {

#define KRAIT_OPERATORS(X) \
    X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)
#define KRAIT_BOOL_OPERATORS(X) X(And) X(Or)
#define KRAIT_UNARY_OPERATORS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define KRAIT_CMP_OPERATORS(X) X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)
#define KRAIT_CONTEXTS(X) X(Load) X(Store) X(Del)

#define KRAIT_ENUM_MEMBER(n) n,
enum class Operator : uint8_t { KRAIT_OPERATORS(KRAIT_ENUM_MEMBER) };
enum class BoolOperator : uint8_t { KRAIT_BOOL_OPERATORS(KRAIT_ENUM_MEMBER) };
enum class UnaryOperator : uint8_t { KRAIT_UNARY_OPERATORS(KRAIT_ENUM_MEMBER) };
enum class CmpOperator : uint8_t { KRAIT_CMP_OPERATORS(KRAIT_ENUM_MEMBER) };
enum class Context : uint8_t { KRAIT_CONTEXTS(KRAIT_ENUM_MEMBER) };
#undef KRAIT_ENUM_MEMBER

const char* name(Operator);
const char* name(BoolOperator);
const char* name(UnaryOperator);
const char* name(CmpOperator);
const char* name(Context);

enum class Kind : uint8_t {
#define KRAIT_NODE(N, C, P) N,
#include "parser/ast_fields_none.inc"
#include "parser/ast.def"
#include "parser/ast_undef.inc"
};

// The class name that ast.dump prints for a node kind.
const char* name(Kind);

struct Span {
    int32_t line = 0, col = 0, end_line = 0, end_col = 0;
};

struct Node {
    Kind kind;
    uint8_t flags;  // kParenthesized, ...
    // Height of the subtree, saturating: the parser refuses trees deeper than
    // kMaxDepth so that every recursive pass over the tree has a bounded C++ stack.
    uint16_t depth;
    Span span;
};
// Node::flags bits.
constexpr uint8_t kParenthesized = 1;  // written in parentheses: `(a, b)`, `(x)`, `(x for x in y)`

constexpr uint8_t kStarHandler = 2;    // an ExceptHandler written `except*`

struct Mod : Node {};
struct Stmt : Node {};
struct Expr : Node {};

// A literal's value. Ints keep their digits (underscores removed) in their own base, so
// that arbitrarily large literals need no big-number arithmetic in the front end.
struct ConstValue {
    enum Tag : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Tag tag;
    uint8_t base;        // Int: 2, 8, 10 or 16
    double number;       // Float; Complex: the imaginary part
    std::string_view text;  // Int: digits; Str: UTF-8 (surrogates allowed); Bytes: raw
};

using Identifier = std::string_view;  // empty data() means "absent" for optional names

struct Arguments;
struct Arg;
struct Keyword;
struct Alias;
struct WithItem;
struct Comprehension;
struct ExceptHandler;

#define KRAIT_NODE(N, C, P) struct N : C { static constexpr Kind kKind = Kind::N;
#define KRAIT_CHILD(T, f) T* f;
#define KRAIT_OPTIONAL(T, f) T* f;
#define KRAIT_LIST(T, f) Vec<T*> f;
#define KRAIT_IDENT(f) Identifier f;
#define KRAIT_IDENT_OPT(f) Identifier f;
#define KRAIT_IDENTS(f) Vec<Identifier> f;
#define KRAIT_INT(f) int f;
#define KRAIT_VALUE(f) ConstValue f;
#define KRAIT_KIND(f) std::string_view f##_;  // Constant.kind; `_` because Node::kind is taken
#define KRAIT_ENUM(T, f) T f;
#define KRAIT_ENUMS(T, f) Vec<T> f;
#define KRAIT_NO_TYPE_IGNORES
#define KRAIT_END };
#include "parser/ast.def"
#include "parser/ast_undef.inc"

// Downcast with a kind check in debug builds.
template <typename T>
T* as(Node* n) { return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr; }

// Calls f(Node*) for each non-null child of n, in field order.
template <typename F>
void for_each_child(Node* n, F&& f) {
    switch (n->kind) {
#define KRAIT_NODE(N, C, P) case Kind::N: { [[maybe_unused]] auto* x = static_cast<N*>(n);
#define KRAIT_CHILD(T, fl) f(x->fl);
#define KRAIT_OPTIONAL(T, fl) if (x->fl) f(x->fl);
#define KRAIT_LIST(T, fl) for (T* c : x->fl) if (c) f(c);
#define KRAIT_IDENT(fl)
#define KRAIT_IDENT_OPT(fl)
#define KRAIT_IDENTS(fl)
#define KRAIT_INT(fl)
#define KRAIT_VALUE(fl)
#define KRAIT_KIND(fl)
#define KRAIT_ENUM(T, fl)
#define KRAIT_ENUMS(T, fl)
#define KRAIT_NO_TYPE_IGNORES
#define KRAIT_END break; }
#include "parser/ast.def"
#include "parser/ast_undef.inc"
    }
}

// Deeper trees are refused with RecursionError, as CPython's compiler does.
constexpr int kMaxDepth = 2500;

}  // namespace krait::ast
