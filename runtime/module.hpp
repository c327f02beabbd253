// Modules: a namespace dict with a name.
#pragma once
#include "runtime/object.hpp"

namespace krait {

struct Dict;
struct Str;
struct State;

struct Module : Object {
    Dict* dict;
};

Module* make_module(State& st, Str* name);
Value module_name(State& st, Module* m);
void init_module_type(State& st);

}  // namespace krait
