// Code objects: the runtime form of a compiler::CodeUnit (vm/loader.cpp makes them). Arrays
// are heap buffers owned by the object; names and constants are tuples the collector sees.
#pragma once
#include <cstdint>

#include "runtime/frame.hpp"
#include "runtime/function.hpp"
#include "runtime/object.hpp"
#include "vm/opcodes.hpp"

namespace krait {

struct State;
struct Str;
struct Tuple;
struct Dict;

// The inline cache of one LOAD_GLOBAL: the value found for `name` while the globals and
// builtins dicts had these versions. (The loader renumbers each LOAD_GLOBAL to its entry.)
struct GlobalCache {
    Str* name;
    Dict* globals;      // kept alive by the code, so a freed dict's address is never mistaken
    Dict* builtins;
    uint32_t globals_version, builtins_version;
    Value value;
};

// The inline cache of one LOAD_ATTR or LOAD_METHOD: what the attribute's lookup on a type
// found, valid while the type keeps `version` (renumbered by the loader like LOAD_GLOBAL).
struct AttrCache {
    enum Kind : uint8_t {
        Empty,
        InstanceOnly,  // the type has nothing by that name: only the instance dict can
        ClassPlain,    // a class attribute that is no descriptor: the instance dict, then it
        ClassMethod,   // a function or method descriptor (bound unless the instance shadows it)
    };
    Str* name;
    uint32_t version;
    Kind kind;
    // The instance dict entry the name was last found in (LOAD_ATTR looks there first):
    // instances that one __init__ filled have their attributes at the same entry numbers.
    uint16_t hint;
    Value found;
};

struct ExceptionRange {
    uint32_t start, end, target, depth;
    bool lasti;
};

struct Code : Object {
    vm::Instr* code;
    int32_t* lines;            // the source line of each instruction
    ExceptionRange* handlers;
    uint32_t ncode, nhandlers;
    Tuple* consts;
    Tuple* names;              // interned strs
    Tuple* varnames;
    Tuple* cellvars;
    Tuple* freevars;
    Str* name;
    Str* qualname;
    Str* filename;
    int32_t firstlineno;
    uint32_t flags;            // compiler::kCode* flags
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t nlocals, ncells, nfree;
    uint32_t stacksize;
    // A generator of this code has to be closed when it is collected suspended: the code
    // has exception handlers (finally, with, except) or delegates (yield from, await).
    // Closing any other suspended generator would run nothing.
    bool close_when_collected;
    // Code of the interpreter's own Python modules (stdlib/py, loaded frozen): what it imports
    // is not limited by the sandbox's module list, which is for scripts. Never set on a copy
    // (code.replace), so a script cannot make such code import something else.
    bool builtin;
    int32_t* cell2arg;         // for each cell: the parameter it starts as, or -1 (null: none)
    Value* cache;              // per-instruction inline cache slots (see vm/interp.cpp), or null
    GlobalCache* global_caches;  // one per LOAD_GLOBAL instruction
    uint32_t nglobal_caches;
    AttrCache* attr_caches;      // one per LOAD_ATTR and LOAD_METHOD instruction
    uint32_t nattr_caches;

    uint32_t frame_slots() const { return nlocals + ncells + nfree + stacksize; }
    int32_t line_at(uint32_t index) const { return index < ncode ? lines[index] : firstlineno; }
};

inline Code* Frame::code() const { return func->code; }
inline Dict* Frame::globals() const { return func->globals; }
inline Dict* Frame::builtins() const { return func->builtins; }
inline Value* Frame::stack_base() {
    Code* c = code();
    return slots + c->nlocals + c->ncells + c->nfree;
}
inline uint32_t Frame::lasti() const { return ip ? static_cast<uint32_t>(ip - code()->code) - 1 : 0; }

void init_code_type(State& st);

}  // namespace krait
