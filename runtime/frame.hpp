// Frames: the activation records of Python code. Frames of ordinary calls live on one
// contiguous FrameStack (a list of large chunks, so a call allocates nothing); the frame of a
// generator or coroutine lives inside its object, so it survives suspension. The VM in vm/
// executes frames; this header only says how they are laid out.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/value.hpp"
#include "vm/opcodes.hpp"

namespace krait {

struct Code;
struct Function;
struct Dict;
class Tracer;

// Every frame runs a function: module bodies, class bodies and exec() get one made for the
// occasion (vm::run_code), so that the code, globals and builtins are the function's and a
// frame need not repeat them (24 bytes less in every generator and coroutine).
struct Frame {
    Frame* back;            // the frame that called this one (null at the bottom)
    Function* func;
    Value locals_map;       // module and class bodies, exec(): the namespace of LOAD_NAME
    const vm::Instr* ip;    // the next instruction
    Value* sp;              // one past the top of the value stack
    uint32_t flags;
    uint32_t nslots;        // locals + cells + free variables + value stack
    Value slots[];          // fast locals, then cells and free variables, then the value stack

    // Defined with Code (runtime/code.hpp).
    Code* code() const;
    Dict* globals() const;
    Dict* builtins() const;
    Value* stack_base();
    // The instruction being executed (ip has moved past it).
    uint32_t lasti() const;
};

enum : uint32_t {
    kFrameEntry = 1 << 0,   // called from native code: RETURN_VALUE leaves the interpreter loop
    kFrameOwned = 1 << 1,   // lives in a generator object, not on the FrameStack
    kFrameInit = 1 << 2,    // __init__ of an instance the caller keeps: returns nothing
    kFrameLocalsSnapshot = 1 << 3,  // a function frame whose locals_map is the dict locals() returns
    kFrameYielded = 1 << 4, // a generator frame that left the loop by yielding (not returning)
    kFrameThrow = 1 << 5,   // resume by raising the pending exception at the yield
    // Bits 8 and up of an owned frame hold its generator's state (vm/generator.hpp).
};

// The stack of ordinary frames: chunks of memory that are never given back while the
// interpreter runs, so pushing and popping a frame is a pointer bump.
class FrameStack {
public:
    FrameStack() = default;
    ~FrameStack();
    FrameStack(const FrameStack&) = delete;
    FrameStack& operator=(const FrameStack&) = delete;

    // A frame with room for `nslots` values, or null when out of memory.
    Frame* push(uint32_t nslots);
    void pop(Frame* f);

    Frame* top = nullptr;   // the innermost executing frame (on this stack or owned)

    void trace(Tracer& t);

private:
    struct Chunk {
        Chunk* prev;
        char* used;     // first free byte
        char* end;
        alignas(16) char data[];
    };
    Chunk* chunk_ = nullptr;
    Chunk* spare_ = nullptr;  // one empty chunk kept to avoid thrashing at a boundary
};

// Marks what a frame references: its code, function, namespaces, locals and value stack.
void trace_frame(Frame* f, Tracer& t);

}  // namespace krait
