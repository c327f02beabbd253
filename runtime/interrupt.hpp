// Requests to stop running code, made by the host from any thread (State::interrupt_requested),
// and the step budget. A KeyboardInterrupt is an ordinary exception; a stop (the host's
// Interpreter::interrupt or an exhausted budget) is not: once raised it stays pending until
// the host's outermost call returns, every exception handler is skipped while it unwinds
// (vm/interp.cpp) and every safe point raises it again, so no script can catch it.
#pragma once
#include <cstdint>

#include "runtime/state.hpp"

namespace krait {

// Bits of State::interrupt_requested.
enum : uint8_t {
    kInterruptKeyboard = 1,  // raise KeyboardInterrupt (Ctrl-C); cleared once raised
    kStopInterrupt = 2,      // Interpreter::interrupt: stop
    kStopBudget = 4,         // the step budget ran out: stop
    kStopBits = kStopInterrupt | kStopBudget,
};

// What the VM's safe points run when a request is pending or the budget's countdown passed
// zero: raises KeyboardInterrupt or the stop. It always raises, so that the VM's slow path
// never comes back to the instruction (a path that could would cost the whole dispatch loop
// registers: measured at 10-15% on call-heavy code).
void raise_interrupt(State& st);

// For native waits: raises and returns true when a request is pending.
inline bool check_interrupt(State& st) {
    if (!st.interrupt_requested.load(std::memory_order_relaxed)) return false;
    raise_interrupt(st);
    return true;
}

// Whether a stop is pending (then no handler may run).
inline bool stopping(const State& st) {
    return st.interrupt_requested.load(std::memory_order_relaxed) & kStopBits;
}

// Clears a stop once it has reached the host (or a stale one before the host runs code).
inline void clear_stop(State& st) {
    st.interrupt_requested.fetch_and(static_cast<uint8_t>(~kStopBits), std::memory_order_relaxed);
}

// Sets the step budget: `steps` more safe points (each loop iteration, each Python call or
// generator resume), then a stop; 0: no budget. It is used up once (then there is none).
void set_budget(State& st, uint64_t steps);

// Blocking waits (sleep, poll) wait at most this long at a time and then check for requests,
// so that a request from another thread (which sends no signal) is seen soon.
constexpr int kWaitSliceMs = 20;

}  // namespace krait
