# Start LoopReady from a source checkout on Windows (Windows PowerShell 5.1 or PowerShell 7):
#   powershell -ExecutionPolicy Bypass -File scripts\run.ps1 --sample
# The first run sets up .venv (needs the internet, about a minute); later runs start at once,
# offline, and reinstall only when pyproject.toml changes. $env:PYTHON picks the interpreter.
$root = Split-Path -Parent $PSScriptRoot
. (Join-Path $PSScriptRoot 'env.ps1')
Initialize-LoopReadyEnv -Root $root -Extra ''
# From the caller's folder, so relative file names on the command line keep working.
if ($env:PYTHONPATH) { $env:PYTHONPATH = $root + ';' + $env:PYTHONPATH } else { $env:PYTHONPATH = $root }
& (Join-Path $root '.venv\Scripts\python.exe') -m app @args
exit $LASTEXITCODE
