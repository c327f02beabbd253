class C:
    found = [(y := x) for x in range(3)]
