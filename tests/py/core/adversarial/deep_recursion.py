# krait: no-gc-stress (large live sets: collecting at every allocation takes minutes)
# Unbounded recursion raises RecursionError with the default limit; the interpreter stays usable.
def down(n):
    return down(n + 1) + 1
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
def make_chain(n):
    head = None
    for i in range(n):
        head = (i, head)
    return head
def length(node):
    return 0 if node is None else 1 + length(node[1])
print(length(make_chain(500)))
try:
    print(length(make_chain(100000)))
except RecursionError as e:
    print('long chain:', e)
def in_finally(n):
    try:
        return in_finally(n + 1)
    finally:
        pass
try:
    in_finally(0)
except RecursionError as e:
    print('through finally:', e)
def in_except(n):
    try:
        raise ValueError
    except ValueError:
        return in_except(n + 1)
try:
    in_except(0)
except RecursionError as e:
    print('through except:', e)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print('__eq__ recursion:', e)
print(sum(range(10)))
