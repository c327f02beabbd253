// Generators: a generator object owns its frame (locals, value stack, instruction pointer) in
// one allocation. Resuming it links that frame onto the running chain and runs the
// interpreter loop until the frame yields, returns or raises.
#pragma once
#include "runtime/frame.hpp"
#include "runtime/state.hpp"

namespace krait {
struct Function;
}

namespace krait::vm {

struct Generator : Object {
    Value name, qualname;
    Value handled;        // the exception the generator was handling when it last yielded
    bool started, running, finished;
    bool resume_without_value;  // the frame's stack is already set for the next resume
    Frame frame;          // followed by the frame's slots
};

// What resuming a generator produced.
enum class Resume { Yielded, Returned, Raised };

// A generator for a call of a generator function (its arguments already bound by the
// frame setup). Null with an exception pending.
Generator* make_generator(State& st, Function* f, Args args);
// Sends `value` in (None to start), or throws the pending exception in when `throwing`.
Resume resume(State& st, Generator* g, Value value, bool throwing, Value& out);
void init_generator_type(State& st);

}  // namespace krait::vm
