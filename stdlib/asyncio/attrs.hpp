// Reading and writing the attributes of Python-level objects from asyncio's native code
// (a Queue's _queue, an Event's _waiters), by the names of names.def.
#pragma once
#include "runtime/dict.hpp"
#include "runtime/ops.hpp"
#include "stdlib/asyncio/asyncio.hpp"

namespace krait::stdlib::aio {

inline AsyncioNames& names(State& st) { return module_state(st)->names; }

// An instance of one of asyncio's Python classes (a Queue, an Event), whose own code keeps
// these attributes in the instance dict: they are read and written there without running
// code, looking first where each name was found last; one that is not there is looked up as
// Python would. (A queue whose class overrides attribute access takes the Python path; see
// _STORAGE_METHODS in _asyncio_queues.py.)
struct Obj {
    Value self;
    Dict* d;
    Obj(State& st, Value v) : self(v), d(instance_dict(st, v, false)) {}

    Value get(State& st, HintedName& n) const {
        if (d) {
            int64_t ix = dict_find_str_hinted(st, d, n.str, n.hint);
            if (ix >= 0) return d->entries[ix].value;
            if (ix == kStrUnsure) {
                Value v = dict_get_str(st, d, n.str);
                if (!v.is_missing()) return v;
            }
        }
        return getattr(st, self, n.str);
    }

    bool set(State& st, HintedName& n, Value v) const {
        if (!d) return setattr(st, self, n.str, v);
        int64_t ix = dict_find_str_hinted(st, d, n.str, n.hint);
        if (ix < 0) return dict_set_str(st, d, n.str, v);
        d->entries[ix].value = v;
        ++d->version;
        return true;
    }
};

}  // namespace krait::stdlib::aio
