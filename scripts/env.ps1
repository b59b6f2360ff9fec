# Dot-sourced by scripts\run.ps1 and scripts\test.ps1 (Windows PowerShell 5.1 or PowerShell 7):
# make sure .venv exists, was made by a Python 3.11+, and holds what pyproject.toml asks for.
# pip runs only when the environment is missing or pyproject.toml changed since the last install
# (recorded in .venv\loopready-setup), so once set up LoopReady starts without the network.
# $env:PYTHON (a path, or a command such as "py -3.12") chooses the interpreter.

$ErrorActionPreference = 'Continue'
$script:VersionCode = 'import sys; print(*sys.version_info[:3], sep=chr(46))'

function Write-Setup([string]$Text) { [Console]::Error.WriteLine($Text) }

function Stop-Setup([string]$Text) {
    [Console]::Error.WriteLine('loopready setup: ' + $Text)
    exit 1
}

# "3.11.7" for a working interpreter, $null otherwise (a missing program, the Store stub).
function Get-PythonVersion([string[]]$Command) {
    if (-not $Command -or -not (Get-Command $Command[0] -ErrorAction SilentlyContinue)) { return $null }
    $rest = @()
    if ($Command.Length -gt 1) { $rest = $Command[1..($Command.Length - 1)] }
    $out = & $Command[0] @rest -c $script:VersionCode 2>$null
    if ($LASTEXITCODE -ne 0 -or -not $out) { return $null }
    $text = ([string]$out).Trim()
    if ($text -notmatch '^\d+\.\d+\.\d+$') { return $null }
    return $text
}

function Test-NewEnough([string]$Version) {
    if (-not $Version) { return $false }
    return ([version]$Version) -ge ([version]'3.11')
}

function Write-HowToInstall {
    Write-Setup '  Install Python 3.12 from python.org (Windows installer; tick "Add python.exe to PATH")'
    Write-Setup '  or run: winget install Python.Python.3.12'
    Write-Setup '  If it is installed but not found, point the script at it, for example:'
    Write-Setup '    $env:PYTHON = "C:\Python312\python.exe"   (or "py -3.12")'
}

# The interpreter to build .venv with, as a command array: $env:PYTHON, or the first 3.11+ found.
function Find-Python {
    if ($env:PYTHON) {
        $command = @($env:PYTHON -split ' ' | Where-Object { $_ })
        if (Test-Path -LiteralPath $env:PYTHON) { $command = @($env:PYTHON) }
        $version = Get-PythonVersion $command
        if (-not $version) {
            Write-Setup ('loopready setup: PYTHON=' + $env:PYTHON + ' does not run a Python interpreter.')
            Write-HowToInstall
            exit 1
        }
        if (-not (Test-NewEnough $version)) {
            Write-Setup ('loopready setup: PYTHON=' + $env:PYTHON + ' is Python ' + $version + '; LoopReady needs Python 3.11 or newer.')
            Write-HowToInstall
            exit 1
        }
        return ,$command
    }
    $seen = @()
    foreach ($candidate in @(@('py', '-3.13'), @('py', '-3.12'), @('py', '-3.11'), @('python'), @('python3'), @('py', '-3'))) {
        $version = Get-PythonVersion $candidate
        if (Test-NewEnough $version) { return ,$candidate }
        if ($version) { $seen += (($candidate -join ' ') + ' (' + $version + ')') }
    }
    $found = 'no Python on the PATH'
    if ($seen.Count -gt 0) { $found = $seen -join ', ' }
    Write-Setup ('loopready setup: LoopReady needs Python 3.11 or newer; found: ' + $found + '.')
    Write-HowToInstall
    exit 1
}

function Initialize-LoopReadyEnv([string]$Root, [string]$Extra) {
    $venv = Join-Path $Root '.venv'
    $vpy = Join-Path $venv 'Scripts\python.exe'
    $stamp = Join-Path $venv 'loopready-setup'

    # 0. A PYTHON that cannot be used stops here, before anything is changed.
    if ($env:PYTHON) { $null = Find-Python }

    # 1. An existing .venv made by a Python that is too old, gone, or not the one PYTHON names.
    if (Test-Path -LiteralPath $venv) {
        $have = Get-PythonVersion @($vpy)
        $reason = ''
        if (-not $have) {
            $reason = 'its Python no longer runs'
        } elseif (-not (Test-NewEnough $have)) {
            $reason = 'it was made by Python ' + $have + ' and LoopReady needs 3.11 or newer'
        } elseif ($env:PYTHON) {
            $wanted = Get-PythonVersion (Find-Python)
            if (([version]$wanted).Minor -ne ([version]$have).Minor) {
                $reason = 'it was made by Python ' + $have + ' and PYTHON=' + $env:PYTHON + ' is ' + $wanted
            }
        }
        if ($reason) {
            Write-Setup ('Rebuilding .venv: ' + $reason + '.')
            Remove-Item -LiteralPath $venv -Recurse -Force
        }
    }

    # 2. No .venv: make one with a suitable Python.
    $first = $false
    if (-not (Test-Path -LiteralPath $vpy)) {
        $python = Find-Python
        $rest = @()
        if ($python.Length -gt 1) { $rest = $python[1..($python.Length - 1)] }
        Write-Setup 'Setting up LoopReady (one time, about a minute)...'
        Write-Setup ('  a virtual environment in .venv, with Python ' + (Get-PythonVersion $python) + ' (' + ($python -join ' ') + ')')
        & $python[0] @rest -m venv $venv
        if ($LASTEXITCODE -ne 0) {
            Remove-Item -LiteralPath $venv -Recurse -Force -ErrorAction SilentlyContinue
            Stop-Setup ('could not create .venv with ' + ($python -join ' ') + '.')
        }
        $first = $true
    }

    # 3. Install only when nothing was installed yet or pyproject.toml changed since.
    $want = (Get-FileHash -Algorithm SHA256 -LiteralPath (Join-Path $Root 'pyproject.toml')).Hash.ToLower()
    $haveHash = ''
    $haveExtras = ''
    if (Test-Path -LiteralPath $stamp) {
        $parts = @(([string](Get-Content -LiteralPath $stamp -Raw)).Trim() -split ' ', 2)
        $haveHash = $parts[0]
        if ($parts.Length -gt 1) { $haveExtras = $parts[1].Trim() }
    }
    $extrasList = @($haveExtras -split ',' | Where-Object { $_ })
    $hasExtra = (-not $Extra) -or ($extrasList -contains $Extra)
    if (($haveHash -eq $want) -and $hasExtra) { return }
    if ($Extra -and -not ($extrasList -contains $Extra)) { $extrasList += $Extra }
    $extras = $extrasList -join ','
    if (-not $first) {
        if (-not $haveHash) {
            Write-Setup 'Setting up LoopReady (one time, about a minute)...'
        } elseif ($haveHash -ne $want) {
            Write-Setup 'pyproject.toml changed: updating .venv (about a minute)...'
        } else {
            Write-Setup ('Adding the ' + $Extra + ' tools to .venv (one time, under a minute)...')
        }
    }
    $target = $Root
    if ($extras) {
        $target = $Root + '[' + $extras + ']'
        Write-Setup ('  installing LoopReady and its libraries (with: ' + $extras + ') from PyPI into .venv')
    } else {
        Write-Setup '  installing LoopReady and its libraries from PyPI into .venv'
    }
    $started = Get-Date
    & $vpy -m pip install --disable-pip-version-check -q -e $target
    if ($LASTEXITCODE -ne 0) {
        if ($haveHash -and $hasExtra) {
            Write-Setup 'loopready setup: could not update .venv (offline?); going on with the libraries installed before. It will try again next time.'
            return
        }
        Stop-Setup 'installing the libraries failed (pip''s message is above). The first start downloads them from PyPI, so it needs the internet; after that LoopReady runs offline. Run this again when online.'
    }
    Set-Content -LiteralPath $stamp -Value ($want + ' ' + $extras) -Encoding Ascii
    $seconds = [int]((Get-Date) - $started).TotalSeconds
    Write-Setup ('Ready (' + $seconds + ' s). Later starts skip this step and need no network.')
}
