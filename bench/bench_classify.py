"""Benchmark the principle classifier: cold process, first use, 100 bullets, run-time fallback.

Run: .venv/bin/python bench/bench_classify.py   (prints numbers; nothing is asserted)

- cold process: a fresh `python -c` that imports the classifier and classifies one line (what
  `python -m app classify` and the first analysis in the GUI pay), median of 5, next to a bare
  interpreter start for reference;
- first use in a process: loading the prebuilt model (knowledge/classifier/model.json);
- classify 100 bullets once the model is loaded;
- the fallback when the artifact is stale (someone edited exemplars.jsonl or lexicon.json
  without running scripts/build_classifier.py): import scikit-learn and train.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BULLETS = [
    "Mentored 3 interns on model evaluation; two received return offers",
    "Reduced inference cost by 45% by distilling the ranking model",
    "Debugged a training/serving skew and traced it to a stale feature",
    "Led the end-to-end launch of the fraud model, owning on-call and retraining",
    "Interviewed 20 customers and redesigned the onboarding flow from their feedback",
    "Automated the weekly report, removing 8 hours of manual work",
    "Published a paper on contrastive learning at a top venue",
    "Raised unit test coverage of the payments service from 40% to 90%",
    "Technical Skills: Python, SQL, PyTorch, Docker",
    "Increased click-through rate by 12% with a new ranking model",
]

COLD = ("from app.analysis.principles import PrincipleClassifier; "
        "from app.knowledge import load_knowledge; "
        "PrincipleClassifier(load_knowledge()).classify(['Reduced inference cost by 45%'])")


def _cold(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    bare = _cold("pass")
    cold = _cold(COLD)
    print(f"cold process, classify 1 line:   median {1000 * cold:.0f} ms "
          f"(bare interpreter {1000 * bare:.0f} ms)")

    t0 = time.perf_counter()
    from app.analysis import principles
    from app.knowledge import load_knowledge

    knowledge = load_knowledge()
    t1 = time.perf_counter()
    classifier = principles.PrincipleClassifier(knowledge)
    classifier.classify(["warm-up"])
    t2 = time.perf_counter()
    heavy = sorted(m for m in ("sklearn", "scipy", "numpy") if m in sys.modules)
    print(f"import app + load knowledge:     {1000 * (t1 - t0):.0f} ms")
    print(f"first use (load model.json):     {1000 * (t2 - t1):.0f} ms, "
          f"model from {classifier.model_source}, heavy imports: {heavy or 'none'}")
    batch = (BULLETS * 10)[:100]
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        classifier.classify(batch)
        runs.append(time.perf_counter() - start)
    print(f"classify 100 bullets:            median {1000 * statistics.median(runs):.1f} ms, "
          f"min {1000 * min(runs):.1f} ms")

    t3 = time.perf_counter()
    import scipy.sparse  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.linear_model  # noqa: F401

    t4 = time.perf_counter()
    cpu = time.process_time()
    principles.train(classifier.exemplars, classifier.lexicon)
    t5 = time.perf_counter()
    cpu = time.process_time() - cpu
    print(f"fallback (stale artifact): import scikit-learn+scipy {1000 * (t4 - t3):.0f} ms, "
          f"train {1000 * (t5 - t4):.0f} ms wall / {1000 * cpu:.0f} ms CPU "
          f"({len(classifier.exemplars)} exemplars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
