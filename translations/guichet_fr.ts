<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>At the site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Export as a calendar file (.ics)</source>
        <translation>Exporter en fichier agenda (.ics)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
    <message>
        <source>Day of {day}</source>
        <translation>Journée du {day}</translation>
    </message>
    <message>
        <source>No appointment.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Saved: {link}</source>
        <translation>Enregistré : {link}</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Agents of the site</source>
        <translation>Conseillers du site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Add the agent</source>
        <translation>Ajouter le conseiller</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Give the new PIN</source>
        <translation>Enregistrer le nouveau code</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>Code PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked (wrong PINs)</source>
        <translation>Bloqué (codes erronés)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>The site must keep at least one active manager.</source>
        <translation>Le site doit garder au moins un·e responsable actif·ve.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Le code PIN doit compter de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <source>{name} can now log in.</source>
        <translation>{name} peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Renommé.</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
    <message>
        <source>New PIN saved for {name}.</source>
        <translation>Nouveau code PIN enregistré pour {name}.</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>{name} est désactivé·e.</translation>
    </message>
    <message>
        <source>{name} is enabled again.</source>
        <translation>{name} est réactivé·e.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>guichet: no screen is available (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start guichet from a graphical session, or use --screenshot DIR.</source>
        <translation>guichet : aucun écran n&apos;est disponible (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
Lancez guichet depuis une session graphique, ou utilisez --screenshot DOSSIER.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>guichet copies the site&apos;s database once a day, at the first start of the day, and keeps the last {count}. Folder: {folder}</source>
        <translation>guichet copie la base du site une fois par jour, au premier démarrage de la journée, et garde les {count} dernières copies. Dossier : {folder}</translation>
    </message>
    <message>
        <source>Backups of the site</source>
        <translation>Sauvegardes du site</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>No backup yet on this computer.</source>
        <translation>Aucune sauvegarde sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Aucune sauvegarde n&apos;a été faite : {reason}</translation>
    </message>
    <message>
        <source>Backup made: {moment}.</source>
        <translation>Sauvegarde faite : {moment}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put back the backup of {moment}?

Visits and changes saved after it will not be in the restored database. The current file is kept aside for your technician. Everyone will have to log in again.</source>
        <translation>Remettre en place la sauvegarde du {moment} ?

Les passages et modifications enregistrés après elle ne seront pas dans la base restaurée. Le fichier actuel est conservé à part pour votre technicien. Chacun devra se reconnecter.</translation>
    </message>
    <message>
        <source>Nothing was restored, the database is as it was: {reason}</source>
        <translation>Rien n&apos;a été restauré, la base est telle qu&apos;elle était : {reason}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Appointment {operator} — {mode}</source>
        <translation>Rendez-vous {operator} — {mode}</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>sur place</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>video</source>
        <translation>visio</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
    <message>
        <source>Video link: {link}</source>
        <translation>Lien de la visio : {link}</translation>
    </message>
    <message>
        <source>Bring the supporting documents listed on the checklist you were given.</source>
        <translation>Apportez les pièces justificatives de la liste qui vous a été remise.</translation>
    </message>
    <message>
        <source>Booked by {site}</source>
        <translation>Rendez-vous pris par {site}</translation>
    </message>
</context>
<context>
    <name>CatalogError</name>
    <message>
        <source>The catalogue file “{file}” is invalid, at {entry}: {detail}</source>
        <translation>Le fichier du catalogue « {file} » est invalide, à {entry} : {detail}</translation>
    </message>
    <message>
        <source>The catalogue file “{file}” is invalid: {detail}</source>
        <translation>Le fichier du catalogue « {file} » est invalide : {detail}</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est absent</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation>ce n&apos;est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>the identifier is already used in “{other}”</source>
        <translation>l&apos;identifiant est déjà utilisé dans « {other} »</translation>
    </message>
    <message>
        <source>unknown operator “{value}”</source>
        <translation>opérateur inconnu « {value} »</translation>
    </message>
    <message>
        <source>this is not a valid JSON Schema ({reason})</source>
        <translation>ce n&apos;est pas un schéma JSON valide ({reason})</translation>
    </message>
    <message>
        <source>local catalogue</source>
        <translation>catalogue local</translation>
    </message>
    <message>
        <source>unknown theme “{value}”</source>
        <translation>thème inconnu « {value} »</translation>
    </message>
    <message>
        <source>the definition “{part}” is missing</source>
        <translation>la définition « {part} » manque</translation>
    </message>
    <message>
        <source>condition “{id}”</source>
        <translation>la condition « {id} »</translation>
    </message>
    <message>
        <source>unknown condition “{value}”</source>
        <translation>condition inconnue « {value} »</translation>
    </message>
    <message>
        <source>the checklist is empty; set “no_document” if none is needed</source>
        <translation>la liste des pièces est vide ; indiquez « no_document » si aucune pièce n&apos;est demandée</translation>
    </message>
    <message>
        <source>procedure “{id}” (no. {number})</source>
        <translation>la démarche « {id} » (n° {number})</translation>
    </message>
    <message>
        <source>procedure no. {number}</source>
        <translation>la démarche n° {number}</translation>
    </message>
    <message>
        <source>entry “{id}” of “{section}”</source>
        <translation>l&apos;entrée « {id} » de « {section} »</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation>le champ « {field} » manque</translation>
    </message>
    <message>
        <source>unknown field “{field}”</source>
        <translation>champ inconnu « {field} »</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(fichier entier)</translation>
    </message>
    <message>
        <source>the field “{field}” has the wrong type</source>
        <translation>le champ « {field} » n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>the field “{field}” must be one of: {values}</source>
        <translation>le champ « {field} » doit valoir : {values}</translation>
    </message>
    <message>
        <source>the field “{field}” is empty or too short</source>
        <translation>le champ « {field} » est vide ou trop court</translation>
    </message>
    <message>
        <source>the field “{field}” is too long</source>
        <translation>le champ « {field} » est trop long</translation>
    </message>
    <message>
        <source>the field “{field}” is not in the expected format</source>
        <translation>le champ « {field} » n&apos;a pas le format attendu</translation>
    </message>
    <message>
        <source>the field “{field}” is invalid</source>
        <translation>le champ « {field} » est invalide</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Visitor&apos;s situation (leave blank if unknown):</source>
        <translation>Situation de l&apos;usager (laisser vide si inconnue) :</translation>
    </message>
    <message>
        <source>Official service-public.fr sheet: no checklist here, see the sheet.</source>
        <translation>Fiche officielle service-public.fr : pas de liste de pièces ici, voir la fiche.</translation>
    </message>
    <message>
        <source>No supporting document is needed for this procedure.</source>
        <translation>Aucune pièce justificative n&apos;est demandée pour cette démarche.</translation>
    </message>
    <message>
        <source>Choose a procedure to see its checklist.</source>
        <translation>Choisissez une démarche pour voir la liste des pièces.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>the original</source>
        <translation>l&apos;original</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>une copie</translation>
    </message>
    <message>
        <source>the original or a copy</source>
        <translation>l&apos;original ou une copie</translation>
    </message>
    <message>
        <source>One of these:</source>
        <translation>Un de ces papiers :</translation>
    </message>
    <message>
        <source>Take the list with me</source>
        <translation>Emporter la liste</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>Parler à un conseiller</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>À apporter :</translation>
    </message>
    <message>
        <source>Nothing to bring.</source>
        <translation>Rien à apporter.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not applicable: {label}</source>
        <translation>Sans objet : {label}</translation>
    </message>
    <message>
        <source>One of: {items}</source>
        <translation>Au choix : {items}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The disk is full: nothing was saved, and what was saved before is intact. Free some space on the disk, then run the command again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré, et ce qui l&apos;était déjà est intact. Libérez de la place sur le disque, puis relancez la commande.</translation>
    </message>
    <message>
        <source>guichet cannot read its database {path}: {reason}</source>
        <translation>guichet ne peut pas lire sa base de données {path} : {reason}</translation>
    </message>
    <message>
        <source>Invalid month “{month}”: expected YYYY-MM, e.g. 2026-10.</source>
        <translation>Mois invalide « {month} » : attendu AAAA-MM, par exemple 2026-10.</translation>
    </message>
    <message>
        <source>No site in {path}: start guichet there once to create it.</source>
        <translation>Aucun site dans {path} : lancez guichet une première fois avec ce dossier pour le créer.</translation>
    </message>
    <message>
        <source>Nothing exported to {path}: {reason}</source>
        <translation>Rien n&apos;a été exporté vers {path} : {reason}</translation>
    </message>
    <message>
        <source>{count} requests exported to {path}</source>
        <translation>{count} demandes exportées vers {path}</translation>
    </message>
    <message>
        <source>No backup found in {folder}.</source>
        <translation>Aucune sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be used: {reason}</source>
        <translation>La sauvegarde {file} est inutilisable : {reason}</translation>
    </message>
    <message>
        <source>Database restored from {file}.</source>
        <translation>Base restaurée depuis {file}.</translation>
    </message>
    <message>
        <source>The previous file was kept as {file}.</source>
        <translation>L&apos;ancien fichier est conservé sous le nom {file}.</translation>
    </message>
    <message>
        <source>--months must be between 0 and 36.</source>
        <translation>--months doit être compris entre 0 et 36.</translation>
    </message>
    <message>
        <source>{visits} demo visits added to {site}.</source>
        <translation>{visits} passages de démonstration ajoutés à {site}.</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>No one-time code given: ask the hub&apos;s administrator for one.</source>
        <translation>Aucun code à usage unique n&apos;a été donné : demandez-en un à l&apos;administrateur du hub.</translation>
    </message>
    <message>
        <source>The hub refused the code: {detail}</source>
        <translation>Le hub a refusé le code : {detail}</translation>
    </message>
    <message>
        <source>The hub cannot be reached at {url}.</source>
        <translation>Le hub est injoignable à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Enrolled with {site} (workstation {workstation}); token kept in: {where}.</source>
        <translation>Enrôlé auprès de {site} (poste {workstation}) ; jeton conservé dans : {where}.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled: run guichet enroll first.</source>
        <translation>Ce poste n&apos;est pas enrôlé : lancez d&apos;abord guichet enroll.</translation>
    </message>
    <message>
        <source>The hub at {url} answered something unexpected (is it really a guichet hub?); nothing is lost, try again later.</source>
        <translation>Le hub à l&apos;adresse {url} a répondu quelque chose d&apos;inattendu (est-ce bien un hub guichet ?) ; rien n&apos;est perdu, réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub cannot be reached ({reason}); nothing is lost, try again later.</source>
        <translation>Le hub est injoignable ({reason}) ; rien n&apos;est perdu, réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub refused the sync: {detail}</source>
        <translation>Le hub a refusé la synchronisation : {detail}</translation>
    </message>
    <message>
        <source>Pushed {pushed} events, pulled {pulled}.</source>
        <translation>{pushed} événements envoyés, {pulled} reçus.</translation>
    </message>
    <message>
        <source>Catalogue {version} of {date}</source>
        <translation>Catalogue {version} du {date}</translation>
    </message>
    <message>
        <source>Operators: {count} (local: {local})</source>
        <translation>Opérateurs : {count} (dont locaux : {local})</translation>
    </message>
    <message>
        <source>Themes: {count}</source>
        <translation>Thèmes : {count}</translation>
    </message>
    <message>
        <source>Procedures: {count} (local: {local}, reference sheets: {references})</source>
        <translation>Démarches : {count} (dont locales : {local}, fiches de référence : {references})</translation>
    </message>
    <message>
        <source>Checklist items: {count}</source>
        <translation>Pièces justificatives : {count}</translation>
    </message>
    <message>
        <source>{count} invalid local entries.</source>
        <translation>{count} entrée(s) locale(s) invalide(s).</translation>
    </message>
    <message>
        <source>The catalogue is valid.</source>
        <translation>Le catalogue est valide.</translation>
    </message>
    <message>
        <source>reference sheet</source>
        <translation>fiche de référence</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Sheets added: {added}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}</source>
        <translation>Fiches ajoutées : {added}, mises à jour : {updated}, inchangées : {unchanged}, ignorées : {skipped}</translation>
    </message>
    <message>
        <source>Curated procedures enriched: {count}</source>
        <translation>Démarches du catalogue enrichies : {count}</translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation>Ignorée {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>ConditionQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Handled on site</source>
        <translation>Traitées sur place</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Came back for missing documents</source>
        <translation>À revenir pour pièces manquantes</translation>
    </message>
    <message>
        <source>Wait (median / 90 %)</source>
        <translation>Attente (médiane / 90 %)</translation>
    </message>
    <message>
        <source>Handling (median / 90 %)</source>
        <translation>Durée de traitement (médiane / 90 %)</translation>
    </message>
    <message>
        <source>Satisfied visitors</source>
        <translation>Usagers satisfaits</translation>
    </message>
    <message>
        <source>Opening hours held</source>
        <translation>Heures d&apos;ouverture tenues</translation>
    </message>
    <message>
        <source>Requests per operator (dark: this period, light: previous)</source>
        <translation>Demandes par opérateur (foncé : cette période, clair : la précédente)</translation>
    </message>
    <message>
        <source>Requests per theme</source>
        <translation>Demandes par thème</translation>
    </message>
    <message>
        <source>Breakdown of the period</source>
        <translation>Détail de la période</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export the month (CSV)</source>
        <translation>Exporter le mois (CSV)</translation>
    </message>
    <message>
        <source>Export the month (Excel)</source>
        <translation>Exporter le mois (Excel)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <source>compared with {previous}</source>
        <translation>comparé à {previous}</translation>
    </message>
    <message>
        <source>{value}
previous: {previous}</source>
        <translation>{value}
précédent : {previous}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Aide apportée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Premier passage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>{rows} requests exported to {link}</source>
        <translation>{rows} demandes exportées vers {link}</translation>
    </message>
    <message>
        <source>The export failed, nothing was written: {reason}</source>
        <translation>L&apos;export a échoué, rien n&apos;a été écrit : {reason}</translation>
    </message>
    <message>
        <source>{held:.0f} h of {declared:.0f} h ({share})</source>
        <translation>{held:.0f} h sur {declared:.0f} h ({share})</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The site&apos;s database cannot be opened</source>
        <translation>La base de données du site ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>guichet cannot read its database:
{path}

The file may be damaged or used by another program. Nothing has been changed or deleted.

Detail: {reason}</source>
        <translation>guichet ne peut pas lire sa base de données :
{path}

Le fichier est peut-être endommagé ou utilisé par un autre programme. Rien n&apos;a été modifié ni supprimé.

Détail : {reason}</translation>
    </message>
    <message>
        <source>No backup of this site exists on this computer: call your technician.</source>
        <translation>Aucune sauvegarde de ce site n&apos;existe sur cet ordinateur : appelez votre technicien.</translation>
    </message>
    <message>
        <source>The latest backup dates from {moment}. Restoring it keeps the damaged file aside; visits saved after the backup will not be in the restored database. (Also possible later with: guichet restore)</source>
        <translation>La dernière sauvegarde date du {moment}. La restaurer garde le fichier endommagé à part ; les passages enregistrés après la sauvegarde ne seront pas dans la base restaurée. (Possible aussi plus tard avec : guichet restore)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>New visit (Ctrl+N)</source>
        <extracomment>How early the desk shows an appointment about to start.</extracomment>
        <translation>Nouveau passage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Manager area</source>
        <translation>Espace responsable</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+G)</source>
        <translation>Agenda (Ctrl+G)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>About (F1)</source>
        <translation>À propos (F1)</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Passages du jour</translation>
    </message>
    <message>
        <source>Totals of the day</source>
        <translation>Totaux du jour</translation>
    </message>
    <message>
        <source>Correct (Ctrl+E)</source>
        <translation>Corriger (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel the visit (Del)</source>
        <translation>Annuler le passage (Suppr)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Usagers en attente</translation>
    </message>
    <message>
        <source>Call the next (F5)</source>
        <translation>Appeler le suivant (F5)</translation>
    </message>
    <message>
        <source>Give a ticket (F6)</source>
        <translation>Donner un ticket (F6)</translation>
    </message>
    <message>
        <source>Hello {name} — {site}</source>
        <translation>Bonjour {name} — {site}</translation>
    </message>
    <message>
        <source>Appointment at {time}: {operator}, {mode}</source>
        <translation>Rendez-vous à {time} : {operator}, {mode}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (et {n} autre(s))</translation>
    </message>
    <message>
        <source>About guichet</source>
        <translation>À propos de guichet</translation>
    </message>
    <message>
        <source>guichet {version}
Front desk of a France Services site.

Catalogue {catalog} of {date}
{procedures} procedures, {operators} operators and partners

Data folder: {folder}</source>
        <translation>guichet {version}
Accueil d&apos;un espace France Services.

Catalogue {catalog} du {date}
{procedures} démarches, {operators} opérateurs et partenaires

Dossier des données : {folder}</translation>
    </message>
    <message>
        <source>Queue: {n} waiting</source>
        <translation>File d&apos;attente : {n} en attente</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message>
        <source>Ticket {code} given.</source>
        <translation>Ticket {code} donné.</translation>
    </message>
    <message>
        <source>{visits} visits · {requests} requests · {share} handled on site</source>
        <translation>{visits} passages · {requests} demandes · {share} traitées sur place</translation>
    </message>
    <message>
        <source>Visit corrected.</source>
        <translation>Passage corrigé.</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Passage enregistré.</translation>
    </message>
    <message>
        <source>This visit can no longer be changed: only today&apos;s visits can.</source>
        <translation>Ce passage ne peut plus être modifié : seuls les passages du jour peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space on the disk, then try again.</source>
        <translation>Le disque est plein : rien n&apos;a été modifié. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: the visit was not saved. What was saved before is intact. Free some space on the disk, then close the visit again (Ctrl+Enter).</source>
        <translation>Le disque est plein : le passage n&apos;a pas été enregistré. Ce qui était déjà enregistré est intact. Libérez de la place sur le disque, puis clôturez de nouveau le passage (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>A cancelled visit cannot be corrected.</source>
        <translation>Un passage annulé ne peut pas être corrigé.</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler le passage</translation>
    </message>
    <message>
        <source>Cancel the visit of {time}? It will no longer count in the figures.</source>
        <translation>Annuler le passage de {time} ? Il ne comptera plus dans les chiffres.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Passage annulé.</translation>
    </message>
</context>
<context>
    <name>DilaImport</name>
    <message>
        <source>the file “{path}” is not a readable zip archive ({reason})</source>
        <extracomment>What zipfile raises for a member it cannot give back: damaged, truncated, compressed in a way it does not know, or encrypted. The site&apos;s themes, found from the first words of the sheet&apos;s theme.</extracomment>
        <translation>le fichier « {path} » n&apos;est pas une archive zip lisible ({reason})</translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation>la fiche est trop volumineuse</translation>
    </message>
    <message>
        <source>unreadable in the archive ({reason})</source>
        <translation>illisible dans l&apos;archive ({reason})</translation>
    </message>
    <message>
        <source>the sheet declares XML entities</source>
        <translation>la fiche déclare des entités XML</translation>
    </message>
    <message>
        <source>invalid XML ({reason})</source>
        <translation>XML invalide ({reason})</translation>
    </message>
    <message>
        <source>the root element is not “Publication”</source>
        <translation>l&apos;élément racine n&apos;est pas « Publication »</translation>
    </message>
    <message>
        <source>the identifier “{id}” does not match the file name</source>
        <translation>l&apos;identifiant « {id} » ne correspond pas au nom du fichier</translation>
    </message>
    <message>
        <source>the sheet has no title</source>
        <translation>la fiche n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>the sheet has no https link (spUrl)</source>
        <translation>la fiche n&apos;a pas de lien https (spUrl)</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>line {line}: {detail}</source>
        <extracomment>Digits and spaces after an optional &quot;+&quot;: &quot;03 81 00 00 00&quot;, &quot;+33 3 81…&quot;, &quot;3230&quot;. Phrased with the spreadsheet line number: &quot;ligne 4 : le nom est vide&quot;.</extracomment>
        <translation>ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>the operator is empty</source>
        <translation>l&apos;opérateur est vide</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>{day} hours not understood “{text}”</source>
        <translation>horaires du {day} non compris « {text} »</translation>
    </message>
    <message>
        <source>phone number not understood “{text}”</source>
        <translation>numéro de téléphone non compris « {text} »</translation>
    </message>
    <message>
        <source>e-mail address not understood “{text}”</source>
        <translation>adresse de courriel non comprise « {text} »</translation>
    </message>
    <message>
        <source>the website must be an address starting with https:// “{text}”</source>
        <translation>le site web doit être une adresse commençant par https:// « {text} »</translation>
    </message>
    <message>
        <source>unknown operator “{value}”</source>
        <translation>opérateur inconnu « {value} »</translation>
    </message>
    <message>
        <source>more cells than columns</source>
        <translation>plus de cellules que de colonnes</translation>
    </message>
    <message>
        <source>same office as line {line}</source>
        <translation>même bureau que la ligne {line}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>the file is not a CSV file ({reason})</source>
        <extracomment>Every other column may be left out: its value is then empty for every office.</extracomment>
        <translation>le fichier n&apos;est pas un fichier CSV ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not in UTF-8: save it from the spreadsheet as “CSV UTF-8”</source>
        <translation>le fichier n&apos;est pas en UTF-8 : enregistrez-le depuis le tableur au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>line 1: the columns must be separated by “;”</source>
        <translation>ligne 1 : les colonnes doivent être séparées par « ; »</translation>
    </message>
    <message>
        <source>unknown column “{column}”</source>
        <translation>colonne inconnue « {column} »</translation>
    </message>
    <message>
        <source>column “{column}” twice</source>
        <translation>colonne « {column} » en double</translation>
    </message>
    <message>
        <source>missing column “{column}”</source>
        <translation>colonne manquante « {column} »</translation>
    </message>
    <message>
        <source>line 1: the header is not understood: {problems}. Expected columns: {columns}</source>
        <translation>ligne 1 : l&apos;en-tête n&apos;est pas compris : {problems}. Colonnes attendues : {columns}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Offices</source>
        <translation>Accueils</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Horaires d&apos;ouverture du {day}</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Save the office</source>
        <translation>Enregistrer l&apos;accueil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation>Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Office saved.</source>
        <translation>Accueil enregistré.</translation>
    </message>
    <message>
        <source>Office deleted.</source>
        <translation>Accueil supprimé.</translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation>Importer des accueils</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} ajouté(s), {updated} mis à jour, {unchanged} inchangé(s).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the period has {count} requests, more than one XLSX sheet holds ({limit}); export it as CSV</source>
        <translation>la période compte {count} demandes, plus qu&apos;une feuille XLSX ne peut en contenir ({limit}) ; exportez-la en CSV</translation>
    </message>
    <message>
        <source>“{path}” is a folder or a device, not a file: give a file name</source>
        <translation>« {path} » est un dossier ou un périphérique, pas un fichier : indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Procedure (id)</source>
        <translation>Démarche (id)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Documents provided</source>
        <translation>Pièces fournies</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>Attente (min)</translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Premier passage</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>En visio</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Accompanied procedure</source>
        <translation>Accompagnement à la démarche</translation>
    </message>
    <message>
        <source>Digital help</source>
        <translation>Aide numérique</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Démarche aboutie</translation>
    </message>
    <message>
        <source>Visitor finishes alone</source>
        <translation>L&apos;usager finalise seul</translation>
    </message>
    <message>
        <source>Must come back</source>
        <translation>Doit revenir</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Réorienté ailleurs</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 à 24 ans</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <source>40 to 59</source>
        <translation>40 à 59 ans</translation>
    </message>
    <message>
        <source>60 to 69</source>
        <translation>60 à 69 ans</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 ans et plus</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Share of requests handled on site</source>
        <translation>Part des demandes traitées sur place</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Must come back (missing documents)</source>
        <translation>Doit revenir (pièces manquantes)</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation>Attente, médiane (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <translation>Attente, 90e centile (min)</translation>
    </message>
    <message>
        <source>Handling, median (min)</source>
        <translation>Durée, médiane (min)</translation>
    </message>
    <message>
        <source>Handling, 90th percentile (min)</source>
        <translation>Durée, 90e centile (min)</translation>
    </message>
    <message>
        <source>Satisfied visitors</source>
        <translation>Usagers satisfaits</translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation>Réponses au questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>Opening hours held</source>
        <translation>Heures d&apos;ouverture tenues</translation>
    </message>
    <message>
        <source>Opening hours declared</source>
        <translation>Heures d&apos;ouverture déclarées</translation>
    </message>
    <message>
        <source>Share of opening hours held</source>
        <translation>Part des heures d&apos;ouverture tenues</translation>
    </message>
    <message>
        <source>Requests per operator</source>
        <translation>Demandes par opérateur</translation>
    </message>
    <message>
        <source>Requests per theme</source>
        <translation>Demandes par thème</translation>
    </message>
    <message>
        <source>Visits per channel</source>
        <translation>Passages par canal</translation>
    </message>
    <message>
        <source>Requests per help type</source>
        <translation>Demandes par type d&apos;aide</translation>
    </message>
    <message>
        <source>Requests per outcome</source>
        <translation>Demandes par résultat</translation>
    </message>
    <message>
        <source>Visits per age band</source>
        <translation>Passages par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Visits per gender</source>
        <translation>Passages par genre</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>How did it go?</source>
        <translation>Comment ça s&apos;est passé ?</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Très mal</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Office the visitor is sent to</source>
        <translation>Accueil vers lequel l&apos;usager est orienté</translation>
    </message>
    <message>
        <source>office, or type a name</source>
        <translation>accueil, ou tapez un nom</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointment mode</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>At the site (permanence)</source>
        <translation>Sur place (permanence)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video (visio-guichet)</source>
        <translation>En visio (visio-guichet)</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Heure du rendez-vous</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Place or video link</source>
        <translation>Lieu ou lien de visio</translation>
    </message>
    <message>
        <source>room, address, or https:// link</source>
        <translation>salle, adresse, ou lien https://</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What do you need help with?</source>
        <translation>Pour quoi avez-vous besoin d&apos;aide ?</translation>
    </message>
    <message>
        <source>Talk to an agent (take a ticket)</source>
        <translation>Parler à un conseiller (prendre un ticket)</translation>
    </message>
</context>
<context>
    <name>KioskSetup</name>
    <message>
        <source>No site on this computer</source>
        <translation>Aucun site sur cet ordinateur</translation>
    </message>
    <message>
        <source>The self-service kiosk needs a site. Start guichet once without --kiosk to create it (or enrol this computer with the site&apos;s hub), then start the kiosk again.</source>
        <translation>La borne a besoin d&apos;un site. Lancez guichet une fois sans --kiosk pour le créer (ou enrôlez cet ordinateur auprès du hub du site), puis relancez la borne.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>France Services — self-service</source>
        <extracomment>The kiosk&apos;s languages, each named in its own language.</extracomment>
        <translation>France Services — libre-service</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste renforcé</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back to the start in {n} s — touch the screen to continue.</source>
        <translation>Retour à l&apos;accueil dans {n} s — touchez l&apos;écran pour continuer.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in 5 minutes.</source>
        <translation>Trop de codes erronés : réessayez dans 5 minutes.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code erroné.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>At the desk</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>En visio</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>&amp;Accompanied procedure</source>
        <translation>&amp;Accompagnement à la démarche</translation>
    </message>
    <message>
        <source>&amp;Digital help</source>
        <translation>Aide &amp;numérique</translation>
    </message>
    <message>
        <source>Re&amp;ferral</source>
        <translation>&amp;Orientation</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Démarche a&amp;boutie</translation>
    </message>
    <message>
        <source>Visitor finishes a&amp;lone</source>
        <translation>L&apos;usager finalise &amp;seul</translation>
    </message>
    <message>
        <source>&amp;Must come back</source>
        <translation>Doit re&amp;venir</translation>
    </message>
    <message>
        <source>Referred &amp;elsewhere</source>
        <translation>Réorienté ai&amp;lleurs</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 à 24 ans</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <source>40 to 59</source>
        <translation>40 à 59 ans</translation>
    </message>
    <message>
        <source>60 to 69</source>
        <translation>60 à 69 ans</translation>
    </message>
    <message>
        <source>70 and over</source>
        <translation>70 ans et plus</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>original or copy</source>
        <translation>original ou copie</translation>
    </message>
</context>
<context>
    <name>LocalCatalogPage</name>
    <message>
        <source>Procedures and partners of your territory. They are kept apart from the national catalogue and survive its updates.</source>
        <translation>Démarches et partenaires de votre territoire. Ils sont conservés à part du catalogue national et survivent à ses mises à jour.</translation>
    </message>
    <message>
        <source>Local procedures</source>
        <translation>Démarches locales</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Nouvelle démarche</translation>
    </message>
    <message>
        <source>Partner&apos;s short name</source>
        <translation>Nom court du partenaire</translation>
    </message>
    <message>
        <source>e.g. CCAS de Morteau</source>
        <translation>ex. CCAS de Morteau</translation>
    </message>
    <message>
        <source>Partner&apos;s full name</source>
        <translation>Nom complet du partenaire</translation>
    </message>
    <message>
        <source>Partner&apos;s website</source>
        <translation>Site web du partenaire</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Ajouter le partenaire</translation>
    </message>
    <message>
        <source>New local partner</source>
        <translation>Nouveau partenaire local</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Operator or partner</source>
        <translation>Opérateur ou partenaire</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>words visitors say, separated by commas</source>
        <translation>mots que disent les usagers, séparés par des virgules</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Original ou copie</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Save the procedure</source>
        <translation>Enregistrer la démarche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Local procedure</source>
        <translation>Démarche locale</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>O&amp;perator or partner</source>
        <translation>O&amp;pérateur ou partenaire</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Give the procedure a title.</source>
        <translation>Donnez un titre à la démarche.</translation>
    </message>
    <message>
        <source>Write a short summary (at least 10 characters).</source>
        <translation>Écrivez un court résumé (au moins 10 caractères).</translation>
    </message>
    <message>
        <source>Procedure “{title}” saved.</source>
        <translation>Démarche « {title} » enregistrée.</translation>
    </message>
    <message>
        <source>Give the partner a short name.</source>
        <translation>Donnez un nom court au partenaire.</translation>
    </message>
    <message>
        <source>Partner “{name}” added.</source>
        <translation>Partenaire « {name} » ajouté.</translation>
    </message>
    <message>
        <source>Only the site manager can change the local catalogue.</source>
        <translation>Seul·e le ou la responsable du site peut modifier le catalogue local.</translation>
    </message>
    <message>
        <source>Procedure deleted.</source>
        <translation>Démarche supprimée.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>guichet</source>
        <translation>guichet</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Agents of the site</source>
        <translation>Conseillers du site</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Code PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Opening the site&apos;s data…</source>
        <translation>Ouverture des données du site…</translation>
    </message>
    <message>
        <source>{name} (manager)</source>
        <translation>{name} (responsable)</translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Choisissez votre nom dans la liste.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again after {time}.</source>
        <translation>Trop de codes erronés : réessayez après {time}.</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} attempt(s) left before a 5-minute lock.</source>
        <translation>Code erroné. Encore {n} essai(s) avant un blocage de 5 minutes.</translation>
    </message>
    <message>
        <source>This agent can no longer log in.</source>
        <translation>Ce conseiller ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>guichet — France Services desk</source>
        <translation>guichet — accueil France Services</translation>
    </message>
    <message>
        <source>Catalogue {version} of {date} · {count} procedures</source>
        <translation>Catalogue {version} du {date} · {count} démarches</translation>
    </message>
    <message>
        <source>guichet keeps using the last valid catalogue (version {version}).</source>
        <translation>guichet continue avec le dernier catalogue valide (version {version}).</translation>
    </message>
    <message>
        <source>No valid catalogue is available: procedures cannot be searched.</source>
        <translation>Aucun catalogue valide n&apos;est disponible : la recherche de démarches est impossible.</translation>
    </message>
    <message>
        <source>Demo site: every agent&apos;s PIN is {pin}.</source>
        <translation>Site de démonstration : le code PIN de chaque conseiller est {pin}.</translation>
    </message>
    <message>
        <source>Site not created</source>
        <translation>Site non créé</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Vérifiez les champs et réessayez.</translation>
    </message>
</context>
<context>
    <name>ManagerArea</name>
    <message>
        <source>Manager area</source>
        <translation>Espace responsable</translation>
    </message>
    <message>
        <source>Back to the desk</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Conseillers</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Local catalogue</source>
        <translation>Catalogue local</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>Not in the list? Talk to an agent</source>
        <translation>Pas dans la liste ? Parlez à un conseiller</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée</translation>
    </message>
    <message>
        <source>Nothing was replaced: the database is as it was. Call your technician.

Detail: {reason}</source>
        <translation>Rien n&apos;a été remplacé : la base est telle qu&apos;elle était. Appelez votre technicien.

Détail : {reason}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup of {moment} is back in place. Visits saved after it are not in it. The damaged file was kept as {file} for your technician.</source>
        <translation>La sauvegarde du {moment} est remise en place. Les passages enregistrés après elle n&apos;y sont pas. Le fichier endommagé est conservé sous le nom {file} pour votre technicien.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Type the procedure: RSA, passport, pension…</source>
        <translation>Tapez la démarche : RSA, passeport, retraite…</translation>
    </message>
    <message>
        <source>Search a procedure</source>
        <translation>Rechercher une démarche</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Démarche</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Démarches trouvées</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>— choose an operator —</source>
        <translation>— choisir un opérateur —</translation>
    </message>
    <message>
        <source>Op&amp;erator</source>
        <translation>O&amp;pérateur</translation>
    </message>
    <message>
        <source>Supporting documents (tick what the visitor has, N = not applicable)</source>
        <translation>Pièces justificatives (cochez ce que l&apos;usager a apporté, N = sans objet)</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Aide apportée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>service-public.fr sheet</source>
        <translation>fiche service-public.fr</translation>
    </message>
    <message>
        <source>online service</source>
        <translation>service en ligne</translation>
    </message>
    <message>
        <source>Online: {links}</source>
        <translation>En ligne : {links}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to guichet</source>
        <translation>Bienvenue dans guichet</translation>
    </message>
    <message>
        <source>This computer has no site yet. Name the France Services site and create the account of its manager, who will then add the agents.</source>
        <translation>Cet ordinateur n&apos;a pas encore de site. Donnez le nom de l&apos;espace France Services et créez le compte de son ou sa responsable, qui ajoutera ensuite les conseillers.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>France Services de …</source>
        <translation>France Services de …</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Nom du ou de la responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Code PIN du ou de la responsable</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN à nouveau</translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation>Nom du &amp;site</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s name</source>
        <translation>Nom du ou de la &amp;responsable</translation>
    </message>
    <message>
        <source>&amp;PIN ({min} to {max} digits)</source>
        <translation>&amp;Code PIN ({min} à {max} chiffres)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation>Créer le site</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>Give the manager&apos;s name.</source>
        <translation>Indiquez le nom du ou de la responsable.</translation>
    </message>
    <message>
        <source>The PIN must be {min} to {max} digits.</source>
        <translation>Le code PIN doit compter de {min} à {max} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>France Services identifier</source>
        <translation>Identifiant France Services</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (code INSEE)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. 2 place de la Mairie, 25290 Ornans</source>
        <translation>ex. 2 place de la Mairie, 25290 Ornans</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fixed site</source>
        <translation>Site fixe</translation>
    </message>
    <message>
        <source>France Services bus</source>
        <translation>Bus France Services</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Declared opening hours (e.g. 09:00 - 12:30 / 14:00 - 17:30)</source>
        <translation>Horaires d&apos;ouverture déclarés (ex. 09:00 - 12:30 / 14:00 - 17:30)</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Horaires d&apos;ouverture du {day}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep internal notes for</source>
        <translation>Conserver les notes internes pendant</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Opening hours not understood: “{text}”. Write e.g. 09:00 - 12:30.</source>
        <translation>Horaires non compris : « {text} ». Écrivez par exemple 09:00 - 12:30.</translation>
    </message>
    <message>
        <source>The commune must be a 5-character INSEE code.</source>
        <translation>La commune doit être un code INSEE de 5 caractères.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Original ou copie</translation>
    </message>
    <message>
        <source>One of: {items}</source>
        <translation>Au choix : {items}</translation>
    </message>
    <message>
        <source>In person, at the site&apos;s permanence</source>
        <translation>Sur place, à la permanence du site</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video (visio-guichet)</source>
        <translation>En visio (visio-guichet)</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <extracomment>The resource name the QR image is registered under in the document. A line may break here without a visible mark.</extracomment>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Document remis le {date}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Où vous adresser</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Documents to have at hand</source>
        <translation>Pièces à avoir sous la main</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de la visio</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>You will be called at this time: keep your phone at hand.</source>
        <translation>Vous serez appelé·e à cette heure-là : gardez votre téléphone à portée de main.</translation>
    </message>
    <message>
        <source>Open the link a few minutes early (scan the QR code below).</source>
        <translation>Ouvrez le lien quelques minutes en avance (scannez le code QR ci-dessous).</translation>
    </message>
    <message>
        <source>Come a few minutes early: the video call is made from the site.</source>
        <translation>Venez quelques minutes en avance : l&apos;entretien en visio se fait depuis nos locaux.</translation>
    </message>
    <message>
        <source>Please arrive a few minutes early.</source>
        <translation>Merci d&apos;arriver quelques minutes en avance.</translation>
    </message>
    <message>
        <source>If you cannot make it, please call us: {phone}.</source>
        <translation>En cas d&apos;empêchement, merci de nous appeler : {phone}.</translation>
    </message>
    <message>
        <source>If you cannot make it, please let us know.</source>
        <translation>En cas d&apos;empêchement, merci de nous prévenir.</translation>
    </message>
    <message>
        <source>Your file is not complete yet: please come back with the documents marked ✗.</source>
        <translation>Votre dossier n&apos;est pas encore complet : revenez avec les pièces marquées ✗.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Il manque encore</translation>
    </message>
    <message>
        <source>Already shown</source>
        <translation>Déjà présentées</translation>
    </message>
    <message>
        <source>Not needed in your situation</source>
        <translation>Non nécessaires dans votre situation</translation>
    </message>
    <message>
        <source>Where and when to come back</source>
        <translation>Où et quand revenir</translation>
    </message>
    <message>
        <source>A note for you</source>
        <translation>Un mot pour vous</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Opening hours not known: call before you go.</source>
        <translation>Horaires non communiqués : appelez avant de vous déplacer.</translation>
    </message>
    <message>
        <source>The official sheet of your procedure</source>
        <translation>La fiche officielle de votre démarche</translation>
    </message>
    <message>
        <source>The online service</source>
        <translation>Le service en ligne</translation>
    </message>
    <message>
        <source>Your video appointment</source>
        <translation>Votre rendez-vous en visio</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Le site web</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera:</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone :</translation>
    </message>
</context>
<context>
    <name>SlipPanel</name>
    <message>
        <source>Slips for the visitor</source>
        <translation>Fiches pour l&apos;usager</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Feuille A4</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <source>Note for the visitor</source>
        <translation>Note pour l&apos;usager</translation>
    </message>
    <message>
        <source>Note for the visitor (optional, printed)</source>
        <translation>Note pour l&apos;usager (facultative, imprimée)</translation>
    </message>
    <message>
        <source>Handoff slip</source>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Fiche rendez-vous</translation>
    </message>
    <message>
        <source>Calendar file (.ics)</source>
        <translation>Fichier agenda (.ics)</translation>
    </message>
    <message>
        <source>What to bring back</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>Print the last slip…</source>
        <translation>Imprimer la dernière fiche…</translation>
    </message>
    <message>
        <source>Choose the procedure or the operator first.</source>
        <translation>Choisissez d&apos;abord la démarche ou l&apos;opérateur.</translation>
    </message>
    <message>
        <source>The slip could not be saved: {reason}</source>
        <translation>La fiche n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Slip saved: {link}</source>
        <translation>Fiche enregistrée : {link}</translation>
    </message>
    <message>
        <source>Calendar file saved: {link}</source>
        <translation>Fichier agenda enregistré : {link}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The hub gathers the visits of every desk of the site and sends them to the network. The desk keeps working without it and catches up when the network is back.</source>
        <translation>Le hub rassemble les passages de tous les postes du site et les transmet au réseau. Le poste fonctionne sans lui et rattrape son retard quand le réseau revient.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation>Enrôler ce poste</translation>
    </message>
    <message>
        <source>This workstation is enrolled with {url}.</source>
        <translation>Ce poste est enrôlé auprès de {url}.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled yet.</source>
        <translation>Ce poste n&apos;est pas encore enrôlé.</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address (https://…) and the code.</source>
        <translation>Indiquez l&apos;adresse du hub (https://…) et le code.</translation>
    </message>
    <message>
        <source>The hub refused this code (wrong, used or expired).</source>
        <translation>Le hub a refusé ce code (erroné, déjà utilisé ou expiré).</translation>
    </message>
    <message>
        <source>The server at this address answered, but not as a guichet hub does. Check the address with your technician.</source>
        <translation>Le serveur à cette adresse a répondu, mais pas comme un hub guichet. Vérifiez l&apos;adresse avec votre technicien.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the address and the network.</source>
        <translation>Le hub est injoignable. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>Enrolled with {site}. The token is kept in the {place}.</source>
        <translation>Enrôlé auprès de {site}. Le jeton est conservé dans le {place}.</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>protected file</source>
        <translation>fichier protégé</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Hub: connected</source>
        <translation>Hub : connecté</translation>
    </message>
    <message>
        <source>Hub: offline, will retry</source>
        <translation>Hub : hors ligne, nouvel essai prévu</translation>
    </message>
    <message>
        <source>Hub: refused ({detail})</source>
        <translation>Hub : refus ({detail})</translation>
    </message>
    <message>
        <source>Hub: syncing…</source>
        <translation>Hub : synchronisation…</translation>
    </message>
    <message>
        <source>{status} · {pending} waiting · last success {last}</source>
        <translation>{status} · {pending} en attente · dernier succès {last}</translation>
    </message>
</context>
<context>
    <name>TakeAwayPage</name>
    <message>
        <source>QR code to the list on service-public.fr</source>
        <translation>Code QR vers la liste sur service-public.fr</translation>
    </message>
    <message>
        <source>Take the list with you</source>
        <translation>Emportez la liste</translation>
    </message>
    <message>
        <source>Scan this code with your phone: it opens the official page with the list.</source>
        <translation>Scannez ce code avec votre téléphone : il ouvre la page officielle avec la liste.</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Imprimer la liste</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>J&apos;ai fini</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>Your number is {code}</source>
        <translation>Votre numéro est {code}</translation>
    </message>
    <message>
        <source>An agent will call this number. People before you: {n}.</source>
        <translation>Un conseiller va appeler ce numéro. Personnes avant vous : {n}.</translation>
    </message>
    <message>
        <source>Sorry, no ticket right now</source>
        <translation>Désolé, pas de ticket pour le moment</translation>
    </message>
    <message>
        <source>Please go to the reception desk: an agent will take you in.</source>
        <translation>Allez à l&apos;accueil : un conseiller va vous recevoir.</translation>
    </message>
    <message>
        <source>Print my ticket</source>
        <translation>Imprimer mon ticket</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Manager only: PIN to leave the kiosk</source>
        <translation>Réservé au responsable : code pour quitter la borne</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Requests of this visit</source>
        <translation>Demandes de ce passage</translation>
    </message>
    <message>
        <source>Add a request (Ctrl+D)</source>
        <translation>Ajouter une demande (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove this request</source>
        <translation>Retirer cette demande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (code INSEE)</translation>
    </message>
    <message>
        <source>e.g. 25388</source>
        <translation>ex. 25388</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Premier passage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Visitor (optional, no name)</source>
        <translation>Usager (facultatif, sans nom)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Tranc&amp;he d&apos;âge</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>Co&amp;mmune (INSEE)</source>
        <translation>Co&amp;mmune (INSEE)</translation>
    </message>
    <message>
        <source>First &amp;visit</source>
        <translation>Premi&amp;er passage</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Internal note, optional — erased automatically after the retention period</source>
        <translation>Note interne, facultative — effacée automatiquement après la durée de conservation</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abandonner (Échap)</translation>
    </message>
    <message>
        <source>Close the visit (Ctrl+Enter)</source>
        <translation>Clore le passage (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Request {number}</source>
        <translation>Demande {number}</translation>
    </message>
    <message>
        <source>New visit — ticket {code}</source>
        <translation>Nouveau passage — ticket {code}</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouveau passage</translation>
    </message>
    <message>
        <source>Correcting the visit of {time}</source>
        <translation>Correction du passage de {time}</translation>
    </message>
    <message>
        <source>The commune must be a 5-character INSEE code, e.g. 25388.</source>
        <translation>La commune doit être un code INSEE de 5 caractères, par exemple 25388.</translation>
    </message>
    <message>
        <source>Add at least one request.</source>
        <translation>Ajoutez au moins une demande.</translation>
    </message>
    <message>
        <source>Request {n}: choose a procedure or an operator.</source>
        <translation>Demande {n} : choisissez une démarche ou un opérateur.</translation>
    </message>
    <message>
        <source>Request {n}: choose the help given.</source>
        <translation>Demande {n} : choisissez l&apos;aide apportée.</translation>
    </message>
    <message>
        <source>Request {n}: choose the outcome.</source>
        <translation>Demande {n} : choisissez le résultat.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>La note est trop longue.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(general question)</source>
        <translation>(question générale)</translation>
    </message>
</context>
</TS>
