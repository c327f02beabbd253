// What the compiler produces for one function, class body, comprehension or module: the
// bytecode with everything it refers to. It is plain data owning its strings, independent
// of the runtime; the VM turns it into a Code object when it loads it.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "vm/opcodes.hpp"

namespace krait::compiler {

struct CodeUnit;

// A constant of the code: what LOAD_CONST pushes, and KW_NAMES' name tuples.
struct CodeConstant {
    enum Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes, Tuple, Code };
    Kind kind = None;
    uint8_t base = 10;                 // Int: the base of `text`
    double number = 0;                 // Float
    std::string text;                  // Int: digits; Str: UTF-8; Bytes: raw
    std::vector<CodeConstant> items;       // Tuple
    std::shared_ptr<const CodeUnit> code;  // Code

    bool operator==(const CodeConstant& o) const {
        if (kind != o.kind) return false;
        switch (kind) {
            case Int: return base == o.base && text == o.text;
            case Float: return std::memcmp(&number, &o.number, sizeof number) == 0;  // -0.0 != 0.0 here
            case Str: case Bytes: return text == o.text;
            case Tuple: return items == o.items;
            case Code: return code == o.code;
            default: return true;
        }
    }
};

// A range of instructions [start, end) whose exceptions go to `target` with the value
// stack cut back to `depth` (and, if `lasti`, the raising instruction's index pushed).
struct ExceptionEntry {
    uint32_t start, end, target;
    uint32_t depth;
    bool lasti;
};

// Code flags, as CPython's co_flags.
enum : uint32_t {
    kCodeOptimized = 0x1,   // locals are fast slots (functions)
    kCodeNewLocals = 0x2,
    kCodeVarArgs = 0x4,
    kCodeVarKeywords = 0x8,
    kCodeNested = 0x10,
    kCodeGenerator = 0x20,
    kCodeCoroutine = 0x80,
    kCodeIterableCoroutine = 0x100,  // a generator types.coroutine made awaitable
    kCodeAsyncGenerator = 0x200,
};

struct CodeUnit {
    std::string name, qualname, filename;
    int firstlineno = 1;
    uint32_t flags = 0;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    int stacksize = 0;

    std::vector<vm::Instr> code;
    std::vector<int32_t> lines;          // the source line of each instruction (0: none)
    std::vector<CodeConstant> consts;
    std::vector<std::string> names;      // globals, attributes, imported names
    std::vector<std::string> varnames;   // fast locals: parameters first
    std::vector<std::string> cellvars;   // locals captured by inner scopes
    std::vector<std::string> freevars;   // variables of enclosing scopes
    std::vector<ExceptionEntry> exceptions;
};

}  // namespace krait::compiler
