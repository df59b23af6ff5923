"""Near-duplicate articles: the same story syndicated by two outlets with small edits.

A one-permutation MinHash of word 5-shingles: each shingle is hashed once (blake2b, 64 bits),
its residue modulo K chooses one of K bins and each bin keeps its smallest hash; empty bins
borrow from a filled one (densification, see `signature`). Two articles' bins agree with a
probability equal to their Jaccard similarity, so the share of agreeing bins estimates it; LSH
bands of R bins find the candidates without comparing every pair. An earlier article whose
estimate is at least THRESHOLD is the original. On the shared corpora (149 articles) it flags
the one pair above 0.6 and nothing else; on generated pairs it flags ~50% at J 0.55-0.65,
~96% at 0.65-0.75 and all above.

Why not datasketch: it needs numpy and scipy (0.5-0.8 s and 200 MB per process) and builds a
random generator per signature; one hash per shingle in the standard library is cheaper than
K hashes in numpy at article size.

Signatures live beside the store in one binary file of compact arrays (ids, K values per
article, the band keys), loaded once per import and kept by the Store between batches, so
deduplication needs no article bodies and one read per import.
"""
from __future__ import annotations

import re
import struct
import sys
from array import array
from collections.abc import Callable, Iterable
from hashlib import blake2b
from operator import eq
from pathlib import Path

K = 100                 # bins per signature
R = 4                   # bins per LSH band: P(candidate) = 1 - (1 - J**4)**25: 0.97 at J = 0.6,
BANDS = K // R          # 0.18 at J = 0.3 (wire copy shares boilerplate: few bands, many candidates)
THRESHOLD = 0.6
SHINGLE = 5
EMPTY = (1 << 64) - 1   # a bin no shingle fell into
_MAGIC = b"PRLYSK03"
_HEADER = struct.Struct("<8sIII")   # magic, K, BANDS, n
_SCAN_LIMIT = 32        # queries answered by scanning the band array before a dict index pays

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


_probes: list[list[int]] | None = None


def _donors() -> list[list[int]]:
    """For each bin, a fixed pseudo-random sequence of other bins to borrow from when it is
    empty (built once, on first use)."""
    global _probes
    if _probes is None:
        seqs = []
        for i in range(K):
            raw = b"".join(blake2b(f"parley-densify:{i}:{n}".encode(), digest_size=64).digest() for n in range(4))
            seqs.append([int.from_bytes(raw[k:k + 2], "little") % K for k in range(0, len(raw), 2)])
        _probes = seqs
    return _probes


def signature(text: str) -> array:
    """K bin minima as an array of unsigned 64-bit ints.

    A short article leaves bins empty, and two short articles would then agree on their empty
    bins (and share every all-empty band): an empty bin borrows the value of the first filled
    bin along its fixed probe sequence ("optimal densification", Shrivastava 2017), which keeps
    P(bins agree) = Jaccard similarity. Only a text without words keeps EMPTY bins."""
    bins = [EMPTY] * K
    for sh in _shingles(text):
        h = int.from_bytes(blake2b(sh, digest_size=8).digest(), "little")
        b = h % K
        if h < bins[b]:
            bins[b] = h
    if EMPTY in bins and any(v != EMPTY for v in bins):
        filled = list(bins)
        for i, v in enumerate(filled):
            if v == EMPTY:
                bins[i] = _borrow(filled, i)
    return array("Q", bins)


def _borrow(filled: list[int], i: int) -> int:
    for j in _donors()[i]:
        if filled[j] != EMPTY:
            return filled[j]
    for d in range(1, K):            # every probe empty (a handful of shingles): the next filled bin
        v = filled[(i + d) % K]
        if v != EMPTY:
            return v
    return EMPTY


def similarity(a, b) -> float:
    """Estimated Jaccard similarity: agreeing bins among those not empty in both."""
    if EMPTY not in a:          # the usual case (60+ shingles): count in C
        return sum(map(eq, a, b)) / K
    used = same = 0
    for x, y in zip(a, b):
        if x == EMPTY and y == EMPTY:
            continue
        used += 1
        same += x == y
    return same / used if used else 0.0


def band_keys(sig) -> list[int]:
    """One 64-bit key per band (the band number mixed in, so bands never collide)."""
    keys = []
    for i in range(BANDS):
        part = struct.pack(f"<I{R}Q", i, *sig[i * R:(i + 1) * R])
        keys.append(int.from_bytes(blake2b(part, digest_size=8).digest(), "little"))
    return keys


def _stamp(path: Path) -> tuple[int, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0, 0)
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class SketchFileError(ValueError):
    """A sketch file that is not ours or is damaged: rebuilt from the article bodies."""


class Sketches:
    """article id -> signature, as three flat arrays: ids, n*K values, n*BANDS band keys."""

    def __init__(self, path: Path, write: Callable[[Path, bytes], None] | None = None):
        """`write(path, data)` replaces the file atomically (the store hands in its own, so that
        this stage never imports the database)."""
        self.path = path
        self._write = write
        self.ids: list[str] = []
        self.pos: dict[str, int] = {}
        self.values = array("Q")
        self.keys = array("Q")
        self._index: dict[int, int | list[int]] | None = None
        self._blob: bytes | None = None
        self._queries = 0
        self.changed = False
        self.stamp = _stamp(path)

    def stale(self) -> bool:
        """Another process rewrote the file since this one read or wrote it."""
        return _stamp(self.path) != self.stamp

    # -- persistence ---------------------------------------------------------------------
    def load(self) -> Sketches:
        """Read the file if it is ours; a missing or damaged file leaves the sketches empty
        (the caller rebuilds the missing ones from the stored bodies)."""
        self.stamp = _stamp(self.path)
        try:
            buf = self.path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            return self
        try:
            self._decode(buf)
        except (SketchFileError, struct.error, ValueError, UnicodeDecodeError):
            stamp = self.stamp
            self.__init__(self.path, self._write)
            self.stamp = stamp
            self.changed = True            # rewrite it whole at the next save
        return self

    def _decode(self, buf: bytes) -> None:
        if len(buf) < _HEADER.size:
            raise SketchFileError("short")
        magic, k, bands, n = _HEADER.unpack_from(buf)
        if magic != _MAGIC or k != K or bands != BANDS:
            raise SketchFileError("not a parley sketch file of this layout")
        off = _HEADER.size
        (id_len,) = struct.unpack_from("<I", buf, off)
        off += 4
        ids = buf[off:off + id_len].decode("ascii").split("\n") if n else []
        off += id_len
        values, keys = array("Q"), array("Q")
        values.frombytes(buf[off:off + 8 * n * K])
        off += 8 * n * K
        keys.frombytes(buf[off:off + 8 * n * BANDS])
        if len(ids) != n or len(values) != n * K or len(keys) != n * BANDS:
            raise SketchFileError("truncated")
        if sys.byteorder != "little":     # pragma: no cover - the file is little-endian
            values.byteswap()
            keys.byteswap()
        self.ids, self.values, self.keys = ids, values, keys
        self.pos = {aid: i for i, aid in enumerate(ids)}

    def encode(self) -> bytes:
        id_blob = "\n".join(self.ids).encode("ascii")
        values, keys = self.values, self.keys
        if sys.byteorder != "little":     # pragma: no cover
            values, keys = array("Q", values), array("Q", keys)
            values.byteswap()
            keys.byteswap()
        return b"".join((_HEADER.pack(_MAGIC, K, BANDS, len(self.ids)), struct.pack("<I", len(id_blob)),
                         id_blob, values.tobytes(), keys.tobytes()))

    def save(self) -> None:
        if not self.changed:
            return
        if self._write is None:
            raise RuntimeError("Sketches.save needs a write function")
        self._write(self.path, self.encode())
        self.changed = False
        self.stamp = _stamp(self.path)

    # -- queries -------------------------------------------------------------------------
    def __contains__(self, aid: str) -> bool:
        return aid in self.pos

    def __len__(self) -> int:
        return len(self.ids)

    def sig(self, aid: str) -> array:
        i = self.pos[aid]
        return self.values[i * K:(i + 1) * K]

    def _build_index(self) -> dict[int, int | list[int]]:
        index: dict[int, int | list[int]] = {}
        for i, key in enumerate(self.keys):
            self._index_put(index, key, i // BANDS)
        return index

    @staticmethod
    def _index_put(index: dict, key: int, row: int) -> None:
        # most keys belong to one article: store the int, a list only on collision
        old = index.get(key)
        if old is None:
            index[key] = row
        elif isinstance(old, list):
            old.append(row)
        else:
            index[key] = [old, row]

    def _candidates(self, keys: list[int]) -> set[int]:
        """Rows sharing at least one band key. A few queries scan the key array (C speed);
        many build a dict once (adding one article to a big store never pays for the dict)."""
        self._queries += 1
        if self._index is None and self._queries > _SCAN_LIMIT:
            self._index = self._build_index()
        rows: set[int] = set()
        if self._index is not None:
            for key in keys:
                hit = self._index.get(key)
                if hit is None:
                    continue
                rows.update(hit if isinstance(hit, list) else (hit,))
            return rows
        # bytes.find runs at memchr speed; array.index boxes every element (5x slower)
        if self._blob is None or len(self._blob) != 8 * len(self.keys):
            self._blob = self.keys.tobytes()
        blob = self._blob
        for key in keys:
            needle = key.to_bytes(8, sys.byteorder)
            j = blob.find(needle)
            while j != -1:
                if j % 8 == 0:              # a match across two keys is not a match
                    rows.add(j // (8 * BANDS))
                j = blob.find(needle, j + 1)
        return rows

    def find(self, sig, originals: set[str]) -> tuple[str, float] | None:
        """The most similar stored original (not itself a duplicate), if similar enough."""
        best = None
        fast = EMPTY not in sig
        q = int.from_bytes(sig.tobytes(), "little") if fast else 0
        values = self.values
        for row in self._candidates(band_keys(sig)):
            aid = self.ids[row]
            if aid not in originals:
                continue
            cand = values[row * K:(row + 1) * K]
            if fast:
                # equal bins are zero words of the XOR: counted in C (4x faster than zip)
                x = (q ^ int.from_bytes(cand.tobytes(), "little")).to_bytes(8 * K, "little")
                j = memoryview(x).cast("Q").tolist().count(0) / K
            else:
                j = similarity(sig, cand)
            if j >= THRESHOLD and (best is None or j > best[1] or (j == best[1] and aid < best[0])):
                best = (aid, j)
        return best

    def add(self, aid: str, sig) -> None:
        if aid in self.pos:
            return
        row = len(self.ids)
        self.ids.append(aid)
        self.pos[aid] = row
        self.values.extend(sig)
        keys = band_keys(sig)
        self.keys.extend(keys)
        if self._index is not None:
            for key in keys:
                self._index_put(self._index, key, row)
        self.changed = True

    def fill_missing(self, ids: Iterable[str], text_of: Callable[[str], str | None]) -> int:
        """Sketch stored articles that have no signature yet (an old store, whose datasketch
        .npz file cannot be read without numpy, or a lost or damaged sketch file)."""
        n = 0
        for aid in sorted(set(ids) - self.pos.keys()):
            text = text_of(aid)
            if text is not None:
                self.add(aid, signature(text))
                n += 1
        return n
