# Build the Windows installer of Soyuz Mission Browser: packaging\build\soyuz-gui-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11+ (x64) on PATH as "python"; Inno Setup 6 (installed with Chocolatey when missing).
# This script is written for a Windows CI runner (e.g. GitHub's windows-latest); it is NOT run by this project's
# Linux CI, so the first run on Windows is its first test.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Build = Join-Path $Root "packaging\build"
New-Item -ItemType Directory -Force -Path $Build, "$Build\icons" | Out-Null

function Run($exe, [string[]]$arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# 1. Build venv: the runtime dependencies as pyproject.toml declares them, plus PyInstaller.
$Venv = Join-Path $Build "venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Run python @("-m", "venv", $Venv) }
$Py = "$Venv\Scripts\python.exe"
$deps = & $Py -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))"
Run $Py (@("-m", "pip", "install", "-q", "--disable-pip-version-check", "pyinstaller>=6.10,<7") + ($deps -split "`n" | Where-Object { $_ }))
$Version = (& $Py -c "import soyuz_gui; print(soyuz_gui.__version__)").Trim()  # __init__ imports nothing
Write-Host "Soyuz Mission Browser $Version"

# 2. Icon (rendered from resources\icons\soyuz-gui.svg with Qt), then the frozen folder.
$env:QT_QPA_PLATFORM = "offscreen"
Run $Py @("packaging\render_icons.py", "--ico", "$Build\icons\soyuz-gui.ico")
Remove-Item Env:\QT_QPA_PLATFORM
Run $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", "$Build\dist", "--workpath", "$Build\work", "packaging\soyuz-gui.spec")
$Exe = "$Build\dist\soyuz-gui\soyuz-gui.exe"

# 3. Smoke test of the frozen program: the main window rendered off screen. (The .exe is a windowed program,
#    so --version prints nothing to a console; the screenshot is the check.)
$Shot = "$Build\windows-screenshot.png"
Remove-Item -ErrorAction SilentlyContinue $Shot
$p = Start-Process -FilePath $Exe -ArgumentList @("--screenshot", "`"$Shot`"") -Wait -PassThru
if ($p.ExitCode -ne 0 -or -not (Test-Path $Shot)) { throw "frozen soyuz-gui.exe --screenshot failed ($($p.ExitCode))" }
Run $Py @("packaging\linux\pngcheck.py", $Shot, "--size", "1280x800")

# 4. Installer.
$Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
  Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $Iscc) {
  Run choco @("install", "innosetup", "-y", "--no-progress")
  $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
}
Run $Iscc @("/Qp", "/DAppVersion=$Version", "/DSourceDir=$Build\dist\soyuz-gui", "/DOutputDir=$Build",
            "/DIconFile=$Build\icons\soyuz-gui.ico", "packaging\windows\soyuz-gui.iss")
$Setup = "$Build\soyuz-gui-$Version-setup.exe"

# 5. Silent install, run the installed program, silent uninstall.
$Target = "$Build\install-test"
Run $Setup @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/DIR=$Target")
Start-Sleep -Seconds 2
$p = Start-Process -FilePath "$Target\soyuz-gui.exe" -ArgumentList @("--screenshot", "`"$Build\installed.png`"") -Wait -PassThru
if ($p.ExitCode -ne 0) { throw "installed soyuz-gui.exe --screenshot failed" }
Run $Py @("packaging\linux\pngcheck.py", "$Build\installed.png", "--size", "1280x800", "--like", $Shot)
Run "$Target\unins000.exe" @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
Start-Sleep -Seconds 3
if (Test-Path "$Target\soyuz-gui.exe") { throw "uninstall left $Target\soyuz-gui.exe" }

$size = (Get-Item $Setup).Length / 1MB
Write-Host ("built {0} ({1:N1} MB)" -f $Setup, $size)
