// The time module: clocks, sleep, and conversions between timestamps, struct_time and text,
// through the C library as CPython does on Linux (so strftime and the time zone agree with it).
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/args.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/interrupt.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/os_error.hpp"
#include "stdlib/structseq.hpp"

namespace krait::stdlib {

namespace {

constexpr int64_t kNanos = 1'000'000'000;

// The module's struct_time type: the functions that need it are bound to the module.
Type* struct_time_type(State& st, Module* m) {
    Value t = dict_get_cstr(st, m->dict, "struct_time");
    if (t.is_missing() || !isinstance(st, t, st.type_type) || !is_structseq_type(as_type(t))) return nullptr;
    return as_type(t);
}

// ---- clocks ----

int64_t clock_ns(clockid_t id) {
    timespec ts;
    clock_gettime(id, &ts);
    return static_cast<int64_t>(ts.tv_sec) * kNanos + ts.tv_nsec;
}

Value seconds(int64_t ns) { return Value::from_double(static_cast<double>(ns) / 1e9); }

template <clockid_t Clock, bool Nanos>
Value clock_fn(State& st, Args a, const char* name) {
    if (!check_count(st, a, name, 0, 0)) return Value::error();
    int64_t ns = clock_ns(Clock);
    return Nanos ? make_int(st, ns) : seconds(ns);
}

Value time_time(State& st, Args a) { return clock_fn<CLOCK_REALTIME, false>(st, a, "time.time"); }
Value time_time_ns(State& st, Args a) { return clock_fn<CLOCK_REALTIME, true>(st, a, "time.time_ns"); }
Value time_monotonic(State& st, Args a) { return clock_fn<CLOCK_MONOTONIC, false>(st, a, "time.monotonic"); }
Value time_monotonic_ns(State& st, Args a) { return clock_fn<CLOCK_MONOTONIC, true>(st, a, "time.monotonic_ns"); }
Value time_perf_counter(State& st, Args a) { return clock_fn<CLOCK_MONOTONIC, false>(st, a, "time.perf_counter"); }
Value time_perf_counter_ns(State& st, Args a) {
    return clock_fn<CLOCK_MONOTONIC, true>(st, a, "time.perf_counter_ns");
}
Value time_process_time(State& st, Args a) {
    return clock_fn<CLOCK_PROCESS_CPUTIME_ID, false>(st, a, "time.process_time");
}
Value time_process_time_ns(State& st, Args a) {
    return clock_fn<CLOCK_PROCESS_CPUTIME_ID, true>(st, a, "time.process_time_ns");
}
Value time_thread_time(State& st, Args a) { return clock_fn<CLOCK_THREAD_CPUTIME_ID, false>(st, a, "time.thread_time"); }
Value time_thread_time_ns(State& st, Args a) {
    return clock_fn<CLOCK_THREAD_CPUTIME_ID, true>(st, a, "time.thread_time_ns");
}

// ---- sleep ----

Value time_sleep(State& st, Args a) {
    if (!check_count(st, a, "time.sleep", 1, 1)) return Value::error();
    Value v = a.v[0];
    int64_t ns;
    if (is_float(st, v)) {
        double d = float_value(v);
        if (std::isnan(d)) return value_error(st, "Invalid value NaN (not a number)");
        double scaled = std::ceil(d * 1e9);  // a timeout rounds away from zero: never sleep less
        if (!(scaled >= -9.2e18 && scaled <= 9.2e18)) return overflow_error(st, "timestamp out of range for platform time_t");
        ns = static_cast<int64_t>(scaled);
    } else {
        Value i = number_index(st, v);
        if (i.is_error()) return i;
        int64_t secs;
        if (!int_to_int64(st, i, secs) || secs > INT64_MAX / kNanos || secs < INT64_MIN / kNanos)
            return overflow_error(st, "timestamp too large to convert to C _PyTime_t");
        ns = secs * kNanos;
    }
    if (ns < 0) return value_error(st, "sleep length must be non-negative");
    // In slices, checking for Ctrl-C and the host's interrupt between them (another thread's
    // interrupt sends no signal to cut a sleep short).
    constexpr int64_t kSlice = int64_t(kWaitSliceMs) * 1000000;
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t start = int64_t(now.tv_sec) * kNanos + now.tv_nsec;
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t left = ns - (int64_t(now.tv_sec) * kNanos + now.tv_nsec - start);
        if (left <= 0) break;
        int64_t part = std::min(left, kSlice);
        timespec req{static_cast<time_t>(part / kNanos), static_cast<long>(part % kNanos)};
        nanosleep(&req, nullptr);
        if (st.interrupt_requested.load(std::memory_order_relaxed) && check_interrupt(st)) return Value::error();
    }
    return Value::none();
}

// ---- struct_time ----

// A timestamp argument as time_t, flooring floats; None or absent is now.
bool to_time_t(State& st, Value v, time_t& out) {
    if (v.is_missing() || v.is_none()) {
        out = time(nullptr);
        return true;
    }
    if (is_float(st, v)) {
        double d = float_value(v);
        if (std::isnan(d)) {
            value_error(st, "Invalid value NaN (not a number)");
            return false;
        }
        d = std::floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            overflow_error(st, "timestamp out of range for platform time_t");
            return false;
        }
        out = static_cast<time_t>(d);
        return true;
    }
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    int64_t n;
    if (!int_to_int64(st, i, n)) {
        overflow_error(st, "timestamp out of range for platform time_t");
        return false;
    }
    out = static_cast<time_t>(n);
    return true;
}

Value struct_time_from_tm(State& st, Module* m, const tm& t) {
    Type* type = struct_time_type(st, m);
    if (!type) return raise(st, st.exc.SystemError, "time.struct_time is missing");
    Value zone = t.tm_zone ? str_value(st, t.tm_zone) : Value::none();
    if (zone.is_error()) return zone;
    Root keep(st.heap, zone);
    Value items[] = {
        Value::from_int(t.tm_year + 1900LL), Value::from_int(t.tm_mon + 1), Value::from_int(t.tm_mday),
        Value::from_int(t.tm_hour), Value::from_int(t.tm_min), Value::from_int(t.tm_sec),
        Value::from_int((t.tm_wday + 6) % 7),  // Monday is 0 in Python, Sunday in C
        Value::from_int(t.tm_yday + 1), Value::from_int(t.tm_isdst), zone,
        make_int(st, static_cast<int64_t>(t.tm_gmtoff)),
    };
    return make_structseq(st, type, items, std::size(items));
}

Value convert_time(State& st, Args bound, const char* name, bool local) {
    Args a = skip_self(bound);
    if (!no_keywords(st, a, name)) return Value::error();
    if (a.n > 1) return type_error(st, std::string(name) + "() takes at most 1 argument (" + std::to_string(a.n) + " given)");
    time_t t;
    if (!to_time_t(st, a.n ? a.v[0] : Value::missing(), t)) return Value::error();
    tm out{};
    errno = 0;
    if (!(local ? localtime_r(&t, &out) : gmtime_r(&t, &out))) return raise_os_error(st, errno ? errno : EINVAL);
    return struct_time_from_tm(st, bound_module(bound), out);
}

Value time_gmtime(State& st, Args a) { return convert_time(st, a, "gmtime", false); }
Value time_localtime(State& st, Args a) { return convert_time(st, a, "localtime", true); }

// One item of a time tuple as a C int (the 'i' conversion of PyArg_ParseTuple).
bool c_int_item(State& st, Value v, int& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    int64_t n;
    bool fits = int_to_int64(st, i, n);
    if (!fits || n > INT32_MAX || n < INT32_MIN) {
        bool neg = fits ? n < 0 : to_bigint(st, i).is_negative();
        overflow_error(st, neg ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg). A struct_time also gives
// its zone name and offset; `zone` keeps the name's string alive while tm points into it.
bool tuple_to_tm(State& st, Module* m, Value v, const char* fname, tm& out, Root& zone) {
    if (!isinstance(st, v, st.tuple_type)) {
        type_error(st, "Tuple or struct_time argument required");
        return false;
    }
    Tuple* t = as_tuple(v);
    if (t->size != 9) {
        type_error(st, std::string(fname) + "(): illegal time tuple argument");
        return false;
    }
    int f[9];
    for (int i = 0; i < 9; ++i)
        if (!c_int_item(st, t->items[i], f[i])) return false;
    out = tm{};
    out.tm_year = f[0] - 1900;
    out.tm_mon = f[1] - 1;
    out.tm_mday = f[2];
    out.tm_hour = f[3];
    out.tm_min = f[4];
    out.tm_sec = f[5];
    out.tm_wday = (f[6] + 1) % 7;
    out.tm_yday = f[7] - 1;
    out.tm_isdst = f[8];
    if (type_of(st, v) == struct_time_type(st, m)) {
        Value z = t->items[9], off = t->items[10];
        if (isinstance(st, z, st.str_type)) {
            zone.set(z);
            out.tm_zone = as_str(z)->data;
        }
        int64_t g;
        if (is_int(st, off) && int_to_int64(st, off, g)) out.tm_gmtoff = g;
    }
    return true;
}

// The range checks of strftime and asctime; zeros stand for the smallest valid value.
bool check_tm(State& st, tm& t) {
    const char* bad = nullptr;
    if (t.tm_mon == -1) t.tm_mon = 0;
    else if (t.tm_mon < 0 || t.tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (t.tm_mday == 0) t.tm_mday = 1;
        else if (t.tm_mday < 0 || t.tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (t.tm_hour < 0 || t.tm_hour > 23)) bad = "hour out of range";
    if (!bad && (t.tm_min < 0 || t.tm_min > 59)) bad = "minute out of range";
    if (!bad && (t.tm_sec < 0 || t.tm_sec > 61)) bad = "seconds out of range";
    if (!bad && t.tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (t.tm_yday == -1) t.tm_yday = 0;
        else if (t.tm_yday < 0 || t.tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        value_error(st, bad);
        return false;
    }
    return true;
}

// The time tuple argument of strftime/asctime, or the local time now when absent.
bool tm_arg(State& st, Module* m, Value v, const char* fname, tm& out, Root& zone) {
    if (v.is_missing()) {
        time_t now = time(nullptr);
        localtime_r(&now, &out);
        return true;
    }
    return tuple_to_tm(st, m, v, fname, out, zone) && check_tm(st, out);
}

Value time_mktime(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!check_count(st, a, "time.mktime", 1, 1)) return Value::error();
    tm t;
    Root zone(st.heap);
    if (!tuple_to_tm(st, bound_module(bound), a.v[0], "mktime", t, zone)) return Value::error();
    t.tm_wday = -1;  // mktime sets it on success: how -1 (a valid time) is told from failure
    time_t r = mktime(&t);
    if (r == static_cast<time_t>(-1) && t.tm_wday == -1) return overflow_error(st, "mktime argument out of range");
    return Value::from_double(static_cast<double>(r));
}

Value time_strftime(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!no_keywords(st, a, "strftime")) return Value::error();
    if (a.n < 1) return type_error(st, "strftime() takes at least 1 argument (0 given)");
    if (a.n > 2) return type_error(st, "strftime() takes at most 2 arguments (" + std::to_string(a.n) + " given)");
    if (!isinstance(st, a.v[0], st.str_type))
        return type_error(st, "strftime() argument 1 must be str, not " + type_name(st, a.v[0]));
    std::string_view fmt = as_str(a.v[0])->view();
    if (fmt.find('\0') != std::string_view::npos) return value_error(st, "embedded null character");
    tm t;
    Root zone(st.heap);
    if (!tm_arg(st, bound_module(bound), a.n > 1 ? a.v[1] : Value::missing(), "strftime", t, zone)) return Value::error();
    if (t.tm_isdst < -1) t.tm_isdst = -1;
    else if (t.tm_isdst > 1) t.tm_isdst = 1;
    std::string cfmt(fmt);
    // strftime returns 0 both for "no room" and for an empty result: grow the buffer, and
    // give up (an empty result) at 256 bytes per format byte, as CPython does.
    std::string buf;
    for (size_t size = 1024;; size *= 2) {
        buf.resize(size);
        size_t n = strftime(buf.data(), size, cfmt.c_str(), &t);
        if (n > 0 || size >= 256 * cfmt.size()) {
            buf.resize(n);
            break;
        }
    }
    return str_value(st, buf);
}

std::string asctime_text(const tm& t) {
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[t.tm_wday % 7], kMonths[t.tm_mon % 12],
                  t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, static_cast<long long>(t.tm_year) + 1900);
    return buf;
}

Value time_asctime(State& st, Args bound) {
    Args a = skip_self(bound);
    if (!check_count(st, a, "asctime", 0, 1)) return Value::error();
    tm t;
    Root zone(st.heap);
    if (!tm_arg(st, bound_module(bound), a.n ? a.v[0] : Value::missing(), "asctime", t, zone)) return Value::error();
    return str_value(st, asctime_text(t));
}

Value time_ctime(State& st, Args a) {
    if (!no_keywords(st, a, "ctime")) return Value::error();
    if (a.n > 1) return type_error(st, "ctime() takes at most 1 argument (" + std::to_string(a.n) + " given)");
    time_t secs;
    if (!to_time_t(st, a.n ? a.v[0] : Value::missing(), secs)) return Value::error();
    tm t{};
    errno = 0;
    if (!localtime_r(&secs, &t)) return raise_os_error(st, errno ? errno : EINVAL);
    return str_value(st, asctime_text(t));
}

// timezone, altzone, daylight and tzname, from the local time in January and July of this
// year (CPython's way on glibc, which also handles the southern hemisphere's reversed DST).
bool set_timezone_attrs(State& st, Module* m) {
    constexpr time_t kYear = (365 * 24 + 6) * 3600;
    time_t jan = (time(nullptr) / kYear) * kYear;
    time_t jul = jan + kYear / 2;
    tm tj{}, tl{};
    localtime_r(&jan, &tj);
    localtime_r(&jul, &tl);
    long janzone = -tj.tm_gmtoff, julzone = -tl.tm_gmtoff;
    std::string janname = tj.tm_zone ? tj.tm_zone : "", julname = tl.tm_zone ? tl.tm_zone : "";
    bool reversed = janzone < julzone;
    long zone = reversed ? julzone : janzone, alt = reversed ? janzone : julzone;
    Value n1 = str_value(st, reversed ? julname : janname);
    if (n1.is_error()) return false;
    Root k1(st.heap, n1);
    Value n2 = str_value(st, reversed ? janname : julname);
    if (n2.is_error()) return false;
    Root k2(st.heap, n2);
    Tuple* names = make_tuple(st, {n1, n2});
    if (!names) return false;
    return dict_set_cstr(st, m->dict, "timezone", make_int(st, zone)) &&
           dict_set_cstr(st, m->dict, "altzone", make_int(st, alt)) &&
           dict_set_cstr(st, m->dict, "daylight", Value::from_int(janzone != julzone)) &&
           dict_set_cstr(st, m->dict, "tzname", Value::from_object(names));
}

Value time_tzset(State& st, Args bound) {
    if (!check_count(st, skip_self(bound), "time.tzset", 0, 0)) return Value::error();
    tzset();
    if (!set_timezone_attrs(st, bound_module(bound))) return Value::error();
    return Value::none();
}

const MethodDef kTimeFunctions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns},
    {"sleep", time_sleep},
    {"ctime", time_ctime},
    {nullptr, nullptr},
};

// The functions that need the module's struct_time type or attributes.
const MethodDef kBoundTimeFunctions[] = {
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
    {"asctime", time_asctime},
    {"tzset", time_tzset},
    {nullptr, nullptr},
};

}  // namespace

Value make_time_module(State& st) {
    Module* m = new_native_module(st, "time", kTimeFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (const MethodDef* d = kBoundTimeFunctions; d->name; ++d)
        if (!add_function(st, m, d->name, d->fn, nullptr, true)) return Value::error();
    Type* t = make_structseq_type(st, "time", "struct_time",
                                  {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                                   "tm_isdst", "tm_zone", "tm_gmtoff"},
                                  9);
    if (!t || !dict_set_cstr(st, m->dict, "struct_time", Value::from_object(t))) return Value::error();
    tzset();
    if (!set_timezone_attrs(st, m)) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
