# heapq and bisect: the layouts and results CPython gives.
import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), data)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'), list(heapq.merge([1, 4], [2, 3])))
tasks = [(3, 'c'), (1, 'a'), (2, 'b')]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0, 1))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
