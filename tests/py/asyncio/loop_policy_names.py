# The default policy's class is CPython's Unix one (_UnixDefaultEventLoopPolicy), which
# asyncio.DefaultEventLoopPolicy names; its loops are _UnixSelectorEventLoop.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, type(policy) is asyncio.DefaultEventLoopPolicy)
print(asyncio.DefaultEventLoopPolicy.__name__)
loop = policy.new_event_loop()
print(type(loop).__name__)
loop.close()
