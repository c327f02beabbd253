"""Floats and objects: a small ray tracer with a Vector class (operator
methods), spheres and a checkered plane behind a common interface, point
lights with shadows, Phong-like shading and recursive reflections. Renders
an image into a list of rows of (r, g, b) tuples.

Usage: raytrace.py [N]    N is the image width and height in pixels (default 220).
The last line printed is a checksum of the quantized pixels.
"""
import sys
import math

EPSILON = 1e-7


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vector(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def mix(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def quantize(self):
        def q(c):
            v = int(c * 255.0 + 0.5)
            return 0 if v < 0 else (255 if v > 255 else v)
        return (q(self.r), q(self.g), q(self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, diffuse, specular, shininess, reflect):
        super().__init__(color, diffuse, specular, shininess, reflect)
        self.other = other
        self.size = size

    def color_at(self, point):
        ix = math.floor(point.x / self.size)
        iz = math.floor(point.z / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Thing:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Thing):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Thing):
    def __init__(self, normal, offset, material):
        super().__init__(material)
        self.normal = normal.normalized()
        self.offset = offset

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = -(self.normal.dot(ray.origin) + self.offset) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, look_at, up, fov_scale):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized() * fov_scale
        self.up = self.right.cross(self.forward).normalized() * fov_scale

    def ray(self, u, v):
        d = self.forward + self.right * u + self.up * v
        return Ray(self.eye, d.normalized())


class Scene:
    def __init__(self, things, lights, camera, ambient):
        self.things = things
        self.lights = lights
        self.camera = camera
        self.ambient = ambient
        self.rays = 0

    def closest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for thing in self.things:
            t = thing.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = thing
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for thing in self.things:
            t = thing.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.closest(ray)
        if thing is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2 * k, 0.3 * k, 0.5 * k)
        point = ray.at(t)
        normal = thing.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = thing.material
        base = material.color_at(point)
        result = base.mix(self.ambient)
        offset_point = point + normal * 1e-4
        for light in self.lights:
            to_light = light.position - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            if self.shadowed(offset_point, to_light, distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + base.mix(light.color).scale(lambert * material.diffuse)
            spec = to_light.reflect(normal).dot(ray.direction)
            if spec > 0.0:
                result = result + light.color.scale(material.specular * spec ** material.shininess)
        if depth > 0 and material.reflect > 0.0:
            reflected = Ray(offset_point, ray.direction.reflect(normal))
            result = result + self.trace(reflected, depth - 1).scale(material.reflect)
        return result


def build_scene():
    red = Material(Color(0.9, 0.2, 0.2), 0.8, 0.5, 20, 0.2)
    mirror = Material(Color(0.9, 0.9, 0.9), 0.2, 0.9, 60, 0.7)
    green = Material(Color(0.2, 0.8, 0.3), 0.9, 0.2, 8, 0.05)
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 1.0, 0.8, 0.1, 4, 0.3)
    things = [
        Plane(Vector(0.0, 1.0, 0.0), 1.0, floor),
        Sphere(Vector(0.0, 0.0, 0.0), 1.0, mirror),
        Sphere(Vector(-2.2, -0.3, 1.0), 0.7, red),
        Sphere(Vector(1.8, -0.4, 1.5), 0.6, green),
        Sphere(Vector(0.6, -0.75, 2.2), 0.25, red),
    ]
    lights = [
        Light(Vector(-5.0, 6.0, 4.0), Color(0.7, 0.6, 0.6)),
        Light(Vector(4.0, 3.0, 6.0), Color(0.3, 0.35, 0.45)),
    ]
    camera = Camera(Vector(1.0, 1.5, 6.0), Vector(0.0, -0.2, 0.0), Vector(0.0, 1.0, 0.0), 0.6)
    return Scene(things, lights, camera, Color(0.1, 0.1, 0.12))


def render(scene, width, height):
    rows = []
    for j in range(height):
        row = []
        v = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            u = 2.0 * (i + 0.5) / width - 1.0
            color = scene.trace(scene.camera.ray(u, v), 3)
            row.append(color.quantize())
        rows.append(row)
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 220
    scene = build_scene()
    image = render(scene, size, size)
    checksum = 0
    histogram = [0] * 8
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) * 8 // 766] += 1
    print("rays", scene.rays, "histogram", histogram)
    print("checksum", checksum)


main()
