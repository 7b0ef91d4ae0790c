"""Extraction over many documents: in this process, in a pool of local processes, or on a
Dask cluster. Results come back in input order; each worker loads the pipeline once."""
from __future__ import annotations

import os
from itertools import islice
from typing import Iterable, Iterator, Optional, Union

from sitrep.extract.pipeline import get_pipeline
from sitrep.model import ExtractionResult, IngestError, RawDocument

Result = Union[ExtractionResult, IngestError]


def _process(args: tuple[RawDocument, Optional[str]]) -> Result:
    raw, ref_date = args
    try:
        return get_pipeline().process(raw, ref_date)
    except Exception as exc:  # one bad document never stops a batch
        return IngestError(doc_id=raw.doc_id, message=f"{raw.doc_id}: extraction failed ({type(exc).__name__}: {exc})")


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_many(docs: Iterable[Union[RawDocument, IngestError]], ref_date: Optional[str] = None, *,
                 workers: int = 1, scheduler: Optional[str] = None, batch_size: int = 256) -> Iterator[Result]:
    """Process documents (reader errors pass through unchanged) and yield results in order.

    ``workers`` > 1 uses a local process pool; ``scheduler`` is a Dask distributed scheduler
    address (``tcp://host:8786``) or ``"local"`` for a LocalCluster with ``workers`` processes.
    """
    if scheduler:
        yield from _dask(docs, ref_date, scheduler, workers, batch_size)
        return
    if workers <= 1:
        for d in docs:
            yield d if isinstance(d, IngestError) else _process((d, ref_date))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    get_pipeline()  # load once here; forked workers share the loaded index
    with ctx.Pool(workers) as pool:
        for chunk in _batches(docs, batch_size):
            todo = [(d, ref_date) for d in chunk if not isinstance(d, IngestError)]
            done = iter(pool.map(_process, todo, chunksize=max(1, len(todo) // (workers * 4) or 1)))
            for d in chunk:
                yield d if isinstance(d, IngestError) else next(done)


def _dask(docs, ref_date, scheduler: str, workers: int, batch_size: int) -> Iterator[Result]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        for chunk in _batches(docs, batch_size):
            todo = [(d, ref_date) for d in chunk if not isinstance(d, IngestError)]
            futures = client.map(_process, todo, pure=False)
            done = iter(client.gather(futures))
            for d in chunk:
                yield d if isinstance(d, IngestError) else next(done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
