// The tables derived from vm/opcodes.def agree with each other and with the encoding.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "vm/opcodes.hpp"

namespace krait::vm {
namespace {

TEST(Opcodes, NamesAreUniqueAndComplete) {
    std::set<std::string> names;
    for (int i = 0; i < kOpCount; ++i) {
        const char* n = op_name(static_cast<Op>(i));
        ASSERT_NE(n, nullptr);
        EXPECT_TRUE(names.insert(n).second) << "duplicate opcode name " << n;
    }
    EXPECT_EQ(std::string(op_name(Op::NOP)), "NOP");
    EXPECT_EQ(std::string(op_name(Op::ASYNC_GEN_WRAP)), "ASYNC_GEN_WRAP");
}

TEST(Opcodes, EncodingRoundTrips) {
    for (int i = 0; i < kOpCount; ++i) {
        for (uint32_t arg : {0u, 1u, 255u, 65536u, kMaxArg}) {
            Instr in = encode(static_cast<Op>(i), arg);
            EXPECT_EQ(op_of(in), static_cast<Op>(i));
            EXPECT_EQ(arg_of(in), arg);
        }
    }
}

TEST(Opcodes, StackEffects) {
    // Fixed effects come straight from the table; argument-dependent ones follow the layout
    // documented in opcodes.def.
    EXPECT_EQ(stack_effect(Op::POP_TOP, 0), -1);
    EXPECT_EQ(stack_effect(Op::LOAD_CONST, 7), 1);
    EXPECT_EQ(stack_effect(Op::BINARY_OP, 0), -1);
    EXPECT_EQ(stack_effect(Op::STORE_SUBSCR, 0), -3);
    EXPECT_EQ(stack_effect(Op::BUILD_TUPLE, 3), -2);
    EXPECT_EQ(stack_effect(Op::BUILD_MAP, 2), -3);
    EXPECT_EQ(stack_effect(Op::UNPACK_SEQUENCE, 3), 2);
    EXPECT_EQ(stack_effect(Op::UNPACK_EX, 1 | (2 << 8)), 3);  // a, *b, c, d: four targets from one value
    EXPECT_EQ(stack_effect(Op::CALL, 2), -3);                   // callable, self-or-null, 2 args -> result
    EXPECT_EQ(stack_effect(Op::CALL_FUNCTION_EX, 1), -3);
    EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 1 | 8), -2);
    EXPECT_EQ(stack_effect(Op::FOR_ITER, 0), 1);
    EXPECT_EQ(stack_effect_jump(Op::FOR_ITER, 0), -1);
    EXPECT_EQ(stack_effect(Op::JUMP_IF_TRUE_OR_POP, 0), -1);
    EXPECT_EQ(stack_effect_jump(Op::JUMP_IF_TRUE_OR_POP, 0), 0);
}

TEST(Opcodes, JumpsAreExactlyTheJumpArgumentKind) {
    for (Op op : {Op::JUMP, Op::POP_JUMP_IF_FALSE, Op::POP_JUMP_IF_TRUE, Op::POP_JUMP_IF_NONE,
                  Op::POP_JUMP_IF_NOT_NONE, Op::JUMP_IF_FALSE_OR_POP, Op::JUMP_IF_TRUE_OR_POP, Op::FOR_ITER, Op::SEND})
        EXPECT_TRUE(is_jump(op)) << op_name(op);
    EXPECT_FALSE(is_jump(Op::CALL));
    EXPECT_FALSE(is_jump(Op::RETURN_VALUE));
}

}  // namespace
}  // namespace krait::vm
