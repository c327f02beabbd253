// Turns the compiler's CodeUnits into runtime Code objects: constants become values,
// names become interned strings, the exception table and line table are copied.
#include <cstring>

#include "runtime/bigint.hpp"
#include "runtime/bytes.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interp.hpp"

namespace krait::vm {

namespace {

bool identifier_like(std::string_view s) {
    if (s.size() > 40) return false;
    for (char c : s)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

Value constant(State& st, const compiler::CodeConstant& c) {
    using K = compiler::CodeConstant;
    switch (c.kind) {
        case K::None: return Value::none();
        case K::True: return Value::from_bool(true);
        case K::False: return Value::from_bool(false);
        case K::Ellipsis: return Value::ellipsis();
        case K::Int: {
            BigInt b = BigInt::from_digits(c.text, c.base);
            return make_int(st, std::move(b));
        }
        case K::Float: return Value::from_double(c.number);
        case K::Str: {
            // Identifier-like constants are interned, as CPython does.
            Str* s = identifier_like(c.text) ? intern(st, c.text) : make_str(st, c.text);
            return s ? Value::from_object(s) : Value::error();
        }
        case K::Bytes: {
            Bytes* b = make_bytes(st, c.text);
            return b ? Value::from_object(b) : Value::error();
        }
        case K::Tuple: {
            Tuple* t = make_tuple(st, c.items.size());
            if (!t) return Value::error();
            Root keep(st.heap, Value::from_object(t));
            for (size_t i = 0; i < c.items.size(); ++i) {
                Value v = constant(st, c.items[i]);
                if (v.is_error()) return v;
                t->items[i] = v;
            }
            return Value::from_object(t);
        }
        case K::Code: {
            Code* code = load(st, *c.code);
            return code ? Value::from_object(code) : Value::error();
        }
    }
    return Value::none();
}

Tuple* names_tuple(State& st, const std::vector<std::string>& names) {
    Tuple* t = make_tuple(st, names.size());
    if (!t) return nullptr;
    Root keep(st.heap, Value::from_object(t));
    for (size_t i = 0; i < names.size(); ++i) {
        Str* s = intern(st, names[i]);
        if (!s) return nullptr;
        t->items[i] = Value::from_object(s);
    }
    return t;
}

template <typename T>
T* copy_buffer(State& st, const T* data, size_t n) {
    auto* p = static_cast<T*>(st.heap.allocate_buffer(n * sizeof(T)));
    if (p && n) std::memcpy(p, data, n * sizeof(T));
    return p;
}

// The pair that `first` followed by `second` fuse into (vm/opcodes.def), or `first` itself.
Op pair_of(Op first, Op second) {
#define KRAIT_OP(name, pops, pushes, arg)
#define KRAIT_PAIR(name, a, b) \
    if (first == Op::a && second == Op::b) return Op::name;
#include "vm/opcodes.def"
#undef KRAIT_PAIR
#undef KRAIT_OP
    return first;
}

// BINARY_OP's own opcode for its operator (vm/opcodes.def), or BINARY_OP.
Op binary_op_for(uint32_t arg) {
    switch (BinOp(arg & 15)) {
        case BinOp::Add: return Op::BINARY_OP_ADD;
        case BinOp::Sub: return Op::BINARY_OP_SUB;
        case BinOp::Mul: return Op::BINARY_OP_MUL;
        case BinOp::Mod: return Op::BINARY_OP_MOD;
        case BinOp::FloorDiv: return Op::BINARY_OP_FLOORDIV;
        default: return Op::BINARY_OP;
    }
}

// Rewrites the compiler's instructions into the forms the interpreter runs faster: BINARY_OP
// by operator, and the first instruction of each pair. Pairs may overlap (LOAD_FAST x3): each
// one only reads its second's argument, so the second may itself begin a pair; the scan goes
// forward, looking at each instruction before it is rewritten.
void specialize(Code* c) {
    for (uint32_t i = 0; i < c->ncode; ++i) {
        Op op = op_of(c->code[i]);
        uint32_t arg = arg_of(c->code[i]);
        if (op == Op::BINARY_OP) op = binary_op_for(arg);
        else if (i + 1 < c->ncode) op = pair_of(op, op_of(c->code[i + 1]));
        c->code[i] = encode(op, arg);
    }
}

}  // namespace

Code* load(State& st, const compiler::CodeUnit& u) {
    auto* c = st.heap.make<Code>(st.code_type);
    if (!c) {
        raise_no_memory(st);
        return nullptr;
    }
    Root keep(st.heap, Value::from_object(c));
    c->consts = st.empty_tuple;
    c->names = c->varnames = c->cellvars = c->freevars = st.empty_tuple;
    c->name = intern(st, u.name);
    c->qualname = intern(st, u.qualname);
    c->filename = intern(st, u.filename);
    if (!c->name || !c->qualname || !c->filename) return nullptr;
    c->firstlineno = u.firstlineno;
    c->flags = u.flags;
    c->argcount = u.argcount;
    c->posonlyargcount = u.posonlyargcount;
    c->kwonlyargcount = u.kwonlyargcount;
    c->stacksize = static_cast<uint32_t>(u.stacksize);
    c->ncode = static_cast<uint32_t>(u.code.size());
    c->code = copy_buffer(st, u.code.data(), u.code.size());
    c->lines = copy_buffer(st, u.lines.data(), u.lines.size());
    c->nhandlers = static_cast<uint32_t>(u.exceptions.size());
    c->handlers = static_cast<ExceptionRange*>(st.heap.allocate_buffer(c->nhandlers * sizeof(ExceptionRange)));
    if (!c->code || !c->lines || !c->handlers) {
        raise_no_memory(st);
        return nullptr;
    }
    for (uint32_t i = 0; i < c->nhandlers; ++i) {
        const compiler::ExceptionEntry& e = u.exceptions[i];
        c->handlers[i] = ExceptionRange{e.start, e.end, e.target, e.depth, e.lasti};
    }
    c->close_when_collected = c->nhandlers != 0;
    for (uint32_t i = 0; i < c->ncode && !c->close_when_collected; ++i)
        c->close_when_collected = vm::op_of(c->code[i]) == vm::Op::SEND;
    if (!(c->names = names_tuple(st, u.names)) || !(c->varnames = names_tuple(st, u.varnames)) ||
        !(c->cellvars = names_tuple(st, u.cellvars)) || !(c->freevars = names_tuple(st, u.freevars)))
        return nullptr;
    c->nlocals = static_cast<uint32_t>(u.varnames.size());
    c->ncells = static_cast<uint32_t>(u.cellvars.size());
    c->nfree = static_cast<uint32_t>(u.freevars.size());
    // Cells that start as parameters.
    uint32_t nparams = c->argcount + c->kwonlyargcount + ((c->flags & compiler::kCodeVarArgs) ? 1 : 0) +
                       ((c->flags & compiler::kCodeVarKeywords) ? 1 : 0);
    for (uint32_t i = 0; i < c->ncells; ++i) {
        for (uint32_t j = 0; j < nparams && j < c->nlocals; ++j) {
            if (u.cellvars[i] == u.varnames[j]) {
                if (!c->cell2arg) {
                    c->cell2arg = static_cast<int32_t*>(st.heap.allocate_buffer(c->ncells * sizeof(int32_t)));
                    if (!c->cell2arg) {
                        raise_no_memory(st);
                        return nullptr;
                    }
                    for (uint32_t k = 0; k < c->ncells; ++k) c->cell2arg[k] = -1;
                }
                c->cell2arg[i] = static_cast<int32_t>(j);
            }
        }
    }
    // Each LOAD_GLOBAL gets its own cache entry; its argument becomes the entry's number.
    uint32_t nglobals = 0;
    for (uint32_t i = 0; i < c->ncode; ++i)
        if (vm::op_of(c->code[i]) == vm::Op::LOAD_GLOBAL) ++nglobals;
    if (nglobals) {
        c->global_caches = static_cast<GlobalCache*>(st.heap.allocate_buffer(nglobals * sizeof(GlobalCache)));
        if (!c->global_caches) {
            raise_no_memory(st);
            return nullptr;
        }
        uint32_t k = 0;
        for (uint32_t i = 0; i < c->ncode; ++i) {
            if (vm::op_of(c->code[i]) != vm::Op::LOAD_GLOBAL) continue;
            c->global_caches[k] = GlobalCache{as_str(c->names->items[vm::arg_of(c->code[i])]), nullptr, nullptr, 0, 0,
                                              Value::none()};
            c->code[i] = vm::encode(vm::Op::LOAD_GLOBAL, k++);
        }
        c->nglobal_caches = nglobals;
    }
    uint32_t nattrs = 0;
    for (uint32_t i = 0; i < c->ncode; ++i) {
        vm::Op op = vm::op_of(c->code[i]);
        if (op == vm::Op::LOAD_ATTR || op == vm::Op::LOAD_METHOD) ++nattrs;
    }
    if (nattrs) {
        c->attr_caches = static_cast<AttrCache*>(st.heap.allocate_buffer(nattrs * sizeof(AttrCache)));
        if (!c->attr_caches) {
            raise_no_memory(st);
            return nullptr;
        }
        uint32_t k = 0;
        for (uint32_t i = 0; i < c->ncode; ++i) {
            vm::Op op = vm::op_of(c->code[i]);
            if (op != vm::Op::LOAD_ATTR && op != vm::Op::LOAD_METHOD) continue;
            c->attr_caches[k] = AttrCache{as_str(c->names->items[vm::arg_of(c->code[i])]), 0, AttrCache::Empty,
                                          Value::none()};
            c->code[i] = vm::encode(op, k++);
        }
        c->nattr_caches = nattrs;
    }
    specialize(c);
    Tuple* consts = make_tuple(st, u.consts.size());
    if (!consts) return nullptr;
    c->consts = consts;
    for (size_t i = 0; i < u.consts.size(); ++i) {
        Value v = constant(st, u.consts[i]);
        if (v.is_error()) return nullptr;
        consts->items[i] = v;
    }
    return c;
}

}  // namespace krait::vm
