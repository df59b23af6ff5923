"""Near-duplicate articles: the same story syndicated by two outlets with small edits.

MinHash signatures of word 5-shingles (datasketch) with an LSH index find an earlier article
whose estimated Jaccard similarity is at least THRESHOLD. Signatures live beside the store in
one binary file, so deduplication needs no article bodies and costs one read per import.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

NUM_PERM = 64
THRESHOLD = 0.6
SHINGLE = 5

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


SCHEME = "affine32"     # datasketch >= 2 names its hashing scheme; fixed, so stored values stay comparable


def _minhash(hashvalues=None):
    from datasketch import MinHash
    return MinHash(num_perm=NUM_PERM, hashvalues=hashvalues, scheme=SCHEME)


def signature(text: str):
    m = _minhash()
    sh = _shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


class Sketches:
    """article id -> MinHash signature, persisted as one .npz beside the store."""

    def __init__(self, path: Path):
        self.path = path
        self.sigs: dict = {}
        self._lsh = None
        self.changed = False

    def load(self) -> "Sketches":
        import numpy as np
        if self.path.exists():
            with np.load(self.path, allow_pickle=False) as z:
                ids, values = z["ids"], z["values"]
            for aid, hv in zip(ids, values):
                self.sigs[str(aid)] = _minhash(hv)
        return self

    def _index(self):
        if self._lsh is None:
            from datasketch import MinHashLSH
            self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
            for aid, m in self.sigs.items():
                self._lsh.insert(aid, m)
        return self._lsh

    def find(self, sig, originals: set[str]) -> tuple[str, float] | None:
        """The most similar stored original (not itself a duplicate), if similar enough."""
        best = None
        for aid in self._index().query(sig):
            if aid not in originals:
                continue
            j = sig.jaccard(self.sigs[aid])
            if j >= THRESHOLD and (best is None or j > best[1]):
                best = (aid, j)
        return best

    def add(self, aid: str, sig) -> None:
        if aid in self.sigs:
            return
        self.sigs[aid] = sig
        self._index().insert(aid, sig)
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        import numpy as np
        from store.db.storage import atomic_write
        buf = io.BytesIO()
        ids = list(self.sigs)
        np.savez(buf, ids=np.array(ids, dtype="U32"),
                 values=np.array([self.sigs[a].hashvalues for a in ids], dtype=np.uint64).reshape(len(ids), NUM_PERM))
        atomic_write(self.path, buf.getvalue(), sync_dir=False)
        self.changed = False
