"""Benchmark the principle classifier: import, model build (once per process), 100 bullets.

Run: .venv/bin/python bench/bench_classify.py   (prints numbers; nothing is asserted)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def main() -> int:
    t0 = time.perf_counter()
    from app.analysis.principles import PrincipleClassifier
    from app.knowledge import load_knowledge

    knowledge = load_knowledge()
    t1 = time.perf_counter()
    import scipy.sparse  # noqa: F401  (count the imports apart from the model build)
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.linear_model  # noqa: F401

    t2 = time.perf_counter()
    cpu = time.process_time()
    classifier = PrincipleClassifier(knowledge)
    classifier.classify(["warm-up"])
    t3 = time.perf_counter()
    cpu = time.process_time() - cpu
    batch = (BULLETS * 10)[:100]
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        classifier.classify(batch)
        runs.append(time.perf_counter() - start)
    print(f"exemplars: {len(classifier.exemplars)}")
    print(f"import app + load knowledge: {1000 * (t1 - t0):.0f} ms")
    print(f"import scikit-learn, scipy:  {1000 * (t2 - t1):.0f} ms")
    print(f"build model (once/process):  {1000 * (t3 - t2):.0f} ms wall, {1000 * cpu:.0f} ms CPU")
    print(f"classify 100 bullets:        median {1000 * statistics.median(runs):.1f} ms, "
          f"min {1000 * min(runs):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
