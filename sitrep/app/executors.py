"""Where documents are extracted: in this process, in a pool of local processes, or on a Dask
cluster, always with the per-document time limit, results in input order.

Items that are not :class:`~sitrep.model.RawDocument` (a reader's ``IngestError``, a document
the driver already knows) pass through unchanged and in place. A pool or a cluster receives
*shards*, runs of consecutive documents (``settings.batch_size``); each worker process loads the
pipeline once and applies the settings first (:meth:`Settings.configure_process`).

On a Dask cluster a shard whose worker dies is rescheduled by the scheduler on another worker
(Dask's ``allowed-failures``) and, should it still fail, submitted once more from here; its
results are taken exactly once, in input order, so nothing is lost or doubled.
"""
from __future__ import annotations

import gc
import os
import time
from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from sitrep.app.settings import Settings
from sitrep.app.timeout import DocTimeout, call_with_timeout
from sitrep.lifelong import lifelong
from sitrep.model import ExtractionResult, IngestError, RawDocument

Result = Union[ExtractionResult, IngestError]
Processor = Callable[[RawDocument], Result]
Renderer = Callable[[ExtractionResult], Any]
SHARD_RETRIES = 2  # resubmissions of a shard after the cluster gave up on it

_worker: dict[str, Any] = {}


def _pipeline_processor(settings: Settings) -> Processor:
    from sitrep.extract.pipeline import get_pipeline  # noqa: PLC0415 - heavy

    with lifelong():  # the loaded index and lexicons live as long as the process: no collector passes over them
        pipe = get_pipeline()
    ref = settings.ref_date
    return lambda raw: pipe.process(raw, ref)


def _worker_processor(settings: Settings, process: Optional[Processor]) -> Processor:
    """The processor of this (worker) process: the pipeline, loaded once, after the settings."""
    if process is not None:
        return process
    key = settings.model_dump_json(include={"ref_date", "cache_dir", "spacy", "parse"})
    if _worker.get("key") != key:
        settings.configure_process()
        _worker["process"] = _pipeline_processor(settings)
        _worker["key"] = key
    return _worker["process"]


def extract_one(raw: RawDocument, settings: Settings, process: Optional[Processor] = None, *,
                detail: bool = True) -> Result:
    """One document through ``process`` (default: the pipeline) within the time limit; every
    failure is an IngestError with a one-line reason, never an exception (``detail=False``:
    an exception is named by its type only, for a reply to a remote client)."""
    fn = _worker_processor(settings, process)
    limit = settings.timeout
    started = time.monotonic()
    try:
        return call_with_timeout(lambda: fn(raw), limit)
    except DocTimeout:
        took = time.monotonic() - started
        return IngestError(doc_id=raw.doc_id, message=f"{raw.doc_id}: extraction stopped after {took:.0f} s "
                                                      f"(the per-document time limit is {limit:g} s, --doc-timeout)")
    except Exception as exc:  # one bad document never stops a batch
        if not detail:
            return IngestError(doc_id=raw.doc_id, message=f"extraction failed: {type(exc).__name__}")
        return IngestError(doc_id=raw.doc_id, message=" ".join(
            f"{raw.doc_id}: extraction failed ({type(exc).__name__}: {exc})".split())[:500])


def extract_shard(shard: list[RawDocument], settings: Settings, process: Optional[Processor] = None) -> list[Result]:
    """A worker's task: every document of one shard, in order."""
    return [extract_one(raw, settings, process) for raw in shard]


def _shards(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _merge(chunk: list, done: Iterator[Result]) -> Iterator[Any]:
    for item in chunk:
        yield next(done) if isinstance(item, RawDocument) else item


def run(settings: Settings, items: Iterable[Any], process: Optional[Processor] = None, *,
        client=None, render: Optional[Renderer] = None) -> Iterator[Any]:
    """Extract every RawDocument of ``items``; yield results and pass-through items in order
    (``client``: a connected Dask client to use instead of ``settings.scheduler``; ``render``:
    applied to every ExtractionResult where it was extracted, a pool worker sending the parent
    its rendering instead of the pickled result)."""
    if client is not None:
        yield from _rendered(run_on_client(client, settings, items, process), render)
    elif settings.scheduler:
        yield from _rendered(_run_dask(settings, items, process), render)
    elif settings.workers <= 1:
        for item in items:
            yield _extract_rendered(item, settings, process, render) if isinstance(item, RawDocument) else item
    else:
        yield from _run_pool(settings, items, process, render)


def _rendered(results: Iterator[Any], render: Optional[Renderer]) -> Iterator[Any]:
    if render is None:
        yield from results
    else:
        for r in results:
            yield render(r) if isinstance(r, ExtractionResult) else r


def _extract_rendered(raw: RawDocument, settings: Settings, process: Optional[Processor],
                      render: Optional[Renderer]) -> Any:
    result = extract_one(raw, settings, process)
    return render(result) if render is not None and isinstance(result, ExtractionResult) else result


def _extract_task(task: tuple) -> Any:
    return _extract_rendered(*task)


def _run_pool(settings: Settings, items: Iterable[Any], process: Optional[Processor],
              render: Optional[Renderer] = None) -> Iterator[Any]:
    """A pool of ``settings.workers`` processes, one document per task (the workers take the next
    document as they finish one, so a long document does not leave the other worker idle at the
    end), results streamed back in input order (the parent writes them while the workers go on)."""
    import multiprocessing as mp  # noqa: PLC0415

    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    if process is None and ctx.get_start_method() == "fork":
        # load once here, before the fork: the workers share the loaded index and lexicons
        # (copy-on-write) instead of each loading its own; frozen, so that no collector pass in a
        # worker touches (and so copies) the shared pages. The spaCy parser is not loaded here:
        # each worker loads it on its first cue sentence, in parallel, instead of the parent
        # loading it while the workers wait (measured: wall 6.67-6.74 -> 6.59-6.60 s and CPU
        # 12.6-12.7 -> 12.4 s on the long-article bench; a parser shared copy-on-write is copied
        # page by page anyway as the workers touch its objects)
        _worker_processor(settings, None)
        gc.freeze()
    with ctx.Pool(settings.workers) as pool:
        for chunk in _shards(items, settings.batch_size):
            todo = [(d, settings, process, render) for d in chunk if isinstance(d, RawDocument)]
            yield from _merge(chunk, pool.imap(_extract_task, todo, chunksize=1))


# ---------------------------------------------------------------------------- Dask

def connect(settings: Settings):
    """A Dask client for ``settings.scheduler`` (``"local"``: a LocalCluster of
    ``settings.workers`` processes on 127.0.0.1) and the cluster to close after it, or None."""
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415

    if settings.scheduler == "local":
        cluster = LocalCluster(n_workers=settings.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster
    return Client(settings.scheduler), None


def _run_dask(settings: Settings, items: Iterable[Any], process: Optional[Processor]) -> Iterator[Any]:
    client, cluster = connect(settings)
    try:
        yield from run_on_client(client, settings, items, process)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_on_client(client, settings: Settings, items: Iterable[Any], process: Optional[Processor] = None,
                  *, in_flight: Optional[int] = None) -> Iterator[Any]:
    """Shards submitted to the cluster of ``client``, at most ``in_flight`` at a time (default
    twice its worker threads), results yielded in input order."""
    if in_flight is None:
        try:
            in_flight = 2 * max(1, sum(client.nthreads().values()))
        except Exception:  # noqa: BLE001 - a scheduler that cannot say: a modest window
            in_flight = 4
    window: deque = deque()
    pending = _shards(items, settings.batch_size)
    ex_settings = settings.model_copy(update={"database_url": None, "ingest_token": None})

    def submit(todo: list[RawDocument]):
        return client.submit(extract_shard, todo, ex_settings, process, pure=False, retries=1) if todo else None

    def fill() -> None:
        while len(window) < in_flight:
            chunk = next(pending, None)
            if chunk is None:
                return
            todo = [d for d in chunk if isinstance(d, RawDocument)]
            window.append((chunk, todo, submit(todo)))

    fill()
    while window:
        chunk, todo, fut = window.popleft()
        yield from _merge(chunk, iter(_shard_results(fut, todo, submit)))
        fill()


def _shard_results(fut, todo: list[RawDocument], submit) -> list[Result]:
    if fut is None:
        return []
    last: Optional[BaseException] = None
    for attempt in range(SHARD_RETRIES + 1):
        try:
            return fut.result()
        except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost connection, ...
            last = exc
            if attempt < SHARD_RETRIES:
                fut = submit(todo)
    reason = " ".join(f"{type(last).__name__}: {last}".split())[:300]
    return [IngestError(doc_id=d.doc_id, message=f"{d.doc_id}: shard failed on the cluster ({reason})")
            for d in todo]
