# Ends with an exception escaping a coroutine through the hand-written driver (status 1).
async def step(n):
    if n == 3:
        raise ArithmeticError(f'step {n} failed')
    return n
async def main():
    for i in range(5):
        print('step', await step(i))
c = main()
while True:
    try:
        c.send(None)
    except StopIteration:
        break
