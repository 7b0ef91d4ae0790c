"""Parallel extraction (process pool, Dask LocalCluster) gives exactly the serial results, in order."""
import pytest

from sitrep.app import Settings, driver
from sitrep.model import IngestError, RawDocument

REPORTS = [
    "KHARKIV, 3 May 2025 — Russian forces shelled Vovchansk overnight, killing two civilians, the regional governor said.",
    "Ukraine's air force said it shot down 41 of 52 Shahed drones launched by Russia overnight on 4 May 2025.",
    "",  # empty: an error that must come back in place
    "On 5 May 2025, Ukrainian forces recaptured the village of Stepove, Zaporizhzhia region, following clashes.",
]


def _docs():
    out = []
    for i, t in enumerate(REPORTS):
        out.append(IngestError(doc_id=f"r{i}", message=f"r{i}: empty document") if not t else RawDocument(doc_id=f"r{i}", text=t))
    return out


def _run(**kw):
    return list(driver.extract(Settings(ref_date="2025-05-05", **kw), _docs()))


def _dump(results):
    return [r.model_dump_json() for r in results]


def test_serial_results_keep_order_and_errors():
    res = _run()
    assert [getattr(r, "doc_id", None) or r.document.doc_id for r in res] == ["r0", "r1", "r2", "r3"]
    assert isinstance(res[2], IngestError)
    assert res[0].events and res[0].events[0].location.admin1_code == "UA-63"


@pytest.mark.slow
def test_process_pool_equals_serial():
    assert _dump(_run(workers=2, batch_size=2)) == _dump(_run())


@pytest.mark.slow
def test_dask_local_cluster_equals_serial():
    pytest.importorskip("dask.distributed")
    assert _dump(_run(scheduler="local", workers=2)) == _dump(_run())


def test_pool_workers_render_the_same_lines_as_serial():
    """``sitrep extract -w 2`` has its workers render the JSONL lines: the same text as one process,
    errors still passed back in place as IngestError."""
    from functools import partial

    from sitrep.cli.jsonl_out import jsonl_lines

    render = partial(jsonl_lines, with_document=True, with_statements=True)
    settings = Settings(ref_date="2025-05-05")
    serial = list(driver.extract(settings, _docs(), render=render))
    pooled = list(driver.extract(settings.model_copy(update={"workers": 2}), _docs(), render=render))
    assert [type(x) for x in serial] == [str, str, IngestError, str]
    assert [x if isinstance(x, str) else x.message for x in pooled] == \
        [x if isinstance(x, str) else x.message for x in serial]
    plain = list(driver.extract(settings, _docs()))
    assert serial[0] == jsonl_lines(plain[0], True, True) and '"doc_id"' in serial[0]
