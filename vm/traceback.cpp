// Traceback and frame objects: as an exception leaves each Python frame it gains a traceback
// entry (the code, the line, the frame's globals). Frame objects are made on demand from a
// traceback entry (tb_frame) or from a live frame (sys._getframe).
#include <cstdio>
#include <string>
#include <vector>

#include "parser/syntax_error.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interp.hpp"
#include "vm/traceback.hpp"

namespace krait::vm {

namespace {

void trace_tb(Object* o, Tracer& t) {
    auto* tb = static_cast<Traceback*>(o);
    t.mark(tb->next);
    t.mark(tb->code);
    t.mark(tb->globals);
    t.mark(tb->locals);
    t.mark(tb->frame);
}
const GcOps kTracebackOps{trace_tb, nullptr};

void trace_frame_object(Object* o, Tracer& t) {
    auto* f = static_cast<FrameObject*>(o);
    t.mark(f->code);
    t.mark(f->globals);
    t.mark(f->locals);
    t.mark(f->back);
}
const GcOps kFrameObjectOps{trace_frame_object, nullptr};

Traceback* tbo(Value v) { return static_cast<Traceback*>(v.as_object()); }
FrameObject* fro(Value v) { return static_cast<FrameObject*>(v.as_object()); }

Value tb_next(State&, Value self) { return tbo(self)->next; }
bool tb_set_next(State& st, Value self, Value v) {
    if (v.is_error()) {
        type_error(st, "can't delete tb_next attribute");
        return false;
    }
    if (!v.is_none() && type_of(st, v) != st.traceback_type) {
        type_error(st, "expected traceback object or None, got '" + type_name(st, v) + "'");
        return false;
    }
    tbo(self)->next = v;
    return true;
}
Value tb_lineno(State&, Value self) { return Value::from_int(tbo(self)->lineno); }
Value tb_lasti(State&, Value self) { return Value::from_int(int64_t(tbo(self)->lasti) * 2); }
Value tb_frame(State& st, Value self) {
    Traceback* tb = tbo(self);
    if (tb->frame.is_object()) return tb->frame;
    auto* f = st.heap.make<FrameObject>(st.frame_type);
    if (!f) return raise_no_memory(st);
    f->code = tb->code;
    f->globals = tb->globals;
    f->locals = tb->locals;
    f->back = Value::none();
    f->lineno = tb->lineno;
    tb->frame = Value::from_object(f);
    return tb->frame;
}

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_next, tb_set_next},
    {"tb_lineno", tb_lineno},
    {"tb_lasti", tb_lasti},
    {"tb_frame", tb_frame},
    {nullptr, nullptr},
};

Value f_code(State&, Value self) { return Value::from_object(fro(self)->code); }
Value f_globals(State&, Value self) { return Value::from_object(fro(self)->globals); }
Value f_locals(State& st, Value self) {
    FrameObject* f = fro(self);
    if (f->locals.is_none()) {
        Dict* d = make_dict(st);
        if (!d) return Value::error();
        f->locals = Value::from_object(d);
    }
    return f->locals;
}
Value f_lineno(State&, Value self) { return Value::from_int(fro(self)->lineno); }
Value f_back(State&, Value self) { return fro(self)->back; }
Value f_builtins(State& st, Value) { return Value::from_object(st.builtins); }

const GetSetDef kFrameGetSets[] = {
    {"f_code", f_code},
    {"f_globals", f_globals},
    {"f_locals", f_locals},
    {"f_lineno", f_lineno},
    {"f_back", f_back},
    {"f_builtins", f_builtins},
    {nullptr, nullptr},
};

Value frame_repr(State& st, Value self) {
    FrameObject* f = fro(self);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(f));
    return str_value(st, std::string("<frame at ") + buf + ", file '" + std::string(f->code->filename->view()) +
                             "', line " + std::to_string(f->lineno) + ", code " + std::string(f->code->name->view()) +
                             ">");
}

}  // namespace

bool add_traceback(State& st, Value exc, Frame* f) {
    if (!is_exception_instance(st, exc)) return true;
    auto* tb = st.heap.make<Traceback>(st.traceback_type);
    if (!tb) return false;
    ExceptionObject* e = as_exception(exc);
    tb->next = e->traceback;
    tb->code = f->code;
    tb->globals = f->globals;
    tb->locals = f->locals_map.is_object() ? f->locals_map : Value::none();
    tb->frame = Value::none();
    tb->lasti = f->lasti();
    tb->lineno = f->code->line_at(tb->lasti);
    e->traceback = Value::from_object(tb);
    return true;
}

Value make_frame_object(State& st, Frame* f, Value back) {
    auto* fo = st.heap.make<FrameObject>(st.frame_type);
    if (!fo) return raise_no_memory(st);
    fo->code = f->code;
    fo->globals = f->globals;
    fo->locals = f->locals_map.is_object() ? f->locals_map : Value::none();
    fo->back = back;
    fo->lineno = f->code->line_at(f->lasti());
    return Value::from_object(fo);
}

void init_traceback_types(State& st) {
    Type* t = st.traceback_type;
    t->gc = &kTracebackOps;
    t->basicsize = sizeof(Traceback);
    add_getsets(st, t, kTracebackGetSets);
    t = st.frame_type;
    t->gc = &kFrameObjectOps;
    t->basicsize = sizeof(FrameObject);
    t->repr = frame_repr;
    add_getsets(st, t, kFrameGetSets);
}

}  // namespace krait::vm

namespace krait::vm {

std::string source_line(State& st, std::string_view filename, int lineno) {
    auto it = st.source_cache.find(std::string(filename));
    if (it == st.source_cache.end()) {
        std::string text;
        if (FILE* fp = std::fopen(std::string(filename).c_str(), "rb")) {
            char buf[65536];
            size_t n;
            while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0) text.append(buf, n);
            std::fclose(fp);
        }
        it = st.source_cache.emplace(std::string(filename), std::move(text)).first;
    }
    std::string_view text = it->second;
    int line = 1;
    size_t pos = 0;
    while (line < lineno && pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) return "";
        pos = nl + 1;
        ++line;
    }
    if (line != lineno || pos >= text.size()) return "";
    size_t end = text.find('\n', pos);
    std::string_view l = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t' || l.back() == '\f')) l.remove_suffix(1);
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t' || l.front() == '\f')) l.remove_prefix(1);
    return std::string(l);
}

std::string format_exception_only(State& st, Value exc) {
    Type* t = type_of(st, exc);
    std::string name(t->qualname->view());
    if (t->flags & kTypeHeap) {
        Value m = dict_get_str(st, t->dict, st.names.module);
        if (!m.is_missing() && isinstance(st, m, st.str_type)) {
            std::string_view mod = as_str(m)->view();
            if (mod != "__main__" && mod != "builtins") name = std::string(mod) + "." + name;
        }
    }
    if (is_subtype(t, st.exc.SyntaxError)) {
        // The location, the line and the carets, laid out as the front end reports them.
        Value* f = as_exception(exc)->fields;
        if (isinstance(st, f[1], st.str_type) && f[2].is_int()) {
            parse::SyntaxErrorInfo info;
            info.type = name;
            Value msg = isinstance(st, f[0], st.str_type) ? f[0] : to_str(st, f[0]);
            if (msg.is_error()) {
                take_raised(st);
                msg = Value::from_object(st.empty_str);
            }
            info.message = std::string(as_str(msg)->view());
            info.filename = std::string(as_str(f[1])->view());
            info.lineno = static_cast<int>(f[2].as_int());
            info.offset = f[3].is_int() ? static_cast<int>(f[3].as_int()) : 0;
            info.end_offset = f[6].is_int() && f[5].is_int() && f[5].as_int() == f[2].as_int()
                                  ? static_cast<int>(f[6].as_int())
                                  : 0;
            if (isinstance(st, f[4], st.str_type)) {
                std::string_view text = as_str(f[4])->view();
                while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
                info.text = std::string(text);
            } else {
                info.text = source_line(st, info.filename, info.lineno);
            }
            return parse::format_syntax_error(info);
        }
    }
    Value s = to_str(st, exc);
    if (s.is_error()) {
        take_raised(st);
        return name + ": <exception str() failed>\n";
    }
    std::string_view msg = as_str(s)->view();
    std::string out = msg.empty() ? name : name + ": " + std::string(msg);
    out += "\n";
    // PEP 678 notes.
    if (Dict* d = as_exception(exc)->dict) {
        Value notes = dict_get_cstr(st, d, "__notes__");
        if (!notes.is_missing() && isinstance(st, notes, st.list_type)) {
            Value it = get_iter(st, notes);
            if (!it.is_error()) {
                Root keep(st.heap, it);
                for (;;) {
                    Value n = iter_next(st, it);
                    if (n.is_stop() || n.is_error()) break;
                    Value ns = to_str(st, n);
                    if (ns.is_error()) {
                        take_raised(st);
                        continue;
                    }
                    out += std::string(as_str(ns)->view()) + "\n";
                }
            }
            if (st.raised.is_object()) take_raised(st);
        }
    }
    return out;
}

namespace {

void format_one(State& st, Value exc, std::string& out, std::vector<Value>& seen) {
    seen.push_back(exc);
    ExceptionObject* e = as_exception(exc);
    auto was_seen = [&](Value v) {
        for (Value s : seen)
            if (s.is(v)) return true;
        return false;
    };
    if (is_exception_instance(st, e->cause) && !was_seen(e->cause)) {
        format_one(st, e->cause, out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && is_exception_instance(st, e->context) && !was_seen(e->context)) {
        format_one(st, e->context, out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (e->traceback.is_object()) {
        out += "Traceback (most recent call last):\n";
        // CPython abbreviates long runs of the same entry (deep recursion).
        std::string last;
        int repeats = 0;
        auto flush_repeats = [&] {
            if (repeats > 3) {
                int more = repeats - 3;
                out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
            }
        };
        for (Value v = e->traceback; v.is_object(); v = tbo(v)->next) {
            Traceback* tb = tbo(v);
            std::string entry = "  File \"" + std::string(tb->code->filename->view()) + "\", line " +
                                std::to_string(tb->lineno) + ", in " + std::string(tb->code->name->view()) + "\n";
            std::string line = source_line(st, tb->code->filename->view(), tb->lineno);
            if (!line.empty()) entry += "    " + line + "\n";
            if (entry == last) {
                ++repeats;
                if (repeats > 3) continue;
            } else {
                flush_repeats();
                repeats = 1;
                last = entry;
            }
            out += entry;
        }
        flush_repeats();
    }
    out += format_exception_only(st, exc);
}

}  // namespace

std::string format_exception(State& st, Value exc) {
    std::string out;
    std::vector<Value> seen;
    Root keep(st.heap, exc);
    format_one(st, exc, out, seen);
    return out;
}

}  // namespace krait::vm
