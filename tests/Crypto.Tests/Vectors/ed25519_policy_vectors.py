#!/usr/bin/env python3
"""Derives the Ed25519 policy vectors used by tests/Portable.Tests/Crypto/Ed25519PolicyTests.cs.

Plain affine Edwards arithmetic over GF(2^255-19), written for this repository from RFC 8032 §5.1;
slow but obvious. Each crafted signature is checked against a deliberately naive verifier (no
canonicity or small-order checks; cofactorless or cofactored equation) to show that the rule the
vector targets is what makes a compliant verifier reject it. Run: python3 ed25519_policy_vectors.py
"""
import hashlib

p = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
d = (-121665 * pow(121666, p - 2, p)) % p
SQRT_M1 = pow(2, (p - 1) // 4, p)


def inv(x):
    return pow(x, p - 2, p)


def recover_x(y, sign):
    """RFC 8032 §5.1.3 steps 2-4, without the y < p check (the naive decoder reduces y)."""
    y %= p
    u = (y * y - 1) % p
    v = (d * y * y + 1) % p
    x = (u * v**3 * pow(u * v**7, (p - 5) // 8, p)) % p
    if (v * x * x - u) % p != 0:
        if (v * x * x + u) % p != 0:
            return None
        x = (x * SQRT_M1) % p
    if x == 0 and sign == 1:
        return None
    if x & 1 != sign:
        x = p - x
    return x


def add(P, Q):
    (x1, y1), (x2, y2) = P, Q
    t = d * x1 * x2 * y1 * y2 % p
    return ((x1 * y2 + x2 * y1) * inv(1 + t) % p, (y1 * y2 + x1 * x2) * inv(1 - t) % p)


def mul(k, P):
    R = (0, 1)
    while k:
        if k & 1:
            R = add(R, P)
        P = add(P, P)
        k >>= 1
    return R


def enc(P):
    x, y = P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def dec_naive(b):
    v = int.from_bytes(b, "little")
    y, sign = v & ((1 << 255) - 1), v >> 255
    x = recover_x(y, sign)
    return None if x is None else (x, y % p)


B = (recover_x(4 * inv(5) % p, 0), 4 * inv(5) % p)
assert mul(L, B) == (0, 1)


def H(*parts):
    return int.from_bytes(hashlib.sha512(b"".join(parts)).digest(), "little")


def expand(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def naive_verify(A_b, M, sig, cofactored=False):
    A = dec_naive(A_b)
    R = dec_naive(sig[:32])
    if A is None or R is None:
        return False
    S = int.from_bytes(sig[32:], "little")
    k = H(sig[:32], A_b, M) % L
    lhs = mul(S, B)
    rhs = add(R, mul(k, A))
    if cofactored:
        return mul(8, lhs) == mul(8, rhs)
    return lhs == rhs


def hexs(b):
    return b.hex()


# --- small-order points ---------------------------------------------------------------------------
# The 8-torsion: T = [L]P for a point P of the full group whose [L]P has order 8.
def find_order8():
    y = 2
    while True:
        x = recover_x(y, 0)
        if x is not None:
            T = mul(L, (x, y))
            if mul(4, T) != (0, 1):
                return T
        y += 1


T8 = find_order8()
small = set()
P = (0, 1)
for i in range(8):
    small.add(P)
    P = add(P, T8)
assert P == (0, 1) and len(small) == 8
ys = sorted(set(y for (_, y) in small))
print("small-order y values:")
for y in ys:
    print("  ", hexs(y.to_bytes(32, "little")))

# --- vectors ----------------------------------------------------------------------------------------
seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")  # RFC 8032 TEST 1
a, prefix = expand(seed)
A_b = enc(mul(a, B))
assert hexs(A_b) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
r = H(prefix, b"policy") % L
R = mul(r, B)

# 1. S + L: RFC 8032 TEST 1 signature (empty message) with S replaced by S + L.
sig1 = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
    "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
S1 = int.from_bytes(sig1[32:], "little")
sig_s_plus_l = sig1[:32] + (S1 + L).to_bytes(32, "little")
assert naive_verify(A_b, b"", sig1) and naive_verify(A_b, b"", sig_s_plus_l)
print("S+L signature:", hexs(sig_s_plus_l))

# 2. small-order public key: A = T8 (canonical); R = rB, S = r holds whenever 8 | k.
A_small = enc(T8)
i = 0
while True:
    M = b"small-order key %d" % i
    if (H(enc(R), A_small, M) % L) % 8 == 0:
        break
    i += 1
sig_small = enc(R) + r.to_bytes(32, "little")
assert naive_verify(A_small, M, sig_small)
print("small-order A:", hexs(A_small), "message:", hexs(M), "sig:", hexs(sig_small))

# 3. non-canonical A: the identity encoded with y = p + 1; R = rB, S = r holds for any message.
A_nc = (p + 1).to_bytes(32, "little")
M3 = b"non-canonical key"
sig_nc_a = enc(R) + r.to_bytes(32, "little")
assert naive_verify(A_nc, M3, sig_nc_a)
print("non-canonical A:", hexs(A_nc), "message:", hexs(M3), "sig:", hexs(sig_nc_a))

# 4. non-canonical R: the identity encoded with y = p + 1 and the TEST 1 key; S = k*a.
R_nc = (p + 1).to_bytes(32, "little")
M4 = b"non-canonical R"
k4 = H(R_nc, A_b, M4) % L
sig_nc_r = R_nc + (k4 * a % L).to_bytes(32, "little")
assert naive_verify(A_b, M4, sig_nc_r)
print("non-canonical R:", "message:", hexs(M4), "sig:", hexs(sig_nc_r))

# 5. mixed-order R: R' = rB + T8; passes the cofactored equation only.
M5 = b"mixed-order R"
R5 = add(R, T8)
k5 = H(enc(R5), A_b, M5) % L
sig_mixed = enc(R5) + ((r + k5 * a) % L).to_bytes(32, "little")
assert not naive_verify(A_b, M5, sig_mixed) and naive_verify(A_b, M5, sig_mixed, cofactored=True)
print("mixed-order R:", "message:", hexs(M5), "sig:", hexs(sig_mixed))

# 6. small-order (identity) R, canonical: the cofactorless equation holds; the policy accepts it.
M6 = b"identity R"
R6 = enc((0, 1))
k6 = H(R6, A_b, M6) % L
sig_id_r = R6 + (k6 * a % L).to_bytes(32, "little")
assert naive_verify(A_b, M6, sig_id_r)
print("identity R:", "message:", hexs(M6), "sig:", hexs(sig_id_r))

# 7. mixed-order public key A' = aB + T8 (not small order): with R' = rB - [k mod 8]T8 the cofactorless
#    equation holds (k reduced mod L, as the policy says), so a cofactorless verifier accepts it. The
#    search skips k = 0 mod 8 so that R' really carries a torsion component.
A_mixed = enc(add(mul(a, B), T8))
j = 1
i = 0
while True:
    M7 = b"mixed-order key %d" % i
    R7 = add(R, mul((8 - j) % 8, T8))
    k7 = H(enc(R7), A_mixed, M7) % L
    if k7 % 8 == j:
        break
    j += 1
    if j == 8:
        j = 1
        i += 1
sig_mixed_a = enc(R7) + ((r + k7 * a) % L).to_bytes(32, "little")
assert naive_verify(A_mixed, M7, sig_mixed_a)
print("mixed-order A:", hexs(A_mixed), "message:", hexs(M7), "sig:", hexs(sig_mixed_a))
