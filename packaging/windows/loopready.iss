; Inno Setup script for LoopReady (Windows installer).
; Build after PyInstaller:  iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\LoopReady packaging\windows\loopready.iss
; Per-user install by default (no admin prompt); Start-menu entry, optional desktop icon,
; file association for LoopReady session files (.loopready.json), uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\LoopReady"
#endif

[Setup]
AppId={{6F1C7A52-3B0E-4E4B-9D2C-8A5B1E0C4D17}
AppName=LoopReady
AppVersion={#AppVersion}
AppVerName=LoopReady {#AppVersion}
AppPublisher=LoopReady
DefaultDirName={autopf}\LoopReady
DefaultGroupName=LoopReady
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=LoopReady-{#AppVersion}-setup
SetupIconFile=..\icons\loopready.ico
UninstallDisplayIcon={app}\LoopReady.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LoopReady"; Filename: "{app}\LoopReady.exe"
Name: "{group}\Uninstall LoopReady"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LoopReady"; Filename: "{app}\LoopReady.exe"; Tasks: desktopicon

[Registry]
; Session files open in LoopReady.
Root: HKA; Subkey: "Software\Classes\.loopready.json"; ValueType: string; ValueName: ""; ValueData: "LoopReady.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LoopReady.Session"; ValueType: string; ValueName: ""; ValueData: "LoopReady session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LoopReady.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\LoopReady.exe,0"
Root: HKA; Subkey: "Software\Classes\LoopReady.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\LoopReady.exe"" ""%1"""
; "Open with LoopReady" for resumes, without taking over the default viewer.
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "LoopReady.Resume"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "LoopReady.Resume"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LoopReady.Resume"; ValueType: string; ValueName: ""; ValueData: "Resume (open in LoopReady)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LoopReady.Resume\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\LoopReady.exe"" ""%1"""

[Run]
Filename: "{app}\LoopReady.exe"; Description: "{cm:LaunchProgram,LoopReady}"; Flags: nowait postinstall skipifsilent
