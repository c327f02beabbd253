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
    f->lasti = static_cast<int32_t>(tb->lasti);
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
Value f_lasti(State&, Value self) { return Value::from_int(int64_t(fro(self)->lasti) * 2); }
Value f_builtins(State& st, Value) { return Value::from_object(st.builtins); }

const GetSetDef kFrameGetSets[] = {
    {"f_code", f_code},
    {"f_globals", f_globals},
    {"f_locals", f_locals},
    {"f_lineno", f_lineno},
    {"f_back", f_back},
    {"f_lasti", f_lasti},
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
    tb->code = f->code();
    tb->globals = f->globals();
    tb->locals = f->locals_map.is_object() ? f->locals_map : Value::none();
    tb->frame = Value::none();
    tb->lasti = f->lasti();
    tb->lineno = f->code()->line_at(tb->lasti);
    e->traceback = Value::from_object(tb);
    return true;
}

// locals() of a frame: the namespace of module and class bodies; for a function, one dict per
// frame (as CPython's f_locals), refreshed from the fast locals and cells at every call, so that
// what exec() stores there stays visible.
Value frame_locals(State& st, Frame* f) {
    if (f->locals_map.is_object() && !(f->flags & kFrameLocalsSnapshot)) return f->locals_map;
    // A function frame: one dict per frame (as CPython's f_locals), refreshed from the fast
    // locals and cells at every call, so that what exec() stores there stays visible.
    Dict* d;
    if (f->flags & kFrameLocalsSnapshot) {
        d = as_dict(f->locals_map);
    } else {
        d = make_dict(st);
        if (!d) return Value::error();
        f->locals_map = Value::from_object(d);
        f->flags |= kFrameLocalsSnapshot;
    }
    Code* c = f->code();
    for (uint32_t i = 0; i < c->nlocals; ++i) {
        if (f->slots[i].is_error()) {
            if (dict_del(st, d, c->varnames->items[i]) < 0) return Value::error();
            continue;
        }
        if (!dict_set(st, d, c->varnames->items[i], f->slots[i])) return Value::error();
    }
    for (uint32_t i = 0; i < c->ncells + c->nfree; ++i) {
        Value cell = f->slots[c->nlocals + i];
        if (!cell.is_object()) continue;
        Value v = static_cast<Cell*>(cell.as_object())->value;
        if (v.is_error()) continue;
        Value name = i < c->ncells ? c->cellvars->items[i] : c->freevars->items[i - c->ncells];
        if (!dict_set(st, d, name, v)) return Value::error();
    }
    return Value::from_object(d);
}

Value make_frame_object(State& st, Frame* f, Value back) {
    auto* fo = st.heap.make<FrameObject>(st.frame_type);
    if (!fo) return raise_no_memory(st);
    fo->code = f->code();
    fo->globals = f->globals();
    Root keep(st.heap, Value::from_object(fo));
    Value locals = frame_locals(st, f);
    if (locals.is_error()) return locals;
    fo->locals = locals;
    fo->back = back;
    fo->lineno = f->code()->line_at(f->lasti());
    fo->lasti = static_cast<int32_t>(f->lasti());
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
        // A sandboxed script could name any file as its code's filename and read it back
        // through a traceback: without file access only code compiled here has lines.
        FILE* fp = st.allowed.files ? std::fopen(std::string(filename).c_str(), "rb") : nullptr;
        if (fp) {
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

// CPython's traceback printer (TracebackException.format) with its context: chains are printed
// oldest first, and exception groups nest their members in boxes drawn with | and +.
struct PrintContext {
    std::vector<Value> seen;
    int group_depth = 0;
    bool need_close = false;
    std::string out;

    std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }
    void emit(std::string_view text, char margin = '|') {
        std::string prefix = indent();
        if (group_depth) {
            prefix += margin;
            prefix += ' ';
        }
        while (!text.empty()) {
            size_t nl = text.find('\n');
            std::string_view line = text.substr(0, nl == std::string_view::npos ? text.size() : nl + 1);
            out += prefix;
            out += line;
            text.remove_prefix(line.size());
        }
    }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

std::string format_stack(State& st, Value tb) {
    std::string out;
    // CPython abbreviates long runs of the same entry (deep recursion).
    std::string last;
    int repeats = 0;
    auto flush_repeats = [&] {
        if (repeats > 3) {
            int more = repeats - 3;
            out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
        }
    };
    for (Value v = tb; v.is_object(); v = tbo(v)->next) {
        Traceback* t = tbo(v);
        std::string entry = "  File \"" + std::string(t->code->filename->view()) + "\", line " +
                            std::to_string(t->lineno) + ", in " + std::string(t->code->name->view()) + "\n";
        std::string line = source_line(st, t->code->filename->view(), t->lineno);
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
    return out;
}

// The members of an exception group, or null when exc is not one.
Tuple* group_members(State& st, Value exc) {
    if (!isinstance(st, exc, st.exc.BaseExceptionGroup)) return nullptr;
    Value m = as_exception(exc)->fields[1];
    return isinstance(st, m, st.tuple_type) ? as_tuple(m) : nullptr;
}

void format_one(State& st, Value exc, PrintContext& ctx) {
    // The chain from exc back to its oldest cause or context, each with the line that joins
    // it to the exception it led to (printed just before it).
    std::vector<std::pair<const char*, Value>> chain;
    auto was_seen = [&](Value v) {
        for (Value s : ctx.seen)
            if (s.is(v)) return true;
        return false;
    };
    for (Value e = exc; is_exception_instance(st, e) && !was_seen(e);) {
        ctx.seen.push_back(e);
        ExceptionObject* eo = as_exception(e);
        const char* msg = nullptr;
        Value next = Value::none();
        if (is_exception_instance(st, eo->cause)) {
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            next = eo->cause;
        } else if (!eo->suppress_context && is_exception_instance(st, eo->context)) {
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            next = eo->context;
        }
        if (msg && was_seen(next)) msg = nullptr;
        chain.push_back({msg, e});
        if (!msg) break;
        e = next;
    }
    for (size_t k = chain.size(); k-- > 0;) {
        if (chain[k].first) ctx.emit(chain[k].first);
        Value e = chain[k].second;
        Tuple* members = group_members(st, e);
        Value tb = as_exception(e)->traceback;
        if (!members) {
            ctx.emit(format_traceback(st, tb));
            ctx.emit(format_exception_only(st, e));
        } else if (ctx.group_depth > kMaxGroupDepth) {
            ctx.emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
        } else {
            bool top = ctx.group_depth == 0;
            if (top) ++ctx.group_depth;
            if (tb.is_object()) {
                ctx.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                ctx.emit(format_stack(st, tb));
            }
            ctx.emit(format_exception_only(st, e));
            int count = static_cast<int>(members->size);
            int n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
            ctx.need_close = false;
            for (int i = 0; i < n; ++i) {
                bool last = i == n - 1;
                if (last) ctx.need_close = true;
                bool truncated = i >= kMaxGroupWidth;
                std::string title = truncated ? "..." : std::to_string(i + 1);
                ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
                ++ctx.group_depth;
                if (!truncated) {
                    format_one(st, members->items[i], ctx);
                } else {
                    int rem = count - kMaxGroupWidth;
                    ctx.emit("and " + std::to_string(rem) + " more exception" + (rem > 1 ? "s" : "") + "\n");
                }
                if (last && ctx.need_close) {
                    ctx.out += ctx.indent() + "+------------------------------------\n";
                    ctx.need_close = false;
                }
                --ctx.group_depth;
            }
            if (top) ctx.group_depth = 0;
        }
    }
}

}  // namespace

std::string format_traceback(State& st, Value tb) {
    if (!tb.is_object()) return "";
    return "Traceback (most recent call last):\n" + format_stack(st, tb);
}

std::string format_exception(State& st, Value exc) {
    PrintContext ctx;
    Root keep(st.heap, exc);
    format_one(st, exc, ctx);
    return ctx.out;
}

}  // namespace krait::vm
