"""asyncio.to_thread()."""

__all__ = ('to_thread',)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default thread pool and awaits its result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
