"""Practice: the rubric of a told answer, readiness per question and principle, the day-by-day
plan to the interview and its calendar file. Qt-free: the window, the CLI and
`app.workflow` call these same functions."""
