"""Reconciliation: near-duplicate articles and clustering of reports into canonical events."""
from sitrep.reconcile.cluster import (
    cluster_events, counts_compatible, fits, plan_assignment, weapons_compatible, family_members, haversine_km, match, merge_cluster,
    merge_counts, pairwise_scores, same_place, type_family,
)
from sitrep.reconcile.dedup import (
    NearDuplicateIndex, content_hash, find_near_duplicates, jaccard, minhash, shingles,
    signature_bytes, signature_from_bytes,
)

__all__ = [
    "cluster_events", "counts_compatible", "fits", "plan_assignment", "weapons_compatible", "family_members", "haversine_km", "match",
    "merge_cluster", "merge_counts", "pairwise_scores", "same_place", "type_family",
    "NearDuplicateIndex", "content_hash", "find_near_duplicates", "jaccard", "minhash",
    "shingles", "signature_bytes", "signature_from_bytes",
]
