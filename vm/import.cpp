// The import system: sys.modules first, then the built-in modules, then `name.py` or
// `name/__init__.py` along sys.path (or the parent package's __path__). A module is in
// sys.modules before its code runs, which gives CPython's behaviour for circular imports.
#include <sys/stat.h>

#include <cstdio>
#include <string>

#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/compile.hpp"
#include "vm/interp.hpp"

namespace krait::vm {

namespace {

bool read_file(const std::string& path, std::string& out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return true;
}

bool is_file(const std::string& p) {
    struct stat s;
    return stat(p.c_str(), &s) == 0 && S_ISREG(s.st_mode);
}

bool is_dir(const std::string& p) {
    struct stat s;
    return stat(p.c_str(), &s) == 0 && S_ISDIR(s.st_mode);
}

Value module_not_found(State& st, std::string_view name) {
    Value e = new_exception(st, st.exc.ModuleNotFoundError, "No module named '" + std::string(name) + "'");
    if (e.is_error()) return e;
    as_exception(e)->fields[1] = str_value(st, name);
    return raise(st, e);
}

// Runs a module's code in a fresh module registered as sys.modules[name]: `get_code()` makes
// the Code once the module is registered (null with an exception pending if it cannot).
template <typename GetCode>
Value exec_module(State& st, const std::string& name, const std::string& path, const std::string* pkg_dir,
                  GetCode get_code) {
    Str* n = intern(st, name);
    if (!n) return Value::error();
    Module* m = make_module(st, n);
    if (!m) return Value::error();
    Value mv = Value::from_object(m);
    Root keep(st.heap, mv);
    Dict* d = m->dict;
    if (path[0] != '<' && !dict_set_str(st, d, st.names.file, str_value(st, path))) return Value::error();
    if (pkg_dir) {
        // A package the host's loader serves has an empty __path__: its submodules come from
        // the loader too.
        List* p = make_list(st);
        if (!p || (!pkg_dir->empty() && !list_append(st, p, str_value(st, *pkg_dir))) ||
            !dict_set_str(st, d, st.names.path, Value::from_object(p)) ||
            !dict_set_str(st, d, st.names.package, Value::from_object(n)))
            return Value::error();
    } else {
        size_t dot = name.rfind('.');
        Value pkg = str_value(st, dot == std::string::npos ? "" : name.substr(0, dot));
        if (pkg.is_error() || !dict_set_str(st, d, st.names.package, pkg)) return Value::error();
    }
    if (!dict_set_str(st, d, st.names.builtins, Value::from_object(st.builtins_module))) return Value::error();
    if (!dict_set(st, st.modules, Value::from_object(n), mv)) return Value::error();
    Code* code = get_code();
    st.initializing.insert(name);
    Value r = code ? run_code(st, code, d, Value::from_object(d)) : Value::error();
    st.initializing.erase(name);
    if (r.is_error()) {
        // A module that failed to load is not left in sys.modules.
        Value saved = take_raised(st);
        Root keep_exc(st.heap, saved);
        dict_del(st, st.modules, Value::from_object(n));
        if (!st.raised.is_error()) take_raised(st);
        st.raised = saved;
        return Value::error();
    }
    // The module may have replaced itself in sys.modules.
    Value final = dict_get_str(st, st.modules, n);
    if (final.is_missing()) {
        return raise(st, st.exc.ImportError, "Loaded module " + name + " not found in sys.modules");
    }
    return final;
}

Value exec_module_file(State& st, const std::string& name, const std::string& path, const std::string* pkg_dir) {
    std::string source;
    if (!read_file(path, source)) return module_not_found(st, name);
    return exec_module(st, name, path, pkg_dir, [&] { return compile_source(st, source, path, parse::Mode::Exec); });
}

// A module of stdlib/py: its code was compiled when Krait was built.
Value exec_frozen_module(State& st, const std::string& name, std::string_view bytes) {
    return exec_module(st, name, "<frozen " + name + ">", nullptr, [&]() -> Code* {
        std::string why;
        Code* code = load_serialized(st, bytes, &why);
        if (!code && !why.empty()) raise(st, st.exc.ImportError, "bad frozen code for module " + name + ": " + why);
        return code;
    });
}

// Finds and loads `name` (fully qualified), whose parent package (if any) is loaded.
Value load_module(State& st, const std::string& name, Value parent) {
    // Built-in modules.
    auto it = st.builtin_modules.find(name);
    if (it != st.builtin_modules.end()) {
        Value m = it->second(st);
        if (m.is_error()) return m;
        Root keep(st.heap, m);
        if (!dict_set(st, st.modules, str_value(st, name), m)) return Value::error();
        return m;
    }
    auto frozen = st.frozen_modules.find(name);
    if (frozen != st.frozen_modules.end()) return exec_frozen_module(st, name, frozen->second);
    if (st.module_loader) {
        std::string source, filename;
        bool package = false;
        int served = st.module_loader(st, name, source, filename, package);
        if (served < 0) return Value::error();
        if (served > 0) {
            if (filename.empty()) filename = "<" + name + ">";
            // Tracebacks find the lines here: there is no file to read them from.
            st.source_cache[filename] = source;
            static const std::string kNoFolder;
            return exec_module(st, name, filename, package ? &kNoFolder : nullptr,
                               [&] { return compile_source(st, source, filename, parse::Mode::Exec); });
        }
    }
    // The sandbox: without file access, nothing comes from sys.path.
    if (!st.allowed.files) return module_not_found(st, name);
    std::string last = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
    // The folders to search: the parent's __path__, or sys.path.
    Value path;
    if (parent.is_object()) {
        path = getattr_opt(st, parent, st.names.path);
        if (path.is_error()) return path;
        if (path.is_missing()) {
            std::string pn = name.substr(0, name.rfind('.'));
            Value e = new_exception(st, st.exc.ModuleNotFoundError,
                                    "No module named '" + name + "'; '" + pn + "' is not a package");
            if (e.is_error()) return e;
            as_exception(e)->fields[1] = str_value(st, name);
            return raise(st, e);
        }
    } else {
        path = st.path;
    }
    Root keep_path(st.heap, path);
    if (!isinstance(st, path, st.list_type)) return module_not_found(st, name);
    List* l = as_list(path);
    for (size_t i = 0; i < l->size; ++i) {
        Value entry = l->items[i];
        if (!isinstance(st, entry, st.str_type)) continue;
        std::string dir(as_str(entry)->view());
        std::string base = dir.empty() ? last : dir + "/" + last;
        if (is_dir(base) && is_file(base + "/__init__.py")) return exec_module_file(st, name, base + "/__init__.py", &base);
        if (is_file(base + ".py")) return exec_module_file(st, name, base + ".py", nullptr);
    }
    return module_not_found(st, name);
}

// Whether `name` or a package it is in is one of `modules`.
bool in_modules(const std::unordered_set<std::string>& modules, const std::string& name) {
    if (modules.empty()) return false;
    for (size_t end = name.find('.');; end = name.find('.', end + 1)) {
        if (modules.count(name.substr(0, end))) return true;
        if (end == std::string::npos) return false;
    }
}

// Whether the sandbox lets the running code import `name`: never a module of a denied
// capability; one left off the module list only from the interpreter's own modules' code.
bool import_allowed(State& st, const std::string& name) {
    if (in_modules(st.denied_modules, name)) return false;
    if (!in_modules(st.unlisted_modules, name)) return true;
    Frame* f = st.frames.top;
    return f && f->code()->builtin;
}

// Imports one fully qualified name, loading its parents first; binds it on its parent.
Value import_absolute(State& st, const std::string& name) {
    // Checked before sys.modules: a module the interpreter has loaded for itself is still
    // not there for a script that may not import it.
    if (!import_allowed(st, name)) {
        Value e = new_exception(st, st.exc.ModuleNotFoundError, "import of '" + name + "' is not allowed in this interpreter");
        if (e.is_error()) return e;
        as_exception(e)->fields[1] = str_value(st, name);
        return raise(st, e);
    }
    Value cached = dict_get_str(st, st.modules, intern(st, name));
    if (!cached.is_missing()) {
        if (cached.is_none()) {
            Value e = new_exception(st, st.exc.ModuleNotFoundError, "import of " + name + " halted; None in sys.modules");
            if (e.is_error()) return e;
            as_exception(e)->fields[1] = str_value(st, name);
            return raise(st, e);
        }
        return cached;
    }
    Value parent = Value::none();
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        parent = import_absolute(st, name.substr(0, dot));
        if (parent.is_error()) return parent;
        // Importing the parent may have imported us.
        cached = dict_get_str(st, st.modules, intern(st, name));
        if (!cached.is_missing()) return cached;
    }
    Root keep(st.heap, parent);
    Value m = load_module(st, name, parent);
    if (m.is_error()) return m;
    if (parent.is_object()) {
        Root keep_m(st.heap, m);
        if (!setattr(st, parent, intern(st, name.substr(dot + 1)), m)) return Value::error();
    }
    return m;
}

// The package a relative import starts from: __package__, or __name__ (minus its last part
// unless the module is a package).
bool resolve_name(State& st, const std::string& name, Value globals, int level, std::string& out) {
    if (level == 0) {
        if (name.empty()) {
            value_error(st, "Empty module name");
            return false;
        }
        out = name;
        return true;
    }
    Dict* g = isinstance(st, globals, st.dict_type) ? as_dict(globals) : nullptr;
    Value pkg = g ? dict_get_str(st, g, st.names.package) : Value::missing();
    std::string package;
    if (!pkg.is_missing() && !pkg.is_none()) {
        if (!isinstance(st, pkg, st.str_type)) {
            type_error(st, "package must be a string");
            return false;
        }
        package = std::string(as_str(pkg)->view());
    } else if (g) {
        Value n = dict_get_str(st, g, st.names.name);
        if (!n.is_missing() && isinstance(st, n, st.str_type)) {
            package = std::string(as_str(n)->view());
            if (dict_get_str(st, g, st.names.path).is_missing()) {
                size_t dot = package.rfind('.');
                package = dot == std::string::npos ? "" : package.substr(0, dot);
            }
        }
    }
    if (package.empty()) {
        raise(st, st.exc.ImportError, "attempted relative import with no known parent package");
        return false;
    }
    std::string base = package;
    for (int i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) {
            raise(st, st.exc.ImportError, "attempted relative import beyond top-level package");
            return false;
        }
        base = base.substr(0, dot);
    }
    out = name.empty() ? base : base + "." + name;
    return true;
}

}  // namespace

Value import_name(State& st, Str* name_s, Value globals, Value fromlist, int level) {
    std::string name(name_s->view());
    std::string full;
    if (!resolve_name(st, name, globals, level, full)) return Value::error();
    Value m = import_absolute(st, full);
    if (m.is_error()) return m;
    bool has_fromlist = fromlist.is_object() && isinstance(st, fromlist, st.tuple_type) && as_tuple(fromlist)->size;
    if (!has_fromlist) {
        // `import a.b.c` binds `a`.
        if (level == 0 && name.find('.') != std::string::npos)
            return import_absolute(st, name.substr(0, name.find('.')));
        if (level > 0 && !name.empty()) {
            // `from . import x` has a fromlist; a bare relative import returns the package.
            return m;
        }
        return m;
    }
    // from package import submodule: import the submodules that are not attributes.
    Root keep(st.heap, m);
    Value path = getattr_opt(st, m, st.names.path);
    if (path.is_error()) return path;
    if (!path.is_missing()) {
        Tuple* fl = as_tuple(fromlist);
        for (size_t i = 0; i < fl->size; ++i) {
            Value item = fl->items[i];
            if (!isinstance(st, item, st.str_type) || as_str(item)->view() == "*") continue;
            Value attr = getattr_opt(st, m, as_str(item));
            if (attr.is_error()) return attr;
            if (!attr.is_missing()) continue;
            Value sub = import_absolute(st, full + "." + std::string(as_str(item)->view()));
            if (sub.is_error()) {
                // A missing submodule is reported by IMPORT_FROM as "cannot import name".
                if (raised_matches(st, st.exc.ModuleNotFoundError)) {
                    take_raised(st);
                    continue;
                }
                return sub;
            }
        }
    }
    return m;
}

bool find_main_module(State& st, const std::string& name, std::string& path) {
    Value dirs = st.path;
    std::string last = name;
    Root keep(st.heap);
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        Value parent = import_absolute(st, name.substr(0, dot));
        if (parent.is_error()) return false;
        keep.set(parent);
        dirs = getattr_opt(st, parent, st.names.path);
        if (dirs.is_error()) return false;
        if (dirs.is_missing()) {
            module_not_found(st, name);
            return false;
        }
        last = name.substr(dot + 1);
    }
    if (isinstance(st, dirs, st.list_type)) {
        List* l = as_list(dirs);
        for (size_t i = 0; i < l->size; ++i) {
            if (!isinstance(st, l->items[i], st.str_type)) continue;
            std::string dir(as_str(l->items[i])->view());
            std::string base = dir.empty() ? last : dir + "/" + last;
            if (is_dir(base) && is_file(base + "/__init__.py")) {
                if (!is_file(base + "/__main__.py")) {
                    raise(st, st.exc.ImportError,
                          "No module named " + name + ".__main__; '" + name + "' is a package and cannot be directly executed");
                    return false;
                }
                // The package itself is imported first, as CPython does.
                Value pkg = import_absolute(st, name);
                if (pkg.is_error()) return false;
                path = base + "/__main__.py";
                return true;
            }
            if (is_file(base + ".py")) {
                path = base + ".py";
                return true;
            }
        }
    }
    module_not_found(st, name);
    return false;
}

Value import_from(State& st, Value module, Str* name) {
    Value v = getattr_opt(st, module, name);
    if (!v.is_missing()) return v;
    // A submodule that was imported but not bound (circular imports).
    Value mname = getattr_opt(st, module, st.names.name);
    if (mname.is_error()) return mname;
    if (!mname.is_missing() && isinstance(st, mname, st.str_type)) {
        std::string full = std::string(as_str(mname)->view()) + "." + std::string(name->view());
        Value sub = dict_get_str(st, st.modules, intern(st, full));
        if (!sub.is_missing()) return sub;
        Value file = getattr_opt(st, module, st.names.file);
        if (file.is_error()) return file;
        std::string where = !file.is_missing() && isinstance(st, file, st.str_type)
                                ? " (" + std::string(as_str(file)->view()) + ")"
                                : " (unknown location)";
        std::string mod(as_str(mname)->view());
        std::string text = st.initializing.count(mod)
                               ? "cannot import name '" + std::string(name->view()) + "' from partially initialized module '" +
                                     mod + "' (most likely due to a circular import)" + where
                               : "cannot import name '" + std::string(name->view()) + "' from '" + mod + "'" + where;
        Value e = new_exception(st, st.exc.ImportError, text);
        if (e.is_error()) return e;
        as_exception(e)->fields[1] = mname;
        return raise(st, e);
    }
    return raise(st, st.exc.ImportError, "cannot import name '" + std::string(name->view()) + "'");
}

bool import_star(State& st, Value module, Frame* f) {
    Value ns = f->locals_map;
    if (!ns.is_object()) {
        raise(st, st.exc.SystemError, "no locals found during 'import *'");
        return false;
    }
    Value all = getattr_opt(st, module, st.names.all);
    if (all.is_error()) return false;
    Root keep(st.heap, all);
    if (all.is_missing()) {
        Dict* d = instance_dict(st, module, false);
        if (!d) return true;
        size_t pos = 0;
        Value k, v;
        while (dict_next(d, pos, k, v)) {
            if (isinstance(st, k, st.str_type) && as_str(k)->view().substr(0, 1) == "_") continue;
            if (!setitem(st, ns, k, v)) return false;
        }
        return true;
    }
    Value it = get_iter(st, all);
    if (it.is_error()) return false;
    Root keep_it(st.heap, it);
    for (;;) {
        Value name = iter_next(st, it);
        if (name.is_stop()) return true;
        if (name.is_error()) return false;
        if (!isinstance(st, name, st.str_type)) {
            Value mn = getattr_opt(st, module, st.names.name);
            type_error(st, "Item in " + (isinstance(st, mn, st.str_type) ? std::string(as_str(mn)->view()) : "?") +
                               ".__all__ must be str, not " + type_name(st, name));
            return false;
        }
        Root keep_name(st.heap, name);
        Value v = getattr(st, module, as_str(name));
        if (v.is_error() || !setitem(st, ns, name, v)) return false;
    }
}

}  // namespace krait::vm
