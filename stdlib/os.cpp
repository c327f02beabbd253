// The os module and os.path (CPython's posixpath): files and directories, the process's
// environment, and path manipulation. System calls fail with OSError subclasses carrying
// errno, strerror and the file names, as CPython raises them.
#include "stdlib/os.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/os_error.hpp"
#include "stdlib/sandbox.hpp"
#include "stdlib/structseq.hpp"

extern char** environ;

namespace krait::stdlib {

// ---- shared helpers ----

Value fspath(State& st, Value v) {
    if (isinstance(st, v, st.str_type) || isinstance(st, v, st.bytes_type)) return v;
    Value m = lookup_special(st, v, intern(st, "__fspath__"));
    if (m.is_error()) return m;
    if (m.is_missing())
        return type_error(st, "expected str, bytes or os.PathLike object, not " + type_name(st, v));
    Root keep(st.heap, m);
    Value r = call(st, m, Args{});
    if (r.is_error()) return r;
    if (!isinstance(st, r, st.str_type) && !isinstance(st, r, st.bytes_type))
        return type_error(st, "expected " + type_name(st, v) + ".__fspath__() to return str or bytes, not " +
                                  type_name(st, r));
    return r;
}

bool path_arg(State& st, Value v, const char* fname, const char* argname, bool allow_fd, bool allow_none,
              PathArg& out) {
    out = PathArg{};
    out.object = v;
    if (allow_none && v.is_none()) {
        out.is_none = true;
        return true;
    }
    if (allow_fd && is_int(st, v)) {
        int64_t fd;
        if (!int_to_int64(st, v, fd) || fd > INT_MAX || fd < INT_MIN) {
            overflow_error(st, fd > 0 ? "fd is greater than maximum" : "fd is less than minimum");
            return false;
        }
        out.is_fd = true;
        out.fd = static_cast<int>(fd);
        return true;
    }
    Value p = v;
    if (!isinstance(st, v, st.str_type) && !isinstance(st, v, st.bytes_type)) {
        Value m = lookup_special(st, v, intern(st, "__fspath__"));
        if (m.is_error()) return false;
        if (m.is_missing()) {
            std::string kinds = allow_fd && allow_none ? "string, bytes, os.PathLike, integer or None"
                                : allow_fd             ? "string, bytes, os.PathLike or integer"
                                : allow_none           ? "string, bytes, os.PathLike or None"
                                                       : "string, bytes or os.PathLike";
            type_error(st, std::string(fname) + ": " + argname + " should be " + kinds + ", not " + type_name(st, v));
            return false;
        }
        p = fspath(st, v);
        if (p.is_error()) return false;
    }
    if (isinstance(st, p, st.bytes_type)) {
        out.is_bytes = true;
        out.path = std::string(static_cast<Bytes*>(p.as_object())->view());
    } else {
        Str* s = as_str(p);
        if (s->ascii) {
            out.path = std::string(s->view());
        } else {
            Value b = str_encode(st, s, "utf-8", "surrogateescape");
            if (b.is_error()) return false;
            out.path = std::string(static_cast<Bytes*>(b.as_object())->view());
        }
    }
    if (out.path.find('\0') != std::string::npos) {
        // str paths are checked by the encoder, bytes by the converter: two wordings.
        value_error(st, out.is_bytes ? std::string(fname) + ": embedded null character in " + argname
                                     : std::string("embedded null byte"));
        return false;
    }
    return true;
}

Value path_result(State& st, std::string_view path, bool as_bytes) {
    if (as_bytes) {
        Bytes* b = make_bytes(st, path);
        return b ? Value::from_object(b) : Value::error();
    }
    bool ascii = true;
    for (unsigned char c : path) ascii &= c < 0x80;
    if (ascii) return str_value(st, path);
    return str_decode(st, path, "utf-8", "surrogateescape");
}

bool py_args(State& st, Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
             Value* out) {
    size_t n = names.size();
    std::string f = std::string(fname) + "()";
    if (a.n > n) {
        std::string takes = required == n ? std::to_string(n) : "from " + std::to_string(required) + " to " + std::to_string(n);
        type_error(st, f + " takes " + takes + " positional argument" + (n == 1 && required == n ? "" : "s") + " but " +
                           std::to_string(a.n) + (a.n == 1 ? " was" : " were") + " given");
        return false;
    }
    for (size_t i = 0; i < n; ++i) out[i] = i < a.n ? a.v[i] : Value::missing();
    for (size_t k = 0; k < a.nkw(); ++k) {
        std::string_view key = as_str(a.kwnames->items[k])->view();
        size_t i = 0;
        for (const char* name : names) {
            if (key == name) break;
            ++i;
        }
        if (i == n) {
            type_error(st, f + " got an unexpected keyword argument '" + std::string(key) + "'");
            return false;
        }
        if (!out[i].is_missing()) {
            type_error(st, f + " got multiple values for argument '" + std::string(key) + "'");
            return false;
        }
        out[i] = a.kwvalues()[k];
    }
    std::vector<std::string> missing;
    for (size_t i = 0; i < required; ++i)
        if (out[i].is_missing()) missing.push_back("'" + std::string(names.begin()[i]) + "'");
    if (!missing.empty()) {
        std::string list;
        for (size_t i = 0; i < missing.size(); ++i) {
            if (i) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
            list += missing[i];
        }
        type_error(st, f + " missing " + std::to_string(missing.size()) + " required positional argument" +
                           (missing.size() == 1 ? "" : "s") + ": " + list);
        return false;
    }
    return true;
}

bool clinic_args(State& st, Args a, const char* fname, std::initializer_list<const char*> names, size_t required,
                 size_t maxpos, Value* out) {
    size_t n = names.size();
    std::string f = std::string(fname) + "()";
    if (a.n > maxpos) {
        std::string how = required == maxpos ? "exactly " : "at most ";
        std::string what = maxpos < n ? " positional argument" : " argument";
        type_error(st, f + " takes " + how + std::to_string(maxpos) + what + (maxpos == 1 ? "" : "s") + " (" +
                           std::to_string(a.n) + " given)");
        return false;
    }
    for (size_t i = 0; i < n; ++i) out[i] = i < a.n ? a.v[i] : Value::missing();
    for (size_t k = 0; k < a.nkw(); ++k) {
        std::string_view key = as_str(a.kwnames->items[k])->view();
        size_t i = 0;
        for (const char* name : names) {
            if (key == name) break;
            ++i;
        }
        if (i == n) {
            type_error(st, "'" + std::string(key) + "' is an invalid keyword argument for " + f);
            return false;
        }
        if (!out[i].is_missing()) {
            type_error(st, "argument for " + f + " given by name ('" + std::string(key) + "') and position (" +
                               std::to_string(i + 1) + ")");
            return false;
        }
        out[i] = a.kwvalues()[k];
    }
    for (size_t i = 0; i < required; ++i) {
        if (out[i].is_missing()) {
            type_error(st, f + " missing required argument '" + std::string(names.begin()[i]) + "' (pos " +
                               std::to_string(i + 1) + ")");
            return false;
        }
    }
    return true;
}

namespace {

// ---- stat ----

Type* stat_result_type(State& st, Module* os) {
    Value t = dict_get_cstr(st, os->dict, "stat_result");
    if (t.is_missing() || !isinstance(st, t, st.type_type) || !is_structseq_type(as_type(t))) return nullptr;
    return as_type(t);
}

Value stat_to_result(State& st, Module* os, const struct stat& s) {
    Type* type = stat_result_type(st, os);
    if (!type) return raise(st, st.exc.SystemError, "os.stat_result is missing");
    auto ns = [](const timespec& ts) { return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec; };
    auto secs = [](const timespec& ts) { return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9; };
    Value items[19];
    Root keep[19] = {Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap),
                     Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap),
                     Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap), Root(st.heap),
                     Root(st.heap)};
    int64_t ints[] = {static_cast<int64_t>(s.st_mode), static_cast<int64_t>(s.st_ino), static_cast<int64_t>(s.st_dev),
                      static_cast<int64_t>(s.st_nlink), static_cast<int64_t>(s.st_uid), static_cast<int64_t>(s.st_gid),
                      static_cast<int64_t>(s.st_size), static_cast<int64_t>(s.st_atim.tv_sec),
                      static_cast<int64_t>(s.st_mtim.tv_sec), static_cast<int64_t>(s.st_ctim.tv_sec)};
    for (int i = 0; i < 10; ++i) items[i] = make_int(st, ints[i]);
    items[10] = Value::from_double(secs(s.st_atim));
    items[11] = Value::from_double(secs(s.st_mtim));
    items[12] = Value::from_double(secs(s.st_ctim));
    items[13] = make_int(st, ns(s.st_atim));
    items[14] = make_int(st, ns(s.st_mtim));
    items[15] = make_int(st, ns(s.st_ctim));
    items[16] = make_int(st, static_cast<int64_t>(s.st_blksize));
    items[17] = make_int(st, static_cast<int64_t>(s.st_blocks));
    items[18] = make_int(st, static_cast<int64_t>(s.st_rdev));
    for (int i = 0; i < 19; ++i) {
        if (items[i].is_error()) return items[i];
        keep[i].set(items[i]);
    }
    return make_structseq(st, type, items, 19);
}

bool do_stat(const PathArg& p, bool follow, struct stat& s) {
    if (p.is_fd) return fstat(p.fd, &s) == 0;
    return (follow ? stat(p.path.c_str(), &s) : lstat(p.path.c_str(), &s)) == 0;
}

Value stat_common(State& st, Args bound, const char* fname, bool follow_default) {
    Args a = skip_self(bound);
    Value v[3];
    if (!clinic_args(st, a, fname, {"path", "dir_fd", "follow_symlinks"}, 1, 1, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], fname, "path", true, false, p)) return Value::error();
    bool follow = follow_default;
    if (!v[2].is_missing()) {
        int t = truthy(st, v[2]);
        if (t < 0) return Value::error();
        follow = t;
    }
    struct stat s;
    if (!do_stat(p, follow, s)) return raise_os_error(st, errno, p.object);
    return stat_to_result(st, bound_module(bound), s);
}

Value os_stat(State& st, Args a) { return stat_common(st, a, "stat", true); }
Value os_lstat(State& st, Args a) { return stat_common(st, a, "lstat", false); }

Value os_fstat(State& st, Args bound) {
    Args a = skip_self(bound);
    Value fd;
    if (!clinic_args(st, a, "fstat", {"fd"}, 1, 1, &fd)) return Value::error();
    Value i = number_index(st, fd);
    if (i.is_error()) return i;
    int64_t n;
    if (!int_to_int64(st, i, n) || n > INT_MAX || n < INT_MIN) return overflow_error(st, "Python int too large to convert to C int");
    struct stat s;
    if (fstat(static_cast<int>(n), &s) != 0) return raise_os_error(st, errno);
    return stat_to_result(st, bound_module(bound), s);
}

// ---- files and directories ----

Value os_getcwd_impl(State& st, bool as_bytes) {
    std::string buf(4096, '\0');
    while (!getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return raise_os_error(st, errno);
        buf.resize(buf.size() * 2);
    }
    buf.resize(std::strlen(buf.c_str()));
    return path_result(st, buf, as_bytes);
}

Value os_getcwd(State& st, Args a) {
    if (!check_count(st, a, "posix.getcwd", 0, 0)) return Value::error();
    return os_getcwd_impl(st, false);
}

Value os_getcwdb(State& st, Args a) {
    if (!check_count(st, a, "posix.getcwdb", 0, 0)) return Value::error();
    return os_getcwd_impl(st, true);
}

Value os_chdir(State& st, Args a) {
    Value v;
    if (!clinic_args(st, a, "chdir", {"path"}, 1, 1, &v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v, "chdir", "path", true, false, p)) return Value::error();
    int r = p.is_fd ? fchdir(p.fd) : chdir(p.path.c_str());
    if (r != 0) return raise_os_error(st, errno, p.object);
    return Value::none();
}

Value os_listdir(State& st, Args a) {
    Value v;
    if (!clinic_args(st, a, "listdir", {"path"}, 0, 1, &v)) return Value::error();
    PathArg p;
    if (v.is_missing()) {
        p.path = ".";
        p.object = Value::none();
    } else if (!path_arg(st, v, "listdir", "path", true, true, p)) {
        return Value::error();
    }
    if (p.is_none) p.path = ".";
    DIR* d = p.is_fd ? fdopendir(dup(p.fd)) : opendir(p.path.c_str());
    if (!d) return raise_os_error(st, errno, p.is_none || v.is_missing() ? Value::from_object(intern(st, ".")) : p.object);
    std::vector<std::string> names;
    errno = 0;
    while (dirent* e = readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        names.emplace_back(e->d_name);
    }
    int err = errno;
    closedir(d);
    if (err) return raise_os_error(st, err, p.object);
    List* l = make_list(st);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    for (const std::string& n : names) {
        Value item = path_result(st, n, p.is_bytes);
        if (item.is_error() || !list_append(st, l, item)) return Value::error();
    }
    return Value::from_object(l);
}

// mode as a C int (the clinic's 'i' converter).
bool mode_arg(State& st, Value v, int& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    int64_t n;
    if (!int_to_int64(st, i, n) || n > INT_MAX || n < INT_MIN) {
        overflow_error(st, "Python int too large to convert to C int");
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

Value os_mkdir(State& st, Args a) {
    Value v[3];
    if (!clinic_args(st, a, "mkdir", {"path", "mode", "dir_fd"}, 1, 2, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "mkdir", "path", false, false, p)) return Value::error();
    int mode = 0777;
    if (!v[1].is_missing() && !mode_arg(st, v[1], mode)) return Value::error();
    if (mkdir(p.path.c_str(), static_cast<mode_t>(mode)) != 0) return raise_os_error(st, errno, p.object);
    return Value::none();
}

// One path, one system call: remove, unlink, rmdir.
Value one_path_call(State& st, Args a, const char* fname, int (*fn)(const char*)) {
    Value v[2];
    if (!clinic_args(st, a, fname, {"path", "dir_fd"}, 1, 1, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], fname, "path", false, false, p)) return Value::error();
    if (fn(p.path.c_str()) != 0) return raise_os_error(st, errno, p.object);
    return Value::none();
}

Value os_remove(State& st, Args a) { return one_path_call(st, a, "remove", unlink); }
Value os_unlink(State& st, Args a) { return one_path_call(st, a, "unlink", unlink); }
Value os_rmdir(State& st, Args a) { return one_path_call(st, a, "rmdir", rmdir); }

// Two paths, one system call: rename, replace, link, symlink.
Value two_path_call(State& st, Args a, const char* fname, const char* n1, const char* n2,
                    int (*fn)(const char*, const char*)) {
    Value v[4];
    if (!clinic_args(st, a, fname, {n1, n2, "src_dir_fd", "dst_dir_fd"}, 2, 2, v)) return Value::error();
    PathArg p, q;
    if (!path_arg(st, v[0], fname, n1, false, false, p) || !path_arg(st, v[1], fname, n2, false, false, q))
        return Value::error();
    if (fn(p.path.c_str(), q.path.c_str()) != 0) return raise_os_error(st, errno, p.object, q.object);
    return Value::none();
}

Value os_rename(State& st, Args a) { return two_path_call(st, a, "rename", "src", "dst", std::rename); }
Value os_replace(State& st, Args a) { return two_path_call(st, a, "replace", "src", "dst", std::rename); }
Value os_link(State& st, Args a) { return two_path_call(st, a, "link", "src", "dst", link); }
Value os_symlink(State& st, Args a) { return two_path_call(st, a, "symlink", "src", "dst", symlink); }

Value os_readlink(State& st, Args a) {
    Value v[2];
    if (!clinic_args(st, a, "readlink", {"path", "dir_fd"}, 1, 1, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "readlink", "path", false, false, p)) return Value::error();
    std::string buf(PATH_MAX, '\0');
    ssize_t n = readlink(p.path.c_str(), buf.data(), buf.size());
    if (n < 0) return raise_os_error(st, errno, p.object);
    buf.resize(static_cast<size_t>(n));
    return path_result(st, buf, p.is_bytes);
}

Value os_access(State& st, Args a) {
    Value v[5];
    if (!clinic_args(st, a, "access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, v))
        return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "access", "path", false, false, p)) return Value::error();
    int mode;
    if (!mode_arg(st, v[1], mode)) return Value::error();
    return Value::from_bool(access(p.path.c_str(), mode) == 0);
}

Value os_chmod(State& st, Args a) {
    Value v[4];
    if (!clinic_args(st, a, "chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "chmod", "path", true, false, p)) return Value::error();
    int mode;
    if (!mode_arg(st, v[1], mode)) return Value::error();
    int r = p.is_fd ? fchmod(p.fd, static_cast<mode_t>(mode)) : chmod(p.path.c_str(), static_cast<mode_t>(mode));
    if (r != 0) return raise_os_error(st, errno, p.object);
    return Value::none();
}

Value os_makedirs(State& st, Args a);

// os.makedirs as CPython's os.py: parents first (a parent that appears meanwhile is fine),
// then the leaf, where an existing directory is an error unless exist_ok.
bool makedirs(State& st, const std::string& name, int mode, bool exist_ok, Value object) {
    size_t end = name.size();
    while (end > 1 && name[end - 1] == '/') --end;
    size_t slash = name.rfind('/', end - 1);
    if (slash != std::string::npos && slash > 0) {
        std::string head = name.substr(0, slash);
        struct stat s;
        if (stat(head.c_str(), &s) != 0) {
            Value head_obj = path_result(st, head, isinstance(st, object, st.bytes_type));
            if (head_obj.is_error()) return false;
            Root keep(st.heap, head_obj);
            if (!makedirs(st, head, mode, exist_ok, head_obj)) {
                if (!raised_matches(st, st.exc.FileExistsError)) return false;
                take_raised(st);
            }
        }
    }
    if (mkdir(name.c_str(), static_cast<mode_t>(mode)) != 0) {
        int err = errno;
        struct stat s;
        if (!exist_ok || stat(name.c_str(), &s) != 0 || !S_ISDIR(s.st_mode)) {
            raise_os_error(st, err, object);
            return false;
        }
    }
    return true;
}

Value os_makedirs(State& st, Args a) {
    Value v[3];
    if (!py_args(st, a, "makedirs", {"name", "mode", "exist_ok"}, 1, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "mkdir", "path", false, false, p)) return Value::error();
    int mode = 0777;
    if (!v[1].is_missing() && !mode_arg(st, v[1], mode)) return Value::error();
    int exist_ok = 0;
    if (!v[2].is_missing() && (exist_ok = truthy(st, v[2])) < 0) return Value::error();
    if (!makedirs(st, p.path, mode, exist_ok, p.object)) return Value::error();
    return Value::none();
}

Value os_removedirs(State& st, Args a) {
    Value v;
    if (!py_args(st, a, "removedirs", {"name"}, 1, &v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v, "rmdir", "path", false, false, p)) return Value::error();
    if (rmdir(p.path.c_str()) != 0) return raise_os_error(st, errno, p.object);
    // Then the parents, until one cannot be removed (not empty, say).
    std::string name = p.path;
    for (;;) {
        while (name.size() > 1 && name.back() == '/') name.pop_back();
        size_t slash = name.rfind('/');
        if (slash == std::string::npos || slash == 0) break;
        name.resize(slash);
        if (rmdir(name.c_str()) != 0) break;
    }
    return Value::none();
}

// ---- file descriptors ----

bool fd_arg(State& st, Value v, int& out) { return mode_arg(st, v, out); }

Value os_open(State& st, Args a) {
    Value v[4];
    if (!clinic_args(st, a, "open", {"path", "flags", "mode", "dir_fd"}, 2, 3, v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v[0], "open", "path", false, false, p)) return Value::error();
    int flags, mode = 0777;
    if (!mode_arg(st, v[1], flags) || (!v[2].is_missing() && !mode_arg(st, v[2], mode))) return Value::error();
    int fd;
    do fd = ::open(p.path.c_str(), flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_os_error(st, errno, p.object);
    return Value::from_int(fd);
}

Value os_close(State& st, Args a) {
    Value v;
    int fd;
    if (!clinic_args(st, a, "close", {"fd"}, 1, 1, &v) || !fd_arg(st, v, fd)) return Value::error();
    if (::close(fd) != 0) return raise_os_error(st, errno);
    return Value::none();
}

Value os_read(State& st, Args a) {
    if (!check_count(st, a, "read", 2, 2)) return Value::error();
    int fd;
    if (!fd_arg(st, a.v[0], fd)) return Value::error();
    Value i = number_index(st, a.v[1]);
    if (i.is_error()) return i;
    int64_t n;
    if (!int_to_int64(st, i, n)) return overflow_error(st, "Python int too large to convert to C ssize_t");
    if (n < 0) return raise_os_error(st, EINVAL);
    std::string buf(static_cast<size_t>(n), '\0');
    ssize_t got;
    do got = ::read(fd, buf.data(), buf.size());
    while (got < 0 && errno == EINTR);
    if (got < 0) return raise_os_error(st, errno);
    buf.resize(static_cast<size_t>(got));
    Bytes* b = make_bytes(st, buf);
    return b ? Value::from_object(b) : Value::error();
}

Value os_write(State& st, Args a) {
    if (!check_count(st, a, "write", 2, 2)) return Value::error();
    int fd;
    if (!fd_arg(st, a.v[0], fd)) return Value::error();
    std::string_view data;
    if (!bytes_like(st, a.v[1], data))
        return type_error(st, "a bytes-like object is required, not '" + type_name(st, a.v[1]) + "'");
    ssize_t n;
    do n = ::write(fd, data.data(), data.size());
    while (n < 0 && errno == EINTR);
    if (n < 0) return raise_os_error(st, errno);
    return make_int(st, n);
}

// ---- the process ----

Value os_getpid(State& st, Args a) {
    if (!check_count(st, a, "posix.getpid", 0, 0)) return Value::error();
    return make_int(st, getpid());
}

Value os_getppid(State& st, Args a) {
    if (!check_count(st, a, "posix.getppid", 0, 0)) return Value::error();
    return make_int(st, getppid());
}

Value os_getuid(State& st, Args a) {
    if (!check_count(st, a, "posix.getuid", 0, 0)) return Value::error();
    return make_int(st, getuid());
}

Value os_getgid(State& st, Args a) {
    if (!check_count(st, a, "posix.getgid", 0, 0)) return Value::error();
    return make_int(st, getgid());
}

Value os_cpu_count(State& st, Args a) {
    if (!check_count(st, a, "posix.cpu_count", 0, 0)) return Value::error();
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? Value::none() : make_int(st, n);
}

Value os_urandom(State& st, Args a) {
    if (!check_count(st, a, "posix.urandom", 1, 1)) return Value::error();
    Value i = number_index(st, a.v[0]);
    if (i.is_error()) return i;
    int64_t n;
    if (!int_to_int64(st, i, n)) return overflow_error(st, "Python int too large to convert to C ssize_t");
    if (n < 0) return value_error(st, "negative argument not allowed");
    std::string buf(static_cast<size_t>(n), '\0');
    size_t got = 0;
    while (got < buf.size()) {
        ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return raise_os_error(st, errno);
        }
        got += static_cast<size_t>(r);
    }
    Bytes* b = make_bytes(st, buf);
    return b ? Value::from_object(b) : Value::error();
}

Value os_strerror(State& st, Args a) {
    if (!check_count(st, a, "posix.strerror", 1, 1)) return Value::error();
    Value i = number_index(st, a.v[0]);
    if (i.is_error()) return i;
    int64_t n;
    if (!int_to_int64(st, i, n) || n > INT_MAX || n < INT_MIN) return overflow_error(st, "Python int too large to convert to C int");
    return str_value(st, std::strerror(static_cast<int>(n)));
}

Value os_fspath(State& st, Args a) {
    Value v;
    if (!clinic_args(st, a, "fspath", {"path"}, 1, 1, &v)) return Value::error();
    return fspath(st, v);
}

// getenv reads os.environ, as CPython's does, so that assignments to it are seen.
Value os_getenv(State& st, Args bound) {
    Args a = skip_self(bound);
    Value v[2];
    if (!py_args(st, a, "getenv", {"key", "default"}, 1, v)) return Value::error();
    if (!isinstance(st, v[0], st.str_type)) return type_error(st, "str expected, not " + type_name(st, v[0]));
    Value env = dict_get_cstr(st, bound_module(bound)->dict, "environ");
    Value dflt = v[1].is_missing() ? Value::none() : v[1];
    if (env.is_missing()) return dflt;
    Root keep(st.heap, env);
    Value r = getitem(st, env, v[0]);
    if (!r.is_error()) return r;
    if (!raised_matches(st, st.exc.KeyError)) return r;
    take_raised(st);
    return dflt;
}

bool str_arg(State& st, Value v, std::string& out) {
    if (!isinstance(st, v, st.str_type)) {
        type_error(st, "str expected, not " + type_name(st, v));
        return false;
    }
    out = std::string(as_str(v)->view());
    return true;
}

Value os_putenv(State& st, Args a) {
    if (!check_count(st, a, "putenv", 2, 2)) return Value::error();
    std::string k, v;
    if (!str_arg(st, a.v[0], k) || !str_arg(st, a.v[1], v)) return Value::error();
    if (k.empty() || k.find('=') != std::string::npos) return value_error(st, "illegal environment variable name");
    if (setenv(k.c_str(), v.c_str(), 1) != 0) return raise_os_error(st, errno);
    return Value::none();
}

Value os_unsetenv(State& st, Args a) {
    if (!check_count(st, a, "posix.unsetenv", 1, 1)) return Value::error();
    std::string k;
    if (!str_arg(st, a.v[0], k)) return Value::error();
    if (k.empty() || k.find('=') != std::string::npos) return value_error(st, "illegal environment variable name");
    if (unsetenv(k.c_str()) != 0) return raise_os_error(st, errno);
    return Value::none();
}

// ---- os.path ----

// A path argument of an os.path function, converted by os.fspath.
bool fs_arg(State& st, Value v, std::string& out, bool& is_bytes) {
    Value p = fspath(st, v);
    if (p.is_error()) return false;
    is_bytes = isinstance(st, p, st.bytes_type);
    if (is_bytes) out = std::string(static_cast<Bytes*>(p.as_object())->view());
    else out = std::string(as_str(p)->view());
    return true;
}

// One path argument named `pname`, as a Python function of that name takes it.
bool one_fs_arg(State& st, Args a, const char* fname, const char* pname, std::string& out, bool& is_bytes) {
    Value v;
    return py_args(st, a, fname, {pname}, 1, &v) && fs_arg(st, v, out, is_bytes);
}

// Results are built from UTF-8 text when the argument was a str (paths here are never
// re-encoded, so they stay valid UTF-8).
Value text_result(State& st, std::string_view s, bool is_bytes) {
    if (is_bytes) {
        Bytes* b = make_bytes(st, s);
        return b ? Value::from_object(b) : Value::error();
    }
    return str_value(st, s);
}

Value pair_result(State& st, std::string_view a, std::string_view b, bool is_bytes) {
    Value x = text_result(st, a, is_bytes);
    if (x.is_error()) return x;
    Root keep(st.heap, x);
    Value y = text_result(st, b, is_bytes);
    if (y.is_error()) return y;
    Root keep_y(st.heap, y);
    Tuple* t = make_tuple(st, {x, y});
    return t ? Value::from_object(t) : Value::error();
}

// split's head: everything up to the last slash, with trailing slashes removed unless the
// head is all slashes.
std::pair<std::string, std::string> split_path(const std::string& p) {
    size_t i = p.rfind('/');
    i = i == std::string::npos ? 0 : i + 1;
    std::string head = p.substr(0, i), tail = p.substr(i);
    if (!head.empty() && head.find_first_not_of('/') != std::string::npos)
        while (!head.empty() && head.back() == '/') head.pop_back();
    return {head, tail};
}

std::string normpath(const std::string& p) {
    if (p.empty()) return ".";
    size_t initial = p[0] == '/' ? 1 : 0;
    if (initial && p.size() > 1 && p[1] == '/' && (p.size() == 2 || p[2] != '/')) initial = 2;  // POSIX keeps "//"
    std::vector<std::string> comps;
    size_t start = 0;
    while (start <= p.size()) {
        size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        std::string c = p.substr(start, end - start);
        start = end + 1;
        if (c.empty() || c == ".") continue;
        if (c != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == "..")) comps.push_back(c);
        else if (!comps.empty()) comps.pop_back();
    }
    std::string out(initial, '/');
    for (size_t i = 0; i < comps.size(); ++i) {
        if (i) out += '/';
        out += comps[i];
    }
    return out.empty() ? "." : out;
}

bool abspath(State& st, const std::string& p, std::string& out) {
    if (!p.empty() && p[0] == '/') {
        out = normpath(p);
        return true;
    }
    std::string buf(4096, '\0');
    while (!getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) {
            raise_os_error(st, errno);
            return false;
        }
        buf.resize(buf.size() * 2);
    }
    buf.resize(std::strlen(buf.c_str()));
    out = normpath(p.empty() ? buf : buf + "/" + p);
    return true;
}

// The first argument that is neither str nor bytes makes join's TypeError; or a mix of both.
Value join_type_error(State& st, const char* fname, Args a) {
    bool has_str = false, has_bytes = false;
    for (size_t i = 0; i < a.n; ++i) {
        if (isinstance(st, a.v[i], st.str_type)) has_str = true;
        else if (isinstance(st, a.v[i], st.bytes_type)) has_bytes = true;
        else
            return type_error(st, std::string(fname) + "() argument must be str, bytes, or os.PathLike object, not '" +
                                      type_name(st, a.v[i]) + "'");
    }
    if (has_str && has_bytes) return type_error(st, "Can't mix strings and bytes in path components");
    return Value::error();
}

Value path_join(State& st, Args a) {
    if (!no_keywords(st, a, "join")) return Value::error();
    if (a.n == 0) return type_error(st, "join() missing 1 required positional argument: 'a'");
    std::string path;
    bool is_bytes;
    if (!fs_arg(st, a.v[0], path, is_bytes)) return Value::error();
    for (size_t i = 1; i < a.n; ++i) {
        std::string b;
        bool b_bytes;
        bool ok = fs_arg(st, a.v[i], b, b_bytes);
        if (!ok && !raised_matches(st, st.exc.TypeError) && !raised_matches(st, st.exc.AttributeError))
            return Value::error();
        if (!ok || b_bytes != is_bytes) {
            // CPython re-checks every argument's type to word the error; failing that, the
            // original error stands.
            Value saved = ok ? Value::error() : take_raised(st);
            Root keep(st.heap, saved);
            join_type_error(st, "join", a);
            if (st.raised.is_error()) st.raised = saved;
            return Value::error();
        }
        if (!b.empty() && b[0] == '/') path = b;
        else if (path.empty() || path.back() == '/') path += b;
        else path += "/" + b;
    }
    return text_result(st, path, is_bytes);
}

Value path_split(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "split", "p", p, b)) return Value::error();
    auto [head, tail] = split_path(p);
    return pair_result(st, head, tail, b);
}

Value path_splitext(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "splitext", "p", p, b)) return Value::error();
    size_t sep = p.rfind('/');
    size_t dot = p.rfind('.');
    long sep_i = sep == std::string::npos ? -1 : static_cast<long>(sep);
    if (dot != std::string::npos && static_cast<long>(dot) > sep_i) {
        // A name that is all leading dots has no extension (".bashrc", "..").
        for (size_t i = static_cast<size_t>(sep_i + 1); i < dot; ++i)
            if (p[i] != '.') return pair_result(st, p.substr(0, dot), p.substr(dot), b);
    }
    return pair_result(st, p, "", b);
}

Value path_splitdrive(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "splitdrive", "p", p, b)) return Value::error();
    return pair_result(st, "", p, b);
}

Value path_basename(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "basename", "p", p, b)) return Value::error();
    size_t i = p.rfind('/');
    return text_result(st, i == std::string::npos ? p : p.substr(i + 1), b);
}

Value path_dirname(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "dirname", "p", p, b)) return Value::error();
    return text_result(st, split_path(p).first, b);
}

Value path_isabs(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "isabs", "s", p, b)) return Value::error();
    return Value::from_bool(!p.empty() && p[0] == '/');
}

Value path_normpath(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "normpath", "path", p, b)) return Value::error();
    return text_result(st, normpath(p), b);
}

Value path_abspath(State& st, Args a) {
    std::string p, out;
    bool b;
    if (!one_fs_arg(st, a, "abspath", "path", p, b) || !abspath(st, p, out)) return Value::error();
    return text_result(st, out, b);
}

// realpath: symbolic links resolved component by component; parts that do not exist are
// kept as they are (CPython's non-strict realpath).
bool realpath(State& st, const std::string& p, std::string& out) {
    std::string path;
    if (!abspath(st, p, path)) return false;
    std::string done = "";
    std::string rest = path.substr(1);
    int links = 0;
    while (!rest.empty()) {
        size_t slash = rest.find('/');
        std::string comp = rest.substr(0, slash);
        rest = slash == std::string::npos ? "" : rest.substr(slash + 1);
        if (comp.empty() || comp == ".") continue;
        if (comp == "..") {
            size_t cut = done.rfind('/');
            done = cut == std::string::npos ? "" : done.substr(0, cut);
            continue;
        }
        std::string candidate = done + "/" + comp;
        struct stat s;
        if (lstat(candidate.c_str(), &s) == 0 && S_ISLNK(s.st_mode) && links < 40) {
            ++links;
            std::string target(PATH_MAX, '\0');
            ssize_t n = readlink(candidate.c_str(), target.data(), target.size());
            if (n >= 0) {
                target.resize(static_cast<size_t>(n));
                if (!target.empty() && target[0] == '/') done = "";
                rest = rest.empty() ? target : target + "/" + rest;
                if (!target.empty() && target[0] == '/') rest = rest.substr(1);
                continue;
            }
        }
        done = candidate;
    }
    out = done.empty() ? "/" : done;
    return true;
}

Value path_realpath(State& st, Args a) {
    Value v[2];
    if (!py_args(st, a, "realpath", {"filename", "strict"}, 1, v)) return Value::error();
    std::string p, out;
    bool b;
    if (!fs_arg(st, v[0], p, b) || !realpath(st, p, out)) return Value::error();
    return text_result(st, out, b);
}

Value path_relpath(State& st, Args a) {
    Value v[2];
    if (!py_args(st, a, "relpath", {"path", "start"}, 1, v)) return Value::error();
    std::string p, start = ".";
    bool b, sb = false;
    if (!fs_arg(st, v[0], p, b)) return Value::error();
    if (p.empty()) return value_error(st, "no path specified");
    if (!v[1].is_missing() && !v[1].is_none()) {
        if (!fs_arg(st, v[1], start, sb)) return Value::error();
        if (sb != b) {
            Value both[2] = {v[0], v[1]};
            return join_type_error(st, "relpath", Args{both, 2, nullptr});
        }
    }
    std::string ap, as;
    if (!abspath(st, p, ap) || !abspath(st, start, as)) return Value::error();
    auto parts = [](const std::string& s) {
        std::vector<std::string> out;
        size_t i = 0;
        while (i < s.size()) {
            size_t j = s.find('/', i);
            if (j == std::string::npos) j = s.size();
            if (j > i) out.push_back(s.substr(i, j - i));
            i = j + 1;
        }
        return out;
    };
    std::vector<std::string> sp = parts(as), pp = parts(ap);
    size_t common = 0;
    while (common < sp.size() && common < pp.size() && sp[common] == pp[common]) ++common;
    std::string out;
    for (size_t i = common; i < sp.size(); ++i) out += out.empty() ? ".." : "/..";
    for (size_t i = common; i < pp.size(); ++i) out += (out.empty() ? "" : "/") + pp[i];
    return text_result(st, out.empty() ? "." : out, b);
}

Value path_commonprefix(State& st, Args a) {
    Value m;
    if (!py_args(st, a, "commonprefix", {"m"}, 1, &m)) return Value::error();
    List* l = list_from_iterable(st, m);
    if (!l) return Value::error();
    Root keep(st.heap, Value::from_object(l));
    if (l->size == 0) return str_value(st, "");
    std::vector<std::string> items;
    bool is_bytes = false;
    for (size_t i = 0; i < l->size; ++i) {
        std::string s;
        bool b;
        if (!fs_arg(st, l->items[i], s, b)) return Value::error();
        if (i && b != is_bytes) return join_type_error(st, "commonprefix", Args{l->items, l->size, nullptr});
        is_bytes = b;
        items.push_back(std::move(s));
    }
    size_t n = items[0].size();
    for (const std::string& s : items) {
        size_t k = 0;
        while (k < n && k < s.size() && s[k] == items[0][k]) ++k;
        n = k;
    }
    // Keep whole UTF-8 characters: a prefix never ends inside one.
    if (!is_bytes)
        while (n > 0 && n < items[0].size() && (static_cast<unsigned char>(items[0][n]) & 0xC0) == 0x80) --n;
    return text_result(st, items[0].substr(0, n), is_bytes);
}

// The predicates: a failing stat (or a bad path, ValueError) is False; other errors pass.
Value stat_predicate(State& st, Args a, const char* fname, bool follow, bool (*test)(const struct stat&)) {
    Value v;
    if (!py_args(st, a, fname, {"path"}, 1, &v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v, follow ? "stat" : "lstat", "path", true, false, p)) {
        if (raised_matches(st, st.exc.ValueError)) {
            take_raised(st);
            return Value::from_bool(false);
        }
        return Value::error();
    }
    struct stat s;
    if (!do_stat(p, follow, s)) return Value::from_bool(false);
    return Value::from_bool(test(s));
}

Value path_exists(State& st, Args a) {
    return stat_predicate(st, a, "exists", true, [](const struct stat&) { return true; });
}
Value path_lexists(State& st, Args a) {
    return stat_predicate(st, a, "lexists", false, [](const struct stat&) { return true; });
}
Value path_isfile(State& st, Args a) {
    return stat_predicate(st, a, "isfile", true, [](const struct stat& s) { return S_ISREG(s.st_mode) != 0; });
}
Value path_isdir(State& st, Args a) {
    return stat_predicate(st, a, "isdir", true, [](const struct stat& s) { return S_ISDIR(s.st_mode) != 0; });
}
Value path_islink(State& st, Args a) {
    return stat_predicate(st, a, "islink", false, [](const struct stat& s) { return S_ISLNK(s.st_mode) != 0; });
}

// getsize and the times: os.stat's errors pass through.
Value stat_field(State& st, Args a, const char* fname, int which) {
    Value v;
    if (!py_args(st, a, fname, {"filename"}, 1, &v)) return Value::error();
    PathArg p;
    if (!path_arg(st, v, "stat", "path", true, false, p)) return Value::error();
    struct stat s;
    if (!do_stat(p, true, s)) return raise_os_error(st, errno, p.object);
    auto secs = [](const timespec& ts) { return Value::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9); };
    switch (which) {
        case 0: return make_int(st, static_cast<int64_t>(s.st_size));
        case 1: return secs(s.st_mtim);
        case 2: return secs(s.st_atim);
        default: return secs(s.st_ctim);
    }
}

Value path_getsize(State& st, Args a) { return stat_field(st, a, "getsize", 0); }
Value path_getmtime(State& st, Args a) { return stat_field(st, a, "getmtime", 1); }
Value path_getatime(State& st, Args a) { return stat_field(st, a, "getatime", 2); }
Value path_getctime(State& st, Args a) { return stat_field(st, a, "getctime", 3); }

Value path_samefile(State& st, Args a) {
    Value v[2];
    if (!py_args(st, a, "samefile", {"f1", "f2"}, 2, v)) return Value::error();
    PathArg p, q;
    struct stat s1, s2;
    if (!path_arg(st, v[0], "stat", "path", true, false, p)) return Value::error();
    if (!do_stat(p, true, s1)) return raise_os_error(st, errno, p.object);
    if (!path_arg(st, v[1], "stat", "path", true, false, q)) return Value::error();
    if (!do_stat(q, true, s2)) return raise_os_error(st, errno, q.object);
    return Value::from_bool(s1.st_ino == s2.st_ino && s1.st_dev == s2.st_dev);
}

Value path_expanduser(State& st, Args a) {
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "expanduser", "path", p, b)) return Value::error();
    if (p.empty() || p[0] != '~') return text_result(st, p, b);
    size_t i = p.find('/', 1);
    if (i == std::string::npos) i = p.size();
    std::string home;
    if (i == 1) {
        const char* h = getenv("HOME");
        if (h) {
            home = h;
        } else {
            passwd* pw = getpwuid(getuid());
            if (!pw) return text_result(st, p, b);
            home = pw->pw_dir;
        }
    } else {
        passwd* pw = getpwnam(p.substr(1, i - 1).c_str());
        if (!pw) return text_result(st, p, b);
        home = pw->pw_dir;
    }
    while (!home.empty() && home.back() == '/') home.pop_back();
    std::string out = home + p.substr(i);
    return text_result(st, out.empty() ? "/" : out, b);
}

// $name and ${name} become the variable's value when it is set; anything else stays.
Value path_expandvars(State& st, Args bound) {
    Args a = skip_self(bound);
    std::string p;
    bool b;
    if (!one_fs_arg(st, a, "expandvars", "path", p, b)) return Value::error();
    if (p.find('$') == std::string::npos) return text_result(st, p, b);
    // The variables come from os.environ, as CPython's posixpath reads them.
    Value os = dict_get_cstr(st, bound_module(bound)->dict, "os");
    Value env = os.is_missing() ? Value::missing() : getattr_opt(st, os, intern(st, "environ"));
    if (env.is_error()) return env;
    Root keep_env(st.heap, env);
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    std::string out;
    size_t i = 0;
    while (i < p.size()) {
        if (p[i] != '$') {
            out += p[i++];
            continue;
        }
        size_t start = i + 1, end;
        std::string name;
        if (start < p.size() && p[start] == '{') {
            size_t close = p.find('}', start + 1);
            if (close == std::string::npos) {
                out += p[i++];
                continue;
            }
            name = p.substr(start + 1, close - start - 1);
            end = close + 1;
        } else {
            end = start;
            while (end < p.size() && word(p[end])) ++end;
            name = p.substr(start, end - start);
        }
        Value value = Value::missing();
        if (!name.empty() && !env.is_missing()) {
            Value key = str_value(st, name);
            if (key.is_error()) return key;
            value = getitem(st, env, key);
            if (value.is_error()) {
                if (!raised_matches(st, st.exc.KeyError)) return value;
                take_raised(st);
                value = Value::missing();
            }
        }
        if (!value.is_missing()) {
            std::string text;
            bool vb;
            if (!fs_arg(st, value, text, vb)) return Value::error();
            out += text;
        } else {
            out += p.substr(i, end - i);
        }
        i = end;
    }
    return text_result(st, out, b);
}

const MethodDef kOsFunctions[] = {
    {"getcwd", os_getcwd},
    {"getcwdb", os_getcwdb},
    {"chdir", os_chdir},
    {"listdir", os_listdir},
    {"mkdir", os_mkdir},
    {"makedirs", os_makedirs},
    {"remove", os_remove},
    {"unlink", os_unlink},
    {"rmdir", os_rmdir},
    {"removedirs", os_removedirs},
    {"rename", os_rename},
    {"replace", os_replace},
    {"link", os_link},
    {"symlink", os_symlink},
    {"readlink", os_readlink},
    {"access", os_access},
    {"chmod", os_chmod},
    {"open", os_open},
    {"close", os_close},
    {"read", os_read},
    {"write", os_write},
    {"getpid", os_getpid},
    {"getppid", os_getppid},
    {"getuid", os_getuid},
    {"getgid", os_getgid},
    {"cpu_count", os_cpu_count},
    {"urandom", os_urandom},
    {"strerror", os_strerror},
    {"fspath", os_fspath},
    {"putenv", os_putenv},
    {"unsetenv", os_unsetenv},
    {nullptr, nullptr},
};

const MethodDef kBoundOsFunctions[] = {
    {"stat", os_stat},
    {"lstat", os_lstat},
    {"fstat", os_fstat},
    {"getenv", os_getenv},
    {nullptr, nullptr},
};

const MethodDef kPathFunctions[] = {
    {"join", path_join},
    {"split", path_split},
    {"splitext", path_splitext},
    {"splitdrive", path_splitdrive},
    {"basename", path_basename},
    {"dirname", path_dirname},
    {"isabs", path_isabs},
    {"normpath", path_normpath},
    {"abspath", path_abspath},
    {"realpath", path_realpath},
    {"relpath", path_relpath},
    {"commonprefix", path_commonprefix},
    {"exists", path_exists},
    {"lexists", path_lexists},
    {"isfile", path_isfile},
    {"isdir", path_isdir},
    {"islink", path_islink},
    {"getsize", path_getsize},
    {"getmtime", path_getmtime},
    {"getatime", path_getatime},
    {"getctime", path_getctime},
    {"samefile", path_samefile},
    {"expanduser", path_expanduser},
    {nullptr, nullptr},
};

// The constants os and os.path share.
bool set_constants(State& st, Module* m) {
    const std::pair<const char*, const char*> strs[] = {
        {"sep", "/"},      {"extsep", "."},    {"pathsep", ":"}, {"curdir", "."},
        {"pardir", ".."},  {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"},
    };
    for (auto [k, v] : strs)
        if (!dict_set_cstr(st, m->dict, k, str_value(st, v))) return false;
    return dict_set_cstr(st, m->dict, "altsep", Value::none());
}

Value make_environ(State& st) {
    Dict* d = make_dict(st);
    if (!d) return Value::error();
    Root keep(st.heap, Value::from_object(d));
    for (char** e = environ; e && *e; ++e) {
        std::string_view entry(*e);
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        Value k = path_result(st, entry.substr(0, eq), false);
        if (k.is_error()) return k;
        Root keep_k(st.heap, k);
        Value v = path_result(st, entry.substr(eq + 1), false);
        if (v.is_error() || !dict_set(st, d, k, v)) return Value::error();
    }
    return Value::from_object(d);
}

}  // namespace

Value make_os_module(State& st) {
    Module* m = new_native_module(st, "os", kOsFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const MethodDef* d = kBoundOsFunctions; d->name; ++d)
        if (!add_function(st, m, d->name, d->fn, nullptr, true)) return Value::error();
    Type* sr = make_structseq_type(st, "os", "stat_result",
                                   {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                                    "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns",
                                    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
                                   10);
    if (!sr || !dict_set_cstr(st, m->dict, "stat_result", Value::from_object(sr))) return Value::error();
    if (!set_constants(st, m)) return Value::error();
    Value env = make_environ(st);
    if (env.is_error() || !dict_set_cstr(st, m->dict, "environ", env)) return Value::error();
    const std::pair<const char*, int> ints[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK}, {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR},
        {"SEEK_END", SEEK_END}, {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC},
        {"O_CLOEXEC", O_CLOEXEC},
    };
    for (auto [k, v] : ints)
        if (!dict_set_cstr(st, m->dict, k, Value::from_int(v))) return Value::error();
    if (!dict_set_cstr(st, m->dict, "name", str_value(st, "posix")) ||
        !dict_set_cstr(st, m->dict, "linesep", str_value(st, "\n")) ||
        !dict_set_cstr(st, m->dict, "error", Value::from_object(st.exc.OSError)))
        return Value::error();

    // os.path is the module posixpath, also reachable as sys.modules['os.path'].
    Module* path = new_native_module(st, "posixpath", kPathFunctions);
    if (!path) return Value::error();
    Value pv = Value::from_object(path);
    Root keep_path(st.heap, pv);
    if (!add_function(st, path, "expandvars", path_expandvars, nullptr, true) || !set_constants(st, path) ||
        !dict_set_cstr(st, path->dict, "supports_unicode_filenames", Value::from_bool(false)) ||
        !dict_set_cstr(st, path->dict, "os", Value::from_object(m)) || !dict_set_cstr(st, m->dict, "path", pv) ||
        !dict_set_cstr(st, st.modules, "os.path", pv) || !dict_set_cstr(st, st.modules, "posixpath", pv))
        return Value::error();
    // The sandbox (stdlib/sandbox.hpp): what touches files, and what reads or changes the
    // process and its environment. Path arithmetic (join, split, normpath...) stays.
    if (!st.allowed.files &&
        (!deny_functions(st, m, "os",
                         {"stat", "lstat", "fstat", "chdir", "listdir", "mkdir", "makedirs", "remove", "unlink",
                          "rmdir", "removedirs", "rename", "replace", "link", "symlink", "readlink", "access",
                          "chmod", "open", "close", "read", "write"},
                         "file access") ||
         !deny_functions(st, path, "os.path",
                         {"abspath", "realpath", "relpath", "exists", "lexists", "isfile", "isdir", "islink",
                          "getsize", "getmtime", "getatime", "getctime", "samefile"},
                         "file access")))
        return Value::error();
    if (!st.allowed.os) {
        if (!deny_functions(st, m, "os",
                            {"getcwd", "getcwdb", "getpid", "getppid", "getuid", "getgid", "cpu_count", "getenv",
                             "putenv", "unsetenv"},
                            "access to the process and its environment") ||
            !deny_functions(st, path, "os.path", {"abspath", "relpath", "expanduser"},
                            "access to the process and its environment"))
            return Value::error();
        // An empty environment: os.environ is a dict the script may change, seen by no one.
        Dict* empty = make_dict(st);
        if (!empty || !dict_set_cstr(st, m->dict, "environ", Value::from_object(empty))) return Value::error();
    }
    return Value::from_object(m);
}

// `import posixpath` alone: the os.path of the os module.
Value make_posixpath_module(State& st) {
    Value os = dict_get_cstr(st, st.modules, "os");
    if (os.is_missing()) {
        os = make_os_module(st);
        if (os.is_error() || !dict_set_cstr(st, st.modules, "os", os)) return Value::error();
    }
    return getattr(st, os, intern(st, "path"));
}

}  // namespace krait::stdlib
