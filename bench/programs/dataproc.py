"""Data processing with list and dict comprehensions (no generator
expressions): builds tables of customers, products and orders as lists of
dicts and tuples, then filters, joins through dict indexes, groups,
aggregates (count, sum, min, max, mean), pivots and ranks, like a small
in-memory report generator. Also uses zip, enumerate, sum, min, max, any,
all and set operations on ints.

Usage: dataproc.py [N]    N scales the work (rounds; default 42).
The last line printed is a checksum.
"""
import sys

REGIONS = ["north", "south", "east", "west", "central"]
CATEGORIES = ["tools", "toys", "books", "food", "garden", "music", "sport"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_tables(rng, n_customers, n_products, n_orders):
    customers = [{"id": i, "region": REGIONS[rng.next(5)], "age": 18 + rng.next(60),
                  "vip": rng.next(10) == 0} for i in range(n_customers)]
    products = [{"id": i, "category": CATEGORIES[rng.next(7)],
                 "price": 100 + rng.next(9900)} for i in range(n_products)]
    orders = [(i, rng.next(n_customers), rng.next(n_products), 1 + rng.next(5),
               rng.next(365)) for i in range(n_orders)]
    return customers, products, orders


def analyse(customers, products, orders):
    check = 0
    cust_by_id = {c["id"]: c for c in customers}
    prod_by_id = {p["id"]: p for p in products}
    # Join orders with customers and products.
    lines = [(o[0], cust_by_id[o[1]]["region"], prod_by_id[o[2]]["category"],
              prod_by_id[o[2]]["price"] * o[3], o[4], cust_by_id[o[1]]["vip"])
             for o in orders]
    # Group revenue by region and by category.
    by_region = {r: 0 for r in REGIONS}
    by_category = {c: [] for c in CATEGORIES}
    for oid, region, category, amount, day, vip in lines:
        by_region[region] += amount
        by_category[category].append(amount)
    check += sum([by_region[r] for r in REGIONS]) % 1000003
    stats = {c: (len(v), sum(v), min(v), max(v), sum(v) // len(v))
             for c, v in by_category.items() if v}
    for c in CATEGORIES:
        if c in stats:
            count, total, lo, hi, mean = stats[c]
            check += count + total % 10007 + lo + hi + mean
    # Pivot: region x quarter.
    pivot = {(r, q): 0 for r in REGIONS for q in range(4)}
    for oid, region, category, amount, day, vip in lines:
        pivot[(region, day * 4 // 365)] += amount
    check += sum([pivot[(r, q)] * (q + 1) for r in REGIONS for q in range(4)]) % 1000003
    # VIP share and big orders.
    vip_total = sum([line[3] for line in lines if line[5]])
    big = [line for line in lines if line[3] > 30000]
    check += vip_total % 100003 + len(big)
    # Per-customer spend and ranking.
    spend = {}
    for o, line in zip(orders, lines):
        spend[o[1]] = spend.get(o[1], 0) + line[3]
    ranked = sorted(spend.items(), key=lambda kv: (-kv[1], kv[0]))
    top = [cid for cid, amount in ranked[:20]]
    check += sum([i * cid for i, cid in enumerate(top)])
    ages = [cust_by_id[cid]["age"] for cid in top]
    check += max(ages) - min(ages)
    # Customers without orders, products never sold.
    ordered_customers = {o[1] for o in orders}
    sold = {o[2] for o in orders}
    idle = [c["id"] for c in customers if c["id"] not in ordered_customers]
    unsold = set(prod_by_id) - sold
    check += len(idle) * 3 + len(unsold) + len(sold & {p for p in range(0, 500, 7)})
    # Daily series and a moving average over a window of 7 days.
    daily = [0] * 365
    for line in lines:
        daily[line[4]] += line[3]
    window = [sum(daily[i:i + 7]) // 7 for i in range(0, 365 - 7)]
    peak = max(window)
    check += window.index(peak) + peak % 1000
    check += 1 if all([d >= 0 for d in daily]) else 0
    check += 1 if any([d > 200000 for d in daily]) else 0
    # Age buckets via a dict comprehension over a list comprehension.
    buckets = {b: len([c for c in customers if c["age"] // 10 == b]) for b in range(1, 8)}
    check += sum([b * n for b, n in buckets.items()])
    return check


def one_round(r):
    rng = Rng(2024 + r)
    customers, products, orders = make_tables(rng, 2000, 500, 12000)
    return analyse(customers, products, orders)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    checksum = 0
    for r in range(rounds):
        checksum = (checksum * 131 + one_round(r)) % 1000000007
    print("checksum", checksum)


main()
