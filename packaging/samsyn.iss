; Inno Setup 6 script: a Windows installer around the one-folder build.
;
; On Windows, after `py dev.py build` (which leaves dist\samsyn\):
;
;     iscc /DAppVersion=0.1.0 packaging\samsyn.iss
;
; AppVersion must be the version in pyproject.toml (the one `samsyn --version`
; prints); the installer is written to dist\Samsyn-<version>-setup.exe.
; It installs for the current user without administrator rights (municipal
; laptops rarely grant them), adds a Start-menu entry, and opens .samsyn files
; in Samsyn on double-click.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\samsyn.iss
#endif

[Setup]
; AppId identifies Samsyn to Windows' uninstaller across versions: never change it.
AppId={{6E3B7C2A-3F6D-4B8E-9C1A-5D2F8A7B4C10}
AppName=Samsyn
AppVersion={#AppVersion}
AppVerName=Samsyn {#AppVersion}
AppPublisher=Samsyn
DefaultDirName={autopf}\Samsyn
DefaultGroupName=Samsyn
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=Samsyn-{#AppVersion}-setup
SetupIconFile=samsyn.ico
UninstallDisplayIcon={app}\samsyn.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running Samsyn holds its forum file; let Setup ask it to close first.
CloseApplications=yes

[Languages]
; Swedish.isl is a user-contributed translation (Inno Setup's translations
; page); put it in Inno Setup's Languages folder for a Swedish installer.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder: samsyn.exe (the window), samsyn-cli.exe (the command
; line, with a console) and _internal\.
Source: "..\dist\samsyn\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle whole, so no library of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Samsyn"; Filename: "{app}\samsyn.exe"
Name: "{autodesktop}\Samsyn"; Filename: "{app}\samsyn.exe"; Tasks: desktopicon

[Registry]
; .samsyn files open in Samsyn (HKA: the current user's classes when installed
; without administrator rights, the machine's otherwise).
Root: HKA; Subkey: "Software\Classes\.samsyn"; ValueType: string; ValueName: ""; ValueData: "Samsyn.Forum"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Samsyn.Forum"; ValueType: string; ValueName: ""; ValueData: "Samsyn-forum"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Samsyn.Forum\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\samsyn.exe,0"
Root: HKA; Subkey: "Software\Classes\Samsyn.Forum\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\samsyn.exe"" ""%1"""

[Run]
Filename: "{app}\samsyn.exe"; Description: "{cm:LaunchProgram,Samsyn}"; Flags: nowait postinstall skipifsilent
