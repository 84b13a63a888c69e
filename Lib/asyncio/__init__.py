"""SwiftPy's asyncio: event loop, Futures, Tasks, synchronization, queues, timeouts and
TaskGroup, written for SwiftPy (docs/ASYNC.md). Timers and thread-pool work only: the loop
has no socket/pipe/subprocess transports."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__)
