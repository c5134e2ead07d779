"""The one place that loads statistical models, each once per process.

Word segmentation and part-of-speech models come from the underthesea package
(its bundled VLSP 2013 CRF models); the named-entity model ships inside
vnreport (``vnreport/data/ner/``), and so do the figure CRFs
(``vnreport/data/figure_crf/``, read by :mod:`vnreport.figure_crf`). All are run
through underthesea_core's Rust featurizer and tagger, never through Python
feature templates.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class CRF:
    """A CRF tagger with the feature templates it was trained with."""

    featurizer: Any
    tagger: Any

    def tag(self, columns: list[list[str]]) -> list[str]:
        """Tags for one sequence; ``columns[i]`` holds token i's attributes."""
        if not columns:
            return []
        features = self.featurizer.process([columns])[0]
        return list(self.tagger.tag(features))


def _load(model_dir: Path, templates: list[str] | None = None,
          dictionary: set[str] | frozenset[str] | None = None) -> CRF:
    from underthesea_core import CRFFeaturizer

    if templates is None or dictionary is None:
        templates = _unpickled(model_dir / "features.bin")
        dictionary = _unpickled(model_dir / "dictionary.bin")
    return CRF(CRFFeaturizer(templates, dictionary), crf_tagger(model_dir / "models.bin"))


def crf_tagger(path: Path) -> Any:
    """underthesea_core's tagger over the CRFsuite model file at ``path``."""
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(str(path))
    return tagger


def _unpickled(path: Path) -> Any:
    """underthesea's bundled feature lists: joblib files holding plain pickles.

    The C unpickler reads them thirty times faster than joblib.load (which
    also imports numpy); joblib remains the fallback for a joblib-specific file.
    """
    import pickle

    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except pickle.UnpicklingError:
        import joblib

        return joblib.load(path)


def _underthesea_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        raise RuntimeError("underthesea is not installed")
    return Path(os.path.dirname(spec.origin))


_SEGMENTER_DIR = "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727"


@functools.cache
def word_segmenter() -> CRF:
    """underthesea's word-segmentation CRF (syllable -> B-W/I-W)."""
    model_dir = _underthesea_dir() / _SEGMENTER_DIR
    return _load(model_dir, _unpickled(model_dir / "features.bin"), dictionary())


@functools.cache
def dictionary() -> frozenset[str]:
    """The words of the segmenter's dictionary (underthesea's, lower case, syllables spaced)."""
    return frozenset(_unpickled(_underthesea_dir() / _SEGMENTER_DIR / "dictionary.bin"))


@functools.cache
def pos_tagger() -> CRF:
    """underthesea's part-of-speech CRF (word -> B-N, B-V, B-Np ...)."""
    return _load(_underthesea_dir() / "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303")


@functools.cache
def ner_tagger() -> CRF | None:
    """vnreport's own named-entity CRF, or None when the package ships none."""
    import json

    model_dir = DATA / "ner"
    if not (model_dir / "model.crfsuite").exists():
        return None
    from underthesea_core import CRFFeaturizer

    meta = json.loads((model_dir / "features.json").read_text(encoding="utf-8"))
    featurizer = CRFFeaturizer(meta["templates"], set(meta.get("dictionary", [])))
    return CRF(featurizer, crf_tagger(model_dir / "model.crfsuite"))


#: the figure CRFs, one model file per field (scripts/train_figure_crf.py writes them)
FIGURE_CRF_DIR = DATA / "figure_crf"


@functools.cache
def figure_tagger(name: str) -> Any:
    """The CRF that marks the figure field ``name`` (the action's; the subject has a model of its
    own, :mod:`vnreport.figure_subjects`), or None when the package ships none. It tags attribute lists built by :mod:`vnreport.figure_crf`."""
    path = FIGURE_CRF_DIR / f"{name}.crfsuite"
    return crf_tagger(path) if path.exists() else None
