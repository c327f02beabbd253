// Type objects. A Type is itself a heap Object (its type is `type`, or a metaclass). Every
// type carries slots: C++ functions for the operations the VM performs most, so that
// `a + b` on ints or `len(x)` on a list never looks anything up by name. Built-in types fill
// the slots with native code; a class statement fills them with generic functions that
// call the class's special methods (`__add__`, `__len__`, ...), found along its MRO.
//
// Conventions shared by every slot: a Value result of Value::error() means an exception is
// pending in the State; binary and comparison slots return NotImplemented to let the other
// operand try; `next` returns Value::stop() when the iterator is exhausted.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/object.hpp"

namespace krait {

struct State;
struct Str;
struct Tuple;
struct Dict;

// Arguments of a call as the VM holds them: positional values, then the values of the
// keyword arguments named by `kwnames` (a tuple of str), all in one array.
struct Args {
    const Value* v = nullptr;
    size_t n = 0;               // positional count
    Tuple* kwnames = nullptr;   // null when there are no keyword arguments
    size_t nkw() const;
    const Value* kwvalues() const { return v + n; }
};

// Binary operators in the order of the compiler's BINARY_OP argument (ast::Operator).
enum class BinOp : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv, Count };
// Comparisons in the order of COMPARE_OP's argument (CPython's Py_LT .. Py_GE).
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// The operation with its operands swapped: a < b is b > a.
inline CmpOp swapped(CmpOp op) {
    static constexpr CmpOp k[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
    return k[static_cast<int>(op)];
}

using NativeFn = Value (*)(State&, Args);
using UnaryFn = Value (*)(State&, Value);
using BinaryFn = Value (*)(State&, Value, Value);
using CompareFn = Value (*)(State&, Value, Value, CmpOp);
using HashFn = bool (*)(State&, Value, int64_t& out);
using LenFn = int64_t (*)(State&, Value);       // -1: error
using PredFn = int (*)(State&, Value);          // 0/1, -1: error
using ContainsFn = int (*)(State&, Value container, Value item);
using GetAttrFn = Value (*)(State&, Value obj, Str* name);
using SetAttrFn = bool (*)(State&, Value obj, Str* name, Value v);    // v.is_error(): delete
using SetItemFn = bool (*)(State&, Value obj, Value key, Value v);    // v.is_error(): delete
using CallFn = Value (*)(State&, Value callable, Args args);
using DescrGetFn = Value (*)(State&, Value descr, Value obj, Value type);  // obj error(): class access
using DescrSetFn = bool (*)(State&, Value descr, Value obj, Value v);     // v error(): delete
using NewFn = Value (*)(State&, Type* type, Args args);
using InitFn = bool (*)(State&, Value self, Args args);
// A native send, for the iterators `await` and `yield from` drive (CPython's am_send): Yield
// or Return with `out` set, or Error with the exception pending. No StopIteration is made.
enum class SendResult : uint8_t { Yield, Return, Error };
using SendFn = SendResult (*)(State&, Value self, Value arg, Value& out);

enum : uint32_t {
    kTypeHeap = 1 << 0,         // made by a class statement
    kTypeBaseType = 1 << 1,     // may be subclassed
    kTypeHasDict = 1 << 2,      // instances have a __dict__ (see dict_offset)
    kTypeReady = 1 << 3,
    kTypeIntSubclass = 1 << 4,  // fast subclass checks for the common built-ins
    kTypeFloatSubclass = 1 << 5,
    kTypeStrSubclass = 1 << 6,
    kTypeTupleSubclass = 1 << 7,
    kTypeListSubclass = 1 << 8,
    kTypeDictSubclass = 1 << 9,
    kTypeExcSubclass = 1 << 10,  // BaseException and below
    kTypeTypeSubclass = 1 << 11,
    kTypeAbstract = 1 << 12,
    kTypeCustomEq = 1 << 13,     // __eq__ defined by Python code (hash tables must call it)
    kTypeImmutable = 1 << 14,    // built-in: attributes cannot be set
    kTypeVarSize = 1 << 15,      // instances have inline items after the fixed part (str, tuple, bytes)
    kTypePlainInit = 1 << 16,    // a class made with object.__new__ and a Python __init__: the VM
                                 // may build its instances without going through type.__call__
    kTypeAwaitsItself = 1 << 17, // `await x` drives x's own send slot, as if __await__ returned
                                 // x: no iterator object per await (native asyncio futures)
    kTypeMethodLike = 1 << 18,   // instances are descriptors that bind as functions do: calling
                                 // one with the instance first is calling the bound method, so
                                 // method calls skip making it (functions, built-in methods,
                                 // the methods of classes a host binds)
};

struct Type : Object {
    const GcOps* gc;            // how the collector traces and destroys instances
    const char* name;           // the C name of built-in types ("int"); classes keep `name_str`
    Str* name_str;              // __name__
    Str* qualname;              // __qualname__
    Type* base;                 // __base__ (the solid base that decides the layout)
    Tuple* bases;               // __bases__
    Tuple* mro;                 // __mro__
    Dict* dict;                 // __dict__
    Value doc;
    uint32_t flags;
    uint32_t basicsize;         // bytes of an instance (fixed part)
    int32_t dict_offset;        // where an instance keeps its __dict__ pointer: 0 none, -1 last word
    uint32_t version;           // bumped whenever the type or a base changes (attribute caches)
    uint32_t solid_size;        // classes: the size of the built-in base's instances. The words
                                // from there to basicsize, except the __dict__ word, are __slots__
    Value subclasses;           // a list of the direct subclasses (for slot updates)

    UnaryFn repr, str;
    HashFn hash;
    CompareFn compare;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    UnaryFn iter, next;
    LenFn len;
    PredFn truth;
    BinaryFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    BinaryFn binop[static_cast<int>(BinOp::Count)];
    BinaryFn inplace[static_cast<int>(BinOp::Count)];
    UnaryFn neg, pos, invert, abs;
    UnaryFn index;              // __index__: to an exact int
    UnaryFn to_int, to_float;   // __int__, __float__
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;
    SendFn send;                // not inherited by classes, which may define their own send()
};

inline Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

// Where an instance keeps its __dict__ pointer (precondition: dict_offset != 0).
inline size_t dict_word(const Type* t, const Object* o) {
    return t->dict_offset > 0 ? size_t(t->dict_offset) : o->size - sizeof(void*);
}
// Marks the __slots__ of a fresh instance as unset (they are Values, and zero bits are 0.0).
inline void init_slot_words(const Type* t, Object* o) {
    if (t->flags & kTypeVarSize) return;
    size_t skip = t->dict_offset ? dict_word(t, o) : 0;
    for (size_t off = t->solid_size; off < t->basicsize; off += sizeof(Value))
        if (off != skip) *reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + off) = Value::error();
}

// The type system's own entry points (runtime/type.cpp, runtime/object_type.cpp).
Value type_new(State& st, Type* meta, Args a);     // type(name, bases, dict)
bool ready_builtin_type(State& st, Type* t);       // inherits slots, makes __mro__, slot wrappers
void fixup_slots(State& st, Type* t, Str* changed); // after a special method changed (null: all)
void invalidate_type(State& st, Type* t);          // t or a base changed: new versions for t and below
bool is_special_name(Str* name);
bool hash_not_implemented(State& st, Value v, int64_t& out);
Value slot_wrapper_call(State& st, struct SlotWrapper* w, Args a);
void copy_slots(Type* t, Type* base);
void add_slot_wrappers(State& st, Type* t);       // dunders for slots set after readying
Tuple* compute_mro(State& st, Type* t);          // C3 linearization of t->bases
bool init_subclass(State& st, Type* t, Args kwargs);
void init_object_types(State& st);                 // `object` and `type`
void add_dict_getset(State& st, Type* t);          // instances' __dict__ attribute
Value make_mappingproxy(State& st, Value mapping); // a read-only view of a mapping
// A built-in type made at run time (by a native module): name, layout, collector hooks. The
// caller fills its slots and methods, then calls ready_builtin_type. Null on MemoryError.
Type* make_native_type(State& st, const char* name, Type* base, uint32_t basicsize, const GcOps* gc);

}  // namespace krait
