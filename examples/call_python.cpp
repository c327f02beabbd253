// A host that calls Python functions with C++ values: it loads a small "pricing" script,
// hands it C++ data, calls its functions and reads the results back as C++ types.
//
//   build/examples/call_python
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "krait/krait.hpp"

const char kScript[] = R"(
def total(prices, quantities, discount=0.0):
    gross = sum(prices[name] * n for name, n in quantities.items())
    return round(gross * (1 - discount), 2)

def cheapest(prices):
    return min(prices.items(), key=lambda kv: kv[1])
)";

int main() {
    krait::Interpreter py;
    try {
        py.exec(kScript, "pricing.py");
        std::map<std::string, double> prices{{"apple", 0.5}, {"bread", 2.25}, {"cheese", 6.0}};
        std::map<std::string, int> basket{{"apple", 6}, {"cheese", 1}};

        krait::Handle total = py.global("total");
        double full = total(prices, basket).as<double>();
        double member = total(prices, basket, krait::arg("discount") = 0.1).as<double>();
        auto [name, price] = py.global("cheapest")(prices).as<std::pair<std::string, double>>();
        std::printf("basket: %.2f, with the member discount: %.2f\n", full, member);
        std::printf("cheapest: %s at %.2f\n", name.c_str(), price);

        // A Python error comes back as a krait::Error with the script's traceback.
        basket["caviar"] = 1;
        total(prices, basket);
    } catch (const krait::Error& e) {
        std::printf("the script failed with %s (%s)\n%s\n", e.type_name().c_str(), e.message().c_str(), e.what());
        return 0;
    }
    return 1;
}
