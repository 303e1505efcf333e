; Inno Setup 6 script: Windows installer of Soyuz Mission Browser from the PyInstaller folder.
; Built by packaging\windows\build.ps1 on a Windows machine; NOT exercised by the Linux CI of this project.
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\build\dist\soyuz-gui /DOutputDir=..\build packaging\windows\soyuz-gui.iss

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build.ps1 reads it from soyuz_gui\__init__.py)
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\soyuz-gui"
#endif
#ifndef OutputDir
  #define OutputDir "..\build"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\soyuz-gui.ico"
#endif
#define AppName "Soyuz Mission Browser"
#define AppExe "soyuz-gui.exe"

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6F1C7B2E-3D4A-4C1B-9E8F-5A2D7C9B0E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Soyuz Mission Browser developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights is offered; a kiosk operator installs for all users (admin).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=soyuz-gui-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk"; Description: "Start in kiosk mode when a user logs on"; GroupDescription: "Kiosk:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder (no stale Qt plugins or modules from an older version).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{autostartup}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: kiosk

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
