"""A time limit on one call, in the calling process (no new process per document).

In the main thread of a POSIX process (``sitrep extract``/``ingest`` in one process, the workers
of a local pool) a real-time interval timer raises :class:`DocTimeout` from its signal handler:
the interpreter runs the handler between bytecodes and the regular-expression engine checks for
signals while it matches, so a runaway pattern is interrupted too. In any other thread (a Dask
worker's task thread, the API's thread pool) a watchdog timer raises the exception in the calling
thread asynchronously (``PyThreadState_SetAsyncExc``), which takes effect at the next bytecode.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from typing import Callable, Optional, TypeVar

T = TypeVar("T")


class DocTimeout(Exception):
    """The call ran past its time limit."""


def call_with_timeout(fn: Callable[[], T], seconds: Optional[float]) -> T:
    """``fn()``, or :class:`DocTimeout` once ``seconds`` have passed (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        return fn()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _with_alarm(fn, seconds)
    return _with_watchdog(fn, seconds)


def _with_alarm(fn: Callable[[], T], seconds: float) -> T:
    def on_alarm(_signum, _frame):
        raise DocTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _set_async_exc(tid: int, exc: Optional[type]) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)


def _with_watchdog(fn: Callable[[], T], seconds: float) -> T:
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(tid, DocTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        result = fn()
    except DocTimeout:
        with lock:
            state["done"] = True
        timer.cancel()
        raise
    except BaseException:
        with lock:
            state["done"] = True
            if state["fired"]:
                _set_async_exc(tid, None)  # not delivered: clear it
        timer.cancel()
        raise
    with lock:
        state["done"] = True
        fired = state["fired"]
    timer.cancel()
    if fired:  # raised after fn returned but possibly not yet delivered: clear it, keep the result
        _set_async_exc(tid, None)
    return result
