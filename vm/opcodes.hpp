// The instruction set, derived from opcodes.def.
#pragma once
#include <cstdint>

namespace krait::vm {

enum class Op : uint8_t {
#define KRAIT_OP(name, pops, pushes, arg) name,
#include "vm/opcodes.def"
#undef KRAIT_OP
};

constexpr int kOpCount = 0
#define KRAIT_OP(name, pops, pushes, arg) +1
#include "vm/opcodes.def"
#undef KRAIT_OP
    ;
static_assert(kOpCount <= 256, "opcodes are 8 bits");

// What an instruction's argument means (for the disassembler).
enum class ArgKind : uint8_t { None, Const, Local, Name, Cell, Jump, Count, Op, Flags };

const char* op_name(Op op);
ArgKind op_arg_kind(Op op);
// Net change of the stack depth when the instruction runs (for a jump: when it falls through).
int stack_effect(Op op, uint32_t arg);
// The stack effect when the instruction jumps (only meaningful for jumps).
int stack_effect_jump(Op op, uint32_t arg);
bool is_jump(Op op);

// An instruction word: opcode in the low 8 bits, argument in the high 24.
using Instr = uint32_t;
constexpr uint32_t kMaxArg = (1u << 24) - 1;
constexpr Instr encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr Op op_of(Instr i) { return static_cast<Op>(i & 0xFF); }
constexpr uint32_t arg_of(Instr i) { return i >> 8; }

}  // namespace krait::vm
