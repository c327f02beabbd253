// CodeUnits to bytes and back; the layout is described in code_unit_io.hpp.
#include "compiler/code_unit_io.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace krait::compiler {

namespace {

// Each opcode's argument kind (vm::ArgKind), or 0xFF for bytes that are no opcode.
constexpr uint8_t kNoOp = 0xFF;
constexpr auto kArgKinds = [] {
    std::array<uint8_t, 256> t{};
    t.fill(kNoOp);
    static_assert(static_cast<int>(vm::ArgKind::Flags) < 16);
#define KRAIT_OP(name, pops, pushes, arg) t[static_cast<uint8_t>(vm::Op::name)] = static_cast<uint8_t>(vm::ArgKind::arg);
#include "vm/opcodes.def"
#undef KRAIT_OP
    return t;
}();

// A varint of at most 32 bits at p (before e): the byte after it, or null if it runs past e
// or does not fit.
[[gnu::always_inline]] inline const uint8_t* varint32(const uint8_t* p, const uint8_t* e, uint32_t& v) {
    if (p != e && *p < 0x80) {
        v = *p;
        return p + 1;
    }
    uint64_t x = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p == e) return nullptr;
        uint8_t b = *p++;
        x |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            if (x > UINT32_MAX) return nullptr;
            v = uint32_t(x);
            return p;
        }
    }
    return nullptr;
}

// --- Writing ----------------------------------------------------------------------------------

class Writer {
public:
    std::string finish(const CodeUnit& root) {
        unit(root);
        std::string out(kCodeUnitMagic, sizeof kCodeUnitMagic);
        out += static_cast<char>(kCodeUnitFormat);
        varint(out, kInstructionSet);
        varint(out, table_.size());
        size_t total = 0;
        for (std::string_view s : table_) total += s.size() + 2;
        out.reserve(out.size() + total + body_.size() + 8);
        for (std::string_view s : table_) {
            varint(out, s.size());
            out.append(s);
        }
        out += body_;
        return out;
    }

private:
    static void varint(std::string& out, uint64_t v) {
        while (v >= 0x80) {
            out += static_cast<char>(v | 0x80);
            v >>= 7;
        }
        out += static_cast<char>(v);
    }
    void u(uint64_t v) { varint(body_, v); }
    void s(int64_t v) { varint(body_, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
    void byte(uint8_t b) { body_ += static_cast<char>(b); }

    // The strings live in the units being written, which outlive the writer.
    void str(const std::string& text) {
        auto [it, fresh] = index_.try_emplace(std::string_view(text), table_.size());
        if (fresh) table_.push_back(text);
        u(it->second);
    }
    void strings(const std::vector<std::string>& v) {
        u(v.size());
        for (const std::string& x : v) str(x);
    }

    void unit(const CodeUnit& c) {
        str(c.name);
        str(c.qualname);
        str(c.filename);
        s(c.firstlineno);
        u(c.flags);
        s(c.argcount);
        s(c.posonlyargcount);
        s(c.kwonlyargcount);
        s(c.stacksize);
        u(c.consts.size());
        strings(c.names);
        strings(c.varnames);
        strings(c.cellvars);
        strings(c.freevars);
        u(c.code.size());
        for (vm::Instr in : c.code) {
            byte(static_cast<uint8_t>(vm::op_of(in)));
            u(vm::arg_of(in));
        }
        // Runs of equal lines; their lengths add up to the number of lines.
        u(c.lines.size());
        int64_t prev = 0;
        for (size_t i = 0; i < c.lines.size();) {
            size_t j = i + 1;
            while (j < c.lines.size() && c.lines[j] == c.lines[i]) ++j;
            s(int64_t(c.lines[i]) - prev);
            u(j - i);
            prev = c.lines[i];
            i = j;
        }
        u(c.exceptions.size());
        for (const ExceptionEntry& e : c.exceptions) {
            u(e.start);
            u(e.end);
            u(e.target);
            u(uint64_t(e.depth) * 2 + (e.lasti ? 1 : 0));
        }
        for (const CodeConstant& k : c.consts) constant(k);
    }

    void constant(const CodeConstant& k) {
        byte(k.kind);
        switch (k.kind) {
            case CodeConstant::Int:
                byte(k.base);
                str(k.text);
                break;
            case CodeConstant::Float: {
                uint64_t bits;
                std::memcpy(&bits, &k.number, sizeof bits);
                for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(bits >> (8 * i)));
                break;
            }
            case CodeConstant::Str:
            case CodeConstant::Bytes: str(k.text); break;
            case CodeConstant::Tuple:
                u(k.items.size());
                for (const CodeConstant& x : k.items) constant(x);
                break;
            case CodeConstant::Code: unit(*k.code); break;
            default: break;
        }
    }

    std::unordered_map<std::string_view, uint32_t> index_;
    std::vector<std::string_view> table_;
    std::string body_;
};

// --- Deserializing into CodeUnits ------------------------------------------------------------

class UnitBuilder final : public CodeSink {
public:
    explicit UnitBuilder(const CodeReader& r) : strings_(r.strings()) {}
    std::shared_ptr<CodeUnit> root;

    bool begin_unit(const UnitView& v) override {
        auto c = std::make_shared<CodeUnit>();
        c->name = strings_[v.name];
        c->qualname = strings_[v.qualname];
        c->filename = strings_[v.filename];
        c->firstlineno = v.firstlineno;
        c->flags = v.flags;
        c->argcount = v.argcount;
        c->posonlyargcount = v.posonlyargcount;
        c->kwonlyargcount = v.kwonlyargcount;
        c->stacksize = v.stacksize;
        c->code.assign(v.code.begin(), v.code.end());
        c->lines.assign(v.lines.begin(), v.lines.end());
        c->exceptions.assign(v.exceptions.begin(), v.exceptions.end());
        names(c->names, v.names);
        names(c->varnames, v.varnames);
        names(c->cellvars, v.cellvars);
        names(c->freevars, v.freevars);
        c->consts.reserve(v.nconsts);
        if (units_.empty()) {
            root = c;
        } else {
            CodeConstant& k = add();
            k.kind = CodeConstant::Code;
            k.code = c;
        }
        units_.push_back(c.get());
        open_.push_back(&c->consts);
        return true;
    }
    bool end_unit() override {
        units_.pop_back();
        open_.pop_back();
        return true;
    }
    bool simple(CodeConstant::Kind kind) override {
        add().kind = kind;
        return true;
    }
    bool integer(uint8_t base, uint32_t digits) override {
        CodeConstant& k = add();
        k.kind = CodeConstant::Int;
        k.base = base;
        k.text = strings_[digits];
        return true;
    }
    bool floating(double v) override {
        CodeConstant& k = add();
        k.kind = CodeConstant::Float;
        k.number = v;
        return true;
    }
    bool str(uint32_t i) override {
        CodeConstant& k = add();
        k.kind = CodeConstant::Str;
        k.text = strings_[i];
        return true;
    }
    bool bytes(uint32_t i) override {
        CodeConstant& k = add();
        k.kind = CodeConstant::Bytes;
        k.text = strings_[i];
        return true;
    }
    bool begin_tuple(uint32_t n) override {
        CodeConstant& k = add();
        k.kind = CodeConstant::Tuple;
        k.items.reserve(n);
        open_.push_back(&k.items);
        return true;
    }
    bool end_tuple() override {
        open_.pop_back();
        return true;
    }

private:
    // The next constant of the innermost open unit or tuple (whose vector was reserved to its
    // final size, so references into the enclosing ones stay valid).
    CodeConstant& add() { return open_.back()->emplace_back(); }
    void names(std::vector<std::string>& out, std::span<const uint32_t> in) {
        out.reserve(in.size());
        for (uint32_t i : in) out.emplace_back(strings_[i]);
    }

    const std::vector<std::string_view>& strings_;
    std::vector<CodeUnit*> units_;
    std::vector<std::vector<CodeConstant>*> open_;
};

}  // namespace

// --- Reading ----------------------------------------------------------------------------------

bool CodeReader::fail(const char* what) {
    if (error_.empty()) error_ = std::string(what) + " at byte " + std::to_string(p_ - begin_);
    p_ = end_;  // nothing more is read
    return false;
}

// (Outputs are zeroed first, so that no path leaves them unset.)
bool CodeReader::u64(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p_ == end_) return fail("unexpected end");
        uint8_t b = uint8_t(*p_++);
        if (shift == 63 && b > 1) return fail("integer too large");
        v |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80)) return true;
    }
    return fail("integer too large");
}

bool CodeReader::u32_slow(uint32_t& v) {
    v = 0;
    uint64_t x;
    if (!u64(x)) return false;
    if (x > UINT32_MAX) return fail("integer too large");
    v = uint32_t(x);
    return true;
}

bool CodeReader::s32(int32_t& v) {
    if (p_ != end_ && uint8_t(*p_) < 0x80) {  // most are one byte
        uint8_t x = uint8_t(*p_++);
        v = int32_t(x >> 1) ^ -int32_t(x & 1);
        return true;
    }
    v = 0;
    uint64_t x;
    if (!u64(x)) return false;
    int64_t y = int64_t(x >> 1) ^ -int64_t(x & 1);
    if (y < INT32_MIN || y > INT32_MAX) return fail("integer too large");
    v = int32_t(y);
    return true;
}

bool CodeReader::nonneg(int32_t& v) {
    if (!s32(v)) return false;
    if (v < 0) return fail("negative count");
    return true;
}

// A count of items that take at least `min_size` bytes each: more than the rest of the input
// could hold is refused before anything is allocated for them.
bool CodeReader::count(uint32_t& n, size_t min_size) {
    if (!u32(n)) return false;
    if (min_size && n > size_t(end_ - p_) / min_size) return fail("count larger than the input");
    return true;
}

bool CodeReader::read(CodeSink& sink) {
    if (size_t(end_ - p_) < sizeof kCodeUnitMagic + 1 || std::memcmp(p_, kCodeUnitMagic, sizeof kCodeUnitMagic) != 0)
        return fail("not a serialized code unit");
    p_ += sizeof kCodeUnitMagic;
    if (uint8_t(*p_++) != kCodeUnitFormat) return fail("unknown format version");
    uint32_t set;
    if (!u32(set)) return false;
    if (set != kInstructionSet) return fail("made for another instruction set");
    uint32_t n;
    if (!count(n, 1)) return false;
    strings_.resize(n);
    for (std::string_view& t : strings_) {
        uint32_t len;
        if (!count(len, 0)) return false;
        if (len > size_t(end_ - p_)) return fail("string longer than the input");
        t = std::string_view(p_, len);
        p_ += len;
    }
    if (!unit(sink, 0)) return false;
    if (p_ != end_) return fail("trailing bytes");
    return true;
}

bool CodeReader::unit(CodeSink& sink, int depth) {
    if (depth > kMaxUnitNesting) return fail("nested too deeply");
    UnitView v;
    if (!index(v.name) || !index(v.qualname) || !index(v.filename) || !s32(v.firstlineno) || !u32(v.flags) ||
        !nonneg(v.argcount) || !nonneg(v.posonlyargcount) || !nonneg(v.kwonlyargcount) || !nonneg(v.stacksize) ||
        !count(v.nconsts, 1))
        return false;
    // The hot loops below (names, instructions, lines) read through a local pointer.
    const uint8_t* p = reinterpret_cast<const uint8_t*>(p_);
    const uint8_t* e = reinterpret_cast<const uint8_t*>(end_);
    auto bad = [&](const uint8_t* at, const char* what) {
        p_ = reinterpret_cast<const char*>(at);
        return fail(what);
    };
    // The four name lists, one after the other in names_.
    uint32_t sizes[4];
    size_t nstrings = strings_.size();
    names_.clear();
    for (uint32_t& size : sizes) {
        const uint8_t* at = p;
        if (!(p = varint32(p, e, size))) return bad(at, "bad integer");
        if (size > size_t(e - p)) return bad(at, "count larger than the input");
        for (uint32_t i = 0; i < size; ++i) {
            uint32_t x;
            at = p;
            if (!(p = varint32(p, e, x))) return bad(at, "bad integer");
            if (x >= nstrings) return bad(at, "string index out of range");
            names_.push_back(x);
        }
    }
    // Instructions, each checked as it is read: its argument must index what it names.
    uint32_t n;
    const uint8_t* at = p;
    if (!(p = varint32(p, e, n))) return bad(at, "bad integer");
    if (n > size_t(e - p) / 2) return bad(at, "count larger than the input");
    code_.resize(n);
    uint64_t limits[16];  // by vm::ArgKind; no limit for counts, operators and flags
    std::fill_n(limits, 16, uint64_t(1) << 32);
    limits[uint8_t(vm::ArgKind::Const)] = v.nconsts;
    limits[uint8_t(vm::ArgKind::Name)] = sizes[0];
    limits[uint8_t(vm::ArgKind::Local)] = sizes[1];
    limits[uint8_t(vm::ArgKind::Cell)] = uint64_t(sizes[2]) + sizes[3];
    limits[uint8_t(vm::ArgKind::Jump)] = n;
    vm::Instr* out = code_.data();
    for (uint32_t i = 0; i < n; ++i) {
        at = p;
        if (p == e) return bad(at, "unexpected end");
        uint8_t op = *p++, kind;
        uint32_t arg;
        if (!(p = varint32(p, e, arg))) return bad(at, "bad integer");
        if ((kind = kArgKinds[op]) == kNoOp) return bad(at, "unknown opcode");
        if (arg > vm::kMaxArg) return bad(at, "instruction argument too large");
        if (arg >= limits[kind]) return bad(at, "instruction argument out of range");
        out[i] = vm::encode(vm::Op(op), arg);
    }
    uint32_t nlines;
    at = p;
    if (!(p = varint32(p, e, nlines))) return bad(at, "bad integer");
    if (nlines != n) return bad(at, "not one line per instruction");
    lines_.resize(n);
    int64_t line = 0;
    for (uint32_t i = 0; i < n;) {
        uint32_t zigzag, run;
        at = p;
        if (!(p = varint32(p, e, zigzag)) || !(p = varint32(p, e, run))) return bad(at, "bad integer");
        line += int32_t(zigzag >> 1) ^ -int32_t(zigzag & 1);
        if (line < INT32_MIN || line > INT32_MAX) return bad(at, "line number out of range");
        if (run == 0 || run > n - i) return bad(at, "bad line run");
        std::fill_n(lines_.begin() + i, run, int32_t(line));
        i += run;
    }
    p_ = reinterpret_cast<const char*>(p);
    if (!count(n, 4)) return false;
    exceptions_.resize(n);
    for (ExceptionEntry& e : exceptions_) {
        uint32_t depth_lasti;
        if (!u32(e.start) || !u32(e.end) || !u32(e.target) || !u32(depth_lasti)) return false;
        e.depth = depth_lasti >> 1;
        e.lasti = depth_lasti & 1;
    }
    const uint32_t* nm = names_.data();
    v.names = {nm, sizes[0]};
    v.varnames = {nm + sizes[0], sizes[1]};
    v.cellvars = {nm + sizes[0] + sizes[1], sizes[2]};
    v.freevars = {nm + sizes[0] + sizes[1] + sizes[2], sizes[3]};
    v.code = code_;
    v.lines = lines_;
    v.exceptions = exceptions_;
    if (!check(v)) return false;
    if (!sink.begin_unit(v)) return false;
    for (uint32_t i = 0; i < v.nconsts; ++i)
        if (!constant(sink, depth)) return false;
    return sink.end_unit();
}

bool CodeReader::constant(CodeSink& sink, int depth) {
    uint8_t kind;
    if (!byte(kind)) return false;
    switch (kind) {
        case CodeConstant::None:
        case CodeConstant::True:
        case CodeConstant::False:
        case CodeConstant::Ellipsis: return sink.simple(CodeConstant::Kind(kind));
        case CodeConstant::Int: {
            uint8_t base;
            uint32_t digits;
            if (!byte(base) || !index(digits)) return false;
            if (base != 2 && base != 8 && base != 10 && base != 16) return fail("bad integer base");
            for (char ch : strings_[digits]) {
                int d = ch >= '0' && ch <= '9' ? ch - '0'
                        : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f' ? (ch | 0x20) - 'a' + 10
                                                                  : 99;
                if (d >= base) return fail("bad integer digits");
            }
            return sink.integer(base, digits);
        }
        case CodeConstant::Float: {
            if (end_ - p_ < 8) return fail("unexpected end");
            uint64_t bits = 0;
            for (int i = 0; i < 8; ++i) bits |= uint64_t(uint8_t(p_[i])) << (8 * i);
            p_ += 8;
            double v;
            std::memcpy(&v, &bits, sizeof v);
            return sink.floating(v);
        }
        case CodeConstant::Str:
        case CodeConstant::Bytes: {
            uint32_t i;
            if (!index(i)) return false;
            return kind == CodeConstant::Str ? sink.str(i) : sink.bytes(i);
        }
        case CodeConstant::Tuple: {
            if (depth >= kMaxUnitNesting) return fail("nested too deeply");
            uint32_t n;
            if (!count(n, 1) || !sink.begin_tuple(n)) return false;
            for (uint32_t i = 0; i < n; ++i)
                if (!constant(sink, depth + 1)) return false;
            return sink.end_tuple();
        }
        case CodeConstant::Code: return unit(sink, depth + 1);
        default: return fail("unknown constant kind");
    }
}

// The rest of what the VM relies on (instruction arguments were checked as they were read):
// handlers stay inside the code, the parameters have their slots.
bool CodeReader::check(const UnitView& u) {
    size_t n = u.code.size();
    for (const ExceptionEntry& e : u.exceptions)
        if (e.start >= e.end || e.end > n || e.target >= n || e.depth > uint32_t(u.stacksize))
            return fail("exception table entry out of range");
    size_t params = size_t(u.argcount) + size_t(u.kwonlyargcount) + ((u.flags & kCodeVarArgs) ? 1 : 0) +
                    ((u.flags & kCodeVarKeywords) ? 1 : 0);
    if (u.posonlyargcount > u.argcount || params > u.varnames.size()) return fail("parameters without slots");
    return true;
}

std::string serialize(const CodeUnit& unit) { return Writer().finish(unit); }

std::shared_ptr<CodeUnit> deserialize(std::string_view bytes, std::string* error) {
    CodeReader reader(bytes);
    UnitBuilder builder(reader);
    if (!reader.read(builder)) {
        if (error) *error = reader.error();
        return nullptr;
    }
    return builder.root;
}

}  // namespace krait::compiler
