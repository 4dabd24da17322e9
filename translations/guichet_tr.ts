<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>At the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Agents of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (wrong PINs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site must keep at least one active manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN saved for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>guichet: no screen is available (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start guichet from a graphical session, or use --screenshot DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>guichet copies the site&apos;s database once a day, at the first start of the day, and keeps the last {count}. Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup of {moment}?

Visits and changes saved after it will not be in the restored database. The current file is kept aside for your technician. Everyone will have to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored, the database is as it was: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Appointment {operator} — {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the supporting documents listed on the checklist you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>The catalogue file “{file}” is invalid, at {entry}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file “{file}” is invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a valid JSON Schema ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition “{part}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier is already used in “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist is empty; set “no_document” if none is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure “{id}” (no. {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry “{id}” of “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” must be one of: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is empty or too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is not in the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “{field}” is invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Visitor&apos;s situation (leave blank if unknown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a procedure to see its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official service-public.fr sheet: no checklist here, see the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supporting document is needed for this procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>the original</source>
        <translation>aslı</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>kopyası</translation>
    </message>
    <message>
        <source>the original or a copy</source>
        <translation>aslı veya kopyası</translation>
    </message>
    <message>
        <source>One of these:</source>
        <translation>Bunlardan biri:</translation>
    </message>
    <message>
        <source>Take the list with me</source>
        <translation>Listeyi yanıma al</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Bir görevliyle görüşün</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Geri</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>Getirmeniz gerekenler:</translation>
    </message>
    <message>
        <source>Nothing to bring.</source>
        <translation>Getirmeniz gereken bir şey yok.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The disk is full: nothing was saved, and what was saved before is intact. Free some space on the disk, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet cannot read its database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid month “{month}”: expected YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site in {path}: start guichet there once to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} requests exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be between 0 and 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} demo visits added to {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-time code given: ask the hub&apos;s administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the code: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with {site} (workstation {workstation}); token kept in: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled: run guichet enroll first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at {url} answered something unexpected (is it really a guichet hub?); nothing is lost, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached ({reason}); nothing is lost, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the sync: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed {pushed} events, pulled {pulled}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue {version} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators: {count} (local: {local})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures: {count} (local: {local}, reference sheets: {references})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invalid local entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets added: {added}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated procedures enriched: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionQuestion</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back for missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (median / 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling (median / 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per operator (dark: this period, light: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}
previous: {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Diğer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} requests exported to {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed, nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held:.0f} h of {declared:.0f} h ({share})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The site&apos;s database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet cannot read its database:
{path}

The file may be damaged or used by another program. Nothing has been changed or deleted.

Detail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this site exists on this computer: call your technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup dates from {moment}. Restoring it keeps the damaged file aside; visits saved after the backup will not be in the restored database. (Also possible later with: guichet restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>New visit (Ctrl+N)</source>
        <extracomment>How early the desk shows an appointment about to start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a ticket (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name} — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment at {time}: {operator}, {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet {version}
Front desk of a France Services site.

Catalogue {catalog} of {date}
{procedures} procedures, {operators} operators and partners

Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {code} given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} visits · {requests} requests · {share} handled on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit can no longer be changed: only today&apos;s visits can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the visit was not saved. What was saved before is intact. Free some space on the disk, then close the visit again (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled visit cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit of {time}? It will no longer count in the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DilaImport</name>
    <message>
        <source>the file “{path}” is not a readable zip archive ({reason})</source>
        <extracomment>What zipfile raises for a member it cannot give back: damaged, truncated, compressed in a way it does not know, or encrypted. The site&apos;s themes, found from the first words of the sheet&apos;s theme.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable in the archive ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet declares XML entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid XML ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is not “Publication”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier “{id}” does not match the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no https link (spUrl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>line {line}: {detail}</source>
        <extracomment>Digits and spaces after an optional &quot;+&quot;: &quot;03 81 00 00 00&quot;, &quot;+33 3 81…&quot;, &quot;3230&quot;. Phrased with the spreadsheet line number: &quot;ligne 4 : le nom est vide&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} hours not understood “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number not understood “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address not understood “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the website must be an address starting with https:// “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more cells than columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same office as line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a CSV file ({reason})</source>
        <extracomment>Every other column may be left out: its value is then empty for every office.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not in UTF-8: save it from the spreadsheet as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the columns must be separated by “;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “{column}” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the header is not understood: {problems}. Expected columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the period has {count} requests, more than one XLSX sheet holds ({limit}); export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder or a device, not a file: give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished">Yüz yüze</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Telefonla</translation>
    </message>
    <message>
        <source>By video</source>
        <translation type="unfinished">Görüntülü görüşmeyle</translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanied procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor finishes alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">18 yaş altı</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation type="unfinished">18-24 yaş</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation type="unfinished">25-39 yaş</translation>
    </message>
    <message>
        <source>40 to 59</source>
        <translation type="unfinished">40-59 yaş</translation>
    </message>
    <message>
        <source>60 to 69</source>
        <translation type="unfinished">60-69 yaş</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation type="unfinished">70 yaş ve üzeri</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Kadın</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Erkek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Diğer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished">Belirtilmedi</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests handled on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come back (missing documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling, median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling, 90th percentile (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of opening hours held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per help type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per gender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>How did it go?</source>
        <translation>Nasıl geçti?</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Çok kötü</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Kötü</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>İdare eder</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Çok iyi</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Geç</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office the visitor is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the site (permanence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Telefonla</translation>
    </message>
    <message>
        <source>By video (visio-guichet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room, address, or https:// link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What do you need help with?</source>
        <translation>Hangi konuda yardıma ihtiyacınız var?</translation>
    </message>
    <message>
        <source>Talk to an agent (take a ticket)</source>
        <translation>Bir görevliyle görüşün (sıra numarası alın)</translation>
    </message>
</context>
<context>
    <name>KioskSetup</name>
    <message>
        <source>No site on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-service kiosk needs a site. Start guichet once without --kiosk to create it (or enrol this computer with the site&apos;s hub), then start the kiosk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>France Services — self-service</source>
        <extracomment>The kiosk&apos;s languages, each named in its own language.</extracomment>
        <translation>France Services — self servis</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Back to the start in {n} s — touch the screen to continue.</source>
        <translation>{n} sn sonra başa dönülecek — devam etmek için ekrana dokunun.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in 5 minutes.</source>
        <translation>Çok fazla yanlış PIN: 5 dakika sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>At the desk</source>
        <translation>Yüz yüze</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonla</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Görüntülü görüşmeyle</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Bilgilendirme</translation>
    </message>
    <message>
        <source>&amp;Accompanied procedure</source>
        <translation>&amp;Eşlik edilen işlem</translation>
    </message>
    <message>
        <source>&amp;Digital help</source>
        <translation>&amp;Dijital yardım</translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation>Yönlendir&amp;me</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Randevu</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>İşlem &amp;tamamlandı</translation>
    </message>
    <message>
        <source>Visitor finishes a&amp;lone</source>
        <translation>Ziyaretçi &amp;kendisi tamamlayacak</translation>
    </message>
    <message>
        <source>&amp;Must come back</source>
        <translation>Tekrar &amp;gelmeli</translation>
    </message>
    <message>
        <source>Referred &amp;elsewhere</source>
        <translation>Başka yere &amp;yönlendirildi</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 yaş altı</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18-24 yaş</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25-39 yaş</translation>
    </message>
    <message>
        <source>40 to 59</source>
        <translation>40-59 yaş</translation>
    </message>
    <message>
        <source>60 to 69</source>
        <translation>60-69 yaş</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 yaş ve üzeri</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>original</source>
        <translation>asıl</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopya</translation>
    </message>
    <message>
        <source>original or copy</source>
        <translation>asıl veya kopya</translation>
    </message>
</context>
<context>
    <name>LocalCatalogPage</name>
    <message>
        <source>Procedures and partners of your territory. They are kept apart from the national catalogue and survive its updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CCAS de Morteau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New local partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words visitors say, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the procedure a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary (at least 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure “{title}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the partner a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner “{name}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the site manager can change the local catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the site&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again after {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. {n} attempt(s) left before a 5-minute lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>guichet — France Services desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue {version} of {date} · {count} procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guichet keeps using the last valid catalogue (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid catalogue is available: procedures cannot be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo site: every agent&apos;s PIN is {pin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerArea</name>
    <message>
        <source>Manager area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>Not in the list? Talk to an agent</source>
        <translation>Listede yok mu? Bir görevliyle görüşün</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Geri</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replaced: the database is as it was. Call your technician.

Detail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {moment} is back in place. Visits saved after it are not in it. The damaged file was kept as {file} for your technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Type the procedure: RSA, passport, pension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose an operator —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;erator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents (tick what the visitor has, N = not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-public.fr sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: {links}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no site yet. Name the France Services site and create the account of its manager, who will then add the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN ({min} to {max} digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the manager&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be {min} to {max} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 place de la Mairie, 25290 Ornans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared opening hours (e.g. 09:00 - 12:30 / 14:00 - 17:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep internal notes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours not understood: “{text}”. Write e.g. 09:00 - 12:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune must be a 5-character INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Referral slip</source>
        <extracomment>The resource name the QR image is registered under in the document. A line may break here without a visible mark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to have at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be called at this time: keep your phone at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link a few minutes early (scan the QR code below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come a few minutes early: the video call is made from the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please arrive a few minutes early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot make it, please call us: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot make it, please let us know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file is not complete yet: please come back with the documents marked ✗.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed in your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours not known: call before you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official sheet of your procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, at the site&apos;s permanence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Telefonla</translation>
    </message>
    <message>
        <source>By video (visio-guichet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPanel</name>
    <message>
        <source>Slips for the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the visitor (optional, printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure or the operator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip saved: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved: {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The hub gathers the visits of every desk of the site and sends them to the network. The desk keeps working without it and catches up when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is enrolled with {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://…) and the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused this code (wrong, used or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this address answered, but not as a guichet hub does. Check the address with your technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with {site}. The token is kept in the {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: offline, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: refused ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {pending} waiting · last success {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>QR code to the list on service-public.fr</source>
        <translation>service-public.fr&apos;deki listenin QR kodu</translation>
    </message>
    <message>
        <source>Take the list with you</source>
        <translation>Listeyi yanınıza alın</translation>
    </message>
    <message>
        <source>Scan this code with your phone: it opens the official page with the list.</source>
        <translation>Bu kodu telefonunuzla okutun: listenin bulunduğu resmî sayfa açılır.</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Listeyi yazdır</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>İşim bitti</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <source>Your number is {code}</source>
        <translation>Sıra numaranız: {code}</translation>
    </message>
    <message>
        <source>An agent will call this number. People before you: {n}.</source>
        <translation>Bir görevli bu numarayı çağıracak. Önünüzdeki kişi sayısı: {n}.</translation>
    </message>
    <message>
        <source>Sorry, no ticket right now</source>
        <translation>Üzgünüz, şu anda sıra numarası verilemiyor</translation>
    </message>
    <message>
        <source>Please go to the reception desk: an agent will take you in.</source>
        <translation>Lütfen danışma bankosuna gidin: bir görevli sizinle ilgilenecek.</translation>
    </message>
    <message>
        <source>Print my ticket</source>
        <translation>Sıra fişimi yazdır</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Manager only: PIN to leave the kiosk</source>
        <translation>Yalnızca yönetici: kiosktan çıkmak için PIN</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Yönetici PIN&apos;i</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Requests of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25388</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor (optional, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmune (INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note, optional — erased automatically after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the visit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit — ticket {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the visit of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune must be a 5-character INSEE code, e.g. 25388.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {n}: choose a procedure or an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {n}: choose the help given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {n}: choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(general question)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
