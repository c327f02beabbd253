// Turns the compiler's CodeUnits into runtime Code objects: constants become values,
// names become interned strings, the exception table and line table are copied, caches are
// numbered and instructions specialized. load() takes a CodeUnit (code compiled at run time);
// load_serialized() takes compiler::serialize()'s bytes (the modules compiled when Krait was
// built) and makes the same Code objects without CodeUnits on the way.
#include <array>
#include <cstring>

#include "compiler/code_unit_io.hpp"
#include "runtime/bigint.hpp"
#include "runtime/bytes.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
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

// What the loader does with each opcode, as bits: give it a global or an attribute cache,
// note that its code delegates (SEND), specialize it (BINARY_OP, the first of a pair of
// vm/opcodes.def). Most instructions need nothing.
enum : uint8_t { kGlobalCache = 1, kAttrCache = 2, kDelegates = 4, kBinaryOp = 8, kBeginsPair = 16 };
constexpr auto kLoaderWork = [] {
    std::array<uint8_t, 256> t{};
    t[static_cast<uint8_t>(Op::LOAD_GLOBAL)] |= kGlobalCache;
    t[static_cast<uint8_t>(Op::LOAD_ATTR)] |= kAttrCache;
    t[static_cast<uint8_t>(Op::LOAD_METHOD)] |= kAttrCache;
    t[static_cast<uint8_t>(Op::SEND)] |= kDelegates;
    t[static_cast<uint8_t>(Op::BINARY_OP)] |= kBinaryOp;
#define KRAIT_OP(name, pops, pushes, arg)
#define KRAIT_PAIR(name, a, b) t[static_cast<uint8_t>(Op::a)] |= kBeginsPair;
#include "vm/opcodes.def"
#undef KRAIT_PAIR
#undef KRAIT_OP
    return t;
}();

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

// A Code with nothing filled in yet but empty tuples.
Code* new_code(State& st) {
    auto* c = st.heap.make<Code>(st.code_type);
    if (!c) {
        raise_no_memory(st);
        return nullptr;
    }
    c->consts = st.empty_tuple;
    c->names = c->varnames = c->cellvars = c->freevars = st.empty_tuple;
    return c;
}

// Fills in a Code whose name, qualname, filename and name tuples are set, from the rest of a
// unit however it was read (u's string indexes are not used): the instruction, line and
// exception tables, the caches, and a tuple of u.nconsts Nones for the constants.
bool fill_code(State& st, Code* c, const compiler::UnitView& u) {
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
        return false;
    }
    for (uint32_t i = 0; i < c->nhandlers; ++i) {
        const compiler::ExceptionEntry& e = u.exceptions[i];
        c->handlers[i] = ExceptionRange{e.start, e.end, e.target, e.depth, e.lasti};
    }
    c->nlocals = static_cast<uint32_t>(c->varnames->size);
    c->ncells = static_cast<uint32_t>(c->cellvars->size);
    c->nfree = static_cast<uint32_t>(c->freevars->size);
    // Cells that start as parameters (names are interned: the same name is the same Str).
    uint32_t nparams = c->argcount + c->kwonlyargcount + ((c->flags & compiler::kCodeVarArgs) ? 1 : 0) +
                       ((c->flags & compiler::kCodeVarKeywords) ? 1 : 0);
    for (uint32_t i = 0; i < c->ncells; ++i) {
        for (uint32_t j = 0; j < nparams && j < c->nlocals; ++j) {
            if (c->cellvars->items[i].as_object() == c->varnames->items[j].as_object()) {
                if (!c->cell2arg) {
                    c->cell2arg = static_cast<int32_t*>(st.heap.allocate_buffer(c->ncells * sizeof(int32_t)));
                    if (!c->cell2arg) {
                        raise_no_memory(st);
                        return false;
                    }
                    for (uint32_t k = 0; k < c->ncells; ++k) c->cell2arg[k] = -1;
                }
                c->cell2arg[i] = static_cast<int32_t>(j);
            }
        }
    }
    // One pass counts what needs a cache; a generator needs closing when collected if its code
    // has handlers or delegates (SEND).
    uint32_t nglobals = 0, nattrs = 0, delegates = 0;
    for (uint32_t i = 0; i < c->ncode; ++i) {
        uint8_t work = kLoaderWork[static_cast<uint8_t>(op_of(c->code[i]))];
        nglobals += work & kGlobalCache;
        nattrs += (work & kAttrCache) >> 1;
        delegates |= work & kDelegates;
    }
    c->close_when_collected = c->nhandlers != 0 || delegates;
    if (nglobals) {
        c->global_caches = static_cast<GlobalCache*>(st.heap.allocate_buffer(nglobals * sizeof(GlobalCache)));
        if (!c->global_caches) {
            raise_no_memory(st);
            return false;
        }
        c->nglobal_caches = nglobals;
    }
    if (nattrs) {
        c->attr_caches = static_cast<AttrCache*>(st.heap.allocate_buffer(nattrs * sizeof(AttrCache)));
        if (!c->attr_caches) {
            raise_no_memory(st);
            return false;
        }
        c->nattr_caches = nattrs;
    }
    // The second pass gives each LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD its own cache entry,
    // whose number becomes its argument, and rewrites instructions into the forms only the
    // interpreter runs: BINARY_OP by operator, and the first instruction of each pair. Pairs
    // may overlap (LOAD_FAST x3): each only reads its second's opcode, so the second may
    // itself begin a pair; the scan goes forward, looking at each before it is rewritten.
    uint32_t kg = 0, ka = 0;
    for (uint32_t i = 0; i < c->ncode; ++i) {
        Op op = op_of(c->code[i]);
        uint8_t work = kLoaderWork[static_cast<uint8_t>(op)];
        if (!work) continue;
        uint32_t arg = arg_of(c->code[i]);
        if (work & kGlobalCache) {
            c->global_caches[kg] = GlobalCache{as_str(c->names->items[arg]), nullptr, nullptr, 0, 0, Value::none()};
            arg = kg++;
        } else if (work & kAttrCache) {
            c->attr_caches[ka] = AttrCache{as_str(c->names->items[arg]), 0, AttrCache::Empty, 0, Value::none()};
            arg = ka++;
        }
        if (work & kBinaryOp) op = binary_op_for(arg);
        else if ((work & kBeginsPair) && i + 1 < c->ncode) op = pair_of(op, op_of(c->code[i + 1]));
        c->code[i] = encode(op, arg);
    }
    Tuple* consts = make_tuple(st, u.nconsts);
    if (!consts) return false;
    c->consts = consts;
    return true;
}

// The view of a CodeUnit that fill_code reads.
compiler::UnitView view_of(const compiler::CodeUnit& u) {
    compiler::UnitView v{};
    v.firstlineno = u.firstlineno;
    v.flags = u.flags;
    v.argcount = u.argcount;
    v.posonlyargcount = u.posonlyargcount;
    v.kwonlyargcount = u.kwonlyargcount;
    v.stacksize = u.stacksize;
    v.code = u.code;
    v.lines = u.lines;
    v.exceptions = u.exceptions;
    v.nconsts = static_cast<uint32_t>(u.consts.size());
    return v;
}

// Makes Code objects straight from serialized bytes as compiler::CodeReader reads them. Each
// string of the table is made (and interned) once, however many units use it. Units and
// tuples being filled are kept in a list the collector sees, innermost last.
class Loader final : public compiler::CodeSink {
public:
    Loader(State& st, const compiler::CodeReader& r) : st_(st), strings_(r.strings()), keep_(st.heap) {}

    bool start() {
        open_list_ = make_list(st_);
        if (!open_list_) return false;
        keep_.set(Value::from_object(open_list_));
        return true;
    }
    Code* result() const { return result_; }

    bool begin_unit(const compiler::UnitView& u) override {
        Code* c = new_code(st_);
        if (!c || !push(c, st_.empty_tuple)) return false;
        if (!(c->name = interned(u.name)) || !(c->qualname = interned(u.qualname)) ||
            !(c->filename = interned(u.filename)) || !(c->names = names(u.names)) ||
            !(c->varnames = names(u.varnames)) || !(c->cellvars = names(u.cellvars)) ||
            !(c->freevars = names(u.freevars)) || !fill_code(st_, c, u))
            return false;
        c->builtin = true;  // load_serialized loads only the frozen modules
        open_.back().items = c->consts;
        return true;
    }
    bool end_unit() override {
        Code* c = static_cast<Code*>(open_.back().object);
        pop();
        if (open_.empty()) {
            result_ = c;
            return true;
        }
        return add(Value::from_object(c));
    }
    bool simple(compiler::CodeConstant::Kind kind) override {
        using K = compiler::CodeConstant;
        return add(kind == K::True ? Value::from_bool(true)
                   : kind == K::False ? Value::from_bool(false)
                   : kind == K::Ellipsis ? Value::ellipsis()
                                         : Value::none());
    }
    bool integer(uint8_t base, uint32_t digits) override {
        std::string_view d = strings_[digits];
        if (base == 10 && d.size() <= 15) {  // the common case: no BigInt on the way
            int64_t v = 0;
            for (char ch : d) v = v * 10 + (ch - '0');
            return add(make_int(st_, v));
        }
        return add(make_int(st_, BigInt::from_digits(d, base)));
    }
    bool floating(double v) override { return add(Value::from_double(v)); }
    bool str(uint32_t i) override {
        // Identifier-like constants are interned, as CPython does; other strings are made once.
        if (identifier_like(strings_[i])) {
            Str* s = interned(i);
            return s && add(Value::from_object(s));
        }
        if (plain_.empty()) plain_.assign(strings_.size(), nullptr);
        if (!plain_[i] && !(plain_[i] = make_str(st_, strings_[i]))) return false;
        return add(Value::from_object(plain_[i]));
    }
    bool bytes(uint32_t i) override {
        Bytes* b = make_bytes(st_, strings_[i]);
        return b && add(Value::from_object(b));
    }
    bool begin_tuple(uint32_t n) override {
        Tuple* t = make_tuple(st_, n);
        return t && push(t, t);
    }
    bool end_tuple() override {
        Tuple* t = open_.back().items;
        pop();
        return add(Value::from_object(t));
    }

private:
    struct Open {
        Object* object;   // the Code or Tuple being filled
        Tuple* items;     // its constants, or itself
        uint32_t filled;
    };

    bool push(Object* o, Tuple* items) {
        if (!list_append(st_, open_list_, Value::from_object(o))) return false;
        open_.push_back(Open{o, items, 0});
        return true;
    }
    void pop() {
        open_.pop_back();
        --open_list_->size;
    }
    // The next constant of the innermost open unit or tuple (the reader keeps to their sizes).
    bool add(Value v) {
        if (v.is_error()) return false;
        Open& o = open_.back();
        o.items->items[o.filled++] = v;
        return true;
    }
    Str* interned(uint32_t i) {
        if (interned_.empty()) interned_.assign(strings_.size(), nullptr);
        if (!interned_[i]) interned_[i] = intern(st_, strings_[i]);
        return interned_[i];
    }
    Tuple* names(std::span<const uint32_t> idx) {
        if (idx.empty()) return st_.empty_tuple;
        Tuple* t = make_tuple(st_, idx.size());
        if (!t) return nullptr;
        // (Interning allocates; the tuple is only reachable from here, but allocation never
        // collects: collections happen at the VM's safe points.)
        for (size_t k = 0; k < idx.size(); ++k) {
            Str* s = interned(idx[k]);
            if (!s) return nullptr;
            t->items[k] = Value::from_object(s);
        }
        return t;
    }

    State& st_;
    const std::vector<std::string_view>& strings_;
    Root keep_;
    List* open_list_ = nullptr;
    std::vector<Open> open_;
    std::vector<Str*> interned_, plain_;  // by string index, made on first use
    Code* result_ = nullptr;
};

}  // namespace

Code* load(State& st, const compiler::CodeUnit& u) {
    Code* c = new_code(st);
    if (!c) return nullptr;
    Root keep(st.heap, Value::from_object(c));
    c->name = intern(st, u.name);
    c->qualname = intern(st, u.qualname);
    c->filename = intern(st, u.filename);
    if (!c->name || !c->qualname || !c->filename) return nullptr;
    if (!(c->names = names_tuple(st, u.names)) || !(c->varnames = names_tuple(st, u.varnames)) ||
        !(c->cellvars = names_tuple(st, u.cellvars)) || !(c->freevars = names_tuple(st, u.freevars)))
        return nullptr;
    if (!fill_code(st, c, view_of(u))) return nullptr;
    for (size_t i = 0; i < u.consts.size(); ++i) {
        Value v = constant(st, u.consts[i]);
        if (v.is_error()) return nullptr;
        c->consts->items[i] = v;
    }
    return c;
}

Code* load_serialized(State& st, std::string_view bytes, std::string* error) {
    compiler::CodeReader reader(bytes);
    Loader loader(st, reader);
    if (!loader.start()) return nullptr;
    if (!reader.read(loader)) {
        if (error) *error = reader.error();
        return nullptr;
    }
    return loader.result();
}

}  // namespace krait::vm
