// Generators: a generator object owns its frame (locals, value stack, instruction pointer) in
// one allocation. Resuming it links that frame onto the running chain and runs the
// interpreter loop until the frame yields, returns or raises.
#pragma once
#include <cstddef>

#include "runtime/frame.hpp"
#include "runtime/state.hpp"

namespace krait {
struct Function;
}

namespace krait::vm {

struct Generator : Object {
    Value name, qualname;
    // While suspended: the exception the generator was handling when it last yielded.
    // While running: the exception its resumer was handling, restored when it stops.
    Value handled;
    bool started, running, finished;
    bool resume_without_value;  // the frame's stack is already set for the next resume
    Frame frame;          // followed by the frame's slots
};

// The generator (or coroutine) whose frame this is; f must have kFrameOwned.
inline Generator* generator_of(Frame* f) {
    return reinterpret_cast<Generator*>(reinterpret_cast<char*>(f) - offsetof(Generator, frame));
}

// Whether v is a generator or coroutine object (whose frame the loop can resume in place).
bool is_resumable(State& st, Value v);

// What resuming a generator produced.
enum class Resume { Yielded, Returned, Raised };

// A generator for a call of a generator function (its arguments already bound by the
// frame setup). Null with an exception pending.
Generator* make_generator(State& st, Function* f, Args args);
// Sends `value` in (None to start), or throws the pending exception in when `throwing`.
// Runs a nested interpreter loop: for native callers (next(), send(), throw()).
Resume resume(State& st, Generator* g, Value value, bool throwing, Value& out);

// Resumption by the interpreter loop itself, without C++ recursion: `enter` links g's frame
// above the running one (null when it cannot run: an exception is pending, or g is finished and
// the resume gives None, with `finished` set), and the loop runs that frame until it yields
// or ends, then calls the matching `leave_*`, which return the frame that resumed g.
Frame* enter(State& st, Generator* g, Value value, bool throwing, bool& finished);
// The frame yielded: it is unlinked and g is suspended.
Frame* leave_yielded(State& st, Generator* g);
// The frame returned or raised (`raised`): g is finished; a StopIteration escaping it
// becomes RuntimeError (PEP 479).
Frame* leave_finished(State& st, Generator* g, bool raised);

// What `await v` iterates over: a coroutine itself, or what v.__await__() returns, with
// CPython's errors; `where` is GET_AWAITABLE's argument (1: from __aenter__, 2: __aexit__).
Value get_awaitable(State& st, Value v, uint32_t where);
// A generator that types.coroutine made awaitable.
bool is_iterable_coroutine(State& st, Value v);

void init_generator_type(State& st);

}  // namespace krait::vm
