# Many resumptions: generators must be cheap to resume.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(1000000)))
total = 0
for v in count(300000):
    total += v & 7
print(total)
def relay(n):
    yield from count(n)
print(sum(relay(300000)))
gens = [count(10) for _ in range(10000)]
print(sum(sum(g) for g in gens))
def nested(depth, n):
    if depth == 0:
        yield from range(n)
    else:
        yield from nested(depth - 1, n)
print(sum(nested(50, 20000)))
