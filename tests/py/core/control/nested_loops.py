# Nested loops, break out of inner loops, flags and loop-else.
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=' ')
    print()
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print('found', found)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = []
for c in range(3):
    row = []
    for r in range(3):
        row.append(matrix[r][c])
    transposed.append(row)
print(transposed)
total = 0
i = 0
while i < 4:
    for j in range(i):
        if j == 2:
            continue
        total += j
    i += 1
print('total', total)
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4 and a < b < c:
                print('triple', a, b, c)
result = []
for x in 'ab':
    for y in 'cd':
        for z in 'ef':
            result.append(x + y + z)
print(result)
count = 0
for i in range(100):
    for j in range(100):
        count += 1
print(count)
