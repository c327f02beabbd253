# list error messages.
l = [1, 2, 3]
tests = [lambda: l[3], lambda: l[-4], lambda: l['a'], lambda: l[1.0], lambda: l.index(9), lambda: l.remove(9),
         lambda: [].pop(), lambda: l.pop(5), lambda: l.pop(-4), lambda: l.insert('a', 1), lambda: l + (4,),
         lambda: l * 1.5, lambda: l.__setitem__(10, 0), lambda: l.__delitem__(10), lambda: [1, 'a'].sort(),
         lambda: sorted([None, 1]), lambda: l < 'abc', lambda: l.index(1, 1), lambda: l.index(), lambda: l.append(1, 2),
         lambda: list(1), lambda: list(None), lambda: l.extend(5), lambda: l.sort(key=5), lambda: l.sort(1),
         lambda: [[1], [2, 'a'], [2, 1]].sort(), lambda: max([]), lambda: l[1:2:0]]
for t in tests:
    try:
        print(t())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(l)
