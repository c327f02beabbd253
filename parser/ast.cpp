#include "parser/ast.hpp"

namespace krait::ast {

// Each table is generated from the same X-macro list as its enum, so their orders agree.
#define KRAIT_NAME_STRING(n) #n,

const char* name(Operator op) {
    static constexpr const char* kNames[] = {KRAIT_OPERATORS(KRAIT_NAME_STRING)};
    return kNames[static_cast<unsigned>(op)];
}

const char* name(BoolOperator op) {
    static constexpr const char* kNames[] = {KRAIT_BOOL_OPERATORS(KRAIT_NAME_STRING)};
    return kNames[static_cast<unsigned>(op)];
}

const char* name(UnaryOperator op) {
    static constexpr const char* kNames[] = {KRAIT_UNARY_OPERATORS(KRAIT_NAME_STRING)};
    return kNames[static_cast<unsigned>(op)];
}

const char* name(CmpOperator op) {
    static constexpr const char* kNames[] = {KRAIT_CMP_OPERATORS(KRAIT_NAME_STRING)};
    return kNames[static_cast<unsigned>(op)];
}

const char* name(Context ctx) {
    static constexpr const char* kNames[] = {KRAIT_CONTEXTS(KRAIT_NAME_STRING)};
    return kNames[static_cast<unsigned>(ctx)];
}

#undef KRAIT_NAME_STRING

const char* name(Kind kind) {
    static constexpr const char* kNames[] = {
#define KRAIT_NODE(N, C, P) #P,
#include "parser/ast_fields_none.inc"
#include "parser/ast.def"
#include "parser/ast_undef.inc"
    };
    return kNames[static_cast<unsigned>(kind)];
}

}  // namespace krait::ast
