// Arbitrary-precision integers: see bigint.hpp. The algorithms work on raw little-endian limb
// arrays (add_n, mul_mag, divrem_mag and the like below); BigInt's methods add signs and storage.
#include "runtime/bigint.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <numeric>
#include <utility>
#include <vector>

namespace krait {

using Limb = BigInt::Limb;
static_assert(sizeof(BigInt) == 24, "sizes, sign and four inline limbs (or a pointer)");

// The one door to BigInt's storage for the helpers in this file.
struct BigIntAccess {
    // Storage for an n-limb result with undefined contents; finish() normalizes it.
    static Limb* prepare(BigInt& x, size_t n) {
        x.reset(n);
        return x.ptr();
    }
    static void finish(BigInt& x, bool neg) {
        x.neg_ = neg;
        x.trim();
    }
};

namespace {

using DLimb = uint64_t;
using U128 = unsigned __int128;
using Access = BigIntAccess;

// Below these sizes (in limbs of the smaller operand) schoolbook multiplication and squaring
// win: measured by timing thresholds against each other, interleaved, on x86-64 with g++ 12 -O2.
// Squaring's schoolbook does half the products, so it holds out longer.
constexpr size_t kKaratsubaMul = 24;
constexpr size_t kKaratsubaSqr = 32;
// Base-10 parsing switches to divide and conquer above twice this many digits, and printing
// above this many limbs (both measured as above): printing's quadratic direct conversion
// carries a dependency from step to step, while dividing by a big power of ten is a pipelined
// multiply-subtract loop.
constexpr size_t kDecimalSplit = 1000;
constexpr size_t kDecimalDirectLimbs = 48;

// Scratch limbs, on the stack when few.
class Scratch {
public:
    explicit Scratch(size_t n) {
        if (n > kInline) {
            heap_.reset(new Limb[n]);
            p_ = heap_.get();
        }
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    Limb* get() { return p_; }

private:
    static constexpr size_t kInline = 64;
    Limb inline_[kInline];
    std::unique_ptr<Limb[]> heap_;
    Limb* p_ = inline_;
};

// ---------------------------------------------------------------------------------------
// Limb-array primitives. Sizes may be zero unless stated; outputs may alias inputs only
// where stated.

size_t trimmed(const Limb* a, size_t n) {
    while (n && a[n - 1] == 0) --n;
    return n;
}

int cmp_n(const Limb* a, const Limb* b, size_t n) {
    while (n--)
        if (a[n] != b[n]) return a[n] < b[n] ? -1 : 1;
    return 0;
}

int cmp_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    return cmp_n(a, b, na);
}

// r = a + b over n limbs, returning the carry. r may alias a or b.
Limb add_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
    DLimb c = 0;
    for (size_t i = 0; i < n; ++i) {
        c += DLimb(a[i]) + b[i];
        r[i] = Limb(c);
        c >>= 32;
    }
    return Limb(c);
}

// r = a + c over n limbs, returning the carry. r may alias a.
Limb add_1(Limb* r, const Limb* a, size_t n, Limb c) {
    size_t i = 0;
    for (; i < n && c; ++i) {
        Limb s = a[i] + c;
        c = s < c;
        r[i] = s;
    }
    if (r != a) std::copy(a + i, a + n, r + i);
    return c;
}

// r = a - b over n limbs, returning the borrow. r may alias a or b.
Limb sub_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
    Limb borrow = 0;
    for (size_t i = 0; i < n; ++i) {
        DLimb d = DLimb(a[i]) - b[i] - borrow;
        r[i] = Limb(d);
        borrow = Limb(d >> 63);
    }
    return borrow;
}

// r = a - c over n limbs, returning the borrow. r may alias a.
Limb sub_1(Limb* r, const Limb* a, size_t n, Limb c) {
    size_t i = 0;
    for (; i < n && c; ++i) {
        Limb ai = a[i];
        r[i] = ai - c;
        c = ai < c;
    }
    if (r != a) std::copy(a + i, a + n, r + i);
    return c;
}

// r[0..na] = a + b with na >= nb. r may alias a.
void add_mag(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    Limb c = add_n(r, a, b, nb);
    r[na] = add_1(r + nb, a + nb, na - nb, c);
}

// r[0..na) = a - b with a >= b (so na >= nb). r may alias a.
void sub_mag(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    Limb borrow = sub_n(r, a, b, nb);
    sub_1(r + nb, a + nb, na - nb, borrow);
}

// r = a * m + c over n limbs, returning the high limb. r may alias a.
Limb mul_1(Limb* r, const Limb* a, size_t n, Limb m, Limb c = 0) {
    DLimb carry = c;
    for (size_t i = 0; i < n; ++i) {
        carry += DLimb(a[i]) * m;
        r[i] = Limb(carry);
        carry >>= 32;
    }
    return Limb(carry);
}

// r += a * m over n limbs, returning the carry out of r[n-1].
Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb m) {
    DLimb carry = 0;
    for (size_t i = 0; i < n; ++i) {
        carry += DLimb(a[i]) * m + r[i];  // < 2^64: (2^32-1)^2 + 2 (2^32-1)
        r[i] = Limb(carry);
        carry >>= 32;
    }
    return Limb(carry);
}

// r -= a * m over n limbs, returning what must still be subtracted from r[n].
Limb submul_1(Limb* r, const Limb* a, size_t n, Limb m) {
    DLimb carry = 0;
    for (size_t i = 0; i < n; ++i) {
        carry += DLimb(a[i]) * m;
        Limb lo = Limb(carry), ri = r[i];
        r[i] = ri - lo;
        carry = (carry >> 32) + (ri < lo);
    }
    return Limb(carry);
}

// Shifts by 0 < s < 32. lshift returns the bits pushed out of the top and may run in place
// (r == a); rshift fills the top with zeros and may run in place too.
Limb lshift(Limb* r, const Limb* a, size_t n, unsigned s) {
    Limb out = a[n - 1] >> (32 - s);
    for (size_t i = n - 1; i > 0; --i) r[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
    r[0] = a[0] << s;
    return out;
}

void rshift(Limb* r, const Limb* a, size_t n, unsigned s) {
    for (size_t i = 0; i + 1 < n; ++i) r[i] = (a[i] >> s) | (a[i + 1] << (32 - s));
    r[n - 1] = a[n - 1] >> s;
}

// ---- multiplication ---------------------------------------------------------------------

// r[0..na+nb) = a * b for na >= nb >= 1; r must not overlap a or b.
void mul_basecase(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    r[na] = mul_1(r, a, na, b[0]);
    for (size_t j = 1; j < nb; ++j) r[na + j] = addmul_1(r + j, a, na, b[j]);
}

// r[0..2n) = a * a for n >= 1: each cross product once, doubled, plus the squares.
void sqr_basecase(Limb* r, const Limb* a, size_t n) {
    std::fill(r, r + 2 * n, 0);
    for (size_t i = 0; i + 1 < n; ++i) r[i + n] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    lshift(r, r, 2 * n, 1);  // the cross sum is below a^2 / 2, so nothing falls out
    DLimb c = 0;
    for (size_t i = 0; i < n; ++i) {
        DLimb sq = DLimb(a[i]) * a[i];
        c += DLimb(r[2 * i]) + Limb(sq);
        r[2 * i] = Limb(c);
        c >>= 32;
        c += DLimb(r[2 * i + 1]) + (sq >> 32);
        r[2 * i + 1] = Limb(c);
        c >>= 32;
    }
}

// Karatsuba's recursion runs in one workspace allocated at the top: enough for any product
// whose larger operand has n limbs.
size_t workspace_size(size_t n) {
    size_t total = 0;
    while (n >= std::min(kKaratsubaMul, kKaratsubaSqr)) {
        total += 4 * (n / 2 + 2);  // a level's sums and middle product (or a lopsided slice)
        n = n / 2 + 2;             // the largest operand one level down
    }
    return total;
}

void mul_ws(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* ws);
void sqr_ws(Limb* r, const Limb* a, size_t n, Limb* ws);

// r[0..rn) = a * b with rn >= na + nb, where a and b may have high zero limbs.
void mul_fill(Limb* r, size_t rn, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* ws) {
    na = trimmed(a, na);
    nb = trimmed(b, nb);
    size_t used = 0;
    if (na && nb) {
        if (a == b && na == nb) sqr_ws(r, a, na, ws);
        else mul_ws(r, a, na, b, nb, ws);
        used = na + nb;
    }
    std::fill(r + used, r + rn, 0);
}

// Adds t (nt limbs) into r (rn limbs, rn >= nt), where the sum is known to fit.
void add_into(Limb* r, size_t rn, const Limb* t, size_t nt) {
    Limb c = add_n(r, r, t, nt);
    add_1(r + nt, r + nt, rn - nt, c);
}

// Karatsuba for na >= nb > na / 2: with a = a1 B^h + a0 and b = b1 B^h + b0,
// a b = a1 b1 B^2h + ((a0 + a1)(b0 + b1) - a0 b0 - a1 b1) B^h + a0 b0.
void karatsuba(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* ws) {
    size_t h = na / 2;  // nb > h, so b1 is not empty
    const Limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na1 = na - h, nb1 = nb - h;
    size_t ns = na1 + 1, nt = std::max(h, nb1) + 1;
    Limb *s = ws, *t = s + ns, *m = t + nt, *next = m + ns + nt;
    mul_fill(r, 2 * h, a0, h, b0, h, next);
    mul_fill(r + 2 * h, na + nb - 2 * h, a1, na1, b1, nb1, next);
    add_mag(s, a1, na1, a0, h);
    if (nb1 >= h) add_mag(t, b1, nb1, b0, h);
    else add_mag(t, b0, h, b1, nb1);
    mul_fill(m, ns + nt, s, ns, t, nt, next);
    size_t nm = trimmed(m, ns + nt);
    // m - a0 b0 - a1 b1 = a0 b1 + a1 b0 >= 0
    sub_mag(m, m, nm, r, trimmed(r, 2 * h));
    sub_mag(m, m, nm, r + 2 * h, trimmed(r + 2 * h, na + nb - 2 * h));
    add_into(r + h, na + nb - h, m, trimmed(m, nm));
}

void karatsuba_sqr(Limb* r, const Limb* a, size_t n, Limb* ws) {
    size_t h = n / 2, n1 = n - h, ns = n1 + 1;
    Limb *s = ws, *m = s + ns, *next = m + 2 * ns;
    mul_fill(r, 2 * h, a, h, a, h, next);
    mul_fill(r + 2 * h, 2 * n1, a + h, n1, a + h, n1, next);
    add_mag(s, a + h, n1, a, h);
    mul_fill(m, 2 * ns, s, ns, s, ns, next);
    size_t nm = trimmed(m, 2 * ns);
    sub_mag(m, m, nm, r, trimmed(r, 2 * h));
    sub_mag(m, m, nm, r + 2 * h, trimmed(r + 2 * h, 2 * n1));
    add_into(r + h, 2 * n - h, m, trimmed(m, nm));
}

// r[0..na+nb) = a * b; na, nb >= 1; r must not overlap a or b.
void mul_ws(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* ws) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (a == b && na == nb) return sqr_ws(r, a, na, ws);
    if (nb < kKaratsubaMul) return mul_basecase(r, a, na, b, nb);
    if (2 * nb > na) return karatsuba(r, a, na, b, nb, ws);
    // Lopsided: a in nb-limb slices, each a balanced product.
    std::fill(r, r + na + nb, 0);
    Limb *p = ws, *next = ws + 2 * nb;
    for (size_t i = 0; i < na; i += nb) {
        size_t len = std::min(nb, na - i);
        mul_fill(p, len + nb, a + i, len, b, nb, next);
        add_into(r + i, na + nb - i, p, len + nb);
    }
}

void sqr_ws(Limb* r, const Limb* a, size_t n, Limb* ws) {
    if (n < kKaratsubaSqr) sqr_basecase(r, a, n);
    else karatsuba_sqr(r, a, n, ws);
}

// r[0..na+nb) = a * b (a square when a == b); na, nb >= 1; r must not overlap a or b.
void mul_mag(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    Scratch ws(workspace_size(std::max(na, nb)));
    mul_ws(r, a, na, b, nb, ws.get());
}

// ---- division ---------------------------------------------------------------------------

// q = a / d, returning a % d. q may alias a; q may be null.
Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d) {
    DLimb rem = 0;
    for (size_t i = n; i-- > 0;) {
        DLimb cur = (rem << 32) | a[i];
        if (q) q[i] = Limb(cur / d);
        rem = cur % d;
    }
    return Limb(rem);
}

// Knuth's algorithm D on a normalized divisor v (nv >= 2 limbs, top bit set) and a dividend
// u of nu + 1 limbs (nu >= nv) shifted by the same amount. Leaves the (shifted) remainder in
// u[0..nv) and writes nu - nv + 1 quotient limbs to q unless q is null.
void knuth_core(Limb* q, Limb* u, size_t nu, const Limb* v, size_t nv) {
    const Limb vh = v[nv - 1], vl = v[nv - 2];
    for (size_t j = nu - nv + 1; j-- > 0;) {
        Limb* w = u + j;  // the window w[0..nv] holds less than v * B
        DLimb num = (DLimb(w[nv]) << 32) | w[nv - 1];
        DLimb qhat, rhat;
        if (w[nv] >= vh) {  // the estimate would reach B: cap it at B - 1
            qhat = 0xFFFFFFFFu;
            rhat = num - qhat * vh;
        } else {
            qhat = num / vh;
            rhat = num % vh;
        }
        // Two-limb test: qhat is then at most one too large.
        while (rhat <= 0xFFFFFFFFu && qhat * vl > ((rhat << 32) | w[nv - 2])) {
            --qhat;
            rhat += vh;
        }
        Limb borrow = submul_1(w, v, nv, Limb(qhat));
        Limb top = w[nv];
        w[nv] = top - borrow;
        if (top < borrow) {  // qhat was one too large: add v back
            --qhat;
            w[nv] += add_n(w, w, v, nv);
        }
        if (q) q[j] = Limb(qhat);
    }
}

// q[0..na-nb+1) = a / b and r[0..nb) = a % b for na >= nb >= 1, b[nb-1] != 0. Either of q, r
// may be null; neither may overlap a or b.
void divrem_mag(Limb* q, Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (nb == 1) {
        Limb rem = divrem_1(q, a, na, b[0]);
        if (r) r[0] = rem;
        return;
    }
    unsigned s = std::countl_zero(b[nb - 1]);
    Scratch vbuf(nb), ubuf(na + 1);
    Limb *v = vbuf.get(), *u = ubuf.get();
    if (s) {
        lshift(v, b, nb, s);
        u[na] = lshift(u, a, na, s);
    } else {
        std::copy(b, b + nb, v);
        std::copy(a, a + na, u);
        u[na] = 0;
    }
    knuth_core(q, u, na, v, nb);
    if (r) {
        if (s) rshift(r, u, nb, s);
        else std::copy(u, u + nb, r);
    }
}

// ---- BigInt-level helpers -----------------------------------------------------------------

BigInt from_u128(U128 mag, bool neg) {
    BigInt r;
    Limb* p = Access::prepare(r, 4);
    for (int i = 0; i < 4; ++i) p[i] = Limb(mag >> (32 * i));
    Access::finish(r, neg);
    return r;
}

// The magnitude as a u64 when it has at most two limbs.
uint64_t low_u64(const BigInt& x) {
    const Limb* p = x.limb_data();
    switch (x.limb_count()) {
        case 0: return 0;
        case 1: return p[0];
        default: return p[0] | uint64_t(p[1]) << 32;
    }
}

// (-1)^aneg |a| + (-1)^bneg |b|.
BigInt add_signed(const BigInt& a, bool aneg, const BigInt& b, bool bneg) {
    const Limb *pa = a.limb_data(), *pb = b.limb_data();
    size_t na = a.limb_count(), nb = b.limb_count();
    if (na <= 2 && nb <= 2) {
        uint64_t ua = low_u64(a), ub = low_u64(b);
        if (aneg == bneg) return from_u128(U128(ua) + ub, aneg);
        if (ua >= ub) return from_u128(ua - ub, aneg);
        return from_u128(ub - ua, bneg);
    }
    BigInt r;
    if (aneg == bneg) {
        if (na < nb) {
            std::swap(pa, pb);
            std::swap(na, nb);
        }
        add_mag(Access::prepare(r, na + 1), pa, na, pb, nb);
        Access::finish(r, aneg);
        return r;
    }
    int c = cmp_mag(pa, na, pb, nb);
    if (c == 0) return r;
    if (c < 0) {
        std::swap(pa, pb);
        std::swap(na, nb);
        aneg = bneg;
    }
    sub_mag(Access::prepare(r, na), pa, na, pb, nb);
    Access::finish(r, aneg);
    return r;
}

// |x| + 1 with the given sign.
BigInt mag_plus_one(const BigInt& x, bool neg) {
    BigInt r;
    size_t n = x.limb_count();
    Limb* p = Access::prepare(r, n + 1);
    p[n] = add_1(p, x.limb_data(), n, 1);
    Access::finish(r, neg);
    return r;
}

// |x| - 1 (x != 0) with the given sign.
BigInt mag_minus_one(const BigInt& x, bool neg) {
    BigInt r;
    size_t n = x.limb_count();
    sub_1(Access::prepare(r, n), x.limb_data(), n, 1);
    Access::finish(r, neg);
    return r;
}

BigInt mul_signed(const BigInt& a, const BigInt& b) {
    size_t na = a.limb_count(), nb = b.limb_count();
    bool neg = a.is_negative() != b.is_negative();
    if (na == 0 || nb == 0) return BigInt();
    if (na <= 2 && nb <= 2) return from_u128(U128(low_u64(a)) * low_u64(b), neg);
    BigInt r;
    mul_mag(Access::prepare(r, na + nb), a.limb_data(), na, b.limb_data(), nb);
    Access::finish(r, neg);
    return r;
}

// Truncated quotient and remainder of the magnitudes.
void divrem_abs(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    const Limb *pa = a.limb_data(), *pb = b.limb_data();
    size_t na = a.limb_count(), nb = b.limb_count();
    if (cmp_mag(pa, na, pb, nb) < 0) {
        if (q) *q = BigInt();
        if (r) *r = a.abs();
        return;
    }
    BigInt qq, rr;
    divrem_mag(q ? Access::prepare(qq, na - nb + 1) : nullptr, r ? Access::prepare(rr, nb) : nullptr, pa, na, pb, nb);
    if (q) {
        Access::finish(qq, false);
        *q = std::move(qq);
    }
    if (r) {
        Access::finish(rr, false);
        *r = std::move(rr);
    }
}

// Bit i of the magnitude.
bool mag_bit(const Limb* a, size_t n, uint64_t i) {
    uint64_t li = i / 32;
    return li < n && (a[li] >> (i % 32)) & 1;
}

// Bits [pos, pos+64) of the magnitude, zeros above it.
uint64_t extract64(const Limb* a, size_t n, uint64_t pos) {
    uint64_t out = 0;
    size_t li = pos / 32;
    unsigned off = pos % 32;
    for (int k = 0; k < 3; ++k) {
        if (li + k >= n) break;
        uint64_t limb = a[li + k];
        int at = 32 * k - int(off);  // where this limb's bit 0 lands in out
        if (at >= 64) break;
        out |= at >= 0 ? limb << at : limb >> -at;
    }
    return out;
}

// Whether any of the magnitude's bits below pos is set.
bool any_below(const Limb* a, size_t n, uint64_t pos) {
    size_t li = std::min<uint64_t>(pos / 32, n);
    for (size_t i = 0; i < li; ++i)
        if (a[i]) return true;
    unsigned off = pos % 32;
    return li < n && off && (a[li] & ((Limb(1) << off) - 1));
}

// Rounds (x + f) * 2^e2 to a double, half to even, where 0 <= f < 1 and f != 0 iff sticky.
// Callers keep x wide enough (at least 55 bits when sticky) that the rounding is exact.
// False when the result overflows.
bool round_to_double(uint64_t x, bool sticky, int64_t e2, double& out) {
    if (x == 0) {
        out = 0.0;
        return true;
    }
    int64_t e = std::bit_width(x) + e2;         // the value is in [2^(e-1), 2^e)
    int64_t ulp = std::max<int64_t>(e - 53, -1074);  // exponent of the result's last bit
    int64_t k = ulp - e2;                        // bits of x below that
    uint64_t m;
    if (k <= 0) {
        m = x;  // at most 53 bits: exact
        ulp = e2;
    } else if (k > 64) {
        m = 0;  // below half the ulp
    } else {
        m = k == 64 ? 0 : x >> k;
        bool half = (x >> (k - 1)) & 1;
        bool rest = sticky || (x & ((uint64_t(1) << (k - 1)) - 1)) != 0;
        if (half && (rest || (m & 1))) ++m;
    }
    if (ulp > 1100) return false;
    out = std::ldexp(double(m), int(ulp));
    return std::isfinite(out);
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    return c - 'A' + 10;
}

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The largest power of base that fits a limb, and its exponent.
void chunk_power(int base, Limb& power, int& digits) {
    power = base;
    digits = 1;
    while (DLimb(power) * base <= 0xFFFFFFFFu) {
        power *= base;
        ++digits;
    }
}

// Base 10 digits by divide and conquer: high * 10^len(low) + low, with the powers of ten
// (10^(kDecimalSplit * 2^k)) built once and the products Karatsuba's.
BigInt parse_decimal(std::string_view s, std::vector<BigInt>& powers);

BigInt parse_chunked(std::string_view s, int base) {
    Limb power;
    int per;
    chunk_power(base, power, per);
    BigInt r;
    size_t cap = size_t(double(s.size()) * std::log2(double(base)) / 32) + 2;
    Limb* p = Access::prepare(r, cap);
    size_t n = 0;
    size_t first = s.size() % per;
    if (first == 0) first = per;
    // The first chunk is the short one, so every later step scales by the full power.
    for (size_t i = 0, len = first; i < s.size(); i += len, len = per) {
        Limb chunk = 0;
        for (size_t j = 0; j < len; ++j) chunk = chunk * base + digit_value(s[i + j]);
        Limb carry = mul_1(p, p, n, power, chunk);
        if (carry) p[n++] = carry;
    }
    std::fill(p + n, p + cap, 0);
    Access::finish(r, false);
    return r;
}

BigInt parse_decimal(std::string_view s, std::vector<BigInt>& powers) {
    if (s.size() <= 2 * kDecimalSplit) return parse_chunked(s, 10);
    // The largest kDecimalSplit * 2^k below the length: the high part is never the longer.
    size_t k = 0, low = kDecimalSplit;
    while (2 * low < s.size()) {
        low *= 2;
        ++k;
    }
    while (powers.size() <= k) {
        if (powers.empty()) {
            BigInt ten = BigInt::from_uint64(10);
            BigInt p;
            BigInt::pow(ten, kDecimalSplit, p);
            powers.push_back(std::move(p));
        } else {
            powers.push_back(powers.back() * powers.back());
        }
    }
    BigInt high = parse_decimal(s.substr(0, s.size() - low), powers);
    BigInt lo = parse_decimal(s.substr(s.size() - low), powers);
    return high * powers[k] + lo;
}

// The low k bits of x >= 0.
BigInt low_bits(const BigInt& x, uint64_t k) {
    size_t n = std::min<uint64_t>(x.limb_count(), (k + 31) / 32);
    BigInt r;
    Limb* p = Access::prepare(r, n);
    std::copy(x.limb_data(), x.limb_data() + n, p);
    if (n == (k + 31) / 32 && k % 32) p[n - 1] &= (Limb(1) << (k % 32)) - 1;
    Access::finish(r, false);
    return r;
}

// Writes x (0 <= x < 10^width) as exactly `width` digits, zero-padded, at out. powers[i] is
// 10^(9 * 2^i), extended as needed.
void decimal_fixed(const BigInt& x, char* out, size_t width, std::vector<BigInt>& powers) {
    size_t n = x.limb_count();
    if (n <= kDecimalDirectLimbs) {
        // To base 10^9 from the top limb down: d = d * 2^32 + limb. Only the carry passes from
        // one step to the next, so each step waits on one multiply, not on a remainder.
        constexpr Limb kBase = 1000000000;
        Scratch dbuf(n + n / 14 + 2);  // 32 bits need at most 32 / log2(10^9) < 1.071 digits
        Limb* d = dbuf.get();
        size_t nd = 0;
        const Limb* p = x.limb_data();
        for (size_t i = n; i-- > 0;) {
            DLimb carry = p[i];
            for (size_t j = 0; j < nd; ++j) {
                DLimb z = (DLimb(d[j]) << 32) | carry;  // < 10^9 2^32: the quotient fits 32 bits
                carry = z / kBase;
                d[j] = Limb(z - carry * kBase);
            }
            for (; carry; carry /= kBase) d[nd++] = Limb(carry % kBase);
        }
        size_t pos = width;
        for (size_t j = 0; j < nd; ++j) {
            Limb v = d[j];
            for (int k = 0; k < 9 && pos && (v || j + 1 < nd); ++k) {
                out[--pos] = char('0' + v % 10);
                v /= 10;
            }
        }
        std::fill(out, out + pos, '0');
        return;
    }
    // Split off the low h = 9 * 2^i digits, h in (width/4, width/2].
    size_t h = 9, i = 0;
    while (4 * h <= width) {
        h *= 2;
        ++i;
    }
    while (powers.size() <= i) {
        if (powers.empty()) powers.push_back(BigInt::from_int64(1000000000));
        else powers.push_back(powers.back() * powers.back());
    }
    BigInt q, r;
    divrem_abs(x, powers[i], &q, &r);
    decimal_fixed(q, out, width - h, powers);
    decimal_fixed(r, out + width - h, h, powers);
}

// ---- bitwise ------------------------------------------------------------------------------

// One operand's limbs in infinite two's complement, produced in order from the bottom.
class TwosComplement {
public:
    explicit TwosComplement(const BigInt& x)
        : p_(x.limb_data()), n_(x.limb_count()), neg_(x.is_negative()), borrow_(neg_) {}
    Limb next() {
        Limb m = i_ < n_ ? p_[i_] : 0;
        ++i_;
        if (!neg_) return m;
        // -m = ~(m - 1): subtract the pending borrow, then invert.
        Limb d = m - borrow_;
        borrow_ = borrow_ && m == 0;
        return ~d;
    }

private:
    const Limb* p_;
    size_t n_, i_ = 0;
    bool neg_;
    Limb borrow_;
};

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    bool neg = op(a.is_negative() ? 1u : 0u, b.is_negative() ? 1u : 0u) & 1;
    size_t n = std::max(a.limb_count(), b.limb_count());
    BigInt r;
    Limb* p = Access::prepare(r, n + 1);
    TwosComplement ta(a), tb(b);
    Limb carry = 1;  // back to a magnitude: -v = ~v + 1
    for (size_t i = 0; i < n; ++i) {
        Limb v = op(ta.next(), tb.next());
        if (neg) {
            v = ~v + carry;
            carry = carry && v == 0;
        }
        p[i] = v;
    }
    p[n] = neg ? carry : 0;
    Access::finish(r, neg);
    return r;
}

// ---- modular arithmetic for powmod ----------------------------------------------------------

// Reduction modulo a fixed m > 1, reusing its normalized form and the work buffers.
class Modulus {
public:
    explicit Modulus(const BigInt& m) : n_(m.limb_count()) {
        const Limb* p = m.limb_data();
        s_ = std::countl_zero(p[n_ - 1]);
        v_.assign(p, p + n_);
        if (s_ && n_ > 1) lshift(v_.data(), v_.data(), n_, s_);
        ws_.resize(workspace_size(n_));
    }
    size_t size() const { return n_; }

    // out[0..n) = x mod m for x of nx limbs; returns the trimmed size.
    size_t reduce(const Limb* x, size_t nx, Limb* out) {
        nx = trimmed(x, nx);
        if (n_ == 1) {
            out[0] = divrem_1(nullptr, x, nx, v_[0]);
            return out[0] != 0;
        }
        if (nx < n_) {
            std::copy(x, x + nx, out);
            return nx;
        }
        u_.resize(nx + 1);
        if (s_) u_[nx] = lshift(u_.data(), x, nx, s_);
        else {
            std::copy(x, x + nx, u_.data());
            u_[nx] = 0;
        }
        knuth_core(nullptr, u_.data(), nx, v_.data(), n_);
        if (s_) rshift(out, u_.data(), n_, s_);
        else std::copy(u_.data(), u_.data() + n_, out);
        return trimmed(out, n_);
    }

    // out = x * y mod m (or x^2 when y is null); out may alias x or y.
    size_t mul(const Limb* x, size_t nx, const Limb* y, size_t ny, Limb* out) {
        if (nx == 0 || (y && ny == 0)) return 0;
        size_t np = y ? nx + ny : 2 * nx;
        prod_.resize(np);
        if (y) mul_ws(prod_.data(), x, nx, y, ny, ws_.data());
        else sqr_ws(prod_.data(), x, nx, ws_.data());
        return reduce(prod_.data(), np, out);
    }

private:
    size_t n_;
    unsigned s_;
    std::vector<Limb> v_, u_, prod_, ws_;
};

// The inverse of a modulo m > 1, false when gcd(a, m) != 1 (extended Euclid).
bool invmod(const BigInt& a, const BigInt& m, BigInt& out) {
    BigInt r0 = m, r1, s0, s1 = BigInt::from_int64(1), q, r;
    BigInt::divmod(a, m, nullptr, &r1);
    while (!r1.is_zero()) {
        BigInt::divmod(r0, r1, &q, &r);
        r0 = std::move(r1);
        r1 = std::move(r);
        BigInt s2 = s0 - q * s1;
        s0 = std::move(s1);
        s1 = std::move(s2);
    }
    if (!(r0 == BigInt::from_int64(1))) return false;
    BigInt::divmod(s0, m, nullptr, &out);
    return true;
}

// ---- square root ----------------------------------------------------------------------------

uint64_t isqrt64(uint64_t n) {
    uint64_t s = uint64_t(std::sqrt(double(n)));
    while (U128(s) * s > n) --s;
    while (U128(s + 1) * (s + 1) <= n) ++s;
    return s;
}

// s = isqrt(n) and r = n - s^2 for n >= 0, after Zimmermann's "Karatsuba square root": with
// n = N1 4^k + a1 2^k + a0 and (s1, r1) the root and remainder of N1, the quotient q of
// (r1 2^k + a1) by 2 s1 gives s = s1 2^k + q, and n - s^2 = u 2^k + a0 - q^2 (u the division's
// remainder) holds exactly. With N1 >= 4^(k-1), s is within a step or two of the root, and
// the exact remainder steers the correction, so only one half-size division is needed.
void sqrtrem(const BigInt& n, BigInt& s, BigInt& r) {
    uint64_t small;
    if (n.to_uint64(small)) {
        uint64_t root = isqrt64(small);
        s = BigInt::from_uint64(root);
        r = BigInt::from_uint64(small - root * root);
        return;
    }
    uint64_t k = (n.bit_length() + 1) / 4;  // n >> 2k keeps at least 2k - 1 bits
    BigInt s1, r1, num, twice, q, u;
    sqrtrem(n.shr(2 * k), s1, r1);
    r1.shl(k, num);
    s1.shl(1, twice);
    divrem_abs(num + low_bits(n.shr(k), k), twice, &q, &u);
    s1.shl(k, s);
    s = s + q;
    u.shl(k, r);
    r = r + low_bits(n, k) - q * q;
    BigInt one = BigInt::from_int64(1);
    while (r.is_negative()) {  // n - (s-1)^2 = r + 2s - 1
        r = r + s + s - one;
        s = s - one;
    }
    while ((s + s).compare(r) < 0) {  // (s+1)^2 <= n
        r = r - s - s - one;
        s = s + one;
    }
}

}  // namespace

// ---- storage --------------------------------------------------------------------------------

BigInt::BigInt(const BigInt& o) : size_(o.size_), neg_(o.neg_) {
    if (size_ > kInline) {
        heap_ = new Limb[size_];
        cap_ = size_;
    }
    std::copy(o.ptr(), o.ptr() + size_, ptr());
}

BigInt::BigInt(BigInt&& o) noexcept : size_(o.size_), cap_(o.cap_), neg_(o.neg_) {
    if (cap_) heap_ = o.heap_;
    else std::copy(o.inline_, o.inline_ + size_, inline_);
    o.size_ = 0;
    o.cap_ = 0;
    o.neg_ = 0;
}

BigInt& BigInt::operator=(const BigInt& o) {
    if (this == &o) return *this;
    if (o.size_ > capacity()) {
        Limb* p = new Limb[o.size_];
        if (cap_) delete[] heap_;
        heap_ = p;
        cap_ = o.size_;
    }
    size_ = o.size_;
    neg_ = o.neg_;
    std::copy(o.ptr(), o.ptr() + size_, ptr());
    return *this;
}

BigInt& BigInt::operator=(BigInt&& o) noexcept {
    if (this == &o) return *this;
    if (cap_) delete[] heap_;
    size_ = o.size_;
    cap_ = o.cap_;
    neg_ = o.neg_;
    if (cap_) heap_ = o.heap_;
    else std::copy(o.inline_, o.inline_ + size_, inline_);
    o.size_ = 0;
    o.cap_ = 0;
    o.neg_ = 0;
    return *this;
}

void BigInt::reset(size_t n) {
    if (n > capacity()) {
        Limb* p = new Limb[n];
        if (cap_) delete[] heap_;
        heap_ = p;
        cap_ = uint32_t(n);
    }
    size_ = uint32_t(n);
}

void BigInt::trim() {
    size_ = uint32_t(trimmed(ptr(), size_));
    if (size_ == 0) neg_ = 0;
}

// ---- conversions ----------------------------------------------------------------------------

BigInt BigInt::from_int64(int64_t v) {
    uint64_t mag = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
    return from_u128(mag, v < 0);
}

BigInt BigInt::from_uint64(uint64_t v) { return from_u128(v, false); }

BigInt BigInt::from_double(double d) {
    int e;
    double f = std::frexp(std::fabs(d), &e);  // |d| = f * 2^e, 0.5 <= f < 1
    if (e <= 0) return BigInt();
    uint64_t m = uint64_t(std::ldexp(f, 53));  // exact: |d| = m * 2^(e-53)
    BigInt r = from_u128(e >= 53 ? m : m >> (53 - e), d < 0);
    if (e > 53) r.shl(e - 53, r);
    return r;
}

BigInt BigInt::from_digits(std::string_view s, int base) {
    while (!s.empty() && s[0] == '0') s.remove_prefix(1);
    if (s.empty()) return BigInt();
    if (std::has_single_bit(unsigned(base))) {
        unsigned k = std::countr_zero(unsigned(base));
        BigInt r;
        size_t n = (s.size() * k + 31) / 32;
        Limb* p = Access::prepare(r, n);
        std::fill(p, p + n, 0);
        uint64_t bit = 0;
        for (size_t i = s.size(); i-- > 0; bit += k) {
            uint64_t v = digit_value(s[i]);
            p[bit / 32] |= Limb(v << (bit % 32));
            if (bit % 32 + k > 32) p[bit / 32 + 1] |= Limb(v >> (32 - bit % 32));
        }
        Access::finish(r, false);
        return r;
    }
    if (base == 10 && s.size() > 2 * kDecimalSplit) {
        std::vector<BigInt> powers;
        return parse_decimal(s, powers);
    }
    return parse_chunked(s, base);
}

BigInt BigInt::from_bytes(const uint8_t* data, size_t len, bool big_endian, bool is_signed) {
    BigInt r;
    size_t n = (len + 3) / 4;
    Limb* p = Access::prepare(r, n);
    std::fill(p, p + n, 0);
    for (size_t i = 0; i < len; ++i) {  // i counts from the least significant byte
        uint8_t byte = big_endian ? data[len - 1 - i] : data[i];
        p[i / 4] |= Limb(byte) << (8 * (i % 4));
    }
    bool neg = is_signed && len && ((big_endian ? data[0] : data[len - 1]) & 0x80);
    if (neg) {
        // The two's complement value: negate within len bytes, i.e. ~x + 1 there.
        for (size_t i = 0; i < n; ++i) p[i] = ~p[i];
        if (len % 4) p[n - 1] &= (Limb(1) << (8 * (len % 4))) - 1;
        add_1(p, p, n, 1);  // cannot carry out: the value was not 0
    }
    Access::finish(r, neg);
    return r;
}

bool BigInt::to_int64(int64_t& out) const {
    if (size_ > 2) return false;
    uint64_t m = low_u64(*this);
    if (neg_) {
        if (m > uint64_t(1) << 63) return false;
        out = int64_t(0 - m);
    } else {
        if (m > uint64_t(INT64_MAX)) return false;
        out = int64_t(m);
    }
    return true;
}

bool BigInt::to_uint64(uint64_t& out) const {
    if (neg_ || size_ > 2) return false;
    out = low_u64(*this);
    return true;
}

bool BigInt::to_double(double& out) const {
    size_t n = bit_length();
    if (n > 1100) return false;
    bool ok;
    if (n <= 64) ok = round_to_double(low_u64(*this), false, 0, out);
    else ok = round_to_double(extract64(ptr(), size_, n - 64), any_below(ptr(), size_, n - 64), int64_t(n) - 64, out);
    if (neg_) out = -out;
    return ok;
}

size_t BigInt::bit_length() const {
    if (size_ == 0) return 0;
    return size_t(size_) * 32 - std::countl_zero(ptr()[size_ - 1]);
}

uint64_t BigInt::popcount() const {
    uint64_t c = 0;
    for (size_t i = 0; i < size_; ++i) c += std::popcount(ptr()[i]);
    return c;
}

std::string BigInt::to_string(int base) const {
    if (size_ == 0) return "0";
    std::string out;
    if (std::has_single_bit(unsigned(base))) {
        unsigned k = std::countr_zero(unsigned(base));
        size_t nd = (bit_length() + k - 1) / k;
        out.assign(nd + neg_, '-');
        const Limb* p = ptr();
        for (size_t d = 0; d < nd; ++d) {
            uint64_t bit = uint64_t(d) * k;
            out[out.size() - 1 - d] = kDigits[extract64(p, size_, bit) & (base - 1)];
        }
        return out;
    }
    if (base == 10) {
        size_t width = decimal_digits_upper_bound();
        out.assign(width + neg_, '-');
        std::vector<BigInt> powers;
        decimal_fixed(*this, out.data() + neg_, width, powers);  // reads only the magnitude
        size_t zeros = out.find_first_not_of('0', neg_) - neg_;
        out.erase(neg_, zeros);
        return out;
    }
    Limb power;
    int per;
    chunk_power(base, power, per);
    size_t m = size_;
    Scratch tbuf(m);
    Limb* t = tbuf.get();
    std::copy(ptr(), ptr() + m, t);
    // Digits are written backwards from the end of a buffer sized by a safe bound.
    size_t cap = size_t(double(bit_length()) / std::log2(double(base))) + per + 2;
    out.resize(cap + 1);
    size_t pos = out.size();
    while (m) {
        Limb rem = divrem_1(t, t, m, power);
        m = trimmed(t, m);
        for (int j = 0; j < per && (m || rem); ++j) {
            out[--pos] = kDigits[rem % base];
            rem /= base;
        }
    }
    if (neg_) out[--pos] = '-';
    return out.substr(pos);
}

size_t BigInt::decimal_digits_upper_bound() const {
    // 0.30103 exceeds log10(2) by enough to absorb the double's rounding for any size.
    return size_t(double(bit_length()) * 0.30103) + 1;
}

size_t BigInt::decimal_digits_lower_bound() const {
    size_t n = bit_length();
    if (n == 0) return 1;
    return size_t(double(n - 1) * 0.30102999) + 1;  // |x| >= 2^(n-1)
}

bool BigInt::exceeds_decimal_digits(size_t limit) const {
    if (decimal_digits_upper_bound() <= limit) return false;
    if (decimal_digits_lower_bound() > limit) return true;
    BigInt p;
    pow(from_int64(10), limit, p);  // more than limit digits iff |x| >= 10^limit
    return cmp_mag(ptr(), size_, p.ptr(), p.size_) >= 0;
}

BigInt::ToBytes BigInt::to_bytes(uint8_t* out, size_t len, bool big_endian, bool is_signed) const {
    if (neg_ && !is_signed) return ToBytes::NegativeUnsigned;
    // Bits needed besides the sign: -2^k needs only k. CPython accepts -1 (no such bits) even
    // in zero bytes, where no sign bit exists; otherwise a signed value needs its sign bit.
    size_t bits = bit_length();
    if (neg_ && popcount() == 1) --bits;
    bool sign_bit = is_signed && size_ && !(neg_ && bits == 0);
    if (bits + sign_bit > 8 * uint64_t(len)) return ToBytes::Overflow;
    TwosComplement tc(*this);
    for (size_t i = 0; i < len; i += 4) {
        Limb v = tc.next();
        for (size_t j = i; j < len && j < i + 4; ++j) {
            out[big_endian ? len - 1 - j : j] = uint8_t(v);
            v >>= 8;
        }
    }
    return ToBytes::Ok;
}

// ---- comparison -----------------------------------------------------------------------------

int BigInt::compare(const BigInt& o) const {
    if (neg_ != o.neg_) return neg_ ? -1 : 1;
    int c = cmp_mag(ptr(), size_, o.ptr(), o.size_);
    return neg_ ? -c : c;
}

BigInt::Order BigInt::compare_double(double d) const {
    if (std::isnan(d)) return Order::Unordered;
    if (std::isinf(d)) return d > 0 ? Order::Less : Order::Greater;
    int s = sign(), ds = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (s != ds) return s < ds ? Order::Less : Order::Greater;
    if (s == 0) return Order::Equal;
    if (bit_length() > 1100) return s > 0 ? Order::Greater : Order::Less;  // beyond every double
    double whole = std::trunc(d);
    int c = compare(from_double(whole));
    if (c != 0) return c < 0 ? Order::Less : Order::Greater;
    double frac = d - whole;  // exact
    if (frac == 0) return Order::Equal;
    return frac > 0 ? Order::Less : Order::Greater;
}

// ---- arithmetic -----------------------------------------------------------------------------

BigInt BigInt::operator-() const {
    BigInt r = *this;
    if (r.size_) r.neg_ = !r.neg_;
    return r;
}

BigInt BigInt::abs() const {
    BigInt r = *this;
    r.neg_ = 0;
    return r;
}

BigInt BigInt::operator~() const {
    if (neg_) return mag_minus_one(*this, false);  // ~(-m) = m - 1
    return mag_plus_one(*this, true);              // ~m = -(m + 1)
}

BigInt operator+(const BigInt& a, const BigInt& b) { return add_signed(a, a.neg_, b, b.neg_); }

BigInt operator-(const BigInt& a, const BigInt& b) { return add_signed(a, a.neg_, b, !b.neg_ && b.size_); }

BigInt operator*(const BigInt& a, const BigInt& b) { return mul_signed(a, b); }

bool BigInt::mul(const BigInt& a, const BigInt& b, BigInt& out) {
    if (size_t(a.size_) + b.size_ > kMaxLimbs) return false;
    out = mul_signed(a, b);
    return true;
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    bool differ = a.neg_ != b.neg_;
    if (a.size_ <= 2 && b.size_ <= 2) {
        uint64_t ua = low_u64(a), ub = low_u64(b);
        uint64_t qm = ua / ub, rm = ua % ub;
        U128 qf = qm;
        if (differ && rm) {
            ++qf;
            rm = ub - rm;
        }
        if (q) *q = from_u128(qf, differ);
        if (r) *r = from_u128(rm, b.neg_);
        return;
    }
    BigInt qq, rr;
    divrem_abs(a, b, q ? &qq : nullptr, &rr);
    if (differ && !rr.is_zero()) {
        if (q) qq = mag_plus_one(qq, false);
        rr = add_signed(b, false, rr, true);  // |b| - |r|
    }
    if (q) {
        if (qq.size_) qq.neg_ = differ;
        *q = std::move(qq);
    }
    if (r) {
        if (rr.size_) rr.neg_ = b.neg_;
        *r = std::move(rr);
    }
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
    bool neg = a.neg_ != b.neg_;
    size_t na = a.bit_length(), nb = b.bit_length();
    if (na == 0) {
        out = neg ? -0.0 : 0.0;
        return true;
    }
    if (na <= 53 && nb <= 53) {  // both exact as doubles, and IEEE division rounds correctly
        out = double(low_u64(a)) / double(low_u64(b));
        if (neg) out = -out;
        return true;
    }
    int64_t diff = int64_t(na) - int64_t(nb);  // |a/b| is in (2^(diff-1), 2^(diff+1))
    if (diff > 1025) return false;
    if (diff < -1076) {  // below half the smallest subnormal
        out = neg ? -0.0 : 0.0;
        return true;
    }
    // x = floor(|a| 2^s / |b|) with s chosen so that x has 55 or 56 bits.
    int64_t s = 55 - diff;
    BigInt num = a.abs(), x, rem;
    bool sticky = false;
    if (s >= 0) num.shl(uint64_t(s), num);
    else {
        sticky = any_below(a.ptr(), a.size_, uint64_t(-s));
        num = num.shr(uint64_t(-s));
    }
    divrem_abs(num, b, &x, &rem);
    sticky = sticky || !rem.is_zero();
    bool ok = round_to_double(low_u64(x), sticky, -s, out);
    if (neg) out = -out;
    return ok;
}

bool BigInt::pow(const BigInt& base, uint64_t exp, BigInt& out) {
    if (exp == 0) {
        out = from_int64(1);
        return true;
    }
    bool neg = base.neg_ && (exp & 1);
    size_t bits = base.bit_length();
    if (bits <= 1) {  // 0 or +-1
        BigInt r = base;
        if (r.size_) r.neg_ = neg;
        out = std::move(r);
        return true;
    }
    if (exp > kMaxBits / (bits - 1)) return false;  // even the lower bound on the size is too big
    // Trailing zero bits come out as a shift: base = odd * 2^tz.
    size_t tz = 0;
    while (!base.ptr()[tz / 32]) tz += 32;
    tz += std::countr_zero(base.ptr()[tz / 32]);
    BigInt odd = base.abs().shr(tz);
    BigInt r = odd;
    if (!odd.is_zero() && odd.size_ == 1 && odd.ptr()[0] == 1) r = from_int64(1);
    else {
        BigInt t;
        for (int i = std::bit_width(exp) - 2; i >= 0; --i) {
            t = r * r;
            if ((exp >> i) & 1) r = t * odd;
            else r = std::move(t);
        }
    }
    if (tz && !r.shl(uint64_t(tz) * exp, r)) return false;
    if (r.size_) r.neg_ = neg;
    out = std::move(r);
    return true;
}

bool BigInt::powmod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out) {
    BigInt m = mod.abs();
    if (m.size_ == 1 && m.ptr()[0] == 1) {
        out = BigInt();
        return true;
    }
    BigInt b;
    divmod(base, m, nullptr, &b);  // in [0, m)
    if (exp.neg_ && !invmod(b, m, b)) return false;
    Modulus mm(m);
    size_t n = mm.size();
    const Limb* e = exp.ptr();
    size_t ne = exp.size_;
    size_t ebits = exp.bit_length();
    // Sliding window over the exponent's bits, with the odd powers b, b^3, ... precomputed (at
    // most 16 of them, so a huge modulus does not get a huge table).
    int w = ebits <= 8 ? 1 : ebits <= 24 ? 2 : ebits <= 80 ? 3 : ebits <= 240 ? 4 : 5;
    std::vector<Limb> table(size_t(n) << (w - 1));
    std::vector<size_t> tsize(size_t(1) << (w - 1));
    std::copy(b.ptr(), b.ptr() + b.size_, table.data());
    tsize[0] = b.size_;
    if (w > 1) {
        std::vector<Limb> b2(n);
        size_t nb2 = mm.mul(b.ptr(), b.size_, nullptr, 0, b2.data());
        for (size_t i = 1; i < tsize.size(); ++i)
            tsize[i] = mm.mul(&table[(i - 1) * n], tsize[i - 1], b2.data(), nb2, &table[i * n]);
    }
    std::vector<Limb> acc(n);
    acc[0] = 1;
    size_t nacc = 1;  // 1 < m
    for (int64_t i = int64_t(ebits) - 1; i >= 0;) {
        if (!mag_bit(e, ne, i)) {
            nacc = mm.mul(acc.data(), nacc, nullptr, 0, acc.data());
            --i;
            continue;
        }
        int64_t j = std::max<int64_t>(i - w + 1, 0);
        while (!mag_bit(e, ne, j)) ++j;
        size_t val = 0;
        for (int64_t k = i; k >= j; --k) {
            val = val * 2 + mag_bit(e, ne, k);
            if (!(nacc == 1 && acc[0] == 1)) nacc = mm.mul(acc.data(), nacc, nullptr, 0, acc.data());
        }
        size_t t = val >> 1;
        nacc = mm.mul(acc.data(), nacc, &table[t * n], tsize[t], acc.data());
        i = j - 1;
    }
    BigInt r;
    Limb* p = Access::prepare(r, nacc);
    std::copy(acc.data(), acc.data() + nacc, p);
    Access::finish(r, false);
    if (mod.neg_ && !r.is_zero()) r = r + mod;
    out = std::move(r);
    return true;
}

// ---- shifts and bitwise -------------------------------------------------------------------

bool BigInt::shl(uint64_t n, BigInt& out) const {
    if (size_ == 0) {
        out = BigInt();
        return true;
    }
    if (n > kMaxBits || bit_length() + n > kMaxBits) return false;
    size_t ls = n / 32;
    unsigned bs = n % 32;
    BigInt r;
    Limb* p = Access::prepare(r, size_ + ls + 1);
    std::fill(p, p + ls, 0);
    if (bs) p[size_ + ls] = lshift(p + ls, ptr(), size_, bs);
    else {
        std::copy(ptr(), ptr() + size_, p + ls);
        p[size_ + ls] = 0;
    }
    Access::finish(r, neg_);
    out = std::move(r);
    return true;
}

BigInt BigInt::shr(uint64_t n) const {
    uint64_t ls = n / 32;
    if (ls >= size_) return neg_ ? from_int64(-1) : BigInt();
    unsigned bs = n % 32;
    size_t m = size_ - ls;
    BigInt r;
    Limb* p = Access::prepare(r, m + 1);
    if (bs) rshift(p, ptr() + ls, m, bs);
    else std::copy(ptr() + ls, ptr() + size_, p);
    p[m] = 0;
    // Flooring: a negative value that lost set bits moves one further from zero.
    if (neg_ && any_below(ptr(), size_, n)) add_1(p, p, m + 1, 1);
    Access::finish(r, neg_);
    return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

// ---- hash, gcd, isqrt -----------------------------------------------------------------------


int64_t BigInt::hash() const {
    constexpr uint64_t P = (uint64_t(1) << 61) - 1;
    uint64_t x = 0;
    for (size_t i = size_; i-- > 0;) {
        x = ((x << 32) & P) | (x >> 29);  // x * 2^32 mod P: a rotation within 61 bits
        x += ptr()[i];
        if (x >= P) x -= P;
    }
    int64_t h = neg_ ? -int64_t(x) : int64_t(x);
    return h == -1 ? -2 : h;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
    // Lehmer's algorithm (Knuth's algorithm L): run Euclid on the leading 62 bits while the
    // quotients provably match the full numbers', then apply the accumulated cofactors at once.
    std::vector<Limb> u(a.ptr(), a.ptr() + a.size_), v(b.ptr(), b.ptr() + b.size_), t, w;
    if (cmp_mag(u.data(), u.size(), v.data(), v.size()) < 0) std::swap(u, v);
    constexpr int64_t kCofactorLimit = int64_t(1) << 31;  // keeps cofactor * limb in an int64
    for (;;) {
        size_t nu = u.size(), nv = v.size();
        if (nv == 0) break;
        if (nu <= 2) {
            auto to64 = [](const std::vector<Limb>& x) {
                return x.empty() ? 0 : x.size() == 1 ? x[0] : x[0] | uint64_t(x[1]) << 32;
            };
            return from_uint64(std::gcd(to64(u), to64(v)));
        }
        uint64_t k = uint64_t(nu) * 32 - std::countl_zero(u[nu - 1]) - 62;
        int64_t uh = int64_t(extract64(u.data(), nu, k) & ((uint64_t(1) << 62) - 1));
        int64_t vh = int64_t(extract64(v.data(), nv, k) & ((uint64_t(1) << 62) - 1));
        int64_t A = 1, B = 0, C = 0, D = 1;
        while (vh + C > 0 && vh + D > 0) {  // never negative in theory; zero ends the run
            int64_t q = (uh + A) / (vh + C);
            // Both bounds must give the same quotient: (uh + B) / (vh + D) == q, checked by
            // multiplying (vh + D > 0 here).
            __int128 rest = __int128(uh + B) - __int128(q) * (vh + D);
            if (rest < 0 || rest >= vh + D) break;
            int64_t big = std::max(std::abs(C), std::abs(D));
            if (q >= kCofactorLimit || q * big >= kCofactorLimit - std::max(std::abs(A), std::abs(B))) break;
            int64_t T = A - q * C;
            A = C, C = T;
            T = B - q * D;
            B = D, D = T;
            T = uh - q * vh;
            uh = vh, vh = T;
        }
        // Each pair of cofactors has opposite signs (they alternate as in Euclid's continuants),
        // which the pass below relies on; a pair that did not would take the plain step.
        if (B == 0 || A * B > 0 || C * D > 0) {  // a plain Euclid step
            t.resize(nv);
            divrem_mag(nullptr, t.data(), u.data(), nu, v.data(), nv);
            t.resize(trimmed(t.data(), nv));
            std::swap(u, v);
            std::swap(v, t);
            continue;
        }
        // u, v = A u + B v, C u + D v in one pass; both results are non-negative and below u.
        // With |cofactors| < 2^31 of opposite signs, A u_i + B v_i and the carry fit an int64.
        t.resize(nu);
        w.resize(nu);
        int64_t ct = 0, cw = 0;
        for (size_t i = 0; i < nu; ++i) {
            int64_t ui = u[i], vi = i < nv ? v[i] : 0;
            ct += A * ui + B * vi;
            cw += C * ui + D * vi;
            t[i] = Limb(ct);
            w[i] = Limb(cw);
            ct >>= 32;
            cw >>= 32;
        }
        t.resize(trimmed(t.data(), nu));
        w.resize(trimmed(w.data(), nu));
        std::swap(u, t);
        std::swap(v, w);
        if (cmp_mag(u.data(), u.size(), v.data(), v.size()) < 0) std::swap(u, v);  // defensive
    }
    BigInt r;
    Limb* p = Access::prepare(r, u.size());
    std::copy(u.begin(), u.end(), p);
    Access::finish(r, false);
    return r;
}

BigInt BigInt::isqrt(const BigInt& n) {
    BigInt s, r;
    sqrtrem(n, s, r);
    return s;
}

}  // namespace krait
