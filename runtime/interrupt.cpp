#include "runtime/interrupt.hpp"

#include "runtime/exception.hpp"
#include "runtime/ops.hpp"

namespace krait {

namespace {

// The stop's exception: a plain BaseException, so native code that handles only some kinds
// (StopIteration, AttributeError, Exception) lets it pass. Nothing catches it anyway: while
// a stop is pending the VM runs no handler. If even this cannot be allocated, MemoryError's
// fallback stands in; the host learns of the stop from the request bits, not the object.
void raise_stop(State& st, uint8_t bits) {
    const char* why = (bits & kStopInterrupt) ? "interrupted by the host" : "step budget exhausted";
    if (raise(st, st.exc.BaseException, why).is_error() && st.raised.is_error()) raise_no_memory(st);
}

}  // namespace

void raise_interrupt(State& st) {
    if (st.budget_left < 0) {
        // The budget ran out (without one, the countdown starts at INT64_MAX: it never gets
        // here). It is used up: from now on there is none.
        st.budget_left = INT64_MAX;
        st.interrupt_requested.fetch_or(kStopBudget, std::memory_order_relaxed);
    }
    uint8_t bits = st.interrupt_requested.load(std::memory_order_relaxed);
    if (bits & kStopBits) return raise_stop(st, bits);
    // Else Ctrl-C: KeyboardInterrupt(), as CPython's signal handler raises it.
    st.interrupt_requested.fetch_and(static_cast<uint8_t>(~kInterruptKeyboard), std::memory_order_relaxed);
    Value e = call(st, Value::from_object(st.exc.KeyboardInterrupt), {});
    if (!e.is_error()) raise(st, e);
}

void set_budget(State& st, uint64_t steps) {
    st.budget_left = steps == 0 || steps > uint64_t(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(steps);
}

}  // namespace krait
