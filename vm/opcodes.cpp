#include "vm/opcodes.hpp"

namespace krait::vm {

namespace {

struct OpInfo {
    const char* name;
    int8_t pops, pushes;  // -1: depends on the argument
    ArgKind arg;
};

constexpr OpInfo kInfo[] = {
#define KRAIT_OP(name, pops, pushes, arg) {#name, pops, pushes, ArgKind::arg},
#include "vm/opcodes.def"
#undef KRAIT_OP
};

}  // namespace

const char* op_name(Op op) { return kInfo[static_cast<int>(op)].name; }
ArgKind op_arg_kind(Op op) { return kInfo[static_cast<int>(op)].arg; }

bool is_jump(Op op) { return op_arg_kind(op) == ArgKind::Jump; }

int stack_effect(Op op, uint32_t arg) {
    const OpInfo& i = kInfo[static_cast<int>(op)];
    if (i.pops >= 0 && i.pushes >= 0) return i.pushes - i.pops;
    int n = static_cast<int>(arg);
    switch (op) {
        case Op::COPY: return 1;
        case Op::SWAP: return 0;
        case Op::BUILD_SLICE: return 1 - n;
        case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: return 1 - n;
        case Op::BUILD_MAP: return 1 - 2 * n;
        case Op::UNPACK_SEQUENCE: return n - 1;
        case Op::UNPACK_EX: return (n & 0xFF) + (n >> 8);  // before + starred list + after, minus the sequence
        case Op::FORMAT_VALUE: return (n & 4) ? -1 : 0;
        case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return -1;
        case Op::CALL: return -1 - n;
        case Op::CALL_FUNCTION_EX: return (n & 1) ? -3 : -2;
        case Op::MAKE_FUNCTION: return -__builtin_popcount(n & 0xF);
        case Op::RAISE_VARARGS: return -n;
        case Op::SEND: return 0;
        default: return 0;
    }
}

int stack_effect_jump(Op op, uint32_t arg) {
    switch (op) {
        case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return 0;
        case Op::FOR_ITER: return -1;   // the exhausted iterator is popped
        case Op::SEND: return -1;       // the sub-iterator finished: its result replaces it and the sent value
        default: return stack_effect(op, arg);
    }
}

}  // namespace krait::vm
