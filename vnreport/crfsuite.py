"""CRFsuite model files: train, read, prune and write them.

underthesea_core's trainer saves every attribute it saw in training, also
those whose weights L1 regularisation drove to zero. Such an attribute can
never change a tag, yet it fills the attribute dictionary, which is most of
the file and most of the time spent loading it. :func:`prune` drops them and
renumbers the rest; the tagger gives the same tags and scores with the pruned
model (tested), from a file a fraction of the size.

The layout follows CRFsuite's ``crf1d`` model format (little-endian): a
48-byte header, the feature table (``FEAT``), the label and attribute
dictionaries (``CQDB`` constant hash databases keyed with Bob Jenkins'
lookup3 hash), and per label and per attribute the ids of their features
(``LFRF``, ``AFRF``).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = struct.Struct("<4sI4sI8I")
_FEATURE = struct.Struct("<IIId")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_TABLES = 256
_BYTEORDER_CHECK = 0x62445371
_MASK = 0xFFFFFFFF

STATE, TRANSITION = 0, 1  # feature types: attribute -> label, label -> label


@dataclass
class Model:
    """A linear-chain CRF: names of labels and attributes, and its features.

    Each feature is ``(type, source, destination, weight)``: for a STATE
    feature the source is an attribute id and the destination a label id; for
    a TRANSITION feature both are label ids.
    """

    labels: list[str]
    attributes: list[str]
    features: list[tuple[int, int, int, float]]


def read(path: str | Path) -> Model:
    """The model in a CRFsuite file; ValueError when the file is not one."""
    data = Path(path).read_bytes()
    magic, _size, kind, _version, _, _, _, off_features, off_labels, off_attrs, _, _ = (
        _HEADER.unpack_from(data, 0))
    if magic != b"lCRF" or kind != b"FOMC" or data[off_features:off_features + 4] != b"FEAT":
        raise ValueError(f"{path}: not a CRFsuite crf1d model")
    _, _, num_features = struct.unpack_from("<4sII", data, off_features)
    # the feature count is the FEAT chunk's: CRFsuite itself leaves the header's at 0
    start = off_features + 12
    features = [_FEATURE.unpack_from(data, start + i * _FEATURE.size) for i in range(num_features)]
    return Model(_read_cqdb(data, off_labels), _read_cqdb(data, off_attrs), features)


def train(X: list[list[list[str]]], y: list[list[str]], path: str | Path, *,
          c1: float, c2: float, iterations: int) -> dict:
    """Train a linear-chain CRF with CRFsuite's L-BFGS and write it to ``path``.

    ``X`` holds per sentence per token its attribute names, ``y`` the labels.
    CRFsuite numbers attributes and labels in the order they are first seen and
    trains on one thread, so the same data gives the same file, byte for byte
    (underthesea_core's trainer does not: its attribute order changes from run to
    run). Needs python-crfsuite (``pip install -e .[train]``); returns the last
    iteration's log (``num``, ``loss``, ...).
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in zip(X, y, strict=True):
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations})
    trainer.train(str(path))
    return trainer.logparser.last_iteration


def prune(model: Model) -> Model:
    """The model without the attributes that have no feature (zero weights)."""
    used = sorted({src for kind, src, _, _ in model.features if kind == STATE})
    new_id = {old: new for new, old in enumerate(used)}
    features = [(kind, new_id[src] if kind == STATE else src, dst, weight)
                for kind, src, dst, weight in model.features]
    return Model(list(model.labels), [model.attributes[i] for i in used], features)


def write(path: str | Path, model: Model) -> None:
    """Write ``model`` as a CRFsuite file (``read`` of it gives the model back)."""
    features = bytearray(b"FEAT" + struct.pack("<II", 12 + _FEATURE.size * len(model.features),
                                               len(model.features)))
    for feature in model.features:
        features += _FEATURE.pack(*feature)
    labels = _cqdb(model.labels)
    attributes = _cqdb(model.attributes)
    by_label: list[list[int]] = [[] for _ in model.labels]
    by_attribute: list[list[int]] = [[] for _ in model.attributes]
    for fid, (kind, src, _, _) in enumerate(model.features):
        (by_attribute if kind == STATE else by_label)[src].append(fid)

    off_features = _HEADER.size
    off_labels = off_features + len(features)
    off_attrs = off_labels + len(labels)
    off_labelrefs = _aligned(off_attrs + len(attributes))
    labelrefs = _refs(b"LFRF", by_label, off_labelrefs)
    off_attrrefs = _aligned(off_labelrefs + len(labelrefs))
    attrrefs = _refs(b"AFRF", by_attribute, off_attrrefs)
    size = off_attrrefs + len(attrrefs)

    out = bytearray(_HEADER.pack(b"lCRF", size, b"FOMC", 100, len(model.features), len(model.labels),
                                 len(model.attributes), off_features, off_labels, off_attrs,
                                 off_labelrefs, off_attrrefs))
    for offset, chunk in ((off_features, features), (off_labels, labels), (off_attrs, attributes),
                          (off_labelrefs, labelrefs), (off_attrrefs, attrrefs)):
        out += bytes(offset - len(out))
        out += chunk
    Path(path).write_bytes(bytes(out))


def _aligned(offset: int) -> int:
    return (offset + 3) & ~3


def _refs(chunk_id: bytes, lists: list[list[int]], base: int) -> bytes:
    """A reference chunk: a table of absolute offsets, then each (count, ids)."""
    header = 12 + 4 * len(lists)
    offsets, body = [], bytearray()
    for fids in lists:
        offsets.append(base + header + len(body))
        body += struct.pack(f"<I{len(fids)}I", len(fids), *fids)
    return (chunk_id + struct.pack(f"<II{len(lists)}I", header + len(body), len(lists), *offsets)
            + bytes(body))


def _read_cqdb(data: bytes, base: int) -> list[str]:
    chunk_id, _size, _flag, byteorder, count, bwd_offset = _CQDB_HEADER.unpack_from(data, base)
    if chunk_id != b"CQDB" or byteorder != _BYTEORDER_CHECK:
        raise ValueError("not a CQDB dictionary")
    names = []
    for ident in range(count):
        (record,) = struct.unpack_from("<I", data, base + bwd_offset + 4 * ident)
        stored_id, key_size = struct.unpack_from("<II", data, base + record)
        if stored_id != ident:
            raise ValueError("CQDB dictionary out of order")
        names.append(data[base + record + 8: base + record + 8 + key_size - 1].decode("utf-8"))
    return names


def _cqdb(names: list[str]) -> bytes:
    """A CQDB dictionary mapping names[i] <-> i."""
    start = _CQDB_HEADER.size + 8 * _CQDB_TABLES
    records = bytearray()
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_CQDB_TABLES)]
    backward = []
    for ident, name in enumerate(names):
        key = name.encode("utf-8") + b"\0"
        offset = start + len(records)
        hashed = lookup3(key)
        tables[hashed % _CQDB_TABLES].append((hashed, offset))
        backward.append(offset)
        records += struct.pack("<II", ident, len(key)) + key

    refs, body = [], bytearray()
    for entries in tables:
        size = 2 * len(entries)
        buckets = [(0, 0)] * size
        for hashed, offset in entries:
            k = (hashed >> 8) % size
            while buckets[k][1]:
                k = (k + 1) % size
            buckets[k] = (hashed, offset)
        refs.append((start + len(records) + len(body), size) if size else (0, 0))
        for bucket in buckets:
            body += struct.pack("<II", *bucket)
    bwd_offset = start + len(records) + len(body)
    size = bwd_offset + 4 * len(backward)
    header = _CQDB_HEADER.pack(b"CQDB", size, 0, _BYTEORDER_CHECK, len(names), bwd_offset)
    table_refs = b"".join(struct.pack("<II", *ref) for ref in refs)
    return header + table_refs + bytes(records) + bytes(body) + struct.pack(f"<{len(backward)}I", *backward)


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _MASK


def lookup3(key: bytes, seed: int = 0) -> int:
    """Bob Jenkins' lookup3 ``hashlittle`` as the CQDB reader of underthesea_core computes it.

    It mixes every full 12-byte block, so a key whose length is a multiple of
    12 ends without the final avalanche (the C original keeps the last block
    for it); the reader must find the keys, so this follows the reader.
    """
    length = len(key)
    a = b = c = (0xDEADBEEF + length + seed) & _MASK
    whole = length - length % 12
    for n in range(0, whole, 12):
        x, y, z = struct.unpack_from("<III", key, n)
        a, b, c = _mix((a + x) & _MASK, (b + y) & _MASK, (c + z) & _MASK)
    if whole == length:
        return c
    x, y, z = struct.unpack("<III", key[whole:] + bytes(12 - length % 12))
    return _final((a + x) & _MASK, (b + y) & _MASK, (c + z) & _MASK)


def _mix(a: int, b: int, c: int) -> tuple[int, int, int]:
    a = ((a - c) & _MASK) ^ _rot(c, 4)
    c = (c + b) & _MASK
    b = ((b - a) & _MASK) ^ _rot(a, 6)
    a = (a + c) & _MASK
    c = ((c - b) & _MASK) ^ _rot(b, 8)
    b = (b + a) & _MASK
    a = ((a - c) & _MASK) ^ _rot(c, 16)
    c = (c + b) & _MASK
    b = ((b - a) & _MASK) ^ _rot(a, 19)
    a = (a + c) & _MASK
    c = ((c - b) & _MASK) ^ _rot(b, 4)
    b = (b + a) & _MASK
    return a, b, c


def _final(a: int, b: int, c: int) -> int:
    c = ((c ^ b) - _rot(b, 14)) & _MASK
    a = ((a ^ c) - _rot(c, 11)) & _MASK
    b = ((b ^ a) - _rot(a, 25)) & _MASK
    c = ((c ^ b) - _rot(b, 16)) & _MASK
    a = ((a ^ c) - _rot(c, 4)) & _MASK
    b = ((b ^ a) - _rot(a, 14)) & _MASK
    c = ((c ^ b) - _rot(b, 24)) & _MASK
    return c
