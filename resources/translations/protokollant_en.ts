<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Neue Sitzung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tagesordnung einfügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremien und Mitglieder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nächster TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorheriger TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP &amp;hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP &amp;einschieben (z. B. Dringlichkeitsantrag) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP &amp;bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP &amp;löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach &amp;oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP nach &amp;unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zur &amp;Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum &amp;Protokolltext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Textabsatz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Antragstext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Beschlusstext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absatzart &amp;wechseln (Text → Antrag → Beschluss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redner einfügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rede&amp;wendung einfügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absatz nach &amp;oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absatz nach &amp;unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung &amp;abschließen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung &amp;wieder öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auszug dieses TOP …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lle Auszüge …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niederschrift …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffentliche Niederschrift …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber Protokollant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Protokollant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsprotokolle für Ausschüsse: Tagesordnung, Wortprotokoll, Abstimmungen, Protokollauszug und Niederschrift als Word-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Tagesordnung einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung aus der Einladung hier einfügen (Strg+V), zum Beispiel:

Öffentlicher Teil
7.1  Parkraumkonzept Innenstadt  24/SVV/0422
Nichtöffentlicher Teil
9.1  Grundstücksangelegenheit

Auch CSV-Tabellen und OParl-JSON können eingefügt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punkt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorhandene Tagesordnung ersetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonst werden die Punkte hinten an die Tagesordnung angefügt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingefügter Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau – Zellen lassen sich ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus der Zwischenablage übernommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung (*.txt *.csv *.json *.docx);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelesen aus {0}. Hier eingefügter Text ersetzt die Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Punkte ({1} öffentlich, {2} nichtöffentlich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Punkte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Anw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>befangen beim aktuellen Tagesordnungspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}, ohne Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegangen um {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anwesend seit {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, befangen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Ankunft erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgang erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anwesenheit bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befangenheit umschalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmberechtigt anwesend: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP {number}: {n} stimmberechtigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – befangen: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Nicht gespeicherte Änderungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert – {error} Neuer Versuch in {s} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert – {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Sicherung fehlgeschlagen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung fehlgeschlagen (interner Fehler: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung erstellt {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Gremien und Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Ausschuss für Gesundheit und Soziales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beratend (empfiehlt der Stadtverordnetenversammlung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschließend (entscheidet selbst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertretung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied &amp;hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Pfeil hoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Pfeil runter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+Entf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder (in der Reihenfolge der Niederschrift):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie den Namen des Gremiums ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gremium „{name}“ gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Mitglied in Zeile {row} hat keinen Namen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Mitglied in Zeile {row} hat kein Kürzel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zeilen {first} und {second} haben dasselbe Kürzel „{key}“. Bitte ändern Sie eines in der Spalte „Kürzel“ (z. B. mit Vornamen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch einmal „Schließen“ verwirft die nicht gespeicherten Änderungen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die mitgelieferte Liste wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Willkommen bei Protokollant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier führen Sie während der Sitzung das Protokoll: Tagesordnung, Wortprotokoll, Abstimmungen und Anwesenheit. Danach entstehen Protokollauszug und Niederschrift mit einem Klick als Word-Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch ist keine Sitzung gespeichert. So fangen Sie an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispielsitzung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagesordnung einfügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine vorbereitete Sitzung zum Ausprobieren: Tagesordnung, Mitglieder, Wortprotokoll und Abstimmung sind schon da. Alles darf verändert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Ausschuss einmal mit seinen Mitgliedern erfassen: Anrede, Name, Fraktion, Funktion und Stimmrecht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Tagesordnung aus der Einladung kopieren und hier einfügen; Nummern, Titel und Drucksachen werden erkannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wird laufend auf diesem Rechner gespeichert, auch ohne Netzwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drucksache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsteil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte Nummer und Titel angeben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Sitzung geöffnet.

Strg+N legt eine neue Sitzung an, Strg+O öffnet eine vorhandene,
Strg+Umschalt+G pflegt Gremien und Mitglieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tagesordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;stimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;wesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit&amp;zung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – Protokollant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Dialog für neue Sitzungen ist nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sitzungsauswahl ist nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Gremienverwaltung ist nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einstellungen sind nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung öffnen oder anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Einfügen einer Tagesordnung ist nicht verfügbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die bisherige Tagesordnung mit allen Protokolltexten wird ersetzt. Fortfahren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Tagesordnungspunkte – Strg+Umschalt+N fügt einen hinzu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sitzung ist abgeschlossen. Über „Sitzung wieder öffnen“ (Strg+Umschalt+R) kann sie geändert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dringlichkeitsantrag: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP einschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP {number} „{title}“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Protokoll dieses Punktes ({words} Wörter) wird mitgelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung eingetragen – Ergebnis: {outcome} (F2 zum Ändern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungszeit gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung abschließen? Danach kann sie nur noch gelesen und exportiert werden, bis sie ausdrücklich wieder geöffnet wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es sind noch nicht alle Texte gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung wieder öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum wird die abgeschlossene Sitzung wieder geöffnet? (wird protokolliert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie einen Grund an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung abgeschlossen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung wieder geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossen – nur lesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Text ist noch nicht gespeichert; der Export wartet, bis das Speichern wieder gelingt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschrieben: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst einen Tagesordnungspunkt wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einige Änderungen konnten nicht gespeichert werden ({state}). Trotzdem schließen? Dann gehen sie verloren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingBar</name>
    <message>
        <source>Sitzung &amp;beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung &amp;unterbrechen / fortsetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung b&amp;eenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sitzung geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. Sitzung · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht begonnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterbrechung {a}–{b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung &amp;fortsetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung &amp;unterbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPicker</name>
    <message>
        <source>Sitzung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen: Gremium, Datum (z. B. 06.2016) oder Nummer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} neueste Sitzungen – weitere beim Blättern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} von {total} Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Sitzungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Sitzungen gespeichert – legen Sie eine neue an.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Anrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmrecht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Protokolltext</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Neue Sitzung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium &amp;anlegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Rathaus, Raum 3.025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ö&amp;ffentlicher Teil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nichtöffentlicher Teil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzung anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt noch kein Gremium. Bitte legen Sie zuerst eines an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte wählen Sie ein Gremium oder legen Sie eines an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte wählen Sie den öffentlichen, den nichtöffentlichen oder beide Teile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Der jetzige Stand wird vorher gesichert und erscheint danach ebenfalls in dieser Liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt noch keine Sicherung in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitgelieferte Vorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner „Dokumente“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftführerin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftführer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftführung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Potsdam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-&amp;Vorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ablageordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name der Schriftführung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bezeichnung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort für die Unterschrift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dokumente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mehrheit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnisse eines Tagesordnungspunkts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung und &amp;Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Wendungen bietet der Protokolleditor nach einem Namen an („… erklärt, dass“). „…“ markiert die Stelle, an der weitergeschrieben wird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redewendungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sprache der Oberfläche ändert sich beim nächsten Programmstart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;prache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage muss eine Word-Datei (.docx) sein: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorlage {path} gibt es nicht. Bitte wählen Sie die Datei neu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Ablageordner {path} gibt es nicht. Bitte wählen Sie einen Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte lassen Sie mindestens ein Ergebnis in der Liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menü</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Befehl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTally</name>
    <message>
        <source>Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung (optional), z. B. „zum Änderungsantrag der Fraktion X“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verfahren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablehnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmenthaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasten J / N / E: Ja, Nein, Enthaltung für das markierte Mitglied; Entf löscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>einstimmig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung zählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustimmung +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zustimmung −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablehnung +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablehnung −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmenthaltung +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimmenthaltung −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstimmig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zählung zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namentliche Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheime Abstimmung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstimmung zu TOP {number} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es sind noch keine Stimmen gezählt – bitte zuerst zählen, dann eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summe {cast} von {available} Stimmberechtigten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine Stimmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
