// Symbol tables: which scope every name of a module belongs to, by Python's rules.
//
// Pass one walks the tree and records, per scope, how each name is used (assigned, read,
// declared global or nonlocal, a parameter, annotated). Pass two resolves each name to
// local, global (explicit or implicit), free or cell, from the outermost scope inwards, and
// reports CPython's compile-time errors ("no binding for nonlocal 'x' found", ...).
//
// Scopes are modules, functions, lambdas, classes and comprehensions (which in 3.11 are
// functions of their own, with the first iterable passed in as `.0`).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.hpp"
#include "support/diagnostic.hpp"

namespace krait::compiler {

// How a name is used in one scope (bit flags, CPython's DEF_* in spirit).
enum : uint16_t {
    kDefLocal = 1 << 0,     // bound here: assignment, def, class, import, for, with, except, del
    kDefGlobal = 1 << 1,    // declared `global`
    kDefNonlocal = 1 << 2,  // declared `nonlocal`
    kDefParam = 1 << 3,     // a parameter
    kUse = 1 << 4,          // read
    kDefAnnotated = 1 << 5, // annotated (`x: int`)
    kDefImport = 1 << 6,    // bound by import
    kDefCompIter = 1 << 7,  // a comprehension's iteration variable
    kDefFreeClass = 1 << 8, // free in a class body (read through the class namespace first)
};

enum class Scope : uint8_t {
    Local,           // a fast local (or a name in a module/class namespace)
    GlobalExplicit,  // declared global
    GlobalImplicit,  // not bound anywhere enclosing: module globals, then builtins
    Free,            // bound in an enclosing function: read through a cell
    Cell,            // local, and captured by an inner scope
};

struct Symbol {
    std::string_view name;
    uint16_t flags = 0;
    Scope scope = Scope::Local;
    ast::Span first_use{};  // where the name first appears, for error locations
};

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

struct ScopeInfo {
    ScopeKind kind;
    std::string_view name;       // function/class name, "<lambda>", "<listcomp>", ...
    const ast::Node* node;       // the node that opens the scope
    ScopeInfo* parent = nullptr;
    std::vector<std::unique_ptr<ScopeInfo>> children;

    std::vector<Symbol> symbols;                       // in order of first appearance
    std::unordered_map<std::string_view, size_t> index;
    std::vector<std::string_view> params;              // parameter names in order

    bool is_generator = false;      // contains yield
    bool is_coroutine = false;      // async def (or an async comprehension)
    bool needs_class_cell = false;  // a class whose methods use __class__ or super()
    bool uses_class_cell = false;   // a function that reads __class__ (explicitly or via super)
    bool has_star_import = false;

    const Symbol* find(std::string_view n) const {
        auto it = index.find(n);
        return it == index.end() ? nullptr : &symbols[it->second];
    }
    bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
};

class SymbolTable {
public:
    // Builds the table for a module. On a compile-time error returns false and fills `error`.
    bool build(const ast::Mod* module, Diagnostic& error);

    const ScopeInfo* top() const { return top_.get(); }
    // The scope opened by a function, lambda, class or comprehension node.
    const ScopeInfo* scope_of(const ast::Node* n) const {
        auto it = by_node_.find(n);
        return it == by_node_.end() ? nullptr : it->second;
    }

private:
    friend class SymbolBuilder;
    std::unique_ptr<ScopeInfo> top_;
    std::unordered_map<const ast::Node*, ScopeInfo*> by_node_;
};

}  // namespace krait::compiler
