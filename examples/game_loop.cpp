// A game-loop host. The host owns the frame loop; scripts get its Sprite class and a frame
// clock from a native module, `game`, and write their logic as coroutines that wait for the
// next frame. Each frame the host wakes the coroutines waiting for it, gives asyncio one
// iteration (loop.run_once()), then draws.
//
//   build/examples/game_loop
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "krait/krait.hpp"

struct Sprite {
    std::string name;
    double x, y;
    Sprite(std::string name, double x, double y) : name(std::move(name)), x(x), y(y) {}
    void move(double dx, double dy) {
        x += dx;
        y += dy;
    }
};

const char kLevel[] = R"(
import asyncio
from game import Sprite, next_frame, frame

hero = Sprite('hero')
bat = Sprite('bat', x=6, y=3)

async def walk(sprite, dx, steps):
    for _ in range(steps):
        sprite.move(dx, 0)
        await next_frame()

async def swoop(sprite, target):
    await next_frame()                       # the bat waits a frame before it dives
    while sprite.y > 0:
        sprite.move(-1 if sprite.x > target.x else 1, -1)
        await next_frame()
    print(f'frame {frame()}: {sprite.name} landed at x={sprite.x:g}')

async def level():
    await asyncio.gather(walk(hero, 1, 5), swoop(bat, hero))
    print(f'frame {frame()}: level done, {hero!r} {bat!r}')
    return hero.x
)";

int main() {
    krait::Interpreter py;
    krait::EventLoop loop = py.event_loop();
    int frame = 0;
    std::vector<krait::Future> waiting;  // the coroutines waiting for the next frame

    krait::NativeModule game = py.module("game");
    game.class_<Sprite>("Sprite", "Something on the screen.")
        .init<std::string, double, double>(krait::arg("name"), krait::arg("x") = 0.0, krait::arg("y") = 0.0)
        .def("move", &Sprite::move, krait::arg("dx"), krait::arg("dy"))
        .property("x", &Sprite::x)
        .property("y", &Sprite::y)
        .property_readonly("name", [](const Sprite& s) { return s.name; })
        .def("__repr__", [](const Sprite& s) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "Sprite(%s, %g, %g)", s.name.c_str(), s.x, s.y);
            return std::string(buf);
        });
    game.def("next_frame", [&] {
        krait::Future f = loop.create_future();
        waiting.push_back(f);
        return f;
    });
    game.def("frame", [&] { return frame; });

    try {
        py.exec(kLevel, "level.py");
        krait::Future level = loop.create_task(py.global("level")());
        while (!level.done() && frame < 100) {
            ++frame;
            for (krait::Future& f : std::exchange(waiting, {}))
                if (!f.done()) f.set_result(nullptr);
            loop.run_once();
            // Drawing: the host reads the script's sprites in place.
            const Sprite& hero = py.global("hero").as<const Sprite&>();
            const Sprite& bat = py.global("bat").as<const Sprite&>();
            std::printf("frame %d: hero at %g, bat at (%g, %g)\n", frame, hero.x, bat.x, bat.y);
        }
        std::printf("the hero ended at x=%g\n", level.result<double>());
    } catch (const krait::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
