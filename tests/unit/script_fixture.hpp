// A State with the VM and the standard modules installed and a __main__ module, for unit
// tests that run Python code and inspect what it left behind.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "stdlib/modules.hpp"
#include "vm/compile.hpp"
#include "vm/interp.hpp"

namespace krait {

struct ScriptFixture {
    State st;
    Dict* globals = nullptr;

    ScriptFixture() {
        vm::install(st);
        st.argv = Value::from_object(make_list(st));
        st.path = Value::from_object(make_list(st));
        EXPECT_TRUE(stdlib::install(st));
        Module* m = make_module(st, st.names.main);
        dict_set(st, st.modules, Value::from_object(st.names.main), Value::from_object(m));
        dict_set_str(st, m->dict, st.names.builtins, Value::from_object(st.builtins_module));
        globals = m->dict;
    }

    // Runs statements in __main__; the test fails if they raise.
    void exec(std::string_view source) {
        Code* code = vm::compile_source(st, source, "<test>", parse::Mode::Exec);
        ASSERT_NE(code, nullptr);
        Value r = vm::run_code(st, code, globals, Value::from_object(globals));
        if (r.is_error()) FAIL() << raised() << " from: " << source;
    }
    // The value of an expression, or error() with the exception pending.
    Value eval(std::string_view source) {
        Code* code = vm::compile_source(st, source, "<test>", parse::Mode::Eval);
        if (!code) return Value::error();
        return vm::run_code(st, code, globals, Value::from_object(globals));
    }
    Value global(const char* name) { return dict_get_cstr(st, globals, name); }
    void set_global(const char* name, Value v) { dict_set_cstr(st, globals, name, v); }
    std::string str(Value v) {
        Value s = to_str(st, v);
        return s.is_error() ? "<error>" : std::string(as_str(s)->view());
    }
    // The pending exception's type name and message, cleared.
    std::string raised() {
        Value e = take_raised(st);
        Root keep(st.heap, e);
        return type_name(st, e) + ": " + str(e);
    }
};

}  // namespace krait
