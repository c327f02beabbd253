"""Float arithmetic: an n-body gravity simulation with a symplectic Euler
integrator. Bodies are plain lists of floats; each step visits every pair.
The system is a made-up star with six planets, generated from fixed numbers.

Usage: nbody.py [N]    N is the number of time steps (default 150000).
The last line printed is a checksum (the total energy before and after).
"""
import sys

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    # Planets on rough orbits: distance, speed factor, tilt, mass (solar masses).
    specs = [
        (0.9, 1.02, 0.01, 3.0e-6),
        (1.6, 0.98, -0.02, 6.5e-7),
        (5.1, 1.01, 0.03, 9.5e-4),
        (9.4, 0.99, -0.01, 2.8e-4),
        (19.3, 1.00, 0.02, 4.4e-5),
        (30.2, 1.00, -0.03, 5.1e-5),
    ]
    angle = 0.3
    for dist, speed, tilt, mass in specs:
        # Positions on a spiral; speeds roughly circular (v = sqrt(GM/r)).
        c = 1.0 - angle * angle / 2.0 + angle ** 4 / 24.0
        s = angle - angle ** 3 / 6.0 + angle ** 5 / 120.0
        x = dist * c
        y = dist * s
        z = dist * tilt
        v = speed * (SOLAR_MASS / dist) ** 0.5
        bodies.append([x, y, z, -v * s, v * c, v * tilt * 0.1, mass * SOLAR_MASS])
        angle += 0.7
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def make_pairs(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n - 1):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for b1, b2 in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    bodies = make_system()
    offset_momentum(bodies)
    pairs = make_pairs(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, 0.001, steps)
    e1 = energy(bodies, pairs)
    print(f"energy before {e0:.12f}")
    print(f"energy after  {e1:.12f}")
    sx = 0.0
    for b in bodies:
        sx += b[0] + b[1] + b[2]
    print(f"checksum {e0 + e1:.9f} {sx:.9f}")


main()
