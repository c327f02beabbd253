// OSError subclasses by errno, as CPython's OSError constructor picks them.
#include "stdlib/os_error.hpp"

#include <cerrno>
#include <cstring>

#include "runtime/exception.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace krait::stdlib {

Type* os_error_type(State& st, int err) {
    switch (err) {
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case EALREADY:
        case EINPROGRESS: return st.exc.BlockingIOError;
        case ECHILD: return st.exc.ChildProcessError;
        case EPIPE:
        case ESHUTDOWN: return st.exc.BrokenPipeError;
        case ECONNABORTED: return st.exc.ConnectionAbortedError;
        case ECONNREFUSED: return st.exc.ConnectionRefusedError;
        case ECONNRESET: return st.exc.ConnectionResetError;
        case EEXIST: return st.exc.FileExistsError;
        case ENOENT: return st.exc.FileNotFoundError;
        case EISDIR: return st.exc.IsADirectoryError;
        case ENOTDIR: return st.exc.NotADirectoryError;
        case EINTR: return st.exc.InterruptedError;
        case EACCES:
        case EPERM: return st.exc.PermissionError;
        case ESRCH: return st.exc.ProcessLookupError;
        case ETIMEDOUT: return st.exc.TimeoutError;
        default: return st.exc.OSError;
    }
}

Value raise_os_error(State& st, int err, Value filename, Value filename2) {
    Value msg = str_value(st, std::strerror(err));
    if (msg.is_error()) return msg;
    Root keep(st.heap, msg);
    Value type = Value::from_object(os_error_type(st, err));
    Value e;
    if (filename.is_none()) {
        e = call(st, type, {Value::from_int(err), msg});
    } else if (filename2.is_none()) {
        e = call(st, type, {Value::from_int(err), msg, filename});
    } else {
        e = call(st, type, {Value::from_int(err), msg, filename, Value::from_int(0), filename2});
    }
    if (e.is_error()) return e;
    return raise(st, e);
}

}  // namespace krait::stdlib
