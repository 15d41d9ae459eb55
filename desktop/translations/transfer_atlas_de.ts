<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogueBox</name>
    <message>
        <source>Catalogue of organisations</source>
        <translation>Katalog der Organisationen</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts</source>
        <translation>Angaben des Katalogs übernehmen</translation>
    </message>
    <message>
        <source>Take the catalogue&apos;s facts for this party. The country is marked as coming from the catalogue: where the organisation is established, not where it processes the data.</source>
        <translation>Die Angaben des Katalogs für diese Partei übernehmen. Das Land wird als aus dem Katalog stammend markiert: wo die Organisation ihren Sitz hat, nicht wo sie die Daten verarbeitet.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Matched as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Sitz in</translation>
    </message>
    <message>
        <source>Contracts with EU customers</source>
        <translation>Vertragspartner von EU-Kunden</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Webdomain</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Accepting sets</source>
        <translation>Übernehmen setzt</translation>
    </message>
    <message>
        <source>The party agrees with the catalogue.</source>
        <translation>Die Partei stimmt mit dem Katalog überein.</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts for {0}</source>
        <translation>Angaben des Katalogs für {0} übernehmen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>added by scenario</source>
        <translation>durch Szenario hinzugekommen</translation>
    </message>
    <message>
        <source>resolved by scenario</source>
        <translation>durch Szenario behoben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>How Chapter V sees the country on the as-of date</source>
        <translation>Wie Kapitel V das Land zum Stichtag einstuft</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Named organisation or a described category</source>
        <translation>Benannte Organisation oder beschriebene Kategorie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Flows received</source>
        <translation>Empfangene Datenflüsse</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Flows sent on</source>
        <translation>Weitergegebene Datenflüsse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporteur</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importeur</translation>
    </message>
    <message>
        <source>Transfer tools</source>
        <translation>Übermittlungsinstrumente</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Was das Szenario gegenüber heute ändert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The rule that fired (see Help › Rules)</source>
        <translation>Die ausgelöste Regel (siehe Hilfe › Regeln)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Lesefehler</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Set country</source>
        <translation>Land festlegen</translation>
    </message>
    <message>
        <source>The country where the {0} selected parties receive or process the data. It is recorded as confirmed by you, replacing what documents or the catalogue suggested.</source>
        <translation>Das Land, in dem die {0} ausgewählten Parteien die Daten empfangen oder verarbeiten. Es wird als von Ihnen bestätigt erfasst und ersetzt, was Dokumente oder der Katalog vorschlugen.</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
</context>
<context>
    <name>CountrySource</name>
    <message>
        <source>stated in the notice</source>
        <translation>im Datenschutzhinweis genannt</translation>
    </message>
    <message>
        <source>read from an address</source>
        <translation>aus einer Anschrift gelesen</translation>
    </message>
    <message>
        <source>stated in a register</source>
        <translation>in einem Verzeichnis genannt</translation>
    </message>
    <message>
        <source>catalogue: established there, processing place unconfirmed</source>
        <translation>Katalog: dort niedergelassen, Verarbeitungsort unbestätigt</translation>
    </message>
    <message>
        <source>its name or legal form: established there, processing place unconfirmed</source>
        <translation>Name oder Rechtsform: dort niedergelassen, Verarbeitungsort unbestätigt</translation>
    </message>
    <message>
        <source>web domain only: unconfirmed</source>
        <translation>nur die Webdomain: unbestätigt</translation>
    </message>
    <message>
        <source>confirmed by the user</source>
        <translation>vom Benutzer bestätigt</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Add &amp;party…</source>
        <translation>&amp;Partei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a party by hand</source>
        <translation>Eine Partei von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;sub-processor…</source>
        <translation>&amp;Unterauftragsverarbeiter hinzufügen…</translation>
    </message>
    <message>
        <source>Add a sub-processor that receives data from the selected party</source>
        <translation>Einen Unterauftragsverarbeiter hinzufügen, der Daten von der ausgewählten Partei erhält</translation>
    </message>
    <message>
        <source>Add &amp;flow…</source>
        <translation>Daten&amp;fluss hinzufügen…</translation>
    </message>
    <message>
        <source>Add a flow between two parties by hand</source>
        <translation>Einen Datenfluss zwischen zwei Parteien von Hand hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Merge parties…</source>
        <translation>Parteien &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge another party into the selected one (the same organisation under two names)</source>
        <translation>Eine andere Partei mit der ausgewählten zusammenführen (dieselbe Organisation unter zwei Namen)</translation>
    </message>
    <message>
        <source>Set c&amp;ountry…</source>
        <translation>&amp;Land festlegen…</translation>
    </message>
    <message>
        <source>Set the country of the selected parties at once (as confirmed by you)</source>
        <translation>Das Land aller ausgewählten Parteien auf einmal festlegen (als von Ihnen bestätigt)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm what the importer suggested</source>
        <translation>Bestätigen, was der Import vorgeschlagen hat</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Reject the suggestion (kept, but left out of the findings)</source>
        <translation>Den Vorschlag ablehnen (bleibt erhalten, zählt aber nicht für die Befunde)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected parties or flows</source>
        <translation>Die ausgewählten Parteien oder Datenflüsse löschen</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Datenfluss hinzufügen</translation>
    </message>
    <message>
        <source>Choose two different parties for a flow.</source>
        <translation>Wählen Sie zwei verschiedene Parteien für einen Datenfluss.</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Einen Datenfluss hinzufügen</translation>
    </message>
    <message>
        <source>Merge {absorbed} into {kept}</source>
        <translation>{absorbed} in {kept} zusammenführen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Set the country of {0} to {1}</source>
        <translation>Land von {0} auf {1} festlegen</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>{items} löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Partei</numerusform>
            <numerusform>%n Parteien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n Datenfluss</numerusform>
            <numerusform>%n Datenflüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>{parties} and {flows}</source>
        <translation>{parties} und {flows}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Notices and registers</source>
        <translation>Datenschutzhinweise und Verzeichnisse</translation>
    </message>
    <message>
        <source>Transfer Atlas project</source>
        <translation>Transfer-Atlas-Projekt</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>&amp;Import notices or registers…</source>
        <translation>Datenschutzhinweise oder Verzeichnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Read privacy notices, vendor registers or sub-processor lists</source>
        <translation>Datenschutzhinweise, Dienstleisterverzeichnisse oder Listen von Unterauftragsverarbeitern einlesen</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every supported file in a folder</source>
        <translation>Jede unterstützte Datei eines Ordners importieren</translation>
    </message>
    <message>
        <source>Export TIA &amp;workbook…</source>
        <translation>TIA-&amp;Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Write the transfer impact assessment workbook (.xlsx)</source>
        <translation>Die Arbeitsmappe der Transfer-Folgenabschätzung (TIA) schreiben (.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>&amp;Karte exportieren…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>Die Karte als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Import notices or registers</source>
        <translation>Datenschutzhinweise oder Verzeichnisse importieren</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird importiert…</numerusform>
            <numerusform>%n Elemente werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed:</source>
        <translation>Der Auftrag ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Export TIA workbook</source>
        <translation>TIA-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Writing the TIA workbook…</source>
        <translation>Die TIA-Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Die Karte wird gezeichnet…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>The data-flow map (Ctrl+1)</source>
        <translation>Die Karte der Datenflüsse (Strg+1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Partei</numerusform>
            <numerusform>%n Parteien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n Datenfluss</numerusform>
            <numerusform>%n Datenflüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>findings: {high} high, {medium} medium, {low} low</source>
        <translation>Befunde: {high} hoch, {medium} mittel, {low} niedrig</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>Stichtag {date}</translation>
    </message>
    <message>
        <source>scenario: {changes}</source>
        <translation>Szenario: {changes}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>{edit} rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>{edit} wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Auftrag fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Transfer Atlas</source>
        <translation>Transfer Atlas schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and country</source>
        <translation>Name und Land der Organisation</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide to the map and the rules</source>
        <translation>&amp;Leitfaden zur Karte und zu den Regeln</translation>
    </message>
    <message>
        <source>A short guide, in this window</source>
        <translation>Ein kurzer Leitfaden, in diesem Fenster</translation>
    </message>
    <message>
        <source>&amp;About Transfer Atlas</source>
        <translation>Ü&amp;ber Transfer Atlas</translation>
    </message>
    <message>
        <source>Version and reference data</source>
        <translation>Version und Referenzdaten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show {tab}</source>
        <translation>{tab} anzeigen</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Den Reiter {tab} anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Den Bereich {panel} ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>In Tabelle &amp;suchen</translation>
    </message>
    <message>
        <source>Search the current table</source>
        <translation>In der aktuellen Tabelle suchen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>TIA workbook</source>
        <translation>TIA-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Kartenbild</translation>
    </message>
    <message>
        <source>About Transfer Atlas</source>
        <translation>Über Transfer Atlas</translation>
    </message>
    <message>
        <source>Maps where personal data goes, flags GDPR Chapter V gaps and exports transfer impact assessments.</source>
        <translation>Zeigt, wohin personenbezogene Daten fließen, meldet Lücken nach Kapitel V DSGVO und exportiert Transfer-Folgenabschätzungen (TIA).</translation>
    </message>
    <message>
        <source>Reference data {version}, as of {date}.</source>
        <translation>Referenzdaten {version}, Stand {date}.</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Record a check…</source>
        <translation>Prüfung erfassen…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Erfassen, was Sie auf der DPF-Liste gesehen haben, und wann</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Prüfung der DPF-Liste</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>DPF-Liste: nie geprüft</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Ihre letzte Prüfung der DPF-Liste</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Transfer Atlas projects (*.atlas)</source>
        <translation>Transfer-Atlas-Projekte (*.atlas)</translation>
    </message>
    <message>
        <source>Project JSON (*.json)</source>
        <translation>Projekt-JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Ein neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open one of the projects opened lately</source>
        <translation>Eines der zuletzt geöffneten Projekte öffnen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them?</source>
        <translation>„{name}“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>ScopeCheckDialog</name>
    <message>
        <source>DPF List check: {0}</source>
        <translation>Prüfung der DPF-Liste: {0}</translation>
    </message>
    <message>
        <source>Listed (active participant)</source>
        <translation>Gelistet (aktiver Teilnehmer)</translation>
    </message>
    <message>
        <source>Not listed (or inactive)</source>
        <translation>Nicht gelistet (oder inaktiv)</translation>
    </message>
    <message>
        <source>The day you looked it up</source>
        <translation>Der Tag, an dem Sie nachgesehen haben</translation>
    </message>
    <message>
        <source>the listing&apos;s web address, or what you saw</source>
        <translation>die Webadresse des Eintrags oder was Sie gesehen haben</translation>
    </message>
    <message>
        <source>Look {0} up on the Data Privacy Framework List ({1}) and record what you saw. A check counts for {2} days; after that the findings ask for it again.</source>
        <translation>Suchen Sie {0} in der Liste des Data Privacy Framework ({1}) und erfassen Sie, was Sie gesehen haben. Eine Prüfung gilt {2} Tage; danach verlangen die Befunde sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Geprüft &amp;am</translation>
    </message>
    <message>
        <source>Checked &amp;by</source>
        <translation>Geprüft &amp;von</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Give the day you checked the list (not a future day).</source>
        <translation>Geben Sie den Tag an, an dem Sie die Liste geprüft haben (kein künftiger Tag).</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search {rows}…</source>
        <translation>{rows} durchsuchen…</translation>
    </message>
    <message>
        <source>Show only {rows} whose text contains this (any column)</source>
        <translation>Nur {rows} anzeigen, deren Text dies enthält (jede Spalte)</translation>
    </message>
</context>
<context>
    <name>TableTabs</name>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parteien</translation>
    </message>
    <message>
        <source>The parties table</source>
        <translation>Die Tabelle der Parteien</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Über&amp;mittlungen</translation>
    </message>
    <message>
        <source>The transfers table</source>
        <translation>Die Tabelle der Übermittlungen</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>The findings table</source>
        <translation>Die Tabelle der Befunde</translation>
    </message>
    <message>
        <source>Show only parties with this role</source>
        <translation>Nur Parteien mit dieser Rolle anzeigen</translation>
    </message>
    <message>
        <source>Show only parties in this state</source>
        <translation>Nur Parteien in diesem Zustand anzeigen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Mit Befunden</translation>
    </message>
    <message>
        <source>To review (suggested)</source>
        <translation>Zu prüfen (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>Show only parties whose destination has this status</source>
        <translation>Nur Parteien anzeigen, deren Ziel diesen Status hat</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Show only some transfers</source>
        <translation>Nur einige Übermittlungen anzeigen</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Datenflüsse</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Leaving the EEA</source>
        <translation>Verlassen den EWR</translation>
    </message>
    <message>
        <source>TIA not started</source>
        <translation>TIA nicht begonnen</translation>
    </message>
    <message>
        <source>Show only findings of this severity</source>
        <translation>Nur Befunde dieses Schweregrads anzeigen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Was das Szenario gegenüber heute ändert</translation>
    </message>
    <message>
        <source>Under the scenario</source>
        <translation>Unter dem Szenario</translation>
    </message>
    <message>
        <source>Added by the scenario</source>
        <translation>Durch das Szenario hinzugekommen</translation>
    </message>
    <message>
        <source>Resolved by the scenario</source>
        <translation>Durch das Szenario behoben</translation>
    </message>
    <message>
        <source>Added and resolved</source>
        <translation>Hinzugekommen und behoben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{changes}&lt;/b&gt;: compared with today the scenario adds &lt;b&gt;{added}&lt;/b&gt; finding(s) ({high} high) and resolves &lt;b&gt;{resolved}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{changes}&lt;/b&gt;: gegenüber heute fügt das Szenario &lt;b&gt;{added}&lt;/b&gt; Befund(e) hinzu ({high} hoch) und behebt &lt;b&gt;{resolved}&lt;/b&gt;.</translation>
    </message>
</context>
</TS>
