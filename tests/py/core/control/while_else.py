# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished normally, i =', i)
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j =', j)
else:
    print('never printed')
print('after break, j =', j)
k = 10
while k < 5:
    print('never')
else:
    print('else runs when the condition is false at once')
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print('no break -> else', n)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
count = 0
while count < 1000000:
    count += 1
print(count)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
x = [1, 2, 3]
while x:
    print(x.pop(), end=' ')
print()
