"""Stage: word segmentation and part-of-speech tags for each sentence.

Each sentence is segmented and tagged once; every later stage reads
``Sentence.words`` and ``Sentence.tags`` instead of re-running a model.
"""

from __future__ import annotations

from .document import Document, Sentence, Word
from .models import pos_tagger, word_segmenter
from .numbers import number_words


def tag_words(doc: Document) -> Document:
    """Fill ``words`` (with POS) and ``tags["ws"]`` of every sentence."""
    ws, pos = word_segmenter(), pos_tagger()
    for sentence in doc.sentences:
        _segment(sentence, ws.tag([[t.text] for t in sentence.tokens]))
        if sentence.words:
            tags = pos.tag([[w.text] for w in sentence.words])
            for word, tag in zip(sentence.words, tags):
                word.pos = tag[2:] if tag.startswith(("B-", "I-")) else tag
    return doc


def _segment(sentence: Sentence, ws_tags: list[str]) -> None:
    scales, compounds = number_words().scales, number_words().scale_compounds
    words: list[Word] = []
    toks = sentence.tokens
    for i, (tok, tag) in enumerate(zip(toks, ws_tags)):
        # numbers and punctuation never join a word, whatever the model says; nor does the
        # syllable after a scale word that follows a number ("5 tỷ | yên", "1 tỉ | KWh"; not "2 tỷ phú")
        joinable = (tag == "I-W" and words and tok.kind == "word" and toks[i - 1].kind == "word"
                    and not (i >= 2 and toks[i - 2].kind == "number" and toks[i - 1].text.lower() in scales
                             and tok.text.lower() not in compounds))
        if joinable:
            last = words[-1]
            last.end, last.last = tok.end, i + 1
        else:
            words.append(Word("", tok.start, tok.end, "", i, i + 1))
    for word in words:
        # a word keeps single spaces between its syllables, as the POS model expects
        word.text = " ".join(t.text for t in toks[word.first : word.last])
    sentence.words = words
    firsts = {w.first for w in words}
    sentence.tags["ws"] = ["B-W" if i in firsts else "I-W" for i in range(len(toks))]
