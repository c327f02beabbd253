// Argument parsing for native functions, with CPython's messages.
#include "runtime/args.hpp"

#include <string>

#include "runtime/exception.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace krait {

bool parse_args(State& st, Args a, const Signature& sig, Value* out) {
    size_t nparams = sig.names.size();
    size_t maxpos = std::min(sig.maxpos, nparams);
    std::string f = std::string(sig.fname) + "()";
    if (a.n > maxpos) {
        if (maxpos == 0) {
            type_error(st, f + " takes no positional arguments");
        } else if (sig.required == maxpos) {
            type_error(st, f + " takes exactly " + std::to_string(maxpos) + " positional argument" +
                               (maxpos == 1 ? "" : "s") + " (" + std::to_string(a.n) + " given)");
        } else {
            type_error(st, f + " takes at most " + std::to_string(maxpos) + " argument" + (maxpos == 1 ? "" : "s") +
                               " (" + std::to_string(a.n) + " given)");
        }
        return false;
    }
    for (size_t i = 0; i < nparams; ++i) out[i] = i < a.n ? a.v[i] : Value::missing();
    size_t nkw = a.nkw();
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view key = as_str(a.kwnames->items[k])->view();
        size_t i = 0;
        for (const char* name : sig.names) {
            if (key == name) break;
            ++i;
        }
        if (i == nparams || i < sig.posonly) {
            if (i < sig.posonly && i < nparams) {
                type_error(st, f + " got some positional-only arguments passed as keyword arguments: '" +
                                   std::string(key) + "'");
            } else {
                type_error(st, f + " got an unexpected keyword argument '" + std::string(key) + "'");
            }
            return false;
        }
        if (!out[i].is_missing()) {
            type_error(st, "argument for " + f + " given by name ('" + std::string(key) + "') and position (" +
                               std::to_string(i + 1) + ")");
            return false;
        }
        out[i] = a.kwvalues()[k];
    }
    for (size_t i = 0; i < sig.required; ++i) {
        if (out[i].is_missing()) {
            type_error(st, f + " missing required argument '" + std::string(sig.names.begin()[i]) + "' (pos " +
                               std::to_string(i + 1) + ")");
            return false;
        }
    }
    return true;
}

bool no_keywords(State& st, Args a, const char* fname) {
    if (a.nkw()) {
        type_error(st, std::string(fname) + "() takes no keyword arguments");
        return false;
    }
    return true;
}

bool check_count(State& st, Args a, const char* fname, size_t min, size_t max) {
    if (!no_keywords(st, a, fname)) return false;
    if (a.n >= min && a.n <= max) return true;
    std::string f = std::string(fname) + "()";
    if (min == max) {
        if (min == 0) type_error(st, f + " takes no arguments (" + std::to_string(a.n) + " given)");
        else if (min == 1) type_error(st, f + " takes exactly one argument (" + std::to_string(a.n) + " given)");
        else type_error(st, std::string(fname) + " expected " + std::to_string(min) + " arguments, got " + std::to_string(a.n));
    } else if (a.n < min) {
        type_error(st, std::string(fname) + " expected at least " + std::to_string(min) + " argument" +
                           (min == 1 ? "" : "s") + ", got " + std::to_string(a.n));
    } else {
        type_error(st, std::string(fname) + " expected at most " + std::to_string(max) + " argument" +
                           (max == 1 ? "" : "s") + ", got " + std::to_string(a.n));
    }
    return false;
}

}  // namespace krait
