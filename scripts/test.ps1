# Run ruff and the test suite (offscreen) on Windows (Windows PowerShell 5.1 or PowerShell 7):
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [pytest arguments]
# Sets up .venv with the test tools on the first run (needs the internet); later runs reinstall
# only when pyproject.toml changes. Tests that need ..\shared\corpus skip with a reason when it
# is absent ($env:LOOPREADY_CORPUS points elsewhere).
$root = Split-Path -Parent $PSScriptRoot
. (Join-Path $PSScriptRoot 'env.ps1')
Initialize-LoopReadyEnv -Root $root -Extra 'test'
Set-Location -LiteralPath $root
$env:QT_QPA_PLATFORM = 'offscreen'
$python = Join-Path $root '.venv\Scripts\python.exe'
& $python -m ruff check app tests
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& $python -m mypy
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
# the app as bytecode, as an install has it: the tests start the app in many child processes
& $python -m compileall -q -j 0 app | Out-Null
& $python -m pytest -q @args
exit $LASTEXITCODE
