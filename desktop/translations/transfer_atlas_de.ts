<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFlowDialog</name>
    <message>
        <source>Add flow</source>
        <translation>Datenfluss hinzufügen</translation>
    </message>
    <message>
        <source>The party that sends the data</source>
        <translation>Die Partei, die die Daten übermittelt</translation>
    </message>
    <message>
        <source>The party that receives the data</source>
        <translation>Die Partei, die die Daten empfängt</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>Set the data, tools and TIA in the inspector afterwards.</source>
        <translation>Daten, Instrumente und TIA legen Sie danach im Inspektor fest.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Add sub-processor</source>
        <translation>Unterauftragsverarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Partei hinzufügen</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, or a description of the category</source>
        <translation>Der Name der Organisation oder eine Beschreibung der Kategorie</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Welche Rolle die Partei für die Daten hat</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Eine benannte Organisation oder eine Kategorie, die ein Hinweis nur beschreibt</translation>
    </message>
    <message>
        <source>The party that sends data to the new one (none: add no flow)</source>
        <translation>Die Partei, die der neuen Partei Daten übermittelt (keine: keinen Datenfluss anlegen)</translation>
    </message>
    <message>
        <source>(no flow)</source>
        <translation>(kein Datenfluss)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Receives data &amp;from</source>
        <translation>Erhält Daten &amp;von</translation>
    </message>
</context>
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
        <translation>Die Angaben des Katalogs für diese Partei übernehmen. Das Land wird als aus dem Katalog stammend markiert: wo die Organisation niedergelassen ist, nicht wo sie die Daten verarbeitet.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmenname</translation>
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
        <translation>Niedergelassen in</translation>
    </message>
    <message>
        <source>Contracts with EU customers</source>
        <translation>Verträge mit EU-Kunden</translation>
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
        <translation>Notiz</translation>
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
        <translation>Die Angaben des Katalogs für {0} übernehmen</translation>
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
        <translation>Feststellungen</translation>
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
        <translation>Schwerste Feststellung</translation>
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
        <translation>Feststellung</translation>
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
    <message>
        <source>Transfers</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>European Patent Organisation (EPO)</source>
        <translation>Europäische Patentorganisation (EPO)</translation>
    </message>
    <message>
        <source>The country where the party receives or processes the data</source>
        <translation>Das Land, in dem die Partei die Daten empfängt oder verarbeitet</translation>
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
        <translation>Das Land, in dem die {0} ausgewählten Parteien die Daten empfangen oder verarbeiten. Es wird als von Ihnen bestätigt erfasst und ersetzt, was Dokumente oder der Katalog nahelegten.</translation>
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
        <translation>Das Land der ausgewählten Parteien auf einmal festlegen (als von Ihnen bestätigt)</translation>
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
        <translation>Den Vorschlag ablehnen (bleibt erhalten, zählt aber nicht für die Feststellungen)</translation>
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
        <translation>Das Land von {0} auf {1} setzen</translation>
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
    <name>ExportNote</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Den Ordner öffnen, in den die Datei geschrieben wurde</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation>Dateien, die nicht importiert werden konnten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the list to the clipboard</source>
        <translation>Die Liste in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Spalten zuordnen…</translation>
    </message>
    <message>
        <source>Say what the selected register&apos;s columns hold, then import it again</source>
        <translation>Angeben, was die Spalten des ausgewählten Verzeichnisses enthalten, und es erneut importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n Problem.</numerusform>
            <numerusform>%n Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported; fix these files and import them again.</source>
        <translation>
            <numerusform>%n andere Datei wurde importiert; korrigieren Sie diese Dateien und importieren Sie sie erneut.</numerusform>
            <numerusform>Die %n anderen Dateien wurden importiert; korrigieren Sie diese Dateien und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowEditor</name>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>special categories</source>
        <translation>besondere Kategorien</translation>
    </message>
    <message>
        <source>EEA exit</source>
        <translation>Verlassen des EWR</translation>
    </message>
    <message>
        <source>transfer tools</source>
        <translation>Übermittlungsinstrumente</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>zusätzliche Maßnahmen</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>TIA-Status</translation>
    </message>
    <message>
        <source>TIA conclusion</source>
        <translation>TIA-Ergebnis</translation>
    </message>
    <message>
        <source>TIA review date</source>
        <translation>TIA-Überprüfungsdatum</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Categories of personal data, separated by &apos;;&apos;</source>
        <translation>Kategorien personenbezogener Daten, getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <source>Purposes of the transfer, separated by &apos;;&apos;</source>
        <translation>Zwecke der Übermittlung, getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <source>Special categories (Art. 9 and 10 GDPR) in this flow</source>
        <translation>Besondere Kategorien (Art. 9 und 10 DSGVO) in diesem Datenfluss</translation>
    </message>
    <message>
        <source>Stated to leave the EEA</source>
        <translation>Verlässt laut Quelle den EWR</translation>
    </message>
    <message>
        <source>A source says the data leaves the EEA (matters while the country is unknown)</source>
        <translation>Eine Quelle sagt, dass die Daten den EWR verlassen (wichtig, solange das Land unbekannt ist)</translation>
    </message>
    <message>
        <source>Double-click a transfer tool to edit it</source>
        <translation>Doppelklicken Sie auf ein Übermittlungsinstrument, um es zu bearbeiten</translation>
    </message>
    <message>
        <source>Add a transfer tool</source>
        <translation>Ein Übermittlungsinstrument hinzufügen</translation>
    </message>
    <message>
        <source>Edit the transfer tool</source>
        <translation>Das Übermittlungsinstrument bearbeiten</translation>
    </message>
    <message>
        <source>Remove the transfer tool</source>
        <translation>Das Übermittlungsinstrument entfernen</translation>
    </message>
    <message>
        <source>Double-click a supplementary measure to edit it</source>
        <translation>Doppelklicken Sie auf eine zusätzliche Maßnahme, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Add a supplementary measure</source>
        <translation>Eine zusätzliche Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit the supplementary measure</source>
        <translation>Die zusätzliche Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Remove the supplementary measure</source>
        <translation>Die zusätzliche Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Where the transfer impact assessment stands</source>
        <translation>Wie weit die Transfer-Folgenabschätzung (TIA) ist</translation>
    </message>
    <message>
        <source>What the TIA concluded</source>
        <translation>Was die TIA ergeben hat</translation>
    </message>
    <message>
        <source>When the TIA is next due for review</source>
        <translation>Wann die TIA das nächste Mal zu überprüfen ist</translation>
    </message>
    <message>
        <source>Your notes on this flow</source>
        <translation>Ihre Notizen zu diesem Datenfluss</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Zwecke</translation>
    </message>
    <message>
        <source>&amp;Special categories</source>
        <translation>&amp;Besondere Kategorien</translation>
    </message>
    <message>
        <source>Transfer &amp;tools</source>
        <translation>Übermittlungs&amp;instrumente</translation>
    </message>
    <message>
        <source>Supplementary &amp;measures</source>
        <translation>Zusätzliche &amp;Maßnahmen</translation>
    </message>
    <message>
        <source>TI&amp;A status</source>
        <translation>TI&amp;A-Status</translation>
    </message>
    <message>
        <source>TIA &amp;conclusion</source>
        <translation>TIA-&amp;Ergebnis</translation>
    </message>
    <message>
        <source>TIA review &amp;date</source>
        <translation>TIA-Über&amp;prüfungsdatum</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Change {what} of a flow</source>
        <translation>{what} eines Datenflusses ändern</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>
&lt;h2&gt;Reading the map&lt;/h2&gt;
&lt;p&gt;Parties stand in &lt;b&gt;jurisdiction bands&lt;/b&gt;, left to right: your organisation and the EEA, countries
with an adequacy decision, countries whose decision covers only some importers, third countries, and
parties whose country nobody has stated yet. A node&apos;s &lt;b&gt;fill&lt;/b&gt; is its band&apos;s colour; its
&lt;b&gt;shape&lt;/b&gt; is its role group (controllers and group companies, processors and IT, finance and
insurance, public authorities, other recipients). &lt;b&gt;Hollow&lt;/b&gt; nodes are categories a notice only
describes (&quot;debt collection agencies&quot;); several of one role are drawn once, with a count.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Red&lt;/b&gt; means risk: a red line is a flow with a finding, thicker when more severe; a red ring is
a party with findings. An orange &lt;b&gt;?&lt;/b&gt; beside a node (and after its country code) means only the
catalogue of organisations, a legal form or a web domain places it: where it processes the data is
unconfirmed. Hover over a node or a line for its details (a line shows its transfer tool,
data categories and purposes); click to select it and edit it in the Inspector. &lt;i&gt;Label flows&lt;/i&gt;
writes each line&apos;s tool and data on it. Above 120 nodes, and whenever &lt;i&gt;Countries&lt;/i&gt; is ticked,
the parties of each country are drawn as one node: double-click it to see its parties.&lt;/p&gt;
&lt;p&gt;Names are always written whole. When the map is larger than the window it opens at a size you can
read: drag with the pan tool, or use the zoom tool; Home returns to the first view.&lt;/p&gt;
&lt;h2&gt;Working with a project&lt;/h2&gt;
&lt;p&gt;Import notices, registers and sub-processor lists (File › Import, or drop them on the window);
every party and flow keeps the sentence it came from. Confirm or reject what was suggested, add the
transfer tools and TIA status, and set the as-of date and a scenario in the toolbar: the findings are
recomputed on every change. Every edit can be undone with Ctrl+Z, also while typing in a field.
File › Export writes the TIA workbook or the map, with the date and scenario on it.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Die Karte lesen&lt;/h2&gt;
&lt;p&gt;Die Parteien stehen in &lt;b&gt;Rechtsraum-Bändern&lt;/b&gt;, von links nach rechts: Ihre Organisation und der
EWR, Länder mit Angemessenheitsbeschluss, Länder, deren Beschluss nur einige Importeure erfasst,
Drittländer und Parteien, deren Land noch niemand genannt hat. Die &lt;b&gt;Füllung&lt;/b&gt; eines Knotens ist die
Farbe seines Bandes; seine &lt;b&gt;Form&lt;/b&gt; ist seine Rollengruppe (Verantwortliche und Konzernunternehmen,
Auftragsverarbeiter und IT, Finanzen und Versicherungen, Behörden, sonstige Empfänger). &lt;b&gt;Hohle&lt;/b&gt;
Knoten sind Kategorien, die ein Hinweis nur beschreibt (&quot;Inkassounternehmen&quot;); mehrere derselben Rolle
werden einmal gezeichnet, mit einer Anzahl.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Rot&lt;/b&gt; bedeutet Risiko: eine rote Linie ist ein Datenfluss mit einer Feststellung, dicker, je schwerer
sie ist; ein roter Ring ist eine Partei mit Feststellungen. Ein oranges &lt;b&gt;?&lt;/b&gt; neben einem Knoten (und hinter
dem Ländercode) bedeutet, dass nur der Katalog der Organisationen, eine Rechtsform oder eine Webdomain
ihn verortet: wo er die Daten verarbeitet, ist unbestätigt. Zeigen Sie auf einen Knoten oder eine Linie, um
Einzelheiten zu sehen (eine Linie zeigt ihr Übermittlungsinstrument, die Datenkategorien und Zwecke);
klicken Sie, um sie auszuwählen und im Inspektor zu bearbeiten. &lt;i&gt;Linien beschriften&lt;/i&gt; schreibt
Instrument und Daten an jede Linie. Ab 120 Knoten und immer, wenn &lt;i&gt;Länder&lt;/i&gt; angekreuzt ist, werden die
Parteien jedes Landes als ein Knoten gezeichnet: Doppelklicken Sie darauf, um seine Parteien zu sehen.&lt;/p&gt;
&lt;p&gt;Namen werden immer vollständig geschrieben. Ist die Karte größer als das Fenster, öffnet sie sich in
einer lesbaren Größe: Ziehen Sie mit dem Verschiebewerkzeug oder nutzen Sie das Zoomwerkzeug; Start führt
zur ersten Ansicht zurück.&lt;/p&gt;
&lt;h2&gt;Mit einem Projekt arbeiten&lt;/h2&gt;
&lt;p&gt;Importieren Sie Datenschutzhinweise, Verzeichnisse und Listen von Unterauftragsverarbeitern (Datei ›
Importieren, oder ziehen Sie sie auf das Fenster); jede Partei und jeder Datenfluss behält den Satz, aus
dem sie stammen. Bestätigen oder verwerfen Sie Vorschläge, ergänzen Sie die Übermittlungsinstrumente und
den TIA-Status und wählen Sie in der Werkzeugleiste den Stichtag und ein Szenario: Die Feststellungen werden bei
jeder Änderung neu berechnet. Jede Bearbeitung lässt sich mit Strg+Z rückgängig machen, auch während der
Eingabe in einem Feld. Datei › Exportieren schreibt die TIA-Arbeitsmappe oder die Karte, mit Datum und
Szenario darauf.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>When it fires</source>
        <translation>Wann sie auslöst</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Die Regeln</translation>
    </message>
    <message>
        <source>Each finding names its rule, the GDPR article, the facts it decided on and the sentences they came from. A value nobody stated counts as unknown, never as compliant.</source>
        <translation>Jede Feststellung nennt ihre Regel, den DSGVO-Artikel, die Tatsachen, auf denen sie beruht, und die Sätze, aus denen sie stammen. Ein Wert, den niemand genannt hat, gilt als unbekannt, nie als konform.</translation>
    </message>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Leitfaden zu Transfer Atlas</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Leitfaden zu Transfer Atlas</translation>
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
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>The audit trail could not be read; the Change log compares with the previous workbook instead.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden; das Änderungsprotokoll vergleicht stattdessen mit der vorigen Arbeitsmappe.</translation>
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
    <name>InspectorPanel</name>
    <message>
        <source>Select a party or a flow on the map or in a table to inspect it.

Select two parties to merge them.</source>
        <translation>Wählen Sie eine Partei oder einen Datenfluss auf der Karte oder in einer Tabelle aus, um ihn zu prüfen.

Wählen Sie zwei Parteien aus, um sie zusammenzuführen.</translation>
    </message>
    <message>
        <source>Where this was read; activate an item to see it in its source</source>
        <translation>Wo dies gelesen wurde; aktivieren Sie einen Eintrag, um ihn in der Quelle zu sehen</translation>
    </message>
    <message>
        <source>The findings about this party or flow</source>
        <translation>Die Feststellungen zu dieser Partei oder diesem Datenfluss</translation>
    </message>
    <message>
        <source>Who changed this in the team register, when, and what</source>
        <translation>Wer dies im Team-Register geändert hat, wann und was</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Keine Änderungen erfasst</translation>
    </message>
    <message>
        <source>(added by hand: no source)</source>
        <translation>(von Hand hinzugefügt: keine Quelle)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Feststellungen</translation>
    </message>
</context>
<context>
    <name>ItemDialogs</name>
    <message>
        <source>The Chapter V instrument the flow relies on</source>
        <translation>Das Instrument nach Kapitel V, auf das sich der Datenfluss stützt</translation>
    </message>
    <message>
        <source>The contract, decision or register entry, e.g. &apos;DPA 2023-114, Annex III&apos;</source>
        <translation>Der Vertrag, der Beschluss oder der Verzeichniseintrag, z. B. &apos;AVV 2023-114, Anhang III&apos;</translation>
    </message>
    <message>
        <source>When the tool was signed or took effect</source>
        <translation>Wann das Instrument unterzeichnet wurde oder wirksam wurde</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Übermittlungsinstrument</translation>
    </message>
    <message>
        <source>Technical, contractual or organisational (EDPB Recommendations 01/2020)</source>
        <translation>Technisch, vertraglich oder organisatorisch (EDSA-Empfehlungen 01/2020)</translation>
    </message>
    <message>
        <source>What the measure is, e.g. &apos;encryption with keys held in the EEA&apos;</source>
        <translation>Was die Maßnahme ist, z. B. &apos;Verschlüsselung mit Schlüsseln im EWR&apos;</translation>
    </message>
    <message>
        <source>Whether the measure is in place</source>
        <translation>Ob die Maßnahme umgesetzt ist</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Supplementary measure</source>
        <translation>Zusätzliche Maßnahme</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Feststellungen: {high} hoch, {medium} mittel, {low} niedrig</translation>
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
    <name>MapToolbar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Ursprüngliche Ansicht wiederherstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Zurück zur vorigen Ansicht</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Vor zur nächsten Ansicht</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag to move the map; right button drags to zoom</source>
        <translation>Ziehen verschiebt die Karte; Ziehen mit der rechten Taste zoomt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Zoom to a rectangle</source>
        <translation>Auf ein Rechteck zoomen</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>The map is drawn here once notices or registers are imported (File › Import).</source>
        <translation>Die Karte erscheint hier, sobald Datenschutzhinweise oder Verzeichnisse importiert sind (Datei › Importieren).</translation>
    </message>
    <message>
        <source>Map filters</source>
        <translation>Kartenfilter</translation>
    </message>
    <message>
        <source>Only flagged</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Show only flows with findings, and the parties at their ends</source>
        <translation>Nur Datenflüsse mit Feststellungen und die Parteien an ihren Enden anzeigen</translation>
    </message>
    <message>
        <source>Show only parties with this role (and the other end of their flows)</source>
        <translation>Nur Parteien mit dieser Rolle anzeigen (und das andere Ende ihrer Datenflüsse)</translation>
    </message>
    <message>
        <source>Show only what this source document gives evidence for</source>
        <translation>Nur anzeigen, wofür dieses Quelldokument Nachweise liefert</translation>
    </message>
    <message>
        <source>Show only parties in this country (and the other end of their flows)</source>
        <translation>Nur Parteien in diesem Land anzeigen (und das andere Ende ihrer Datenflüsse)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Draw the parties of each country as one node (on by itself above 120 nodes); double-click a country to see its parties</source>
        <translation>Die Parteien jedes Landes als einen Knoten zeichnen (ab 120 Knoten von selbst); Doppelklick auf ein Land zeigt seine Parteien</translation>
    </message>
    <message>
        <source>Label flows</source>
        <translation>Linien beschriften</translation>
    </message>
    <message>
        <source>Write each flow&apos;s transfer tool and data categories on its line</source>
        <translation>Übermittlungsinstrument und Datenkategorien an jede Linie schreiben</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Karte exportieren…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>Die Karte als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Feststellung</numerusform>
            <numerusform>%n Feststellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no transfer tool recorded</source>
        <translation>kein Übermittlungsinstrument erfasst</translation>
    </message>
    <message>
        <source>Data: {categories}</source>
        <translation>Daten: {categories}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Purposes: {purposes}</source>
        <translation>Zwecke: {purposes}</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Vendor / recipient name</source>
        <translation>Name des Dienstleisters / Empfängers</translation>
    </message>
    <message>
        <source>Processor (whose sub-processor)</source>
        <translation>Auftragsverarbeiter (dessen Unterauftragsverarbeiter)</translation>
    </message>
    <message>
        <source>Sub-processor(s)</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Controller (group company)</source>
        <translation>Verantwortlicher (Konzernunternehmen)</translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation>Land der Niederlassung</translation>
    </message>
    <message>
        <source>Data location / hosting country</source>
        <translation>Speicherort / Hosting-Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Besondere Kategorien</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Data processing agreement (yes/no/date)</source>
        <translation>Auftragsverarbeitungsvertrag (ja/nein/Datum)</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Vertragsreferenz</translation>
    </message>
    <message>
        <source>SCCs signed (yes/no/date)</source>
        <translation>SCC unterzeichnet (ja/nein/Datum)</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-Modul</translation>
    </message>
    <message>
        <source>DPF certified (yes/no)</source>
        <translation>DPF-zertifiziert (ja/nein)</translation>
    </message>
    <message>
        <source>BCRs (yes/no)</source>
        <translation>BCR (ja/nein)</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsmechanismus</translation>
    </message>
    <message>
        <source>Transfer outside the EEA (yes/no)</source>
        <translation>Übermittlung außerhalb des EWR (ja/nein)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>TIA-Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>Die Spalten von {file} zuordnen</translation>
    </message>
    <message>
        <source>Map the register&apos;s columns</source>
        <translation>Die Spalten des Verzeichnisses zuordnen</translation>
    </message>
    <message>
        <source>The sheet to map; a header mapped on one sheet is read the same on every sheet</source>
        <translation>Das zuzuordnende Blatt; eine auf einem Blatt zugeordnete Überschrift gilt auf jedem Blatt</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>The first rows of the sheet, below its header row</source>
        <translation>Die ersten Zeilen des Blattes unter der Kopfzeile</translation>
    </message>
    <message>
        <source>Say what each column holds. A vendor (or sub-processor) name and one more column are needed.</source>
        <translation>Geben Sie an, was jede Spalte enthält. Ein Name eines Dienstleisters (oder Unterauftragsverarbeiters) und eine weitere Spalte sind nötig.</translation>
    </message>
    <message>
        <source>(column {number}, no header)</source>
        <translation>(Spalte {number}, ohne Überschrift)</translation>
    </message>
    <message>
        <source>What the column “{column}” holds</source>
        <translation>Was die Spalte „{column}“ enthält</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge parties</source>
        <translation>Parteien zusammenführen</translation>
    </message>
    <message>
        <source>The party that is the same organisation as the kept one</source>
        <translation>Die Partei, die dieselbe Organisation wie die behaltene ist</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Damit zusammenführen</translation>
    </message>
    <message>
        <source>The merged party&apos;s name becomes an alias; its flows and evidence move over.</source>
        <translation>Der Name der zusammengeführten Partei wird ein Alias; ihre Datenflüsse und Nachweise wandern mit.</translation>
    </message>
</context>
<context>
    <name>NoticeCompare</name>
    <message>
        <source>Compare notice &amp;versions…</source>
        <translation>&amp;Versionen von Datenschutzhinweisen vergleichen…</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a privacy notice (the two selected in Sources, or two files)</source>
        <translation>Zeigen, was sich zwischen zwei Versionen eines Datenschutzhinweises geändert hat (die zwei in Quellen ausgewählten oder zwei Dateien)</translation>
    </message>
    <message>
        <source>The earlier version of the notice</source>
        <translation>Die frühere Version des Hinweises</translation>
    </message>
    <message>
        <source>The later version of the notice</source>
        <translation>Die spätere Version des Hinweises</translation>
    </message>
    <message>
        <source>Comparing the notices…</source>
        <translation>Die Hinweise werden verglichen…</translation>
    </message>
</context>
<context>
    <name>NoticeDiffDialog</name>
    <message>
        <source>Compare notice versions</source>
        <translation>Versionen von Datenschutzhinweisen vergleichen</translation>
    </message>
</context>
<context>
    <name>NoticeDiffView</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>redo TIA</source>
        <translation>TIA erneuern</translation>
    </message>
    <message>
        <source>This change concerns transfers outside the EEA</source>
        <translation>Diese Änderung betrifft Übermittlungen außerhalb des EWR</translation>
    </message>
    <message>
        <source>Only changes concerning transfers</source>
        <translation>Nur Änderungen, die Übermittlungen betreffen</translation>
    </message>
    <message>
        <source>Show only the changes that call for a new transfer impact assessment</source>
        <translation>Nur Änderungen anzeigen, die eine neue Transfer-Folgenabschätzung (TIA) erfordern</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>Die frühere Version</translation>
    </message>
    <message>
        <source>The later version</source>
        <translation>Die spätere Version</translation>
    </message>
    <message>
        <source>No notices compared.</source>
        <translation>Keine Hinweise verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern transfers: redo the TIAs they touch</source>
        <translation>
            <numerusform>%n betrifft Übermittlungen: erneuern Sie die betroffenen TIA</numerusform>
            <numerusform>%n betreffen Übermittlungen: erneuern Sie die betroffenen TIA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD or 1-3-2026</source>
        <translation>JJJJ-MM-TT oder 1-3-2026</translation>
    </message>
    <message>
        <source>Type a date (2026-03-01, 1-3-2026, 1 March 2026) or leave it empty</source>
        <translation>Geben Sie ein Datum ein (2026-03-01, 1-3-2026, 1. März 2026) oder lassen Sie es leer</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Das Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 2026-03-01, 1-3-2026 or 1 March 2026</source>
        <translation>Kein Datum: geben Sie z. B. 2026-03-01, 1-3-2026 oder 1. März 2026 ein</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name, e.g. Acme Verzekeringen N.V.</source>
        <translation>Der Firmenname der Organisation, z. B. Acme Versicherungen AG</translation>
    </message>
    <message>
        <source>Shown on the map, in the workbook&apos;s headers and on its Summary</source>
        <translation>Erscheint auf der Karte, in den Kopfzeilen der Arbeitsmappe und in ihrer Übersicht</translation>
    </message>
    <message>
        <source>Where the organisation is established; its own parties take this country</source>
        <translation>Wo die Organisation niedergelassen ist; ihre eigenen Parteien übernehmen dieses Land</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>DPF certified (US)</source>
        <translation>DPF-zertifiziert (USA)</translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation>Auf der Liste des EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Subject to PIPEDA (CA)</source>
        <translation>Unterliegt PIPEDA (CA)</translation>
    </message>
    <message>
        <source>Canada&apos;s decision covers PIPEDA organisations</source>
        <translation>Der Beschluss zu Kanada gilt für Organisationen, die PIPEDA unterliegen</translation>
    </message>
    <message>
        <source>Private sector (JP)</source>
        <translation>Privatwirtschaft (JP)</translation>
    </message>
    <message>
        <source>Japan&apos;s decision covers APPI business operators</source>
        <translation>Der Beschluss zu Japan gilt für Unternehmen, die dem APPI unterliegen</translation>
    </message>
    <message>
        <source>In decision&apos;s scope (KR, IL)</source>
        <translation>Vom Beschluss erfasst (KR, IL)</translation>
    </message>
    <message>
        <source>Inside the scope of a partial decision</source>
        <translation>Im Geltungsbereich eines teilweisen Beschlusses</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>country confirmation</source>
        <translation>Landbestätigung</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The organisation&apos;s name as the DPO wants to see it</source>
        <translation>Der Name der Organisation, wie der DSB ihn sehen will</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Welche Rolle die Partei für die Daten hat</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Eine benannte Organisation oder eine Kategorie, die ein Hinweis nur beschreibt</translation>
    </message>
    <message>
        <source>Country confirmed</source>
        <translation>Land bestätigt</translation>
    </message>
    <message>
        <source>A contract or the vendor states the country</source>
        <translation>Ein Vertrag oder der Dienstleister nennt das Land</translation>
    </message>
    <message>
        <source>Where the country came from; only some sources say where data goes</source>
        <translation>Woher das Land stammt; nur manche Quellen sagen, wohin Daten gehen</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Prüfung erfassen…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Erfassen, was Sie auf der DPF-Liste gesehen haben, und wann</translation>
    </message>
    <message>
        <source>Other names of the same organisation, separated by &apos;;&apos;</source>
        <translation>Andere Namen derselben Organisation, getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <source>Your notes on this party</source>
        <translation>Ihre Notizen zu dieser Partei</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country from</source>
        <translation>Land laut</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Prüfung der DPF-Liste</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliasnamen</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>DPF-Liste: nie geprüft</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Ihre letzte Prüfung der DPF-Liste</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>{what} von {name} ändern</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
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
    <name>ProjectLocks</name>
    <message>
        <source>Opening read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>{path}: no lock file can be made here ({reason}); the project opens read-only.</source>
        <translation>{path}: hier kann keine Sperrdatei angelegt werden ({reason}); das Projekt wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt in Gebrauch</translation>
    </message>
    <message>
        <source>Save under another name.</source>
        <translation>Speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>a project never saved</source>
        <translation>ein nie gespeichertes Projekt</translation>
    </message>
    <message>
        <source>autosaved {time}</source>
        <translation>automatisch gesichert {time}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Open the recovered work (it is unsaved until you save it)</source>
        <translation>Die wiederhergestellte Arbeit öffnen (ungespeichert, bis Sie sie speichern)</translation>
    </message>
    <message>
        <source>Delete the recovered work for good</source>
        <translation>Die wiederhergestellte Arbeit endgültig löschen</translation>
    </message>
    <message>
        <source>Keep the recovered work and ask again next time</source>
        <translation>Die wiederhergestellte Arbeit behalten und beim nächsten Mal erneut fragen</translation>
    </message>
    <message>
        <source>Transfer Atlas did not close properly. This work was autosaved:</source>
        <translation>Transfer Atlas wurde nicht ordnungsgemäß beendet. Diese Arbeit wurde automatisch gesichert:</translation>
    </message>
</context>
<context>
    <name>RegisterMapping</name>
    <message>
        <source>Registers and sub-processor lists</source>
        <translation>Verzeichnisse und Listen von Unterauftragsverarbeitern</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Import register with column &amp;mapping…</source>
        <translation>Verzeichnis mit Spalten&amp;zuordnung importieren…</translation>
    </message>
    <message>
        <source>Say what each column of a register holds, then import it</source>
        <translation>Angeben, was jede Spalte eines Verzeichnisses enthält, und es dann importieren</translation>
    </message>
    <message>
        <source>Import register with column mapping</source>
        <translation>Verzeichnis mit Spaltenzuordnung importieren</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Assess the transfers as the law stands on this date</source>
        <translation>Die Übermittlungen nach der Rechtslage an diesem Datum bewerten</translation>
    </message>
    <message>
        <source>A what-if: compare the findings with today&apos;s law</source>
        <translation>Ein Was-wäre-wenn: die Feststellungen mit der heutigen Rechtslage vergleichen</translation>
    </message>
    <message>
        <source>Current law</source>
        <translation>Geltendes Recht</translation>
    </message>
    <message>
        <source>Withdraw adequacy</source>
        <translation>Angemessenheit aufheben</translation>
    </message>
    <message>
        <source>Treat any adequacy decision as withdrawn</source>
        <translation>Einen Angemessenheitsbeschluss als aufgehoben behandeln</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
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
        <translation>Suchen Sie {0} in der Liste des Data Privacy Framework ({1}) und erfassen Sie, was Sie gesehen haben. Eine Prüfung gilt {2} Tage; danach verlangen die Feststellungen sie erneut.</translation>
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
    <name>SourcesPanel</name>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Highlighted: blue, a party was read here; yellow, a flow; red, a flagged flow. Click a highlight to select what was read from it.</source>
        <translation>Markiert: blau, hier wurde eine Partei gelesen; gelb, ein Datenfluss; rot, ein markierter Datenfluss. Klicken Sie auf eine Markierung, um auszuwählen, was daraus gelesen wurde.</translation>
    </message>
    <message>
        <source>Select a source to read it.</source>
        <translation>Wählen Sie eine Quelle aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Diese Datei konnte nicht gelesen werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n facts highlighted</source>
        <translation>
            <numerusform>%n Fakt markiert</numerusform>
            <numerusform>%n Fakten markiert</numerusform>
        </translation>
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
        <translation>Feststellungen</translation>
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
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>The findings table</source>
        <translation>Die Tabelle der Feststellungen</translation>
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
        <translation>Mit Feststellungen</translation>
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
        <translation>Nur Feststellungen dieses Schweregrads anzeigen</translation>
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
        <translation>&lt;b&gt;{changes}&lt;/b&gt;: gegenüber heute fügt das Szenario &lt;b&gt;{added}&lt;/b&gt; Feststellung(en) hinzu ({high} hoch) und behebt &lt;b&gt;{resolved}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>The team register&apos;s URL: postgresql://USER@HOST:PORT/DATABASE?project=NAME
The password is read from your PostgreSQL password file (~/.pgpass) or a service file (?service=NAME); it is never typed here nor remembered.</source>
        <translation>Die URL des Team-Registers: postgresql://BENUTZER@HOST:PORT/DATENBANK?project=NAME
Das Passwort wird aus Ihrer PostgreSQL-Passwortdatei (~/.pgpass) oder einer Servicedatei (?service=NAME) gelesen; es wird hier nie eingegeben oder gespeichert.</translation>
    </message>
    <message>
        <source>The URL holds a password. Put the password in your PostgreSQL password file (~/.pgpass, or %APPDATA%\postgresql\pgpass.conf on Windows) or a service file, and connect with {url}</source>
        <translation>Die URL enthält ein Passwort. Legen Sie das Passwort in Ihre PostgreSQL-Passwortdatei (~/.pgpass, unter Windows %APPDATA%\postgresql\pgpass.conf) oder eine Servicedatei und verbinden Sie sich mit {url}</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Register…</source>
        <translation>Mit &amp;Team-Register verbinden…</translation>
    </message>
    <message>
        <source>Open a project kept in a PostgreSQL team register</source>
        <translation>Ein Projekt öffnen, das in einem PostgreSQL-Team-Register geführt wird</translation>
    </message>
    <message>
        <source>Connect to team register</source>
        <translation>Mit Team-Register verbinden</translation>
    </message>
    <message>
        <source>Cannot open the team register</source>
        <translation>Das Team-Register kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your change stays in this window and is saved with your next edit.</source>
        <translation>Ihre Änderung bleibt in diesem Fenster und wird mit Ihrer nächsten Bearbeitung gespeichert.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>history unavailable: {reason}</source>
        <translation>Verlauf nicht verfügbar: {reason}</translation>
    </message>
</context>
</TS>
