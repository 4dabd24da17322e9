; Inno Setup 6 script: installs the bundle built by packaging\guichet.spec
; (dist\guichet) in Program Files, with a Start-menu shortcut, an optional
; desktop shortcut and an uninstaller. Built on Windows, from the repository
; root, after the bundle:   iscc packaging\windows\guichet.iss
; Result: dist\guichet-<version>-installation.exe
;
; The site's data is not in Program Files but in each Windows account's
; %APPDATA%\guichet (or GUICHET_DATA_DIR): uninstalling leaves it in place.
; Kiosk: this installer puts the program in place; making guichet.exe --kiosk
; the shell of a dedicated account (Shell Launcher) is done afterwards, as
; described in docs/installation.md (partie 4).

#define AppName "guichet"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1C2B0E-4B7A-4C1D-9E55-2D6A1F0B9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=guichet
AppComments=Accueil France Services
DefaultDirName={autopf}\guichet
DefaultGroupName=guichet
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=guichet-{#AppVersion}-installation
SetupIconFile=..\..\resources\icons\guichet.ico
UninstallDisplayIcon={app}\guichet.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\guichet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole bundle: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\guichet"; Filename: "{app}\guichet.exe"
Name: "{autodesktop}\guichet"; Filename: "{app}\guichet.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\guichet.exe"; Description: "{cm:LaunchProgram,guichet}"; Flags: nowait postinstall skipifsilent
