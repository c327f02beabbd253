// Traceback entries and frame objects (the Python-visible views of frames).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/state.hpp"

namespace krait {
struct Code;
struct Dict;
}

namespace krait::vm {

struct Traceback : Object {
    Value next;        // the entry of the frame the exception came from (None at the raise)
    Code* code;
    Dict* globals;
    Value locals;      // module and class bodies: their namespace; otherwise None
    Value frame;       // the frame object, made on first access
    uint32_t lasti;
    int32_t lineno;
};

struct FrameObject : Object {
    Code* code;
    Dict* globals;
    Value locals;
    Value back;
    int32_t lineno;
    int32_t lasti;
};

// locals() of a live frame (a dict kept with the frame for function frames).
Value frame_locals(State& st, Frame* f);
// A frame object for a live frame (sys._getframe, the traceback module's stack functions).
Value make_frame_object(State& st, Frame* f, Value back);

// The report CPython prints for an uncaught exception: chained exceptions first ("During
// handling of the above exception..."), then "Traceback (most recent call last):", a
// "  File ..., line N, in name" entry with its source line per frame, and "Type: message".
std::string format_exception(State& st, Value exc);
// "Traceback (most recent call last):" and an entry per frame of tb ("" for None).
std::string format_traceback(State& st, Value tb);
// Just the last line: "Type: message" (or "Type" when the message is empty).
std::string format_exception_only(State& st, Value exc);
// The source line `lineno` of `filename` with its indentation stripped ("" when unavailable).
std::string source_line(State& st, std::string_view filename, int lineno);

}  // namespace krait::vm
