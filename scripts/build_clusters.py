"""Word clusters for the NER model, from unlabeled Vietnamese news.

    python scripts/build_clusters.py data/vntc/data/raw/Train_Full

Reads every text file under the folder (the VNTC news corpus' training part:
public repository magizbox/underthesea.classification, MIT licence; fetched,
never committed), counts which syllables stand left and right of each
syllable, weighs the counts by positive pointwise mutual information, reduces
them with a truncated SVD and groups the syllables with k-means at two
granularities. Syllables that occur in the same contexts ("Hà", "Huế",
"Đà"...) share a cluster, which lets the model generalize from the names it
saw in training to names it did not. Deterministic (fixed seeds).

Needs numpy and scipy (build time only; the package reads the TSV it writes).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnreport.encoding import decode, match_key  # noqa: E402
from vnreport.errors import VnreportError  # noqa: E402
from vnreport.ner import cluster_key  # noqa: E402
from vnreport.tokenize import TOKEN_RE  # noqa: E402

OUT = ROOT / "vnreport/data/ner/clusters.tsv"


def syllables(folder: Path, limit: int) -> list[list[str]]:
    """Lines of lowercased, tone-folded tokens from up to ``limit`` files."""
    keys: dict[str, str] = {}
    lines = []
    files = sorted(p for p in folder.rglob("*") if p.is_file())[:limit]
    for path in files:
        try:
            text = decode(path.read_bytes(), path=str(path)).text
        except VnreportError:
            continue
        for line in text.splitlines():
            toks = []
            for m in TOKEN_RE.finditer(line):
                t = m.group()
                k = keys.get(t)
                if k is None:
                    k = keys[t] = cluster_key(t, match_key(t))
                toks.append(k)
            if toks:
                lines.append(toks)
    return lines


def main() -> int:
    import numpy as np
    from scipy.cluster.vq import kmeans2
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=40000)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--contexts", type=int, default=3000)
    parser.add_argument("--dims", type=int, default=80)
    parser.add_argument("--clusters", default="100,500")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    lines = syllables(args.folder, args.files)
    counts = Counter(t for line in lines for t in line)
    vocab = [t for t, n in counts.most_common() if n >= args.min_count]
    index = {t: i for i, t in enumerate(vocab)}
    contexts = {t: i for i, t in enumerate(vocab[: args.contexts])}
    print(f"{sum(counts.values())} tokens, {len(vocab)} syllables kept", flush=True)

    pairs: Counter[tuple[int, int]] = Counter()
    n_ctx = len(contexts)
    for line in lines:
        ids = [index.get(t) for t in line]
        for k, i in enumerate(ids):
            if i is None:
                continue
            if k > 0 and (c := contexts.get(line[k - 1])) is not None:
                pairs[(i, c)] += 1  # left neighbour
            if k + 1 < len(line) and (c := contexts.get(line[k + 1])) is not None:
                pairs[(i, n_ctx + c)] += 1  # right neighbour
    rows, cols = zip(*pairs.keys())
    values = np.fromiter(pairs.values(), dtype=np.float64)
    m = coo_matrix((values, (rows, cols)), shape=(len(vocab), 2 * n_ctx)).tocsr()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()

    rng = np.random.default_rng(13)
    u, s, _ = svds(ppmi, k=args.dims, v0=rng.standard_normal(min(ppmi.shape)))
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12

    columns = []
    for k in (int(x) for x in args.clusters.split(",")):
        # "++" seeding costs a Python loop per centroid: fine for a few hundred, slow beyond
        init = "++" if k <= 500 else "points"
        _, labels = kmeans2(vectors, k, minit=init, seed=np.random.default_rng(k), iter=30)
        columns.append(labels)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        f.write(f"# syllable\tclusters ({args.clusters}) from scripts/build_clusters.py on VNTC Train_Full\n")
        for i, t in enumerate(vocab):
            f.write(t + "\t" + "\t".join(str(int(c[i])) for c in columns) + "\n")
    print(f"wrote {args.out} ({len(vocab)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
