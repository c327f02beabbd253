// A compact binary form of CodeUnits, so that code compiled at build time (the modules of
// stdlib/py, see tools/krait_freeze.cpp) can be embedded in the binary and loaded without
// the front end.
//
// Layout (integers are LEB128 varints unless said otherwise; "signed" ones are zigzagged):
//   "KRCU", format version (1 byte), kInstructionSet (a hash of vm/opcodes.def's names and
//   argument kinds, in order: bytes made for another instruction set are refused)
//   string table: count, then each string as its length and bytes (names, docstrings, digits
//                 and bytes constants: every string of every unit, each content once)
//   the module's unit, its nested units inline in its constants:
//     name, qualname, filename (string indexes); firstlineno (signed); flags; argcount,
//     posonlyargcount, kwonlyargcount, stacksize (signed); the number of constants
//     names, varnames, cellvars, freevars: count, then string indexes
//     instructions: count, then each as its opcode byte and its argument
//     lines: count, then runs of (signed change from the previous line, length)
//     exception table: count, then start, end, target, and depth * 2 + lasti
//     constants: each as a kind byte and its value (Int: base byte and a string
//                index for the digits; Float: 8 bytes, little-endian IEEE; Str, Bytes: a string
//                index; Tuple: count and items; Code: a nested unit)
//
// CodeReader checks every length and index against the input and each unit's own tables
// (opcodes exist, arguments index what they name, jumps and handlers land inside the code,
// one line per instruction, parameters have slots), so malformed or truncated bytes fail with
// a message and never read out of bounds or make a unit the VM would index out of bounds. It
// does not verify the bytecode's stack discipline (the compiler's job): only run what the
// build produced. Two readers use it: deserialize() below, and the VM's loader, which makes
// runtime Code objects straight from the bytes (vm::load_serialized).
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/code_unit.hpp"

namespace krait::compiler {

inline constexpr char kCodeUnitMagic[4] = {'K', 'R', 'C', 'U'};
inline constexpr uint8_t kCodeUnitFormat = 1;
// FNV-1a over "NAME ARGKIND;" for each instruction of vm/opcodes.def, in order.
inline constexpr uint32_t kInstructionSet = [] {
    uint32_t h = 2166136261u;
    auto add = [&h](const char* s) {
        for (; *s; ++s) h = (h ^ static_cast<uint8_t>(*s)) * 16777619u;
    };
#define KRAIT_OP(name, pops, pushes, arg) add(#name " " #arg ";");
#include "vm/opcodes.def"
#undef KRAIT_OP
    return h;
}();
// Units and tuple constants nest at most this deep (the parser's depth limit keeps the
// compiler's output well below it); deeper input is refused instead of recursing on.
inline constexpr int kMaxUnitNesting = 3000;

std::string serialize(const CodeUnit& unit);

// One unit's own parts, as CodeReader hands them to a sink ahead of the unit's constants.
// Strings are string-table indexes (CodeReader::strings()); the spans point into the
// reader's buffers and are valid during CodeSink::begin_unit() only.
struct UnitView {
    uint32_t name, qualname, filename;
    int32_t firstlineno;
    uint32_t flags;
    int32_t argcount, posonlyargcount, kwonlyargcount, stacksize;
    std::span<const uint32_t> names, varnames, cellvars, freevars;
    std::span<const vm::Instr> code;
    std::span<const int32_t> lines;  // one per instruction
    std::span<const ExceptionEntry> exceptions;
    uint32_t nconsts;
};

// What CodeReader hands a unit to, in order: begin_unit(), each of its `nconsts` constants
// (a Code constant is a nested begin_unit() ... end_unit(); a tuple is begin_tuple(n), its n
// items, end_tuple()), then end_unit(). A sink returns false to stop reading (for example
// when it runs out of memory).
class CodeSink {
public:
    virtual bool begin_unit(const UnitView& unit) = 0;
    virtual bool end_unit() = 0;
    virtual bool simple(CodeConstant::Kind kind) = 0;  // None, True, False, Ellipsis
    virtual bool integer(uint8_t base, uint32_t digits) = 0;  // checked digits of that base
    virtual bool floating(double value) = 0;
    virtual bool str(uint32_t index) = 0;
    virtual bool bytes(uint32_t index) = 0;
    virtual bool begin_tuple(uint32_t n) = 0;
    virtual bool end_tuple() = 0;

protected:
    ~CodeSink() = default;
};

class CodeReader {
public:
    // `bytes` must outlive the reader: strings() are views into it.
    explicit CodeReader(std::string_view bytes) : p_(bytes.data()), begin_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    // Reads the header and the string table, then the module's unit into `sink`. False if the
    // bytes are malformed (error() says what and where) or the sink stopped (error() is empty).
    bool read(CodeSink& sink);
    const std::vector<std::string_view>& strings() const { return strings_; }
    const std::string& error() const { return error_; }

private:
    bool fail(const char* what);
    bool u64(uint64_t& v);
    bool u32_slow(uint32_t& v);
    bool s32(int32_t& v);
    bool nonneg(int32_t& v);
    bool count(uint32_t& n, size_t min_size);
    // (The commonest reads, inline; outputs are zeroed first so that no path leaves them unset.)
    bool u32(uint32_t& v) {
        if (p_ != end_ && static_cast<uint8_t>(*p_) < 0x80) {
            v = static_cast<uint8_t>(*p_++);
            return true;
        }
        return u32_slow(v);
    }
    bool byte(uint8_t& b) {
        b = 0;
        if (p_ == end_) return fail("unexpected end");
        b = static_cast<uint8_t>(*p_++);
        return true;
    }
    bool index(uint32_t& i) {
        if (!u32(i)) return false;
        if (i >= strings_.size()) return fail("string index out of range");
        return true;
    }
    bool unit(CodeSink& sink, int depth);
    bool constant(CodeSink& sink, int depth);
    bool check(const UnitView& u);

    const char* p_;
    const char* begin_;
    const char* end_;
    std::string error_;
    std::vector<std::string_view> strings_;
    // Scratch for the unit being read, reused by every unit (a sink copies what it keeps).
    std::vector<uint32_t> names_;
    std::vector<vm::Instr> code_;
    std::vector<int32_t> lines_;
    std::vector<ExceptionEntry> exceptions_;
};

// Null when `bytes` is not serialize()'s output for this instruction set; `error` (if given)
// then says what is wrong and where.
std::shared_ptr<CodeUnit> deserialize(std::string_view bytes, std::string* error = nullptr);

}  // namespace krait::compiler
