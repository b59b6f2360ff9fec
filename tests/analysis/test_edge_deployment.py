"""'Experience deploying models on edge hardware (NVIDIA Jetson, ONNX Runtime, TensorRT)':
the edge is what is asked, a model run on a device (a robot, a phone, a camera, a board), not
one served from a cloud endpoint (held-back set 20: two cloud ML engineers read as met).
Invented people and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer (m/w/d)
Kestelborn Werke

NICE TO HAVE
- Experience deploying models on edge hardware (NVIDIA Jetson, ONNX Runtime, TensorRT)
"""

RESUME = """
Henrike Oyelaran-Voss
Stuttgart, Germany

EXPERIENCE
Machine Learning Engineer | Talwerk Robotics | Apr 2022 - Present
- {line}
- Trained the defect classifier in PyTorch on 80,000 labelled images.

EDUCATION
M.Sc. Computer Science, University of Stuttgart, 2022
"""


def test_a_model_run_on_a_device_shows_edge_deployment(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(
        line="Deployed the classifier on Jetson Orin boards on the line with TensorRT; 14 ms "
             "a frame."), POSTING)
    assert got.of("Experience deploying models on edge") == "met", got.why("Experience deploying")
    cloud = judge(tmp_path, RESUME.format(
        line="Deployed the classifier to a SageMaker endpoint behind the inspection API."),
        POSTING, name="cloud")
    assert cloud.of("Experience deploying models on edge") != "met"
    assert "edge" in cloud.why("Experience deploying models on edge")
