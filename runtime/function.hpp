// Callables: Python functions, native functions and methods, bound methods, cells, and the
// descriptors that wrap functions (classmethod, staticmethod, property) or expose native
// attributes (getset descriptors).
#pragma once
#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace krait {

struct Code;
struct Dict;
struct Str;
struct Tuple;

struct Function : Object {
    Code* code;
    Dict* globals;
    Dict* builtins;
    Tuple* defaults;       // null when none
    Dict* kwdefaults;      // null when none
    Tuple* closure;        // cells, null when none
    Value name, qualname, doc, module, annotations;
    Dict* dict;
};

// A built-in function, or a built-in method bound to its `self` (builtin_function_or_method).
// When self is set, the native code receives it as its first argument.
struct NativeFunction : Object {
    NativeFn fn;
    Str* name;
    Value self;            // the bound self; error() for a plain function
    Value module;
    const char* doc;
};

// A method of a built-in type, found in the type's dict (method_descriptor). Calling it with
// self as the first argument runs `fn` with self first; getting it from an instance binds it.
enum class MethodKind : uint8_t { Method, Class, Static };
struct MethodDescriptor : Object {
    NativeFn fn;
    Str* name;
    Type* owner;
    MethodKind kind;
    const char* doc;
};

struct MethodDef {
    const char* name;
    NativeFn fn;
    MethodKind kind = MethodKind::Method;
    const char* doc = nullptr;
};

// A native attribute (getset_descriptor): getter and optional setter.
using GetterFn = Value (*)(State&, Value self);
using SetterFn = bool (*)(State&, Value self, Value v);  // v error(): delete
struct GetSetDescriptor : Object {
    GetterFn get;
    SetterFn set;
    Str* name;
    Type* owner;
};
struct GetSetDef {
    const char* name;
    GetterFn get;
    SetterFn set = nullptr;
};

// A special method of a built-in type, made from the type's slot (`int.__add__`, `list.__len__`):
// calling it runs that type's slot, whatever subclass self belongs to.
struct SlotWrapper : Object {
    Type* owner;
    Str* name;
    uint16_t slot;     // index into the slot table of runtime/type.cpp
};

// A __slots__ entry of a class (member_descriptor): a Value word at a fixed offset.
struct MemberDescriptor : Object {
    Str* name;
    Type* owner;
    uint32_t offset;
    bool readonly;  // CPython's READONLY members: setting or deleting is an AttributeError
};

struct BoundMethod : Object {
    Value func;
    Value self;
};

struct Cell : Object {
    Value value;   // error(): empty
};

// classmethod and staticmethod objects.
struct WrapperDescriptor : Object {
    Value func;
    Dict* dict;
};

struct Property : Object {
    Value fget, fset, fdel, doc;
    Value name;
};

Function* make_function(State& st, Code* code, Dict* globals);
Value make_native(State& st, const char* name, NativeFn fn, Value self = Value::error(), const char* doc = nullptr);
Value make_bound_method(State& st, Value func, Value self);
Cell* make_cell(State& st, Value v);
// A method descriptor for def, taking instances of owner (a static method: a plain built-in).
Value make_method_descriptor(State& st, const MethodDef& def, Type* owner);
// Adds native methods and attributes to a built-in type's dict.
void add_methods(State& st, Type* type, const MethodDef* defs);
void add_getsets(State& st, Type* type, const GetSetDef* defs);
void init_function_types(State& st);

}  // namespace krait
