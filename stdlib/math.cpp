// The math module: CPython 3.11's functions and constants, with its errors. Floating-point
// functions come from the C library; CPython's rule for turning their results into errors
// is kept: a NaN from a non-NaN argument is "math domain error" (ValueError), an infinity
// from finite arguments is "math range error" (OverflowError) where the function can
// overflow and a domain error (a pole) where it cannot. Integer functions (factorial, comb,
// perm, gcd, lcm, isqrt) work on big ints.
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/bigint.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/ops.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/module_util.hpp"
#include "stdlib/modules.hpp"

namespace krait::stdlib {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

Value domain_error(State& st) { return value_error(st, "math domain error"); }
Value range_error(State& st) { return overflow_error(st, "math range error"); }

// PyFloat_AsDouble: floats, then __float__, then __index__.
bool arg_double(State& st, Value v, double& out) {
    if (v.is_double()) {
        out = v.as_double();
        return true;
    }
    return to_double(st, v, out);
}

Value float_result(double d) { return Value::from_double(d); }

// The argument checks of CPython's multi-argument math functions: keywords are refused
// under the qualified name ("math.pow() takes no keyword arguments"), counts under the
// short one ("pow expected 2 arguments, got 1").
bool positional(State& st, Args a, const char* name, size_t min, size_t max) {
    return no_keywords(st, a, ("math." + std::string(name)).c_str()) && check_count(st, a, name, min, max);
}

// ---- functions of one float ----

// How a one-argument function's non-finite results become errors (CPython's math_1 with
// can_overflow 0 or 1; Quiet is math_1a for functions that never fail this way).
enum class Check { Domain, Overflow, Quiet };

struct UnaryDef {
    const char* name;        // the Python name
    const char* qualified;   // for argument-count errors ("math.sqrt")
    double (*fn)(double);
    Check check;
};

constexpr UnaryDef kUnary[] = {
    {"acos", "math.acos", [](double x) { return std::acos(x); }, Check::Domain},
    {"acosh", "math.acosh", [](double x) { return std::acosh(x); }, Check::Domain},
    {"asin", "math.asin", [](double x) { return std::asin(x); }, Check::Domain},
    {"asinh", "math.asinh", [](double x) { return std::asinh(x); }, Check::Domain},
    {"atan", "math.atan", [](double x) { return std::atan(x); }, Check::Domain},
    {"atanh", "math.atanh", [](double x) { return std::atanh(x); }, Check::Domain},
    {"cbrt", "math.cbrt", [](double x) { return std::cbrt(x); }, Check::Domain},
    {"cos", "math.cos", [](double x) { return std::cos(x); }, Check::Domain},
    {"cosh", "math.cosh", [](double x) { return std::cosh(x); }, Check::Overflow},
    {"erf", "math.erf", [](double x) { return std::erf(x); }, Check::Quiet},
    {"erfc", "math.erfc", [](double x) { return std::erfc(x); }, Check::Quiet},
    {"exp", "math.exp", [](double x) { return std::exp(x); }, Check::Overflow},
    {"exp2", "math.exp2", [](double x) { return std::exp2(x); }, Check::Overflow},
    {"expm1", "math.expm1", [](double x) { return std::expm1(x); }, Check::Overflow},
    {"fabs", "math.fabs", [](double x) { return std::fabs(x); }, Check::Domain},
    {"log1p", "math.log1p", [](double x) { return std::log1p(x); }, Check::Domain},
    {"sin", "math.sin", [](double x) { return std::sin(x); }, Check::Domain},
    {"sinh", "math.sinh", [](double x) { return std::sinh(x); }, Check::Overflow},
    {"sqrt", "math.sqrt", [](double x) { return std::sqrt(x); }, Check::Domain},
    {"tan", "math.tan", [](double x) { return std::tan(x); }, Check::Domain},
    {"tanh", "math.tanh", [](double x) { return std::tanh(x); }, Check::Domain},
    {"degrees", "math.degrees", [](double x) { return x * (180.0 / kPi); }, Check::Quiet},
    {"radians", "math.radians", [](double x) { return x * (kPi / 180.0); }, Check::Quiet},
};

template <size_t I>
Value unary_native(State& st, Args a) {
    const UnaryDef& def = kUnary[I];
    if (!check_count(st, a, def.qualified, 1, 1)) return Value::error();
    double x;
    if (!arg_double(st, a.v[0], x)) return Value::error();
    double r = def.fn(x);
    if (def.check != Check::Quiet) {
        if (std::isnan(r) && !std::isnan(x)) return domain_error(st);
        if (std::isinf(r) && std::isfinite(x)) return def.check == Check::Overflow ? range_error(st) : domain_error(st);
    }
    return float_result(r);
}

template <size_t... I>
constexpr std::array<NativeFn, sizeof...(I)> unary_table(std::index_sequence<I...>) {
    return {&unary_native<I>...};
}
constexpr auto kUnaryNatives = unary_table(std::make_index_sequence<std::size(kUnary)>());

// One float argument for the functions below with their own error rules.
bool one_double(State& st, Args a, const char* qualified, double& x) {
    return check_count(st, a, qualified, 1, 1) && arg_double(st, a.v[0], x);
}

// Γ(n) for n = 1..23 is (n-1)!, exact in a double; the table gives those exactly.
double gamma_of_integer(int n) {
    double r = 1.0;
    for (int i = 2; i < n; ++i) r *= i;
    return r;
}

Value math_gamma(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.gamma", x)) return Value::error();
    if (std::isnan(x) || x == HUGE_VAL) return float_result(x);
    if (x == -HUGE_VAL || x == 0.0) return domain_error(st);
    if (x == std::floor(x)) {
        if (x < 0) return domain_error(st);  // the poles at the negative integers
        if (x <= 23) return float_result(gamma_of_integer(static_cast<int>(x)));
    }
    double r = std::tgamma(x);
    if (std::isinf(r)) return range_error(st);
    return float_result(r);
}

Value math_lgamma(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.lgamma", x)) return Value::error();
    if (std::isnan(x)) return float_result(x);
    if (std::isinf(x)) return float_result(HUGE_VAL);
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) return domain_error(st);
        return float_result(0.0);  // lgamma(1) and lgamma(2), exactly
    }
    int sign;
    double r = lgamma_r(x, &sign);  // the reentrant form: lgamma writes a global
    if (std::isinf(r)) return range_error(st);
    return float_result(r);
}

// floor and ceil: exact floats directly, other objects through __floor__ / __ceil__, and
// anything else converted to float first.
Value round_to_int(State& st, Args a, const char* qualified, Str* special, double (*fn)(double)) {
    if (!check_count(st, a, qualified, 1, 1)) return Value::error();
    Value v = a.v[0];
    if (v.is_double()) return int_from_double(st, fn(v.as_double()));
    if (v.is_int()) return v;
    Value m = lookup_special(st, v, special);
    if (m.is_error()) return m;
    if (!m.is_missing()) {
        Root keep(st.heap, m);
        return call(st, m, Args{});
    }
    double x;
    if (!to_double(st, v, x)) return Value::error();
    return int_from_double(st, fn(x));
}

Value math_floor(State& st, Args a) {
    return round_to_int(st, a, "math.floor", st.names.floor, [](double x) { return std::floor(x); });
}

Value math_ceil(State& st, Args a) {
    return round_to_int(st, a, "math.ceil", st.names.ceil, [](double x) { return std::ceil(x); });
}

Value math_trunc(State& st, Args a) {
    if (!check_count(st, a, "math.trunc", 1, 1)) return Value::error();
    Value v = a.v[0];
    if (v.is_double()) return int_from_double(st, v.as_double());
    if (v.is_int()) return v;
    Value m = lookup_special(st, v, st.names.trunc);
    if (m.is_error()) return m;
    if (m.is_missing()) return type_error(st, "type " + type_name(st, v) + " doesn't define __trunc__ method");
    Root keep(st.heap, m);
    return call(st, m, Args{});
}

Value math_isfinite(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.isfinite", x)) return Value::error();
    return Value::from_bool(std::isfinite(x));
}

Value math_isinf(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.isinf", x)) return Value::error();
    return Value::from_bool(std::isinf(x));
}

Value math_isnan(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.isnan", x)) return Value::error();
    return Value::from_bool(std::isnan(x));
}

Value math_frexp(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.frexp", x)) return Value::error();
    int e = 0;
    double m = x;
    if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
    Tuple* t = make_tuple(st, {float_result(m), Value::from_int(e)});
    return t ? Value::from_object(t) : Value::error();
}

Value math_modf(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.modf", x)) return Value::error();
    double ip, fp;
    if (std::isinf(x)) {
        ip = x;
        fp = std::copysign(0.0, x);
    } else {
        fp = std::modf(x, &ip);
    }
    Tuple* t = make_tuple(st, {float_result(fp), float_result(ip)});
    return t ? Value::from_object(t) : Value::error();
}

Value math_ulp(State& st, Args a) {
    double x;
    if (!one_double(st, a, "math.ulp", x)) return Value::error();
    if (std::isnan(x)) return float_result(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_result(x);
    double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) return float_result(x - std::nextafter(x, 0.0));  // x is the largest double
    return float_result(next - x);
}

// ---- functions of two floats ----

// CPython's math_2: a NaN from non-NaN arguments is a domain error, an infinity from finite
// ones a range error.
Value checked_binary(State& st, Args a, const char* name, double (*fn)(double, double)) {
    if (!positional(st, a, name, 2, 2)) return Value::error();
    double x, y;
    if (!arg_double(st, a.v[0], x) || !arg_double(st, a.v[1], y)) return Value::error();
    double r = fn(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(st);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(st);
    return float_result(r);
}

Value math_atan2(State& st, Args a) {
    return checked_binary(st, a, "atan2", [](double y, double x) { return std::atan2(y, x); });
}

Value math_copysign(State& st, Args a) {
    return checked_binary(st, a, "copysign", [](double x, double y) { return std::copysign(x, y); });
}

Value math_fmod(State& st, Args a) {
    return checked_binary(st, a, "fmod", [](double x, double y) {
        if (std::isinf(y) && std::isfinite(x)) return x;
        return std::fmod(x, y);
    });
}

Value math_remainder(State& st, Args a) {
    return checked_binary(st, a, "remainder", [](double x, double y) {
        if (std::isnan(x)) return x;
        if (std::isnan(y)) return y;
        if (std::isinf(x) || y == 0.0) return std::numeric_limits<double>::quiet_NaN();
        if (std::isinf(y)) return x;
        return std::remainder(x, y);
    });
}

Value math_nextafter(State& st, Args a) {
    if (!positional(st, a, "nextafter", 2, 2)) return Value::error();
    double x, y;
    if (!arg_double(st, a.v[0], x) || !arg_double(st, a.v[1], y)) return Value::error();
    return float_result(std::nextafter(x, y));
}

Value math_pow(State& st, Args a) {
    if (!positional(st, a, "pow", 2, 2)) return Value::error();
    double x, y;
    if (!arg_double(st, a.v[0], x) || !arg_double(st, a.v[1], y)) return Value::error();
    // C99's pow already gives IEEE 754's answers for infinities and NaNs (1**nan == 1,
    // nan**0 == 1, ...): only finite arguments can fail.
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y) && !std::isfinite(r)) {
        if (std::isnan(r) || x == 0.0) return domain_error(st);  // (-8)**(1/3), 0**-1
        return range_error(st);
    }
    return float_result(r);
}

Value math_ldexp(State& st, Args a) {
    if (!positional(st, a, "ldexp", 2, 2)) return Value::error();
    double x;
    if (!arg_double(st, a.v[0], x)) return Value::error();
    if (!is_int(st, a.v[1])) return type_error(st, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_int64(st, a.v[1], e)) e = to_bigint(st, a.v[1]).is_negative() ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !std::isfinite(x)) return float_result(x);
    if (e > INT32_MAX) return range_error(st);
    if (e < INT32_MIN) return float_result(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error(st);
    return float_result(r);
}

Value math_isclose(State& st, Args a) {
    for (size_t i = 0; i < a.nkw(); ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k != "a" && k != "b" && k != "rel_tol" && k != "abs_tol")
            return type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for isclose()");
    }
    Value v[4];
    if (!parse_args(st, a, Signature{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2}, v)) return Value::error();
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (!arg_double(st, v[0], x) || !arg_double(st, v[1], y)) return Value::error();
    if (!v[2].is_missing() && !arg_double(st, v[2], rel)) return Value::error();
    if (!v[3].is_missing() && !arg_double(st, v[3], abs_tol)) return Value::error();
    if (rel < 0.0 || abs_tol < 0.0) return value_error(st, "tolerances must be non-negative");
    if (x == y) return Value::from_bool(true);  // also equal infinities
    if (std::isinf(x) || std::isinf(y)) return Value::from_bool(false);
    double diff = std::fabs(y - x);
    return Value::from_bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// ---- logarithms ----

// log of a positive int of any size: through a double when it fits, else from its top bits
// and binary exponent, log(m * 2**e) = log(m) + log(2) * e.
Value log_of_int(State& st, Value v, double (*fn)(double)) {
    BigInt n = to_bigint(st, v);
    if (n.sign() <= 0) return domain_error(st);
    double d;
    if (n.to_double(d)) return float_result(fn(d));
    // Keep 64 bits with a sticky bit for the rest, so that converting them rounds exactly as
    // rounding the whole number to 53 bits would.
    size_t bits = n.bit_length();
    size_t shift = bits - 64;
    BigInt top = n.shr(shift);
    uint64_t t = 0;
    top.to_uint64(t);
    BigInt back;
    if (top.shl(shift, back) && !(back == n)) t |= 1;
    int e;
    double m = std::frexp(static_cast<double>(t), &e);  // uint64 -> double rounds to nearest even
    return float_result(fn(m) + fn(2.0) * (static_cast<double>(e) + static_cast<double>(shift)));
}

// The logarithm helper of log, log2 and log10: ints of any size, otherwise floats whose
// non-positive values are domain errors.
Value log_helper(State& st, Value v, double (*fn)(double)) {
    if (is_int(st, v)) return log_of_int(st, v, fn);
    double x;
    if (!arg_double(st, v, x)) return Value::error();
    if (std::isnan(x) || x == HUGE_VAL) return float_result(x);
    if (x <= 0.0) return domain_error(st);
    return float_result(fn(x));
}

double plain_log(double x) { return std::log(x); }
double plain_log2(double x) { return std::log2(x); }
double plain_log10(double x) { return std::log10(x); }

Value math_log(State& st, Args a) {
    if (!no_keywords(st, a, "log")) return Value::error();
    if (a.n < 1 || a.n > 2) return type_error(st, "math.log requires 1 to 2 arguments");
    Value num = log_helper(st, a.v[0], plain_log);
    if (num.is_error() || a.n == 1) return num;
    Value den = log_helper(st, a.v[1], plain_log);
    if (den.is_error()) return den;
    if (den.as_double() == 0.0) return zero_division(st, "float division by zero");
    return float_result(num.as_double() / den.as_double());
}

Value math_log2(State& st, Args a) {
    if (!check_count(st, a, "math.log2", 1, 1)) return Value::error();
    return log_helper(st, a.v[0], plain_log2);
}

Value math_log10(State& st, Args a) {
    if (!check_count(st, a, "math.log10", 1, 1)) return Value::error();
    return log_helper(st, a.v[0], plain_log10);
}

// ---- sums, products and norms ----

// fsum: Shewchuk's exact summation. `partials` holds non-overlapping doubles whose exact sum
// is the running total; the result is that sum correctly rounded.
Value math_fsum(State& st, Args a) {
    if (!check_count(st, a, "math.fsum", 1, 1)) return Value::error();
    std::vector<double> partials;
    double special = 0.0, infinities = 0.0;
    bool overflow = false;
    bool ok = for_each(st, a.v[0], [&](Value item) {
        double x;
        if (!arg_double(st, item, x)) return false;
        if (!std::isfinite(x)) {
            if (std::isinf(x)) infinities += x;
            special += x;
            return true;
        }
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        if (!std::isfinite(x)) {
            overflow = true;
            return false;
        }
        partials.resize(kept);
        if (x != 0.0) partials.push_back(x);  // zeros are dropped: fsum([-0.0]) is 0.0
        return true;
    });
    if (overflow) return overflow_error(st, "intermediate overflow in fsum");
    if (!ok) return Value::error();
    if (special != 0.0 || std::isnan(special)) {
        if (std::isnan(infinities)) return value_error(st, "-inf + inf in fsum");
        return float_result(special);
    }
    // Add the partials from the largest down until the sum is inexact; then the rounding of
    // that sum is corrected when it was a tie the remaining partials break.
    double hi = 0.0, lo = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_result(hi);
}

Value math_prod(State& st, Args a) {
    size_t nkw = a.nkw();
    if (a.n <= 1 && a.n + nkw > 2)
        return type_error(st, "prod() takes at most 2 arguments (" + std::to_string(a.n + nkw) + " given)");
    if (a.n != 1)
        return type_error(st, "prod() takes exactly 1 positional argument (" + std::to_string(a.n) + " given)");
    Value start = Value::from_int(1);
    for (size_t i = 0; i < nkw; ++i) {
        std::string_view k = as_str(a.kwnames->items[i])->view();
        if (k != "start") return type_error(st, "'" + std::string(k) + "' is an invalid keyword argument for prod()");
        start = a.kwvalues()[i];
    }
    Root result(st.heap, start);
    bool ok = for_each(st, a.v[0], [&](Value item) {
        Value r = binary_op(st, result.get(), item, BinOp::Mul);
        if (r.is_error()) return false;
        result.set(r);
        return true;
    });
    return ok ? result.get() : Value::error();
}

// The Euclidean norm of v (absolute values), within an ulp: squares and their sum are kept
// exactly as double-doubles, and the square root gets one Newton correction.
double vector_norm(std::vector<double>& v) {
    double max = 0.0;
    bool nan = false;
    for (double x : v) {
        if (std::isnan(x)) nan = true;
        else if (x > max) max = x;
    }
    if (std::isinf(max)) return max;
    if (nan) return std::numeric_limits<double>::quiet_NaN();
    if (max == 0.0 || v.size() <= 1) return max;
    int e;
    std::frexp(max, &e);
    double hi = 0.0, lo = 0.0;
    for (double x : v) {
        x = std::ldexp(x, -e);  // now below 1: no square overflows or underflows much
        double sq = x * x;
        double sq_err = std::fma(x, x, -sq);
        double s = hi + sq;
        double b = s - hi;
        lo += (hi - (s - b)) + (sq - b) + sq_err;
        hi = s;
    }
    double total = hi + lo;
    lo -= total - hi;
    hi = total;
    double h = std::sqrt(hi);
    double hh = h * h;
    double hh_err = std::fma(h, h, -hh);
    double residual = ((hi - hh) - hh_err) + lo;
    h += residual / (2.0 * h);
    return std::ldexp(h, e);
}

Value math_hypot(State& st, Args a) {
    if (!no_keywords(st, a, "math.hypot")) return Value::error();
    std::vector<double> v(a.n);
    for (size_t i = 0; i < a.n; ++i) {
        if (!arg_double(st, a.v[i], v[i])) return Value::error();
        v[i] = std::fabs(v[i]);
    }
    return float_result(vector_norm(v));
}

Value math_dist(State& st, Args a) {
    if (!positional(st, a, "dist", 2, 2)) return Value::error();
    Root p(st.heap, a.v[0]), q(st.heap, a.v[1]);
    for (Root* r : {&p, &q}) {
        if (type_of(st, r->get()) != st.tuple_type) {
            Value t = tuple_from_iterable(st, r->get());
            if (t.is_error()) return t;
            r->set(t);
        }
    }
    Tuple* tp = as_tuple(p.get());
    Tuple* tq = as_tuple(q.get());
    if (tp->size != tq->size) return value_error(st, "both points must have the same number of dimensions");
    std::vector<double> v(tp->size);
    for (size_t i = 0; i < tp->size; ++i) {
        double x, y;
        if (!arg_double(st, tp->items[i], x) || !arg_double(st, tq->items[i], y)) return Value::error();
        v[i] = std::fabs(x - y);
    }
    return float_result(vector_norm(v));
}

// ---- integer functions ----

// An argument as an exact int (through __index__).
bool index_arg(State& st, Value v, BigInt& out) {
    Value i = number_index(st, v);
    if (i.is_error()) return false;
    out = to_bigint(st, i);
    return true;
}

// The product lo * (lo+1) * ... * (lo+count-1), by binary splitting so that the big
// multiplications are between numbers of similar size. False when it would be too large.
bool range_product(const BigInt& lo, uint64_t count, BigInt& out) {
    if (count == 0) {
        out = BigInt::from_int64(1);
        return true;
    }
    if (count <= 16) {
        out = lo;
        BigInt k = lo;
        BigInt one = BigInt::from_int64(1);
        for (uint64_t i = 1; i < count; ++i) {
            k = k + one;
            if (!BigInt::mul(out, k, out)) return false;
        }
        return true;
    }
    uint64_t half = count / 2;
    BigInt left, right;
    if (!range_product(lo, half, left)) return false;
    if (!range_product(lo + BigInt::from_uint64(half), count - half, right)) return false;
    return BigInt::mul(left, right, out);
}

Value big_result(State& st, BigInt&& v) { return make_int(st, std::move(v)); }

Value factorial_of(State& st, const BigInt& n) {
    int64_t k;
    if (n.is_negative()) return value_error(st, "factorial() not defined for negative values");
    if (!n.to_int64(k)) return overflow_error(st, "factorial() argument should not exceed 9223372036854775807");
    BigInt r;
    if (k < 2) return Value::from_int(1);
    if (!range_product(BigInt::from_int64(2), static_cast<uint64_t>(k - 1), r)) return raise_no_memory(st);
    return big_result(st, std::move(r));
}

Value math_factorial(State& st, Args a) {
    if (!check_count(st, a, "math.factorial", 1, 1)) return Value::error();
    BigInt n;
    if (!index_arg(st, a.v[0], n)) return Value::error();
    return factorial_of(st, n);
}

Value math_comb(State& st, Args a) {
    if (!positional(st, a, "comb", 2, 2)) return Value::error();
    BigInt n, k;
    if (!index_arg(st, a.v[0], n) || !index_arg(st, a.v[1], k)) return Value::error();
    if (n.is_negative()) return value_error(st, "n must be a non-negative integer");
    if (k.is_negative()) return value_error(st, "k must be a non-negative integer");
    if (k.compare(n) > 0) return Value::from_int(0);
    BigInt rest = n - k;
    if (rest.compare(k) < 0) k = rest;
    int64_t kk;
    if (!k.to_int64(kk)) return overflow_error(st, "min(n - k, k) must not exceed 9223372036854775807");
    BigInt num, den;
    if (!range_product(n - k + BigInt::from_int64(1), static_cast<uint64_t>(kk), num) ||
        !range_product(BigInt::from_int64(1), static_cast<uint64_t>(kk), den))
        return raise_no_memory(st);
    BigInt::divmod(num, den, &num, nullptr);
    return big_result(st, std::move(num));
}

Value math_perm(State& st, Args a) {
    if (!positional(st, a, "perm", 1, 2)) return Value::error();
    BigInt n, k;
    if (!index_arg(st, a.v[0], n)) return Value::error();
    if (a.n == 1 || a.v[1].is_none()) return factorial_of(st, n);
    if (!index_arg(st, a.v[1], k)) return Value::error();
    if (n.is_negative()) return value_error(st, "n must be a non-negative integer");
    if (k.is_negative()) return value_error(st, "k must be a non-negative integer");
    if (k.compare(n) > 0) return Value::from_int(0);
    int64_t kk;
    if (!k.to_int64(kk)) return overflow_error(st, "k must not exceed 9223372036854775807");
    BigInt r;
    if (!range_product(n - k + BigInt::from_int64(1), static_cast<uint64_t>(kk), r)) return raise_no_memory(st);
    return big_result(st, std::move(r));
}

Value math_gcd(State& st, Args a) {
    if (!no_keywords(st, a, "math.gcd")) return Value::error();
    BigInt g;
    for (size_t i = 0; i < a.n; ++i) {
        BigInt x;
        if (!index_arg(st, a.v[i], x)) return Value::error();
        g = BigInt::gcd(g, x);
    }
    return big_result(st, std::move(g));
}

Value math_lcm(State& st, Args a) {
    if (!no_keywords(st, a, "math.lcm")) return Value::error();
    BigInt l = BigInt::from_int64(1);
    for (size_t i = 0; i < a.n; ++i) {
        BigInt x;
        if (!index_arg(st, a.v[i], x)) return Value::error();
        if (l.is_zero() || x.is_zero()) {
            l = BigInt();
            continue;
        }
        BigInt g = BigInt::gcd(l, x);
        BigInt q;
        BigInt::divmod(x.abs(), g, &q, nullptr);
        if (!BigInt::mul(l, q, l)) return raise_no_memory(st);
    }
    return big_result(st, std::move(l));
}

Value math_isqrt(State& st, Args a) {
    if (!check_count(st, a, "math.isqrt", 1, 1)) return Value::error();
    BigInt n;
    if (!index_arg(st, a.v[0], n)) return Value::error();
    if (n.is_negative()) return value_error(st, "isqrt() argument must be nonnegative");
    return big_result(st, BigInt::isqrt(n));
}

const MethodDef kMathFunctions[] = {
    {"ceil", math_ceil},
    {"comb", math_comb},
    {"copysign", math_copysign},
    {"dist", math_dist},
    {"factorial", math_factorial},
    {"floor", math_floor},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"fsum", math_fsum},
    {"gamma", math_gamma},
    {"gcd", math_gcd},
    {"hypot", math_hypot},
    {"isclose", math_isclose},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"isqrt", math_isqrt},
    {"lcm", math_lcm},
    {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},
    {"log", math_log},
    {"log10", math_log10},
    {"log2", math_log2},
    {"modf", math_modf},
    {"nextafter", math_nextafter},
    {"perm", math_perm},
    {"pow", math_pow},
    {"prod", math_prod},
    {"remainder", math_remainder},
    {"trunc", math_trunc},
    {"ulp", math_ulp},
    {"atan2", math_atan2},
    {nullptr, nullptr},
};

}  // namespace

Value make_math_module(State& st) {
    Module* m = new_native_module(st, "math", kMathFunctions);
    if (!m) return Value::error();
    Root keep(st.heap, Value::from_object(m));
    for (size_t i = 0; i < std::size(kUnary); ++i) {
        if (!add_function(st, m, kUnary[i].name, kUnaryNatives[i])) return Value::error();
    }
    const std::pair<const char*, double> constants[] = {
        {"pi", kPi}, {"e", kE}, {"tau", 2 * kPi}, {"inf", HUGE_VAL},
        {"nan", std::numeric_limits<double>::quiet_NaN()},
    };
    for (auto [name, value] : constants)
        if (!dict_set_cstr(st, m->dict, name, float_result(value))) return Value::error();
    return Value::from_object(m);
}

}  // namespace krait::stdlib
