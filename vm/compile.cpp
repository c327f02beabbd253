// Source text to a runtime Code object, with front-end errors raised as Python exceptions
// (SyntaxError and its subclasses carry CPython's filename, lineno, offset and text).
#include "vm/compile.hpp"

#include "compiler/codegen.hpp"
#include "compiler/symtable.hpp"
#include "parser/syntax_error.hpp"
#include "runtime/exception.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interp.hpp"

namespace krait::vm {

namespace {

Value raise_diagnostic(State& st, const Diagnostic& d, std::string_view text, std::string_view filename,
                       bool declared) {
    using T = Diagnostic::Type;
    if (d.type == T::MemoryError) return raise(st, st.exc.MemoryError, d.message);
    if (d.type == T::RecursionError) return raise(st, st.exc.RecursionError, d.message);
    parse::SyntaxErrorInfo e = parse::to_python(d, text, filename, declared);
    Type* type = d.type == T::IndentationError ? st.exc.IndentationError
                 : d.type == T::TabError       ? st.exc.TabError
                                               : st.exc.SyntaxError;
    Value exc = new_exception(st, type, e.message);
    if (exc.is_error()) return exc;
    Root keep(st.heap, exc);
    Value* f = as_exception(exc)->fields;
    f[0] = str_value(st, e.message);
    if (e.lineno) {
        // (Errors found before any line, like a bad encoding, carry no location at all.)
        f[1] = str_value(st, e.filename);
        f[2] = Value::from_int(e.lineno);
        f[3] = Value::from_int(e.offset);
        f[4] = str_value(st, e.text);
        f[5] = Value::from_int(e.end_lineno);
        f[6] = Value::from_int(e.end_offset);
    }
    // args is (msg, (filename, lineno, offset, text, end_lineno, end_offset)) as in CPython.
    Tuple* info = make_tuple(st, {f[1], f[2], f[3], f[4], f[5], f[6]});
    if (info) {
        Tuple* args = make_tuple(st, {f[0], Value::from_object(info)});
        if (args) as_exception(exc)->args = Value::from_object(args);
    }
    return raise(st, exc);
}

}  // namespace

Code* compile_source(State& st, std::string_view raw, std::string_view filename, parse::Mode mode, bool decode) {
    std::string text;
    bool declared = false;
    Diagnostic d;
    if (decode) {
        if (!parse::prepare_source(raw, filename, text, d, &declared)) {
            raise_diagnostic(st, d, raw, filename, false);
            return nullptr;
        }
    } else {
        text = std::string(raw);
    }
    Arena arena;
    parse::Result r = parse::parse(text, mode, arena);
    if (!r.tree) {
        raise_diagnostic(st, r.error, text, filename, declared);
        return nullptr;
    }
    compiler::SymbolTable symbols;
    if (!symbols.build(r.tree, d)) {
        raise_diagnostic(st, d, text, filename, declared);
        return nullptr;
    }
    auto unit = compiler::compile(r.tree, symbols, filename, d);
    if (!unit) {
        raise_diagnostic(st, d, text, filename, declared);
        return nullptr;
    }
    return load(st, *unit);
}

}  // namespace krait::vm
