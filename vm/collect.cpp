// Collections and finalizers (see collect.hpp).
#include "vm/collect.hpp"

#include <string>

#include "runtime/exception.hpp"
#include "runtime/heap.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "vm/traceback.hpp"

namespace krait::vm {

size_t collect_garbage(State& st) {
    size_t freed = st.heap.collect();
    run_finalizers(st);
    return freed;
}

void run_finalizers(State& st) {
    if (st.finalizing) return;  // the outer call picks up what becomes due meanwhile
    st.finalizing = true;
    Root raised(st.heap, st.raised);
    Root handled(st.heap, st.handled);
    st.raised = Value::error();
    while (Object* o = st.heap.next_finalizer()) {
        Root keep(st.heap, Value::from_object(o));
        o->type->gc->finalize(st, o);
        // A stop pending (runtime/interrupt.hpp) ends finalizers too; it is no error of theirs.
        if (!st.raised.is_error()) {
            if (stopping(st)) take_raised(st);
            else write_unraisable(st, keep);
        }
        st.handled = handled;
    }
    st.raised = raised;
    st.finalizing = false;
}

void finalize_at_exit(State& st) {
    st.heap.finalize_all();
    run_finalizers(st);
}

void write_unraisable(State& st, Value obj) {
    if (st.report_unraisable) {
        st.report_unraisable(st, obj);
        return;
    }
    Root exc(st.heap, take_raised(st));
    st.err(unraisable_report(st, exc, Value::none(), obj));
}

std::string unraisable_report(State& st, Value exc, Value err_msg, Value obj) {
    Root keep_exc(st.heap, exc);
    Root keep_obj(st.heap, obj);
    std::string text;
    Value msg = err_msg.is_none() ? Value::none() : to_str(st, err_msg);
    if (msg.is_error()) {
        take_raised(st);
        msg = Value::none();
    }
    if (!obj.is_none()) {
        text = msg.is_none() ? std::string("Exception ignored in") : std::string(as_str(msg)->view());
        Value r = repr(st, obj);
        if (r.is_error()) take_raised(st);
        text += ": " + (r.is_error() ? std::string("<object repr() failed>") : std::string(as_str(r)->view())) + "\n";
    } else if (!msg.is_none()) {
        text = std::string(as_str(msg)->view()) + ":\n";
    }
    // Only this exception, without its chain (the GeneratorExit a close raised it over).
    if (is_exception_instance(st, exc)) text += format_traceback(st, as_exception(exc)->traceback);
    return text + format_exception_only(st, exc);
}

}  // namespace krait::vm
