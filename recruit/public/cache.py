"""A small per-process cache for the public vacancy list, the busiest page of the portal.

The results fragment and the state-body choices hold nothing personal and are the same for
every visitor, so each worker keeps them for a few seconds (``PUBLIC_CACHE_SECONDS``): a newly
published vacancy shows up in the list at most that much later. Anything else is never cached.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class TTLCache:
    """A bounded, thread-safe mapping whose entries expire ``seconds`` after they were made."""

    def __init__(self, seconds: float, size: int = 512):
        self.seconds = seconds
        self.size = size
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The cached value for ``key``, made (outside the lock) when missing or expired."""
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] > now:
                self._items.move_to_end(key)
                return hit[1]
        value = make()
        if self.seconds > 0:
            with self._lock:
                self._items[key] = (now + self.seconds, value)
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def for_app(app) -> TTLCache:
    """This app's cache (created on first use with the configured lifetime)."""
    cache = app.extensions.get("recruit_public_cache")
    if cache is None:
        cache = TTLCache(app.config.get("PUBLIC_CACHE_SECONDS", 5))
        app.extensions["recruit_public_cache"] = cache
    return cache
