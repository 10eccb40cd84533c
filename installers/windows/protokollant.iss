; Protokollant – Inno Setup 6 script: per-user installation, no administrator rights needed.
;
; Build on Windows after the bundle exists (see README.md beside this file):
;   iscc /DAppVersion=0.1.0 installers\windows\protokollant.iss
; Result: dist\Protokollant-<version>-Setup.exe
;
; What it does and does not do:
; - installs into %LOCALAPPDATA%\Programs\Protokollant ({autopf} under lowest privileges);
; - one start-menu entry (optional desktop icon); no file associations, .docx stays with Word;
; - the uninstaller removes the program files only: the database, its backups and the log
;   live in %LOCALAPPDATA%\secretary-app (platformdirs), which the installer never touches.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Protokollant"
#define AppExe "Protokollant.exe"
#ifndef BundleDir
  #define BundleDir "..\..\dist\Protokollant"
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{471F235A-CFFC-4468-BD7C-8EFFB8A16048}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Protokollant
AppComments=Sitzungsprotokolle für Ausschüsse: Tagesordnung, Wortprotokoll, Abstimmungen, Protokollauszug und Niederschrift
VersionInfoVersion={#AppVersion}
; per user, no UAC prompt; IT may still install for all users with the /ALLUSERS switch
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ChangesAssociations=no
ChangesEnvironment=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Protokollant-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\protokollant.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; a running Protokollant is asked to close before files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle, so no DLL of an older Qt/Python is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Sitzungsprotokolle für Ausschüsse"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [Registry] section (no file associations) and no [UninstallDelete] section: uninstalling
; removes exactly the files installed above and keeps the user's data.
