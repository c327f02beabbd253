// Argument binding for Python functions: positional, keyword, defaults, *args, **kwargs,
// keyword-only and positional-only parameters, with CPython 3.11's error messages.
//
// Fast locals are laid out as CPython's co_varnames: the positional parameters, then the
// keyword-only ones, then *args, then **kwargs, then the other locals.
#include <string>
#include <vector>

#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interp.hpp"

namespace krait::vm {

namespace {

// Messages name the function by its __qualname__ (3.10+).
std::string fname(State& st, Function* f) {
    Value q = f->qualname;
    if (isinstance(st, q, st.str_type)) return std::string(as_str(q)->view()) + "()";
    return std::string(f->code->qualname->view()) + "()";
}

std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() > 2 ? ", " : " ";
        if (i && i + 1 == names.size()) out += "and ";
        out += "'" + names[i] + "'";
    }
    return out;
}

void missing_error(State& st, Function* f, Value* locals, uint32_t from, uint32_t to, bool kwonly) {
    std::vector<std::string> names;
    for (uint32_t i = from; i < to; ++i)
        if (locals[i].is_error()) names.push_back(std::string(as_str(f->code->varnames->items[i])->view()));
    std::string n = std::to_string(names.size());
    type_error(st, fname(st, f) + " missing " + n + " required " + (kwonly ? "keyword-only" : "positional") +
                       " argument" + (names.size() == 1 ? "" : "s") + ": " + name_list(names));
}

void too_many_positional(State& st, Function* f, size_t given, size_t kwonly_given) {
    Code* c = f->code;
    size_t ndefaults = f->defaults ? f->defaults->size : 0;
    uint32_t argc = c->argcount;
    std::string takes;
    if (ndefaults) {
        takes = "from " + std::to_string(argc - ndefaults) + " to " + std::to_string(argc);
    } else {
        takes = std::to_string(argc);
    }
    std::string msg = fname(st, f) + " takes " + takes + " positional argument" +
                      (argc == 1 && !ndefaults ? "" : "s") + " but " + std::to_string(given);
    if (kwonly_given) {
        msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
               " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
    } else {
        msg += given == 1 ? " was given" : " were given";
    }
    type_error(st, msg);
}

}  // namespace

bool bind_arguments(State& st, Function* f, Value* locals, Args a) {
    Code* c = f->code;
    uint32_t argc = c->argcount, kwonly = c->kwonlyargcount;
    uint32_t total = argc + kwonly;
    bool varargs = c->flags & compiler::kCodeVarArgs;
    bool varkw = c->flags & compiler::kCodeVarKeywords;
    size_t npos = a.n;

    // Fast path: exactly the positional parameters, nothing else.
    if (npos == argc && !a.kwnames && !varargs && !varkw && kwonly == 0) {
        for (uint32_t i = 0; i < argc; ++i) locals[i] = a.v[i];
        return true;
    }

    Dict* kwdict = nullptr;
    if (varkw) {
        kwdict = make_dict(st);
        if (!kwdict) return false;
        locals[total + (varargs ? 1 : 0)] = Value::from_object(kwdict);
    }
    size_t ncopy = npos < argc ? npos : argc;
    for (size_t i = 0; i < ncopy; ++i) locals[i] = a.v[i];
    if (varargs) {
        Tuple* rest = npos > argc ? make_tuple(st, a.v + argc, npos - argc) : st.empty_tuple;
        if (!rest) return false;
        locals[total] = Value::from_object(rest);
    }

    // Keyword arguments.
    size_t nkw = a.nkw();
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; ++k) {
        Value key = a.kwnames->items[k];
        Value val = a.kwvalues()[k];
        Str* ks = as_str(key);
        uint32_t i = c->posonlyargcount;
        for (; i < total; ++i) {
            Str* pn = as_str(c->varnames->items[i]);
            if (pn == ks || pn->view() == ks->view()) break;
        }
        if (i < total) {
            if (!locals[i].is_error()) {
                type_error(st, fname(st, f) + " got multiple values for argument '" + std::string(ks->view()) + "'");
                return false;
            }
            locals[i] = val;
            continue;
        }
        // Not a keyword-capable parameter.
        bool is_posonly = false;
        for (uint32_t j = 0; j < c->posonlyargcount; ++j)
            if (as_str(c->varnames->items[j])->view() == ks->view()) is_posonly = true;
        if (kwdict) {
            if (!dict_set(st, kwdict, key, val)) return false;
            continue;
        }
        if (is_posonly) {
            posonly_as_kw.push_back(std::string(ks->view()));
            continue;
        }
        type_error(st, fname(st, f) + " got an unexpected keyword argument '" + std::string(ks->view()) + "'");
        return false;
    }
    if (!posonly_as_kw.empty()) {
        // CPython quotes the whole list once: 'a, b'.
        std::string names = "'";
        for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
        names += "'";
        type_error(st, fname(st, f) + " got some positional-only arguments passed as keyword arguments: " + names);
        return false;
    }
    if (npos > argc && !varargs) {
        size_t kwonly_given = 0;
        for (uint32_t i = argc; i < total; ++i) kwonly_given += !locals[i].is_error();
        too_many_positional(st, f, npos, kwonly_given);
        return false;
    }

    // Defaults for what is still missing.
    if (npos < argc) {
        size_t ndefaults = f->defaults ? f->defaults->size : 0;
        uint32_t first_default = argc - static_cast<uint32_t>(ndefaults);
        for (uint32_t i = static_cast<uint32_t>(npos); i < argc; ++i) {
            if (!locals[i].is_error()) continue;
            if (i >= first_default) {
                locals[i] = f->defaults->items[i - first_default];
            }
        }
        for (uint32_t i = static_cast<uint32_t>(npos); i < first_default && i < argc; ++i) {
            if (locals[i].is_error()) {
                missing_error(st, f, locals, static_cast<uint32_t>(npos), first_default, false);
                return false;
            }
        }
    }
    bool missing = false;
    for (uint32_t i = argc; i < total; ++i) {
        if (!locals[i].is_error()) continue;
        if (f->kwdefaults) {
            Value d = dict_get_str(st, f->kwdefaults, as_str(c->varnames->items[i]));
            if (!d.is_missing()) {
                locals[i] = d;
                continue;
            }
        }
        missing = true;
    }
    if (missing) {
        missing_error(st, f, locals, argc, total, true);
        return false;
    }
    return true;
}

}  // namespace krait::vm
