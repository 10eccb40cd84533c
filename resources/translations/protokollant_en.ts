<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>{first}, dann {second}</source>
        <translation>{first}, then {second}</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>In der Liste: Mitglied anwesend / abwesend</source>
        <translation>In the list: member present / absent</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Vorgeschlagenen oder begonnenen Namen übernehmen</source>
        <translation>Take the suggested or begun name</translation>
    </message>
    <message>
        <source>Protokolltext verlassen</source>
        <translation>Leave the minutes text</translation>
    </message>
    <message>
        <source>Anderen Namen wählen und übernehmen</source>
        <translation>Choose and take another name</translation>
    </message>
    <message>
        <source>Vorschlag schließen</source>
        <translation>Close the suggestion</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Protokollant</source>
        <translation>About Protokollant</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Sitzungsprotokolle für Ausschüsse: Tagesordnung, Wortprotokoll, Abstimmungen, Protokollauszug und Niederschrift als Word-Datei.</source>
        <translation>Minutes for council committees: agenda, minutes, votes, extracts and full minutes as Word documents.</translation>
    </message>
    <message>
        <source>Datenbank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>TOP hinzufügen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Dringlichkeitsantrag: </source>
        <translation>Urgent motion: </translation>
    </message>
    <message>
        <source>TOP einschieben</source>
        <translation>Insert item</translation>
    </message>
    <message>
        <source>TOP bearbeiten</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung öffnen oder anlegen.</source>
        <translation>Please open or create a meeting first.</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Tagesordnung einfügen</source>
        <translation>Paste agenda</translation>
    </message>
    <message>
        <source>Tagesordnung aus der Einladung hier einfügen (Strg+V), zum Beispiel:

Öffentlicher Teil
7.1  Parkraumkonzept Innenstadt  24/SVV/0422
Nichtöffentlicher Teil
9.1  Grundstücksangelegenheit

Auch CSV-Tabellen und OParl-JSON können eingefügt werden.</source>
        <translation>Paste the agenda from the invitation here (Ctrl+V), for example:

Öffentlicher Teil
7.1  Parkraumkonzept Innenstadt  24/SVV/0422
Nichtöffentlicher Teil
9.1  Grundstücksangelegenheit

CSV tables and OParl JSON can be pasted too.</translation>
    </message>
    <message>
        <source>OParl-Sitzung von dieser Adresse abrufen (Netz)</source>
        <translation>Fetch the OParl meeting from this address (network)</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Drucksache</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Abstimmung (Vorschlag)</source>
        <translation>Vote (suggestion)</translation>
    </message>
    <message>
        <source>Drucksache gefunden</source>
        <translation>Paper found</translation>
    </message>
    <message>
        <source>Öffentlicher Teil</source>
        <translation>Public part</translation>
    </message>
    <message>
        <source>Nichtöffentlicher Teil</source>
        <translation>Non-public part</translation>
    </message>
    <message>
        <source>Aus dem Ergebnistext „{0}“ gelesen. Ankreuzen, um die Stimmen als Abstimmung ins Protokoll des Punktes zu übernehmen.</source>
        <translation>Read from the result text “{0}”. Tick to take the counts into the item&apos;s minutes as a vote.</translation>
    </message>
    <message>
        <source>Ergebnis laut Datei: {0}</source>
        <translation>Outcome according to the file: {0}</translation>
    </message>
    <message>
        <source>von Hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Federführung: {0}</source>
        <translation>Lead: {0}</translation>
    </message>
    <message>
        <source>Verfasser: {0}</source>
        <translation>Submitted by: {0}</translation>
    </message>
    <message>
        <source>&amp;Datei öffnen …</source>
        <translation>&amp;Open file …</translation>
    </message>
    <message>
        <source>A&amp;brufen</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>Lesen a&amp;bbrechen</source>
        <translation>Cancel &amp;reading</translation>
    </message>
    <message>
        <source>Format erkennen</source>
        <translation>Detect format</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>CSV-Tabelle</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>OParl (JSON)</source>
        <translation>OParl (JSON)</translation>
    </message>
    <message>
        <source>Falls das Format falsch erkannt wird</source>
        <translation>In case the format is detected wrongly</translation>
    </message>
    <message>
        <source>Punkt ent&amp;fernen</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Vorhandene Tagesordnung &amp;ersetzen</source>
        <translation>R&amp;eplace the existing agenda</translation>
    </message>
    <message>
        <source>Sonst werden die Punkte hinten an die Tagesordnung angefügt.</source>
        <translation>Otherwise the items are appended to the agenda.</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Eingefügter Text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>Vorschau – Zellen lassen sich ändern</source>
        <translation>Preview – cells can be edited</translation>
    </message>
    <message>
        <source>Aus der Zwischenablage übernommen.</source>
        <translation>Taken from the clipboard.</translation>
    </message>
    <message>
        <source>Eine OParl-Adresse: „Abrufen“ holt die Sitzung aus dem Netz.</source>
        <translation>An OParl address: “Fetch” downloads the meeting from the network.</translation>
    </message>
    <message>
        <source>Wird abgerufen: {0} …</source>
        <translation>Fetching: {0} …</translation>
    </message>
    <message>
        <source>Abgerufen: {0}</source>
        <translation>Fetched: {0}</translation>
    </message>
    <message>
        <source>Tagesordnung öffnen</source>
        <translation>Open agenda</translation>
    </message>
    <message>
        <source>Tagesordnung (*.txt *.csv *.json *.docx);;Alle Dateien (*)</source>
        <translation>Agenda (*.txt *.csv *.json *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Gelesen aus {0}. Hier eingefügter Text ersetzt die Datei.</source>
        <translation>Read from {0}. Text pasted here replaces the file.</translation>
    </message>
    <message>
        <source>Datei: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Wird gelesen …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <source>Lesen abgebrochen.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <source>Hinweise:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>{0} Punkte ({1} öffentlich, {2} nichtöffentlich)</source>
        <translation>{0} items ({1} public, {2} non-public)</translation>
    </message>
    <message>
        <source>Noch keine Punkte</source>
        <translation>No items yet</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Öffentlicher Teil</source>
        <translation>Public part</translation>
    </message>
    <message>
        <source>Nichtöffentlicher Teil</source>
        <translation>Non-public part</translation>
    </message>
    <message>
        <source>TOP {number} {title}</source>
        <translation>Item {number} {title}</translation>
    </message>
    <message>
        <source>Drucksache {paper}</source>
        <translation>Paper {paper}</translation>
    </message>
    <message>
        <source>Ergebnis: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>TOP {number} {title}, {outcome}</source>
        <translation>Item {number} {title}, {outcome}</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>nichtöffentlich</source>
        <translation>non-public</translation>
    </message>
    <message>
        <source>aktueller Punkt</source>
        <translation>current item</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Anw.</source>
        <translation>Pres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ankunft</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Abgang</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Befangen</source>
        <translation>Biased</translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <source>befangen beim aktuellen Tagesordnungspunkt</source>
        <translation>excluded for bias on the current agenda item</translation>
    </message>
    <message>
        <source>{role}, ohne Stimmrecht</source>
        <translation>{role}, no vote</translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Befangenheit: kein Tagesordnungspunkt gewählt</source>
        <translation>Bias exclusion: no agenda item selected</translation>
    </message>
    <message>
        <source>befangen</source>
        <translation>excluded (bias)</translation>
    </message>
    <message>
        <source>nicht befangen</source>
        <translation>not excluded</translation>
    </message>
    <message>
        <source>{caption}: keine Zeit</source>
        <translation>{caption}: no time</translation>
    </message>
    <message>
        <source>gegangen um {time}</source>
        <translation>left at {time}</translation>
    </message>
    <message>
        <source>anwesend seit {time}</source>
        <translation>present since {time}</translation>
    </message>
    <message>
        <source>, befangen</source>
        <translation>, excluded for bias</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Ankunft erfassen</source>
        <translation>Record arrival</translation>
    </message>
    <message>
        <source>Abgang erfassen</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <source>Anwesenheit bearbeiten</source>
        <translation>Edit attendance</translation>
    </message>
    <message>
        <source>Befangenheit umschalten</source>
        <translation>Toggle exclusion for bias</translation>
    </message>
    <message>
        <source>Keine Sitzung geöffnet</source>
        <translation>No meeting open</translation>
    </message>
    <message>
        <source>Stimmberechtigt anwesend: {n}</source>
        <translation>Voting members present: {n}</translation>
    </message>
    <message>
        <source>TOP {number}: {n} stimmberechtigt</source>
        <translation>Item {number}: {n} may vote</translation>
    </message>
    <message>
        <source> – befangen: {names}</source>
        <translation> – excluded for bias: {names}</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Nicht gespeicherte Änderungen …</source>
        <translation>Unsaved changes …</translation>
    </message>
    <message>
        <source>Nicht gespeichert – {error} Neuer Versuch in {s} s.</source>
        <translation>Not saved – {error} Retrying in {s} s.</translation>
    </message>
    <message>
        <source>Nicht gespeichert – {error}</source>
        <translation>Not saved – {error}</translation>
    </message>
    <message>
        <source>Gespeichert {time}</source>
        <translation>Saved {time}</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Sicherung fehlgeschlagen: {error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <source>Sicherung fehlgeschlagen (interner Fehler: {error}).</source>
        <translation>Backup failed (internal error: {error}).</translation>
    </message>
    <message>
        <source>Sicherung erstellt {time}</source>
        <translation>Backup created {time}</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Gremien und Mitglieder</source>
        <translation>Committees and members</translation>
    </message>
    <message>
        <source>Neues Gremium</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>Gremium:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <source>z. B. Ausschuss für Gesundheit und Soziales</source>
        <translation>e.g. Ausschuss für Gesundheit und Soziales</translation>
    </message>
    <message>
        <source>beratend (empfiehlt der Stadtverordnetenversammlung)</source>
        <translation>advisory (recommends to the city council)</translation>
    </message>
    <message>
        <source>beschließend (entscheidet selbst)</source>
        <translation>deciding (decides itself)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Vertretung:</source>
        <translation>&amp;Assembly:</translation>
    </message>
    <message>
        <source>Mitglied &amp;hinzufügen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Mitglied &amp;entfernen</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Alt+Pfeil hoch</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Pfeil runter</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Strg+Entf</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mitglieder (in der Reihenfolge der Niederschrift):</source>
        <translation>Members (in the order of the minutes):</translation>
    </message>
    <message>
        <source>Noch einmal „Schließen“ verwirft die nicht gespeicherten Änderungen.</source>
        <translation>Pressing “Close” again discards the unsaved changes.</translation>
    </message>
</context>
<context>
    <name>DialogInteraction</name>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Die mitgelieferte Liste wiederherstellen</source>
        <translation>Restore the built-in list</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Bitte zuerst eine Sitzung öffnen.</source>
        <translation>Please open a meeting first.</translation>
    </message>
    <message>
        <source>Der Text ist noch nicht gespeichert; der Export wartet, bis das Speichern wieder gelingt.</source>
        <translation>The text is not saved yet; the export waits until saving works again.</translation>
    </message>
    <message>
        <source>Die PDF-Datei wird erstellt …</source>
        <translation>Creating the PDF file …</translation>
    </message>
    <message>
        <source>Geschrieben: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Tagesordnungspunkt wählen.</source>
        <translation>Please choose an agenda item first.</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>La&amp;yout</translation>
    </message>
    <message>
        <source>Referenz – wie der Potsdamer Protokollauszug (Standard)</source>
        <translation>Reference – like the Potsdam extract (default)</translation>
    </message>
    <message>
        <source>Karlsruhe – „Punkt N der Tagesordnung“, „Zur Beurkundung:“</source>
        <translation>Karlsruhe – “Item N of the agenda”, “Certified:”</translation>
    </message>
    <message>
        <source>„Beschluss:“ – Abstimmung in einer Zeile, Befangene gezählt</source>
        <translation>“Resolution:” – vote on one line, biased members counted</translation>
    </message>
    <message>
        <source>„Zu Punkt N:“ – Ergebnis in Worten, drei Unterschriften</source>
        <translation>“On item N:” – result in words, three signatures</translation>
    </message>
    <message>
        <source>Eigene Vorlagen (Einstellungen)</source>
        <translation>Own templates (settings)</translation>
    </message>
    <message>
        <source>Exporte verwenden jetzt das Layout „{name}“.</source>
        <translation>Exports now use the layout “{name}”.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Suchen</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Ersetzen durch</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>&amp;ganze Sitzung</source>
        <translation>&amp;whole meeting</translation>
    </message>
    <message>
        <source>In allen Tagesordnungspunkten suchen (Strg+Umschalt+S)</source>
        <translation>Search all agenda items (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Alle ersetzen</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Suche schließen (Esc)</source>
        <translation>Close search (Esc)</translation>
    </message>
    <message>
        <source>&amp;Suchen …</source>
        <translation>&amp;Find …</translation>
    </message>
    <message>
        <source>In der &amp;ganzen Sitzung suchen …</source>
        <translation>Find in the whole &amp;meeting …</translation>
    </message>
    <message>
        <source>&amp;Ersetzen …</source>
        <translation>&amp;Replace …</translation>
    </message>
    <message>
        <source>Weiters&amp;uchen</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Rückwär&amp;ts suchen</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <source>„{text}“ nicht gefunden</source>
        <translation>“{text}” not found</translation>
    </message>
    <message>
        <source>Von vorn gesucht</source>
        <translation>Searched from the top</translation>
    </message>
    <message>
        <source>gefunden in einem anderen TOP</source>
        <translation>found in another item</translation>
    </message>
    <message>
        <source>{n} ersetzt</source>
        <translation>{n} replaced</translation>
    </message>
    <message>
        <source>nichts ersetzt</source>
        <translation>nothing replaced</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Protokoll prüfen</source>
        <translation>Check minutes</translation>
    </message>
    <message>
        <source>{count} Widersprüche im Protokoll:</source>
        <translation>{count} contradictions in the minutes:</translation>
    </message>
    <message>
        <source>1 Widerspruch im Protokoll:</source>
        <translation>1 contradiction in the minutes:</translation>
    </message>
    <message>
        <source>Keine Widersprüche gefunden.</source>
        <translation>No contradictions found.</translation>
    </message>
    <message>
        <source>1 unbekanntes Wort.</source>
        <translation>1 unknown word.</translation>
    </message>
    <message>
        <source>{count} unbekannte Wörter.</source>
        <translation>{count} unknown words.</translation>
    </message>
    <message>
        <source>Rechtschreibung: keine unbekannten Wörter.</source>
        <translation>Spelling: no unknown words.</translation>
    </message>
    <message>
        <source>Trotzdem schreiben: {what}?</source>
        <translation>Write anyway: {what}?</translation>
    </message>
    <message>
        <source>Trotzdem &amp;schreiben</source>
        <translation>&amp;Write anyway</translation>
    </message>
    <message>
        <source>&amp;Zurück zum Protokoll</source>
        <translation>&amp;Back to the minutes</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Willkommen bei Protokollant</source>
        <translation>Welcome to Protokollant</translation>
    </message>
    <message>
        <source>Hier führen Sie während der Sitzung das Protokoll: Tagesordnung, Wortprotokoll, Abstimmungen und Anwesenheit. Danach entstehen Protokollauszug und Niederschrift mit einem Klick als Word-Datei.</source>
        <translation>Keep the minutes here during the meeting: agenda, minutes, votes and attendance. Afterwards the extracts and the full minutes are one click away as Word documents.</translation>
    </message>
    <message>
        <source>Noch ist keine Sitzung gespeichert. So fangen Sie an:</source>
        <translation>No meeting has been saved yet. This is how to start:</translation>
    </message>
    <message>
        <source>Beispielsitzung öffnen</source>
        <translation>Open the sample meeting</translation>
    </message>
    <message>
        <source>Gremium anlegen</source>
        <translation>Create a committee</translation>
    </message>
    <message>
        <source>Tagesordnung einfügen</source>
        <translation>Paste agenda</translation>
    </message>
    <message>
        <source>Eine vorbereitete Sitzung zum Ausprobieren: Tagesordnung, Mitglieder, Wortprotokoll und Abstimmung sind schon da. Alles darf verändert werden.</source>
        <translation>A prepared meeting to try things out: agenda, members, minutes and a vote are already there. Change anything you like.</translation>
    </message>
    <message>
        <source>Den Ausschuss einmal mit seinen Mitgliedern erfassen: Anrede, Name, Fraktion, Funktion und Stimmrecht.</source>
        <translation>Enter the committee and its members once: salutation, name, group, role and right to vote.</translation>
    </message>
    <message>
        <source>Die Tagesordnung aus der Einladung kopieren und hier einfügen; Nummern, Titel und Drucksachen werden erkannt.</source>
        <translation>Copy the agenda from the invitation and paste it here; numbers, titles and papers are recognised.</translation>
    </message>
    <message>
        <source>Alles wird laufend auf diesem Rechner gespeichert, auch ohne Netzwerk.</source>
        <translation>Everything is saved continuously on this computer, no network needed.</translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Wiedervorlage ändern</source>
        <translation>Change follow-up</translation>
    </message>
    <message>
        <source>keine Wiedervorlage</source>
        <translation>no follow-up</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Gefunden im Beschlusstext: „{phrase}“</source>
        <translation>Found in the resolution: “{phrase}”</translation>
    </message>
    <message>
        <source>TOP {number} {title}</source>
        <translation>Item {number} {title}</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Follow-up on</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>z. B. 15/SVV/0743</source>
        <translation>e.g. 15/SVV/0743</translation>
    </message>
    <message>
        <source>z. B. Beschlussvorlage</source>
        <translation>e.g. Beschlussvorlage (draft resolution)</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>&amp;Nummer:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Drucksache:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>A&amp;rt der Drucksache:</source>
        <translation>Paper &amp;kind:</translation>
    </message>
    <message>
        <source>Sitzungsteil:</source>
        <translation>Part of the meeting:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Bitte Nummer und Titel angeben.</source>
        <translation>Please enter number and title.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bitte zuerst eine Sitzung öffnen oder anlegen.</source>
        <translation>Please open or create a meeting first.</translation>
    </message>
    <message>
        <source>Keine Tagesordnungspunkte – Strg+Umschalt+N fügt einen hinzu.</source>
        <translation>No agenda items – Ctrl+Shift+N adds one.</translation>
    </message>
    <message>
        <source>Die Sitzung ist abgeschlossen. Über „Sitzung wieder öffnen“ (Strg+Umschalt+R) kann sie geändert werden.</source>
        <translation>The meeting is finalised. “Reopen meeting” (Ctrl+Shift+R) makes it editable again.</translation>
    </message>
    <message>
        <source>Abgeschlossen – nur lesen</source>
        <translation>Finalised – read only</translation>
    </message>
    <message>
        <source>Einige Änderungen konnten nicht gespeichert werden ({state}). Trotzdem schließen? Dann gehen sie verloren.</source>
        <translation>Some changes could not be saved ({state}). Close anyway? They will be lost.</translation>
    </message>
</context>
<context>
    <name>MeetingBar</name>
    <message>
        <source>Sitzung &amp;beginnen</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <source>Sitzung &amp;unterbrechen / fortsetzen</source>
        <translation>&amp;Pause / resume meeting</translation>
    </message>
    <message>
        <source>Sitzung b&amp;eenden …</source>
        <translation>&amp;End meeting …</translation>
    </message>
    <message>
        <source>Keine Sitzung geöffnet</source>
        <translation>No meeting open</translation>
    </message>
    <message>
        <source>Sitzungszeit: keine Sitzung</source>
        <translation>Session time: no meeting</translation>
    </message>
    <message>
        <source>{number}. Sitzung · {date}</source>
        <translation>Meeting {number} · {date}</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>Beginn {t}</source>
        <translation>Start {t}</translation>
    </message>
    <message>
        <source>nicht begonnen (geplant {t})</source>
        <translation>not begun (planned {t})</translation>
    </message>
    <message>
        <source>nicht begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Unterbrechung {a}–{b}</source>
        <translation>Break {a}–{b}</translation>
    </message>
    <message>
        <source>Ende {t}</source>
        <translation>End {t}</translation>
    </message>
    <message>
        <source>Sitzungszeit: {times}</source>
        <translation>Session time: {times}</translation>
    </message>
    <message>
        <source>&amp;Ende zurücknehmen</source>
        <translation>Take back the &amp;end</translation>
    </message>
    <message>
        <source>Sitzung &amp;fortsetzen</source>
        <translation>&amp;Resume meeting</translation>
    </message>
    <message>
        <source>Sitzung &amp;unterbrechen</source>
        <translation>&amp;Pause meeting</translation>
    </message>
    <message>
        <source>unterbrochen seit {t}</source>
        <translation>paused since {t}</translation>
    </message>
    <message>
        <source>1 Unterbrechung</source>
        <translation>1 break</translation>
    </message>
    <message>
        <source>{n} Unterbrechungen</source>
        <translation>{n} breaks</translation>
    </message>
    <message>
        <source>Das Ende ist zurückgenommen: die Sitzung läuft weiter.</source>
        <translation>The end is taken back: the meeting goes on.</translation>
    </message>
    <message>
        <source>Sitzung beendet. Versehen? {keys} nimmt das Ende zurück.</source>
        <translation>Meeting ended. A mistake? {keys} takes the end back.</translation>
    </message>
    <message>
        <source>Sitzungszeit gespeichert.</source>
        <translation>Meeting time saved.</translation>
    </message>
</context>
<context>
    <name>MeetingChoiceDialog</name>
    <message>
        <source>Sitzung auswählen</source>
        <translation>Choose a meeting</translation>
    </message>
    <message>
        <source>Die Datei enthält {0} Sitzungen. Welche soll gelesen werden?</source>
        <translation>The file holds {0} meetings. Which one should be read?</translation>
    </message>
    <message>
        <source>Lesen</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Der Text ist noch nicht gespeichert ({state}). Bitte erst das Speichern ermöglichen, dann wiederherstellen.</source>
        <translation>The text is not saved yet ({state}). Please make saving possible first, then restore.</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt; der vorherige Stand ist ebenfalls gesichert.</source>
        <translation>Backup restored; the previous state has been backed up as well.</translation>
    </message>
    <message>
        <source>Es sind noch nicht alle Texte gespeichert.</source>
        <translation>Not all texts are saved yet.</translation>
    </message>
    <message>
        <source>Sitzungszeiten gespeichert.</source>
        <translation>Meeting times saved.</translation>
    </message>
    <message>
        <source>Sitzung abgeschlossen.</source>
        <translation>Meeting finalised.</translation>
    </message>
    <message>
        <source>Sitzung wieder geöffnet.</source>
        <translation>Meeting reopened.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>TOPs</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Sitzung öffnen</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>Suchen: Gremium, Datum (z. B. 06.2016) oder Nummer …</source>
        <translation>Search: committee, date (e.g. 06.2016) or number …</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} neueste Sitzungen – weitere beim Blättern</source>
        <translation>{n} newest meetings – more when scrolling</translation>
    </message>
    <message>
        <source>{n} von {total} Sitzungen</source>
        <translation>{n} of {total} meetings</translation>
    </message>
    <message>
        <source>1 Sitzung</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <source>{n} Sitzungen</source>
        <translation>{n} meetings</translation>
    </message>
    <message>
        <source>Noch keine Sitzungen gespeichert – legen Sie eine neue an.</source>
        <translation>No meetings saved yet – create a new one.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fraktion</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stimmrecht</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Abstimmung eingetragen.</source>
        <translation>Vote recorded.</translation>
    </message>
    <message>
        <source>Abstimmung eingetragen – Ergebnis: {outcome} (F2 zum Ändern)</source>
        <translation>Vote recorded – outcome: {outcome} (F2 to change)</translation>
    </message>
    <message>
        <source>Abstimmung zurückgenommen – Ergebnis wieder: {outcome}</source>
        <translation>Vote taken back – outcome again: {outcome}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Protokolltext</source>
        <translation>Minutes text</translation>
    </message>
    <message>
        <source>Absatz: {kind}</source>
        <translation>Paragraph: {kind}</translation>
    </message>
    <message>
        <source>Eingetragen: {vote}</source>
        <translation>Recorded: {vote}</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Neue Sitzung</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Gremium &amp;anlegen…</source>
        <translation>&amp;Create committee…</translation>
    </message>
    <message>
        <source>z. B. Rathaus, Raum 3.025</source>
        <translation>e.g. Town hall, room 3.025</translation>
    </message>
    <message>
        <source>ö&amp;ffentlicher Teil</source>
        <translation>&amp;public part</translation>
    </message>
    <message>
        <source>&amp;nichtöffentlicher Teil</source>
        <translation>&amp;non-public part</translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>N&amp;ummer:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Beginn (geplant):</source>
        <translation>&amp;Start (planned):</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Teile:</source>
        <translation>Parts:</translation>
    </message>
    <message>
        <source>Sitzung anlegen</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Es gibt noch kein Gremium. Bitte legen Sie zuerst eines an.</source>
        <translation>There is no committee yet. Please create one first.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie ein Gremium oder legen Sie eines an.</source>
        <translation>Please choose a committee or create one.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie den öffentlichen, den nichtöffentlichen oder beide Teile.</source>
        <translation>Please choose the public part, the non-public part or both.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Anfang</source>
        <translation>start</translation>
    </message>
    <message>
        <source>Mitte</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>fixed date</translation>
    </message>
    <message>
        <source>nächste Sitzung</source>
        <translation>next meeting</translation>
    </message>
    <message>
        <source>jährlich</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>halbjährlich</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <source>vierteljährlich</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>alle {n} Monate</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <source>Gefunden im Beschlusstext: „{phrase}“</source>
        <translation>Found in the resolution: “{phrase}”</translation>
    </message>
    <message>
        <source>{committee}
{number}. Sitzung</source>
        <translation>{committee}
meeting {number}</translation>
    </message>
    <message>
        <source>nichtöffentlich</source>
        <translation>non-public</translation>
    </message>
    <message>
        <source>(geändert)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>TOP</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Beschluss</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nur fällige &amp;Wiedervorlagen</source>
        <translation>Only &amp;follow-ups due</translation>
    </message>
    <message>
        <source>Wiedervorlage ä&amp;ndern …</source>
        <translation>Cha&amp;nge follow-up …</translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <source>Als W&amp;ord-Datei speichern …</source>
        <translation>Save as W&amp;ord file …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Beschlusskontrolle</source>
        <translation>Resolution register</translation>
    </message>
    <message>
        <source>{n} Beschlüsse, davon {due} Wiedervorlagen fällig</source>
        <translation>{n} resolutions, {due} follow-ups due</translation>
    </message>
    <message>
        <source>Erledigt. Nächste Wiedervorlage ({every}) am {date} – mit F2 zu ändern.</source>
        <translation>Done. Next follow-up ({every}) on {date} – F2 to change it.</translation>
    </message>
    <message>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Geschrieben: {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Der jetzige Stand wird vorher gesichert und erscheint danach ebenfalls in dieser Liste.</source>
        <translation>Choose the state you want to return to. The current state is backed up first and then appears in this list as well.</translation>
    </message>
    <message>
        <source>Es gibt noch keine Sicherung in {folder}.</source>
        <translation>There is no backup in {folder} yet.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>noch ohne Stimme</source>
        <translation>no vote yet</translation>
    </message>
    <message>
        <source>gewählt</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>nicht gewählt</source>
        <translation>not selected</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Archiv durchsuchen</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <source>Suchwörter, z. B. Parkraum Innenstadt – Umlaute und ß dürfen fehlen</source>
        <translation>Search words, e.g. Parkraum Innenstadt – umlauts and ß may be left out</translation>
    </message>
    <message>
        <source>Alle Gremien</source>
        <translation>All committees</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>Der Suchindex wird einmalig aufgebaut … die Suche folgt gleich.</source>
        <translation>The search index is being built (once) … the search follows shortly.</translation>
    </message>
    <message>
        <source>In zusammengesetzten Wörtern:</source>
        <translation>Inside compound words:</translation>
    </message>
    <message>
        <source>{date} · {number}. Sitzung · {committee}</source>
        <translation>{date} · meeting {number} · {committee}</translation>
    </message>
    <message>
        <source>nichtöffentlich</source>
        <translation>non-public</translation>
    </message>
    <message>
        <source>Nichts gefunden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Die neuesten {n} Treffer in {m} Sitzungen – es gibt mehr; weitere Wörter oder ein Gremium grenzen die Suche ein.</source>
        <translation>The newest {n} hits in {m} meetings – there are more; more words or a committee narrow the search.</translation>
    </message>
    <message>
        <source>{n} Treffer in {m} Sitzungen.</source>
        <translation>{n} hits in {m} meetings.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vorlage wählen</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>Word-Dokumente (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Ordner mit auszug.docx und niederschrift.docx wählen</source>
        <translation>Choose a folder with auszug.docx and niederschrift.docx</translation>
    </message>
    <message>
        <source>Ablageordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <source>mitgelieferte Vorlage</source>
        <translation>built-in template</translation>
    </message>
    <message>
        <source>Auswählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Ordner „Dokumente“</source>
        <translation>“Documents” folder</translation>
    </message>
    <message>
        <source>Schriftführerin</source>
        <translation>Schriftführerin</translation>
    </message>
    <message>
        <source>Schriftführer</source>
        <translation>Schriftführer</translation>
    </message>
    <message>
        <source>Schriftführung</source>
        <translation>Schriftführung</translation>
    </message>
    <message>
        <source>z. B. Potsdam</source>
        <translation>e.g. Potsdam</translation>
    </message>
    <message>
        <source>Datum der Sitzung (sonst TT.MM.JJJJ)</source>
        <translation>Date of the meeting (else DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>Eigener Ordner …</source>
        <translation>Own folder …</translation>
    </message>
    <message>
        <source>Vorlage &amp;prüfen</source>
        <translation>&amp;Check template</translation>
    </message>
    <message>
        <source>Schreibt eine Beispielsitzung mit der Vorlage, ohne eine Datei anzulegen</source>
        <translation>Renders a sample meeting with the template without creating a file</translation>
    </message>
    <message>
        <source>Word-&amp;Vorlage:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <source>&amp;Ablageordner:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Name der Schriftführung:</source>
        <translation>&amp;Name of the secretary:</translation>
    </message>
    <message>
        <source>&amp;Bezeichnung:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Ort für die Unterschrift:</source>
        <translation>&amp;Place for the signature:</translation>
    </message>
    <message>
        <source>&amp;Datum der Unterschrift:</source>
        <translation>&amp;Signing date:</translation>
    </message>
    <message>
        <source>&amp;Dokumente</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Mehrheit:</source>
        <translation>&amp;Majority:</translation>
    </message>
    <message>
        <source>Ergebnisse eines Tagesordnungspunkts</source>
        <translation>Outcomes of an agenda item</translation>
    </message>
    <message>
        <source>Abstimmung und &amp;Ergebnis</source>
        <translation>Vote and &amp;outcome</translation>
    </message>
    <message>
        <source>Diese Wendungen bietet der Protokolleditor nach einem Namen an („… erklärt, dass“). „…“ markiert die Stelle, an der weitergeschrieben wird.</source>
        <translation>The minutes editor offers these phrases after a name (“… erklärt, dass”). “…” marks where typing continues.</translation>
    </message>
    <message>
        <source>&amp;Redewendungen</source>
        <translation>&amp;Phrases</translation>
    </message>
    <message>
        <source>Die Sprache der Oberfläche ändert sich beim nächsten Programmstart.</source>
        <translation>The interface language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>Sprache der &amp;Oberfläche:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>&amp;Typografie beim Schreiben: „…“, ‚…‘, Gedankenstrich – und Auslassung …</source>
        <translation>&amp;Typography while typing: „…“, ‚…‘, dash – and ellipsis …</translation>
    </message>
    <message>
        <source>Rechtschreibprüfung (&amp;Deutsch)</source>
        <translation>Spelling check (&amp;German)</translation>
    </message>
    <message>
        <source>S&amp;prache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Sommerpause (TT.MM.–TT.MM.):</source>
        <translation>&amp;Summer break (DD.MM.–DD.MM.):</translation>
    </message>
    <message>
        <source>„&amp;Nächste Sitzung“ ohne geplante Sitzung:</source>
        <translation>“&amp;Next meeting” without a planned meeting:</translation>
    </message>
    <message>
        <source>Wiedervorlagen aus dem Beschlusstext: „vor/nach der Sommerpause“ richtet sich nach der Sommerpause, leer: die übliche Ihres Bundeslandes. „In der nächsten Sitzung“ ist die nächste geplante Sitzung des Gremiums, sonst so viele Tage nach der Sitzung. „Vorlage prüfen“ nennt, was die Kommunalverfassung des Bundeslandes in der Niederschrift verlangt und die Vorlage nie druckt.</source>
        <translation>Follow-ups from the resolution text: “before/after the summer break” follows the summer break (empty: your state’s usual one). “In the next meeting” is the committee’s next planned meeting, otherwise this many days after the meeting. “Check template” names what the state’s municipal code requires in the minutes and the template never prints.</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlagen</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>üblich: {dates}</source>
        <translation>usual: {dates}</translation>
    </message>
    <message>
        <source>Eigenes Layout: {path}</source>
        <translation>Own layout: {path}</translation>
    </message>
    <message>
        <source>„{name}“ kann so nicht verwendet werden:</source>
        <translation>“{name}” cannot be used like this:</translation>
    </message>
    <message>
        <source>„{name}“ ist in Ordnung.</source>
        <translation>“{name}” is fine.</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>{first}, dann {second}</source>
        <translation>{first}, then {second}</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menü</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SpellingUnderline</name>
    <message>
        <source>Nächster Rechtschreib&amp;fehler …</source>
        <translation>Next &amp;misspelling …</translation>
    </message>
    <message>
        <source>Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden</source>
        <translation>Spelling off: no German dictionary found</translation>
    </message>
    <message>
        <source>(keine Vorschläge)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Zum &amp;Wörterbuch hinzufügen</source>
        <translation>Add to &amp;dictionary</translation>
    </message>
    <message>
        <source>Keine Rechtschreibfehler gefunden.</source>
        <translation>No misspellings found.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Nicht gespeicherte Änderungen …</source>
        <translation>Unsaved changes …</translation>
    </message>
    <message>
        <source>Nicht gespeichert!</source>
        <translation>Not saved!</translation>
    </message>
</context>
<context>
    <name>TimesDialog</name>
    <message>
        <source>Sitzungszeiten korrigieren</source>
        <translation>Correct the meeting times</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>eine je Zeile, z. B. 18:10–18:25 (leer: keine)</source>
        <translation>one per line, e.g. 18:10–18:25 (empty: none)</translation>
    </message>
    <message>
        <source>leer: die Sitzung läuft noch</source>
        <translation>empty: the meeting is still running</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;Unterbrechungen:</source>
        <translation>&amp;Interruptions:</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Unterbrechungen</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>So stehen die Zeiten in der Niederschrift.</source>
        <translation>The minutes print the times like this.</translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>Abstimmung</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Bezeichnung (optional), z. B. „zum Änderungsantrag der Fraktion X“</source>
        <translation>Label (optional), e.g. “zum Änderungsantrag der Fraktion X”</translation>
    </message>
    <message>
        <source>Bezeichnung der Abstimmung</source>
        <translation>Label of the vote</translation>
    </message>
    <message>
        <source>Schlussabstimmung</source>
        <translation>Final vote</translation>
    </message>
    <message>
        <source>Änderungsantrag</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Verfahrensantrag</source>
        <translation>Procedural motion</translation>
    </message>
    <message>
        <source>Art der Abstimmung</source>
        <translation>Kind of vote</translation>
    </message>
    <message>
        <source>Die Schlussabstimmung entscheidet den Tagesordnungspunkt; ein angenommener Verfahrensantrag (Vertagung, Verweisung) setzt dessen Ergebnis; ein Änderungsantrag lässt es offen.</source>
        <translation>The final vote decides the item; a passed procedural motion (adjournment, referral) sets its outcome; an amendment leaves it open.</translation>
    </message>
    <message>
        <source>Verfahren:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>namentlich</source>
        <translation>roll call</translation>
    </message>
    <message>
        <source>geheim</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Zustimmung</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ablehnung</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Stimmenthaltung</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>J / N / E: Ja, Nein, Enthaltung für die markierte Zeile; Entf löscht.</source>
        <translation>J / N / E: yes, no, abstain for the selected row; Del clears.</translation>
    </message>
    <message>
        <source>einstimmig</source>
        <translation>unanimous</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Abstimmung eintragen</source>
        <translation>Record vote</translation>
    </message>
    <message>
        <source>Abstimmung zählen</source>
        <translation>Count vote</translation>
    </message>
    <message>
        <source>Zustimmung +1</source>
        <translation>Yes +1</translation>
    </message>
    <message>
        <source>Zustimmung −1</source>
        <translation>Yes −1</translation>
    </message>
    <message>
        <source>Ablehnung +1</source>
        <translation>No +1</translation>
    </message>
    <message>
        <source>Ablehnung −1</source>
        <translation>No −1</translation>
    </message>
    <message>
        <source>Stimmenthaltung +1</source>
        <translation>Abstentions +1</translation>
    </message>
    <message>
        <source>Stimmenthaltung −1</source>
        <translation>Abstentions −1</translation>
    </message>
    <message>
        <source>Einstimmig</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <source>Zählung zurücksetzen</source>
        <translation>Reset count</translation>
    </message>
    <message>
        <source>Offene Abstimmung</source>
        <translation>Open vote</translation>
    </message>
    <message>
        <source>Namentliche Abstimmung</source>
        <translation>Roll-call vote</translation>
    </message>
    <message>
        <source>Geheime Abstimmung</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>Abstimmung zu TOP {number}</source>
        <translation>Vote on item {number}</translation>
    </message>
    <message>
        <source>TOP {number} {title}</source>
        <translation>Item {number} {title}</translation>
    </message>
    <message>
        <source>Es sind noch keine Stimmen gezählt – bitte zuerst zählen, dann eintragen.</source>
        <translation>No votes counted yet – please count first, then record.</translation>
    </message>
    <message>
        <source>Summe {cast} von {available} Stimmberechtigten</source>
        <translation>Total {cast} of {available} voting members</translation>
    </message>
    <message>
        <source>noch keine Stimmen</source>
        <translation>no votes yet</translation>
    </message>
    <message>
        <source>läuft …</source>
        <translation>in progress …</translation>
    </message>
    <message>
        <source>Ergebnis: {result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <source>Warnung: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <source>Noch ohne Stimme: {names}</source>
        <translation>Not voted yet: {names}</translation>
    </message>
    <message>
        <source>Alle Stimmberechtigten haben abgestimmt.</source>
        <translation>All voting members have voted.</translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation>carried</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation>Abstain</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Neue Sitzung …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>Sitzung ö&amp;ffnen …</source>
        <translation>&amp;Open meeting …</translation>
    </message>
    <message>
        <source>&amp;Tagesordnung einfügen …</source>
        <translation>&amp;Paste agenda …</translation>
    </message>
    <message>
        <source>&amp;Gremien und Mitglieder …</source>
        <translation>&amp;Committees and members …</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>S&amp;ettings …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Nächster TOP</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <source>&amp;Vorheriger TOP</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <source>TOP &amp;hinzufügen …</source>
        <translation>&amp;Add item …</translation>
    </message>
    <message>
        <source>TOP &amp;einschieben (z. B. Dringlichkeitsantrag) …</source>
        <translation>&amp;Insert item (e.g. urgent motion) …</translation>
    </message>
    <message>
        <source>TOP &amp;bearbeiten …</source>
        <translation>&amp;Edit item …</translation>
    </message>
    <message>
        <source>TOP &amp;löschen …</source>
        <translation>&amp;Delete item …</translation>
    </message>
    <message>
        <source>TOP nach &amp;oben</source>
        <translation>Move item &amp;up</translation>
    </message>
    <message>
        <source>TOP nach &amp;unten</source>
        <translation>Move item do&amp;wn</translation>
    </message>
    <message>
        <source>Zur &amp;Tagesordnung</source>
        <translation>Go to a&amp;genda</translation>
    </message>
    <message>
        <source>Zum &amp;Protokolltext</source>
        <translation>Go to &amp;minutes text</translation>
    </message>
    <message>
        <source>Neuer &amp;Textabsatz</source>
        <translation>New &amp;text paragraph</translation>
    </message>
    <message>
        <source>Neuer &amp;Antragstext</source>
        <translation>New &amp;motion wording</translation>
    </message>
    <message>
        <source>Neuer &amp;Beschlusstext</source>
        <translation>New &amp;resolution wording</translation>
    </message>
    <message>
        <source>Ab&amp;satzart wechseln (Text → Antrag → Beschluss)</source>
        <translation>&amp;Change paragraph kind (text → motion → resolution)</translation>
    </message>
    <message>
        <source>&amp;Redner einfügen …</source>
        <translation>Insert &amp;speaker …</translation>
    </message>
    <message>
        <source>Rede&amp;wendung einfügen …</source>
        <translation>Insert &amp;phrase …</translation>
    </message>
    <message>
        <source>Absatz nach &amp;oben</source>
        <translation>Move paragraph &amp;up</translation>
    </message>
    <message>
        <source>Absatz nach &amp;unten</source>
        <translation>Move paragraph &amp;down</translation>
    </message>
    <message>
        <source>Protokoll pr&amp;üfen …</source>
        <translation>&amp;Check minutes …</translation>
    </message>
    <message>
        <source>Sitzungs&amp;zeiten korrigieren …</source>
        <translation>Correct the meeting &amp;times …</translation>
    </message>
    <message>
        <source>Sitzung &amp;abschließen …</source>
        <translation>&amp;Finalise meeting …</translation>
    </message>
    <message>
        <source>Sitzung &amp;wieder öffnen …</source>
        <translation>&amp;Reopen meeting …</translation>
    </message>
    <message>
        <source>&amp;Auszug dieses TOP …</source>
        <translation>&amp;Extract of this item …</translation>
    </message>
    <message>
        <source>A&amp;lle Auszüge …</source>
        <translation>&amp;All extracts …</translation>
    </message>
    <message>
        <source>&amp;Niederschrift …</source>
        <translation>&amp;Minutes …</translation>
    </message>
    <message>
        <source>Ö&amp;ffentliche Niederschrift …</source>
        <translation>&amp;Public minutes …</translation>
    </message>
    <message>
        <source>Niederschrift mit Änderungsnach&amp;weis …</source>
        <translation>Minutes with change &amp;record …</translation>
    </message>
    <message>
        <source>Auszug dieses TOP als &amp;PDF …</source>
        <translation>Extract of this item as &amp;PDF …</translation>
    </message>
    <message>
        <source>Niederschrift als P&amp;DF …</source>
        <translation>Minutes as P&amp;DF …</translation>
    </message>
    <message>
        <source>&amp;Ergebnisse für das Ratsinformationssystem (OParl) …</source>
        <translation>&amp;Results for the council information system (OParl) …</translation>
    </message>
    <message>
        <source>Ergebnisse als &amp;CSV (Tabelle, Open Data) …</source>
        <translation>Results as &amp;CSV (spreadsheet, open data) …</translation>
    </message>
    <message>
        <source>Archiv &amp;durchsuchen …</source>
        <translation>&amp;Search the archive …</translation>
    </message>
    <message>
        <source>&amp;Beschlusskontrolle …</source>
        <translation>&amp;Resolution register …</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlagen …</source>
        <translation>&amp;Follow-ups due …</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ü&amp;ber Protokollant</source>
        <translation>&amp;About Protokollant</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tagesordnung</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Protokoll</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Ab&amp;stimmung</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <source>An&amp;wesenheit</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <source>Sit&amp;zung</source>
        <translation>M&amp;eeting</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Archiv</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation>Deputy chair</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>beratendes Mitglied</source>
        <translation>Advisory member</translation>
    </message>
    <message>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>einfache Mehrheit (mehr Ja- als Nein-Stimmen)</source>
        <translation>simple majority (more yes than no votes)</translation>
    </message>
    <message>
        <source>Zweidrittelmehrheit der abgegebenen Stimmen</source>
        <translation>two-thirds majority of the votes cast</translation>
    </message>
    <message>
        <source>beschlussfähig</source>
        <translation>quorum reached</translation>
    </message>
    <message>
        <source>nicht beschlussfähig</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <source>{present} von {total} Stimmberechtigten anwesend – {state}</source>
        <translation>{present} of {total} voting members present – {state}</translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <source>Protokollant – interner Fehler</source>
        <translation>Protokollant – internal error</translation>
    </message>
    <message>
        <source>Ein interner Fehler ist aufgetreten ({kind}: {exc}). Der Vorgang wurde abgebrochen; Ihr Text ist gespeichert. Details stehen im Protokoll unter {folder}.</source>
        <translation>An internal error occurred ({kind}: {exc}). The action was cancelled; your text is saved. Details are in the log under {folder}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Protokollant – Fehler</source>
        <translation>Protokollant – Error</translation>
    </message>
    <message>
        <source>Protokollant</source>
        <translation>Protokollant</translation>
    </message>
    <message>
        <source>Interner Fehler{what} ({kind}): {exc}. Der Vorgang wurde abgebrochen. Details stehen im Protokoll unter {folder}.</source>
        <translation>Internal error{what} ({kind}): {exc}. The operation was cancelled. Details are in the log in {folder}.</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>{problem}

Jetzt die letzte Sicherung vom {when} wiederherstellen? Die beschädigte Datei wird vorher beiseitegelegt.</source>
        <translation>{problem}

Restore the latest backup of {when} now? The damaged file is set aside first.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Abstimmung</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Federführung: {0}</source>
        <translation>Lead department: {0}</translation>
    </message>
    <message>
        <source>Verfasser: {0}</source>
        <translation>Author: {0}</translation>
    </message>
    <message>
        <source>{title} – Protokollant</source>
        <translation>{title} – Protokollant</translation>
    </message>
</context>
</TS>
