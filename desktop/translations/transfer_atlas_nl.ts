<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddFlowDialog</name>
    <message>
        <source>Add flow</source>
        <translation>Gegevensstroom toevoegen</translation>
    </message>
    <message>
        <source>The party that sends the data</source>
        <translation>De partij die de gegevens verstrekt</translation>
    </message>
    <message>
        <source>The party that receives the data</source>
        <translation>De partij die de gegevens ontvangt</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Naar</translation>
    </message>
    <message>
        <source>Set the data, tools and TIA in the inspector afterwards.</source>
        <translation>Gegevens, instrumenten en TIA stelt u daarna in de inspector in.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Add sub-processor</source>
        <translation>Subverwerker toevoegen</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, or a description of the category</source>
        <translation>De naam van de organisatie, of een omschrijving van de categorie</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Wat de partij is ten opzichte van de gegevens</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Een genoemde organisatie, of een categorie die een privacyverklaring alleen omschrijft</translation>
    </message>
    <message>
        <source>The party that sends data to the new one (none: add no flow)</source>
        <translation>De partij die gegevens aan de nieuwe verstrekt (geen: geen gegevensstroom toevoegen)</translation>
    </message>
    <message>
        <source>(no flow)</source>
        <translation>(geen gegevensstroom)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Receives data &amp;from</source>
        <translation>Ontvangt gegevens &amp;van</translation>
    </message>
</context>
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
        <translation>De gegevens uit de catalogus voor deze partij overnemen. Het land wordt gemarkeerd als afkomstig uit de catalogus: waar de organisatie gevestigd is, niet waar ze de gegevens verwerkt.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
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
        <translation>Contracteert met klanten in de EU</translation>
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
        <translation>Notitie</translation>
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
        <translation>De gegevens uit de catalogus overnemen voor {0}</translation>
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
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>European Patent Organisation (EPO)</source>
        <translation>Europese Octrooiorganisatie (EOO)</translation>
    </message>
    <message>
        <source>The country where the party receives or processes the data</source>
        <translation>Het land waar de partij de gegevens ontvangt of verwerkt</translation>
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
        <translation>Het land waar de {0} geselecteerde partijen de gegevens ontvangen of verwerken. Het wordt vastgelegd als door u bevestigd en vervangt wat documenten of de catalogus voorstelden.</translation>
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
        <translation>Het land van de geselecteerde partijen in één keer instellen (als door u bevestigd)</translation>
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
        <translation>Het land van {0} op {1} zetten</translation>
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
    <name>ExportNote</name>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>De map openen waarin het bestand is geschreven</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>{file} geëxporteerd</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be imported</source>
        <translation>Bestanden die niet konden worden geïmporteerd</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the list to the clipboard</source>
        <translation>De lijst naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Kolommen toewijzen…</translation>
    </message>
    <message>
        <source>Say what the selected register&apos;s columns hold, then import it again</source>
        <translation>Aangeven wat de kolommen van het geselecteerde register bevatten en het opnieuw importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n probleem.</numerusform>
            <numerusform>%n problemen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n file(s) were imported; fix these files and import them again.</source>
        <translation>
            <numerusform>%n ander bestand is geïmporteerd; herstel deze bestanden en importeer ze opnieuw.</numerusform>
            <numerusform>De %n andere bestanden zijn geïmporteerd; herstel deze bestanden en importeer ze opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowEditor</name>
    <message>
        <source>data</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>doeleinden</translation>
    </message>
    <message>
        <source>special categories</source>
        <translation>bijzondere categorieën</translation>
    </message>
    <message>
        <source>EEA exit</source>
        <translation>vertrek uit de EER</translation>
    </message>
    <message>
        <source>transfer tools</source>
        <translation>doorgifte-instrumenten</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>aanvullende maatregelen</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>TIA-status</translation>
    </message>
    <message>
        <source>TIA conclusion</source>
        <translation>TIA-conclusie</translation>
    </message>
    <message>
        <source>TIA review date</source>
        <translation>herbeoordelingsdatum TIA</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>Categories of personal data, separated by &apos;;&apos;</source>
        <translation>Categorieën persoonsgegevens, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Purposes of the transfer, separated by &apos;;&apos;</source>
        <translation>Doeleinden van de doorgifte, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Special categories (Art. 9 and 10 GDPR) in this flow</source>
        <translation>Bijzondere categorieën (art. 9 en 10 AVG) in deze gegevensstroom</translation>
    </message>
    <message>
        <source>Stated to leave the EEA</source>
        <translation>Verlaat volgens een bron de EER</translation>
    </message>
    <message>
        <source>A source says the data leaves the EEA (matters while the country is unknown)</source>
        <translation>Een bron zegt dat de gegevens de EER verlaten (van belang zolang het land onbekend is)</translation>
    </message>
    <message>
        <source>Double-click a transfer tool to edit it</source>
        <translation>Dubbelklik op een doorgifte-instrument om het te bewerken</translation>
    </message>
    <message>
        <source>Add a transfer tool</source>
        <translation>Een doorgifte-instrument toevoegen</translation>
    </message>
    <message>
        <source>Edit the transfer tool</source>
        <translation>Het doorgifte-instrument bewerken</translation>
    </message>
    <message>
        <source>Remove the transfer tool</source>
        <translation>Het doorgifte-instrument verwijderen</translation>
    </message>
    <message>
        <source>Double-click a supplementary measure to edit it</source>
        <translation>Dubbelklik op een aanvullende maatregel om hem te bewerken</translation>
    </message>
    <message>
        <source>Add a supplementary measure</source>
        <translation>Een aanvullende maatregel toevoegen</translation>
    </message>
    <message>
        <source>Edit the supplementary measure</source>
        <translation>De aanvullende maatregel bewerken</translation>
    </message>
    <message>
        <source>Remove the supplementary measure</source>
        <translation>De aanvullende maatregel verwijderen</translation>
    </message>
    <message>
        <source>Where the transfer impact assessment stands</source>
        <translation>Hoe ver de doorgiftetoetsing (TIA) is</translation>
    </message>
    <message>
        <source>What the TIA concluded</source>
        <translation>Wat de TIA concludeerde</translation>
    </message>
    <message>
        <source>When the TIA is next due for review</source>
        <translation>Wanneer de TIA opnieuw moet worden beoordeeld</translation>
    </message>
    <message>
        <source>Your notes on this flow</source>
        <translation>Uw notities bij deze gegevensstroom</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Doeleinden</translation>
    </message>
    <message>
        <source>&amp;Special categories</source>
        <translation>&amp;Bijzondere categorieën</translation>
    </message>
    <message>
        <source>Transfer &amp;tools</source>
        <translation>Doorgifte-&amp;instrumenten</translation>
    </message>
    <message>
        <source>Supplementary &amp;measures</source>
        <translation>Aanvullende &amp;maatregelen</translation>
    </message>
    <message>
        <source>TI&amp;A status</source>
        <translation>TI&amp;A-status</translation>
    </message>
    <message>
        <source>TIA &amp;conclusion</source>
        <translation>TIA-&amp;conclusie</translation>
    </message>
    <message>
        <source>TIA review &amp;date</source>
        <translation>&amp;Herbeoordelingsdatum TIA</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tities</translation>
    </message>
    <message>
        <source>Change {what} of a flow</source>
        <translation>{what} van een gegevensstroom wijzigen</translation>
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
&lt;h2&gt;De kaart lezen&lt;/h2&gt;
&lt;p&gt;Partijen staan in &lt;b&gt;jurisdictiebanden&lt;/b&gt;, van links naar rechts: uw organisatie en de EER, landen
met een adequaatheidsbesluit, landen waarvan het besluit maar voor sommige importeurs geldt, derde landen,
en partijen van wie nog niemand het land heeft genoemd. De &lt;b&gt;vulling&lt;/b&gt; van een knoop is de kleur van
zijn band; de &lt;b&gt;vorm&lt;/b&gt; is zijn rolgroep (verwerkingsverantwoordelijken en groepsmaatschappijen,
verwerkers en IT, financiën en verzekeringen, overheden, overige ontvangers). &lt;b&gt;Holle&lt;/b&gt; knopen zijn
categorieën die een privacyverklaring alleen omschrijft (&quot;incassobureaus&quot;); meerdere van één rol worden
één keer getekend, met een aantal.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Rood&lt;/b&gt; betekent risico: een rode lijn is een gegevensstroom met een bevinding, dikker naarmate die
ernstiger is; een rode ring is een partij met bevindingen. Een oranje &lt;b&gt;?&lt;/b&gt; naast een knoop (en achter
de landcode) betekent dat alleen de catalogus van organisaties, een rechtsvorm of een webdomein haar
plaatst: waar ze de gegevens verwerkt, is niet bevestigd. Beweeg over een knoop of een lijn voor de
details (een lijn toont het doorgifte-instrument, de gegevenscategorieën en de doeleinden); klik om hem te
selecteren en in de inspector te bewerken. &lt;i&gt;Lijnen benoemen&lt;/i&gt; schrijft het instrument en de gegevens
bij elke lijn. Boven 120 knopen, en zodra &lt;i&gt;Landen&lt;/i&gt; is aangevinkt, worden de partijen van elk land als
één knoop getekend: dubbelklik erop om de partijen te zien.&lt;/p&gt;
&lt;p&gt;Namen worden altijd voluit geschreven. Is de kaart groter dan het venster, dan opent ze op een formaat
dat u kunt lezen: sleep met het verschuifgereedschap of gebruik het zoomgereedschap; Begin brengt u terug
naar de eerste weergave.&lt;/p&gt;
&lt;h2&gt;Werken met een project&lt;/h2&gt;
&lt;p&gt;Importeer privacyverklaringen, registers en lijsten van subverwerkers (Bestand › Importeren, of sleep
ze op het venster); elke partij en gegevensstroom bewaart de zin waar ze vandaan komt. Bevestig of wijs af
wat is voorgesteld, vul de doorgifte-instrumenten en de TIA-status aan, en kies de peildatum en een scenario
in de werkbalk: de bevindingen worden bij elke wijziging opnieuw berekend. Elke bewerking is ongedaan te
maken met Ctrl+Z, ook tijdens het typen in een veld. Bestand › Exporteren schrijft de TIA-werkmap of de
kaart, met de datum en het scenario erop.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>When it fires</source>
        <translation>Wanneer ze afgaat</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>De regels</translation>
    </message>
    <message>
        <source>Each finding names its rule, the GDPR article, the facts it decided on and the sentences they came from. A value nobody stated counts as unknown, never as compliant.</source>
        <translation>Elke bevinding noemt haar regel, het AVG-artikel, de feiten waarop ze berust en de zinnen waar die vandaan komen. Een waarde die niemand noemde, telt als onbekend, nooit als in orde.</translation>
    </message>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Gids bij Transfer Atlas</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Transfer Atlas guide</source>
        <translation>Gids bij Transfer Atlas</translation>
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
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>The audit trail could not be read; the Change log compares with the previous workbook instead.</source>
        <translation>Het audittrail kon niet worden gelezen; het wijzigingslog vergelijkt in plaats daarvan met de vorige werkmap.</translation>
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
    <name>InspectorPanel</name>
    <message>
        <source>Select a party or a flow on the map or in a table to inspect it.

Select two parties to merge them.</source>
        <translation>Selecteer een partij of een gegevensstroom op de kaart of in een tabel om die te bekijken.

Selecteer twee partijen om ze samen te voegen.</translation>
    </message>
    <message>
        <source>Where this was read; activate an item to see it in its source</source>
        <translation>Waar dit gelezen is; activeer een item om het in de bron te zien</translation>
    </message>
    <message>
        <source>The findings about this party or flow</source>
        <translation>De bevindingen over deze partij of gegevensstroom</translation>
    </message>
    <message>
        <source>Who changed this in the team register, when, and what</source>
        <translation>Wie dit in het teamregister wijzigde, wanneer en wat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Gegevensstroom</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Geen wijzigingen vastgelegd</translation>
    </message>
    <message>
        <source>(added by hand: no source)</source>
        <translation>(met de hand toegevoegd: geen bron)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Geen bevindingen</translation>
    </message>
</context>
<context>
    <name>ItemDialogs</name>
    <message>
        <source>The Chapter V instrument the flow relies on</source>
        <translation>Het instrument uit hoofdstuk V waarop de gegevensstroom steunt</translation>
    </message>
    <message>
        <source>The contract, decision or register entry, e.g. &apos;DPA 2023-114, Annex III&apos;</source>
        <translation>Het contract, het besluit of de registervermelding, bijv. &apos;Verwerkersovereenkomst 2023-114, bijlage III&apos;</translation>
    </message>
    <message>
        <source>When the tool was signed or took effect</source>
        <translation>Wanneer het instrument is ondertekend of in werking trad</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Doorgifte-instrument</translation>
    </message>
    <message>
        <source>Technical, contractual or organisational (EDPB Recommendations 01/2020)</source>
        <translation>Technisch, contractueel of organisatorisch (EDPB-aanbevelingen 01/2020)</translation>
    </message>
    <message>
        <source>What the measure is, e.g. &apos;encryption with keys held in the EEA&apos;</source>
        <translation>Wat de maatregel is, bijv. &apos;versleuteling met sleutels in de EER&apos;</translation>
    </message>
    <message>
        <source>Whether the measure is in place</source>
        <translation>Of de maatregel is getroffen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Supplementary measure</source>
        <translation>Aanvullende maatregel</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <name>MapToolbar</name>
    <message>
        <source>Home</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Oorspronkelijke weergave herstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Terug naar de vorige weergave</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Vooruit naar de volgende weergave</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Drag to move the map; right button drags to zoom</source>
        <translation>Sleep om de kaart te verschuiven; slepen met de rechterknop zoomt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Zoom to a rectangle</source>
        <translation>Inzoomen op een rechthoek</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>The map is drawn here once notices or registers are imported (File › Import).</source>
        <translation>De kaart verschijnt hier zodra privacyverklaringen of registers zijn geïmporteerd (Bestand › Importeren).</translation>
    </message>
    <message>
        <source>Map filters</source>
        <translation>Kaartfilters</translation>
    </message>
    <message>
        <source>Only flagged</source>
        <translation>Alleen gesignaleerd</translation>
    </message>
    <message>
        <source>Show only flows with findings, and the parties at their ends</source>
        <translation>Alleen gegevensstromen met bevindingen tonen, en de partijen aan hun uiteinden</translation>
    </message>
    <message>
        <source>Show only parties with this role (and the other end of their flows)</source>
        <translation>Alleen partijen met deze rol tonen (en het andere eind van hun gegevensstromen)</translation>
    </message>
    <message>
        <source>Show only what this source document gives evidence for</source>
        <translation>Alleen tonen waarvoor dit brondocument bewijs levert</translation>
    </message>
    <message>
        <source>Show only parties in this country (and the other end of their flows)</source>
        <translation>Alleen partijen in dit land tonen (en het andere eind van hun gegevensstromen)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Draw the parties of each country as one node (on by itself above 120 nodes); double-click a country to see its parties</source>
        <translation>De partijen van elk land als één knoop tekenen (vanzelf boven 120 knopen); dubbelklik op een land om de partijen te zien</translation>
    </message>
    <message>
        <source>Label flows</source>
        <translation>Lijnen benoemen</translation>
    </message>
    <message>
        <source>Write each flow&apos;s transfer tool and data categories on its line</source>
        <translation>Het doorgifte-instrument en de gegevenscategorieën bij elke lijn schrijven</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Kaart exporteren…</translation>
    </message>
    <message>
        <source>Save the map as PNG or SVG</source>
        <translation>De kaart opslaan als PNG of SVG</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>no transfer tool recorded</source>
        <translation>geen doorgifte-instrument vastgelegd</translation>
    </message>
    <message>
        <source>Data: {categories}</source>
        <translation>Gegevens: {categories}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Purposes: {purposes}</source>
        <translation>Doeleinden: {purposes}</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>land onbekend</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Vendor / recipient name</source>
        <translation>Naam leverancier / ontvanger</translation>
    </message>
    <message>
        <source>Processor (whose sub-processor)</source>
        <translation>Verwerker (van wie het de subverwerker is)</translation>
    </message>
    <message>
        <source>Sub-processor(s)</source>
        <translation>Subverwerker(s)</translation>
    </message>
    <message>
        <source>Controller (group company)</source>
        <translation>Verwerkingsverantwoordelijke (groepsmaatschappij)</translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation>Land van vestiging</translation>
    </message>
    <message>
        <source>Data location / hosting country</source>
        <translation>Locatie van de gegevens / hostingland</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Bijzondere categorieën</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Data processing agreement (yes/no/date)</source>
        <translation>Verwerkersovereenkomst (ja/nee/datum)</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Contractreferentie</translation>
    </message>
    <message>
        <source>SCCs signed (yes/no/date)</source>
        <translation>SCC&apos;s ondertekend (ja/nee/datum)</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-module</translation>
    </message>
    <message>
        <source>DPF certified (yes/no)</source>
        <translation>DPF-gecertificeerd (ja/nee)</translation>
    </message>
    <message>
        <source>BCRs (yes/no)</source>
        <translation>BCR&apos;s (ja/nee)</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Doorgiftemechanisme</translation>
    </message>
    <message>
        <source>Transfer outside the EEA (yes/no)</source>
        <translation>Doorgifte buiten de EER (ja/nee)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Herbeoordelingsdatum</translation>
    </message>
    <message>
        <source>TIA status</source>
        <translation>TIA-status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(niet gelezen)</translation>
    </message>
    <message>
        <source>Map the columns of {file}</source>
        <translation>De kolommen van {file} toewijzen</translation>
    </message>
    <message>
        <source>Map the register&apos;s columns</source>
        <translation>De kolommen van het register toewijzen</translation>
    </message>
    <message>
        <source>The sheet to map; a header mapped on one sheet is read the same on every sheet</source>
        <translation>Het blad om toe te wijzen; een kop die op één blad is toegewezen, wordt op elk blad zo gelezen</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>The first rows of the sheet, below its header row</source>
        <translation>De eerste rijen van het blad, onder de koprij</translation>
    </message>
    <message>
        <source>Say what each column holds. A vendor (or sub-processor) name and one more column are needed.</source>
        <translation>Geef aan wat elke kolom bevat. Een naam van een leverancier (of subverwerker) en nog één kolom zijn nodig.</translation>
    </message>
    <message>
        <source>(column {number}, no header)</source>
        <translation>(kolom {number}, geen kop)</translation>
    </message>
    <message>
        <source>What the column “{column}” holds</source>
        <translation>Wat de kolom “{column}” bevat</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge parties</source>
        <translation>Partijen samenvoegen</translation>
    </message>
    <message>
        <source>The party that is the same organisation as the kept one</source>
        <translation>De partij die dezelfde organisatie is als de behouden partij</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Hiermee samenvoegen</translation>
    </message>
    <message>
        <source>The merged party&apos;s name becomes an alias; its flows and evidence move over.</source>
        <translation>De naam van de samengevoegde partij wordt een alias; haar gegevensstromen en bewijs gaan mee.</translation>
    </message>
</context>
<context>
    <name>NoticeCompare</name>
    <message>
        <source>Compare notice &amp;versions…</source>
        <translation>&amp;Versies van privacyverklaringen vergelijken…</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a privacy notice (the two selected in Sources, or two files)</source>
        <translation>Tonen wat er veranderde tussen twee versies van een privacyverklaring (de twee geselecteerd in Bronnen, of twee bestanden)</translation>
    </message>
    <message>
        <source>The earlier version of the notice</source>
        <translation>De eerdere versie van de privacyverklaring</translation>
    </message>
    <message>
        <source>The later version of the notice</source>
        <translation>De latere versie van de privacyverklaring</translation>
    </message>
    <message>
        <source>Comparing the notices…</source>
        <translation>De privacyverklaringen worden vergeleken…</translation>
    </message>
</context>
<context>
    <name>NoticeDiffDialog</name>
    <message>
        <source>Compare notice versions</source>
        <translation>Versies van privacyverklaringen vergelijken</translation>
    </message>
</context>
<context>
    <name>NoticeDiffView</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>redo TIA</source>
        <translation>TIA opnieuw</translation>
    </message>
    <message>
        <source>This change concerns transfers outside the EEA</source>
        <translation>Deze wijziging betreft doorgiften buiten de EER</translation>
    </message>
    <message>
        <source>Only changes concerning transfers</source>
        <translation>Alleen wijzigingen die doorgiften betreffen</translation>
    </message>
    <message>
        <source>Show only the changes that call for a new transfer impact assessment</source>
        <translation>Alleen de wijzigingen tonen die om een nieuwe doorgiftetoetsing (TIA) vragen</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>De eerdere versie</translation>
    </message>
    <message>
        <source>The later version</source>
        <translation>De latere versie</translation>
    </message>
    <message>
        <source>No notices compared.</source>
        <translation>Geen privacyverklaringen vergeleken.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern transfers: redo the TIAs they touch</source>
        <translation>
            <numerusform>%n betreft doorgiften: doe de TIA&apos;s die erdoor geraakt worden opnieuw</numerusform>
            <numerusform>%n betreffen doorgiften: doe de TIA&apos;s die erdoor geraakt worden opnieuw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>YYYY-MM-DD or 1-3-2026</source>
        <translation>JJJJ-MM-DD of 1-3-2026</translation>
    </message>
    <message>
        <source>Type a date (2026-03-01, 1-3-2026, 1 March 2026) or leave it empty</source>
        <translation>Typ een datum (2026-03-01, 1-3-2026, 1 maart 2026) of laat het leeg</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>De datum uit een kalender kiezen</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 2026-03-01, 1-3-2026 or 1 March 2026</source>
        <translation>Geen datum: typ bijv. 2026-03-01, 1-3-2026 of 1 maart 2026</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name, e.g. Acme Verzekeringen N.V.</source>
        <translation>De statutaire naam van de organisatie, bijv. Acme Verzekeringen N.V.</translation>
    </message>
    <message>
        <source>Shown on the map, in the workbook&apos;s headers and on its Summary</source>
        <translation>Getoond op de kaart, in de kopteksten van de werkmap en op het overzicht</translation>
    </message>
    <message>
        <source>Where the organisation is established; its own parties take this country</source>
        <translation>Waar de organisatie gevestigd is; haar eigen partijen krijgen dit land</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>DPF certified (US)</source>
        <translation>DPF-gecertificeerd (VS)</translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation>Op de lijst van het EU-VS Data Privacy Framework</translation>
    </message>
    <message>
        <source>Subject to PIPEDA (CA)</source>
        <translation>Valt onder PIPEDA (CA)</translation>
    </message>
    <message>
        <source>Canada&apos;s decision covers PIPEDA organisations</source>
        <translation>Het besluit voor Canada geldt voor organisaties onder PIPEDA</translation>
    </message>
    <message>
        <source>Private sector (JP)</source>
        <translation>Particuliere sector (JP)</translation>
    </message>
    <message>
        <source>Japan&apos;s decision covers APPI business operators</source>
        <translation>Het besluit voor Japan geldt voor ondernemingen onder de APPI</translation>
    </message>
    <message>
        <source>In decision&apos;s scope (KR, IL)</source>
        <translation>Binnen het besluit (KR, IL)</translation>
    </message>
    <message>
        <source>Inside the scope of a partial decision</source>
        <translation>Binnen de reikwijdte van een gedeeltelijk besluit</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>country confirmation</source>
        <translation>landbevestiging</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>aliassen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>The organisation&apos;s name as the DPO wants to see it</source>
        <translation>De naam van de organisatie zoals de FG die wil zien</translation>
    </message>
    <message>
        <source>What the party is to the data</source>
        <translation>Wat de partij is ten opzichte van de gegevens</translation>
    </message>
    <message>
        <source>A named organisation, or a category a notice only describes</source>
        <translation>Een genoemde organisatie, of een categorie die een privacyverklaring alleen omschrijft</translation>
    </message>
    <message>
        <source>Country confirmed</source>
        <translation>Land bevestigd</translation>
    </message>
    <message>
        <source>A contract or the vendor states the country</source>
        <translation>Een contract of de leverancier noemt het land</translation>
    </message>
    <message>
        <source>Where the country came from; only some sources say where data goes</source>
        <translation>Waar het land vandaan komt; alleen sommige bronnen zeggen waar gegevens heen gaan</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Controle vastleggen…</translation>
    </message>
    <message>
        <source>Record what you saw on the DPF List, and when</source>
        <translation>Vastleggen wat u op de DPF-lijst zag, en wanneer</translation>
    </message>
    <message>
        <source>Other names of the same organisation, separated by &apos;;&apos;</source>
        <translation>Andere namen van dezelfde organisatie, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Your notes on this party</source>
        <translation>Uw notities bij deze partij</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country from</source>
        <translation>Land volgens</translation>
    </message>
    <message>
        <source>DPF List check</source>
        <translation>Controle DPF-lijst</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliassen</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tities</translation>
    </message>
    <message>
        <source>DPF List: never checked</source>
        <translation>DPF-lijst: nooit gecontroleerd</translation>
    </message>
    <message>
        <source>Your last check of the DPF List</source>
        <translation>Uw laatste controle van de DPF-lijst</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>{what} van {name} wijzigen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
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
    <name>ProjectLocks</name>
    <message>
        <source>Opening read-only</source>
        <translation>Alleen-lezen geopend</translation>
    </message>
    <message>
        <source>{path}: no lock file can be made here ({reason}); the project opens read-only.</source>
        <translation>{path}: hier kan geen vergrendelingsbestand worden gemaakt ({reason}); het project opent alleen-lezen.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <source>Save under another name.</source>
        <translation>Sla op onder een andere naam.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Overnemen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>a project never saved</source>
        <translation>een nooit opgeslagen project</translation>
    </message>
    <message>
        <source>autosaved {time}</source>
        <translation>automatisch bewaard {time}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <source>Open the recovered work (it is unsaved until you save it)</source>
        <translation>Het herstelde werk openen (het is niet opgeslagen tot u het opslaat)</translation>
    </message>
    <message>
        <source>Delete the recovered work for good</source>
        <translation>Het herstelde werk definitief verwijderen</translation>
    </message>
    <message>
        <source>Keep the recovered work and ask again next time</source>
        <translation>Het herstelde werk bewaren en de volgende keer opnieuw vragen</translation>
    </message>
    <message>
        <source>Transfer Atlas did not close properly. This work was autosaved:</source>
        <translation>Transfer Atlas is niet goed afgesloten. Dit werk is automatisch bewaard:</translation>
    </message>
</context>
<context>
    <name>RegisterMapping</name>
    <message>
        <source>Registers and sub-processor lists</source>
        <translation>Registers en lijsten van subverwerkers</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>Import register with column &amp;mapping…</source>
        <translation>Register importeren met &amp;kolomtoewijzing…</translation>
    </message>
    <message>
        <source>Say what each column of a register holds, then import it</source>
        <translation>Aangeven wat elke kolom van een register bevat en het dan importeren</translation>
    </message>
    <message>
        <source>Import register with column mapping</source>
        <translation>Register importeren met kolomtoewijzing</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Assess the transfers as the law stands on this date</source>
        <translation>De doorgiften beoordelen naar het recht op deze datum</translation>
    </message>
    <message>
        <source>A what-if: compare the findings with today&apos;s law</source>
        <translation>Een wat-als: vergelijk de bevindingen met het recht van vandaag</translation>
    </message>
    <message>
        <source>Current law</source>
        <translation>Huidig recht</translation>
    </message>
    <message>
        <source>Withdraw adequacy</source>
        <translation>Adequaatheid intrekken</translation>
    </message>
    <message>
        <source>Treat any adequacy decision as withdrawn</source>
        <translation>Een adequaatheidsbesluit als ingetrokken behandelen</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
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
    <name>SourcesPanel</name>
    <message>
        <source>sources</source>
        <translation>bronnen</translation>
    </message>
    <message>
        <source>Highlighted: blue, a party was read here; yellow, a flow; red, a flagged flow. Click a highlight to select what was read from it.</source>
        <translation>Gemarkeerd: blauw, hier is een partij gelezen; geel, een gegevensstroom; rood, een gesignaleerde gegevensstroom. Klik op een markering om te selecteren wat eruit gelezen is.</translation>
    </message>
    <message>
        <source>Select a source to read it.</source>
        <translation>Selecteer een bron om die te lezen.</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Dit bestand kon niet worden gelezen:</translation>
    </message>
    <message numerus="yes">
        <source>%n facts highlighted</source>
        <translation>
            <numerusform>%n feit gemarkeerd</numerusform>
            <numerusform>%n feiten gemarkeerd</numerusform>
        </translation>
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
<context>
    <name>TeamLink</name>
    <message>
        <source>The team register&apos;s URL: postgresql://USER@HOST:PORT/DATABASE?project=NAME
The password is read from your PostgreSQL password file (~/.pgpass) or a service file (?service=NAME); it is never typed here nor remembered.</source>
        <translation>De URL van het teamregister: postgresql://GEBRUIKER@HOST:POORT/DATABASE?project=NAAM
Het wachtwoord wordt gelezen uit uw PostgreSQL-wachtwoordbestand (~/.pgpass) of een servicebestand (?service=NAAM); het wordt hier nooit getypt of onthouden.</translation>
    </message>
    <message>
        <source>The URL holds a password. Put the password in your PostgreSQL password file (~/.pgpass, or %APPDATA%\postgresql\pgpass.conf on Windows) or a service file, and connect with {url}</source>
        <translation>De URL bevat een wachtwoord. Zet het wachtwoord in uw PostgreSQL-wachtwoordbestand (~/.pgpass, of %APPDATA%\postgresql\pgpass.conf onder Windows) of een servicebestand, en verbind met {url}</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Register…</source>
        <translation>Verbinden met &amp;teamregister…</translation>
    </message>
    <message>
        <source>Open a project kept in a PostgreSQL team register</source>
        <translation>Een project openen dat in een PostgreSQL-teamregister wordt bijgehouden</translation>
    </message>
    <message>
        <source>Connect to team register</source>
        <translation>Verbinden met teamregister</translation>
    </message>
    <message>
        <source>Cannot open the team register</source>
        <translation>Het teamregister kan niet worden geopend</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Your change stays in this window and is saved with your next edit.</source>
        <translation>Uw wijziging blijft in dit venster en wordt bij uw volgende bewerking opgeslagen.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <source>history unavailable: {reason}</source>
        <translation>geschiedenis niet beschikbaar: {reason}</translation>
    </message>
</context>
</TS>
