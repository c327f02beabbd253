#include "compiler/disasm.hpp"

#include <cstdio>

#include "support/pyrepr.hpp"

namespace krait::compiler {

namespace {

std::string const_repr(const CodeConstant& c) {
    std::string out;
    switch (c.kind) {
        case CodeConstant::None: return "None";
        case CodeConstant::True: return "True";
        case CodeConstant::False: return "False";
        case CodeConstant::Ellipsis: return "Ellipsis";
        case CodeConstant::Int:
            if (c.base == 10 || !pyrepr::int_to_decimal(c.text, c.base, out)) out = c.text;
            return out;
        case CodeConstant::Float: return pyrepr::float_repr(c.number);
        case CodeConstant::Str: pyrepr::str_repr(out, c.text); return out;
        case CodeConstant::Bytes: pyrepr::bytes_repr(out, c.text); return out;
        case CodeConstant::Tuple: {
            out = "(";
            for (size_t i = 0; i < c.items.size(); ++i) {
                if (i) out += ", ";
                out += const_repr(c.items[i]);
            }
            if (c.items.size() == 1) out += ",";
            return out + ")";
        }
        case CodeConstant::Code: return "<code object " + c.code->name + ">";
    }
    return "?";
}

void listing(const CodeUnit& code, std::string& out) {
    out += "Disassembly of " + code.qualname + ":\n";
    int last_line = -1;
    char buf[256];
    for (size_t i = 0; i < code.code.size(); ++i) {
        vm::Instr in = code.code[i];
        vm::Op op = vm::op_of(in);
        uint32_t arg = vm::arg_of(in);
        std::string desc;
        switch (vm::op_arg_kind(op)) {
            case vm::ArgKind::Const: desc = arg < code.consts.size() ? const_repr(code.consts[arg]) : "?"; break;
            case vm::ArgKind::Local: desc = arg < code.varnames.size() ? code.varnames[arg] : "?"; break;
            case vm::ArgKind::Name: desc = arg < code.names.size() ? code.names[arg] : "?"; break;
            case vm::ArgKind::Cell: {
                size_t cells = code.cellvars.size();
                desc = arg < cells ? code.cellvars[arg] : arg - cells < code.freevars.size() ? code.freevars[arg - cells] : "?";
                break;
            }
            case vm::ArgKind::Jump: desc = "to " + std::to_string(arg); break;
            default: break;
        }
        int line = code.lines[i];
        std::string line_col = line != last_line && line > 0 ? std::to_string(line) : "";
        last_line = line;
        bool has_arg = vm::op_arg_kind(op) != vm::ArgKind::None;
        std::snprintf(buf, sizeof buf, "%4s %6zu %-22s", line_col.c_str(), i, vm::op_name(op));
        out += buf;
        if (has_arg) {
            std::snprintf(buf, sizeof buf, " %5u", arg);
            out += buf;
            if (!desc.empty()) out += " (" + desc + ")";
        }
        out += "\n";
    }
    if (!code.exceptions.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionEntry& e : code.exceptions) {
            std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end - 1, e.target, e.depth,
                          e.lasti ? " lasti" : "");
            out += buf;
        }
    }
    for (const CodeConstant& c : code.consts) {
        if (c.kind == CodeConstant::Code) {
            out += "\n";
            listing(*c.code, out);
        }
    }
}

}  // namespace

std::string disassemble(const CodeUnit& code) {
    std::string out;
    listing(code, out);
    return out;
}

}  // namespace krait::compiler
