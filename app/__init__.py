"""LoopReady: a private, local interview-prep kit built from a resume and a job description."""

__version__ = "0.1.0"
APP_NAME = "LoopReady"
