<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CatalogueBox</name>
    <message>
        <source>Catalogue of organisations</source>
        <translation>Catalogus van organisaties</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts</source>
        <translation>Gegevens uit de catalogus overnemen</translation>
    </message>
    <message>
        <source>Take the catalogue&apos;s facts for this party. The country is marked as coming from the catalogue: where the organisation is established, not where it processes the data.</source>
        <translation>Neem de gegevens van de catalogus over voor deze partij. Het land wordt gemarkeerd als afkomstig uit de catalogus: waar de organisatie gevestigd is, niet waar zij de gegevens verwerkt.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridische naam</translation>
    </message>
    <message>
        <source>Matched as</source>
        <translation>Herkend als</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Gevestigd in</translation>
    </message>
    <message>
        <source>Contracts with EU customers</source>
        <translation>Contractpartij van EU-klanten</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Moedermaatschappij</translation>
    </message>
    <message>
        <source>Web domain</source>
        <translation>Webdomein</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>Accepting sets</source>
        <translation>Overnemen zet</translation>
    </message>
    <message>
        <source>The party agrees with the catalogue.</source>
        <translation>De partij komt overeen met de catalogus.</translation>
    </message>
    <message>
        <source>Accept the catalogue&apos;s facts for {0}</source>
        <translation>Gegevens uit de catalogus overnemen voor {0}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>added by scenario</source>
        <translation>toegevoegd door scenario</translation>
    </message>
    <message>
        <source>resolved by scenario</source>
        <translation>opgelost door scenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>How Chapter V sees the country on the as-of date</source>
        <translation>Hoe hoofdstuk V het land ziet op de peildatum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Named organisation or a described category</source>
        <translation>Genoemde organisatie of een beschreven categorie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Flows received</source>
        <translation>Ontvangen gegevensstromen</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Flows sent on</source>
        <translation>Doorgestuurde gegevensstromen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
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
        <translation>Doorgifte-instrumenten</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen vastgelegd</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>TIA</source>
        <translation>TIA</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Ernstigste bevinding</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Wat het scenario verandert ten opzichte van vandaag</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The rule that fired (see Help › Rules)</source>
        <translation>De regel die afging (zie Help › Regels)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Gegevensstromen</translation>
    </message>
    <message>
        <source>Read errors</source>
        <translation>Leesfouten</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Set country</source>
        <translation>Land instellen</translation>
    </message>
    <message>
        <source>The country where the {0} selected parties receive or process the data. It is recorded as confirmed by you, replacing what documents or the catalogue suggested.</source>
        <translation>Het land waar de {0} geselecteerde partijen de gegevens ontvangen of verwerken. Het wordt vastgelegd als door u bevestigd, in plaats van wat documenten of de catalogus voorstelden.</translation>
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
        <translation>genoemd in de privacyverklaring</translation>
    </message>
    <message>
        <source>read from an address</source>
        <translation>gelezen uit een adres</translation>
    </message>
    <message>
        <source>stated in a register</source>
        <translation>genoemd in een register</translation>
    </message>
    <message>
        <source>catalogue: established there, processing place unconfirmed</source>
        <translation>catalogus: daar gevestigd, plaats van verwerking onbevestigd</translation>
    </message>
    <message>
        <source>its name or legal form: established there, processing place unconfirmed</source>
        <translation>naam of rechtsvorm: daar gevestigd, plaats van verwerking onbevestigd</translation>
    </message>
    <message>
        <source>web domain only: unconfirmed</source>
        <translation>alleen het webdomein: onbevestigd</translation>
    </message>
    <message>
        <source>confirmed by the user</source>
        <translation>bevestigd door de gebruiker</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Add &amp;party…</source>
        <translation>&amp;Partij toevoegen…</translation>
    </message>
    <message>
        <source>Add a party by hand</source>
        <translation>Een partij met de hand toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;sub-processor…</source>
        <translation>&amp;Subverwerker toevoegen…</translation>
    </message>
    <message>
        <source>Add a sub-processor that receives data from the selected party</source>
        <translation>Een subverwerker toevoegen die gegevens ontvangt van de geselecteerde partij</translation>
    </message>
    <message>
        <source>Add &amp;flow…</source>
        <translation>&amp;Gegevensstroom toevoegen…</translation>
    </message>
    <message>
        <source>Add a flow between two parties by hand</source>
        <translation>Een gegevensstroom tussen twee partijen met de hand toevoegen</translation>
    </message>
    <message>
        <source>&amp;Merge parties…</source>
        <translation>Partijen samen&amp;voegen…</translation>
    </message>
    <message>
        <source>Merge another party into the selected one (the same organisation under two names)</source>
        <translation>Een andere partij samenvoegen met de geselecteerde (dezelfde organisatie onder twee namen)</translation>
    </message>
    <message>
        <source>Set c&amp;ountry…</source>
        <translation>&amp;Land instellen…</translation>
    </message>
    <message>
        <source>Set the country of the selected parties at once (as confirmed by you)</source>
        <translation>Het land van alle geselecteerde partijen tegelijk instellen (als door u bevestigd)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Confirm what the importer suggested</source>
        <translation>Bevestigen wat de import voorstelde</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Reject the suggestion (kept, but left out of the findings)</source>
        <translation>Het voorstel afwijzen (bewaard, maar buiten de bevindingen gelaten)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected parties or flows</source>
        <translation>De geselecteerde partijen of gegevensstromen verwijderen</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Gegevensstroom toevoegen</translation>
    </message>
    <message>
        <source>Choose two different parties for a flow.</source>
        <translation>Kies twee verschillende partijen voor een gegevensstroom.</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Een gegevensstroom toevoegen</translation>
    </message>
    <message>
        <source>Merge {absorbed} into {kept}</source>
        <translation>{absorbed} samenvoegen met {kept}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Set the country of {0} to {1}</source>
        <translation>Land van {0} instellen op {1}</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>{items} verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n gegevensstroom</numerusform>
            <numerusform>%n gegevensstromen</numerusform>
        </translation>
    </message>
    <message>
        <source>{parties} and {flows}</source>
        <translation>{parties} en {flows}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Notices and registers</source>
        <translation>Privacyverklaringen en registers</translation>
    </message>
    <message>
        <source>Transfer Atlas project</source>
        <translation>Transfer Atlas-project</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>&amp;Import notices or registers…</source>
        <translation>Privacyverklaringen of registers &amp;importeren…</translation>
    </message>
    <message>
        <source>Read privacy notices, vendor registers or sub-processor lists</source>
        <translation>Privacyverklaringen, leveranciersregisters of lijsten van subverwerkers inlezen</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>Import every supported file in a folder</source>
        <translation>Elk ondersteund bestand in een map importeren</translation>
    </message>
    <message>
        <source>Export TIA &amp;workbook…</source>
        <translation>TIA-&amp;werkmap exporteren…</translation>
    </message>
    <message>
        <source>Write the transfer impact assessment workbook (.xlsx)</source>
        <translation>De werkmap met de doorgiftetoetsing (TIA) schrijven (.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>&amp;Kaart exporteren…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>De kaart opslaan als PNG of SVG</translation>
    </message>
    <message>
        <source>Import notices or registers</source>
        <translation>Privacyverklaringen of registers importeren</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Map importeren</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Dit project is alleen-lezen geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>%n item importeren…</numerusform>
            <numerusform>%n items importeren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n bestand importeren</numerusform>
            <numerusform>%n bestanden importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed:</source>
        <translation>De taak is mislukt:</translation>
    </message>
    <message>
        <source>Export TIA workbook</source>
        <translation>TIA-werkmap exporteren</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>Writing the TIA workbook…</source>
        <translation>De TIA-werkmap wordt geschreven…</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Kaart exporteren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-tekening</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>De kaart wordt getekend…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>The data-flow map (Ctrl+1)</source>
        <translation>De kaart van de gegevensstromen (Ctrl+1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n partij</numerusform>
            <numerusform>%n partijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n gegevensstroom</numerusform>
            <numerusform>%n gegevensstromen</numerusform>
        </translation>
    </message>
    <message>
        <source>findings: {high} high, {medium} medium, {low} low</source>
        <translation>bevindingen: {high} hoog, {medium} middel, {low} laag</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>peildatum {date}</translation>
    </message>
    <message>
        <source>scenario: {changes}</source>
        <translation>scenario: {changes}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>{edit} ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>{edit} opnieuw doen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Herstellen lukt niet</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it.</source>
        <translation>Wacht tot de lopende taak klaar is, of annuleer hem.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Close Transfer Atlas</source>
        <translation>Transfer Atlas sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisatie…</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and country</source>
        <translation>Naam en land van de organisatie</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide to the map and the rules</source>
        <translation>&amp;Gids bij de kaart en de regels</translation>
    </message>
    <message>
        <source>A short guide, in this window</source>
        <translation>Een korte gids, in dit venster</translation>
    </message>
    <message>
        <source>&amp;About Transfer Atlas</source>
        <translation>&amp;Over Transfer Atlas</translation>
    </message>
    <message>
        <source>Version and reference data</source>
        <translation>Versie en referentiegegevens</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Show {tab}</source>
        <translation>{tab} tonen</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Het tabblad {tab} tonen</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Het paneel {panel} tonen of verbergen</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;Zoeken in tabel</translation>
    </message>
    <message>
        <source>Search the current table</source>
        <translation>In de huidige tabel zoeken</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>TIA workbook</source>
        <translation>TIA-werkmap</translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Kaartafbeelding</translation>
    </message>
    <message>
        <source>About Transfer Atlas</source>
        <translation>Over Transfer Atlas</translation>
    </message>
    <message>
        <source>Maps where personal data goes, flags GDPR Chapter V gaps and exports transfer impact assessments.</source>
        <translation>Brengt in kaart waar persoonsgegevens heen gaan, signaleert lacunes onder hoofdstuk V AVG en exporteert doorgiftetoetsingen (TIA&apos;s).</translation>
    </message>
    <message>
        <source>Reference data {version}, as of {date}.</source>
        <translation>Referentiegegevens {version}, peildatum {date}.</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Record a check…</source>
        <translation>Controle vastleggen…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Vastleggen wat u op de DPF-lijst zag, en wanneer</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Controle DPF-lijst</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>DPF-lijst: nooit gecontroleerd</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Uw laatste controle van de DPF-lijst</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Transfer Atlas projects (*.atlas)</source>
        <translation>Transfer Atlas-projecten (*.atlas)</translation>
    </message>
    <message>
        <source>Project JSON (*.json)</source>
        <translation>Project-JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Een nieuw, leeg project beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Een projectbestand openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Het project opslaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Het project onder een nieuwe naam opslaan</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open one of the projects opened lately</source>
        <translation>Een van de laatst geopende projecten openen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them?</source>
        <translation>“{name}” heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
</context>
<context>
    <name>ScopeCheckDialog</name>
    <message>
        <source>DPF List check: {0}</source>
        <translation>Controle DPF-lijst: {0}</translation>
    </message>
    <message>
        <source>Listed (active participant)</source>
        <translation>Vermeld (actieve deelnemer)</translation>
    </message>
    <message>
        <source>Not listed (or inactive)</source>
        <translation>Niet vermeld (of inactief)</translation>
    </message>
    <message>
        <source>The day you looked it up</source>
        <translation>De dag waarop u het opzocht</translation>
    </message>
    <message>
        <source>the listing&apos;s web address, or what you saw</source>
        <translation>het webadres van de vermelding, of wat u zag</translation>
    </message>
    <message>
        <source>Look {0} up on the Data Privacy Framework List ({1}) and record what you saw. A check counts for {2} days; after that the findings ask for it again.</source>
        <translation>Zoek {0} op in de lijst van het Data Privacy Framework ({1}) en leg vast wat u zag. Een controle telt {2} dagen; daarna vragen de bevindingen er opnieuw om.</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Gecontroleerd &amp;op</translation>
    </message>
    <message>
        <source>Checked &amp;by</source>
        <translation>Gecontroleerd &amp;door</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Give the day you checked the list (not a future day).</source>
        <translation>Geef de dag waarop u de lijst controleerde (geen dag in de toekomst).</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search {rows}…</source>
        <translation>{rows} zoeken…</translation>
    </message>
    <message>
        <source>Show only {rows} whose text contains this (any column)</source>
        <translation>Alleen {rows} tonen waarvan de tekst dit bevat (elke kolom)</translation>
    </message>
</context>
<context>
    <name>TableTabs</name>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partijen</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>doorgiften</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>bevindingen</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partijen</translation>
    </message>
    <message>
        <source>The parties table</source>
        <translation>De tabel met partijen</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Doorgiften</translation>
    </message>
    <message>
        <source>The transfers table</source>
        <translation>De tabel met doorgiften</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Bevindingen</translation>
    </message>
    <message>
        <source>The findings table</source>
        <translation>De tabel met bevindingen</translation>
    </message>
    <message>
        <source>Show only parties with this role</source>
        <translation>Alleen partijen met deze rol tonen</translation>
    </message>
    <message>
        <source>Show only parties in this state</source>
        <translation>Alleen partijen in deze staat tonen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Elke staat</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Met bevindingen</translation>
    </message>
    <message>
        <source>To review (suggested)</source>
        <translation>Te beoordelen (voorgesteld)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Land onbekend</translation>
    </message>
    <message>
        <source>Show only parties whose destination has this status</source>
        <translation>Alleen partijen tonen waarvan de bestemming deze status heeft</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Elke bestemming</translation>
    </message>
    <message>
        <source>Show only some transfers</source>
        <translation>Alleen sommige doorgiften tonen</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle gegevensstromen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <source>Leaving the EEA</source>
        <translation>Buiten de EER</translation>
    </message>
    <message>
        <source>TIA not started</source>
        <translation>TIA niet begonnen</translation>
    </message>
    <message>
        <source>Show only findings of this severity</source>
        <translation>Alleen bevindingen van deze ernst tonen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Elke ernst</translation>
    </message>
    <message>
        <source>What the scenario changes compared with today</source>
        <translation>Wat het scenario verandert ten opzichte van vandaag</translation>
    </message>
    <message>
        <source>Under the scenario</source>
        <translation>Onder het scenario</translation>
    </message>
    <message>
        <source>Added by the scenario</source>
        <translation>Toegevoegd door het scenario</translation>
    </message>
    <message>
        <source>Resolved by the scenario</source>
        <translation>Opgelost door het scenario</translation>
    </message>
    <message>
        <source>Added and resolved</source>
        <translation>Toegevoegd en opgelost</translation>
    </message>
    <message>
        <source>&lt;b&gt;{changes}&lt;/b&gt;: compared with today the scenario adds &lt;b&gt;{added}&lt;/b&gt; finding(s) ({high} high) and resolves &lt;b&gt;{resolved}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{changes}&lt;/b&gt;: vergeleken met vandaag voegt het scenario &lt;b&gt;{added}&lt;/b&gt; bevinding(en) toe ({high} hoog) en lost het er &lt;b&gt;{resolved}&lt;/b&gt; op.</translation>
    </message>
</context>
</TS>
