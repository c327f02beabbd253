async def f(x):
    try:
        pass
    except* ValueError:
        return await x
